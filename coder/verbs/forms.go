package verbs

import "strings"

func isVowel(c byte) bool { return strings.IndexByte("AEIOU", c) >= 0 }

// RegularForms returns the regular inflections of an upper-case English verb
// root: the root, third person singular, past and present participle
// ("ACCUSE" -> ACCUSE ACCUSES ACCUSED ACCUSING; "PLAN" also PLANNED and
// PLANNING; "DENY" -> DENIES DENIED DENYING).
func RegularForms(root string) []string {
	n := len(root)
	if n == 0 {
		return nil
	}
	out := []string{root}
	add := func(s ...string) { out = append(out, s...) }
	last := root[n-1]
	switch {
	case last == 'E':
		add(root+"S", root+"D")
		if n > 2 && root[n-2] == 'E' {
			add(root + "ING")
		} else {
			add(root[:n-1] + "ING")
		}
	case last == 'Y' && n > 1 && !isVowel(root[n-2]):
		add(root[:n-1]+"IES", root[:n-1]+"IED", root+"ING")
	case strings.HasSuffix(root, "S") || strings.HasSuffix(root, "SH") || strings.HasSuffix(root, "CH") ||
		last == 'X' || last == 'Z':
		add(root+"ES", root+"ED", root+"ING")
	default:
		add(root+"S", root+"ED", root+"ING")
		// consonant-vowel-consonant: both the doubled and the plain
		// participles, since stress decides ("PLANNED", "VISITED").
		if n >= 3 && !isVowel(last) && isVowel(root[n-2]) && !isVowel(root[n-3]) &&
			strings.IndexByte("WXY", last) < 0 {
			add(root+string(last)+"ED", root+string(last)+"ING")
		}
	}
	return out
}

// NounForms returns a noun and its regular plural, following the PETRARCH
// rule: -IES after a consonant and Y, -ES after SS (and S, SH, CH, X), else -S.
func NounForms(w string) []string {
	n := len(w)
	if n == 0 {
		return nil
	}
	switch {
	case w[n-1] == 'Y' && n > 1 && !isVowel(w[n-2]):
		return []string{w, w[:n-1] + "IES"}
	case strings.HasSuffix(w, "S") || strings.HasSuffix(w, "SH") || strings.HasSuffix(w, "CH") || w[n-1] == 'X':
		return []string{w, w + "ES"}
	}
	return []string{w, w + "S"}
}

// Inflects reports whether word is a regular inflection of base: base itself,
// a plural or third person, a past or a participle (word and base upper
// case).
func Inflects(word, base string) bool {
	if word == base {
		return true
	}
	if !strings.HasPrefix(word, base[:max(0, len(base)-1)]) {
		return false
	}
	for _, f := range RegularForms(base) {
		if f == word {
			return true
		}
	}
	for _, f := range NounForms(base) {
		if f == word {
			return true
		}
	}
	return false
}
