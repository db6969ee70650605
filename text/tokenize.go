package text

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"entente"
)

// Tokenize splits s into tokens following the UD English conventions (see the
// package comment). Spans are byte offsets into s shifted by base, so that a
// caller can tokenize a slice s of a larger text that starts at byte base.
// Forms are the text at the span, NFC-normalised when not ASCII. Head is -1.
//
// Tokenize treats s as a phrase or a fragment that may go on, so an
// abbreviation at its end keeps its period ("U.S."); Split, which knows
// that a text's end ends a sentence, gives that period a token of its own as
// the treebank does ("in the U.S ."). Otherwise the two tokenize alike.
func Tokenize(s string, base int) []entente.Token {
	toks := tokenize(s, false, make([]entente.Token, 0, capacity(len(s))))
	if base != 0 {
		for i := range toks {
			toks[i].Span.Start += base
			toks[i].Span.End += base
		}
	}
	return toks
}

// capacity estimates the number of tokens in a text of n bytes (news English
// averages five to six bytes a token), bounded so that a huge input without
// white space does not reserve memory it will never use.
func capacity(n int) int {
	return min(n/5+1, 1<<20)
}

// tokenize appends the tokens of s to dst.
// final reports whether the end of s ends a sentence.
func tokenize(s string, final bool, dst []entente.Token) []entente.Token {
	t := tokenizer{s: s, final: final, toks: dst}
	t.run()
	return t.toks
}

// tokenizer scans a text once, byte by byte with an ASCII fast path, and
// appends tokens as it goes.
type tokenizer struct {
	s     string
	final bool // the end of s ends a sentence
	toks  []entente.Token
}

func (t *tokenizer) run() {
	s := t.s
	atChunk := true // the previous rune was white space (or the text starts here)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiClass[c]&cSpace != 0 {
				i++
				atChunk = true
				continue
			}
		} else if sp, n := spaceAt(s, i); sp {
			i += n
			atChunk = true
			continue
		}
		if atChunk {
			atChunk = false
			if j := t.special(i); j > i {
				t.emit(i, j)
				i = j
				continue
			}
		}
		i = t.token(i)
	}
}

// emit appends the token s[i:j].
func (t *tokenizer) emit(i, j int) {
	s := t.s
	form := s[i:j]
	for k := 0; k < len(form); k++ {
		if form[k] >= utf8.RuneSelf {
			form = normalize(form)
			break
		}
	}
	space := false
	if j < len(s) {
		space, _ = spaceAt(s, j)
	}
	t.toks = append(t.toks, entente.Token{
		Span:       entente.Span{Start: i, End: j},
		Form:       form,
		SpaceAfter: space,
		Head:       -1,
	})
}

// normalize returns the NFC form of a non-ASCII token, with invalid UTF-8
// replaced by U+FFFD. It returns f itself when f is already normal.
func normalize(f string) string {
	if !utf8.ValidString(f) {
		f = strings.ToValidUTF8(f, "\uFFFD")
	}
	if norm.NFC.IsNormalString(f) {
		return f
	}
	return norm.NFC.String(f)
}

// token scans and emits the token(s) starting at i and returns the position
// after them.
func (t *tokenizer) token(i int) int {
	s := t.s
	c := s[i]
	if c < utf8.RuneSelf {
		if asciiClass[c]&cAlnum != 0 {
			if j := urlEnd(s, i); j > i {
				t.emit(i, j)
				return j
			}
			return t.word(i)
		}
		return t.punct(i)
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if wordRune(r, n) {
		return t.word(i)
	}
	return t.punct(i)
}

// special recognises, at the start of a white-space delimited chunk, the
// tokens that keep their inner punctuation: emoticons and hashtags. It
// returns the end of the token, or i when there is none.
func (t *tokenizer) special(i int) int {
	s := t.s
	switch s[i] {
	case ':', ';', '=', '<', '^', 'X', '8':
		j := chunkEnd(s, i)
		if j-i > 4 {
			return i
		}
		// An emoticon may be followed by the sentence's punctuation.
		for k := j; k > i+1; k-- {
			if emoticons[s[i:k]] {
				return k
			}
			if c := s[k-1]; c != '.' && c != ',' && c != '!' && c != '?' {
				break
			}
		}
	case '#':
		j := i + 1
		for j < len(s) && s[j] < utf8.RuneSelf && asciiClass[s[j]]&cAlnum != 0 {
			j++
		}
		if j > i+1 && letterAt(s, i+1) {
			return j
		}
	}
	return i
}

// urlEnd returns the end of the URL that starts at i, or i when none does.
func urlEnd(s string, i int) int {
	switch s[i] {
	case 'h', 'H', 'w', 'W', 'f', 'F':
		if i > 0 && alnumAt(s, i-1) {
			return i
		}
		if hasPrefixFold(s[i:], "http://") || hasPrefixFold(s[i:], "https://") ||
			hasPrefixFold(s[i:], "ftp://") || (hasPrefixFold(s[i:], "www.") && alnumAt(s, i+4)) {
			return trimURL(s, i, chunkEnd(s, i))
		}
	}
	return i
}

// emoticons are kept whole when they stand alone between spaces.
var emoticons = map[string]bool{
	":)": true, ":-)": true, ":(": true, ":-(": true, ";)": true, ";-)": true,
	":D": true, ":-D": true, ":P": true, ":p": true, ":-P": true, ":-p": true,
	":/": true, ":-/": true, ":'(": true, "<3": true, "^_^": true, ":o": true,
	":O": true, "=)": true, "XD": true, ":]": true, ":|": true, "8)": true,
	":-|": true, ";-P": true, ";P": true, ";p": true, "=(": true, ":((": true,
	":))": true, ":-))": true,
}

// chunkEnd returns the end of the run of non-space runes starting at i.
func chunkEnd(s string, i int) int {
	for i < len(s) {
		if sp, n := spaceAt(s, i); sp {
			break
		} else {
			i += n
		}
	}
	return i
}

// trimURL drops trailing punctuation that belongs to the sentence rather
// than to the URL or address s[i:j], and returns the new end.
func trimURL(s string, i, j int) int {
	for j > i {
		r, n := utf8.DecodeLastRuneInString(s[i:j])
		switch r {
		case '.', ',', ';', ':', '!', '?', '"', '\'', ']', '}', '>', '’', '”', '»':
		case ')':
			if strings.IndexByte(s[i:j], '(') >= 0 {
				return j
			}
		default:
			return j
		}
		j -= n
	}
	return j
}

// hasPrefixFold reports whether s begins with the lower-case ASCII prefix,
// ignoring case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && equalFoldASCII(s[:len(prefix)], prefix)
}

// punct scans and emits the punctuation token at i.
func (t *tokenizer) punct(i int) int {
	s := t.s
	c := s[i]
	if c >= utf8.RuneSelf {
		r, n := utf8.DecodeRuneInString(s[i:])
		if (r == '’' || r == '‘') && i > 0 && alnumAt(s, i-utf8.RuneLen(lastRuneBefore(s, i))) {
			if k := cliticLen(s, i+n); k > 0 {
				t.emit(i, i+n+k)
				return i + n + k
			}
		}
		j := i + n
		if r == '…' || r == '—' || r == '―' {
			for j < len(s) && strings.HasPrefix(s[j:], string(r)) {
				j += n
			}
		}
		t.emit(i, j)
		return j
	}
	j := i + 1
	switch c {
	case '.', '!', '?':
		if c == '.' && digitAt(s, i+1) && !alnumAt(s, i-1) {
			return t.word(i) // ".5"
		}
		for j < len(s) && (s[j] == '.' || s[j] == '!' || s[j] == '?') {
			j++
		}
	case '+':
		if digitAt(s, i+1) && !alnumAt(s, i-1) {
			return t.word(i) // "+1 212"
		}
		for j < len(s) && s[j] == c {
			j++
		}
	case '-', '*', '=', '_', '~', '`', '#', '/', '<', '>', '|', '^', '$':
		for j < len(s) && s[j] == c {
			j++
		}
	case '\'':
		if j < len(s) && s[j] == '\'' {
			j++
			break
		}
		if alnumAt(s, i-1) {
			if k := cliticLen(s, i+1); k > 0 {
				j += k
			}
		}
	}
	t.emit(i, j)
	return j
}

// cliticLen reports the length of a clitic's letters after an apostrophe at
// s[:i] ("s", "m", "d", "ll", "re", "ve" followed by a non-letter), or 0.
func cliticLen(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	n := 0
	switch lowerASCII(s[i]) {
	case 's', 'm', 'd':
		n = 1
	case 'l':
		if i+1 < len(s) && lowerASCII(s[i+1]) == 'l' {
			n = 2
		}
	case 'r', 'v':
		if i+1 < len(s) && lowerASCII(s[i+1]) == 'e' {
			n = 2
		}
	}
	if n == 0 || alnumAt(s, i+n) {
		return 0
	}
	return n
}

// word scans a word starting at i: letters, digits and marks, joined by the
// inner punctuation that the treebank keeps inside words (decimals and
// thousands, times and dates, apostrophes, some hyphens, abbreviation
// periods). It emits it, split into its clitics, and returns its end.
func (t *tokenizer) word(i int) int {
	s := t.s
	q := i
	dotted := false // has inner periods ("U.S", "3.5")
	apos := false   // has an apostrophe
scan:
	for q < len(s) {
		c := s[q]
		if c < utf8.RuneSelf {
			if asciiClass[c]&cAlnum != 0 {
				q++
				continue
			}
			switch c {
			case '.':
				if q > i && alnumAt(s, q+1) {
					dotted = true
					q++
					continue
				}
				if q == i && digitAt(s, q+1) { // ".5"
					q++
					continue
				}
				if q > i && strings.HasPrefix(s[q:], "...@") && alnumAt(s, q+4) {
					// an address shortened by a mail archive: "franz371...@gmail.com"
					j := trimURL(s, i, chunkEnd(s, q))
					t.emit(i, j)
					return j
				}
			case '+':
				if q == i && digitAt(s, q+1) {
					q++
					continue
				}
			case ',':
				if digitAt(s, q-1) && digitAt(s, q+1) && digitAt(s, q+2) && digitAt(s, q+3) && !digitAt(s, q+4) {
					q++
					continue
				}
			case ':', '/':
				if digitAt(s, q-1) && digitAt(s, q+1) {
					q++
					continue
				}
				if c == '/' && q == i+1 && 'a' <= s[i] && s[i] <= 'z' {
					// "b/c", "w/o", "f/2.8", and "w/" before a space
					switch {
					case digitAt(s, q+1):
						q++
						continue
					case letterAt(s, q+1) && !alnumAt(s, q+2):
						q += 2
						break scan
					case s[i] == 'w' && !alnumAt(s, q+1):
						q++
						break scan
					}
				}
			case '&', '_':
				if q > i && alnumAt(s, q+1) {
					q++
					continue
				}
			case '@':
				if q > i && alnumAt(s, q+1) {
					j := trimURL(s, i, chunkEnd(s, q))
					t.emit(i, j)
					return j
				}
			case '\'':
				if q > i && letterAt(s, q+1) {
					apos = true
					q++
					continue
				}
			case '-':
				if digitAt(s, q-1) && digitAt(s, q+1) {
					if e := digitRun(s, i, q); e > q {
						q = e // a telephone number or a date
						continue
					}
					break scan
				}
				if keepHyphen(s, i, q) {
					q++
					continue
				}
			}
			break scan
		}
		r, n := utf8.DecodeRuneInString(s[q:])
		if wordRune(r, n) {
			q += n
			continue
		}
		if r == '’' && q > i && letterAt(s, q+n) {
			apos = true
			q += n
			continue
		}
		break
	}
	if q < len(s) && s[q] == '.' && (q+1 == len(s) || s[q+1] != '.' || q+2 == len(s) || s[q+2] != '.') &&
		abbrevPeriod(s, i, q, dotted, t.final) {
		q++
	}
	if digitAt(s, i) {
		if k := unitStart(s[i:q]); k > 0 {
			t.emit(i, i+k)
			t.emitWord(i+k, q, apos)
			return q
		}
	}
	t.emitWord(i, q, apos)
	return q
}

// unitStart returns where the letters of a number written together with its
// unit start ("375mm", "3.2bn", "10am", "650k"), or 0 when w is not such a
// word or ends in a suffix the number keeps ("29th", "1980s").
func unitStart(w string) int {
	k := 0
	for k < len(w) && (digitAt(w, k) || ((w[k] == '.' || w[k] == ',' || w[k] == ':') && digitAt(w, k+1))) {
		k++
	}
	if k == len(w) || k == 0 {
		return 0
	}
	for j := k; j < len(w); j++ {
		if w[j] >= utf8.RuneSelf || asciiClass[w[j]]&cLetter == 0 {
			return 0
		}
	}
	switch lowerWord(w[k:]) {
	case "st", "nd", "rd", "th", "s", "d", "doc":
		return 0
	}
	return k
}

// emitWord emits the word s[i:j], split into its clitics: "do n't",
// "Pakistan 's", "ca n't", "can not", "gon na". apos reports whether the
// word holds an apostrophe.
func (t *tokenizer) emitWord(i, j int, apos bool) {
	// Peel up to three clitics off the end ("should n't 've").
	var cuts [3]int
	n, e := 0, j
	for n < len(cuts) {
		k := cliticStart(t.s[i:e], apos)
		if k <= 0 {
			break
		}
		e = i + k
		cuts[n] = e
		n++
	}
	t.emit(i, e)
	for m := n - 1; m >= 0; m-- {
		end := j
		if m > 0 {
			end = cuts[m-1]
		}
		t.emit(cuts[m], end)
	}
}

// cliticStart returns where the last clitic of w starts, or 0 when w has
// none; apos reports whether w holds an apostrophe.
func cliticStart(w string, apos bool) int {
	n := len(w)
	if n < 2 {
		return 0
	}
	if !apos {
		return fusedStart(w)
	}
	// n't, n’t
	if n > 3 && (w[n-1] == 't' || w[n-1] == 'T') {
		if w[n-2] == '\'' && (w[n-3] == 'n' || w[n-3] == 'N') {
			return n - 3
		}
		if n > 5 && strings.HasSuffix(w[:n-1], "’") && (w[n-5] == 'n' || w[n-5] == 'N') {
			return n - 5
		}
	}
	// 's 'm 'd 'll 're 've, with ' or ’
	for _, k := range [2]int{1, 2} {
		if n <= k {
			break
		}
		a := n - k // start of the clitic letters
		if cliticLen(w, a) != k {
			continue
		}
		if w[a-1] == '\'' && a-1 > 0 {
			return a - 1
		}
		if a-3 > 0 && w[a-3:a] == "’" {
			return a - 3
		}
	}
	return fusedStart(w)
}

// fusedStart returns where the second part of a fused word starts
// ("cannot", "gonna", "dont"), or 0.
func fusedStart(w string) int {
	n := len(w)
	if n < 2 || n > 8 {
		return 0
	}
	// Every fused word ends in one of these pairs: a cheap filter before
	// the map.
	switch uint16(lowerASCII(w[n-2]))<<8 | uint16(lowerASCII(w[n-1])) {
	case 'o'<<8 | 't', 'n'<<8 | 'a', 't'<<8 | 'a', 'n'<<8 | 't', 't'<<8 | 's', 'e'<<8 | 's',
		'i'<<8 | 'm', 'v'<<8 | 'e', 'r'<<8 | 'e':
	default:
		return 0
	}
	var buf [8]byte
	for i := 0; i < n; i++ {
		buf[i] = lowerASCII(w[i])
	}
	return fusedWords[string(buf[:n])]
}

// fusedWords are written as one word but split by the treebank, with the
// length of their first part.
var fusedWords = map[string]int{
	"cannot": 3, "gonna": 3, "wanna": 3, "gotta": 3,
	"dont": 2, "didnt": 3, "doesnt": 4, "cant": 2, "wont": 2, "isnt": 2,
	"arent": 3, "wasnt": 3, "werent": 4, "couldnt": 5, "wouldnt": 5,
	"shouldnt": 6, "havent": 4, "hasnt": 3, "hadnt": 3, "aint": 2,
	"thats": 4, "whats": 4, "theres": 5, "im": 1, "ive": 1, "youre": 3, "theyre": 4,
	"outta": 3,
}

// lowerWord lower-cases a short ASCII word without allocating when it is
// already lower case.
func lowerWord(w string) string {
	for i := 0; i < len(w); i++ {
		if 'A' <= w[i] && w[i] <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}

// keepHyphen reports whether the hyphen at s[q], after the letters of the
// word that starts at i, stays inside the word. The treebank splits most
// compounds ("long - term", "al - Qaeda") but keeps prefixes ("e-mail",
// "non-profit", "anti-war").
func keepHyphen(s string, i, q int) bool {
	if q == i || q-i > 7 || !letterAt(s, q+1) {
		return false
	}
	return hyphenPrefixes[lowerWord(s[i:q])]
}

// digitRun returns the end of the telephone number or date that the word
// starting at i forms with the hyphen at q ("713-853-3989", "345-9945",
// "11-20-2000"), or q when the hyphen splits ranges such as "3 - 4".
func digitRun(s string, i, q int) int {
	groups, first, last := 0, 0, 0
	j := i
	if j < len(s) && s[j] == '+' {
		j++
	}
	for {
		k := j
		for k < len(s) && digitAt(s, k) {
			k++
		}
		if k == j {
			return q // not digits-hyphen-digits from the start
		}
		if groups == 0 {
			first = k - j
			if k != q {
				return q
			}
		}
		last = k - j
		groups++
		if k < len(s) && s[k] == '-' && digitAt(s, k+1) {
			j = k + 1
			continue
		}
		if alnumAt(s, k) {
			return q
		}
		if groups >= 3 || (groups == 2 && first == 3 && last == 4) {
			return k
		}
		return q
	}
}

// hyphenPrefixes are the prefixes that the treebank keeps attached.
var hyphenPrefixes = map[string]bool{
	"e": true, "non": true, "pre": true, "anti": true, "mid": true, "re": true,
	"post": true, "co": true, "pro": true, "multi": true, "ex": true, "sub": true,
	"semi": true, "cross": true, "neo": true, "psycho": true, "socio": true,
	"counter": true, "intra": true, "inter": true, "un": true, "micro": true,
	"macro": true, "arch": true, "ultra": true, "mega": true, "hyper": true,
	"bi": true, "mis": true, "tri": true, "over": true, "under": true,
}
