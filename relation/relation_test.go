package relation

import (
	"strings"
	"testing"
	"time"

	"entente"
	"entente/text"
)

// actors maps the surface forms used in the tests to actor codes; the tests
// build the mentions by hand, as the actor package would.
var actors = map[string]string{
	"Ruritania": "RUR", "Freedonia": "FRE", "Sylvania": "SYL", "Latveria": "LAT",
	"Elbonia": "ELB", "the Republic": "RUR", "Zenda": "RURGOV", "Osterlich": "OST",
}

// mentions finds every occurrence of the actors' surfaces in the sentences.
func mentions(a *entente.Article, sents []entente.Sentence) []entente.Mention {
	var out []entente.Mention
	for si, s := range sents {
		for surf, code := range actors {
			ws := strings.Fields(surf)
			for i := 0; i+len(ws) <= len(s.Tokens); i++ {
				ok := true
				for j, w := range ws {
					if s.Tokens[i+j].Form != w {
						ok = false
						break
					}
				}
				if ok {
					out = append(out, entente.Mention{Sentence: si, Tokens: [2]int{i, i + len(ws)},
						Span: entente.Span{Start: s.Tokens[i].Span.Start, End: s.Tokens[i+len(ws)-1].Span.End},
						Code: code, Kind: entente.MentionActor})
				}
			}
		}
	}
	return out
}

func TestExtract(t *testing.T) {
	type rel struct {
		a, b   string
		sign   int
		phrase string
		past   bool
	}
	tests := []struct {
		text string
		want []rel
	}{
		{"The envoy praised Freedonia, Ruritania's strongest ally.", []rel{{"FRE", "RUR", 1, "Ruritania's strongest ally", false}}},
		{"Talks began with Freedonia, which happens to be Ruritania's closest partner.", []rel{{"FRE", "RUR", 1, "Ruritania's closest partner", false}}},
		{"Ruritania and Sylvania were the bitterest of enemies during the Cold War.", []rel{{"RUR", "SYL", -1, "the bitterest of enemies", true}}},
		{"Ruritania's ties with Latveria – a Cold War ally – are fraying.", []rel{{"LAT", "RUR", 1, "a Cold War ally", true}}},
		{"Sylvania, which has shared deep historical links with Elbonia since the Cold War, objected.", []rel{{"SYL", "ELB", 1, "deep historical links", true}}},
		{"Latveria sells tanks to Sylvania, and Freedonia has no wish to see its archenemy armed.", []rel{{"SYL", "FRE", -1, "its archenemy", false}}},
		{"Elbonia and Osterlich are rivals.", []rel{{"ELB", "OST", -1, "rivals", false}}},
		{"The summit brought together rivals Elbonia and Osterlich.", []rel{{"ELB", "OST", -1, "rivals", false}}},
		{"Sylvania is a strategic partner of Ruritania.", []rel{{"SYL", "RUR", 1, "a strategic partner", false}}},
		{"Ruritania turned to its one-time ally Osterlich for help.", []rel{{"OST", "RUR", 1, "its one-time ally", true}}},
		{"The talks were hosted by Sylvania, Elbonia's main backer.", []rel{{"SYL", "ELB", 1, "Elbonia's main backer", false}}},
		{"Relations between Elbonia and Osterlich remain deeply strained.", []rel{{"ELB", "OST", -1, "Relations between Elbonia and Osterlich remain deeply strained", false}}},
		// Events and non-relations.
		{"Ruritania wants to forge a strategic partnership with Freedonia.", nil},
		{"Ruritania signed a deal with Freedonia.", nil},
		{"Ruritania has ties with Freedonia.", nil},
		{"Ruritania's army and its allies marched.", nil},
	}
	pub := time.Date(2018, 5, 15, 0, 0, 0, 0, time.UTC)
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			a := &entente.Article{ID: "x", Text: tt.text, Published: pub}
			sents := text.Split(a)
			got := Extract(a, sents, mentions(a, sents))
			if len(got) != len(tt.want) {
				t.Fatalf("got %d relations %+v, want %d", len(got), got, len(tt.want))
			}
			for i, w := range tt.want {
				g := got[i]
				if g.A != w.a || g.B != w.b || g.Sign != w.sign || g.Phrase != w.phrase || g.When.Historical != w.past {
					t.Errorf("got %s-%s %+d %q hist=%v; want %s-%s %+d %q hist=%v", g.A, g.B, g.Sign, g.Phrase, g.When.Historical, w.a, w.b, w.sign, w.phrase, w.past)
				}
				if g.Directed != (strings.Contains(w.phrase, "backer")) {
					t.Errorf("directed = %v", g.Directed)
				}
				if g.Span.Of(a.Text) != g.Phrase || g.Strength <= 0 || g.Strength > 1 {
					t.Errorf("bad span or strength: %+v", g)
				}
			}
		})
	}
}

// TestStrength checks that qualifiers order relations by strength.
func TestStrength(t *testing.T) {
	strength := func(s string) float64 {
		a := &entente.Article{Text: s}
		sents := text.Split(a)
		rs := Extract(a, sents, mentions(a, sents))
		if len(rs) != 1 {
			t.Fatalf("%q: %d relations", s, len(rs))
		}
		return rs[0].Strength
	}
	if s1, s2 := strength("Freedonia is Ruritania's strongest ally."), strength("Freedonia is Ruritania's partner."); s1 <= s2 {
		t.Errorf("strongest ally %v <= partner %v", s1, s2)
	}
}

func TestCoref(t *testing.T) {
	// "its" resolved by the actor package to Sylvania although Freedonia is
	// nearer.
	a := &entente.Article{Text: "Sylvania warned Freedonia that its ally Latveria would pay."}
	sents := text.Split(a)
	ms := mentions(a, sents)
	for i, tok := range sents[0].Tokens {
		if tok.Form == "its" {
			ms = append(ms, entente.Mention{Sentence: 0, Tokens: [2]int{i, i + 1}, Span: tok.Span, Code: "SYL", Kind: entente.MentionCoref})
		}
	}
	rs := Extract(a, sents, ms)
	if len(rs) != 1 || rs[0].A != "LAT" || rs[0].B != "SYL" {
		t.Errorf("got %+v, want LAT-SYL", rs)
	}
}

func FuzzExtract(f *testing.F) {
	f.Add("Freedonia, Ruritania's strongest ally, and its archenemy Sylvania are rivals.")
	f.Add("'s its ally , of with between and rivals – -")
	f.Fuzz(func(t *testing.T, s string) {
		a := &entente.Article{Text: s}
		sents := text.Split(a)
		for _, r := range Extract(a, sents, mentions(a, sents)) {
			if !r.Span.Valid(len(s)) || r.A == "" || r.B == "" || r.A == r.B || r.Sign == 0 {
				t.Fatalf("bad relation %+v", r)
			}
		}
	})
}
