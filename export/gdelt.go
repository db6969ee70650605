package export

import (
	"strconv"
	"strings"
	"time"

	"entente"
)

// gdeltEventColumns are the 61 columns of a GDELT 2.0 event file, with what
// entente puts in them.
var gdeltEventColumns = func() []Column {
	cols := []Column{
		{"GLOBALEVENTID", "integer", "the store's event identifier"},
		{"SQLDATE", "integer", "event date YYYYMMDD (first day of the period when the date is less precise)"},
		{"MonthYear", "integer", "event date YYYYMM"},
		{"Year", "integer", "event year"},
		{"FractionDate", "float", "year plus the fraction of the year elapsed before the event day, 4 decimals"},
	}
	for _, a := range []string{"Actor1", "Actor2"} {
		cols = append(cols,
			Column{a + "Code", "string", "full CAMEO actor code"},
			Column{a + "Name", "string", "empty: entente keeps codes, not names"},
			Column{a + "CountryCode", "string", "3-letter CAMEO country code at the head of the actor code, when present"},
			Column{a + "KnownGroupCode", "string", "CAMEO code of the IGO/NGO/armed group after an IGO, NGO, NGM, IMG or MNC prefix"},
			Column{a + "EthnicCode", "string", "empty (not coded)"},
			Column{a + "Religion1Code", "string", "empty (not coded)"},
			Column{a + "Religion2Code", "string", "empty (not coded)"},
			Column{a + "Type1Code", "string", "first 3-letter role code after the country or group"},
			Column{a + "Type2Code", "string", "second role code"},
			Column{a + "Type3Code", "string", "third role code"},
		)
	}
	cols = append(cols,
		Column{"IsRootEvent", "integer", "1 when the evidence sentence is the article's first, else 0"},
		Column{"EventCode", "string", "CAMEO event code, zero-padded"},
		Column{"EventBaseCode", "string", "first three digits of the event code"},
		Column{"EventRootCode", "string", "first two digits of the event code"},
		Column{"QuadClass", "integer", "1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict"},
		Column{"GoldsteinScale", "float", "Goldstein value of the event code"},
		Column{"NumMentions", "integer", "reports of the event in all stored articles"},
		Column{"NumSources", "integer", "distinct publishers of articles that are not near duplicates"},
		Column{"NumArticles", "integer", "distinct articles that are not near duplicates"},
		Column{"AvgTone", "float", "empty: entente does not score tone"},
	)
	for _, g := range []string{"Actor1Geo", "Actor2Geo", "ActionGeo"} {
		what := "empty: entente places events, not actors"
		if g == "ActionGeo" {
			what = ""
		}
		typeDesc := "0 as in GDELT for no place: entente places events, not actors"
		if g == "ActionGeo" {
			typeDesc = "1 country, 5 region (world state), 4 city or landmark; 0 as in GDELT when the event has no place"
		}
		desc := func(d string) string {
			if what != "" {
				return what
			}
			return d
		}
		cols = append(cols,
			Column{g + "_Type", "integer", typeDesc},
			Column{g + "_FullName", "string", desc("place name")},
			Column{g + "_CountryCode", "string", desc("ISO 3166 alpha-2 country code (GDELT uses FIPS 10-4: codes differ for some countries)")},
			Column{g + "_ADM1Code", "string", desc("empty (not resolved)")},
			Column{g + "_ADM2Code", "string", desc("empty (not resolved)")},
			Column{g + "_Lat", "float", desc("latitude")},
			Column{g + "_Long", "float", desc("longitude")},
			Column{g + "_FeatureID", "string", desc("GeoNames identifier (GDELT uses GNS/GNIS identifiers)")},
		)
	}
	cols = append(cols,
		Column{"DATEADDED", "integer", "publication time YYYYMMDDHHMMSS (UTC) of the first article reporting the event, so that exports are reproducible"},
		Column{"SOURCEURL", "string", "URL of the first article, or its identifier when it has no URL"},
	)
	return cols
}()

// gdeltMentionColumns are the 16 columns of a GDELT 2.0 mentions file.
var gdeltMentionColumns = []Column{
	{"GLOBALEVENTID", "integer", "the event reported"},
	{"EventTimeDate", "integer", "event date YYYYMMDD000000"},
	{"MentionTimeDate", "integer", "publication time YYYYMMDDHHMMSS (UTC) of the article; empty when unknown"},
	{"MentionType", "integer", "1 when the article has a URL, else 2 (citation only)"},
	{"MentionSourceName", "string", "publisher (or URL host) of the article"},
	{"MentionIdentifier", "string", "URL of the article, or its identifier"},
	{"SentenceID", "integer", "sentence of the report, counted from 1"},
	{"Actor1CharOffset", "integer", "byte offset of the source actor's mention in the article text, -1 when none"},
	{"Actor2CharOffset", "integer", "byte offset of the target actor's mention, -1 when none"},
	{"ActionCharOffset", "integer", "byte offset of the verb, -1 when none"},
	{"InRawText", "integer", "1: entente codes the text as read"},
	{"Confidence", "integer", "coder's confidence as a percentage, 0 to 100"},
	{"MentionDocLen", "integer", "length of the article text in bytes"},
	{"MentionDocTone", "float", "empty: entente does not score tone"},
	{"MentionDocTranslationInfo", "string", "empty: no translation"},
	{"Extras", "string", "empty, or 'near-duplicate' when the article nearly copies an earlier one"},
}

// knownGroupPrefixes mark actor codes whose next three letters name a group.
var knownGroupPrefixes = map[string]bool{"IGO": true, "NGO": true, "NGM": true, "IMG": true, "MNC": true}

// splitActor decomposes a CAMEO actor code into country, known group and up
// to three role codes, three letters at a time.
func splitActor(code string) (country, group string, types [3]string) {
	var parts []string
	for i := 0; i+3 <= len(code); i += 3 {
		parts = append(parts, code[i:i+3])
	}
	if len(parts) == 0 {
		return
	}
	if knownGroupPrefixes[parts[0]] {
		if len(parts) > 1 {
			group = parts[1]
			parts = parts[2:]
		} else {
			parts = parts[1:]
		}
	} else {
		country = parts[0]
		parts = parts[1:]
		if len(parts) > 0 && knownGroupPrefixes[parts[0]] && len(parts) > 1 {
			group = parts[1]
			parts = parts[2:]
		}
	}
	for i := 0; i < 3 && i < len(parts); i++ {
		types[i] = parts[i]
	}
	return
}

func gdeltActor(code string) []string {
	country, group, types := splitActor(code)
	return []string{code, "", country, group, "", "", "", types[0], types[1], types[2]}
}

func geoType(precision string) string {
	switch precision {
	case "country":
		return "1"
	case "region":
		return "5"
	case "city", "landmark":
		return "4"
	}
	return "0"
}

// gdeltEventRecord renders one event as the 61 fields of a GDELT 2.0 row.
func gdeltEventRecord(e *entente.StoredEvent) []string {
	d := e.When.Date.UTC()
	frac := float64(d.YearDay()-1) / 365
	rec := []string{
		strconv.FormatInt(e.StoreID, 10), d.Format("20060102"), d.Format("200601"), d.Format("2006"),
		strconv.FormatFloat(float64(d.Year())+frac, 'f', 4, 64),
	}
	rec = append(rec, gdeltActor(e.Source)...)
	rec = append(rec, gdeltActor(e.Target)...)
	base := e.Code
	if len(base) > 3 {
		base = base[:3]
	}
	root := "0"
	if e.Sentence == 0 {
		root = "1"
	}
	rec = append(rec, root, e.Code, base, e.Root, strconv.Itoa(e.QuadClass), formatFloat(e.Goldstein),
		strconv.Itoa(e.NumMentions), strconv.Itoa(e.NumSources), strconv.Itoa(e.NumArticles), "")
	empty := []string{"0", "", "", "", "", "", "", ""}
	rec = append(rec, empty...)
	rec = append(rec, empty...)
	if p := e.Place; p != nil {
		fid := ""
		if p.GeoNameID != 0 {
			fid = strconv.Itoa(p.GeoNameID)
		}
		rec = append(rec, geoType(p.Precision), p.Name, p.Country, "", "", formatFloat(p.Lat), formatFloat(p.Lon), fid)
	} else {
		rec = append(rec, empty...)
	}
	added := ""
	if !e.Published.IsZero() {
		added = e.Published.UTC().Format("20060102150405")
	}
	src := e.URL
	if src == "" {
		src = e.ArticleID
	}
	return append(rec, added, src)
}

func offset(s entente.Span) string {
	if s.Len() == 0 {
		return "-1"
	}
	return strconv.Itoa(s.Start)
}

// gdeltMentionRecord renders one report as the 16 fields of a GDELT 2.0
// mentions row; eventDate is the date of the event it reports.
func gdeltMentionRecord(m *entente.EventMention, eventDate time.Time) []string {
	when := ""
	if !m.Published.IsZero() {
		when = m.Published.UTC().Format("20060102150405")
	}
	typ, ident := "1", m.URL
	if ident == "" {
		typ, ident = "2", m.ArticleID
	}
	extras := ""
	if m.Duplicate {
		extras = "near-duplicate"
	}
	return []string{
		strconv.FormatInt(m.EventStoreID, 10), eventDate.UTC().Format("20060102") + "000000", when, typ, m.Publisher, ident,
		strconv.Itoa(m.Sentence + 1), offset(m.SourceSpan), offset(m.TargetSpan), offset(m.VerbSpan), "1",
		strconv.Itoa(int(m.Confidence*100 + 0.5)), strconv.Itoa(m.DocLen), "", "", extras,
	}
}

// tsvClean keeps fields from breaking a tab-separated row.
func tsvClean(s string) string {
	if !strings.ContainsAny(s, "\t\n\r") {
		return s
	}
	return strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(s)
}
