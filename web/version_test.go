package web

import (
	"context"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"entente"
	"entente/sqlite"
)

// TestCacheFollowsDataVersion checks that cached API responses are served
// again while the store does not change, however long the cache lives, and
// are computed again once another process writes to the store.
func TestCacheFollowsDataVersion(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "version.db")
	st, err := sqlite.Open(ctx, path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	fill(t, st, 0, 40)
	s, err := New(Config{Store: st, RatePerSecond: -1, CacheTTL: time.Hour, StableTTL: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	defer ts.Close()
	const q = "/api/events?dyad=PAK,RUS&limit=500"
	var before, again, after eventPage
	getJSON(t, ts, q, 200, &before)
	getJSON(t, ts, q, 200, &again)
	if len(again.Events) != len(before.Events) {
		t.Fatalf("unchanged store: %d events, then %d", len(before.Events), len(again.Events))
	}
	// Another handle stands for another process (entente ingest).
	other, err := sqlite.Open(ctx, path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	fill(t, other, 40, 80)
	if err := other.Close(); err != nil {
		t.Fatal(err)
	}
	want := len(storeEvents(t, st, entente.EventFilter{Dyad: [2]string{"PAK", "RUS"}}))
	if want <= len(before.Events) {
		t.Fatalf("the second batch added no PAK-RUS events (%d, %d)", len(before.Events), want)
	}
	time.Sleep(2 * versionPoll)
	getJSON(t, ts, q, 200, &after)
	if len(after.Events) != want {
		t.Errorf("after another process wrote: %d events served, store has %d", len(after.Events), want)
	}
}
