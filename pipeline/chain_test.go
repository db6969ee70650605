package pipeline

import (
	"context"
	"path/filepath"
	"testing"

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
