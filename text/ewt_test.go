package text

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"entente"
	"entente/internal/sharedtest"
)

// goldSentence is one sentence of a CoNLL-U file: its raw text and the spans
// of its words (multiword tokens expanded) in that text.
type goldSentence struct {
	id    string
	text  string
	words []entente.Span
	forms []string
}

// readGold reads the sentences of a gzipped CoNLL-U file and places every
// word in the sentence's text by aligning the word forms to it. Words that
// cannot be placed get the span {-1, -1}, which matches no token.
func readGold(tb testing.TB, path string) []goldSentence {
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
	var (
		out   []goldSentence
		cur   goldSentence
		forms []string
		mwt   = map[int][2]int{} // first word -> last word, index into mwForms
		mwF   = map[int]string{}
	)
	flush := func() {
		if cur.text != "" || len(forms) > 0 {
			cur.forms = forms
			cur.words = align(cur.text, forms, mwt, mwF)
			out = append(out, cur)
		}
		cur, forms = goldSentence{}, nil
		mwt, mwF = map[int][2]int{}, map[int]string{}
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		l := sc.Text()
		switch {
		case l == "":
			flush()
		case strings.HasPrefix(l, "# text = "):
			cur.text = l[len("# text = "):]
		case strings.HasPrefix(l, "# sent_id = "):
			cur.id = l[len("# sent_id = "):]
		case strings.HasPrefix(l, "#"):
		default:
			cols := strings.Split(l, "\t")
			if len(cols) != 10 {
				tb.Logf("%s:%d: %d columns, skipped", path, line, len(cols))
				continue
			}
			id := cols[0]
			if a, b, ok := strings.Cut(id, "-"); ok {
				x, err1 := strconv.Atoi(a)
				y, err2 := strconv.Atoi(b)
				if err1 == nil && err2 == nil {
					mwt[x] = [2]int{x, y}
					mwF[x] = cols[1]
				}
				continue
			}
			if strings.Contains(id, ".") {
				continue
			}
			forms = append(forms, cols[1])
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	flush()
	return out
}

// align places words (1-based ids are index+1) in text.
func align(text string, forms []string, mwt map[int][2]int, mwF map[int]string) []entente.Span {
	spans := make([]entente.Span, len(forms))
	for i := range spans {
		spans[i] = entente.Span{Start: -1, End: -1}
	}
	pos := 0
	skip := func() {
		for pos < len(text) {
			if sp, n := spaceAt(text, pos); sp {
				pos += n
			} else {
				break
			}
		}
	}
	for i := 0; i < len(forms); {
		skip()
		if r, ok := mwt[i+1]; ok {
			surf := mwF[i+1]
			n := r[1] - r[0] + 1
			if !strings.HasPrefix(text[pos:], surf) {
				i += n
				continue
			}
			// Place the words inside the surface token when they spell it.
			p, ok := pos, true
			for j := 0; j < n && i+j < len(forms); j++ {
				if !strings.HasPrefix(text[p:pos+len(surf)], forms[i+j]) {
					ok = false
					break
				}
				spans[i+j] = entente.Span{Start: p, End: p + len(forms[i+j])}
				p += len(forms[i+j])
			}
			if !ok || p != pos+len(surf) {
				for j := 0; j < n && i+j < len(forms); j++ {
					spans[i+j] = entente.Span{Start: -1, End: -1}
				}
			}
			pos += len(surf)
			i += n
			continue
		}
		if strings.HasPrefix(text[pos:], forms[i]) {
			spans[i] = entente.Span{Start: pos, End: pos + len(forms[i])}
			pos += len(forms[i])
		}
		i++
	}
	return spans
}

// tokenF1 tokenizes the raw text of every sentence as Split does at run time
// and scores the tokens' spans against the gold words' spans.
func tokenF1(gold []goldSentence) (p, r, f1 float64, errs []string) {
	var tp, np, ng int
	for _, g := range gold {
		var toks []entente.Token
		for _, s := range Split(&entente.Article{Text: g.text}) {
			toks = append(toks, s.Tokens...)
		}
		want := make(map[entente.Span]bool, len(g.words))
		for _, w := range g.words {
			want[w] = true
		}
		ng += len(g.words)
		np += len(toks)
		bad := false
		for _, t := range toks {
			if want[t.Span] {
				tp++
			} else {
				bad = true
			}
		}
		if bad || len(toks) != len(g.words) {
			var got []string
			for _, t := range toks {
				got = append(got, t.Span.Of(g.text))
			}
			errs = append(errs, fmt.Sprintf("%s\n  gold: %s\n  ours: %s", g.id, strings.Join(g.forms, " "), strings.Join(got, " ")))
		}
	}
	p = float64(tp) / float64(np)
	r = float64(tp) / float64(ng)
	return p, r, 2 * p * r / (p + r), errs
}

// TestEWTTokens checks that what the parser sees at run time looks like what
// it was trained on: the raw text of the EWT dev sentences, tokenized, must
// match the gold words with a token-level F1 of at least 98.5%.
func TestEWTTokens(t *testing.T) {
	const minF1 = 0.985
	for _, split := range []string{"dev", "test"} {
		path := sharedtest.Path(t, "treebank/en_ewt-ud-"+split+".conllu.gz")
		gold := readGold(t, path)
		if len(gold) == 0 {
			t.Fatalf("%s: no sentences", path)
		}
		p, r, f1, errs := tokenF1(gold)
		t.Logf("EWT %s: %d sentences, token precision %.4f recall %.4f F1 %.4f, %d sentences differ",
			split, len(gold), p, r, f1, len(errs))
		if os.Getenv("EWT_ERRORS") != "" {
			for _, e := range errs {
				t.Log(e)
			}
		}
		if split == "dev" && f1 < minF1 {
			t.Errorf("EWT dev token F1 = %.4f, want >= %.3f", f1, minF1)
		}
	}
}
