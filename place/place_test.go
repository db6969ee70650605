package place

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"entente/parse"
	"strings"
	"testing"

	"entente"
	"entente/internal/sharedtest"
	"entente/place/internal/gazdata"
	"entente/text"
)

// TestCurrent checks that the embedded table is what the generator makes of
// the shared GeoNames files (run go generate ./place when it is not).
func TestCurrent(t *testing.T) {
	zipPath := sharedtest.Path(t, "gazetteer/geonames_cities15000.zip")
	info := sharedtest.Path(t, "gazetteer/geonames_countryInfo.tsv")
	want, err := gazdata.Rows(zipPath, info)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(table))
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<16), 1<<22)
	i := 0
	for sc.Scan() {
		if i >= len(want) || sc.Text() != want[i] {
			t.Fatalf("embedded table differs at line %d: run go generate ./place", i+1)
		}
		i++
	}
	if i != len(want) {
		t.Fatalf("embedded table has %d lines, generator %d: run go generate ./place", i, len(want))
	}
}

func TestDefault(t *testing.T) {
	if err := DefaultErr(); err != nil {
		t.Fatal(err)
	}
	g := Default()
	if len(table) > 3<<20 {
		t.Errorf("embedded table is %d bytes, more than 3 MB", len(table))
	}
	for _, name := range []string{"Karachi", "Kabul", "Pakistan", "Kremlin", "U.S."} {
		if len(g.Lookup(name)) == 0 {
			t.Errorf("%s not found", name)
		}
	}
	if e, ok := g.Country("PAK"); !ok || e.Country != "PK" || e.Precision() != PrecisionCountry {
		t.Errorf("Country(PAK) = %+v, %v", e, ok)
	}
	for name, want := range map[string]bool{"amuda": true, "kabul": true, "Kabul": true, "martakert": false, "polisario": false} {
		if got := g.Knows([]byte(name)); got != want {
			t.Errorf("Knows(%q) = %v", name, got)
		}
	}
	// A name the gazetteer writes with a leading ayn mark ("'Amuda") is
	// found as the news writes it, and under its own spelling still.
	for _, name := range []string{"Amuda", "'Amuda"} {
		if es := g.Lookup(name); len(es) == 0 || es[0].Country != "SY" {
			t.Errorf("Lookup(%q) = %+v", name, es)
		}
	}
}

func TestLoadReportsBadRecords(t *testing.T) {
	in := "C\tXX\tXXX\tExampleland\tExampleton\t100\t1\t1.0\t2.0\nP\tnot-a-number\nP\tx\tA\tA\t\tXX\tnorth\t2\t10\tPPL\t01\n"
	g, err := Load(strings.NewReader(in))
	if g == nil || err == nil {
		t.Fatalf("got %v, %v; want a gazetteer and an error", g, err)
	}
	if !strings.Contains(err.Error(), "gazetteer:2") || !strings.Contains(err.Error(), "gazetteer:3") {
		t.Errorf("error does not name the bad lines: %v", err)
	}
	if len(g.Lookup("Exampleland")) != 1 {
		t.Error("good record lost")
	}
}

func index(t *testing.T, s entente.Sentence, form string) int {
	t.Helper()
	for i, tok := range s.Tokens {
		if tok.Form == form {
			return i
		}
	}
	t.Fatalf("no token %q", form)
	return -1
}

func TestLocate(t *testing.T) {
	g := Default()
	tests := []struct {
		text, verb string
		actors     []string
		name, cc   string
		prec       string
		fromActor  bool
	}{
		{"The ministers met in Karachi on Monday.", "met", nil, "Karachi", "PK", PrecisionCity, false},
		// the place a force withdraws from, not one returned from
		{"Troops withdrew from Kherson on Friday.", "withdrew", []string{"RUSMIL"}, "Kherson", "UA", PrecisionCity, false},
		{"Troops pulled out of Bakhmut on Friday.", "pulled", []string{"UKRMIL"}, "Bakhmut", "UA", PrecisionCity, false},
		{"The minister returned from Kherson on Friday.", "returned", []string{"RUSGOV"}, "Russia", "RU", PrecisionCountry, true},
		{"The envoy visited Kabul and Tashkent.", "visited", nil, "Kabul", "AF", PrecisionCity, false},
		{"The army chief travelled to Moscow for talks.", "travelled", nil, "Moscow", "RU", PrecisionCity, false},
		// a transliteration without the final "h" of the gazetteer's
		{"Warplanes bombed Zuwara on Sunday.", "bombed", []string{"LBYMIL"}, "Zuwara", "LY", PrecisionCity, false},
		// where a shipment goes, past the words of what is shipped
		{"Uzbekistan delivered 3,000 tonnes of wheat flour to Herat on Friday.", "delivered", []string{"UZB"}, "Herat", "AF", PrecisionCity, false},
		{"The leaders signed the pact at the Kremlin.", "signed", nil, "Kremlin", "RU", PrecisionLandmark, false},
		{"Rebels attacked a base in Afghanistan.", "attacked", nil, "Afghanistan", "AF", PrecisionCountry, false},
		{"Police arrested two men in Hyderabad.", "arrested", []string{"PAKCOP"}, "Hyderabad", "PK", PrecisionCity, false},
		{"Police arrested two men in Hyderabad.", "arrested", []string{"INDCOP"}, "Hyderabad", "IN", PrecisionCity, false},
		// the object of a verb of attack; a town's own name before a
		// place that has it as an alternate name; a name whose first
		// word alone is a town is not that town
		{"Missiles hit Kremenchuk on Sunday.", "hit", []string{"RUS"}, "Kremenchuk", "UA", PrecisionCity, false},
		{"Artillery shelled Goris on Tuesday.", "shelled", []string{"AZEMIL"}, "Goris", "AM", PrecisionCity, false},
		// a town's own name before the actor's country's town that has
		// it as an alternate name (Dubna in Russia)
		{"Russian drones struck Dubno on Tuesday.", "struck", []string{"RUS"}, "Dubno", "UA", PrecisionCity, false},
		{"Drones struck Tal Rifaat on Monday.", "struck", []string{"TUR"}, "Turkey", "TR", PrecisionCountry, true},
		{"The plane landed at Kabul Airport on Monday.", "landed", nil, "Kabul", "AF", PrecisionCity, false},
		// a town named after "the town of"; a name the gazetteer gives
		// with the Arabic article ("El-Hodeidah")
		{"Glide bombs hit the town of Lyman on Saturday.", "hit", []string{"RUS"}, "Lyman", "UA", PrecisionCity, false},
		{"Jets bombed Hodeidah on Monday.", "bombed", []string{"SAU"}, "Hodeidah", "YE", PrecisionCity, false},
		// a town "in" a region of another country than every town of
		// its name (Palma, Mallorca's; Mozambique's is not in the
		// gazetteer): the region
		{"Militants stormed Palma in Cabo Delgado on Wednesday.", "stormed", []string{"MOZREB"}, "Cabo Delgado", "MZ", PrecisionRegion, false},
		// a part of a town named by an adjective; a town "off" which a
		// boat is stopped; a region of a country whose name a town of its own shares
		{"Protesters clashed with riot police in central Bordeaux on Saturday.", "clashed", []string{"FRAOPP", "FRACOP"}, "Bordeaux", "FR", PrecisionCity, false},
		{"Libya's coast guard intercepted a migrant boat off Sabratha on Saturday.", "intercepted", []string{"LBYMIL"}, "Sabratha", "LY", PrecisionCity, false},
		{"Insurgents attacked a village in Mozambique's Cabo Delgado province on Tuesday.", "attacked", []string{"MOZREB"}, "Cabo Delgado province", "MZ", PrecisionRegion, false},
		// the first part of a joined name the gazetteer lacks is no place
		{"Police fired tear gas near the Champs-Elysees in Paris on Saturday.", "fired", []string{"FRACOP"}, "Paris", "FR", PrecisionCity, false},
		// a name with an apostrophe inside its one token
		{"Police dispersed demonstrators in N'Djamena on Thursday.", "dispersed", []string{"TCDCOP"}, "N'Djamena", "TD", PrecisionCity, false},
		{"Rockets hit the Thai town of Surin on Monday.", "hit", []string{"KHM"}, "Surin", "TH", PrecisionCity, false},
		{"Gangs attacked police in the Port-au-Prince suburb of Carrefour on Wednesday.", "attacked", []string{"HTICRM"}, "Carrefour", "HT", PrecisionCity, false},
		// a statement aimed at a capital is not made there
		{"Oslo hit out at Moscow on Wednesday.", "hit", []string{"NORGOV", "RUSGOV"}, "Norway", "NO", PrecisionCountry, true},
		// A capital as a government is an actor: the event falls back on
		// the actor's country, not its capital.
		{"Moscow warned Islamabad.", "warned", []string{"RUSGOV", "PAKGOV"}, "Russia", "RU", PrecisionCountry, true},
		{"Moscow sold arms to Pakistan.", "sold", []string{"RUSGOV"}, "Russia", "RU", PrecisionCountry, true},
		// a place a country's possessive names is the one it holds; a
		// town "in" a country is that country's, or the country is the
		// place; what falls "on" a place falls there
		{"Drones struck a refinery in Russia's Volgograd region on Monday.", "struck", []string{"UKR"}, "Volgograd region", "RU", PrecisionRegion, false},
		{"Jets struck targets in Somalia's Bay region on Sunday.", "struck", []string{"USA"}, "Bay region", "SO", PrecisionRegion, false},
		{"Pakistani jets struck Lalpur in Afghanistan on Monday.", "struck", []string{"PAK"}, "Afghanistan", "AF", PrecisionCountry, false},
		{"Aircraft dropped glide bombs on Zaporizhzhia on Thursday.", "dropped", []string{"RUS"}, "Zaporizhzhia", "UA", PrecisionCity, false},
		// a short name known only as another place's alternate name, in
		// a country no actor names, is no place ("Ber", Veria in Greece)
		{"A Malian drone strike killed 15 people at a market in Ber.", "killed", []string{"MLIMIL"}, "Mali", "ML", PrecisionCountry, true},
		// a month is no town (March, Cambridgeshire)
		{"Timor-Leste recalled its ambassador from Myanmar in March.", "recalled", []string{"TMP", "MMR"}, "Myanmar", "MM", PrecisionCountry, true},
	}
	for _, tt := range tests {
		t.Run(tt.text+"/"+strings.Join(tt.actors, ","), func(t *testing.T) {
			a := &entente.Article{Text: tt.text}
			sents := text.Split(a)
			p := g.Locate(a, sents, 0, index(t, sents[0], tt.verb), nil, tt.actors...)
			if p == nil {
				t.Fatal("no place")
			}
			if p.Name != tt.name || p.Country != tt.cc || p.Precision != tt.prec || p.FromActor != tt.fromActor {
				t.Errorf("got %+v", *p)
			}
			if p.Span != nil && p.Span.Of(a.Text) != p.Name {
				t.Errorf("span %v covers %q", *p.Span, p.Span.Of(a.Text))
			}
			if p.FromActor && p.Span != nil {
				t.Error("a place from an actor has no span")
			}
		})
	}
	a := &entente.Article{Text: "The rebels regrouped."}
	sents := text.Split(a)
	if p := g.Locate(a, sents, 0, 2, nil); p != nil {
		t.Errorf("no place and no actor: got %+v", *p)
	}
}

// TestLocateParsed checks the choices that read the parse: a town named
// after lower-case words that describe it, and a place in the subject,
// which tells where the actor is from, not where the act was, when the
// clause names another.
func TestLocateParsed(t *testing.T) {
	g := Default()
	m, err := parse.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ text, verb, name, cc string }{
		{"Rockets hit the southern border town of Sderot on Monday.", "hit", "Sderot", "IL"},
		{"Authorities in Asunción detained 11 gang members in the border town of Pedro Juan Caballero.", "detained", "Pedro Juan Caballero", "PY"},
		{"Police in Colombo used water cannon on students.", "used", "Colombo", "LK"},
		// a participle that names no place happened where its verb did
		{"Militants attacked the town of Monguno on Saturday, burning homes.", "burning", "Monguno", "NG"},
		// a part of a town named after "of"
		{"Artillery shelled residential areas of El Obeid on Monday.", "shelled", "El Obeid", "SD"},
		// an act that names no place happened where its purpose clause did
		{"Chilean army troops fired tear gas to disperse demonstrators in Concepción on Tuesday.", "fired", "Concepción", "CL"},
	} {
		a := &entente.Article{Text: tt.text}
		sents := text.Split(a)
		m.Sentence(&sents[0])
		p := g.Locate(a, sents, 0, index(t, sents[0], tt.verb), nil)
		if p == nil || p.Name != tt.name || p.Country != tt.cc {
			t.Errorf("%s: got %+v, want %s (%s)", tt.text, p, tt.name, tt.cc)
		}
	}
	// a city that names the treaty withdrawn from is no place
	a := &entente.Article{Text: "The United States withdrew from the Paris climate agreement."}
	sents := text.Split(a)
	m.Sentence(&sents[0])
	if p := g.Locate(a, sents, 0, index(t, sents[0], "withdrew"), nil, "USA"); p == nil || p.Name == "Paris" || !p.FromActor {
		t.Errorf("%s: got %+v, want the actor's country", a.Text, p)
	}
}

// TestStateOf checks the states bare place names give their people: one
// country's places do, names of two countries' places do not, and a short
// name known only as an alternate name does not.
func TestStateOf(t *testing.T) {
	g := Default()
	for name, want := range map[string]string{"Kunduz": "AFG", "Maiduguri": "NGA", "Ber": "", "Zzyzxville": ""} {
		if got := g.StateOf(name); got != want {
			t.Errorf("StateOf(%q) = %q, want %q", name, got, want)
		}
	}
}

func FuzzLocate(f *testing.F) {
	f.Add("Talks in Karachi - at the Kremlin; visited U.S. and Mazar-i-Sharif")
	g := Default()
	f.Fuzz(func(t *testing.T, s string) {
		a := &entente.Article{Text: s}
		sents := text.Split(a)
		for si, sent := range sents {
			for _, c := range g.Find(&sent, s) {
				if !c.Span.Valid(len(s)) || c.Tokens[0] >= c.Tokens[1] {
					t.Fatalf("bad candidate %+v", c)
				}
			}
			if p := g.Locate(a, sents, si, 0, nil, "RUS"); p == nil || p.Span != nil && !p.Span.Valid(len(s)) {
				t.Fatalf("bad place %+v", p)
			}
		}
	})
}

// TestArticleContext checks that the article's other places tell namesakes
// apart: Karachi, in the first sentence, makes Hyderabad the Pakistani one.
func TestArticleContext(t *testing.T) {
	g := Default()
	a := &entente.Article{Text: "Floods struck Karachi. Police arrested two men in Hyderabad."}
	sents := text.Split(a)
	l := g.Article(a, sents, nil)
	p := l.Locate(1, index(t, sents[1], "arrested"))
	if p == nil || p.Name != "Hyderabad" || p.Country != "PK" {
		t.Errorf("got %+v, want Hyderabad PK", p)
	}
	a2 := &entente.Article{Text: "Floods struck Chennai. Police arrested two men in Hyderabad."}
	sents2 := text.Split(a2)
	if p := g.Article(a2, sents2, nil).Locate(1, index(t, sents2[1], "arrested")); p == nil || p.Country != "IN" {
		t.Errorf("got %+v, want Hyderabad IN", p)
	}
}

// TestNameOfAGroup checks that a place's name that begins a group's
// mention ("Fano militia fighters") or stands before a noun of armed men or
// their positions ("Fano positions", "Hamas targets") is not where the
// event happened, and that one ending an agent's phrase ("officials in
// Kabul") still is.
func TestNameOfAGroup(t *testing.T) {
	for _, tc := range []struct{ text, verb, mention, want string }{
		{"Drones struck Fano militia fighters in Mertule Maryam on Tuesday.", "struck", "Fano militia fighters", "Mertule Maryam"},
		{"Drones struck Fano militia fighters in Mertule Maryam on Tuesday.", "struck", "", "Mertule Maryam"},
		{"Artillery shelled Fano positions on Tuesday.", "shelled", "", ""},
		{"Jets struck Hamas targets in the city of Gaza.", "struck", "", "Gaza"},
		{"Artillery shelled Fano on Tuesday.", "shelled", "", "Fano"},
		{"Police arrested officials in Kabul.", "arrested", "officials in Kabul", "Kabul"},
	} {
		a := &entente.Article{Text: tc.text}
		sents := text.Split(a)
		var ms []entente.Mention
		if i := strings.Index(a.Text, tc.mention); tc.mention != "" {
			ms = append(ms, entente.Mention{Sentence: 0, Span: entente.Span{Start: i, End: i + len(tc.mention)},
				Code: "XXXREB", Kind: entente.MentionAgent})
		}
		p := Default().Article(a, sents, ms).Locate(0, index(t, sents[0], tc.verb))
		if tc.want == "" && p != nil || tc.want != "" && (p == nil || p.Name != tc.want) {
			t.Errorf("%q with mention %q: got %+v, want %s", tc.text, tc.mention, p, tc.want)
		}
	}
}

// BenchmarkLoad measures reading the embedded gazetteer, which Default does
// once per process.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		zr, err := gzip.NewReader(bytes.NewReader(table))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Load(zr); err != nil {
			b.Fatal(err)
		}
	}
}
