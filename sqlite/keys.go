package sqlite

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"math"
	"math/bits"
	"strconv"
	"strings"
	"time"
	"unicode"

	"entente"
	"entente/place"
)

const secondsPerDay = 86400

// dayNumber returns the number of whole days from 1970-01-01 to t's UTC date.
func dayNumber(t time.Time) int64 {
	u := t.UTC()
	d := time.Date(u.Year(), u.Month(), u.Day(), 0, 0, 0, 0, time.UTC)
	return d.Unix() / secondsPerDay
}

// dayTime is the inverse of dayNumber.
func dayTime(d int64) time.Time { return time.Unix(d*secondsPerDay, 0).UTC() }

// contentHash returns the hex SHA-256 of text.
func contentHash(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:])
}

// articleKey is the idempotency key of an article.
func articleKey(a *entente.Article, hash string) string {
	if a.ID != "" {
		return a.ID
	}
	return "sha256:" + hash
}

// modalityClass folds modalities into the classes that enter the event key.
func modalityClass(m entente.Modality) string {
	switch m {
	case entente.Negated:
		return "negated"
	case entente.Intended, entente.Hypothetical, entente.Question:
		return "possible"
	}
	return "factual"
}

// dateKey truncates a date to its precision.
func dateKey(p entente.Precision, day int64) string {
	t := dayTime(day)
	switch p {
	case entente.PrecisionMonth, entente.PrecisionApproximate:
		return fmt.Sprintf("m%04d-%02d", t.Year(), int(t.Month()))
	case entente.PrecisionYear:
		return fmt.Sprintf("y%04d", t.Year())
	case entente.PrecisionDecade:
		return fmt.Sprintf("x%03d", t.Year()/10)
	}
	return "d"
}

// dayWindow returns the days a stored event may have to match an event on
// day with precision p: one day either side at day precision, the whole
// period otherwise.
func dayWindow(p entente.Precision, day int64) (int64, int64) {
	t := dayTime(day)
	var first, next time.Time
	switch p {
	case entente.PrecisionMonth, entente.PrecisionApproximate:
		first = time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
		next = first.AddDate(0, 1, 0)
	case entente.PrecisionYear:
		first = time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
		next = first.AddDate(1, 0, 0)
	case entente.PrecisionDecade:
		first = time.Date(t.Year()/10*10, 1, 1, 0, 0, 0, 0, time.UTC)
		next = first.AddDate(10, 0, 0)
	default:
		return day - 1, day + 1
	}
	return dayNumber(first), dayNumber(next) - 1
}

// countryOf is the part of an actor code that goes into the merge bucket:
// its first three letters (the country, or IGO/NGO/...).
func countryOf(code string) string {
	if len(code) > 3 {
		return code[:3]
	}
	return code
}

// eventBucket is the merge bucket of an event: every stored event it may
// merge with has the same bucket (see the package comment). It is the first
// 63 bits of the SHA-256 of the unordered pair of actor countries, the root
// code, the modality class and the precision class.
func eventBucket(source, target, code string, m entente.Modality, p entente.Precision) int64 {
	a, b := countryOf(source), countryOf(target)
	if b < a {
		a, b = b, a
	}
	pc := "day"
	if k := dateKey(p, 0); k != "d" {
		pc = k[:1]
	}
	h := sha256.New()
	for _, part := range []string{a, b, code[:2], modalityClass(m), pc} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return int64(binary.BigEndian.Uint64(h.Sum(nil)) >> 1)
}

// stateRoles are the CAMEO roles of organs of a state; reports often differ
// on which organ acted (government or military) for one event.
var stateRoles = map[string]bool{"GOV": true, "MIL": true, "COP": true, "SPY": true, "JUD": true, "LEG": true}

// groupPrefixes begin codes of international and non-state groups, whose
// next three letters name the group.
var groupPrefixes = map[string]bool{"IGO": true, "NGO": true, "NGM": true, "IMG": true, "MNC": true}

// sameActor reports whether two actor codes can name the same actor in two
// reports: equal, one a more detailed form of the other (RUS, RUSMIL), or
// two organs of one state (RUSGOV, RUSMIL).
func sameActor(x, y string) bool {
	if x == y {
		return true
	}
	if x == "" || y == "" {
		return false
	}
	if len(x) > len(y) {
		x, y = y, x
	}
	if len(x)%3 == 0 && strings.HasPrefix(y, x) && !groupPrefixes[x] {
		return true
	}
	if len(x) == 6 && len(y) == 6 && x[:3] == y[:3] && !groupPrefixes[x[:3]] {
		return stateRoles[x[3:]] && stateRoles[y[3:]]
	}
	return false
}

// interchangeable groups codes that name one act by different means or
// kinds, which reports of one event often disagree on: ground fighting
// with small arms or with artillery and tanks (193, 194), and easing
// administrative or economic sanctions (081, 085). An air strike (195)
// stays apart from ground fighting.
var interchangeable = map[string]int{"193": 1, "194": 1, "081": 2, "085": 2}

// sameCode reports whether two event codes can describe one event: equal,
// one the three-digit base of the other (023, 0233), one the root's
// unspecified code (190) and the other a code under the same root (193),
// two codes of one interchangeable group (193, 194), or two codes of
// consultation (root 04: one meeting is told as a visit, a meeting or
// talks), except a visit and a hosting in one direction (042, 043), which
// are two trips.
func sameCode(x, y string) bool {
	if x == y {
		return true
	}
	if x[:2] == "04" && y[:2] == "04" && !(x[:3] != y[:3] && visitCode(x) && visitCode(y)) {
		return true
	}
	if g := interchangeable[x[:min(3, len(x))]]; g != 0 && g == interchangeable[y[:min(3, len(y))]] {
		return true
	}
	if len(x) > len(y) {
		x, y = y, x
	}
	if len(x) == 3 && len(y) == 4 && strings.HasPrefix(y, x) {
		return true
	}
	generic := func(c string) bool { return len(c) == 3 && c[2] == '0' }
	return (generic(x) || generic(y)) && x[:2] == y[:2]
}

// symmetricCodes are acts two parties do together, which reports may code
// in either direction.
var symmetricCodes = map[string]bool{"040": true, "041": true, "044": true, "046": true, "057": true}

// mergeView is what the merge rule compares of two reports.
type mergeView struct {
	source, target, code string
	precision            entente.Precision
	day                  int64
	// place and placeCountry are the event's place name and its ISO
	// alpha-2 country, as stored.
	place, placeCountry string
	// dayCert says how sure the report's day is (dayFirm, dayFromStory,
	// dayTurn, dayRelative); 0 when not yet read for a stored event (see
	// sameEvent).
	dayCert dayCertainty
}

// dayCertainty says how sure a report's day is, as bits.
type dayCertainty uint8

const (
	// dayFirm marks a day the text gives (the bit is set for every known
	// certainty, so that 0 means unknown).
	dayFirm dayCertainty = 1 << iota
	// dayFromStory marks a day taken from the publication date because the
	// text gives none: the event may be a day older.
	dayFromStory
	// dayTurn marks a report whose sentence puts the event at the turn of
	// a day (at night, overnight, at dawn, late or early on a day), which
	// other reports may date a day apart.
	dayTurn
	// dayRelative marks a day counted from the publication ("today",
	// "yesterday"): it shifts with the time zone of the publication time.
	dayRelative
)

// certainty returns the certainty of a report's day from whether the date
// came from the story date, the date phrase and the text of its sentence.
func certainty(fromStory bool, phrase, sentence string) dayCertainty {
	c := dayFirm
	if fromStory {
		c |= dayFromStory
	}
	if turnOfDay(sentence) {
		c |= dayTurn
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(phrase), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if w == "today" || w == "yesterday" || w == "tonight" {
			c |= dayRelative
		}
	}
	return c
}

// turnWords put an event at the turn of a day.
var turnWords = map[string]bool{"night": true, "nights": true, "overnight": true, "midnight": true, "tonight": true,
	"dawn": true, "predawn": true, "daybreak": true, "evening": true, "nightfall": true}

// turnNext are the words after "early" or "late" that make it a time of
// day ("early on Monday", "late Tuesday", "early hours").
var turnNext = map[string]bool{"on": true, "hours": true, "morning": true, "monday": true, "tuesday": true,
	"wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// turnOfDay reports whether a sentence puts its event at the turn of a day.
func turnOfDay(sentence string) bool {
	words := strings.FieldsFunc(strings.ToLower(sentence), func(r rune) bool { return !unicode.IsLetter(r) })
	for i, w := range words {
		if turnWords[w] {
			return true
		}
		if (w == "early" || w == "late") && i+1 < len(words) && turnNext[words[i+1]] {
			return true
		}
	}
	return false
}

// daysMatch reports whether two day-precision reports may be of one event:
// the same day, or days one apart when one report is at the turn of a day
// or counts its day from the publication, or when a report dated by its
// publication (the text giving no date) is matched with one dated the day
// before it or also by publication. A report that names a day after
// another's publication is of a later event.
func daysMatch(a, b mergeView) bool {
	d := b.day - a.day
	switch {
	case d == 0:
		return true
	case d != 1 && d != -1:
		return false
	case (a.dayCert|b.dayCert)&(dayTurn|dayRelative) != 0:
		return true
	case a.dayCert&b.dayCert&dayFromStory != 0:
		return true
	case a.dayCert&dayFromStory != 0:
		return d == -1
	case b.dayCert&dayFromStory != 0:
		return d == 1
	}
	return false
}

// sameEvent reports whether two reports in one bucket describe one event.
// When a's day certainty is unknown (a stored event not read yet) and it
// decides the answer, sameEvent returns false and ask: the caller reads it
// and asks again.
func sameEvent(a, b mergeView) (same, ask bool) {
	if a.precision != b.precision && !(coarse(a.precision) == coarse(b.precision) && coarse(a.precision) == "m") {
		return false, false
	}
	if coarse(a.precision) == "d" {
		if d := a.day - b.day; d < -1 || d > 1 {
			return false, false
		}
	} else if dateKey(a.precision, a.day) != dateKey(b.precision, b.day) {
		return false, false
	}
	if !sameActors(a, b) {
		return false, false
	}
	if coarse(a.precision) == "d" && a.day != b.day {
		if a.dayCert == 0 {
			return false, true
		}
		if !daysMatch(a, b) {
			return false, false
		}
	}
	// Places last: it is the one test that may read the gazetteer.
	return !placesConflict(a.place, a.placeCountry, b.place, b.placeCountry), false
}

// sameActors reports whether two reports have the same actors and
// compatible codes, in the same direction or reversed: reversed, one joint
// act told from either side (040, 041, 044, 046, 057), or a visit told by
// the guest and by the host (042, 043), or a visit against a meeting or
// talks of the same root (042 against 046), since each party may be coded
// as the source.
func sameActors(a, b mergeView) bool {
	if sameActor(a.source, b.source) && sameActor(a.target, b.target) && sameCode(a.code, b.code) {
		return true
	}
	if !sameActor(a.source, b.target) || !sameActor(a.target, b.source) {
		return false
	}
	x, y := a.code[:min(3, len(a.code))], b.code[:min(3, len(b.code))]
	if x == y {
		return symmetricCodes[x]
	}
	meeting := func(c string) bool { return symmetricCodes[c] || c == "042" || c == "043" }
	return x[:2] == y[:2] && meeting(x) && meeting(y)
}

// sameLocalityKM is the distance under which two places are taken for one
// (a city under two names, a landmark and its city); neighbouring towns are
// usually farther apart.
const sameLocalityKM = 5

// placesConflict reports whether two stored places (name and ISO alpha-2
// country, either possibly empty) rule out one event. Only two places below
// country level can: a country contains its cities, and an event the text
// gives no place for is placed in an actor's country. Names are resolved
// in the gazetteer that produced them, within their countries: two places
// conflict when they are more than sameLocalityKM apart and neither is a
// region holding the other. A name the gazetteer does not know conflicts
// with any other name.
func placesConflict(n1, c1, n2, c2 string) bool {
	if n1 == "" || n2 == "" || strings.EqualFold(n1, n2) {
		return false
	}
	g := place.Default()
	e1, e2 := placeEntries(g, n1, c1), placeEntries(g, n2, c2)
	if len(e1) == 0 || len(e2) == 0 {
		return true
	}
	if countryLevel(e1) || countryLevel(e2) {
		return false
	}
	for i := range e1 {
		for j := range e2 {
			if contains(&e1[i], &e2[j]) || contains(&e2[j], &e1[i]) || distanceKM(&e1[i], &e2[j]) <= sameLocalityKM {
				return false
			}
		}
	}
	return true
}

// placeEntries returns the gazetteer entries a stored place name may be:
// those in its country when it has one.
func placeEntries(g *place.Gazetteer, name, country string) []place.Entry {
	all := g.Lookup(name)
	if country == "" {
		return all
	}
	out := all[:0]
	for _, e := range all {
		if e.Country == country {
			out = append(out, e)
		}
	}
	return out
}

// countryLevel reports whether a name may stand for a whole country.
func countryLevel(es []place.Entry) bool {
	for i := range es {
		if es[i].Precision() == place.PrecisionCountry {
			return true
		}
	}
	return false
}

// contains reports whether region r holds place p.
func contains(r, p *place.Entry) bool {
	return r.Precision() == place.PrecisionRegion && r.Country == p.Country && r.Admin1 != "" && r.Admin1 == p.Admin1
}

// distanceKM is the great-circle distance between two entries.
func distanceKM(a, b *place.Entry) float64 {
	const earthKM = 6371
	rad := math.Pi / 180
	la1, la2 := a.Lat*rad, b.Lat*rad
	dla, dlo := la2-la1, (b.Lon-a.Lon)*rad
	h := math.Sin(dla/2)*math.Sin(dla/2) + math.Cos(la1)*math.Cos(la2)*math.Sin(dlo/2)*math.Sin(dlo/2)
	return 2 * earthKM * math.Asin(math.Min(1, math.Sqrt(h)))
}

// coarse returns "d" for day precision (or none) and the dateKey letter of
// coarser precisions.
func coarse(p entente.Precision) string { return dateKey(p, 0)[:1] }

// minShingleWords is the fewest words a text needs for near-duplicate search.
const minShingleWords = 8

// shingleSize is the number of words in a shingle.
const shingleSize = 4

// maxHamming is the largest simhash distance of near duplicates.
const maxHamming = 3

// simhash returns the 64-bit simhash of text's lower-cased word shingles and
// whether the text is long enough for it to be meaningful.
func simhash(text string) (uint64, bool) {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if len(words) < minShingleWords {
		return 0, false
	}
	var acc [64]int
	h := fnv.New64a()
	for i := 0; i+shingleSize <= len(words); i++ {
		h.Reset()
		for _, w := range words[i : i+shingleSize] {
			h.Write([]byte(w))
			h.Write([]byte{' '})
		}
		v := h.Sum64()
		for b := 0; b < 64; b++ {
			if v&(1<<b) != 0 {
				acc[b]++
			} else {
				acc[b]--
			}
		}
	}
	var out uint64
	for b := 0; b < 64; b++ {
		if acc[b] > 0 {
			out |= 1 << b
		}
	}
	return out, true
}

// bands returns the four band keys of a simhash.
func bands(s uint64) [4]int64 {
	var out [4]int64
	for i := 0; i < 4; i++ {
		out[i] = int64(i)<<16 | int64((s>>(16*i))&0xffff)
	}
	return out
}

// hamming reports the number of differing bits of two simhashes.
func hamming(a, b uint64) int { return bits.OnesCount64(a ^ b) }

// visitCode reports whether a code is a visit (042) or a hosting (043).
func visitCode(c string) bool { return c[:3] == "042" || c[:3] == "043" }

// quadFromRoot returns the CAMEO QuadClass of a root code: 01-05 verbal
// cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20
// material conflict; 0 when the root is not a CAMEO root.
func quadFromRoot(root string) int {
	n, err := strconv.Atoi(root)
	if err != nil {
		return 0
	}
	switch {
	case n >= 1 && n <= 5:
		return 1
	case n >= 6 && n <= 8:
		return 2
	case n >= 9 && n <= 13:
		return 3
	case n >= 14 && n <= 20:
		return 4
	}
	return 0
}

// prefixUpper returns the smallest string greater than every string that
// starts with p, for index range scans; p must be non-empty ASCII.
func prefixUpper(p string) string {
	b := []byte(p)
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] < 0xff {
			b[i]++
			return string(b[:i+1])
		}
	}
	return p + "\xff"
}
