package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"entente"
)

// MaxSentenceTokens bounds the length of a sentence: a run of text without
// any boundary (a table, a 100 MB line) is cut every MaxSentenceTokens tokens
// so that later stages never see an unbounded sentence.
const MaxSentenceTokens = 1000

// splitter decides sentence boundaries over the tokens of a text.
type splitter struct {
	s     string
	toks  []entente.Token
	paras []entente.Span // explicit paragraphs, or nil

	pi     int // index into paras of the current paragraph
	para   int // paragraph counter when paras is nil
	indent int // indentation of the line the current token is on
	width  int // widest line of the text in runes, -1 until computed
}

// sentences groups toks, the tokens of s, into sentences. Their Tokens share
// toks' backing array (with capacity capped, so appending to one sentence's
// tokens cannot overwrite the next sentence's).
func sentences(s string, toks []entente.Token, paras []entente.Span) []entente.Sentence {
	if len(toks) == 0 {
		return nil
	}
	sp := splitter{s: s, toks: toks, paras: paras, width: -1}
	if len(paras) > 0 {
		for sp.pi+1 < len(paras) && paras[sp.pi+1].Start <= toks[0].Span.Start {
			sp.pi++
		}
	}
	sp.indent = indentBefore(s, toks[0].Span.Start)

	out := make([]entente.Sentence, 0, len(toks)/16+1)
	start, startPara := 0, sp.paragraph()
	emit := func(end int) {
		out = append(out, entente.Sentence{
			Index:     len(out),
			Paragraph: startPara,
			Span:      entente.Span{Start: toks[start].Span.Start, End: toks[end-1].Span.End},
			Tokens:    toks[start:end:end],
		})
		start = end
	}
	for k := 0; k+1 < len(toks); k++ {
		hard := sp.hardBreak(k)
		if hard || k+1-start >= MaxSentenceTokens || sp.terminalBreak(k, start) {
			emit(k + 1)
			startPara = sp.paragraph()
		}
	}
	emit(len(toks))
	return out
}

// paragraph returns the index of the current paragraph.
func (sp *splitter) paragraph() int {
	if len(sp.paras) > 0 {
		return sp.pi
	}
	return sp.para
}

// hardBreak reports whether the layout of the text forces a break between
// tokens k and k+1: a new paragraph (explicit, a blank line, an indented
// line), a list item, or a line that ends early without final punctuation
// (a headline). It advances the paragraph counters.
func (sp *splitter) hardBreak(k int) bool {
	s := sp.s
	end, next := sp.toks[k].Span.End, sp.toks[k+1].Span.Start
	brk := false
	if len(sp.paras) > 0 {
		for sp.pi+1 < len(sp.paras) && sp.paras[sp.pi+1].Start <= next {
			sp.pi++
			brk = true
		}
	}
	if next-end == 1 && s[end] == ' ' || next == end {
		return brk
	}
	newlines, blank, indent := scanGap(s[end:next])
	if newlines == 0 {
		return brk
	}
	prevIndent := sp.indent
	sp.indent = indent
	switch {
	case brk:
	case blank:
		brk = true
	case indent >= 2 && indent > prevIndent:
		brk = true
	case isBullet(s, next):
		return true // a list item: same paragraph
	case sp.headline(k):
		brk = true
	}
	if brk && len(sp.paras) == 0 {
		sp.para++
	}
	return brk
}

// scanGap reads the white space between two tokens: how many line breaks it
// holds, whether one line is blank, and the indentation (in columns, a tab
// counting 4) of the last line.
func scanGap(g string) (newlines int, blank bool, indent int) {
	for i := 0; i < len(g); i++ {
		switch g[i] {
		case '\n':
			newlines++
			indent = 0
		case '\r':
		case '\t':
			indent += 4
		default:
			indent++
		}
	}
	// The gap is all white space, so two line breaks enclose a blank line.
	return newlines, newlines > 1, indent
}

// indentBefore returns the indentation of the line holding the byte i.
func indentBefore(s string, i int) int {
	ls := strings.LastIndexByte(s[:i], '\n') + 1
	n := 0
	for _, c := range []byte(s[ls:i]) {
		if c == '\t' {
			n += 4
		} else {
			n++
		}
	}
	return n
}

// isBullet reports whether a list item starts at i: "-", "*", "•" followed by
// a space, or a number or letter followed by ")" or "." and a space.
func isBullet(s string, i int) bool {
	switch {
	case strings.HasPrefix(s[i:], "- "), strings.HasPrefix(s[i:], "* "),
		strings.HasPrefix(s[i:], "• "), strings.HasPrefix(s[i:], "· "),
		strings.HasPrefix(s[i:], "– "):
		return true
	}
	j := i
	for j < len(s) && j-i < 3 && digitAt(s, j) {
		j++
	}
	if j == i && j < len(s) && 'a' <= s[j] && s[j] <= 'z' {
		j++
	}
	return j > i && j+1 < len(s) && (s[j] == ')' || s[j] == '.') && s[j+1] == ' '
}

// headline reports whether the line ending with token k, followed by a single
// line break, is a line of its own (a headline, a byline, an item) rather
// than a line wrapped inside a paragraph: it does not end with a sentence's
// inner punctuation, the next line does not continue in lower case, and the
// first word of the next line would have fitted on it, which a text filled up
// to its widest line never allows. In a text whose lines are longer than
// anyone wraps (unwrappedWidth), every such line is a paragraph of its own.
func (sp *splitter) headline(k int) bool {
	s := sp.s
	t := sp.toks[k]
	next := sp.toks[k+1].Span.Start
	if r, _ := utf8.DecodeRuneInString(s[next:]); unicode.IsLower(r) {
		return false
	}
	if sp.maxWidth() > unwrappedWidth {
		return true
	}
	switch s[t.Span.End-1] {
	case ',', ';', ':', '(', '[', '-', '&', '/':
		return false
	}
	if continuesLine[t.Form] {
		return false // "... a pact with the\nU.S. on trade"
	}
	ls := strings.LastIndexByte(s[:t.Span.End], '\n') + 1
	line := utf8.RuneCountInString(s[ls:t.Span.End])
	word := utf8.RuneCountInString(s[next:chunkEnd(s, next)])
	// Wrapping is not always exact: leave a tenth of the width as slack.
	return 10*(line+1+word) <= 9*sp.maxWidth()
}

// continuesLine are words that do not end a headline: articles,
// prepositions, conjunctions and possessives, after which a wrapped line
// goes on.
var continuesLine = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "to": true, "in": true, "on": true,
	"at": true, "by": true, "for": true, "from": true, "with": true, "and": true, "or": true,
	"but": true, "that": true, "as": true, "its": true, "their": true, "his": true, "her": true,
	"into": true, "than": true, "was": true, "were": true, "is": true, "are": true, "be": true,
	"said": true, "which": true, "who": true, "this": true, "these": true, "our": true,
}

// unwrappedWidth is the line width in runes beyond which a text is taken
// not to be wrapped: its line breaks separate paragraphs.
const unwrappedWidth = 150

// maxWidth returns the width in runes of the widest line of the text.
func (sp *splitter) maxWidth() int {
	if sp.width >= 0 {
		return sp.width
	}
	s := sp.s
	w := 0
	for len(s) > 0 {
		i := strings.IndexByte(s, '\n')
		line := s
		if i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		if len(line) > w { // a line's rune count never exceeds its byte count
			if n := utf8.RuneCountInString(strings.TrimRight(line, " \t\r")); n > w {
				w = n
			}
		}
	}
	sp.width = w
	return w
}

// terminalBreak reports whether a sentence ends after token k: k ends with
// final punctuation (possibly followed by closing quotes and brackets back to
// start), white space follows, and the next token can start a sentence.
func (sp *splitter) terminalBreak(k, start int) bool {
	toks, s := sp.toks, sp.s
	if toks[k].Span.End == toks[k+1].Span.Start {
		return false
	}
	j := k
	for j > start && isCloser(s, toks[j]) && toks[j-1].Span.End == toks[j].Span.Start {
		j--
	}
	f := toks[j].Span.Of(s)
	if j == start+1 && f == "." && isMarker(toks[start].Span.Of(s)) {
		return false // a list item's number: "1. The committee ..."
	}
	switch {
	case isFinal(f):
	case f[len(f)-1] == '.':
		switch abbrevKind(f) {
		case abbrMay:
			if !startsAfterAbbrev(s, toks[k+1].Span.Start) {
				return false
			}
		case abbrBefore, abbrNumber:
			return false
		}
	default:
		return false
	}
	return sp.startsSentence(k + 1)
}

// isFinal reports whether the token f is final punctuation: runs of '.', '!'
// and '?', and the ellipsis.
func isFinal(f string) bool {
	if f == "…" {
		return true
	}
	for i := 0; i < len(f); i++ {
		if c := f[i]; c != '.' && c != '!' && c != '?' {
			return false
		}
	}
	return true
}

// isCloser reports whether t is a closing quote or bracket.
func isCloser(s string, t entente.Token) bool {
	switch t.Span.Of(s) {
	case `"`, "'", "”", "’", ")", "]", "}", "»", "''", "›":
		return true
	}
	return false
}

// startsSentence reports whether token k can begin a sentence: it does not
// begin in lower case, and when it is punctuation (an opening quote or
// bracket) the word after it does not either.
func (sp *splitter) startsSentence(k int) bool {
	s := sp.s
	for n := 0; k < len(sp.toks) && n < 3; n++ {
		r, _ := utf8.DecodeRuneInString(s[sp.toks[k].Span.Start:])
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
		k++
	}
	return true
}

// isMarker reports whether f can number a list item: a number of up to three
// digits or a single letter.
func isMarker(f string) bool {
	if len(f) == 1 && f[0] < utf8.RuneSelf && asciiClass[f[0]]&cLetter != 0 {
		return true
	}
	if len(f) == 0 || len(f) > 3 {
		return false
	}
	for i := 0; i < len(f); i++ {
		if !digitAt(f, i) {
			return false
		}
	}
	return true
}
