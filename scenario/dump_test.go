package scenario

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"entente"
	"entente/ingest"
	"entente/pipeline"
)

func TestDumpTmp(t *testing.T) {
	p := os.Getenv("DUMP")
	if p == "" {
		t.Skip()
	}
	chain, err := pipeline.DefaultChain()
	if err != nil {
		t.Fatal(err)
	}
	d, _ := time.Parse("2006-01-02", "2018-05-15")
	ingest.Read(context.Background(), []string{p}, ingest.Options{Date: d}, func(a *entente.Article) error {
		c, err := chain.Process(a)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range c.Events {
			fmt.Printf("s%d %s %s %s | %s %s hist=%v %s | %q\n", e.Sentence, e.Source, e.Code, e.Target, e.When.Date.Format("2006-01-02"), e.When.Precision, e.When.Historical, e.Modality, e.SentenceText)
		}
		for _, r := range c.Relations {
			fmt.Printf("REL s%d %s %s %+d %.2f %q %s %s hist=%v\n", r.Sentence, r.A, r.B, r.Sign, r.Strength, r.Phrase, r.When.Date.Format("2006-01-02"), r.When.Precision, r.When.Historical)
		}
		return nil
	})
}
