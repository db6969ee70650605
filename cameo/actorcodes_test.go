package cameo

import (
	"slices"
	"testing"
)

func TestActorTablesLoad(t *testing.T) {
	if err := ActorTablesErr(); err != nil {
		t.Fatal(err)
	}
	if len(Countries()) < 200 {
		t.Fatalf("only %d countries", len(Countries()))
	}
}

func TestParseActorCode(t *testing.T) {
	tests := []struct {
		code                string
		country, group, org string
		roles, religions    []string
		wantErr             bool
	}{
		{code: "PAKGOV", country: "PAK", roles: []string{"GOV"}},
		{code: "RUSMIL", country: "RUS", roles: []string{"MIL"}},
		{code: "USASPY", country: "USA", roles: []string{"SPY"}},
		{code: "IGOUNO", group: "IGO", org: "UNO"},
		{code: "AFGREB", country: "AFG", roles: []string{"REB"}},
		{code: "IMGMUSISI", group: "IMG", org: "ISI", religions: []string{"MUS"}},
		{code: "NGOUSAJEW", country: "USA", group: "NGO", religions: []string{"JEW"}},
		{code: "SUN", country: "SUN"},
		{code: "PAKGOVMIL", country: "PAK", roles: []string{"GOV", "MIL"}},
		{code: "PAKGO", wantErr: true},
		{code: "", wantErr: true},
		{code: "pakgov", wantErr: true},
		{code: "QQQGOV", wantErr: true},
	}
	for _, tt := range tests {
		ac, err := ParseActorCode(tt.code)
		if (err != nil) != tt.wantErr {
			t.Errorf("ParseActorCode(%q) error = %v, want error %v", tt.code, err, tt.wantErr)
			continue
		}
		if tt.wantErr {
			continue
		}
		if ac.Country != tt.country || ac.Group != tt.group || ac.Org != tt.org ||
			!slices.Equal(ac.Roles, tt.roles) || !slices.Equal(ac.Religions, tt.religions) {
			t.Errorf("ParseActorCode(%q) = %+v", tt.code, ac)
		}
	}
}

func TestCountryCrosswalk(t *testing.T) {
	// CAMEO differs from ISO 3166 for a few countries; COW acronyms differ again.
	tests := []struct {
		cameo, iso3, cowAbb string
		cow                 int
	}{
		{"ROM", "ROU", "RUM", 360},
		{"MTN", "MNE", "MNG", 341},
		{"TMP", "TLS", "ETM", 860},
		{"USA", "USA", "USA", 2},
		{"GBR", "GBR", "UKG", 200},
		{"DEU", "DEU", "GMY", 255},
		{"AUT", "AUT", "AUS", 305},
		{"AUS", "AUS", "AUL", 900},
		{"PAK", "PAK", "PAK", 770},
		{"RUS", "RUS", "RUS", 365},
	}
	for _, tt := range tests {
		c, ok := LookupCountry(tt.cameo)
		if !ok {
			t.Errorf("LookupCountry(%q) not found", tt.cameo)
			continue
		}
		if c.ISO3 != tt.iso3 || c.COWAbb != tt.cowAbb || c.COW != tt.cow {
			t.Errorf("LookupCountry(%q) = %+v, want ISO3 %s COW %d %s", tt.cameo, c, tt.iso3, tt.cow, tt.cowAbb)
		}
		back, ok := CountryByISO3(tt.iso3)
		if !ok || back.Code != tt.cameo {
			t.Errorf("CountryByISO3(%q) = %+v, %v; want CAMEO %s", tt.iso3, back, ok, tt.cameo)
		}
		if back2, ok := CountryByISO2(c.ISO2); c.ISO2 == "" || !ok || back2.Code != tt.cameo {
			t.Errorf("CountryByISO2(%q) = %+v, %v; want CAMEO %s", c.ISO2, back2, ok, tt.cameo)
		}
	}
}
