package relation

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"entente"
	"entente/parse"
	"entente/text"
)

// actors maps the surface forms used in the tests to actor codes; the tests
// build the mentions by hand, as the actor package would.
var actors = map[string]string{
	"Ruritania": "RUR", "Freedonia": "FRE", "Sylvania": "SYL", "Latveria": "LAT",
	"Elbonia": "ELB", "the Republic": "RUR", "Zenda": "RURGOV", "Osterlich": "OST",
	"Ruritanian": "RUR",
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

var pub = time.Date(2018, 5, 15, 0, 0, 0, 0, time.UTC)

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
		{"Sylvania, which has shared deep historical links with Elbonia since the Cold War, objected.", []rel{{"SYL", "ELB", 1, "deep historical links", false}}},
		{"Latveria sells tanks to Sylvania, and Freedonia has no wish to see its archenemy armed.", []rel{{"SYL", "FRE", -1, "its archenemy", false}}},
		{"Elbonia and Osterlich are rivals.", []rel{{"ELB", "OST", -1, "rivals", false}}},
		{"The summit brought together rivals Elbonia and Osterlich.", []rel{{"ELB", "OST", -1, "rivals", false}}},
		{"Sylvania is a strategic partner of Ruritania.", []rel{{"SYL", "RUR", 1, "a strategic partner", false}}},
		{"Ruritania turned to its one-time ally Osterlich for help.", []rel{{"OST", "RUR", 1, "its one-time ally", true}}},
		{"The talks were hosted by Sylvania, Elbonia's main backer.", []rel{{"SYL", "ELB", 1, "Elbonia's main backer", false}}},
		{"Relations between Elbonia and Osterlich remain deeply strained.", []rel{{"ELB", "OST", -1, "Relations between Elbonia and Osterlich remain deeply strained", false}}},
		{"Ruritania regards Sylvania as a rival in the region.", []rel{{"SYL", "RUR", -1, "a rival", false}}},
		{"Throughout the Cold War, Ruritania and Sylvania were bitter adversaries, yet trade has now brought them closer.", []rel{{"RUR", "SYL", -1, "bitter adversaries", true}}},
		{"Elbonia and Osterlich were fierce enemies during the Cold War, when Freedonia was Elbonia's ally.", []rel{{"ELB", "OST", -1, "fierce enemies", true}, {"FRE", "ELB", 1, "Elbonia's ally", true}}},
		{"Freedonia used to be Ruritania's closest partner.", []rel{{"FRE", "RUR", 1, "Ruritania's closest partner", true}}},
		{"Freedonia was once Ruritania's ally.", []rel{{"FRE", "RUR", 1, "Ruritania's ally", true}}},
		{"Freedonia has long been Ruritania's ally.", []rel{{"FRE", "RUR", 1, "Ruritania's ally", false}}},
		{"Relations between Elbonia and Osterlich are now at their worst in decades.", []rel{{"ELB", "OST", -1, "Relations between Elbonia and Osterlich are now at their worst", false}}},
		{"\"Elbonia remains our close friend,\" Zenda said.", []rel{{"ELB", "RURGOV", 1, "our close friend", false}}},
		{"Osterlich vowed to defend its Ruritanian ally.", []rel{{"RUR", "OST", 1, "its Ruritanian ally", false}}},
		{"Ruritania and Sylvania have begun to build a defence partnership.", []rel{{"RUR", "SYL", 1, "a defence partnership", false}}},
		{"Today Ruritania leads the bloc, while its rivalry with Sylvania shapes the region.", []rel{{"SYL", "RUR", -1, "its rivalry", false}}},
		// Events and non-relations.
		{"Ruritania wants to forge a strategic partnership with Freedonia.", nil},
		{"Ruritania signed a deal with Freedonia.", nil},
		{"Ruritania has ties with Freedonia.", nil},
		{"Ruritania's army and its allies marched.", nil},
		{"The budding Ruritania - Sylvania relationship has been years in the making.", nil},
		// the speaker is not one of the friends the speech is about
		{"Ruritania's envoy said Sylvania had chosen to protect its friends rather than the people.", nil},
	}
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

// TestPeriod checks the period a relation is said to hold in: its own date
// for a relation in the past or within an era, the story date for one that
// holds now, including one that has held "since" a time.
func TestPeriod(t *testing.T) {
	tests := []struct {
		text   string
		date   time.Time // zero: undated
		phrase string
		hist   bool
	}{
		{"Freedonia is a strategic partner of Ruritania.", pub, "", false},
		{"Freedonia, Ruritania's strongest ally, objected.", pub, "", false},
		{"Elbonia and Osterlich are rivals.", pub, "", false},
		{"Freedonia has had deep links with Ruritania since the Cold War.", pub, "since the Cold War", false},
		{"Elbonia and Osterlich, close allies for decades, have coordinated their policy since 2015.", pub, "since 2015", false},
		{"Elbonia and Osterlich were bitter adversaries throughout the Cold War.", time.Date(1969, 1, 1, 0, 0, 0, 0, time.UTC), "throughout the Cold War", true},
		{"In the 1980s, Elbonia and Osterlich were close allies.", time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC), "In the 1980s", true},
		{"Elbonia and Osterlich were enemies for much of the twentieth century.", time.Date(1950, 1, 1, 0, 0, 0, 0, time.UTC), "the twentieth century", true},
		{"Elbonia and Osterlich were rivals.", time.Time{}, "were", true},
		{"Freedonia turned to its former ally Ruritania.", time.Time{}, "former", true},
		{"Elbonia and Osterlich were bitter rivals, but now they trade.", time.Time{}, "were", true},
	}
	for _, tt := range tests {
		a := &entente.Article{ID: "x", Text: tt.text, Published: pub}
		sents := text.Split(a)
		rs := Extract(a, sents, mentions(a, sents))
		if len(rs) != 1 {
			t.Errorf("%q: got %d relations %+v, want 1", tt.text, len(rs), rs)
			continue
		}
		w := rs[0].When
		if !w.Date.Equal(tt.date) || w.Phrase != tt.phrase || w.Historical != tt.hist {
			t.Errorf("%q: got %s %q hist=%v; want %s %q hist=%v", tt.text, w.Date.Format("2006-01-02"), w.Phrase, w.Historical,
				tt.date.Format("2006-01-02"), tt.phrase, tt.hist)
		}
	}
}

// TestPronounNotItsOwnReferent checks that a possessive pronoun resolved to
// the referent itself ("X, its ally") gives way to the nearest other actor.
func TestPronounNotItsOwnReferent(t *testing.T) {
	a := &entente.Article{Text: "Ties between Elbonia and Ruritania, its ally in the Cold War, keep fraying.", Published: pub}
	sents := text.Split(a)
	ms := mentions(a, sents)
	for i, tok := range sents[0].Tokens {
		if tok.Form == "its" {
			ms = append(ms, entente.Mention{Sentence: 0, Tokens: [2]int{i, i + 1}, Span: tok.Span, Code: "RUR", Kind: entente.MentionCoref})
		}
	}
	rs := Extract(a, sents, ms)
	if len(rs) != 1 || rs[0].A != "RUR" || rs[0].B != "ELB" || rs[0].Sign != 1 || !rs[0].When.Historical {
		t.Errorf("got %+v, want RUR-ELB +1 historical", rs)
	}
}

// TestOnePhraseTwoActors checks a plural relation whose subject is one
// phrase the actor stage read as two actors ("the two countries").
func TestOnePhraseTwoActors(t *testing.T) {
	a := &entente.Article{Text: "The two countries were bitter enemies for much of the twentieth century.", Published: pub}
	sents := text.Split(a)
	sp := entente.Span{Start: sents[0].Tokens[0].Span.Start, End: sents[0].Tokens[2].Span.End}
	ms := []entente.Mention{
		{Sentence: 0, Tokens: [2]int{0, 3}, Span: sp, Code: "ELB", Kind: entente.MentionCoref},
		{Sentence: 0, Tokens: [2]int{0, 3}, Span: sp, Code: "OST", Kind: entente.MentionCoref},
	}
	rs := Extract(a, sents, ms)
	if len(rs) != 1 || rs[0].Sign != -1 || rs[0].When.Date.Year() != 1950 || !rs[0].When.Historical {
		t.Errorf("got %+v, want ELB-OST -1 in the twentieth century", rs)
	}
}

func FuzzExtract(f *testing.F) {
	f.Add("Freedonia, Ruritania's strongest ally, and its archenemy Sylvania are rivals.")
	f.Add("'s its ally , of with between and rivals – -")
	f.Add("\"Elbonia remains our ally,\" said Zenda; Ruritania regards Sylvania as a rival, since the twentieth century, when they were foes.")
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

// TestPeriodParsed checks that an era right before a relation noun dates
// the relation also when the sentence is parsed and the parse puts the noun
// in another clause than the era: here "ally" is read as an adverb of the
// main verb, as the parser has read it in news text.
func TestPeriodParsed(t *testing.T) {
	m, err := parse.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		"Talks come at a time when Freedonia's relationship with Ruritania – a Cold War ally, no less – is slowly souring due to trade.",
		"Freedonia's ties with Ruritania – a Cold War ally – are steadily deteriorating.",
		"Freedonia, a Cold War ally of Ruritania, now trades with Elbonia.",
	} {
		for _, misparse := range []bool{false, true} {
			a := &entente.Article{ID: "x", Text: s, Published: pub}
			sents := text.Split(a)
			for i := range sents {
				toks := sents[i].Tokens
				m.Parse(toks)
				if !misparse {
					continue
				}
				// the verb of the clause the noun stands in
				verb := -1
				for j, tk := range toks {
					if tk.Form == "souring" || tk.Form == "deteriorating" || tk.Form == "trades" {
						verb = j
					}
				}
				for j := range toks {
					if toks[j].Form == "ally" && j > 0 && toks[j-1].Form == "War" {
						toks[j].UPOS, toks[j].Head, toks[j].Rel = "ADV", verb, "advmod"
						toks[j-1].Head, toks[j-1].Rel = 2, "appos"
					}
				}
			}
			rs := Extract(a, sents, mentions(a, sents))
			if len(rs) != 1 {
				t.Errorf("%q (misparse %v): got %d relations %+v, want 1", s, misparse, len(rs), rs)
				continue
			}
			if w := rs[0].When; w.Phrase != "Cold War" || !w.Historical || w.Date.Year() < 1947 || w.Date.Year() > 1991 {
				t.Errorf("%q (misparse %v): got %s %q hist=%v, want the Cold War", s, misparse, w.Date.Format("2006-01-02"), w.Phrase, w.Historical)
			}
		}
	}
}

// TestAdjective checks relations stated by an adjective with "to": "X has
// grown close to Y".
func TestAdjective(t *testing.T) {
	for _, tt := range []struct {
		text string
		want string // "A B sign", "" for none
	}{
		{"Freedonia has grown close to Ruritania.", "FRE RUR 1"},
		{"Freedonia is increasingly hostile to Ruritania.", "FRE RUR -1"},
		{"Elbonia has moved closer to Osterlich since 2015.", "ELB OST 1"},
		{"Freedonia sent a close adviser to Ruritania.", ""},
		{"Freedonia lies close to Ruritania's border.", ""},
	} {
		a := &entente.Article{ID: "x", Text: tt.text, Published: pub}
		sents := text.Split(a)
		var got []string
		for _, r := range Extract(a, sents, mentions(a, sents)) {
			got = append(got, fmt.Sprintf("%s %s %d", r.A, r.B, r.Sign))
		}
		if g := strings.Join(got, "; "); g != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, g, tt.want)
		}
	}
}

// TestChange checks relations stated by a change right after a neutral
// relation noun ("ties collapsed"), dated by the clause.
func TestChange(t *testing.T) {
	for _, tt := range []struct {
		text string
		want string // "A B sign", "" for none
	}{
		{"Freedonia and Ruritania traded for years, but ties collapsed in 2020.", "RUR FRE -1 2020"},
		{"Relations between Elbonia and Osterlich have warmed since 2015.", "ELB OST 1 2018"},
		{"Elbonia and Osterlich are neighbours, and relations have soured.", "OST ELB -1 2018"},
		{"Ties to the region collapsed.", ""},
	} {
		a := &entente.Article{ID: "x", Text: tt.text, Published: pub}
		sents := text.Split(a)
		var got []string
		for _, r := range Extract(a, sents, mentions(a, sents)) {
			got = append(got, fmt.Sprintf("%s %s %d %d", r.A, r.B, r.Sign, r.When.Date.Year()))
		}
		if g := strings.Join(got, "; "); g != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, g, tt.want)
		}
	}
}
