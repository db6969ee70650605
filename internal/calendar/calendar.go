// Package calendar knows the English names of the days of the week and of
// the months, which several stages read dates and date phrases by.
package calendar

import "strings"

var (
	weekdays = [...]string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
	months   = [...]string{"january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december"}
)

// IsWeekday reports whether w, in any case, names a day of the week.
func IsWeekday(w string) bool { return among(w, weekdays[:]) }

// IsMonth reports whether w, in any case, names a month.
func IsMonth(w string) bool { return among(w, months[:]) }

// IsName reports whether w, in any case, names a day of the week or a
// month.
func IsName(w string) bool { return IsWeekday(w) || IsMonth(w) }

// among compares without allocating: w is often an upper-cased word.
func among(w string, names []string) bool {
	if len(w) < 3 || len(w) > 9 {
		return false
	}
	for _, n := range names {
		if len(n) == len(w) && strings.EqualFold(n, w) {
			return true
		}
	}
	return false
}
