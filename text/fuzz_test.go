package text

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"entente"
)

// fuzzSeeds are inputs that exercise the corners of the scanner.
var fuzzSeeds = []string{
	"",
	" ",
	"\xff\xfe bad \xc3 bytes\x80.",
	"can't won't y'all 'tis rock'n'roll ’s n’t ’",
	"U.S.. Inc.. ... .5 +1 212-848-8400 1-2-3-4-5-6 a-b-c-d",
	"http:// www. x@y ...@ franz...@gmail.com :) :-). #tag #1",
	"Mr.\n\nMrs.\n    Gen.\n- item\n1. one\n2) two\n",
	"\u00a0\u2003\u200b\ufeff word\u2028next",
	"e\u0301 cafe\u0301 Zu\u0308rich",
	"“quoted” ‘single’ – — …",
	strings.Repeat("a's", 50),
	strings.Repeat(")", 30) + ". A",
}

// FuzzTokenize checks the tokenizer's invariants on arbitrary input: spans
// in bounds and increasing, forms equal to the text up to normalisation, no
// non-space text lost, and offsets shifted by base.
func FuzzTokenize(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, 0)
	}
	f.Add("He didn't go.", 100)
	f.Fuzz(func(t *testing.T, s string, base int) {
		if base < 0 || base > 1<<30 {
			base = 0
		}
		toks := Tokenize(s, 0)
		checkTokens(t, s, toks)
		shifted := Tokenize(s, base)
		if len(shifted) != len(toks) {
			t.Fatalf("base %d: %d tokens, want %d", base, len(shifted), len(toks))
		}
		for i := range toks {
			if shifted[i].Span.Start != toks[i].Span.Start+base || shifted[i].Span.End != toks[i].Span.End+base {
				t.Fatalf("base %d: token %d at %v, want %v shifted", base, i, shifted[i].Span, toks[i].Span)
			}
		}
	})
}

// FuzzSplit checks the splitter's invariants on arbitrary input: sentences in
// order and non-overlapping, each covering exactly its tokens, and their
// tokens together a valid tokenization of the text.
func FuzzSplit(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	if files, err := filepath.Glob("testdata/*.txt"); err == nil {
		for _, p := range files {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(string(b))
			}
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		a := entente.Article{Text: s}
		ss := Split(&a)
		checkInvariants(t, s, ss)
		spans := SplitSentences(s)
		if len(spans) != len(ss) {
			t.Fatalf("SplitSentences: %d spans, Split: %d sentences", len(spans), len(ss))
		}
		for i := range ss {
			if spans[i] != ss[i].Span {
				t.Fatalf("sentence %d: SplitSentences %v, Split %v", i, spans[i], ss[i].Span)
			}
		}
	})
}

// TestParagraphs checks that explicit paragraphs, even out of order or out
// of bounds, number sentences and break them, and never make Split fail.
func TestParagraphs(t *testing.T) {
	text := "First one. Still first\nSecond para starts. Ends here. Third"
	second := strings.Index(text, "Second")
	third := strings.Index(text, "Third")
	tests := []struct {
		name  string
		paras []entente.Span
		want  []int // paragraph of each sentence
	}{
		{"none", nil, nil},
		{"three", []entente.Span{{Start: 0, End: second - 1}, {Start: second, End: third - 1}, {Start: third, End: len(text)}}, []int{0, 0, 1, 1, 2}},
		{"bogus", []entente.Span{{Start: 50, End: 10}, {Start: -5, End: 3}, {Start: 999, End: 1000}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := entente.Article{Text: text, Paragraphs: tt.paras}
			ss := Split(&a)
			checkInvariants(t, text, ss)
			if tt.want == nil {
				return
			}
			var got []int
			for _, s := range ss {
				got = append(got, s.Paragraph)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("paragraphs %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Fatalf("paragraphs %v, want %v", got, tt.want)
				}
			}
		})
	}
}

// TestHugeLine splits a 100 MB line without white space and a long line of
// words without punctuation: no panic, invariants kept, sentences bounded.
func TestHugeLine(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	var b strings.Builder
	b.Grow(100 << 20)
	for b.Len() < 100<<20 {
		b.WriteString("abcdefgh\xffé")
	}
	s := b.String()
	a := entente.Article{Text: s}
	ss := Split(&a)
	if len(ss) != 1 || len(ss[0].Tokens) != 1 || ss[0].Span != (entente.Span{Start: 0, End: len(s)}) {
		t.Fatalf("got %d sentences, want one token covering the whole line", len(ss))
	}

	words := strings.Repeat("the talks went on and on without ", 100000) // 3.3 MB, no punctuation
	a = entente.Article{Text: words}
	ss = Split(&a)
	checkInvariants(t, words, ss)
	if len(ss) < 2 {
		t.Fatalf("%d sentences: a long run without punctuation must be cut", len(ss))
	}
}
