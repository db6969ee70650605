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

// dateKey truncates a date to its precision for the event key.
func dateKey(w entente.When, day int64) string {
	t := dayTime(day)
	switch w.Precision {
	case entente.PrecisionMonth, entente.PrecisionApproximate:
		return fmt.Sprintf("m%04d-%02d", t.Year(), int(t.Month()))
	case entente.PrecisionYear:
		return fmt.Sprintf("y%04d", t.Year())
	case entente.PrecisionDecade:
		return fmt.Sprintf("x%03d", t.Year()/10)
	}
	return "d" + strconv.FormatInt(day, 10)
}

// eventKey is the deduplication key of an event (see the package comment):
// the first 63 bits of the SHA-256 of its parts. Two different events
// collide with probability about n²/2⁶⁴, 5·10⁻⁶ for ten million events.
func eventKey(e *entente.Event, day int64) int64 {
	h := sha256.New()
	for _, part := range []string{e.Source, e.Target, e.Code, modalityClass(e.Modality), dateKey(e.When, day)} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return int64(binary.BigEndian.Uint64(h.Sum(nil)) >> 1)
}

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
