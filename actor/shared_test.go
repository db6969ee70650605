package actor

import (
	"strings"
	"testing"
	"time"

	"entente"
	"entente/text"
)

// A plural agent after a list of nationality adjectives belongs to each of
// them; after a country's name, the name stands alone.
func TestSharedAgent(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		{"Indian and Chinese officials held talks.", "INDGOV CHNGOV"},
		{"Russian, Chinese and Iranian troops held drills.", "RUSMIL CHNMIL IRNMIL"},
		{"Brazilian and Argentinian diplomats met on Monday.", "BRAGOV ARGGOV"},
		// a country's name keeps its own code
		{"China and Russian troops held drills.", "CHN RUSMIL"},
		// a singular agent names one person of one country
		{"The Indian and the Chinese minister met.", "IND CHNGOV"},
	} {
		a := &entente.Article{Text: c.text}
		var codes []string
		for _, ms := range m.Match(a, text.Split(a), time.Time{}) {
			codes = append(codes, ms.Code)
		}
		got := strings.Join(codes, " ")
		if !sameSet(got, c.want) {
			t.Errorf("%q: mentions %q, want %q", c.text, got, c.want)
		}
	}
}

func sameSet(a, b string) bool {
	x, y := strings.Fields(a), strings.Fields(b)
	if len(x) != len(y) {
		return false
	}
	seen := map[string]int{}
	for _, s := range x {
		seen[s]++
	}
	for _, s := range y {
		seen[s]--
		if seen[s] < 0 {
			return false
		}
	}
	return true
}
