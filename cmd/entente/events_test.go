package main

import (
	"strings"
	"testing"
)

// TestEventFilterFlags checks how the filter flags of events and export
// are read: actor codes in upper case, loose dates widened to the days they
// name, and a clear error for a bad root, code, dyad or limit.
func TestEventFilterFlags(t *testing.T) {
	f := eventFilterFlags{actor: "pak", dyad: "pak, afg", from: "2025-06", to: "2025"}
	ef, err := f.filter()
	if err != nil {
		t.Fatal(err)
	}
	if ef.Actor != "PAK" || ef.Dyad != [2]string{"PAK", "AFG"} {
		t.Errorf("actor %q, dyad %q: want PAK and PAK,AFG", ef.Actor, ef.Dyad)
	}
	if got := ef.From.Format("2006-01-02") + " " + ef.To.Format("2006-01-02"); got != "2025-06-01 2025-12-31" {
		t.Errorf("from, to: %s, want 2025-06-01 2025-12-31", got)
	}
	for _, tc := range []struct {
		f    eventFilterFlags
		want string
	}{
		{eventFilterFlags{root: "abc"}, "--root"},
		{eventFilterFlags{root: "21"}, "--root"},
		{eventFilterFlags{code: "04x"}, "--code"},
		{eventFilterFlags{dyad: "PAK,AFG,IND"}, "--dyad"},
		{eventFilterFlags{limit: -5}, "--limit"},
		{eventFilterFlags{from: "June 2025"}, "--from"},
	} {
		if _, err := tc.f.filter(); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: error %v, want one naming %s", tc.f, err, tc.want)
		}
	}
}
