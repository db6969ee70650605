package analysis

import (
	"context"
	"strings"
	"testing"
	"time"

	"entente"
)

// TestInForce: which lasting acts from before the window still hold at its
// end, table-driven over what happened later.
func TestInForce(t *testing.T) {
	from, to := day(2017, 6, 1), day(2018, 6, 1)
	sanctions := historical(ev("USAGOV", "RUS", "163", day(2014, 4, 1), "a"))
	cases := []struct {
		name   string
		events []entente.Event
		want   int
	}{
		{"sanctions never eased", []entente.Event{sanctions}, 1},
		{"eased later by the same source", []entente.Event{sanctions, ev("USA", "RUSGOV", "085", day(2016, 2, 1), "b")}, 0},
		{"eased inside the window", []entente.Event{sanctions, ev("USA", "RUS", "085", day(2018, 1, 1), "b")}, 0},
		{"eased after the window", []entente.Event{sanctions, ev("USA", "RUS", "085", day(2019, 1, 1), "b")}, 1},
		{"eased before they were imposed", []entente.Event{ev("USA", "RUS", "085", day(2012, 1, 1), "b"), sanctions}, 1},
		{"eased by another source", []entente.Event{sanctions, ev("FRA", "RUS", "085", day(2016, 1, 1), "b")}, 1},
		{"eased the other way round", []entente.Event{sanctions, ev("RUS", "USA", "085", day(2016, 1, 1), "b")}, 1},
		{"only alleged", []entente.Event{with(sanctions, entente.Alleged)}, 0},
		{"imposed inside the window", []entente.Event{ev("USA", "RUS", "163", day(2018, 1, 1), "a")}, 0},
		{"aid cut, then resumed", []entente.Event{ev("USA", "PAK", "1621", day(2012, 1, 1), "a"), ev("USA", "PAK", "071", day(2015, 1, 1), "b")}, 0},
		{"relations broken, not restored", []entente.Event{ev("SAU", "QAT", "161", day(2017, 5, 1), "a")}, 1},
		{"a passing act", []entente.Event{ev("USA", "RUS", "112", day(2015, 1, 1), "a")}, 0},
	}
	for _, c := range cases {
		if got := InForce(c.events, from, to, DefaultOptions()); len(got) != c.want {
			t.Errorf("%s: %d acts in force, want %d: %+v", c.name, len(got), c.want, got)
		}
	}
}

// TestNetworkAtInForce: sanctions imposed four years before the date, and
// not eased, sign the dyad negative at the date; eased, they leave no edge.
func TestNetworkAtInForce(t *testing.T) {
	at := day(2018, 5, 15)
	events := []entente.Event{
		historical(ev("USAGOV", "RUSGOV", "163", day(2014, 3, 20), "a")),
		historical(ev("USA", "RUS", "163", day(2014, 7, 30), "b")),
		ev("USA", "IND", "057", day(2018, 4, 2), "c"),
	}
	ao := DefaultAtOptions()
	ao.TotalSources = 3
	n := BuildNetworkAt(events, nil, at, DefaultOptions(), ao)
	e := edgeOf(n, "RUS", "USA")
	if e == nil || e.Sign != -1 || e.StandingSources != 2 || e.Sources != 0 || n.InForce != 2 {
		t.Fatalf("RUS–USA at %s: %+v (in force %d), want a negative edge from two standing votes", at.Format("2006-01-02"), e, n.InForce)
	}
	events = append(events, ev("USA", "RUS", "085", day(2016, 1, 10), "d"))
	if n := BuildNetworkAt(events, nil, at, DefaultOptions(), ao); edgeOf(n, "RUS", "USA") != nil || n.InForce != 0 {
		t.Errorf("eased sanctions still give an edge: %+v", n.Edges)
	}
}

// eventStore is an entente.Store that serves Events from a slice, for
// LoadInForce (the other methods are not called).
type eventStore struct {
	entente.Store
	events []entente.Event
	codes  []string
}

func (s *eventStore) Events(_ context.Context, f entente.EventFilter, fn func(*entente.StoredEvent) error) error {
	s.codes = append(s.codes, f.Code)
	pre := strings.HasPrefix
	for i := range s.events {
		e := &s.events[i]
		if f.Dyad[0] != "" && !(pre(e.Source, f.Dyad[0]) && pre(e.Target, f.Dyad[1]) || pre(e.Source, f.Dyad[1]) && pre(e.Target, f.Dyad[0])) {
			continue
		}
		if pre(e.Code, f.Code) && !e.When.Date.After(f.To) {
			if err := fn(&entente.StoredEvent{Event: *e}); err != nil {
				return err
			}
		}
	}
	return nil
}

// TestLoadInForce: the loader asks for every lasting code before the
// window, then for the events of each dyad that has one, and what it reads,
// with the window's own events, gives InForce the same answer as the whole
// history.
func TestLoadInForce(t *testing.T) {
	all := []entente.Event{
		ev("USA", "RUS", "163", day(2014, 4, 1), "a"),
		ev("USA", "RUS", "042", day(2015, 4, 1), "b"),
		ev("SAU", "QAT", "161", day(2016, 1, 1), "c"),
		ev("SAU", "QAT", "057", day(2016, 6, 1), "d"),
		ev("USA", "RUS", "085", day(2019, 1, 1), "e"),
	}
	from, to := day(2017, 6, 1), day(2018, 6, 1)
	st := &eventStore{events: all}
	got, err := LoadInForce(context.Background(), st, from)
	if err != nil {
		t.Fatal(err)
	}
	var window []entente.Event
	for _, e := range all {
		if !e.When.Date.Before(from) && e.When.Date.Before(to) {
			window = append(window, e)
		}
	}
	if len(st.codes) != len(lastingCodes)+2 { // then the dyads RUS–USA and QAT–SAU
		t.Errorf("queried codes %v", st.codes)
	}
	if len(got) != 3 {
		t.Errorf("read %d events, want the 163, 161 and 057 before %s", len(got), from.Format(time.DateOnly))
	}
	a, b := InForce(append(window, got...), from, to, DefaultOptions()), InForce(all, from, to, DefaultOptions())
	if len(a) != 1 || len(b) != 1 || a[0].Code != "163" || b[0].Code != "163" {
		t.Errorf("in force from the loaded events %+v, from all %+v", a, b)
	}
}
