package analysis

import (
	"fmt"
	"time"

	"entente"
)

// day returns a date in UTC.
func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// goldsteinOf gives synthetic events a Goldstein value by root: positive for
// cooperative roots, negative for conflictual ones (the exact values do not
// matter to the tests).
func goldsteinOf(root int) float64 {
	switch {
	case root <= 2:
		return 1
	case root <= 9:
		return float64(root)
	case root <= 14:
		return -float64(root - 9)
	}
	return -float64(root - 10)
}

// ev builds a synthetic event of the given CAMEO code ("042") between two
// actor codes, dated t, reported in article art.
func ev(src, tgt, code string, t time.Time, art string) entente.Event {
	var root int
	fmt.Sscanf(code[:2], "%d", &root)
	return entente.Event{
		ID: fmt.Sprintf("%s-%s-%s-%s-%s", art, src, tgt, code, t.Format("20060102")), ArticleID: art,
		Source: src, Target: tgt, Code: code, Root: code[:2], Goldstein: goldsteinOf(root),
		Modality: entente.Asserted, When: entente.When{Date: t, Precision: entente.PrecisionDay},
		SentenceText: "synthetic " + code,
	}
}

// with returns e with its modality set.
func with(e entente.Event, m entente.Modality) entente.Event { e.Modality = m; return e }

// historical returns e marked as background.
func historical(e entente.Event) entente.Event { e.When.Historical = true; return e }

// articles returns n events of one code, one per article, on date t.
func articles(src, tgt, code string, t time.Time, prefix string, n int) []entente.Event {
	var out []entente.Event
	for i := 0; i < n; i++ {
		out = append(out, ev(src, tgt, code, t, fmt.Sprintf("%s%d", prefix, i)))
	}
	return out
}
