package calendar

import "testing"

func TestNames(t *testing.T) {
	for _, tc := range []struct {
		w                       string
		weekday, month, anyName bool
	}{
		{"Monday", true, false, true},
		{"WEDNESDAY", true, false, true},
		{"may", false, true, true},
		{"SEPTEMBER", false, true, true},
		{"Mondays", false, false, false},
		{"Mar", false, false, false},
		{"", false, false, false},
	} {
		if got := IsWeekday(tc.w); got != tc.weekday {
			t.Errorf("IsWeekday(%q) = %v", tc.w, got)
		}
		if got := IsMonth(tc.w); got != tc.month {
			t.Errorf("IsMonth(%q) = %v", tc.w, got)
		}
		if got := IsName(tc.w); got != tc.anyName {
			t.Errorf("IsName(%q) = %v", tc.w, got)
		}
	}
}
