package text

import (
	"strings"
	"time"

	"entente"
)

// maxDatelineTokens bounds the tokens a dateline may take before its dash
// ("MICHIGAN CITY , Ind. , March 24 ( Reuters ) -" is thirteen).
const maxDatelineTokens = 16

// DatelineEnd returns the number of tokens at the head of toks that form a
// wire dateline, the place and date of filing that opens a news story:
// "TOKYO, March 3 -", "LONDON, Feb 26 (Reuters) -", "SANTA ANA, Calif.,
// March 16 -", "WASHINGTON (AP) —". It returns 0 when toks do not open with
// one. A dateline is one or more capitalised place words (commas and
// abbreviated states such as "Calif." between them), then an optional date
// (a month name and a day number) and an optional agency in brackets, then
// a dash. To tell it from a sentence that opens with a name and a dash
// ("Russia - the largest ..."), it must have an upper-case place word, a
// date or an agency. The count includes the dash.
//
// A dateline names where a story was filed, not who acted in it: the actor
// matcher leaves its words out.
func DatelineEnd(toks []entente.Token) int {
	n := len(toks)
	if n > maxDatelineTokens+1 {
		n = maxDatelineTokens + 1
	}
	if n == 0 || openers[toks[0].Form] {
		return 0
	}
	i := 0
	places, upper := 0, false
	// The place: capitalised words, with commas and abbreviations.
	for i < n {
		f := toks[i].Form
		switch {
		case f == ",":
			if places == 0 {
				return 0
			}
			i++
			continue
		case isMonth(f) && places > 0 && i+1 < n && isDay(toks[i+1].Form):
		case isPlaceWord(f):
			places++
			if isUpperWord(f) {
				upper = true
			}
			i++
			continue
		}
		break
	}
	if places == 0 {
		return 0
	}
	// The date: a month and a day ("March 3", "Mar 4", "Feb. 26") or a day
	// and a month ("12 April"), either with a year ("April 12, 2025").
	_, _, _, m := datelineDate(toks[:n], i)
	dated := m > 0
	i += m
	if dated && i < n && toks[i].Form == "," {
		i++
	}
	// The agency: "(Reuters)", "(AP)", "(Thomson Reuters Foundation)":
	// up to four capitalised words in brackets.
	agency := false
	if i < n && toks[i].Form == "(" {
		j := i + 1
		for j < n && j-i <= 4 && isPlaceWord(toks[j].Form) {
			j++
		}
		if j > i+1 && j < n && toks[j].Form == ")" {
			agency = true
			i = j + 1
		}
	}
	if i >= n || !isDash(toks[i].Form) {
		return 0
	}
	if i > 0 && i+1 < len(toks) && toks[i].Span.Start == toks[i-1].Span.End && toks[i+1].Span.Start == toks[i].Span.End {
		// a hyphen inside a word ("SPLA-IO rebels attacked"), not a
		// dateline's dash
		return 0
	}
	if !upper && !dated && !agency {
		return 0
	}
	return i + 1
}

// DatelineDate returns the date of the wire dateline that opens toks (see
// DatelineEnd) when it names a year, a month and a day ("BERLIN, April 12,
// 2025 (Reuters) -", "PARIS, 12 April 2025 -"): the day the story was
// filed, for an article whose input gave no publication date. A dateline
// without a year ("TOKYO, March 3 -") gives none.
func DatelineDate(toks []entente.Token) (time.Time, bool) {
	end := DatelineEnd(toks)
	for i := 0; i < end; i++ {
		if y, mo, d, n := datelineDate(toks[:end], i); n > 0 {
			if y == 0 {
				return time.Time{}, false
			}
			t := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
			if t.Day() != d {
				return time.Time{}, false // "February 30"
			}
			return t, true
		}
	}
	return time.Time{}, false
}

// datelineDate reads a date at toks[i]: a month and a day or a day and a
// month, then, after an optional comma, a year of four digits. It returns
// the year (0 when there is none), month and day, and the number of tokens
// read (0 when there is no date, the comma before the year counted).
func datelineDate(toks []entente.Token, i int) (year int, month time.Month, day, n int) {
	if i+1 >= len(toks) {
		return 0, 0, 0, 0
	}
	switch {
	case isMonth(toks[i].Form) && isDay(toks[i+1].Form):
		month, day = monthOf(toks[i].Form), atoi(toks[i+1].Form)
	case isDay(toks[i].Form) && isMonth(toks[i+1].Form):
		month, day = monthOf(toks[i+1].Form), atoi(toks[i].Form)
	default:
		return 0, 0, 0, 0
	}
	n = 2
	j := i + 2
	if j < len(toks) && toks[j].Form == "," {
		j++
	}
	if j < len(toks) && isYear(toks[j].Form) {
		year, n = atoi(toks[j].Form), j+1-i
	}
	return year, month, day, n
}

// isYear reports whether f is a year of four digits from 1900 to 2199.
func isYear(f string) bool {
	if len(f) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if f[i] < '0' || f[i] > '9' {
			return false
		}
	}
	y := atoi(f)
	return y >= 1900 && y < 2200
}

// atoi reads a number of ASCII digits (the caller checked them).
func atoi(f string) int {
	v := 0
	for i := 0; i < len(f); i++ {
		v = v*10 + int(f[i]-'0')
	}
	return v
}

// monthOf returns the month a name or abbreviation of isMonth names.
func monthOf(f string) time.Month {
	f = strings.ToLower(strings.TrimSuffix(f, "."))
	for m := time.January; m <= time.December; m++ {
		if name := strings.ToLower(m.String()); name == f || len(f) >= 3 && strings.HasPrefix(name, f) {
			return m
		}
	}
	return 0
}

// isPlaceWord reports whether f may be a word of a place name in a
// dateline: it starts with an upper-case letter and has no digit ("TOKYO",
// "Calif.", "Fort", "D.C.").
func isPlaceWord(f string) bool {
	if f == "" || f[0] < 'A' || f[0] > 'Z' {
		return false
	}
	for i := 0; i < len(f); i++ {
		c := f[i]
		if c >= '0' && c <= '9' {
			return false
		}
	}
	return true
}

// isUpperWord reports whether f has three letters or more, all upper case
// ("TOKYO", not "U.S.").
func isUpperWord(f string) bool {
	letters := 0
	for i := 0; i < len(f); i++ {
		c := f[i]
		switch {
		case c >= 'a' && c <= 'z':
			return false
		case c >= 'A' && c <= 'Z':
			letters++
		}
	}
	return letters >= 3
}

// isDay reports whether f is a day of the month, 1 to 31.
func isDay(f string) bool {
	if len(f) == 0 || len(f) > 2 {
		return false
	}
	d := 0
	for i := 0; i < len(f); i++ {
		if f[i] < '0' || f[i] > '9' {
			return false
		}
		d = d*10 + int(f[i]-'0')
	}
	return d >= 1 && d <= 31
}

// isDash reports whether f is a dash that ends a dateline.
func isDash(f string) bool {
	switch f {
	case "-", "--", "–", "—", "―":
		return true
	}
	return false
}

// openers are capitalised function words that open sentences, never
// datelines ("In Tokyo, March 3 - ...").
var openers = map[string]bool{
	"A": true, "An": true, "The": true, "In": true, "On": true, "At": true, "By": true, "For": true,
	"From": true, "To": true, "Of": true, "As": true, "After": true, "Before": true, "Since": true,
	"Until": true, "When": true, "While": true, "If": true, "But": true, "And": true, "Or": true,
	"Last": true, "Next": true, "This": true, "Early": true, "Late": true,
}

// datelineMonths are the month names and their abbreviations, lower case,
// without a final period.
var datelineMonths = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// isMonth reports whether f names a month ("March", "Feb", "Feb.", "MARCH",
// and the wire's typos "april", "APril").
func isMonth(f string) bool {
	return datelineMonths[strings.ToLower(strings.TrimSuffix(f, "."))]
}
