package relation_test

import (
	"strings"
	"testing"

	"entente"
	"entente/internal/clause"
	"entente/internal/sharedtest"
	"entente/modality"
	"entente/place"
	"entente/quantity"
	"entente/relation"
	"entente/text"
	"entente/when"
)

// corpus reads the first n Reuters stories of the shared corpus, split.
func corpus(b *testing.B, n int) ([]*entente.Article, [][]entente.Sentence) {
	arts := sharedtest.Reuters(b, n)
	sents := make([][]entente.Sentence, len(arts))
	for i, a := range arts {
		sents[i] = text.Split(a)
	}
	return arts, sents
}

// verbOf stands in for the coder: the first token that looks like a verb.
func verbOf(s *entente.Sentence) int {
	for i, t := range s.Tokens {
		if strings.HasSuffix(t.Form, "ed") || t.Form == "said" || t.Form == "will" {
			return i
		}
	}
	return len(s.Tokens) / 2
}

// BenchmarkContext measures the whole context step the coder runs for each
// event (date, modality, quantities, place) plus, once per article, the
// date index and the standing relations, with one event per sentence, on
// Reuters stories. The date index and the place names are found once per
// article, as the coder is meant to use them. The metric sentences/s is what the coder's budget is
// stated in; cpu-ns/sentence counts the process's CPU time (GC included),
// which a machine shared with other work does not inflate.
func BenchmarkContext(b *testing.B) {
	arts, sents := corpus(b, 300)
	gaz := place.Default()
	nsent := 0
	for _, ss := range sents {
		nsent += len(ss)
	}
	cpu0 := cpuTime()
	for b.Loop() {
		for k, a := range arts {
			ss := sents[k]
			ix := when.Resolver{}.Index(a, ss)
			loc := gaz.Article(a, ss, nil)
			var prev *entente.When
			for si := range ss {
				s := &ss[si]
				if len(s.Tokens) == 0 {
					continue
				}
				v := verbOf(s)
				w := ix.Resolve(si, v, prev)
				prev = &w
				words := clause.Words(s.Tokens)
				_ = modality.OfWords(s, words, v)
				_ = quantity.ForEvent(s, v, quantity.Find(s, a.Text))
				_ = loc.Locate(si, v, "USA")
			}
			_ = relation.ExtractWith(ix, a, ss, nil)
		}
	}
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(nsent*b.N), "cpu-ns/sentence")
	}
	b.ReportMetric(float64(nsent*b.N)/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(nsent*b.N), "ns/sentence")
}
