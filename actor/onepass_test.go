package actor

import (
	"reflect"
	"testing"
	"time"

	"entente"
	"entente/internal/sharedtest"
	"entente/text"
)

// onePassTexts are articles of our own that exercise what the one-pass
// matching shares between its steps: a discarded sentence and a story
// discard, "ex-" and "then-" written as one token (the keys change), a
// token joined by an underscore (the tokens change), a person named by
// surname alone, and references.
var onePassTexts = []string{
	"The bronze medal went to a Kenyan runner. In 1998 Indian troops crossed the border. " +
		"Pakistan's foreign minister said the country would respond.",
	"Manchester United signed a striker. Russian troops crossed the border.",
	"The ex-President of Pakistan met then-Prime Minister Nawaz Sharif in Lahore. He said they agreed.",
	"Envoys of Dol_Amroth and Iran met in Geneva on Monday. Both sides said the talks went well.",
	"President Bill Clinton visited Hanoi. Clinton said the United States would lift the embargo.",
}

// TestMatchUndiscardedAgrees checks that MatchUndiscarded gives what Match
// and Undiscarded give apart, on articles of our own and, when the shared
// corpus is there, on Reuters newswires.
func TestMatchUndiscardedAgrees(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	date := time.Date(1998, 6, 1, 0, 0, 0, 0, time.UTC)
	var arts []*entente.Article
	for _, s := range onePassTexts {
		arts = append(arts, &entente.Article{ID: "own", Text: s})
	}
	check := func(arts []*entente.Article) (mentions, dropped int) {
		for _, a := range arts {
			sents := text.Split(a)
			for _, keep := range []bool{true, false} {
				gotM, gotS := m.MatchUndiscarded(a, sents, date, keep)
				wantM, wantS := m.Match(a, sents, date), m.Undiscarded(a, sents, keep)
				if !reflect.DeepEqual(gotM, wantM) {
					t.Fatalf("article %s: mentions differ\none pass: %+v\napart:    %+v", a.ID, gotM, wantM)
				}
				if !reflect.DeepEqual(indexes(gotS), indexes(wantS)) {
					t.Fatalf("article %s (keep chronology %v): kept %v, apart %v", a.ID, keep, indexes(gotS), indexes(wantS))
				}
				if keep {
					mentions += len(gotM)
					dropped += len(sents) - len(gotS)
				}
			}
		}
		return mentions, dropped
	}
	if ms, dropped := check(arts); ms == 0 || dropped == 0 {
		t.Fatalf("own articles: %d mentions, %d sentences dropped: the cases test nothing", ms, dropped)
	}
	if testing.Short() {
		return
	}
	ms, dropped := check(sharedtest.Reuters(t, 300))
	t.Logf("Reuters: %d mentions, %d sentences dropped, the same either way", ms, dropped)
}

// TestSentenceRootsAgree checks that matching a sentence with its words'
// root edges looked up once for the three tries (rootsOf) finds what the
// tries' own lookups find.
func TestSentenceRootsAgree(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var arts []*entente.Article
	for _, s := range onePassTexts {
		arts = append(arts, &entente.Article{ID: "own", Text: s})
	}
	if !testing.Short() {
		arts = append(arts, sharedtest.Reuters(t, 300)...)
	}
	d := dateKey(time.Date(1998, 6, 1, 0, 0, 0, 0, time.UTC))
	found, hits := 0, 0
	for _, a := range arts {
		for si, s := range text.Split(a) {
			toks := tokensOf(a, &s)
			keys := appendKeys(nil, toks)
			roots := m.rootsOf(nil, keys)
			for k, r := range roots {
				for ti, tr := range [...]*trie{rootActor: m.actorTrie, rootAgent: m.agentTrie, rootDiscard: m.discardTrie} {
					if own, _ := tr.edge(0, keys[k]); own != r[ti] {
						t.Fatalf("article %s: %q: root edge %d of trie %d, the trie says %d", a.ID, keys[k], r[ti], ti, own)
					}
				}
			}
			want := m.sentence(a, &s, d, nil, nil)
			got := m.sentence(a, &s, d, keys, roots)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("article %s sentence %d: with roots %+v\nwithout %+v", a.ID, si, got, want)
			}
			found += len(got)
			hits += len(m.discardsIn(nil, keys, roots, toks, s.Index))
			if w := m.discardsIn(nil, keys, nil, toks, s.Index); !reflect.DeepEqual(m.discardsIn(nil, keys, roots, toks, s.Index), w) {
				t.Fatalf("article %s sentence %d: discards differ with roots", a.ID, si)
			}
		}
	}
	if found == 0 || hits == 0 {
		t.Fatalf("%d mentions, %d discard hits: the sample tests nothing", found, hits)
	}
}

// TestWordFilters checks that the filters in front of the report verbs, the
// stems that start a phrase and the surnames let every one of them through.
func TestWordFilters(t *testing.T) {
	for v := range reportVerbs {
		if !isReportVerb(v) {
			t.Errorf("report verb %q: the filter rules it out", v)
		}
	}
	for _, w := range []string{"Said", "say", "", "announce", "s"} {
		if isReportVerb(w) != reportVerbs[w] {
			t.Errorf("isReportVerb(%q) = %v, the map says %v", w, isReportVerb(w), reportVerbs[w])
		}
	}
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for ti, tr := range [...]*trie{rootActor: m.actorTrie, rootAgent: m.agentTrie, rootDiscard: m.discardTrie} {
		for k := range tr.rootStems {
			if b := stemBit(k); tr.stemBits[b>>6]&(1<<(b&63)) == 0 {
				t.Fatalf("trie %d: stem beginning %q: the filter rules it out", ti, k)
			}
		}
	}
	m.surnameOnce.Do(m.indexSurnames)
	if len(m.surnames) == 0 {
		t.Fatal("no surnames indexed")
	}
	for k := range m.surnames {
		if b := rootBit(k); m.surnameBits[b>>6]&(1<<(b&63)) == 0 {
			t.Fatalf("surname %q: the filter rules it out", k)
		}
	}
}
