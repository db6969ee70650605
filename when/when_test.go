package when

import (
	"testing"
	"time"

	"entente"
	"entente/text"
)

var pub = time.Date(2018, 5, 15, 0, 0, 0, 0, time.UTC) // a Tuesday

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// article splits text into one paragraph of sentences.
func article(txt string) (*entente.Article, []entente.Sentence) {
	a := &entente.Article{ID: "t", Text: txt, Published: pub}
	return a, text.Split(a)
}

// find returns the sentence and token index of the first token with form f.
func find(t *testing.T, sents []entente.Sentence, f string) (int, int) {
	t.Helper()
	for si, s := range sents {
		for ti, tok := range s.Tokens {
			if tok.Form == f {
				return si, ti
			}
		}
	}
	t.Fatalf("no token %q", f)
	return 0, 0
}

func TestResolve(t *testing.T) {
	tests := []struct {
		name, text, verb string
		date             time.Time
		prec             entente.Precision
		phrase           string
		story, hist      bool
	}{
		{"month day past", "The ministers met on May 1 in the capital.", "met", day(2018, 5, 1), entente.PrecisionDay, "on May 1", false, false},
		{"month day after story date is last year", "The envoys signed the pact on June 3.", "signed", day(2017, 6, 3), entente.PrecisionDay, "on June 3", false, false},
		{"month day future", "The envoys will sign the pact on June 3.", "sign", day(2018, 6, 3), entente.PrecisionDay, "on June 3", false, false},
		{"month year", "The firms agreed a venture in July 2017 to drill.", "agreed", day(2017, 7, 1), entente.PrecisionMonth, "in July 2017", false, false},
		{"bare month year", "January 2018 saw the talks collapse.", "saw", day(2018, 1, 1), entente.PrecisionMonth, "January 2018", false, false},
		{"full date", "The treaty was signed on March 3, 2009 in Geneva.", "signed", day(2009, 3, 3), entente.PrecisionDay, "on March 3, 2009", false, true},
		{"day month year", "Troops crossed the river on 4 August 2014.", "crossed", day(2014, 8, 4), entente.PrecisionDay, "on 4 August 2014", false, true},
		{"year", "In 1979, the army invaded the neighbouring country.", "invaded", day(1979, 1, 1), entente.PrecisionYear, "In 1979", false, true},
		{"month alone", "The government cut aid in January.", "cut", day(2018, 1, 1), entente.PrecisionMonth, "in January", false, false},
		{"weekday past", "The minister resigned on Friday.", "resigned", day(2018, 5, 11), entente.PrecisionDay, "on Friday", false, false},
		{"weekday future", "The minister will resign on Friday.", "resign", day(2018, 5, 18), entente.PrecisionDay, "on Friday", false, false},
		{"weekday same day past", "Police arrested the suspects on Tuesday.", "arrested", day(2018, 5, 15), entente.PrecisionDay, "on Tuesday", false, false},
		{"last week", "Rebels attacked a convoy last week.", "attacked", day(2018, 5, 8), entente.PrecisionApproximate, "last week", false, false},
		{"last year", "The two states broke off ties last year.", "broke", day(2017, 1, 1), entente.PrecisionYear, "last year", false, false},
		{"ago", "The court jailed him three years ago.", "jailed", day(2015, 5, 15), entente.PrecisionYear, "three years ago", false, true},
		{"recent months", "In recent months, officials have travelled to the capital.", "travelled", day(2018, 2, 14), entente.PrecisionApproximate, "In recent months", false, false},
		{"since", "The militia has controlled the town since 2014.", "controlled", day(2014, 1, 1), entente.PrecisionYear, "since 2014", false, true},
		{"decade", "The rebels fought the army in the 1990s.", "fought", day(1990, 1, 1), entente.PrecisionDecade, "in the 1990s", false, true},
		{"era", "The two states armed rival factions during the Cold War.", "armed", day(1969, 1, 1), entente.PrecisionApproximate, "during the Cold War", false, true},
		{"end of era", "The country became a frontline state toward the end of the Cold War.", "became", day(1988, 4, 1), entente.PrecisionApproximate, "toward the end of the Cold War", false, true},
		{"later in another clause", "The king visited Paris in 2003 while the president returned the favour four years later.", "returned", day(2007, 1, 1), entente.PrecisionYear, "four years later", false, true},
		{"first clause keeps its date", "The king visited Paris in 2003 while the president returned the favour four years later.", "visited", day(2003, 1, 1), entente.PrecisionYear, "in 2003", false, true},
		{"following year", "The rebels seized the port in 2011. The following year, the navy retook it.", "retook", day(2012, 1, 1), entente.PrecisionYear, "The following year", false, true},
		{"end of that year", "The army took the city in 2016. At the end of that year, the allies held a summit.", "held", day(2016, 12, 1), entente.PrecisionMonth, "At the end of that year", false, true},
		{"century earlier", "The port fell in 1915. A century earlier, an empire had ruled it.", "ruled", day(1815, 1, 1), entente.PrecisionApproximate, "A century earlier", false, true},
		{"inherited in paragraph", "In 1998, the army staged a coup. The generals arrested the cabinet.", "arrested", day(1998, 1, 1), entente.PrecisionYear, "In 1998", false, true},
		{"inherited after a when clause", "The feud began in June 2017, when four states cut ties with the emirate. They accused its rulers of funding militants.", "accused", day(2017, 6, 1), entente.PrecisionMonth, "in June 2017", false, false},
		{"participle of an anchored clause", "The envoys left in February. The junta had expelled the ambassador two weeks earlier, accusing him of hostile remarks.", "accusing", day(2018, 1, 18), entente.PrecisionMonth, "two weeks earlier", false, false},
		{"present not inherited", "In 1998, the army staged a coup. The generals rule the country.", "rule", pub, entente.PrecisionDay, "", true, false},
		{"story date", "The rebels shelled the town.", "shelled", pub, entente.PrecisionDay, "", true, false},
		{"year not a count", "The rebels sent 2000 fighters to the front.", "sent", pub, entente.PrecisionDay, "", true, false},
		{"yesterday", "Protesters blocked the road yesterday.", "blocked", day(2018, 5, 14), entente.PrecisionDay, "yesterday", false, false},
		{"earlier this year", "The army withdrew earlier this year.", "withdrew", day(2018, 1, 1), entente.PrecisionApproximate, "earlier this year", false, false},
		{"present passive not inherited", "In 1998, the army staged a coup. The generals are worried by the unrest.", "worried", pub, entente.PrecisionDay, "", true, false},
		{"present perfect not inherited", "In 1971, the army intervened. The state has supported the rebels.", "supported", pub, entente.PrecisionDay, "", true, false},
		{"past perfect inherited", "In 1971, the army intervened. The state had armed the rebels.", "armed", day(1971, 1, 1), entente.PrecisionYear, "In 1971", false, true},
		{"relative clause keeps its own date", "Sylvania, which has had close ties with Latveria since 1991, hosted a summit last week.", "hosted", day(2018, 5, 8), entente.PrecisionApproximate, "last week", false, false},
		{"since era", "The two states have had close ties since the Cold War.", "had", day(1947, 1, 1), entente.PrecisionApproximate, "since the Cold War", false, true},
		{"era as modifier does not date", "The Cold War alliance frayed.", "frayed", pub, entente.PrecisionDay, "", true, false},
		{"the past year", "Trade has grown in the past year.", "grown", day(2017, 5, 15), entente.PrecisionApproximate, "in the past year", false, false},
		{"time of day", "The rebels attacked at 1630 GMT.", "attacked", pub, entente.PrecisionDay, "", true, false},
		{"close of a year", "At the close of 2009, the rivals met at a summit.", "met", day(2009, 12, 1), entente.PrecisionMonth, "At the close of 2009", false, true},
		{"ordinal century", "The empires clashed repeatedly in the nineteenth century.", "clashed", day(1850, 1, 1), entente.PrecisionApproximate, "in the nineteenth century", false, true},
		{"digit century", "Traders crossed the pass throughout the 18th century.", "crossed", day(1750, 1, 1), entente.PrecisionApproximate, "throughout the 18th century", false, true},
		{"early century", "Settlers arrived in the early 20th century.", "arrived", day(1900, 1, 1), entente.PrecisionApproximate, "in the early 20th century", false, true},
		{"may the modal", "Officials may meet the envoys.", "meet", pub, entente.PrecisionDay, "", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, sents := article(tt.text)
			si, vi := find(t, sents, tt.verb)
			w := Resolver{}.Resolve(a, sents, si, vi, nil)
			if !w.Date.Equal(tt.date) || w.Precision != tt.prec || w.Phrase != tt.phrase || w.FromStoryDate != tt.story || w.Historical != tt.hist {
				t.Errorf("got %s %s %q story=%v hist=%v; want %s %s %q story=%v hist=%v",
					w.Date.Format("2006-01-02"), w.Precision, w.Phrase, w.FromStoryDate, w.Historical,
					tt.date.Format("2006-01-02"), tt.prec, tt.phrase, tt.story, tt.hist)
			}
			if want := int(pub.Sub(w.Date).Hours() / 24); w.GapDays != want {
				t.Errorf("gap %d, want %d", w.GapDays, want)
			}
			if w.Span != nil && w.Span.Of(a.Text) != w.Phrase {
				t.Errorf("span %v covers %q, phrase %q", *w.Span, w.Span.Of(a.Text), w.Phrase)
			}
		})
	}
}

// TestInfinitiveTense checks that an infinitive or a gerund after a
// preposition takes the tense of the verb it hangs on, and so inherits the
// paragraph's date when that verb is past.
func TestInfinitiveTense(t *testing.T) {
	tests := []struct {
		text, verb string
		tags       map[string]string
		date       time.Time
	}{
		{"In 1980, the army invaded the valley. The agency worked with rebels to arm the villages.", "arm",
			map[string]string{"worked": "VBD", "arm": "VB"}, day(1980, 1, 1)},
		{"In 1980, the army invaded the valley. The agency helped the rebels by shipping rifles.", "shipping",
			map[string]string{"helped": "VBD", "shipping": "VBG"}, day(1980, 1, 1)},
		{"In 1980, the army invaded the valley. The agency wants to arm the villages.", "arm",
			map[string]string{"wants": "VBZ", "arm": "VB"}, pub},
		{"In 1980, the army invaded the valley. The agency invited the rebels to visit the capital.", "visit",
			map[string]string{"invited": "VBD", "visit": "VB"}, pub},
		{"In 1980, the army invaded the valley. The agency will work with rebels to arm the villages.", "arm",
			map[string]string{"will": "MD", "work": "VB", "arm": "VB"}, pub},
	}
	for _, tt := range tests {
		a, sents := article(tt.text)
		for si := range sents {
			for ti := range sents[si].Tokens {
				sents[si].Tokens[ti].XPOS = tt.tags[sents[si].Tokens[ti].Form]
			}
		}
		si, vi := find(t, sents, tt.verb)
		if w := (Resolver{}).Resolve(a, sents, si, vi, nil); !w.Date.Equal(tt.date) {
			t.Errorf("%q: %s dated %s (%q), want %s", tt.text, tt.verb, w.Date.Format("2006-01-02"), w.Phrase, tt.date.Format("2006-01-02"))
		}
	}
}

func TestAnchorOnPrevious(t *testing.T) {
	a, sents := article("Two years later, the rebels signed a truce.")
	si, vi := find(t, sents, "signed")
	prev := &entente.When{Date: day(2010, 3, 1), Precision: entente.PrecisionMonth}
	w := Resolver{}.Resolve(a, sents, si, vi, prev)
	if !w.Date.Equal(day(2012, 3, 1)) || w.Precision != entente.PrecisionYear {
		t.Errorf("got %v %s, want 2012-03-01 year", w.Date, w.Precision)
	}
}

func TestReturnedTheFavour(t *testing.T) {
	a, sents := article("The president returned the favour.")
	si, vi := find(t, sents, "returned")
	prev := &entente.When{Date: day(2007, 1, 1), Precision: entente.PrecisionYear}
	w := Resolver{}.Resolve(a, sents, si, vi, prev)
	if !w.Date.Equal(prev.Date) || w.Phrase != "returned the favour" || w.FromStoryDate {
		t.Errorf("got %+v, want the date of the event it answers", w)
	}
	if w := (Resolver{}).Resolve(a, sents, si, vi, nil); !w.FromStoryDate {
		t.Errorf("without an earlier event: got %+v, want the story date", w)
	}
}

func TestHistoricalThreshold(t *testing.T) {
	a, sents := article("The army withdrew in July 2017.")
	si, vi := find(t, sents, "withdrew")
	if w := (Resolver{}).Resolve(a, sents, si, vi, nil); w.Historical {
		t.Errorf("July 2017 ends within a year of publication: %+v", w)
	}
	if w := (Resolver{HistoricalDays: 30}).Resolve(a, sents, si, vi, nil); !w.Historical {
		t.Errorf("with a 30-day threshold July 2017 is history: %+v", w)
	}
}

func TestNoPublicationDate(t *testing.T) {
	a := &entente.Article{Text: "Rebels attacked a convoy last week. In 2009, troops left."}
	sents := text.Split(a)
	ix := Resolver{}.Index(a, sents)
	si, vi := find(t, sents, "attacked")
	if w := ix.Resolve(si, vi, nil); !w.FromStoryDate || !w.Date.IsZero() {
		t.Errorf("relative date without publication date: %+v", w)
	}
	si, vi = find(t, sents, "left")
	if w := ix.Resolve(si, vi, nil); !w.Date.Equal(day(2009, 1, 1)) {
		t.Errorf("absolute date without publication date: %+v", w)
	}
}

// TestAnchorFollowsReadingOrder checks that "that year" and "four years
// later" lean on the most recent date expression, not on the date of the
// last event, which an intervening sentence without an event may have left
// behind.
func TestAnchorFollowsReadingOrder(t *testing.T) {
	tests := []struct {
		text, verb string
		date       time.Time
		prec       entente.Precision
	}{
		{"The envoy flew to the capital in 2003. The real turn came in 2012, a year of elections. During that year, the council lifted the ban.", "lifted", day(2012, 1, 1), entente.PrecisionYear},
		{"The envoy flew to the capital in 2003. The real turn came in 2012, a year of elections. The following year, the council lifted the ban.", "lifted", day(2013, 1, 1), entente.PrecisionYear},
		{"The envoy flew to the capital in 2003. The real turn came in 2012, a year of elections. At the end of that year, the council lifted the ban.", "lifted", day(2012, 12, 1), entente.PrecisionMonth},
		{"The envoy flew to the capital in 2003. The real turn came in 2012, a year of elections. Four years later, the council lifted the ban.", "lifted", day(2016, 1, 1), entente.PrecisionYear},
		// An era naming a noun is no anchor.
		{"The talks began in 2005. The envoy was a Cold War veteran. That year, the council lifted the ban.", "lifted", day(2005, 1, 1), entente.PrecisionYear},
	}
	for _, tt := range tests {
		a, sents := article(tt.text)
		ix := Resolver{}.Index(a, sents)
		si, vi := find(t, sents, tt.verb)
		// The event before was dated by the first sentence.
		prev := &entente.When{Date: day(2003, 1, 1), Precision: entente.PrecisionYear}
		w := ix.Resolve(si, vi, prev)
		if !w.Date.Equal(tt.date) || w.Precision != tt.prec {
			t.Errorf("%q: got %s %s (%q), want %s %s", tt.text, w.Date.Format("2006-01-02"), w.Precision, w.Phrase, tt.date.Format("2006-01-02"), tt.prec)
		}
	}
}

// TestModifierClauseDate: the date of a participle clause that modifies a
// noun ("aid workers kidnapped two weeks ago") dates that clause, not the
// verb whose subject the noun is.
func TestModifierClauseDate(t *testing.T) {
	// Aid workers kidnapped two weeks ago were released .
	a, sents := parsedArticle(t, "Aid workers kidnapped two weeks ago were released.",
		[]int{1, 7, 1, 4, 5, 2, 7, -1, 7},
		[]string{"compound", "nsubj:pass", "acl", "nummod", "obl:unmarked", "advmod", "aux:pass", "root", "punct"},
		[]string{"NOUN", "NOUN", "VERB", "NUM", "NOUN", "ADV", "AUX", "VERB", "PUNCT"})
	if w := (Resolver{}).Resolve(a, sents, 0, 7, nil); !w.FromStoryDate {
		t.Errorf("released: got %s %q, want the story date", w.Date.Format("2006-01-02"), w.Phrase)
	}
	if w := (Resolver{}).Resolve(a, sents, 0, 2, nil); w.Phrase != "two weeks ago" {
		t.Errorf("kidnapped: got %q, want two weeks ago", w.Phrase)
	}
}

// TestOpenPeriodOfNoun: "since 2014" in a clause of the object ("a
// missionary detained since 2014") tells how long the missionary's state
// lasted, not when he was freed; the clause's own verb keeps it.
func TestOpenPeriodOfNoun(t *testing.T) {
	// Pyongyang freed a missionary detained since 2014 .
	a, sents := parsedArticle(t, "Pyongyang freed a missionary detained since 2014.",
		[]int{1, -1, 3, 1, 3, 6, 4, 1},
		[]string{"nsubj", "root", "det", "obj", "acl", "case", "obl", "punct"},
		[]string{"PROPN", "VERB", "DET", "NOUN", "VERB", "ADP", "NUM", "PUNCT"})
	if w := (Resolver{}).Resolve(a, sents, 0, 1, nil); !w.FromStoryDate {
		t.Errorf("freed: got %s %q, want the story date", w.Date.Format("2006-01-02"), w.Phrase)
	}
	if w := (Resolver{}).Resolve(a, sents, 0, 4, nil); w.Phrase != "since 2014" {
		t.Errorf("detained: got %q, want since 2014", w.Phrase)
	}
}

// parsedArticle is article with the one sentence's tokens given a parse:
// each token's head (0-based, -1 for the root), relation and UPOS tag.
func parsedArticle(t *testing.T, text string, heads []int, rels, upos []string) (*entente.Article, []entente.Sentence) {
	t.Helper()
	a, sents := article(text)
	toks := sents[0].Tokens
	if len(toks) != len(heads) {
		t.Fatalf("%d tokens", len(toks))
	}
	for i := range toks {
		toks[i].Head, toks[i].Rel, toks[i].UPOS = heads[i], rels[i], upos[i]
	}
	return a, sents
}

// TestInheritedFromMainClause: a later sentence inherits the date of an
// earlier one's main clause, or of the clause a verb of saying there
// reports, but not one of a noun's clause ("a truce proposed last month")
// nor one that points ahead ("later this week").
func TestInheritedFromMainClause(t *testing.T) {
	for _, tc := range []struct {
		text   string
		heads  []int
		rels   []string
		verb   string
		phrase string // "" for the story date
	}{
		{"The rebels said they had accepted a truce proposed last month. The mediators called for new talks.",
			[]int{1, 2, -1, 5, 5, 2, 7, 5, 7, 10, 8, 2},
			[]string{"det", "nsubj", "root", "nsubj", "aux", "ccomp", "det", "obj", "acl", "amod", "obl:unmarked", "punct"},
			"called", ""},
		{"Police said gunmen killed five people on Monday. The gunmen fled.",
			[]int{1, -1, 3, 1, 5, 3, 7, 3, 1},
			[]string{"nsubj", "root", "nsubj", "ccomp", "nummod", "obj", "case", "obl", "punct"},
			"fled", "on Monday"},
		{"Israel continued to bomb Gaza on Monday. Hamas fired rockets at Israel.",
			[]int{1, -1, 3, 1, 3, 6, 3, 1},
			[]string{"nsubj", "root", "mark", "xcomp", "obj", "case", "obl", "punct"},
			"fired", "on Monday"},
		{"Belarus said it would hold drills later this week. The alliance watched the border.",
			[]int{1, -1, 4, 4, 1, 4, 8, 8, 4, 1},
			[]string{"nsubj", "root", "nsubj", "aux", "ccomp", "obj", "advmod", "det", "obl:unmarked", "punct"},
			"watched", ""},
	} {
		a, sents := article(tc.text)
		toks := sents[0].Tokens
		if len(toks) != len(tc.heads) {
			t.Fatalf("%q: %d tokens", tc.text, len(toks))
		}
		for i := range toks {
			toks[i].Head, toks[i].Rel = tc.heads[i], tc.rels[i]
		}
		si, vi := find(t, sents, tc.verb)
		w := Resolver{}.Resolve(a, sents, si, vi, nil)
		if w.Phrase != tc.phrase || (tc.phrase == "") != w.FromStoryDate {
			t.Errorf("%q, %s: got %s %q (story date %v), want %q", tc.text, tc.verb, w.Date.Format("2006-01-02"), w.Phrase, w.FromStoryDate, tc.phrase)
		}
	}
}
