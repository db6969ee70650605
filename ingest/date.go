package ingest

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// dateLayouts are the layouts ParseDate tries, most specific first. Layouts
// without a zone are read as UTC.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 MST",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02",
	"20060102",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04 -0700",
	"Mon, 2 Jan 2006 15:04 MST",
	"2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04:05 MST",
	time.RFC850,
	time.ANSIC,
	time.UnixDate,
	// The Reuters-21578 layout, "26-FEB-1987 15:01:01.79"; fractional
	// seconds are accepted after the seconds without being in the layout.
	"2-Jan-2006 15:04:05",
	"2-Jan-2006",
	"January 2, 2006 15:04 MST",
	"January 2, 2006 3:04 PM MST",
	"January 2, 2006 15:04",
	"January 2, 2006",
	"Jan 2, 2006",
	"Jan. 2, 2006",
	"Monday, January 2, 2006",
	"Mon, January 2, 2006",
	"2 January 2006 15:04",
	"2 January 2006",
	"2 Jan 2006",
	"Monday, 2 January 2006",
	"Mon, 2 Jan 2006",
	"January 2006",
	"Jan 2006",
}

// errNoDate is returned by ParseDate for a string that is blank.
var errNoDate = errors.New("empty date")

// ParseDate reads a publication date written in one of the common layouts:
// RFC 3339 ("2018-05-15T09:30:00Z"), RFC 1123 ("Tue, 15 May 2018 09:30:00
// GMT"), ISO dates ("2018-05-15"), "May 15, 2018", "15 May 2018" and the
// Reuters-21578 layout ("26-FEB-1987 15:01:01.79"). A date without a zone is
// taken as UTC. Trailing junk after a valid date (as in "27-MAR-1987
// 14:04:26.14F" or "9-APR-1987 00:00:00.00 # guess") is ignored; when the time
// of day is malformed, the date alone is kept.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, errNoDate
	}
	if t, ok := parseLayouts(s); ok {
		return t, nil
	}
	// Retry on ever shorter prefixes that end in a letter or digit, so that a
	// valid date followed by junk still reads. Only short strings qualify:
	// a date is never long, and this keeps the cost bounded.
	if len(s) <= 64 {
		for cut := len(s) - 1; cut >= 6; cut-- {
			c := s[cut-1]
			if !isAlnum(c) || isAlnum(s[cut]) && isDigit(c) == isDigit(s[cut]) {
				continue // cut only at the end of a word or number
			}
			if t, ok := parseLayouts(strings.TrimSpace(s[:cut])); ok {
				return t, nil
			}
		}
	}
	return time.Time{}, fmt.Errorf("unrecognised date %q", truncate(s, 40))
}

func parseLayouts(s string) (time.Time, bool) {
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			if t.Year() < 1000 {
				continue
			}
			return t, true
		}
	}
	return time.Time{}, false
}

func isAlnum(c byte) bool {
	return isDigit(c) || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// truncate shortens s to at most n bytes for an error message, on a rune boundary.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && n < len(s) && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n] + "..."
}
