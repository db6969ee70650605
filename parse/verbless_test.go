package parse

import (
	"strings"
	"testing"

	"entente"
)

// TestRequireVerb: a full sentence whose past tense the tagger read as an
// adjective gets its verb back and a predicate at its root; sentences with
// a verb, and verbless ones with no word in -ed, keep their tags.
func TestRequireVerb(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	toks := func(s string) []entente.Token {
		var out []entente.Token
		off := 0
		for _, f := range strings.Fields(s) {
			out = append(out, entente.Token{Form: f, Span: entente.Span{Start: off, End: off + len(f)}})
			off += len(f) + 1
		}
		return out
	}
	for _, c := range []struct {
		text, word, upos string
	}{
		{"France imposed sanctions on Mali .", "imposed", "VERB"},
		{"Sylvania imposed tariffs on Latverian steel .", "imposed", "VERB"},
		{"The best pizza in town .", "pizza", "NOUN"},
		{"The Union of Northern States imposed sanctions on Latveria in May , but the bloc lifted them in June .", "imposed", "VERB"},
		{"The ministers signed a treaty in Rome .", "signed", "VERB"},
		// a participle in -ed read as a modifier of its object, in a
		// sentence with no finite verb
		{"Israel and Bahrain normalised relations .", "normalised", "VERB"},
		{"The Lebanese army deployed troops along the border .", "deployed", "VERB"},
		{"Imposed sanctions", "Imposed", ""}, // a fragment: whatever the tagger says
	} {
		ts := toks(c.text)
		m.Parse(ts)
		roots := 0
		for i := range ts {
			if ts[i].Head == -1 {
				roots++
			}
			if ts[i].Form == c.word && c.upos != "" && ts[i].UPOS != c.upos {
				t.Errorf("%q: %s tagged %s, want %s", c.text, c.word, ts[i].UPOS, c.upos)
			}
			if ts[i].Form == c.word && c.upos == "VERB" && ts[i].Head != -1 && ts[ts[i].Head].UPOS != "VERB" {
				t.Errorf("%q: %s hangs on %s, want it at the root or under a verb", c.text, c.word, ts[ts[i].Head].Form)
			}
		}
		if roots != 1 {
			t.Errorf("%q: %d roots", c.text, roots)
		}
	}
}
