package clause

import (
	"strings"
	"testing"

	"entente"
	"entente/text"
)

func TestBounds(t *testing.T) {
	tests := []struct {
		text, word, want string
	}{
		{"The king visited Paris while the queen stayed home.", "visited", "The king visited Paris"},
		{"The king visited Paris while the queen stayed home.", "stayed", "while the queen stayed home."},
		{"Sylvania, which has long-term ties with Latveria, hosted a summit.", "hosted", "hosted a summit."},
		{"Sylvania, which has long-term ties with Latveria, hosted a summit.", "ties", "which has long-term ties with Latveria"},
		{"If the rebels attack, the army will respond.", "attack", "If the rebels attack"},
		{"If the rebels attack, the army will respond.", "respond", "the army will respond."},
		{"The deal – signed in May – collapsed.", "signed", "signed in May"},
	}
	for _, tt := range tests {
		a := &entente.Article{Text: tt.text}
		s := text.Split(a)[0]
		words := Words(s.Tokens)
		i := -1
		for k, w := range words {
			if w == tt.word {
				i = k
				break
			}
		}
		if i < 0 {
			t.Fatalf("%q: no %q", tt.text, tt.word)
		}
		st, en := Bounds(s.Tokens, words, i)
		got := strings.TrimSpace(a.Text[s.Tokens[st].Span.Start:s.Tokens[en-1].Span.End])
		if got != tt.want {
			t.Errorf("%q at %q: got %q, want %q", tt.text, tt.word, got, tt.want)
		}
	}
}

func TestWords(t *testing.T) {
	toks := []entente.Token{{Form: "Pakistan"}, {Form: "’s"}, {Form: "army"}, {Form: "ÉLAN"}}
	got := Words(toks)
	want := []string{"pakistan", "'s", "army", "élan"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("word %d: got %q, want %q", i, got[i], want[i])
		}
	}
	if f := Fold("Kremlin’s"); f != "kremlin's" {
		t.Errorf("Fold: %q", f)
	}
	if b := AppendFold(nil, "New Delhi"); string(b) != "new delhi" {
		t.Errorf("AppendFold: %q", b)
	}
}

func TestParsedBounds(t *testing.T) {
	// "He said they left": said is the root, left a ccomp.
	toks := []entente.Token{
		{Form: "He", Head: 1, Rel: "nsubj"}, {Form: "said", Head: -1, Rel: "root"},
		{Form: "they", Head: 3, Rel: "nsubj"}, {Form: "left", Head: 1, Rel: "ccomp"},
	}
	words := Words(toks)
	if s, e := Bounds(toks, words, 3); s != 2 || e != 4 {
		t.Errorf("left: [%d, %d), want [2, 4)", s, e)
	}
	if s, e := Bounds(toks, words, 0); s != 0 || e != 2 {
		t.Errorf("He: [%d, %d), want [0, 2)", s, e)
	}
}
