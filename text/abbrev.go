package text

import (
	"strings"
	"unicode/utf8"
)

// How an abbreviation's period behaves at a possible sentence end.
const (
	abbrNone   = iota // not an abbreviation: the period is a token of its own
	abbrBefore        // precedes a name or number (Mr., Gen., Jan., St.): never ends a sentence
	abbrNumber        // precedes a number only (No. 5, Art. 3): attached only then
	abbrMay           // may end a sentence (Corp., etc., U.S., a.m., initials)
)

// abbreviations maps the abbreviations of news English, written without their
// final period and case-sensitively, to how they behave. Words with inner
// periods ("U.S.", "a.m.", "e.g.") and single capital initials ("M.") are
// recognised by their shape and need no entry.
var abbreviations = map[string]uint8{
	// titles and ranks, which precede a name
	"Mr": abbrBefore, "Mrs": abbrBefore, "Ms": abbrBefore, "Messrs": abbrBefore, "Mme": abbrBefore,
	"Dr": abbrBefore, "Prof": abbrBefore, "Gen": abbrBefore, "Gens": abbrBefore, "Lt": abbrBefore,
	"Col": abbrBefore, "Maj": abbrBefore, "Capt": abbrBefore, "Cmdr": abbrBefore, "Cdr": abbrBefore,
	"Adm": abbrBefore, "Brig": abbrBefore, "Sgt": abbrBefore, "Cpl": abbrBefore, "Pvt": abbrBefore,
	"Rep": abbrBefore, "Reps": abbrBefore, "Sen": abbrBefore, "Sens": abbrBefore, "Gov": abbrBefore,
	"Pres": abbrBefore, "Rev": abbrBefore, "Fr": abbrBefore, "Hon": abbrBefore, "Supt": abbrBefore,
	"Insp": abbrBefore, "Amb": abbrBefore, "Atty": abbrBefore, "Sec": abbrBefore,
	"St": abbrBefore, "Mt": abbrBefore, "Ft": abbrBefore,
	// months, which precede a day
	"Jan": abbrBefore, "Feb": abbrBefore, "Mar": abbrBefore, "Apr": abbrBefore, "Jun": abbrBefore,
	"Jul": abbrBefore, "Aug": abbrBefore, "Sep": abbrBefore, "Sept": abbrBefore, "Oct": abbrBefore,
	"Nov": abbrBefore, "Dec": abbrBefore,
	// days of the week
	"Mon": abbrMay, "Tue": abbrMay, "Tues": abbrMay, "Wed": abbrMay, "Thu": abbrMay, "Thur": abbrMay,
	"Thurs": abbrMay, "Fri": abbrMay, "Sat": abbrMay, "Sun": abbrMay,
	// before numbers
	"No": abbrNumber, "Nos": abbrNumber, "no": abbrNumber, "Art": abbrNumber, "Vol": abbrNumber,
	"Fig": abbrNumber, "p": abbrNumber, "pp": abbrNumber, "Ch": abbrNumber, "Sect": abbrNumber,
	// companies, people, places and Latin, which may end a sentence
	"Inc": abbrMay, "Corp": abbrMay, "Co": abbrMay, "Ltd": abbrMay, "Bros": abbrMay, "Plc": abbrMay,
	"Jr": abbrMay, "Sr": abbrMay, "Esq": abbrMay, "etc": abbrMay, "vs": abbrMay, "v": abbrMay,
	"al": abbrMay, "cf": abbrMay, "ca": abbrMay, "approx": abbrMay, "est": abbrMay, "Ave": abbrMay,
	"Blvd": abbrMay, "Rd": abbrMay, "Dept": abbrMay, "Univ": abbrMay, "Assn": abbrMay, "Govt": abbrMay,
	"Ala": abbrMay, "Ariz": abbrMay, "Ark": abbrMay, "Calif": abbrMay, "Colo": abbrMay, "Conn": abbrMay,
	"Del": abbrMay, "Fla": abbrMay, "Ga": abbrMay, "Ill": abbrMay, "Ind": abbrMay, "Kan": abbrMay,
	"Kans": abbrMay, "Ky": abbrMay, "La": abbrMay, "Md": abbrMay, "Mass": abbrMay, "Mich": abbrMay,
	"Minn": abbrMay, "Miss": abbrMay, "Mo": abbrMay, "Mont": abbrMay, "Neb": abbrMay, "Nev": abbrMay,
	"Okla": abbrMay, "Ore": abbrMay, "Pa": abbrMay, "Tenn": abbrMay, "Tex": abbrMay, "Va": abbrMay,
	"Vt": abbrMay, "Wash": abbrMay, "Wis": abbrMay, "Wyo": abbrMay, "Gov't": abbrMay,
	"Arrv": abbrMay, "Dep": abbrMay, "Int'l": abbrMay, "Natl": abbrMay, "Intl": abbrMay,
}

// abbrevPeriod reports whether the period at s[q] belongs to the word s[i:q]
// as an abbreviation's period.
//
// At the end of a sentence the treebank gives the period a token of its own
// ("in the U.S ."), so the period of an abbreviation that may end a
// sentence is left alone when the text ends after it or a word that starts
// sentences follows it.
//
// final reports whether the end of s ends a sentence.
func abbrevPeriod(s string, i, q int, dotted, final bool) bool {
	w := s[i:q]
	kind := uint8(abbrNone)
	switch {
	case dotted:
		if dottedLetters(w) {
			kind = abbrMay
		}
	case len(w) == 1 && 'A' <= w[0] && w[0] <= 'Z':
		kind = abbrMay // an initial
	default:
		kind = abbrevLookup(w)
	}
	switch kind {
	case abbrNone:
		return false
	case abbrNumber:
		return q+2 < len(s) && s[q+1] == ' ' && digitAt(s, q+2)
	}
	// Look past closing quotes and brackets and white space.
	j := q + 1
	for j < len(s) && (s[j] == '"' || s[j] == ')' || s[j] == '\'') {
		j++
	}
	if j < len(s) && s[j] == '.' {
		return true // "Inc.." : the abbreviation's period, then the sentence's
	}
	for j < len(s) {
		if sp, n := spaceAt(s, j); sp {
			j += n
		} else {
			break
		}
	}
	if j == len(s) {
		return !final
	}
	if kind == abbrMay && j > q+1 {
		if startsAfterAbbrev(s, j) {
			return false
		}
		// A paragraph break (a blank line, an indented line) ends the sentence.
		if g := s[q+1 : j]; strings.Count(g, "\n") > 1 || strings.Contains(g, "\n  ") || strings.Contains(g, "\n\t") {
			return false
		}
	}
	return true
}

// startsAfterAbbrev reports whether the text at j, after an abbreviation's
// period and white space, starts a new sentence: a word that typically
// starts one, or an opening double quote before a capital.
func startsAfterAbbrev(s string, j int) bool {
	switch {
	case strings.HasPrefix(s[j:], `"`):
		j++
	case strings.HasPrefix(s[j:], "“"):
		j += len("“")
	default:
		e := j
		for e < len(s) && e-j < 12 && s[e] < utf8.RuneSelf && asciiClass[s[e]]&cLetter != 0 {
			e++
		}
		return sentenceStarters[s[j:e]] && !alnumAt(s, e)
	}
	return j < len(s) && asciiClass[s[j]&0x7f]&cUpper != 0 && s[j] < utf8.RuneSelf
}

// abbrevLookup returns the kind of the abbreviation w (without its period),
// also when it is written in capitals ("ST. LOUIS", "GEN. SMITH").
func abbrevLookup(w string) uint8 {
	if k, ok := abbreviations[w]; ok {
		return k
	}
	if len(w) < 2 || len(w) > 6 {
		return abbrNone
	}
	var buf [6]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c < 'A' || c > 'Z' {
			return abbrNone
		}
		if i > 0 {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return abbreviations[string(buf[:len(w)])]
}

// dottedLetters reports whether w is letters in short groups joined by
// periods, like "U.S", "a.m", "Ph.D" or "e.g".
func dottedLetters(w string) bool {
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c == '.' {
			if n == 0 {
				return false
			}
			n = 0
			continue
		}
		if c >= 0x80 || asciiClass[c]&cLetter == 0 {
			return false
		}
		n++
		if n > 3 {
			return false
		}
	}
	return n > 0
}

// abbrevKind tells how the token f, which ends with a period, behaves.
func abbrevKind(f string) uint8 {
	if len(f) < 2 || f[len(f)-1] != '.' {
		return abbrNone
	}
	w := f[:len(f)-1]
	if k := abbrevLookup(w); k != abbrNone {
		return k
	}
	if len(w) == 1 && 'A' <= w[0] && w[0] <= 'Z' {
		return abbrMay
	}
	if dottedLetters(w) {
		return abbrMay
	}
	return abbrNone
}

// sentenceStarters are capitalised words that after an abbreviation's period
// mark the start of a new sentence ("... the U.S. The move ...") rather than
// the continuation of a name ("U.S. Treasury").
var sentenceStarters = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true,
	"We": true, "I": true, "You": true, "But": true, "And": true, "Or": true, "So": true,
	"Yet": true, "In": true, "On": true, "At": true, "For": true, "As": true, "If": true,
	"When": true, "While": true, "After": true, "Before": true, "Since": true, "Although": true,
	"Though": true, "However": true, "Meanwhile": true, "This": true, "That": true,
	"These": true, "Those": true, "There": true, "Its": true, "His": true, "Her": true,
	"Their": true, "Our": true, "My": true, "Some": true, "Many": true, "Most": true,
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Earlier": true, "Later": true,
	"Last": true, "Next": true, "Under": true, "With": true, "By": true, "From": true,
	"What": true, "Why": true, "How": true, "Who": true, "Where": true, "Also": true,
	"Both": true, "Such": true, "Other": true,
	"THE": true, "HE": true, "IT": true, "THEY": true, "WE": true, "BUT": true,
}
