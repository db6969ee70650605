package web

import (
	"runtime"
	"strings"
	"sync/atomic"
	"testing"

	"entente"
)

func TestEvidenceSegments(t *testing.T) {
	text := "First sentence here. Russia condemned Pakistan on Monday. Russia condemned Pakistan again."
	second := strings.Index(text, "Russia condemned Pakistan again.")
	span := func(base int, word string, sent string) entente.Span {
		i := base + strings.Index(sent, word)
		return entente.Span{Start: i, End: i + len(word)}
	}
	sent2 := "Russia condemned Pakistan again."
	for _, c := range []struct {
		name     string
		e        entente.Event
		text     string
		sentence string
		marked   int
	}{
		{"second occurrence holds the spans", entente.Event{SentenceText: sent2,
			SourceSpan: span(second, "Russia", sent2), VerbSpan: span(second, "condemned", sent2), TargetSpan: span(second, "Pakistan", sent2)},
			text, sent2, 3},
		{"no stored sentence: widened to its bounds", entente.Event{
			SourceSpan: span(second, "Russia", sent2), VerbSpan: span(second, "condemned", sent2), TargetSpan: span(second, "Pakistan", sent2)},
			text, " " + sent2, 3},
		{"no article: plain sentence", entente.Event{SentenceText: sent2, SourceSpan: entente.Span{Start: 1, End: 3}}, "", sent2, 0},
		{"spans out of bounds are ignored", entente.Event{SentenceText: sent2, SourceSpan: entente.Span{Start: 500, End: 600},
			VerbSpan: span(second, "condemned", sent2)}, text, sent2, 1},
		{"no target", entente.Event{SentenceText: sent2, SourceSpan: span(second, "Russia", sent2), VerbSpan: span(second, "condemned", sent2)},
			text, sent2, 2},
	} {
		segs := evidence(&c.e, c.text)
		var all strings.Builder
		marked := 0
		for _, s := range segs {
			all.WriteString(s.Text)
			if s.Class != "" {
				marked++
				var sp entente.Span
				switch s.Class {
				case "src":
					sp = c.e.SourceSpan
				case "verb":
					sp = c.e.VerbSpan
				case "tgt":
					sp = c.e.TargetSpan
				}
				if got := sp.Of(c.text); got != s.Text {
					t.Errorf("%s: %s segment %q, span covers %q", c.name, s.Class, s.Text, got)
				}
			}
		}
		if all.String() != c.sentence {
			t.Errorf("%s: segments join to %q, want %q", c.name, all.String(), c.sentence)
		}
		if marked != c.marked {
			t.Errorf("%s: %d marked segments, want %d", c.name, marked, c.marked)
		}
	}
}

func TestCacheServesStaleAndClears(t *testing.T) {
	c := newCache(0, 8) // every entry is stale at once
	var calls atomic.Int64
	fn := func() (any, error) { return int(calls.Add(1)), nil }
	v, _ := c.get("k", fn)
	if v.(int) != 1 {
		t.Fatalf("first get = %v", v)
	}
	// A stale entry is served while a refresh runs in the background.
	v, _ = c.get("k", fn)
	if v.(int) != 1 {
		t.Errorf("stale get = %v, want the old value 1", v)
	}
	c.clear()
	for {
		c.mu.Lock()
		busy := len(c.inflight) > 0
		c.mu.Unlock()
		if !busy {
			break
		}
		runtime.Gosched()
	}
	c.clear()
	v, _ = c.get("k", fn)
	if v.(int) <= 1 {
		t.Errorf("after clear get = %v, want a fresh value", v)
	}
}
