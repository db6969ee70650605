package analysis

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"entente"
)

// A lasting act is an event that puts a state in place rather than happening
// and passing: sanctions, a break of diplomatic relations, a cut of aid. It
// stays in force until the same source reverses it toward the same target.
// lastingActs maps the code prefix of each kind of lasting act to the code
// prefixes of the acts that end it.
var lastingActs = []struct {
	code     string
	reversal []string
}{
	{"163", []string{"080", "081", "085"}}, // sanctions, embargo, boycott ← eased, or yielded on
	{"161", []string{"050", "054", "057"}}, // diplomatic relations cut ← restored, recognition, agreement
	{"162", []string{"07"}},                // aid cut ← aid given
}

// lastingCodes and reversalCodes are the code prefixes LoadInForce queries.
var lastingCodes, reversalCodes = func() (l, r []string) {
	for _, a := range lastingActs {
		l = append(l, a.code)
		r = append(r, a.reversal...)
	}
	return l, r
}()

// IsLasting reports whether code is a lasting act (see InForce).
func IsLasting(code string) bool {
	_, ok := lastingKind(code)
	return ok
}

func lastingKind(code string) (int, bool) {
	for i, a := range lastingActs {
		if strings.HasPrefix(code, a.code) {
			return i, true
		}
	}
	return 0, false
}

// reverses reports whether code ends a lasting act of kind k.
func reverses(code string, k int) bool {
	for _, p := range lastingActs[k].reversal {
		if strings.HasPrefix(code, p) {
			return true
		}
	}
	return false
}

// InForce returns the lasting acts among events (sanctions imposed,
// diplomatic relations broken or reduced, aid cut) dated before from that
// are still in force at to: asserted, and not reversed by an asserted
// event of the same source toward the same target (after rolling up with
// o), dated after the act and before to (sanctions eased or a yield not
// specified further, 080, 081 and 085; relations restored, 050, recognition
// or an agreement; aid given). Acts dated at or after from are left out: the
// trailing window counts them as events already.
func InForce(events []entente.Event, from, to time.Time, o Options) []entente.Event {
	type key struct {
		a, b string
		kind int
	}
	roll := cachedRollUp(o.RollUp)
	o.RollUp = roll
	last := make(map[key]time.Time) // the latest reversal of each kind and directed dyad
	for i := range events {
		e := &events[i]
		if !asserted(e.Modality) || e.When.Date.IsZero() || !e.When.Date.Before(to) {
			continue
		}
		for k := range lastingActs {
			if reverses(e.Code, k) {
				kk := key{o.rollUp(e.Source), o.rollUp(e.Target), k}
				if e.When.Date.After(last[kk]) {
					last[kk] = e.When.Date
				}
			}
		}
	}
	var out []entente.Event
	for i := range events {
		e := &events[i]
		if !asserted(e.Modality) || e.When.Date.IsZero() || !e.When.Date.Before(from) {
			continue
		}
		k, ok := lastingKind(e.Code)
		if !ok {
			continue
		}
		a, b := o.rollUp(e.Source), o.rollUp(e.Target)
		if a == "" || b == "" || a == b {
			continue
		}
		if r, ok := last[key{a, b, k}]; ok && r.After(e.When.Date) {
			continue
		}
		out = append(out, *e)
	}
	return out
}

// asserted reports whether m states the act as done (no modality is taken
// as asserted, as imported data has none).
func asserted(m entente.Modality) bool { return m == entente.Asserted || m == "" }

// AddInForce counts a lasting act still in force at the period p as a
// standing conflict vote of its article in p: a sanctions regime in force
// is a standing relation of the two parties, whenever it was imposed. Its
// weight is that of an asserted, current event.
func (ag *Aggregator) AddInForce(e *entente.Event, p Period) {
	a, b := ag.opts.rollUp(e.Source), ag.opts.rollUp(e.Target)
	if a == "" || b == "" || a == b {
		ag.skipped++
		return
	}
	if ag.opts.Undirected && b < a {
		a, b = b, a
	}
	w := ag.opts.weight(entente.Asserted, false)
	c := ag.acc(a, b, p)
	if c.standing == nil {
		c.standing = make(map[string]*tally)
	}
	tl := c.standing[e.ArticleID]
	if tl == nil {
		tl = ag.newTally()
		c.standing[e.ArticleID] = tl
	}
	tl.conflict += w
	tl.mass = max(tl.mass, w)
}

// LoadInForce reads from st the events dated before the start of a window,
// from, that InForce needs: the lasting acts and their reversals. Append
// them to the window's own events (which hold the later reversals) before
// calling BuildNetworkAt; no event is read twice. Lasting acts are rare, so
// reversals are read dyad by dyad (each dyad's events before from, an
// indexed query), unless more than maxInForceDyads dyads have lasting acts,
// when every event of the reversing codes is read instead.
func LoadInForce(ctx context.Context, st entente.Store, from time.Time) ([]entente.Event, error) {
	var out []entente.Event
	end := InclusiveEnd(from)
	read := func(f entente.EventFilter, keep func(*entente.Event) bool) error {
		return st.Events(ctx, f, func(e *entente.StoredEvent) error {
			if keep == nil || keep(&e.Event) {
				out = append(out, e.Event)
			}
			return nil
		})
	}
	for _, c := range lastingCodes {
		if err := read(entente.EventFilter{Code: c, To: end}, nil); err != nil {
			return nil, fmt.Errorf("reading events of code %s: %w", c, err)
		}
	}
	dyads := map[[2]string]bool{}
	for i := range out {
		a, b := RollUp(out[i].Source), RollUp(out[i].Target)
		if a != "" && b != "" && a != b {
			if b < a {
				a, b = b, a
			}
			dyads[[2]string{a, b}] = true
		}
	}
	reversal := func(e *entente.Event) bool {
		for _, p := range reversalCodes {
			if strings.HasPrefix(e.Code, p) {
				return true
			}
		}
		return false
	}
	if len(dyads) > maxInForceDyads {
		for _, c := range reversalCodes {
			if err := read(entente.EventFilter{Code: c, To: end}, nil); err != nil {
				return nil, fmt.Errorf("reading events of code %s: %w", c, err)
			}
		}
		return out, nil
	}
	keys := make([][2]string, 0, len(dyads))
	for d := range dyads {
		keys = append(keys, d)
	}
	sort.Slice(keys, func(i, j int) bool {
		return keys[i][0] < keys[j][0] || keys[i][0] == keys[j][0] && keys[i][1] < keys[j][1]
	})
	for _, d := range keys {
		if err := read(entente.EventFilter{Dyad: d, To: end}, reversal); err != nil {
			return nil, fmt.Errorf("reading events of %s and %s: %w", d[0], d[1], err)
		}
	}
	return out, nil
}

// maxInForceDyads bounds the dyad-by-dyad reading of LoadInForce.
const maxInForceDyads = 500
