package coder

import (
	"slices"
	"testing"

	"entente"
	"entente/coder/verbs"
)

// TestPatternsOfMatchesFreshOrder checks the cached pattern order against
// ordering the patterns afresh (orderPatterns), for every block of the
// default dictionary on its own and for lists of two and three blocks,
// both before and after the order is cached.
func TestPatternsOfMatchesFreshOrder(t *testing.T) {
	d, err := verbs.Default()
	if err != nil {
		t.Fatal(err)
	}
	c := New(d, nil, Options{})
	var firsts []*verbs.Verb
	for _, b := range d.Blocks {
		if len(b.Verbs) > 0 {
			firsts = append(firsts, b.Verbs[0])
		}
	}
	if len(firsts) < 3 {
		t.Fatalf("%d blocks with verbs in the default dictionary", len(firsts))
	}
	check := func(vs []*verbs.Verb) {
		t.Helper()
		want := orderPatterns(vs)
		for pass := range 2 {
			if got := c.patternsOf(vs); !slices.Equal(got, want) {
				t.Fatalf("blocks %v (pass %d): cached order differs from a fresh one", blockNames(vs), pass)
			}
		}
	}
	for i, v := range firsts {
		check([]*verbs.Verb{v})
		if i+2 < len(firsts) {
			w, x := firsts[i+1], firsts[i+2]
			check([]*verbs.Verb{v, w})
			check([]*verbs.Verb{w, v})
			check([]*verbs.Verb{v, w, v, x})
		}
	}
}

// TestPatternsOfSeesNewPatterns adds patterns to blocks whose order is
// cached, as reading another dictionary file does: the order must follow.
func TestPatternsOfSeesNewPatterns(t *testing.T) {
	pat := func(b *verbs.Block, length int, file string) *verbs.Pattern {
		p := &verbs.Pattern{Length: length, Block: b, Ref: entente.EntryRef{File: file}}
		b.Patterns = append(b.Patterns, p)
		return p
	}
	a, b := &verbs.Block{Name: "A"}, &verbs.Block{Name: "B"}
	va, vb := &verbs.Verb{Root: "AA", Block: a}, &verbs.Verb{Root: "BB", Block: b}
	a1, a2 := pat(a, 5, "one"), pat(a, 9, "one")
	b1 := pat(b, 7, "one")
	c := New(verbs.New(), nil, Options{})
	if got, want := c.patternsOf([]*verbs.Verb{va}), []*verbs.Pattern{a2, a1}; !slices.Equal(got, want) {
		t.Fatalf("block A: got %v, want %v", got, want)
	}
	if got, want := c.patternsOf([]*verbs.Verb{va, vb}), []*verbs.Pattern{a2, b1, a1}; !slices.Equal(got, want) {
		t.Fatalf("blocks A, B: got %v, want %v", got, want)
	}
	// a later file's pattern of the same length comes first
	a3 := pat(a, 5, "two")
	if got, want := c.patternsOf([]*verbs.Verb{va}), []*verbs.Pattern{a2, a3, a1}; !slices.Equal(got, want) {
		t.Fatalf("block A after an addition: got %v, want %v", got, want)
	}
	b2 := pat(b, 9, "two")
	if got, want := c.patternsOf([]*verbs.Verb{va, vb}), []*verbs.Pattern{b2, a2, b1, a3, a1}; !slices.Equal(got, want) {
		t.Fatalf("blocks A, B after additions: got %v, want %v", got, want)
	}
	for _, vs := range [][]*verbs.Verb{{va}, {vb}, {va, vb}, {vb, va}} {
		if got, want := c.patternsOf(vs), orderPatterns(vs); !slices.Equal(got, want) {
			t.Errorf("blocks %v: got %v, want %v", blockNames(vs), got, want)
		}
	}
}

func blockNames(vs []*verbs.Verb) []string {
	var out []string
	for _, v := range vs {
		out = append(out, v.Block.Name)
	}
	return out
}

// TestLaterFileFirstWhateverVerbOrder checks that of two patterns of one
// length the one of the file read later comes first even when the verbs
// name its block first ("met", listed by its form in the additions, before
// "meet with", a verb of a Phoenix block).
func TestLaterFileFirstWhateverVerbOrder(t *testing.T) {
	early, late := &verbs.Block{Name: "EARLY", Seq: 1}, &verbs.Block{Name: "LATE", Seq: 2}
	pe := &verbs.Pattern{Length: 8, Block: early, Ref: entente.EntryRef{File: "phoenix"}}
	pl := &verbs.Pattern{Length: 8, Block: late, Ref: entente.EntryRef{File: "additions"}}
	early.Patterns, late.Patterns = []*verbs.Pattern{pe}, []*verbs.Pattern{pl}
	ve, vl := &verbs.Verb{Root: "MEET WITH", Block: early}, &verbs.Verb{Root: "MEET", Block: late}
	for _, vs := range [][]*verbs.Verb{{ve, vl}, {vl, ve}} {
		if got, want := orderPatterns(vs), []*verbs.Pattern{pl, pe}; !slices.Equal(got, want) {
			t.Errorf("verbs %v: got %v, want %v", blockNames(vs), got, want)
		}
	}
}
