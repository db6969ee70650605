package ingest

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	utc := func(y int, m time.Month, d, hh, mm, ss, ns int) time.Time {
		return time.Date(y, m, d, hh, mm, ss, ns, time.UTC)
	}
	day := func(y int, m time.Month, d int) time.Time { return utc(y, m, d, 0, 0, 0, 0) }
	tests := []struct {
		in   string
		want time.Time
	}{
		{"2018-05-15T09:30:00Z", utc(2018, 5, 15, 9, 30, 0, 0)},
		{"2018-05-15T09:30:00+02:00", time.Date(2018, 5, 15, 9, 30, 0, 0, time.FixedZone("", 2*3600))},
		{"2018-05-15T09:30:00", utc(2018, 5, 15, 9, 30, 0, 0)},
		{"2018-05-15 09:30", utc(2018, 5, 15, 9, 30, 0, 0)},
		{"2018-05-15", day(2018, 5, 15)},
		{"  2018-05-15\n", day(2018, 5, 15)},
		{"Tue, 15 May 2018 09:30:00 GMT", utc(2018, 5, 15, 9, 30, 0, 0)},
		{"Tue, 15 May 2018 09:30:00 +0000", utc(2018, 5, 15, 9, 30, 0, 0)},
		{"May 15, 2018", day(2018, 5, 15)},
		{"15 May 2018", day(2018, 5, 15)},
		{"15 January 2025", day(2025, 1, 15)},
		{"26-FEB-1987 15:01:01.79", utc(1987, 2, 26, 15, 1, 1, 790000000)},
		{"5-MAR-1987 09:10:00.00", utc(1987, 3, 5, 9, 10, 0, 0)},
		// Junk after a valid date is ignored; a malformed time keeps the day.
		{"27-MAR-1987 14:04:26.14F", utc(1987, 3, 27, 14, 4, 26, 140000000)},
		{"9-APR-1987 00:00:00.00    # date added as a guess", day(1987, 4, 9)},
		{"31-MAR-1987 605:12:19.12", day(1987, 3, 31)},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if err != nil {
			t.Errorf("ParseDate(%q): %v", tt.in, err)
			continue
		}
		if !got.Equal(tt.want) {
			t.Errorf("ParseDate(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestParseDateRejects(t *testing.T) {
	for _, in := range []string{"", "   ", "sometime soon", "15/15/15", "2018-13-45", "Monday", "0000-00-00"} {
		if got, err := ParseDate(in); err == nil {
			t.Errorf("ParseDate(%q) = %v, want an error", in, got)
		}
	}
}
