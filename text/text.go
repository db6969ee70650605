// Package text splits an article's text into sentences and tokens, with byte
// offsets into the article's text, following the tokenization conventions of
// the UD English Web Treebank that the parser is trained on.
//
// # Tokens
//
// Tokens are words and punctuation marks. As in the treebank:
//
//   - contractions and possessives are split: "do n't", "ca n't", "wo n't",
//     "Pakistan 's", "I 'm", "they 're", "can not", "gon na"; the spans of the
//     parts are honest sub-spans of the written word;
//   - most hyphenated compounds are split ("long - term", "al - Qaeda",
//     "3 - 4"), but prefixes stay attached ("e-mail", "non-profit",
//     "anti-war"), and so do telephone numbers and dates ("713-853-3989");
//   - "$" and "%" are tokens of their own ("$ 1.9 billion", "5 %");
//   - numbers keep their decimal point and thousands separators ("1,000.5"),
//     times ("5:30") and dates ("11/20/2000");
//   - abbreviations keep their period ("Mr.", "Gen.", "Jan.", "U.S.", "a.m.",
//     initials such as "M."); a sentence's final period is a token;
//   - URLs, e-mail addresses and emoticons are single tokens;
//   - quotes and dashes keep their typographic form (’ “ ” –).
//
// Form is the text at the token's span, NFC-normalised when it is not ASCII;
// the span always points at the original bytes.
//
// # Sentences
//
// Sentences end at final punctuation (". ! ? ..." and the closing quotes and
// brackets after it) when the next word can start a sentence, at paragraph
// breaks (Article.Paragraphs when given, otherwise blank lines and indented
// lines), before list items, and after headlines: lines that end without
// final punctuation and are followed by a single line break although the
// next word would have fitted on them. Lines wrapped inside a paragraph do not
// end a sentence. Abbreviations that precede names or numbers (Mr., Gen.,
// Jan.) never end one; others (Corp., U.S., etc.) end one only before a word
// that typically starts a sentence ("The", "He"). A dateline ("MOSCOW
// (Reuters) -", "ISLAMABAD, May 1 -") stays attached to the first sentence.
package text

import (
	"entente"
)

// Split splits the article's text into sentences with their tokens. Sentence
// indices count from 0; Paragraph is the index into a.Paragraphs when the
// article has them, otherwise the count of paragraph breaks seen in the text.
// Every token lies inside its sentence's span, and every byte of the text
// that is not white space lies inside some token.
func Split(a *entente.Article) []entente.Sentence {
	toks := tokenize(a.Text, true, make([]entente.Token, 0, capacity(len(a.Text))))
	return sentences(a.Text, toks, a.Paragraphs)
}

// SplitSentences returns the spans of the sentences of text, as Split finds
// them for an article without explicit paragraphs.
func SplitSentences(text string) []entente.Span {
	a := entente.Article{Text: text}
	ss := Split(&a)
	out := make([]entente.Span, len(ss))
	for i := range ss {
		out[i] = ss[i].Span
	}
	return out
}
