package text

import (
	"testing"
	"unicode/utf8"

	"entente"
)

// checkTokens checks the invariants every tokenization keeps: spans in
// bounds, non-empty and increasing, forms equal to the text at the span up
// to normalisation, and every non-space rune of text inside some token.
func checkTokens(t *testing.T, text string, toks []entente.Token) {
	t.Helper()
	prev := 0
	for i, tok := range toks {
		sp := tok.Span
		if !sp.Valid(len(text)) || sp.Len() == 0 {
			t.Fatalf("token %d: bad span %v in a text of %d bytes", i, sp, len(text))
		}
		if sp.Start < prev {
			t.Fatalf("token %d: span %v starts before the previous token's end %d", i, sp, prev)
		}
		raw := text[sp.Start:sp.End]
		if tok.Form != raw && normalize(raw) != tok.Form {
			t.Fatalf("token %d: form %q is not the text %q at %v", i, tok.Form, raw, sp)
		}
		if tok.Head != -1 {
			t.Fatalf("token %d: head %d, want -1", i, tok.Head)
		}
		// No text lost: the bytes between tokens are white space.
		for j := prev; j < sp.Start; {
			space, n := spaceAt(text, j)
			if !space {
				r, _ := utf8.DecodeRuneInString(text[j:])
				t.Fatalf("byte %d (%q) between tokens %d and %d is not white space", j, r, i-1, i)
			}
			j += n
		}
		prev = sp.End
	}
	for j := prev; j < len(text); {
		space, n := spaceAt(text, j)
		if !space {
			t.Fatalf("byte %d after the last token is not white space", j)
		}
		j += n
	}
}

// checkInvariants checks a split: the sentences' tokens together are a valid
// tokenization of text, sentences are non-empty, numbered in order, cover
// their tokens exactly and do not overlap.
func checkInvariants(t *testing.T, text string, ss []entente.Sentence) {
	t.Helper()
	var all []entente.Token
	prevEnd, prevPara := 0, 0
	for i, s := range ss {
		if s.Index != i {
			t.Fatalf("sentence %d has index %d", i, s.Index)
		}
		if len(s.Tokens) == 0 {
			t.Fatalf("sentence %d has no tokens", i)
		}
		if s.Span.Start < prevEnd {
			t.Fatalf("sentence %d %v overlaps the previous one ending at %d", i, s.Span, prevEnd)
		}
		if s.Paragraph < prevPara {
			t.Fatalf("sentence %d: paragraph %d after %d", i, s.Paragraph, prevPara)
		}
		if s.Span.Start != s.Tokens[0].Span.Start || s.Span.End != s.Tokens[len(s.Tokens)-1].Span.End {
			t.Fatalf("sentence %d span %v does not cover exactly its tokens", i, s.Span)
		}
		if len(s.Tokens) > MaxSentenceTokens {
			t.Fatalf("sentence %d has %d tokens, more than %d", i, len(s.Tokens), MaxSentenceTokens)
		}
		prevEnd, prevPara = s.Span.End, s.Paragraph
		all = append(all, s.Tokens...)
	}
	checkTokens(t, text, all)
}
