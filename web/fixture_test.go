package web

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"entente"
	"entente/cameo"
	"entente/sqlite"
)

// synthActor is an actor of the synthetic corpus: its code and how the
// text names it.
type synthActor struct{ code, name string }

var synthActors = []synthActor{
	{"PAKGOV", "Pakistan"}, {"RUSGOV", "Russia"}, {"CHNGOV", "China"},
	{"USAGOV", "Washington"}, {"INDGOV", "India"}, {"AFGREB", "the Taliban"},
}

// synthVerb is an event code with the words that state it.
type synthVerb struct{ code, words string }

var (
	coopVerbs     = []synthVerb{{"042", "visited"}, {"057", "signed an accord with"}, {"061", "traded goods with"}, {"036", "offered to meet"}}
	conflictVerbs = []synthVerb{{"111", "criticized"}, {"190", "shelled positions of"}, {"172", "imposed sanctions on"}, {"130", "threatened"}}
)

var synthStart = time.Date(2023, 1, 2, 0, 0, 0, 0, time.UTC)

// synthArticle builds coded article i of a synthetic corpus: three sentences,
// each one event between two actors, with spans into the text. The relation
// between PAK and RUS turns from conflict to cooperation after 360 days, so
// that its series has a turning point; the other dyads mix both.
func synthArticle(i int) entente.CodedArticle {
	day := synthStart.AddDate(0, 0, (i*7)%720)
	id := fmt.Sprintf("syn-%06d", i)
	var text strings.Builder
	c := entente.CodedArticle{DictVersion: "synthetic-1"}
	for k := 0; k < 3; k++ {
		var src, tgt synthActor
		var v synthVerb
		if k == 0 {
			src, tgt = synthActors[0], synthActors[1]
			if i%2 == 1 {
				src, tgt = tgt, src
			}
			if day.Sub(synthStart) < 360*24*time.Hour {
				v = conflictVerbs[i%len(conflictVerbs)]
			} else {
				v = coopVerbs[i%len(coopVerbs)]
			}
		} else {
			a := (i + k*5) % len(synthActors)
			b := (a + 1 + (i/3+k)%(len(synthActors)-1)) % len(synthActors)
			src, tgt = synthActors[a], synthActors[b]
			if (i/2+k)%3 == 0 {
				v = conflictVerbs[(i+k)%len(conflictVerbs)]
			} else {
				v = coopVerbs[(i+k)%len(coopVerbs)]
			}
		}
		start := text.Len()
		srcSpan := entente.Span{Start: start, End: start + len(src.name)}
		text.WriteString(src.name + " ")
		verbSpan := entente.Span{Start: text.Len(), End: text.Len() + len(v.words)}
		text.WriteString(v.words + " ")
		tgtSpan := entente.Span{Start: text.Len(), End: text.Len() + len(tgt.name)}
		text.WriteString(tgt.name)
		fmt.Fprintf(&text, " on day %d, in round w%dq%d of talks about matter z%d.", i, i, k, (i*31+k)%997)
		sentence := text.String()[start:]
		text.WriteString(" ")
		c.Events = append(c.Events, synthEvent(id, k, sentence, src.code, tgt.code, v.code, srcSpan, verbSpan, tgtSpan, day))
	}
	c.Article = entente.Article{
		ID: id, Source: "synthetic:" + id, Publisher: []string{"Wire A", "Wire B", "Daily C"}[i%3],
		Title: fmt.Sprintf("Synthetic report %d", i), Language: "en", Published: day.AddDate(0, 0, 1),
		DateSource: "input", Text: strings.TrimSpace(text.String()),
	}
	return c
}

func synthEvent(articleID string, k int, sentence, src, tgt, code string, ss, vs, ts entente.Span, day time.Time) entente.Event {
	e := entente.Event{
		ID: fmt.Sprintf("%s-%d", articleID, k), ArticleID: articleID, Sentence: k, SentenceText: sentence,
		Source: src, Target: tgt, Code: code, Root: code[:2],
		SourceSpan: ss, VerbSpan: vs, TargetSpan: ts, Modality: entente.Asserted, Confidence: 0.9,
		When: entente.When{Date: day, Precision: entente.PrecisionDay, Phrase: "on day", GapDays: 1},
	}
	if ec, ok := cameo.Lookup(code); ok {
		e.Goldstein, e.QuadClass = ec.Goldstein, ec.QuadClass()
		e.PloverType, e.PloverMode = ec.PloverType, ec.PloverMode
	}
	return e
}

// hostileTitle and hostileSentence carry markup that must never run.
const (
	hostileTitle    = `<script>window.__xss = 1</script>Breaking`
	hostileSentence = `Russia <img src=x onerror="window.__xss = 2"> condemned <script>window.__xss = 3</script> Pakistan yesterday.`
	hostileID       = "hostile/<b>1</b>"
)

// hostileArticle is an article whose title and text hold script tags and an
// onerror attribute, with one event whose evidence is the hostile sentence.
func hostileArticle() entente.CodedArticle {
	text := "Opening words of a hostile story. " + hostileSentence
	start := strings.Index(text, hostileSentence)
	src := entente.Span{Start: start, End: start + len("Russia")}
	vi := strings.Index(text, "condemned")
	verb := entente.Span{Start: vi, End: vi + len("condemned")}
	ti := strings.Index(text, "Pakistan")
	tgt := entente.Span{Start: ti, End: ti + len("Pakistan")}
	day := synthStart.AddDate(0, 0, 700)
	ev := synthEvent(hostileID, 1, hostileSentence, "RUSGOV", "PAKGOV", "111", src, verb, tgt, day)
	return entente.CodedArticle{
		Article: entente.Article{ID: hostileID, Source: "test", Publisher: `<b onmouseover="x()">Evil</b>`,
			Title: hostileTitle, Published: day, Text: text, URL: "javascript:alert(1)"},
		Events:      []entente.Event{ev},
		DictVersion: "synthetic-1",
	}
}

// openStore creates a store in a temporary folder holding n synthetic
// articles and the hostile one.
func openStore(tb testing.TB, n int) *sqlite.DB {
	tb.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(tb.TempDir(), "web.db"), sqlite.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	fill(tb, st, 0, n)
	rel := hostileArticle()
	rel.Relations = []entente.Relation{{ArticleID: hostileID, Sentence: 1, A: "CHNGOV", B: "PAKGOV", Sign: 1, Strength: 1,
		Phrase: "Opening words", Span: entente.Span{Start: 0, End: 13},
		When: entente.When{Date: synthStart.AddDate(0, 0, 700), Precision: entente.PrecisionDay}}}
	if _, err := st.PutArticles(ctx, []entente.CodedArticle{rel}); err != nil {
		tb.Fatal(err)
	}
	return st
}

// fill stores synthetic articles from..to-1 in batches.
func fill(tb testing.TB, st entente.Store, from, to int) {
	tb.Helper()
	const batch = 500
	for i := from; i < to; i += batch {
		var b []entente.CodedArticle
		for j := i; j < to && j < i+batch; j++ {
			b = append(b, synthArticle(j))
		}
		res, err := st.PutArticles(context.Background(), b)
		if err != nil {
			tb.Fatal(err)
		}
		for _, r := range res {
			if r.Status == entente.PutRejected {
				tb.Fatalf("article %s rejected: %v", r.ArticleID, r.Err)
			}
		}
	}
}
