package text

import (
	"strings"
	"testing"

	"entente"
)

// TestConventions checks the tokenization conventions that the issue and the
// treebank's documentation state, one rule a row.
func TestConventions(t *testing.T) {
	tests := []struct {
		rule, in, want string // want: the tokens' texts joined by spaces
	}{
		{"n't splits off", "don't", "do n't"},
		{"can't keeps an honest span", "can't", "ca n't"},
		{"won't keeps an honest span", "won't", "wo n't"},
		{"possessive", "Pakistan's", "Pakistan 's"},
		{"possessive in capitals", "SYRIA'S GOVERNMENT", "SYRIA 'S GOVERNMENT"},
		{"typographic apostrophe", "Syria’s", "Syria ’s"},
		{"plural possessive", "the rebels' demands", "the rebels ' demands"},
		{"'ll 're 've 'd 'm", "we'll they're I've he'd I'm", "we 'll they 're I 've he 'd I 'm"},
		{"cannot", "cannot", "can not"},
		{"gonna", "gonna", "gon na"},
		{"compound hyphen", "long-term", "long - term"},
		{"numeric range", "3-4", "3 - 4"},
		{"prefix hyphen", "e-mail", "e-mail"},
		{"dollar sign", "$1.9 billion", "$ 1.9 billion"},
		{"percent sign", "5.5%", "5.5 %"},
		{"thousands", "1,250", "1,250"},
		{"title abbreviation", "Mr. Smith", "Mr. Smith"},
		{"dotted abbreviation", "U.S. troops", "U.S. troops"},
		{"ellipsis", "wait...", "wait ..."},
		{"final period", "He left.", "He left ."},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			toks := Tokenize(tt.in, 0)
			checkTokens(t, tt.in, toks)
			got := make([]string, len(toks))
			for i, tok := range toks {
				got[i] = tok.Span.Of(tt.in)
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("Tokenize(%q) = %q, want %q", tt.in, g, tt.want)
			}
		})
	}
}

// TestNormalizedForm checks that a decomposed accent is composed in the
// form while the span keeps the original bytes.
func TestNormalizedForm(t *testing.T) {
	in := "Zu\u0308rich"
	toks := Tokenize(in, 10)
	if len(toks) != 1 {
		t.Fatalf("%d tokens, want 1", len(toks))
	}
	if toks[0].Form != "Z\u00fcrich" {
		t.Errorf("form %q, want the NFC form", toks[0].Form)
	}
	if toks[0].Span.Start != 10 || toks[0].Span.End != 10+len(in) {
		t.Errorf("span %v, want the original bytes shifted by 10", toks[0].Span)
	}
}

// TestFinalAbbreviation checks that an abbreviation ending a text gives its
// period a token of its own in Split, as the treebank does at a sentence's
// end, while Tokenize, for phrases, keeps it.
func TestFinalAbbreviation(t *testing.T) {
	in := "They live in the U.S."
	ss := Split(&entente.Article{Text: in})
	if len(ss) != 1 {
		t.Fatalf("%d sentences, want 1", len(ss))
	}
	toks := ss[0].Tokens
	if n := len(toks); n < 2 || toks[n-2].Form != "U.S" || toks[n-1].Form != "." {
		t.Errorf("Split ends with %v, want U.S and a final period", toks)
	}
	phrase := Tokenize("U.S.", 0)
	if len(phrase) != 1 || phrase[0].Form != "U.S." {
		t.Errorf("Tokenize(%q) = %v, want one token", "U.S.", phrase)
	}
}
