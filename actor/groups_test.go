package actor_test

import (
	"strings"
	"testing"
	"time"

	"entente"
	"entente/actor"
	"entente/text"
)

// TestEntenteGroups checks the armed groups, forces and spellings that
// entente.actors.txt adds to the Phoenix files, each as the subject of a
// sentence of its own: sentence-initial, after an article, accented.
func TestEntenteGroups(t *testing.T) {
	m, err := actor.Default()
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"JNIM fighters attacked the base.", "MLIREB"},
		{"ISWAP militants attacked the town.", "IMGMUSISI"},
		{"SPLA-IO rebels attacked the base.", "SSDREB"},
		{"The SSPDF attacked the camp.", "SSDMIL"},
		{"Tigrayan forces seized the town.", "ETHREB"},
		{"The Gulf Clan bombed a police station.", "COLCRM"},
		{"Tren de Aragua members were arrested.", "VENCRM"},
		{"The Carabineros detained four men.", "CHLCOP"},
		{"Militants from the Abu Sayyaf group kidnapped three men.", "IMGSEAMUSASF"},
		{"Abu Sayyaf gunmen kidnapped three men.", "IMGSEAMUSASF"},
		{"Bogotá criticised the decision.", "COLGOV"},
	} {
		a := &entente.Article{Text: tc.text}
		ms := m.Match(a, text.Split(a), day)
		if len(ms) == 0 || ms[0].Code != tc.want {
			t.Errorf("%s: got %v, want %s first", tc.text, ms, tc.want)
		}
	}
}

// TestNewsOf1987 checks the actors of late Cold War news the Phoenix files
// lack or date wrong: the European Community and GATT, the Paris Club, the
// Contras, capitals that stood for a state of the day ("Moscow" for the
// Soviet Union until its end) and state radio named by its capital.
func TestNewsOf1987(t *testing.T) {
	m, err := actor.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, day, want string }{
		{"The European Community imposed duties.", "1987-03-01", "IGOEUREEC"},
		{"EC ministers met on Monday.", "1987-03-01", "IGOEUREEC"},
		{"GATT rejected the complaint.", "1987-03-01", "IGOBUSWTO"},
		{"The Paris Club rescheduled the debt.", "1987-03-01", "IGOWST"},
		{"The OECD published a study.", "1987-03-01", "IGOWSTBUS"},
		{"Contra rebels attacked a pylon.", "1987-03-01", "NICREB"},
		{"Moscow rejected the offer.", "1987-03-01", "SUNGOV"},
		{"Moscow rejected the offer.", "2024-03-01", "RUSGOV"},
		{"The Kremlin rejected the offer.", "1990-03-01", "SUNGOV"},
		{"Prague rejected the offer.", "1987-03-01", "CSKGOV"},
		{"Prague rejected the offer.", "2024-03-01", "CZEGOV"},
		{"Bonn rejected the offer.", "1987-03-01", "DEUGOV"},
		{"Tehran Radio reported heavy fighting.", "1987-03-01", "IRNMED"},
		{"Radio Moscow reported heavy fighting.", "1987-03-01", "SUNMED"},
	} {
		day, _ := time.Parse(time.DateOnly, tc.day)
		a := &entente.Article{Text: tc.text}
		ms := m.Match(a, text.Split(a), day)
		if len(ms) == 0 || ms[0].Code != tc.want {
			t.Errorf("%s (%s): got %v, want %s first", tc.text, tc.day, ms, tc.want)
		}
	}
}

// TestOrgansOfTheDateline: a wire story's bare state organs (officials,
// police, courts) that nothing in the article names the country of are
// the organs of the state it was filed from; in a sentence about another
// state they are not, nor are forces, nor those of a story filed from the
// seat of international bodies (Brussels, Geneva).
func TestOrgansOfTheDateline(t *testing.T) {
	m, err := actor.Default()
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(1987, 3, 13, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"DHAKA, March 13 - Police arrested four traders, Finance Ministry officials said.", "BGDCOP BGDGOV"},
		{"MOSCOW, March 13 - A government spokesman denied the report.", "SUNGOV"},
		{"LONDON, March 13 - Brazil's foreign minister said officials would meet the banks.", "BRAGOV BRABUS"},
		{"NAIROBI, March 13 - Market forces pushed prices up, traders said.", ""},
		{"Police arrested four traders, officials said.", ""},
		// the seat of international bodies: the ministers are the EU's,
		// of no one state
		{"BRUSSELS, March 13 - Ministers agreed to resume talks on farm prices.", ""},
		{"GENEVA, March 13 - Delegates said officials would meet again.", ""},
	} {
		a := &entente.Article{Text: tc.text}
		var got []string
		for _, mn := range m.Match(a, text.Split(a), day) {
			got = append(got, mn.Code)
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%s: got %q, want %q", tc.text, g, tc.want)
		}
	}
}
