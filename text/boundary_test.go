package text

import (
	"bufio"
	"compress/gzip"
	"os"
	"strings"
	"testing"

	"entente"
	"entente/internal/sharedtest"
)

// goldParagraphs reads the paragraphs of a gzipped CoNLL-U file as lists of
// sentence texts (a "# newpar" or "# newdoc" comment starts a paragraph).
func goldParagraphs(tb testing.TB, path string) [][]string {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	var paras [][]string
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		l := sc.Text()
		switch {
		case strings.HasPrefix(l, "# newdoc"), strings.HasPrefix(l, "# newpar"):
			paras = append(paras, nil)
		case strings.HasPrefix(l, "# text = "):
			if len(paras) == 0 {
				paras = append(paras, nil)
			}
			paras[len(paras)-1] = append(paras[len(paras)-1], l[len("# text = "):])
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	return paras
}

// TestEWTSentences joins the sentences of each EWT dev paragraph with a space
// and scores the sentence ends that Split finds against the gold ones. Web
// text (chat, e-mail, headers without punctuation) is harder than news, so
// the bar is lower than for news; the score is logged.
func TestEWTSentences(t *testing.T) {
	const minF1 = 0.80
	path := sharedtest.Path(t, "treebank/en_ewt-ud-dev.conllu.gz")
	var tp, np, ng int
	for _, p := range goldParagraphs(t, path) {
		if len(p) == 0 {
			continue
		}
		text := strings.Join(p, " ")
		gold := map[int]bool{}
		end := 0
		for _, s := range p[:len(p)-1] {
			end += len(s)
			gold[end] = true
			end++
		}
		ng += len(gold)
		a := entente.Article{Text: text}
		ss := Split(&a)
		for _, s := range ss[:len(ss)-1] {
			np++
			if gold[s.Span.End] {
				tp++
			}
		}
	}
	p, r := float64(tp)/float64(np), float64(tp)/float64(ng)
	f1 := 2 * p * r / (p + r)
	t.Logf("EWT dev sentence ends inside paragraphs: %d gold, %d found, precision %.3f recall %.3f F1 %.3f", ng, np, p, r, f1)
	if f1 < minF1 {
		t.Errorf("sentence-end F1 %.3f, want >= %.2f", f1, minF1)
	}
}
