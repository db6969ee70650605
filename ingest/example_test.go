package ingest_test

import (
	"context"
	"fmt"
	"strings"

	"entente"
	"entente/ingest"
)

func ExampleReadFrom() {
	const story = `---
title: Ministers meet on fisheries
date: 2025-04-02
---
REYKJAVIK, April 2 - Fisheries ministers from three countries met on
Wednesday to discuss quotas.

They agreed to meet again in June.
`
	st, err := ingest.ReadFrom(context.Background(), "story.txt", strings.NewReader(story), ingest.Options{Publisher: "Example Desk"},
		func(a *entente.Article) error {
			fmt.Println(a.Title, "|", a.Published.Format("2006-01-02"), "from", a.DateSource, "|", a.Publisher)
			for _, p := range a.Paragraphs {
				fmt.Printf("[%d,%d) %q\n", p.Start, p.End, p.Of(a.Text))
			}
			return nil
		})
	fmt.Println(st.Articles, "read,", st.Skipped, "skipped", err)
	// Output:
	// Ministers meet on fisheries | 2025-04-02 from front-matter | Example Desk
	// [0,97) "REYKJAVIK, April 2 - Fisheries ministers from three countries met on\nWednesday to discuss quotas."
	// [99,133) "They agreed to meet again in June."
	// 1 read, 0 skipped <nil>
}
