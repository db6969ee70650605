package analysis

import (
	"fmt"
	"strings"
	"time"
)

// Unit is the length of a period in series and aggregates.
type Unit string

// The period units. Weeks are ISO weeks, starting on Monday.
const (
	Week    Unit = "week"
	Month   Unit = "month"
	Quarter Unit = "quarter"
	Year    Unit = "year"
)

// ParseUnit reads "week", "month", "quarter" or "year" (case-insensitive).
func ParseUnit(s string) (Unit, error) {
	switch u := Unit(strings.ToLower(strings.TrimSpace(s))); u {
	case Week, Month, Quarter, Year:
		return u, nil
	case "":
		return Month, nil
	}
	return "", fmt.Errorf("analysis: unknown period unit %q (want week, month, quarter or year)", s)
}

// Period is one time bucket: the half-open interval [Start, Start+Unit). Start
// is midnight UTC of the first day of the period.
type Period struct {
	Unit  Unit      `json:"unit"`
	Start time.Time `json:"start"`
}

// PeriodOf returns the period of unit u that holds t (t is taken in UTC).
func PeriodOf(t time.Time, u Unit) Period {
	t = t.UTC()
	y, m, d := t.Date()
	var s time.Time
	switch u {
	case Week:
		day := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		wd := (int(day.Weekday()) + 6) % 7 // Monday = 0
		s = day.AddDate(0, 0, -wd)
	case Quarter:
		s = time.Date(y, time.Month((int(m)-1)/3*3+1), 1, 0, 0, 0, 0, time.UTC)
	case Year:
		s = time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
	default:
		u = Month
		s = time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	}
	return Period{Unit: u, Start: s}
}

// End returns the first instant after the period.
func (p Period) End() time.Time {
	switch p.Unit {
	case Week:
		return p.Start.AddDate(0, 0, 7)
	case Quarter:
		return p.Start.AddDate(0, 3, 0)
	case Year:
		return p.Start.AddDate(1, 0, 0)
	}
	return p.Start.AddDate(0, 1, 0)
}

// Next returns the period that follows p.
func (p Period) Next() Period { return Period{Unit: p.Unit, Start: p.End()} }

// Contains reports whether t falls in the period.
func (p Period) Contains(t time.Time) bool {
	return !t.Before(p.Start) && t.Before(p.End())
}

// String labels the period: "2018-W20", "2018-05", "2018-Q2", "2018".
func (p Period) String() string {
	switch p.Unit {
	case Week:
		y, w := p.Start.ISOWeek()
		return fmt.Sprintf("%d-W%02d", y, w)
	case Quarter:
		return fmt.Sprintf("%d-Q%d", p.Start.Year(), (int(p.Start.Month())-1)/3+1)
	case Year:
		return fmt.Sprintf("%d", p.Start.Year())
	}
	return p.Start.Format("2006-01")
}

// key is a compact map key for a period start (days since the epoch).
func (p Period) key() int64 { return p.Start.Unix() / 86400 }
