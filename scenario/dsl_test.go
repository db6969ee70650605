package scenario

import (
	"strings"
	"testing"
)

func TestActorMatches(t *testing.T) {
	for _, tc := range []struct {
		pat, code string
		want      bool
	}{
		{"PAK", "PAK", true},
		{"PAK", "PAKGOV", true},
		{"PAK", "PAKMIL", true},
		{"PAK", "PAKREB", false}, // rebels do not roll up to the state
		{"PAK", "PAKBUS", false},
		{"PAK*", "PAKBUS", true},
		{"PAKGOV", "PAKGOVMIN", true},
		{"PAKGOV", "PAK", false},
		{"RUS|CHN", "CHNGOV", true},
		{"RUS|CHN", "IND", false},
		{"*", "IGOUNO", true},
		{"-", "", true},
		{"-", "PAK", false},
		{"PAK", "", false},
		{"IMGMUSISI", "IMGMUSISI", true},
	} {
		if got := actorMatches(tc.pat, tc.code); got != tc.want {
			t.Errorf("actorMatches(%q, %q) = %v, want %v", tc.pat, tc.code, got, tc.want)
		}
	}
}

func TestParseCheck(t *testing.T) {
	w, err := fields(`event RUS|CHN 04|05 PAK both year=2016 precision=month|approximate near="three way"`)
	if err != nil {
		t.Fatal(err)
	}
	c, err := parseCheck(w)
	if err != nil {
		t.Fatal(err)
	}
	if c.actors[0] != "RUS|CHN" || c.actors[1] != "PAK" || strings.Join(c.roots, ",") != "04,05" ||
		!c.both || c.year != 2016 || len(c.precision) != 2 || c.near != "three way" || c.column() != "dated" {
		t.Errorf("parsed %+v", c)
	}
	for _, bad := range []string{
		"event PAK 04",              // too few arguments
		"relation PAK RUS ~",        // bad sign
		"turning PAK RUS up",        // no by=
		"edge PAK RUS + at=May",     // bad date
		"event PAK 04 RUS colour=1", // unknown option
		"visit PAK RUS",             // unknown keyword
	} {
		w, err := fields(bad)
		if err == nil {
			_, err = parseCheck(w)
		}
		if err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
	if _, err := fields(`event PAK 04 RUS near="open`); err == nil {
		t.Error("unclosed quote: no error")
	}
}
