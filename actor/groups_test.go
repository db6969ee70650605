package actor_test

import (
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
