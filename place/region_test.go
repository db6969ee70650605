package place

import (
	"testing"

	"entente"
	"entente/text"
)

// TestRegionNames checks that every named region of regionNames finds the
// town that keys it, so that no name is silently dropped.
func TestRegionNames(t *testing.T) {
	g := Default()
	for _, r := range regionNames {
		if _, ok := g.regionOfTown(r.town, r.country); !ok {
			t.Errorf("%s: no town %q in %s", r.names[0], r.town, r.country)
			continue
		}
		for _, n := range r.names {
			found := false
			for _, e := range g.Lookup(n) {
				if e.Feature == "ADM1" && e.Country == r.country {
					found = true
				}
			}
			if !found {
				t.Errorf("%s (%s) is not a region", n, r.country)
			}
		}
	}
}

// TestRegion checks the region entries built from the towns' admin1 codes.
func TestRegion(t *testing.T) {
	g := Default()
	towns := g.Lookup("Quetta")
	if len(towns) == 0 {
		t.Fatal("no Quetta")
	}
	r, ok := g.Region(towns[0])
	if !ok || r.Name != "Balochistan" || r.Country != "PK" || r.Precision() != PrecisionRegion {
		t.Fatalf("Region(Quetta) = %+v, %v", r, ok)
	}
	// The centre lies in Pakistan's south-west, and not on Quetta itself.
	if r.Lat < 24 || r.Lat > 32 || r.Lon < 60 || r.Lon > 71 || r.Lat == towns[0].Lat && r.Lon == towns[0].Lon {
		t.Errorf("Balochistan at %.3f,%.3f", r.Lat, r.Lon)
	}
	if r.Population <= towns[0].Population {
		t.Errorf("region population %d not above its town's %d", r.Population, towns[0].Population)
	}
	if c, ok := g.Country("PAK"); !ok {
		t.Error("no Pakistan")
	} else if _, ok := g.Region(c); ok {
		t.Error("a country has no region")
	}
}

// TestLocateRegion places events at first-order region precision.
func TestLocateRegion(t *testing.T) {
	g := Default()
	tests := []struct {
		text, verb string
		actors     []string
		name, cc   string
		prec       string
	}{
		{"Militants ambushed a patrol in Balochistan.", "ambushed", nil, "Balochistan", "PK", PrecisionRegion},
		{"Troops clashed with insurgents in Helmand on Sunday.", "clashed", nil, "Helmand", "AF", PrecisionRegion},
		{"Drones struck a compound in Kandahar province.", "struck", nil, "Kandahar province", "AF", PrecisionRegion},
		{"Shells landed in the Donetsk region overnight.", "landed", nil, "Donetsk region", "UA", PrecisionRegion},
		{"Airstrikes hit villages in the province of Idlib.", "hit", nil, "province of Idlib", "SY", PrecisionRegion},
		{"Farmers protested in Punjab.", "protested", []string{"PAKGOV"}, "Punjab", "PK", PrecisionRegion},
		{"Farmers protested in Punjab.", "protested", []string{"INDGOV"}, "Punjab", "IN", PrecisionRegion},
		// The state, not the capital's district.
		{"Wildfires spread in Washington State.", "spread", nil, "Washington State", "US", PrecisionRegion},
		// The town itself stays a town.
		{"Drones struck a compound in Kandahar.", "struck", nil, "Kandahar", "AF", PrecisionCity},
		// A country followed by "region" stays the country.
		{"Rebels regrouped in the Afghanistan region.", "regrouped", nil, "Afghanistan", "AF", PrecisionCountry},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			a := &entente.Article{Text: tt.text}
			sents := text.Split(a)
			p := g.Locate(a, sents, 0, index(t, sents[0], tt.verb), nil, tt.actors...)
			if p == nil {
				t.Fatal("no place")
			}
			if p.Name != tt.name || p.Country != tt.cc || p.Precision != tt.prec || p.FromActor {
				t.Errorf("got %+v", *p)
			}
			if p.Span == nil || p.Span.Of(a.Text) != p.Name {
				t.Errorf("span %v does not cover %q", p.Span, p.Name)
			}
		})
	}
}

// TestMetonymCapital checks that a capital standing for its government is
// an actor, and a place only when the text says something happened there.
func TestMetonymCapital(t *testing.T) {
	g := Default()
	tests := []struct {
		text, verb string
		actors     []string
		name       string
		fromActor  bool
	}{
		{"Washington suspended aid to Pakistan.", "suspended", []string{"USAGOV", "PAK"}, "United States", true},
		{"The army moved troops at Moscow's request.", "moved", []string{"SYRMIL"}, "Syria", true},
		{"In Washington's view, the talks failed.", "failed", []string{"AFG"}, "Afghanistan", true},
		{"Protesters gathered in Washington's streets.", "gathered", []string{"USA"}, "Washington", false},
		{"The two leaders met in Moscow.", "met", []string{"RUSGOV", "PAKGOV"}, "Moscow", false},
		{"The envoy flew to Islamabad for talks.", "flew", []string{"USAGOV"}, "Islamabad", false},
		// No actor with a country and no place: nothing is made up.
		{"Beijing responded.", "responded", []string{"IGOUNO"}, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			a := &entente.Article{Text: tt.text}
			sents := text.Split(a)
			p := g.Locate(a, sents, 0, index(t, sents[0], tt.verb), nil, tt.actors...)
			if tt.name == "" {
				if p != nil {
					t.Errorf("got %+v, want no place", *p)
				}
				return
			}
			if p == nil {
				t.Fatal("no place")
			}
			if p.Name != tt.name || p.FromActor != tt.fromActor {
				t.Errorf("got %+v", *p)
			}
			if p.FromActor && (p.Precision != PrecisionCountry || p.Span != nil) {
				t.Errorf("a place from an actor is its country, with no span: %+v", *p)
			}
		})
	}
}

// TestLocatorContext checks that a Locator tells namesakes apart by the
// article's other places whichever sentence it is asked about first.
func TestLocatorContext(t *testing.T) {
	g := Default()
	a := &entente.Article{Text: "Police arrested two men in Hyderabad. Floods struck Karachi."}
	sents := text.Split(a)
	l := g.Article(a, sents, nil)
	if p := l.Locate(0, index(t, sents[0], "arrested")); p == nil || p.Country != "PK" {
		t.Errorf("got %+v, want Hyderabad PK from a later sentence's Karachi", p)
	}
	if ps := l.Places(1); len(ps) != 1 || ps[0].Name != "Karachi" || ps[0].Country != "PK" {
		t.Errorf("Places(1) = %+v, want Karachi PK", ps)
	}
}
