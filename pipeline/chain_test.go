package pipeline

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"entente"
	"entente/cameo"
	"entente/ingest"
)

// TestChainOnSamples codes the project's own sample articles and checks the
// invariants every coded article must keep: evidence spans inside the text,
// valid CAMEO codes, dated events, and at least one event per article (each
// sample reports visits, deals, sanctions or clashes between states).
func TestChainOnSamples(t *testing.T) {
	chain, err := DefaultChain()
	if err != nil {
		t.Fatal(err)
	}
	var arts []*entente.Article
	_, err = ingest.Read(context.Background(), []string{filepath.Join("..", "examples")}, ingest.Options{}, func(a *entente.Article) error {
		arts = append(arts, a)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) < 5 {
		t.Fatalf("read %d sample articles, want at least 5", len(arts))
	}
	for _, a := range arts {
		c, err := chain.Process(a)
		if err != nil {
			t.Errorf("%s: %v", a.Source, err)
			continue
		}
		if len(c.Events) == 0 {
			t.Errorf("%s: no events coded", a.Source)
		}
		n := len(a.Text)
		for _, e := range c.Events {
			for name, sp := range map[string]entente.Span{"source": e.SourceSpan, "verb": e.VerbSpan, "target": e.TargetSpan} {
				if !sp.Valid(n) {
					t.Errorf("%s: event %s %s span %v out of bounds", a.Source, e.Code, name, sp)
				}
			}
			if e.VerbSpan.Len() == 0 {
				t.Errorf("%s: event %s has no verb span", a.Source, e.Code)
			}
			if _, ok := cameo.Lookup(e.Code); !ok {
				t.Errorf("%s: event code %q not in the codebook", a.Source, e.Code)
			}
			if e.Source == "" {
				t.Errorf("%s: event %s has no source actor", a.Source, e.Code)
			}
			if e.When.Date.IsZero() {
				t.Errorf("%s: event %s is not dated", a.Source, e.Code)
			}
			if e.DictVersion != chain.DictVersion {
				t.Errorf("%s: event dict version %q, want %q", a.Source, e.DictVersion, chain.DictVersion)
			}
		}
		for _, m := range c.Mentions {
			if !m.Span.Valid(n) || m.Code == "" {
				t.Errorf("%s: bad mention %+v", a.Source, m)
			}
		}
	}
}

// TestDatelineDates checks that an article the input left undated takes the
// date of its dateline, which then dates its events ("on Tuesday" the
// Tuesday before it), and that the dateline's city is no actor; an article
// with a date keeps it.
func TestDatelineDates(t *testing.T) {
	chain, err := DefaultChain()
	if err != nil {
		t.Fatal(err)
	}
	txt := "BERLIN, April 12, 2025 (Reuters) - Germany on Tuesday imposed new sanctions on Iran over its nuclear programme."
	c, err := chain.Process(&entente.Article{ID: "d", Text: txt})
	if err != nil {
		t.Fatal(err)
	}
	if got := c.Article.Published.Format("2006-01-02"); got != "2025-04-12" || c.Article.DateSource != DateFromDateline {
		t.Errorf("published %s from %q, want 2025-04-12 from %q", got, c.Article.DateSource, DateFromDateline)
	}
	if len(c.Events) == 0 {
		t.Fatal("no events")
	}
	for _, e := range c.Events {
		if e.Source != "DEU" || e.When.Date.Format("2006-01-02") != "2025-04-08" {
			t.Errorf("event %s %s %s on %s, want DEU on 2025-04-08", e.Source, e.Code, e.Target, e.When.Date.Format("2006-01-02"))
		}
	}
	pub := time.Date(2025, 4, 14, 0, 0, 0, 0, time.UTC)
	c, err = chain.Process(&entente.Article{ID: "e", Text: txt, Published: pub, DateSource: "input"})
	if err != nil {
		t.Fatal(err)
	}
	if !c.Article.Published.Equal(pub) || c.Article.DateSource != "input" {
		t.Errorf("dated article: published %v from %q, want %v from input", c.Article.Published, c.Article.DateSource, pub)
	}
}
