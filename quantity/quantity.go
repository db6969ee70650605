// Package quantity finds the amounts a sentence attaches to its events:
// money with its currency, scale and rate ("$153 million" is 153000000 USD,
// "$2.5 million per month" has the rate "month", "Rs 5 billion", "€2bn"),
// counts of people with low, best and high estimates ("at least 18 killed",
// "dozens of refugees", "between 200 and 300 troops"), and named weapon
// systems ("Mi-35M", "T-90", "S-400").
//
// It reads the sentence's text with a small lexer of its own, so that it
// does not depend on how the tokenizer splits "$1.9bn" or "Su-30MKI"; the
// tokens serve only to tell which clause a quantity belongs to.
package quantity

import (
	"strconv"
	"strings"

	"entente"
	"entente/internal/clause"
)

// The kinds of quantity.
const (
	Money  = "money"
	People = "people"
	Weapon = "weapon"
)

// Find returns the quantities of the sentence, in text order. text is the
// article's text.
func Find(sent *entente.Sentence, text string) []entente.Quantity {
	if !sent.Span.Valid(len(text)) {
		return nil
	}
	var buf [64]item
	items := lex(text, sent.Span.Start, sent.Span.End, buf[:0])
	var out []entente.Quantity
	done := 0 // items before done belong to a quantity already found
	for i := 0; i < len(items); {
		if !mayStart(&items[i]) {
			i++
			continue
		}
		q, next, ok := money(items, i)
		if !ok {
			q, next, ok = people(items, i)
		}
		if !ok {
			q, next, ok = weapon(items, i, done)
		}
		if ok {
			out = append(out, q)
			i, done = next, next
			continue
		}
		i++
	}
	return out
}

// mayStart reports whether a quantity may start at it: a number, a symbol,
// a capitalised word (a currency code, a weapon) or a counting word.
func mayStart(it *item) bool {
	if it.kind != itemWord || isUpperWord(it.text) {
		return true
	}
	if _, ok := numberWords[it.low]; ok {
		return true
	}
	if _, ok := vague[it.low]; ok {
		return true
	}
	switch it.low {
	case "a", "an", "tens", "hundreds":
		return true
	}
	return false
}

// ForEvent returns those of qs (found in sent by Find) that lie in the
// clause of the event whose verb is token verbTok.
func ForEvent(sent *entente.Sentence, verbTok int, qs []entente.Quantity) []entente.Quantity {
	if len(qs) == 0 || verbTok < 0 || verbTok >= len(sent.Tokens) {
		return nil
	}
	return ForEventWords(sent, clause.Words(sent.Tokens), verbTok, qs)
}

// ForEventWords is ForEvent with the sentence's folded words (clause.Words)
// computed once by the caller, for several stages or events of one
// sentence.
func ForEventWords(sent *entente.Sentence, words []string, verbTok int, qs []entente.Quantity) []entente.Quantity {
	if len(qs) == 0 || verbTok < 0 || verbTok >= len(sent.Tokens) {
		return nil
	}
	if len(words) != len(sent.Tokens) {
		words = clause.Words(sent.Tokens)
	}
	cs, ce := clause.Bounds(sent.Tokens, words, verbTok)
	var out []entente.Quantity
	for _, q := range qs {
		t := clause.TokenAt(sent.Tokens, q.Span.Start)
		if t >= cs && t < ce {
			out = append(out, q)
		}
	}
	return out
}

// number parses "1,510", "2.5", and a scale suffix "2bn", "10m"; it returns
// the value and the suffix's scale (1 without one).
func number(s string) (float64, float64, bool) {
	end := len(s)
	for end > 0 && isLetter(s[end-1]) {
		end--
	}
	suffix := strings.ToLower(s[end:])
	scale := 1.0
	if suffix != "" {
		sc, ok := scales[suffix]
		if !ok {
			return 0, 0, false
		}
		scale = sc
	}
	digits := strings.ReplaceAll(s[:end], ",", "")
	v, err := strconv.ParseFloat(digits, 64)
	if err != nil {
		return 0, 0, false
	}
	return v, scale, true
}

var scales = map[string]float64{
	"thousand": 1e3, "thousands": 1e3, "k": 1e3, "million": 1e6, "millions": 1e6, "mn": 1e6, "m": 1e6,
	"mln": 1e6, "billion": 1e9, "billions": 1e9, "bn": 1e9, "b": 1e9, "bln": 1e9,
	"trillion": 1e12, "tn": 1e12, "trn": 1e12, "lakh": 1e5, "lakhs": 1e5,
	"crore": 1e7, "crores": 1e7,
}

// prefix currencies stand before the amount.
var prefixCurrency = map[string]string{
	"$": "USD", "us$": "USD", "a$": "AUD", "c$": "CAD", "hk$": "HKD", "nz$": "NZD",
	"s$": "SGD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "rs": "INR",
	"rs.": "INR", "inr": "INR", "pkr": "PKR", "usd": "USD", "eur": "EUR", "gbp": "GBP",
	"cny": "CNY", "rmb": "CNY", "rub": "RUB", "jpy": "JPY", "chf": "CHF", "₽": "RUB",
}

// suffix currencies follow it ("5 million dollars"); a nationality before
// them may change the code ("Pakistani rupees").
var suffixCurrency = map[string]string{
	"dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP",
	"rupees": "INR", "rupee": "INR", "yuan": "CNY", "renminbi": "CNY", "roubles": "RUB",
	"rubles": "RUB", "yen": "JPY", "riyals": "SAR", "dirhams": "AED", "lira": "TRY",
	"usd": "USD", "eur": "EUR", "gbp": "GBP", "inr": "INR", "pkr": "PKR", "cny": "CNY",
	"rub": "RUB",
}

var nationalCurrency = map[string]string{
	"pakistani rupees": "PKR", "indian rupees": "INR", "australian dollars": "AUD",
	"canadian dollars": "CAD", "hong kong dollars": "HKD", "us dollars": "USD",
	"u.s. dollars": "USD", "american dollars": "USD", "sri lankan rupees": "LKR",
	"nepalese rupees": "NPR", "saudi riyals": "SAR", "turkish lira": "TRY",
}

// approx reads the words before a number that make it a bound or an
// estimate; it returns how many items they take and the bound: -1 lower
// ("at least"), +1 upper ("up to"), 0 none.
func approx(items []item, i int) (int, int) {
	w1 := at(items, i-1)
	w2 := at(items, i-2)
	w3 := at(items, i-3)
	switch {
	case w2 == "at" && (w1 == "least"):
		return 2, -1
	case w2 == "more" && w1 == "than", w2 == "upwards" && w1 == "of":
		return 2, -1
	case w2 == "up" && w1 == "to", w3 == "as" && w2 == "many" && w1 == "as", w3 == "as" && w2 == "much" && w1 == "as":
		if w3 == "as" && (w2 == "many" || w2 == "much") {
			return 3, 1
		}
		return 2, 1
	case w2 == "fewer" && w1 == "than", w2 == "less" && w1 == "than", w3 == "no" && w2 == "more" && w1 == "than":
		if w3 == "no" {
			return 3, 1
		}
		return 2, 1
	case w1 == "over":
		return 1, -1
	case w1 == "about" || w1 == "around" || w1 == "some" || w1 == "nearly" || w1 == "almost" ||
		w1 == "roughly" || w1 == "approximately" || w1 == "estimated" || w1 == "under":
		n := 1
		if w1 == "estimated" && w2 == "an" {
			n = 2
		}
		switch w1 {
		case "under", "nearly", "almost":
			// "nearly 300": close to, and not above, 300.
			if w2 == "just" {
				return 2, 1
			}
			return 1, 1
		}
		return n, 0
	}
	return 0, 0
}

func at(items []item, i int) string {
	if i < 0 || i >= len(items) {
		return ""
	}
	return items[i].low
}

// bounded sets low, best and high from a value and a bound.
func bounded(q *entente.Quantity, v float64, bound int) {
	q.Best = v
	switch bound {
	case -1:
		q.Low = v
	case 1:
		q.High = v
	}
}

// amount reads a number at i with an optional scale word after it; it
// returns the value, the scale it carried (1 without one) and the index
// after it. The one-letter scales ("m", "b") count only attached ("5m").
func amount(items []item, i int) (float64, float64, int, bool) {
	if i >= len(items) || items[i].kind != itemNumber {
		return 0, 0, i, false
	}
	v, scale, ok := number(items[i].text)
	if !ok {
		return 0, 0, i, false
	}
	j := i + 1
	if scale == 1 {
		if w := at(items, j); len(w) > 1 {
			if sc, ok := scales[w]; ok {
				scale = sc
				j++
			}
		}
	}
	return v * scale, scale, j, true
}

// money reads "$153 million", "US$2.5bn a month", "Rs 5 billion", "€2bn",
// "5 million dollars", "$2-3 billion", "between $1 billion and $2 billion".
func money(items []item, i int) (entente.Quantity, int, bool) {
	var q entente.Quantity
	start := i
	cur := ""
	j := i
	// prefix: "$", "US$", "Rs", "EUR"
	if j+1 < len(items) && items[j].kind == itemWord && at(items, j+1) == "$" && !items[j+1].space {
		if c, ok := prefixCurrency[at(items, j)+"$"]; ok {
			cur, j = c, j+2
		}
	}
	if cur == "" {
		if c, ok := prefixCurrency[at(items, j)]; ok && (items[j].kind == itemSymbol || isUpperWord(items[j].text)) {
			cur, j = c, j+1
			if at(items, j) == "." { // "Rs."
				j++
			}
		}
	}
	v, sc1, k, ok := amount(items, j)
	if !ok {
		return q, i, false
	}
	if cur == "" {
		// suffix currency: "5 million dollars", "200 Pakistani rupees"
		if c, ok := suffixCurrency[at(items, k)]; ok {
			cur, k = c, k+1
		} else if c, ok := nationalCurrency[at(items, k)+" "+at(items, k+1)]; ok {
			cur, k = c, k+2
		} else if c, ok := nationalCurrency[at(items, k)+" "+at(items, k+1)+" "+at(items, k+2)]; ok {
			cur, k = c, k+3
		} else {
			return q, i, false
		}
	}
	q.Kind, q.Unit = Money, cur
	n, bound := approx(items, start)
	bounded(&q, v, bound)
	// ranges: "$2-3 billion", "$2 billion to $3 billion", "between ... and"
	if w := at(items, k); w == "-" || w == "to" || w == "–" || w == "and" && at(items, start-n-1) == "between" {
		m := k + 1
		if c, ok := prefixCurrency[at(items, m)]; ok && c == cur {
			m++
		}
		if v2, sc2, k2, ok := amount(items, m); ok {
			if sc1 == 1 && sc2 > 1 {
				v *= sc2
			}
			if v2 > v {
				q.Low, q.High, q.Best = v, v2, (v+v2)/2
				k = k2
				if c, ok := suffixCurrency[at(items, k)]; ok && c == cur {
					k++
				}
			} else {
				bounded(&q, v, bound)
			}
		}
	}
	if at(items, start-n-1) == "between" {
		n++
	}
	k = rate(items, k, &q)
	first := start - n
	if first < 0 {
		first = 0
	}
	q.Span = entente.Span{Start: items[first].start, End: items[k-1].end}
	return q, k, true
}

func isUpperWord(s string) bool {
	return s != "" && s[0] >= 'A' && s[0] <= 'Z'
}

// rate reads "per month", "a year", "annually" after an amount.
var periods = map[string]string{"day": "day", "week": "week", "month": "month", "year": "year",
	"annum": "year", "quarter": "quarter"}

func rate(items []item, k int, q *entente.Quantity) int {
	switch w := at(items, k); w {
	case "per", "a", "an", "each", "every":
		if p, ok := periods[at(items, k+1)]; ok {
			q.Rate = p
			return k + 2
		}
	case "annually", "yearly":
		q.Rate = "year"
		return k + 1
	case "monthly":
		q.Rate = "month"
		return k + 1
	case "daily":
		q.Rate = "day"
		return k + 1
	case "weekly":
		q.Rate = "week"
		return k + 1
	}
	return k
}

// vague counts: "dozens of", with low, best and high.
var vague = map[string][3]float64{
	"dozens":    {24, 36, 99},
	"scores":    {40, 60, 99},
	"hundreds":  {200, 300, 999},
	"thousands": {2000, 3000, 9999},
	"millions":  {2e6, 3e6, 9.99e6},
	"several":   {3, 5, 9},
	"handful":   {2, 4, 6},
	"few":       {2, 3, 5},
	"dozen":     {12, 12, 12},
	"couple":    {2, 2, 2},
}

var numberWords = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}

// peopleNouns map a noun to the kind of people it counts.
var peopleNouns = map[string]string{
	"troops": "troops", "soldiers": "troops", "servicemen": "troops", "personnel": "troops",
	"marines": "troops", "peacekeepers": "troops", "policemen": "troops", "police": "troops",
	"paratroopers": "troops", "sailors": "troops", "officers": "troops", "guards": "troops",
	"refugees": "refugees", "migrants": "refugees", "asylum-seekers": "refugees",
	"displaced": "refugees", "evacuees": "refugees",
	"civilians": "people", "people": "people", "persons": "people", "residents": "people",
	"villagers": "people", "men": "people", "women": "people", "children": "people",
	"students": "people", "workers": "people", "pilgrims": "people", "worshippers": "people",
	"militants": "militants", "fighters": "militants", "insurgents": "militants",
	"rebels": "militants", "gunmen": "militants", "jihadists": "militants", "terrorists": "militants",
	"protesters": "protesters", "protestors": "protesters", "demonstrators": "protesters",
	"prisoners": "prisoners", "detainees": "prisoners", "hostages": "prisoners",
	"journalists": "people", "reporters": "people", "diplomats": "people", "activists": "people",
	"farmers": "people", "passengers": "people", "tourists": "people", "fishermen": "people",
	"doctors": "people", "teachers": "people", "lawmakers": "people", "families": "families",
	"inmates": "prisoners", "captives": "prisoners",
	"casualties": "casualties", "dead": "killed", "deaths": "killed", "bodies": "killed",
	"killed": "killed", "wounded": "wounded", "injured": "wounded",
}

// fates turn a count of people into a count of victims.
var fates = map[string]string{
	"killed": "killed", "killing": "killed", "kill": "killed", "dead": "killed", "died": "killed",
	"slain": "killed", "deaths": "killed", "drowned": "killed", "massacred": "killed", "executed": "killed",
	"wounded": "wounded", "wounding": "wounded", "injured": "wounded", "injuring": "wounded",
	"arrested": "arrested", "detained": "arrested", "kidnapped": "abducted",
	"abducted": "abducted", "displaced": "refugees", "fled": "refugees",
}

// count reads a count of people at i: digits, a spelled number, or a vague
// number ("dozens of", "tens of thousands of"); it returns low, best, high
// and the index after the count.
func count(items []item, i int) (lo, best, hi float64, next int, ok bool) {
	w := at(items, i)
	if items[i].kind == itemNumber {
		v, _, k, ok := amount(items, i)
		if !ok || v <= 0 {
			return 0, 0, 0, i, false
		}
		if len(items[i].text) == 4 && v >= 1900 && v <= 2100 && k == i+1 {
			switch at(items, i-1) {
			case "in", "since", "of", "by", "until", "from", "during", "before", "after":
				return 0, 0, 0, i, false // a year
			}
		}
		return 0, v, 0, k, true
	}
	if v, ok := numberWords[w]; ok {
		k := i + 1
		if sc, ok := scales[at(items, k)]; ok {
			v *= sc
			k++
		}
		return 0, v, 0, k, true
	}
	// "tens of thousands of", "hundreds of thousands of"
	if (w == "tens" || w == "hundreds") && at(items, i+1) == "of" {
		if sc, ok := scales[at(items, i+2)]; ok && at(items, i+3) == "of" {
			base := 10.0
			if w == "hundreds" {
				base = 100
			}
			return 2 * base * sc, 3 * base * sc, 10*base*sc - 1, i + 4, true
		}
	}
	if w == "a" || w == "an" {
		if r, ok := vague[at(items, i+1)]; ok && (at(items, i+1) == "dozen" || at(items, i+1) == "few" || at(items, i+1) == "handful" || at(items, i+1) == "couple") {
			k := i + 2
			if sc, ok := vagueScale(at(items, k)); ok && at(items, i+1) != "dozen" {
				// "a few hundred": the few are hundreds
				return r[0] * sc, r[1] * sc, r[2] * sc, vagueOf(items, k+1), true
			}
			return r[0], r[1], r[2], vagueOf(items, k), true
		}
	}
	if r, ok := vague[w]; ok && w != "dozen" && w != "few" && w != "handful" && w != "couple" {
		k := i + 1
		if sc, ok := vagueScale(at(items, k)); ok && w == "several" {
			// "several hundred protesters", "several thousand troops"
			return r[0] * sc, r[1] * sc, r[2] * sc, vagueOf(items, k+1), true
		}
		if at(items, k) == "of" {
			k++
		} else if w != "several" {
			return 0, 0, 0, i, false
		}
		return r[0], r[1], r[2], k, true
	}
	return 0, 0, 0, i, false
}

// vagueScale returns the number a word after a vague count multiplies it
// by: "several hundred", "a few thousand", "several dozen".
func vagueScale(w string) (float64, bool) {
	switch w {
	case "dozen":
		return 12, true
	case "hundred":
		return 100, true
	case "thousand", "million", "billion":
		return scales[w], true
	}
	return 0, false
}

// vagueOf returns k, or the index after it when the word there is "of"
// ("a few of", "several hundred of").
func vagueOf(items []item, k int) int {
	if at(items, k) == "of" {
		return k + 1
	}
	return k
}

// people reads a count of people: "at least 18 people were killed",
// "dozens of refugees", "between 200 and 300 troops", "killed 12 civilians".
func people(items []item, i int) (entente.Quantity, int, bool) {
	var q entente.Quantity
	lo, best, hi, k, ok := count(items, i)
	if !ok {
		return q, i, false
	}
	// a range "200 to 300", "200-300", "between 200 and 300"
	if w := at(items, k); w == "to" || w == "-" || w == "–" || w == "and" {
		if k+1 < len(items) && items[k+1].kind == itemNumber {
			if _, b2, _, k2, ok := count(items, k+1); ok && b2 > best && lo == 0 {
				lo, hi, best, k = best, b2, (best+b2)/2, k2
			}
		}
	}
	// up to three modifiers before the noun: "300 more US troops"
	unit := ""
	end := k
	for j := k; j < len(items) && j <= k+3; j++ {
		if u, ok := peopleNouns[at(items, j)]; ok {
			unit, end = u, j+1
			break
		}
		if items[j].kind != itemWord {
			break
		}
	}
	if unit == "" {
		return q, i, false
	}
	q.Kind, q.Unit = People, unit
	n, bound := approx(items, i)
	if lo == 0 && hi == 0 {
		bounded(&q, best, bound)
	} else {
		q.Low, q.Best, q.High = lo, best, hi
	}
	// What became of them: "18 people were killed", "killed 18 people".
	if unit != "killed" && unit != "wounded" {
		for j := end; j < len(items) && j < end+3; j++ {
			if f, ok := fates[at(items, j)]; ok {
				q.Unit = f
				break
			}
		}
		for j := i - n - 1; j >= 0 && j >= i-n-2; j-- {
			if f, ok := fates[at(items, j)]; ok {
				q.Unit = f
				break
			}
		}
	}
	first := i - n
	if at(items, first-1) == "between" {
		first--
	}
	q.Span = entente.Span{Start: items[first].start, End: items[end-1].end}
	return q, end, true
}

// namedSystems are weapon systems known by a name without a model number;
// the ones that are also common words need a weapon noun after them.
var namedSystems = map[string]bool{
	"thaad": false, "himars": false, "iskander": false, "kalibr": false, "kinzhal": false,
	"bayraktar": false, "shahed": false, "avangard": false, "sarmat": false, "hellfire": false,
	"patriot": true, "javelin": true, "stinger": true, "tomahawk": true, "harpoon": true,
	"tornado": true, "typhoon": true, "rafale": false, "eurofighter": false,
	"grad": true, "scud": false, "kornet": false, "tochka": false, "pantsir": false,
	"predator": true, "reaper": true,
}

var weaponNouns = map[string]bool{
	"missile": true, "missiles": true, "system": true, "systems": true, "launcher": true,
	"launchers": true, "battery": true, "batteries": true, "jet": true, "jets": true,
	"fighter": true, "fighters": true, "tank": true, "tanks": true, "drone": true,
	"drones": true, "helicopter": true, "helicopters": true, "aircraft": true,
	"bomber": true, "bombers": true, "rifle": true, "rifles": true, "engine": true,
	"engines": true, "submarine": true, "submarines": true, "warship": true, "warships": true,
	"rockets": true, "rocket": true, "interceptors": true, "frigate": true, "frigates": true,
	"destroyer": true, "destroyers": true, "corvette": true, "corvettes": true,
	"howitzer": true, "howitzers": true,
}

// notWeapons are model-number lookalikes that are not weapons.
var notWeapons = map[string]bool{
	"covid": true, "g": true, "sars": true, "h": true, "n": true, "p": true, "un": true,
	"iso": true, "form": true, "article": true, "section": true, "k": true, "title": true,
	"cop": true, "brics": true, "y": true, "phase": true, "level": true, "grade": true,
	"class": true, "route": true, "highway": true, "i": true, "us": true, "co": true,
}

// weapon reads a named system: "Mi-35M", "T-90", "S-400", "12 F-16s", "the
// Patriot missile system".
func weapon(items []item, i, done int) (entente.Quantity, int, bool) {
	var q entente.Quantity
	it := items[i]
	if it.kind != itemWord || !isUpperWord(it.text) {
		return q, i, false
	}
	name := ""
	end := i + 1
	if it.low == "type" && i+2 < len(items) && items[i+1].kind == itemNumber && weaponNouns[items[i+2].low] {
		// "Type 054A frigates", "Type 99 tanks": a Chinese designation.
		name = it.text + " " + items[i+1].text
		end = i + 2
	} else if h := strings.IndexByte(it.text, '-'); h > 0 && h <= 5 && h+1 < len(it.text) && isDigit(it.text[h+1]) {
		pre := it.text[:h]
		if notWeapons[strings.ToLower(pre)] || strings.IndexByte(it.text[h+1:], '-') >= 0 {
			return q, i, false
		}
		name = it.text
		// "F-16s": a plural of the model
		if len(name) > h+2 && name[len(name)-1] == 's' && isDigit(name[len(name)-2]) {
			name = name[:len(name)-1]
		}
	} else if needNoun, ok := namedSystems[it.low]; ok {
		if needNoun && !weaponNouns[at(items, i+1)] {
			return q, i, false
		}
		name = it.text
	} else {
		return q, i, false
	}
	q.Kind, q.Unit = Weapon, name
	start := i
	if i-1 < done {
		// the item before belongs to another quantity
	} else if items[i-1].kind == itemNumber {
		if v, _, ok := number(items[i-1].text); ok && v > 0 && v < 100000 {
			q.Best = v
			start = i - 1
		}
	} else {
		if v, ok := numberWords[items[i-1].low]; ok {
			q.Best = v
			start = i - 1
		}
	}
	q.Span = entente.Span{Start: items[start].start, End: items[end-1].end}
	return q, end, true
}
