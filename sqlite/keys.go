package sqlite

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"math/bits"
	"strconv"
	"strings"
	"time"
	"unicode"

	"entente"
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

// sameCode reports whether two event codes can describe one event: equal,
// one the three-digit base of the other (023, 0233), or one the root's
// unspecified code (190) and the other a code under the same root (193).
func sameCode(x, y string) bool {
	if x == y {
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
	place                string
}

// sameEvent reports whether two reports in one bucket describe one event.
func sameEvent(a, b mergeView) bool {
	if a.precision != b.precision && !(coarse(a.precision) == coarse(b.precision) && coarse(a.precision) == "m") {
		return false
	}
	if coarse(a.precision) == "d" {
		if d := a.day - b.day; d < -1 || d > 1 {
			return false
		}
	} else if dateKey(a.precision, a.day) != dateKey(b.precision, b.day) {
		return false
	}
	if a.place != "" && b.place != "" && !strings.EqualFold(a.place, b.place) {
		return false
	}
	if sameActor(a.source, b.source) && sameActor(a.target, b.target) && sameCode(a.code, b.code) {
		return true
	}
	// Reversed: a joint act, or a visit reported by the host.
	if !sameActor(a.source, b.target) || !sameActor(a.target, b.source) {
		return false
	}
	if symmetricCodes[a.code] && a.code == b.code {
		return true
	}
	return (a.code == "042" && b.code == "043") || (a.code == "043" && b.code == "042")
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
