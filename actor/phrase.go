package actor

import (
	"errors"
	"strings"
	"unicode"

	"entente/text"
)

// minStem is the shortest word that is matched as a stem; shorter words
// without a trailing "_" match only exactly ("UN", "US").
const minStem = 3

// parsePhrase turns a dictionary phrase ("SYRIA'S_GOVERNMENT",
// "INTER-SERVICES_INTELLIGENCE", "AL GORE") into words keyed as text tokens
// are, by re-tokenising each of its words with text.Tokenize. discard
// selects the discard-list reading: words are consecutive and only the last
// one may be a stem.
func parsePhrase(s string, conn Connectors, discard bool, stemMin int) ([]word, error) {
	if stemMin < minStem {
		stemMin = minStem
	}
	type seg struct {
		text              string
		underscore, space bool // what follows the word
	}
	var segs []seg
	i := 0
	for i < len(s) {
		j := i
		for j < len(s) && !isSep(s[j]) {
			j++
		}
		sg := seg{text: s[i:j]}
		if len(sg.text) > 1 && strings.HasSuffix(sg.text, "=") {
			// TABARI: a word ending in "=" matches only as written.
			sg.text = sg.text[:len(sg.text)-1]
			sg.underscore = true
		}
		k := j
		for k < len(s) && isSep(s[k]) {
			if s[k] == '_' {
				sg.underscore = true
			} else {
				sg.space = true
			}
			k++
		}
		if sg.text != "" {
			segs = append(segs, sg)
		} else if len(segs) > 0 {
			segs[len(segs)-1].underscore = segs[len(segs)-1].underscore || sg.underscore
			segs[len(segs)-1].space = segs[len(segs)-1].space || sg.space
		}
		i = k
	}
	// Tokenise the phrase as one text, its words joined by spaces and
	// followed by a word, so that "U.S." inside or at the end of a phrase
	// is tokenised as in running text; then map the tokens to the words.
	var b strings.Builder
	starts := make([]int, len(segs))
	for n, sg := range segs {
		starts[n] = b.Len()
		b.WriteString(sg.text)
		b.WriteByte(' ')
	}
	end := b.Len()
	b.WriteString("said")
	toks := text.Tokenize(b.String(), 0)
	var out []word
	ti := 0
	for n, sg := range segs {
		last := n == len(segs)-1
		var stem, gap bool
		switch {
		case discard:
			stem = last && !sg.underscore
		case conn == ConnectTABARI:
			stem = !sg.underscore
			gap = sg.space && !last
		case conn == ConnectPETRARCH:
			gap = sg.space && !last
		}
		segEnd := starts[n] + len(sg.text)
		start := len(out)
		for ti < len(toks) && toks[ti].Span.Start < segEnd && toks[ti].Span.Start < end {
			k := keyOf(toks[ti].Form)
			ti++
			if k == "" || isHyphen(k) {
				continue
			}
			out = append(out, word{key: k})
		}
		if len(out) == start {
			continue
		}
		w := &out[len(out)-1]
		w.stem = stem && len(w.key) >= stemMin && isWordy(w.key)
		w.gap = gap
	}
	if len(out) == 0 {
		return nil, errors.New("empty phrase")
	}
	return out, nil
}

// foldMarks removes the diacritics of the Latin letters of a lower-cased
// key, so that a name written with its accents matches the dictionaries'
// ASCII spelling ("Bogotá" and BOGOTA, "Jamundí", "São Tomé"); keys of
// other scripts are kept as they are.
func foldMarks(k string) string {
	plain := true
	for i := 0; i < len(k); i++ {
		if k[i] >= 0x80 {
			plain = false
			break
		}
	}
	if plain {
		return k
	}
	var b strings.Builder
	changed := false
	for i, r := range k {
		f, ok := latinFolds[r]
		if !ok {
			if changed {
				b.WriteRune(r)
			}
			continue
		}
		if !changed {
			b.Grow(len(k))
			b.WriteString(k[:i])
			changed = true
		}
		b.WriteString(f)
	}
	if !changed {
		return k
	}
	return b.String()
}

// latinFolds maps lower-case Latin letters with diacritics (and the
// ligatures) to their plain spelling.
var latinFolds = func() map[rune]string {
	m := map[rune]string{'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'ł': "l", 'đ': "d", 'ı': "i", 'þ': "th", 'ð': "d"}
	for base, letters := range map[string]string{
		"a": "àáâãäåāăą", "c": "çćĉċč", "d": "ď", "e": "èéêëēĕėęě", "g": "ĝğġģ", "h": "ĥħ",
		"i": "ìíîïĩīĭįǐ", "j": "ĵ", "k": "ķ", "l": "ĺļľŀ", "n": "ñńņňŉ", "o": "òóôõöōŏőǒ",
		"r": "ŕŗř", "s": "śŝşšș", "t": "ţťŧț", "u": "ùúûüũūŭůűųǔ", "w": "ŵ", "y": "ýÿŷ", "z": "źżž",
	} {
		for _, r := range letters {
			m[r] = base
		}
	}
	return m
}()

func isSep(c byte) bool { return c == '_' || c == ' ' || c == '\t' }

func isWordy(k string) bool {
	for _, r := range k {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// isHyphen reports whether a key is a hyphen or dash, which matching skips
// on both sides ("al-Assad" and "al Assad" match alike, as in TABARI).
func isHyphen(k string) bool {
	return k == "-" || k == "–" || k == "—" || k == "‐"
}

// keyOf is the matching key of a token form: lower-cased, typographic
// apostrophes made plain, and the periods of abbreviations removed ("U.S."
// and "US" both give "us").
func keyOf(s string) string {
	plain := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || 'A' <= c && c <= 'Z' || c == '.' {
			plain = false
			break
		}
	}
	if plain {
		return s
	}
	k := strings.ToLower(s)
	if strings.ContainsAny(k, "’‘") {
		k = strings.NewReplacer("’", "'", "‘", "'").Replace(k)
	}
	k = foldMarks(k)
	if strings.IndexByte(k, '.') >= 0 && isWordy(k) {
		k = strings.ReplaceAll(k, ".", "")
	}
	return k
}
