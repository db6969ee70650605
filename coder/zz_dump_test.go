package coder_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"entente/coder"
	"entente/coder/verbs"
	"entente/parse"
)

func TestZZDump(t *testing.T) {
	out := os.Getenv("ZZ_DUMP")
	if out == "" {
		t.Skip()
	}
	docs := reutersDocs(t, 600)
	d, _ := verbs.Default()
	p, _ := parse.Default()
	c := coder.New(d, p, coder.Options{})
	var b strings.Builder
	for _, doc := range docs {
		sents := fresh(doc.sents)
		for _, e := range c.Code(doc.a, sents, doc.mentions) {
			fmt.Fprintf(&b, "%s %d %s %s %s | %s | %s\n", doc.a.ID, e.Sentence, e.Source, e.Code, e.Target, e.Matched[len(e.Matched)-1].Text, strings.Join(strings.Fields(e.SentenceText), " "))
		}
	}
	os.WriteFile(out, []byte(b.String()), 0o644)
}
