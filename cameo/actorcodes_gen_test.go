package cameo

import (
	"encoding/csv"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"entente/internal/sharedtest"
)

// actorUpdate reads the package's -update flag, which may be defined by
// another test file of the package; it is defined here when it is not.
func actorUpdate() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "regenerate the generated tables from ../shared")
	}
}

// cowToCAMEO maps the Correlates of War acronyms of Archigos that are not
// the CAMEO code of the same country. "" marks a state with no CAMEO code
// (historical states before 1946 and the like). The other acronyms are the
// CAMEO code itself. Sources: the COW state system list (acronyms and
// numbers as Archigos uses them) and the CAMEO manual's table 9.1.
var cowToCAMEO = map[string]string{
	"ALG": "DZA", "ANG": "AGO", "AUH": "", "AUL": "AUS", "AUS": "AUT", "BAD": "", "BAH": "BHR", "BAR": "BRB",
	"BAV": "", "BFO": "BFA", "BHM": "BHS", "BHU": "BTN", "BNG": "BGD", "BOS": "BIH", "BOT": "BWA", "BRU": "BRN",
	"BUI": "BDI", "BUL": "BGR", "CAM": "KHM", "CAO": "CMR", "CAP": "CPV", "CDI": "CIV", "CEN": "CAF", "CHA": "TCD",
	"CON": "COG", "COS": "CRI", "CRO": "HRV", "CZE": "CSK", "CZR": "CZE", "DEN": "DNK", "DRC": "COD", "DRV": "",
	"EQG": "GNQ", "ETM": "TMP", "FRN": "FRA", "GAM": "GMB", "GDR": "DDR", "GFR": "", "GMY": "DEU", "GRG": "GEO",
	"GUA": "GTM", "GUI": "GIN", "HAI": "HTI", "HON": "HND", "ICE": "ISL", "INS": "IDN", "IRE": "IRL", "KOR": "",
	"KOS": "KSV", "KUW": "KWT", "KYR": "KGZ", "KZK": "KAZ", "LAT": "LVA", "LEB": "LBN", "LES": "LSO", "LIB": "LBY",
	"LIT": "LTU", "MAA": "MRT", "MAC": "MKD", "MAD": "MDV", "MAG": "MDG", "MAL": "MYS", "MAS": "MUS", "MAW": "MWI",
	"MLD": "MDA", "MNG": "MTN", "MON": "MNG", "MOR": "MAR", "MYA": "MMR", "MZM": "MOZ", "NEP": "NPL", "NEW": "NZL",
	"NIG": "NGA", "NIR": "NER", "NTH": "NLD", "OFS": "", "OMA": "OMN", "PAR": "PRY", "PHI": "PHL", "POR": "PRT",
	"ROK": "KOR", "RUM": "ROM", "RVN": "", "SAF": "ZAF", "SAL": "SLV", "SER": "", "SIE": "SLE", "SIN": "SGP",
	"SLO": "SVK", "SLV": "SVN", "SOL": "SLB", "SPN": "ESP", "SRI": "LKA", "SUD": "SDN", "SWA": "SWZ", "SWD": "SWE",
	"SWZ": "CHE", "TAJ": "TJK", "TAW": "TWN", "TAZ": "TZA", "TBT": "", "THI": "THA", "TOG": "TGO", "TRA": "",
	"TRI": "TTO", "UAE": "ARE", "UKG": "GBR", "URU": "URY", "VIE": "VNM", "YPR": "", "YUG": "SRB", "ZAM": "ZMB",
	"ZAN": "", "ZIM": "ZWE",
}

// cowPreferred picks the acronym for a CAMEO country that several COW
// states map to (Germany: the German Reich and the Federal Republic).
var cowPreferred = map[string]string{"DEU": "GMY", "VNM": "VIE", "SRB": "YUG"}

// cameoToISO3 lists the CAMEO country codes that are not their ISO 3166
// alpha-3 code.
var cameoToISO3 = map[string]string{"ROM": "ROU", "MTN": "MNE", "TMP": "TLS", "IMY": "IMN"}

// actorExtraCountries are countries the dictionaries code that table 9.1 lacks:
// CAMEO code, name, ISO3 ("" when none), COW acronym ("" when none).
var actorExtraCountries = [][4]string{
	{"SUN", "Soviet Union", "", "RUS"},
	{"YUG", "Yugoslavia", "", "YUG"},
	{"DDR", "German Democratic Republic", "", "GDR"},
	{"CSK", "Czechoslovakia", "", "CZE"},
	{"TWN", "Taiwan", "TWN", "TAW"},
	{"KSV", "Kosovo", "XKX", "KOS"},
	{"SSD", "South Sudan", "SSD", "SSD"},
	{"ROU", "Romania", "ROU", "RUM"},
	{"MNE", "Montenegro", "MNE", "MNG"},
}

func actorReadCSV(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(rows) > 0 {
		rows = rows[1:]
	}
	return rows, nil
}

// buildActorCountries builds actorcountries.tsv from the shared folder.
func buildActorCountries(shared string) (string, error) {
	cameoRows, err := actorReadCSV(filepath.Join(shared, "codebook", "cameo_country_codes_table9.1.csv"))
	if err != nil {
		return "", err
	}
	// GeoNames: ISO2, ISO3, name.
	geoData, err := os.ReadFile(filepath.Join(shared, "gazetteer", "geonames_countryInfo.tsv"))
	if err != nil {
		return "", err
	}
	iso2 := map[string]string{}
	for _, l := range strings.Split(string(geoData), "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) > 4 {
			iso2[f[1]] = f[0]
		}
	}
	// Archigos: COW number and acronym.
	arch, err := os.ReadFile(filepath.Join(shared, "leaders", "archigos_4.1_leader_spells.tsv"))
	if err != nil {
		return "", err
	}
	cowNum := map[string]int{}
	for i, l := range strings.Split(string(arch), "\n") {
		f := strings.Split(l, "\t")
		if i == 0 || len(f) < 4 {
			continue
		}
		n, err := strconv.Atoi(f[2])
		if err != nil {
			return "", fmt.Errorf("archigos line %d: %w", i+1, err)
		}
		cowNum[f[3]] = n
	}
	cowOf := map[string][]string{} // CAMEO -> COW acronyms
	for acr := range cowNum {
		c, ok := cowToCAMEO[acr]
		if !ok {
			c = acr
		}
		if c != "" {
			cowOf[c] = append(cowOf[c], acr)
		}
	}
	pickCOW := func(code string) (int, string) {
		acrs := cowOf[code]
		if len(acrs) == 0 {
			return 0, ""
		}
		sort.Strings(acrs)
		acr := acrs[0]
		if p, ok := cowPreferred[code]; ok {
			acr = p
		}
		return cowNum[acr], acr
	}
	var b strings.Builder
	b.WriteString("# CAMEO country codes with ISO 3166 and Correlates of War codes. GENERATED by TestActorCountriesCurrent\n")
	b.WriteString("# (go test ./cameo -run TestActorCountriesCurrent -update) from the CAMEO manual's table 9.1, GeoNames'\n")
	b.WriteString("# countryInfo (CC BY 4.0, GeoNames) and the COW codes in Archigos 4.1 (CC BY 4.0, Goemans, Gleditsch, Chiozza).\n")
	b.WriteString("# cameo\tname\tiso3\tiso2\tcow\tcow_abb\n")
	seen := map[string]bool{}
	row := func(code, name, iso3, cowAbb string, cow int) {
		seen[code] = true
		cs := ""
		if cow != 0 || cowAbb != "" {
			cs = strconv.Itoa(cow)
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\t%s\n", code, name, iso3, iso2[iso3], cs, cowAbb)
	}
	for _, r := range cameoRows {
		if len(r) < 2 {
			continue
		}
		name, code := strings.TrimSpace(r[0]), strings.TrimSpace(r[1])
		if code == "" || seen[code] {
			continue
		}
		iso3 := code
		if v, ok := cameoToISO3[code]; ok {
			iso3 = v
		}
		if _, ok := iso2[iso3]; !ok {
			iso3 = ""
		}
		cow, acr := pickCOW(code)
		row(code, name, iso3, acr, cow)
	}
	for _, e := range actorExtraCountries {
		if seen[e[0]] {
			continue
		}
		cow := cowNum[e[3]]
		acr := e[3]
		if cow == 0 {
			acr = ""
		}
		row(e[0], e[1], e[2], acr, cow)
	}
	return b.String(), nil
}

// buildActorParts builds actorparts.tsv from the CAMEO manual's role,
// international and region tables.
func buildActorParts(shared string) (string, error) {
	var b strings.Builder
	b.WriteString("# CAMEO role, international and region codes. GENERATED by TestActorCountriesCurrent from the CAMEO\n")
	b.WriteString("# manual's tables 3.1, 3.2 and 3.3 as found in ../shared/codebook.\n# code\tkind\tname\n")
	roles, err := actorReadCSV(filepath.Join(shared, "codebook", "cameo_domestic_role_codes_table3.1.csv"))
	if err != nil {
		return "", err
	}
	for _, r := range roles {
		if len(r) >= 2 && len(r[0]) == 3 && strings.ToUpper(r[0]) == r[0] {
			fmt.Fprintf(&b, "%s\trole\t%s\n", r[0], actorOneLine(r[1]))
		}
	}
	groups, err := actorReadCSV(filepath.Join(shared, "codebook", "cameo_table3.2.csv"))
	if err != nil {
		return "", err
	}
	for _, r := range groups {
		if len(r) >= 2 && len(r[0]) == 3 {
			fmt.Fprintf(&b, "%s\tgroup\t%s\n", r[0], actorOneLine(r[1]))
		}
	}
	regions, err := actorReadCSV(filepath.Join(shared, "codebook", "cameo_region_codes_table3.3.csv"))
	if err != nil {
		return "", err
	}
	for _, r := range regions {
		if len(r) >= 2 && len(r[1]) == 3 {
			fmt.Fprintf(&b, "%s\tregion\t%s\n", r[1], actorOneLine(strings.Trim(r[0], `"`)))
		}
	}
	return b.String(), nil
}

func actorOneLine(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\t", " ")), " ")
}

// TestActorCountriesCurrent is the generator of actorcountries.tsv and
// actorparts.tsv: it fails when the committed files differ from what the
// shared data gives; with -update it rewrites them.
func TestActorCountriesCurrent(t *testing.T) {
	shared := sharedtest.Dir(t)
	sharedtest.Path(t, "codebook")
	countries, err := buildActorCountries(shared)
	if err != nil {
		t.Fatal(err)
	}
	parts, err := buildActorParts(shared)
	if err != nil {
		t.Fatal(err)
	}
	if actorUpdate() {
		if err := os.WriteFile("actorcountries.tsv", []byte(countries), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("actorparts.tsv", []byte(parts), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if countries != actorCountriesTSV || parts != actorPartsTSV {
		t.Fatal("actorcountries.tsv or actorparts.tsv is not current; run go test ./cameo -run TestActorCountriesCurrent -update")
	}
}
