package actor

import "testing"

// A dateline names the place of filing: its words are no actor, while the
// same names in the story are.
func TestDatelineIsNoActor(t *testing.T) {
	dict := "TOKYO_ [JPN]\nJAPAN_ [JPN]\nLONDON_ [GBR]\nBRITAIN_ [GBR]\nCHILE_ [CHL]\nPERU_ [PER]\n"
	m, err := Load(Options{}, File{Name: "t", Format: FormatActors, Data: []byte(dict)})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		want string // codes of the mentions, in order
	}{
		{"TOKYO, March 3 - Chile held talks with Peru.", "CHL PER"},
		{"LONDON, Feb 26 (Reuters) - Chile pledged to help Peru.", "CHL PER"},
		{"LONDON (Reuters) - Britain and Japan signed a deal in Tokyo.", "GBR JPN JPN"},
		// not at the head of the story: a place that acts
		{"Chile said on Monday. TOKYO, March 3 - Japan agreed.", "CHL JPN JPN"},
		// no dash: the opening name is the subject
		{"Tokyo, March 3 was the day Japan agreed.", "JPN JPN"},
	} {
		if got := mentionCodes(m, c.text); got != c.want {
			t.Errorf("%q: mentions %q, want %q", c.text, got, c.want)
		}
	}
}
