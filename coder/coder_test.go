package coder

import (
	"strings"
	"testing"

	"entente"
	"entente/coder/verbs"
)

// FuzzCode codes sentences with arbitrary (even cyclic or out of range)
// trees over the default dictionary, by the parse and by word order: the
// coder must not panic and every event must keep its spans inside the text.
func FuzzCode(f *testing.F) {
	f.Add("India accused Pakistan and China of attacks", []byte{2, 0, 2, 3, 4, 2, 8, 6})
	f.Add("Russia did not agree to sell arms to Pakistan", []byte{4, 4, 4, 0, 6, 4, 6, 9, 6})
	d, err := verbs.Default()
	if err != nil {
		f.Fatal(err)
	}
	rels := []string{"nsubj", "obj", "obl", "conj", "nsubj:pass", "obl:agent", "xcomp", "ccomp", "appos", "nmod", "advmod", "case", "root", "aux"}
	upos := []string{"VERB", "NOUN", "PROPN", "ADP", "PART"}
	f.Fuzz(func(t *testing.T, sent string, heads []byte) {
		words := strings.Fields(sent)
		if len(words) == 0 || len(words) > 40 {
			return
		}
		a := &entente.Article{ID: "f", Text: strings.Join(words, " ")}
		var toks []entente.Token
		pos := 0
		var ms []entente.Mention
		for i, w := range words {
			h := -1
			b := byte(i)
			if i < len(heads) {
				b = heads[i]
				h = int(b)%(len(words)+1) - 1
			}
			toks = append(toks, entente.Token{Span: entente.Span{Start: pos, End: pos + len(w)}, Form: w,
				UPOS: upos[int(b)%len(upos)], Head: h, Rel: rels[int(b)%len(rels)]})
			if w[0] >= 'A' && w[0] <= 'Z' {
				ms = append(ms, entente.Mention{Tokens: [2]int{i, i + 1}, Span: toks[i].Span, Code: strings.ToUpper(w)})
			}
			pos += len(w) + 1
		}
		s := entente.Sentence{Span: entente.Span{Start: 0, End: len(a.Text)}, Tokens: toks}
		wo, _ := New(d, nil, Options{RequireTarget: true, Complexity: &Complexity{Verbs: 5}}).CodeWordOrder(a, &s, ms)
		for _, e := range append(New(d, nil, Options{}).Code(a, []entente.Sentence{s}, ms), wo...) {
			if !e.SourceSpan.Valid(len(a.Text)) || !e.VerbSpan.Valid(len(a.Text)) || !e.TargetSpan.Valid(len(a.Text)) {
				t.Fatalf("span out of bounds: %+v", e)
			}
			if e.Source == "" || e.Code == "" || e.Source == e.Target {
				t.Fatalf("malformed event %+v", e)
			}
		}
	})
}

func TestCandidateSkipsParse(t *testing.T) {
	d, err := verbs.Default()
	if err != nil {
		t.Fatal(err)
	}
	p := &countingParser{}
	c := New(d, p, Options{})
	a := &entente.Article{ID: "x", Text: "India accused Pakistan"}
	toks := []entente.Token{{Span: entente.Span{Start: 0, End: 5}, Form: "India"}, {Span: entente.Span{Start: 6, End: 13}, Form: "accused"}, {Span: entente.Span{Start: 14, End: 22}, Form: "Pakistan"}}
	s := entente.Sentence{Span: entente.Span{Start: 0, End: 22}, Tokens: toks}
	c.Code(a, []entente.Sentence{s}, nil)
	if p.n != 0 {
		t.Errorf("a sentence without actors was parsed")
	}
	ms := []entente.Mention{{Tokens: [2]int{0, 1}, Span: entente.Span{Start: 0, End: 5}, Code: "IND"}}
	c.Code(a, []entente.Sentence{s}, ms)
	if p.n != 1 {
		t.Errorf("a candidate sentence was parsed %d times, want 1", p.n)
	}
}

type countingParser struct{ n int }

func (p *countingParser) Parse(toks []entente.Token) { p.n++ }

func TestCyclicTree(t *testing.T) {
	d, err := verbs.Default()
	if err != nil {
		t.Fatal(err)
	}
	a := &entente.Article{ID: "c", Text: "India accused Pakistan"}
	toks := []entente.Token{
		{Span: entente.Span{Start: 0, End: 5}, Form: "India", UPOS: "PROPN", Head: 1, Rel: "nsubj"},
		{Span: entente.Span{Start: 6, End: 13}, Form: "accused", UPOS: "VERB", Head: 2, Rel: "xcomp"},
		{Span: entente.Span{Start: 14, End: 22}, Form: "Pakistan", UPOS: "NOUN", Head: 1, Rel: "obl"},
	}
	s := entente.Sentence{Span: entente.Span{Start: 0, End: 22}, Tokens: toks}
	ms := []entente.Mention{{Tokens: [2]int{0, 1}, Span: toks[0].Span, Code: "IND"}}
	for _, e := range New(d, nil, Options{}).Code(a, []entente.Sentence{s}, ms) {
		if e.Source != "IND" {
			t.Errorf("event %+v", e)
		}
	}
}

// TestSharedWords checks that mentions over the same words ("the two
// countries" resolved to both countries) act together: a compound subject
// whose members sign with one another.
func TestSharedWords(t *testing.T) {
	d := verbs.New()
	d.Read(strings.NewReader("--- SIGN [---] ---\nSIGN\n- * TREATY [057]\n"), "test.verbs")
	text := "The two countries signed a treaty ."
	var toks []entente.Token
	pos := 0
	heads := []int{2, 2, 3, -1, 5, 3, 3}
	rels := []string{"det", "nummod", "nsubj", "root", "det", "obj", "punct"}
	upos := []string{"DET", "NUM", "NOUN", "VERB", "DET", "NOUN", "PUNCT"}
	for i, w := range strings.Fields(text) {
		toks = append(toks, entente.Token{Span: entente.Span{Start: pos, End: pos + len(w)}, Form: w,
			Lemma: strings.ToLower(strings.TrimSuffix(w, "ed")), UPOS: upos[i], Head: heads[i], Rel: rels[i]})
		pos += len(w) + 1
	}
	a := &entente.Article{ID: "w", Text: text}
	s := entente.Sentence{Span: entente.Span{Start: 0, End: len(text)}, Tokens: toks}
	span := toks[0].Span.Cover(toks[2].Span)
	ms := []entente.Mention{
		{Tokens: [2]int{0, 3}, Span: span, Code: "RUS", Kind: entente.MentionCoref},
		{Tokens: [2]int{0, 3}, Span: span, Code: "PAK", Kind: entente.MentionCoref},
	}
	var got []string
	for _, e := range New(d, nil, Options{}).Code(a, []entente.Sentence{s}, ms) {
		got = append(got, e.Source+" "+e.Code+" "+e.Target)
	}
	if strings.Join(got, "|") != "RUS 057 PAK|PAK 057 RUS" {
		t.Errorf("got %q", got)
	}
}
