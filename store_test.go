package entente

import (
	"testing"
	"time"
)

func TestNormalizeEventCode(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"010", "010"}, {"10", "010"}, {"42", "042"}, {"0231", "0231"}, {"231", "0231"}, {"190", "190"},
		{"204", "204"}, {"211", "0211"}, {"1", "1"}, {"", ""}, {"x42", "x42"}, {"12345", "12345"},
	} {
		if got := NormalizeEventCode(tc.in); got != tc.want {
			t.Errorf("NormalizeEventCode(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestPeriodStartNext(t *testing.T) {
	d := func(s string) time.Time {
		t, err := time.Parse("2006-01-02", s)
		if err != nil {
			panic(err)
		}
		return t
	}
	for _, tc := range []struct {
		p           Period
		in          string
		start, next string
	}{
		{Day, "2024-03-05", "2024-03-05", "2024-03-06"},
		{"", "2024-03-05", "2024-03-05", "2024-03-06"},
		{Week, "2024-03-05", "2024-03-04", "2024-03-11"}, // a Tuesday; weeks start on Monday
		{Week, "2024-03-10", "2024-03-04", "2024-03-11"}, // a Sunday
		{Month, "2024-02-29", "2024-02-01", "2024-03-01"},
		{Year, "2024-12-31", "2024-01-01", "2025-01-01"},
	} {
		s := tc.p.Start(d(tc.in).Add(13 * time.Hour))
		if s.Format("2006-01-02") != tc.start || tc.p.Next(s).Format("2006-01-02") != tc.next {
			t.Errorf("%q of %s: start %s next %s, want %s %s", tc.p, tc.in, s.Format("2006-01-02"), tc.p.Next(s).Format("2006-01-02"), tc.start, tc.next)
		}
		if !tc.p.Valid() {
			t.Errorf("%q not valid", tc.p)
		}
	}
	if Period("fortnight").Valid() {
		t.Error("unknown period valid")
	}
}
