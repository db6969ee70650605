package pipeline

import (
	"encoding/json"
	"testing"

	"entente/coder"
	"entente/coder/verbs"
	"entente/parse"
)

// TestPrefilterChangesNoOutput codes Reuters articles through the whole
// chain twice: as it runs, where the coder parses only the sentences that
// can yield an event (coder.Candidate), and with a coder that parses and
// codes every sentence with an actor. The events, with all their fields and
// context (dates, modality, amounts, places), must be the same; so must the
// mentions and the relations.
func TestPrefilterChangesNoOutput(t *testing.T) {
	if testing.Short() {
		t.Skip("parses every sentence of 300 articles")
	}
	arts := reutersSample(t, 300)
	fast, err := DefaultChain()
	if err != nil {
		t.Fatal(err)
	}
	vd, err := verbs.Default()
	if err != nil {
		t.Fatal(err)
	}
	model, err := parse.Default()
	if err != nil {
		t.Fatal(err)
	}
	slow := *fast
	slow.Coder = coder.New(vd, model, coder.Options{DictVersion: fast.DictVersion, ParseAll: true})
	var sents, events, relations int
	for _, a := range arts {
		got, err := fast.Process(a)
		if err != nil {
			t.Errorf("article %s: %v", a.ID, err)
			continue
		}
		want, err := slow.Process(a)
		if err != nil {
			t.Errorf("article %s, parsing everything: %v", a.ID, err)
			continue
		}
		sents += got.Sentences
		events += len(got.Events)
		relations += len(got.Relations)
		for _, part := range []struct {
			name      string
			got, want any
		}{
			{"events", got.Events, want.Events},
			{"mentions", got.Mentions, want.Mentions},
			{"relations", got.Relations, want.Relations},
		} {
			g, w := jsonOf(t, part.got), jsonOf(t, part.want)
			if g != w {
				t.Errorf("article %s: %s with the prefilter differ from parsing every sentence:\n got %s\nwant %s", a.ID, part.name, g, w)
			}
		}
	}
	if events == 0 {
		t.Fatalf("%d articles, %d sentences: no events at all", len(arts), sents)
	}
	t.Logf("%d articles, %d sentences, %d events, %d relations: the same either way", len(arts), sents, events, relations)
}

func jsonOf(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
