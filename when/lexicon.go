package when

import (
	"strings"
	"time"

	"entente/internal/wordhash"
)

// months maps folded month names and abbreviations to their number.
var months = map[string]time.Month{
	"january": 1, "jan": 1, "jan.": 1, "february": 2, "feb": 2, "feb.": 2,
	"march": 3, "mar": 3, "mar.": 3, "april": 4, "apr": 4, "apr.": 4, "may": 5,
	"june": 6, "jun": 6, "jun.": 6, "july": 7, "jul": 7, "jul.": 7,
	"august": 8, "aug": 8, "aug.": 8, "september": 9, "sept": 9, "sept.": 9,
	"sep": 9, "sep.": 9, "october": 10, "oct": 10, "oct.": 10,
	"november": 11, "nov": 11, "nov.": 11, "december": 12, "dec": 12, "dec.": 12,
}

// weekdays maps folded day names to weekdays.
var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday,
	"saturday": time.Saturday,
}

// numberWords are spelled-out counts used in "four years later".
var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
	"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"hundred": 100, "several": 3, "few": 3, "couple": 2,
}

// ordinals are the spelled ordinals of centuries ("the nineteenth century").
var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
	"twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20,
}

// seasons map a season to its first and last months (northern hemisphere).
var seasons = map[string][2]time.Month{
	"spring": {3, 5}, "summer": {6, 8}, "autumn": {9, 11}, "fall": {9, 11}, "winter": {12, 2},
}

// unit is a calendar unit of a relative expression.
type unit uint8

const (
	uNone unit = iota
	uDay
	uWeek
	uMonth
	uYear
	uDecade
	uCentury
)

var units = map[string]unit{
	"day": uDay, "days": uDay, "week": uWeek, "weeks": uWeek, "month": uMonth,
	"months": uMonth, "year": uYear, "years": uYear, "decade": uDecade,
	"decades": uDecade, "century": uCentury, "centuries": uCentury,
}

// precision of a date counted in a unit.
func (u unit) precision() precisionRank {
	switch u {
	case uDay:
		return rDay
	case uWeek:
		return rDay
	case uMonth:
		return rMonth
	case uYear:
		return rYear
	case uDecade:
		return rDecade
	}
	return rApprox
}

// add moves t by n units.
func (u unit) add(t time.Time, n int) time.Time {
	switch u {
	case uDay:
		return t.AddDate(0, 0, n)
	case uWeek:
		return t.AddDate(0, 0, 7*n)
	case uMonth:
		return t.AddDate(0, n, 0)
	case uYear:
		return t.AddDate(n, 0, 0)
	case uDecade:
		return t.AddDate(10*n, 0, 0)
	case uCentury:
		return t.AddDate(100*n, 0, 0)
	}
	return t
}

// era is a named historical period.
type era struct {
	words      []string // folded tokens
	start, end int      // years, inclusive
}

// eras are periods the news names instead of dates. The years are facts of
// common knowledge.
var eras = []era{
	{[]string{"cold", "war"}, 1947, 1991},
	{[]string{"second", "world", "war"}, 1939, 1945},
	{[]string{"world", "war", "ii"}, 1939, 1945},
	{[]string{"world", "war", "two"}, 1939, 1945},
	{[]string{"wwii"}, 1939, 1945},
	{[]string{"first", "world", "war"}, 1914, 1918},
	{[]string{"world", "war", "i"}, 1914, 1918},
	{[]string{"world", "war", "one"}, 1914, 1918},
	{[]string{"great", "war"}, 1914, 1918},
	{[]string{"wwi"}, 1914, 1918},
	{[]string{"soviet-afghan", "war"}, 1979, 1989},
	{[]string{"soviet", "-", "afghan", "war"}, 1979, 1989},
	{[]string{"soviet", "era"}, 1922, 1991},
	{[]string{"soviet", "times"}, 1922, 1991},
	{[]string{"korean", "war"}, 1950, 1953},
	{[]string{"vietnam", "war"}, 1955, 1975},
	{[]string{"gulf", "war"}, 1990, 1991},
	{[]string{"iran-iraq", "war"}, 1980, 1988},
	{[]string{"iraq", "war"}, 2003, 2011},
	{[]string{"arab", "spring"}, 2010, 2012},
	{[]string{"colonial", "era"}, 1800, 1960},
	{[]string{"great", "depression"}, 1929, 1939},
}

// eraFirst indexes eras by their first word.
var eraFirst = func() map[string][]int {
	m := map[string][]int{}
	for i, e := range eras {
		m[e.words[0]] = append(m[e.words[0]], i)
	}
	return m
}()

// prepositions that may open a temporal phrase; they join its Phrase.
var preps = map[string]bool{
	"in": true, "on": true, "at": true, "since": true, "during": true, "by": true,
	"until": true, "till": true, "from": true, "throughout": true, "before": true,
	"after": true, "around": true, "circa": true, "of": true, "toward": true,
	"towards": true, "through": true, "following": true, "between": true,
}

// irregularPast are common irregular past-tense forms of news verbs.
var irregularPast = map[string]bool{
	"was": true, "were": true, "had": true, "did": true, "went": true, "met": true,
	"said": true, "took": true, "made": true, "held": true, "gave": true, "saw": true,
	"came": true, "began": true, "sought": true, "fought": true, "sold": true,
	"bought": true, "told": true, "won": true, "led": true, "left": true, "sent": true,
	"spoke": true, "struck": true, "flew": true, "oversaw": true, "knew": true,
	"became": true, "brought": true, "built": true, "drew": true, "fell": true,
	"felt": true, "found": true, "forgot": true, "got": true, "grew": true,
	"hit": true, "kept": true, "lost": true, "meant": true, "paid": true, "ran": true,
	"rose": true, "shot": true, "stood": true, "swore": true, "threw": true,
	"undertook": true, "withdrew": true, "wrote": true, "broke": true, "chose": true,
	"overtook": true, "slew": true, "stole": true, "tore": true, "woke": true,
	"laid": true, "lay": true, "let": true, "put": true, "set": true, "shut": true,
	"spent": true, "split": true, "spread": true, "heard": true,
}

// triggers are the words that may start a temporal phrase; every other word
// is passed over with one lookup. Phrases that start with a digit or an
// apostrophe ("'90s") are tried whatever the word.
var triggers = func() map[string]bool {
	m := map[string]bool{}
	for w := range months {
		m[w] = true
	}
	for w := range weekdays {
		m[w] = true
	}
	for w := range numberWords {
		m[w] = true
	}
	for w := range eraFirst {
		m[w] = true
	}
	for w := range ordinals {
		m[w] = true
		m["twenty-"+w] = true
	}
	for w := range seasons {
		m[w] = true
	}
	for _, w := range []string{"last", "past", "next", "coming", "this", "earlier", "later",
		"following", "previous", "preceding", "same", "subsequent", "that", "recent",
		"returned", "return", "returning", "returns", "yesterday", "today", "tonight", "weekend", "day", "week",
		"tomorrow", "now", "nowadays", "currently", "recently", "lately"} {
		m[w] = true
	}
	return m
}()

// triggerBits is a one-hash Bloom filter of triggers (see triggerBit):
// most words of a text start no temporal phrase, and the filter tells most
// of them so without probing the map.
var triggerBits = func() (bits [1 << triggerBitsLog / 64]uint64) {
	for w := range triggers {
		b := triggerBit(w)
		bits[b>>6] |= 1 << (b & 63)
	}
	return bits
}()

// triggerBitsLog is the base-2 logarithm of the number of bits of
// triggerBits: 2^12 bits (512 bytes).
const triggerBitsLog = 12

// triggerBit returns the bit of a word in triggerBits (see package
// wordhash).
func triggerBit(w string) uint64 { return wordhash.Bit(w, triggerBitsLog) }

// isTrigger reports whether w is one of triggers.
func isTrigger(w string) bool {
	b := triggerBit(w)
	return triggerBits[b>>6]&(1<<(b&63)) != 0 && triggers[w]
}

// prospective verbs look ahead: an infinitive after them ("agreed to build",
// "invited the envoy to visit") happens, if at all, after the verb's own time.
var prospective = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"plan", "intend", "want", "hope", "agree", "promise", "pledge",
		"vow", "threaten", "decide", "urge", "ask", "invite", "call", "expect", "aim", "seek",
		"try", "offer", "prepare", "order", "demand", "request", "encourage", "press", "persuade",
		"allow", "enable", "propose", "wish", "need", "push"} {
		m[w] = true
		m[w+"s"] = true
		if strings.HasSuffix(w, "e") {
			m[w+"d"] = true
		} else {
			m[w+"ed"] = true
		}
	}
	for _, w := range []string{"sought", "tried", "vowed", "planned", "wanted", "hoped", "urged", "asked", "called", "ordered"} {
		m[w] = true
	}
	return m
}()
