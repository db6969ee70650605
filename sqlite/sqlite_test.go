package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"github.com/google/go-cmp/cmp"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"entente"
)

func openTemp(t testing.TB) (*DB, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "events.db")
	db, err := Open(context.Background(), path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db, path
}

var day0 = time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)

// words makes a text of n distinct pseudo-words, different for each seed.
func words(seed, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "w%dx%d", seed, i*7919%1000)
	}
	return b.String()
}

type ev struct {
	src, tgt, code string
	day            int
	mod            entente.Modality
	place          string
}

// article builds a coded article whose events are given compactly.
func article(id, publisher, text string, evs ...ev) entente.CodedArticle {
	c := entente.CodedArticle{
		Article: entente.Article{ID: id, Source: "test:" + id, Publisher: publisher, Title: "title " + id,
			Text: text, Published: day0.AddDate(0, 0, 1)},
		DictVersion: "test-dict",
	}
	for i, e := range evs {
		m := e.mod
		if m == "" {
			m = entente.Asserted
		}
		x := entente.Event{
			ID: fmt.Sprintf("%s-%d", id, i), Source: e.src, Target: e.tgt, Code: e.code, Root: e.code[:2],
			Goldstein: 1.5, Modality: m, Confidence: 0.8,
			SourceSpan: entente.Span{Start: 0, End: 2}, VerbSpan: entente.Span{Start: 3, End: 5},
			When: entente.When{Date: day0.AddDate(0, 0, e.day), Precision: entente.PrecisionDay, GapDays: 1 - e.day},
		}
		if e.place != "" {
			x.Place = &entente.Place{Name: e.place, Country: "PK", Precision: "city"}
		}
		c.Events = append(c.Events, x)
	}
	return c
}

func collect(t *testing.T, db *DB, f entente.EventFilter) []entente.StoredEvent {
	t.Helper()
	var out []entente.StoredEvent
	if err := db.Events(context.Background(), f, func(e *entente.StoredEvent) error {
		out = append(out, *e)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

// consistent checks the rollup invariants against the event table.
func consistent(t *testing.T, db *DB) {
	t.Helper()
	var events, rolled, mentions, summed int
	q := db.SQL()
	if err := q.QueryRow(`SELECT COUNT(*) FROM events`).Scan(&events); err != nil {
		t.Fatal(err)
	}
	if err := q.QueryRow(`SELECT COALESCE(SUM(n), 0) FROM dyad_day`).Scan(&rolled); err != nil {
		t.Fatal(err)
	}
	if err := q.QueryRow(`SELECT COUNT(*) FROM mentions`).Scan(&mentions); err != nil {
		t.Fatal(err)
	}
	if err := q.QueryRow(`SELECT COALESCE(SUM(num_mentions), 0) FROM events`).Scan(&summed); err != nil {
		t.Fatal(err)
	}
	if events != rolled {
		t.Errorf("events table has %d rows, rollup counts %d", events, rolled)
	}
	var monthly int
	if err := q.QueryRow(`SELECT COALESCE(SUM(n), 0) FROM country_month`).Scan(&monthly); err != nil {
		t.Fatal(err)
	}
	if events != monthly {
		t.Errorf("events table has %d rows, country rollup counts %d", events, monthly)
	}
	var exact int
	if err := q.QueryRow(`SELECT COALESCE(SUM(n), 0) FROM dyad_month`).Scan(&exact); err != nil {
		t.Fatal(err)
	}
	if events != exact {
		t.Errorf("events table has %d rows, exact monthly rollup counts %d", events, exact)
	}
	if mentions != summed {
		t.Errorf("mentions table has %d rows, events count %d", mentions, summed)
	}
	var ok string
	if err := q.QueryRow(`PRAGMA integrity_check`).Scan(&ok); err != nil || ok != "ok" {
		t.Errorf("integrity_check = %q, %v", ok, err)
	}
}

func TestPutIdempotent(t *testing.T) {
	db, _ := openTemp(t)
	ctx := context.Background()
	batch := []entente.CodedArticle{
		article("a1", "Reuters", words(1, 40), ev{"PAKGOV", "AFGGOV", "042", 0, "", ""}, ev{"AFGGOV", "PAKGOV", "111", 0, "", ""}),
		article("a2", "AP", words(2, 40), ev{"USAGOV", "CHNGOV", "036", 1, "", ""}),
	}
	r1, err := db.PutArticles(ctx, batch)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range r1 {
		if r.Status != entente.PutAdded {
			t.Errorf("first put of %s: %s", r.ArticleID, r.Status)
		}
	}
	before := collect(t, db, entente.EventFilter{})
	r2, err := db.PutArticles(ctx, batch)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range r2 {
		if r.Status != entente.PutExisting {
			t.Errorf("second put of %s: %s, want existing", r.ArticleID, r.Status)
		}
	}
	after := collect(t, db, entente.EventFilter{})
	if len(before) != 3 || len(after) != len(before) {
		t.Errorf("events: %d after first put (3 coded), %d after second", len(before), len(after))
	}
	consistent(t, db)
}

// TestPutReusedID checks that an article whose ID is stored (or comes
// earlier in its batch) with another text is rejected with an error that
// says so, rather than counted as already stored, while the same article
// again is.
func TestPutReusedID(t *testing.T) {
	db, _ := openTemp(t)
	ctx := context.Background()
	first := article("j1", "Reuters", words(1, 40), ev{"EGYGOV", "SDNGOV", "042", 0, "", ""})
	other := article("j1", "AP", words(7, 40), ev{"EGYGOV", "SDNGOV", "043", 0, "", ""})
	res, err := db.PutArticles(ctx, []entente.CodedArticle{first, other})
	if err != nil {
		t.Fatal(err)
	}
	if res[0].Status != entente.PutAdded || res[1].Status != entente.PutRejected || res[1].Err == nil ||
		!strings.Contains(res[1].Err.Error(), "already stored with another text") {
		t.Errorf("one batch: %s, then %s (%v); want added, then rejected for its reused ID", res[0].Status, res[1].Status, res[1].Err)
	}
	res, err = db.PutArticles(ctx, []entente.CodedArticle{other, first})
	if err != nil {
		t.Fatal(err)
	}
	if res[0].Status != entente.PutRejected || res[1].Status != entente.PutExisting {
		t.Errorf("again: %s, %s; want rejected, then existing", res[0].Status, res[1].Status)
	}
	consistent(t, db)
}

// TestDistinctEvents checks that the events of articles marked Distinct
// (imported rows) stay events of their own, however alike, while a report
// that is not so marked may still merge into one of them.
func TestDistinctEvents(t *testing.T) {
	db, _ := openTemp(t)
	ctx := context.Background()
	var batch []entente.CodedArticle
	for i, pub := range []string{"Reuters", "AP"} {
		c := article(fmt.Sprintf("row%d", i), pub, words(i+1, 30), ev{"PAKGOV", "AFGGOV", "042", 0, "", ""})
		c.Distinct = true
		batch = append(batch, c)
	}
	if _, err := db.PutArticles(ctx, batch); err != nil {
		t.Fatal(err)
	}
	if got := collect(t, db, entente.EventFilter{}); len(got) != 2 {
		t.Fatalf("two distinct rows of one act: %d events, want 2", len(got))
	}
	res, err := db.PutArticles(ctx, []entente.CodedArticle{article("text", "AFP", words(9, 30), ev{"PAKGOV", "AFGGOV", "042", 0, "", ""})})
	if err != nil {
		t.Fatal(err)
	}
	if got := collect(t, db, entente.EventFilter{}); len(got) != 2 || res[0].NewEvents != 0 {
		t.Errorf("a report of the act: %d events (%d new), want it merged into a stored one", len(got), res[0].NewEvents)
	}
	consistent(t, db)
}

func TestEventRoundTrip(t *testing.T) {
	db, _ := openTemp(t)
	ctx := context.Background()
	c := article("rt", "Reuters", words(3, 30), ev{"PAKGOV", "AFGGOV", "0231", -2, entente.Alleged, "Kabul"})
	e := &c.Events[0]
	e.PloverType, e.PloverMode = "AID", "economic"
	e.Quantities = []entente.Quantity{{Kind: "money", Unit: "USD", Best: 2.5e6, Rate: "month", Span: entente.Span{Start: 6, End: 9}}}
	e.Matched = []entente.EntryRef{{File: "verbs.txt", Line: 12, Text: "- GIVE AID"}}
	e.When.Phrase, e.When.Span, e.When.Historical = "two days ago", &entente.Span{Start: 10, End: 14}, true
	e.SentenceText = "the sentence"
	c.PublisherCountry = "GB"
	if _, err := db.PutArticles(ctx, []entente.CodedArticle{c}); err != nil {
		t.Fatal(err)
	}
	got := collect(t, db, entente.EventFilter{})
	if len(got) != 1 {
		t.Fatalf("%d events stored, want 1", len(got))
	}
	g := got[0].Event
	want := *e
	want.ArticleID = "rt"
	want.QuadClass = 1 // CAMEO root 02 (appeal) is verbal cooperation
	want.DictVersion = "test-dict"
	if g.Code != "0231" || g.Root != "02" {
		t.Errorf("code %q root %q, want zero-padded 0231 / 02", g.Code, g.Root)
	}
	if fmt.Sprintf("%+v", g.Place) != fmt.Sprintf("%+v", want.Place) || fmt.Sprint(g.Quantities) != fmt.Sprint(want.Quantities) ||
		fmt.Sprint(g.Matched) != fmt.Sprint(want.Matched) || *g.When.Span != *want.When.Span {
		t.Errorf("nested fields differ:\n got %+v\nwant %+v", g, want)
	}
	g.Place, want.Place, g.Quantities, want.Quantities, g.Matched, want.Matched, g.When.Span, want.When.Span = nil, nil, nil, nil, nil, nil, nil, nil
	if fmt.Sprintf("%+v", g) != fmt.Sprintf("%+v", want) {
		t.Errorf("event differs:\n got %+v\nwant %+v", g, want)
	}
	var arts []entente.StoredArticle
	if err := db.Articles(ctx, "", func(a *entente.StoredArticle) error { arts = append(arts, *a); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1 || arts[0].Text != c.Article.Text || arts[0].PublisherCountry != "GB" || !arts[0].Published.Equal(c.Article.Published) ||
		arts[0].ContentHash != contentHash(c.Article.Text) {
		t.Errorf("article round trip: %+v", arts)
	}
}

// TestEventDedup stores reports in one batch and in one batch per article:
// the merge and the counts must not depend on batching.
func TestEventDedup(t *testing.T) {
	for _, perArticle := range []bool{false, true} {
		t.Run(fmt.Sprintf("batch-per-article=%v", perArticle), func(t *testing.T) { eventDedup(t, perArticle) })
	}
}

func eventDedup(t *testing.T, perArticle bool) {
	db, _ := openTemp(t)
	ctx := context.Background()
	same := ev{"RUSGOV", "UKRGOV", "190", 0, "", ""}
	batch := []entente.CodedArticle{
		article("d1", "Reuters", words(10, 50), same, same), // two reports in one article
		article("d2", "AP", words(11, 50), same),
		article("d3", "Reuters", words(12, 50), same),                                 // same publisher again
		article("d4", "AFP", words(13, 50), ev{"RUSGOV", "UKRGOV", "042", 0, "", ""}), // other root
		article("d5", "AFP", words(14, 50), ev{"RUSGOV", "UKRGOV", "190", 3, "", ""}), // outside the window
		article("d6", "AFP", words(15, 50), ev{"RUSGOV", "UKRGOV", "190", 0, entente.Negated, ""}),
		article("d7", "BBC", words(10, 50)+" extra", same), // near copy of d1
	}
	var res []entente.PutResult
	if perArticle {
		for _, c := range batch {
			r, err := db.PutArticles(ctx, []entente.CodedArticle{c})
			if err != nil {
				t.Fatal(err)
			}
			res = append(res, r...)
		}
	} else {
		var err error
		if res, err = db.PutArticles(ctx, batch); err != nil {
			t.Fatal(err)
		}
	}
	if res[6].Status != entente.PutDuplicate || res[6].DuplicateOf != "d1" {
		t.Errorf("near copy: %+v, want duplicate of d1", res[6])
	}
	got := collect(t, db, entente.EventFilter{Code: "190", Modality: entente.Asserted, From: day0, To: day0.AddDate(0, 0, 1)})
	if len(got) != 1 {
		t.Fatalf("%d merged events, want 1: %+v", len(got), got)
	}
	// Mentions: d1 twice, d2, d3, d7; articles d1, d2, d3 (d7 is a copy);
	// sources Reuters and AP.
	if e := got[0]; e.NumMentions != 5 || e.NumArticles != 3 || e.NumSources != 2 {
		t.Errorf("counts mentions/articles/sources = %d/%d/%d, want 5/3/2", e.NumMentions, e.NumArticles, e.NumSources)
	}
	if all := collect(t, db, entente.EventFilter{}); len(all) != 4 {
		t.Errorf("%d events in all, want 4 (190, 042, 190 three days later, negated 190)", len(all))
	}
	var n int
	if err := db.Mentions(ctx, entente.EventFilter{Code: "190", Modality: entente.Asserted, From: day0, To: day0.AddDate(0, 0, 1)}, func(m *entente.EventMention) error {
		n++
		if m.EventStoreID != got[0].StoreID {
			t.Errorf("mention of event %d, want %d", m.EventStoreID, got[0].StoreID)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if n != 5 {
		t.Errorf("%d mentions listed, want 5", n)
	}
	consistent(t, db)
}

func TestRejectBadArticle(t *testing.T) {
	db, _ := openTemp(t)
	bad := article("bad", "X", "short", ev{"A", "B", "04x", 0, "", ""})
	span := article("span", "X", "short", ev{"A", "B", "042", 0, "", ""})
	span.Events[0].VerbSpan = entente.Span{Start: 3, End: 99}
	good := article("good", "X", "short text", ev{"A", "B", "042", 0, "", ""})
	res, err := db.PutArticles(context.Background(), []entente.CodedArticle{bad, span, good})
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []entente.PutStatus{entente.PutRejected, entente.PutRejected, entente.PutAdded} {
		if res[i].Status != want {
			t.Errorf("article %d: %s (%v), want %s", i, res[i].Status, res[i].Err, want)
		}
	}
	if res[0].Err == nil || !strings.Contains(res[0].Err.Error(), "test:bad") {
		t.Errorf("rejection should name the input: %v", res[0].Err)
	}
	consistent(t, db)
}

func TestFilters(t *testing.T) {
	db, _ := openTemp(t)
	ctx := context.Background()
	var batch []entente.CodedArticle
	var all []ev
	srcs := []string{"PAKGOV", "PAKMIL", "AFGGOV", "USAGOV", "IGOUNO"}
	codes := []string{"010", "042", "0231", "111", "190", "193"}
	mods := []entente.Modality{entente.Asserted, entente.Alleged, entente.Negated}
	for i := 0; i < 60; i++ {
		// Three days apart, so that no two events merge.
		e := ev{srcs[i%5], srcs[(i/5+i+1)%5], codes[i%6], 3 * i, mods[i%3], []string{"", "Kabul", "Quetta"}[i%3]}
		all = append(all, e)
		text := words(100+i, 20)
		if i%4 == 0 {
			text += " ceasefire talks"
		}
		batch = append(batch, article(fmt.Sprintf("f%02d", i), "P", text, e))
	}
	if _, err := db.PutArticles(ctx, batch); err != nil {
		t.Fatal(err)
	}
	pre := func(s, p string) bool { return strings.HasPrefix(s, p) }
	tests := []struct {
		name string
		f    entente.EventFilter
		keep func(i int, e ev) bool
	}{
		{"all", entente.EventFilter{}, func(int, ev) bool { return true }},
		{"actor PAK", entente.EventFilter{Actor: "PAK"}, func(_ int, e ev) bool { return pre(e.src, "PAK") || pre(e.tgt, "PAK") }},
		{"source", entente.EventFilter{Source: "AFGGOV"}, func(_ int, e ev) bool { return e.src == "AFGGOV" }},
		{"target", entente.EventFilter{Target: "USA"}, func(_ int, e ev) bool { return pre(e.tgt, "USA") }},
		{"dyad", entente.EventFilter{Dyad: [2]string{"PAK", "AFG"}}, func(_ int, e ev) bool {
			return pre(e.src, "PAK") && pre(e.tgt, "AFG") || pre(e.src, "AFG") && pre(e.tgt, "PAK")
		}},
		{"code prefix", entente.EventFilter{Code: "02"}, func(_ int, e ev) bool { return pre(e.code, "02") }},
		{"code prefix 3", entente.EventFilter{Code: "042"}, func(_ int, e ev) bool { return pre(e.code, "042") }},
		{"root", entente.EventFilter{Root: "19"}, func(_ int, e ev) bool { return e.code[:2] == "19" }},
		{"quad", entente.EventFilter{QuadClass: 4}, func(_ int, e ev) bool { return e.code[:2] >= "14" }},
		{"dates", entente.EventFilter{From: day0.AddDate(0, 0, 30), To: day0.AddDate(0, 0, 60)}, func(_ int, e ev) bool { return e.day >= 30 && e.day <= 60 }},
		{"modality", entente.EventFilter{Modality: entente.Negated}, func(_ int, e ev) bool { return e.mod == entente.Negated }},
		{"place", entente.EventFilter{Place: "kabul"}, func(_ int, e ev) bool { return e.place == "Kabul" }},
		{"text", entente.EventFilter{Text: "ceasefire"}, func(i int, _ ev) bool { return i%4 == 0 }},
		{"combined", entente.EventFilter{Actor: "PAK", Modality: entente.Asserted, Text: "talks"}, func(i int, e ev) bool {
			return (pre(e.src, "PAK") || pre(e.tgt, "PAK")) && e.mod == entente.Asserted && i%4 == 0
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want := 0
			for i, e := range all {
				if tc.keep(i, e) {
					want++
				}
			}
			got := collect(t, db, tc.f)
			if len(got) != want {
				t.Errorf("%d events, want %d", len(got), want)
			}
			if want > 3 {
				f := tc.f
				f.Limit, f.Offset = 2, 1
				page := collect(t, db, f)
				if len(page) != 2 || page[0].StoreID != got[1].StoreID {
					t.Errorf("limit 2 offset 1: %d rows", len(page))
				}
			}
		})
	}
	if err := db.Events(ctx, entente.EventFilter{Text: `"unbalanced`}, func(*entente.StoredEvent) error { return nil }); err == nil {
		t.Error("a malformed text query should fail")
	}
	// A quoted value must stay a value.
	if got := collect(t, db, entente.EventFilter{Source: "x' OR '1'='1"}); len(got) != 0 {
		t.Errorf("injection-like source matched %d events", len(got))
	}
}

func TestDyadPeriodsAndActors(t *testing.T) {
	db, _ := openTemp(t)
	ctx := context.Background()
	var batch []entente.CodedArticle
	for i := 0; i < 40; i++ {
		e := ev{"PAKGOV", "AFGGOV", []string{"042", "190"}[i%2], i, "", ""}
		if i%3 == 0 {
			e.src, e.tgt = e.tgt, e.src
		}
		batch = append(batch, article(fmt.Sprintf("p%d", i), "P", words(200+i, 20), e))
	}
	if _, err := db.PutArticles(ctx, batch); err != nil {
		t.Fatal(err)
	}
	for _, p := range []entente.Period{entente.Day, entente.Week, entente.Month, entente.Year} {
		for _, directed := range []bool{false, true} {
			total := 0
			var last time.Time
			err := db.DyadPeriods(ctx, entente.PeriodFilter{Source: "PAK", Target: "AFG", Period: p, Directed: directed}, func(d *entente.DyadPeriod) error {
				total += d.Count
				if d.GoldsteinSum != 1.5*float64(d.Count) {
					t.Errorf("%s: Goldstein sum %v for %d events of 1.5", p, d.GoldsteinSum, d.Count)
				}
				if d.Start.Before(last) && !directed {
					t.Errorf("%s: periods out of order", p)
				}
				last = d.Start
				if !directed && d.Source > d.Target {
					t.Errorf("undirected dyad not ordered: %s %s", d.Source, d.Target)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			want := 40
			if directed {
				want = 40 - 14 // the 14 reversed events are AFG->PAK
			}
			if total != want {
				t.Errorf("%s directed=%v: %d events, want %d", p, directed, total, want)
			}
		}
	}
	// The country rollup must agree with the daily one, aggregated here.
	type cell struct {
		a, b  string
		month string
		quad  int
	}
	want := map[cell]int{}
	if err := db.DyadPeriods(ctx, entente.PeriodFilter{Period: entente.Day}, func(d *entente.DyadPeriod) error {
		a, b := d.Source[:3], d.Target[:3]
		if b < a {
			a, b = b, a
		}
		want[cell{a, b, d.Start.Format("2006-01"), d.QuadClass}] += d.Count
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	got := map[cell]int{}
	if err := db.DyadPeriods(ctx, entente.PeriodFilter{Source: "AFG", Target: "PAK", Period: entente.Month, ByCountry: true}, func(d *entente.DyadPeriod) error {
		got[cell{d.Source, d.Target, d.Start.Format("2006-01"), d.QuadClass}] += d.Count
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("country series\n got %v\nwant %v", got, want)
	}
	actors, err := db.Actors(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(actors) != 2 || actors[0].AsSource+actors[0].AsTarget != 40 {
		t.Errorf("actors: %+v", actors)
	}
	if err := db.DyadPeriods(ctx, entente.PeriodFilter{Period: "fortnight"}, func(*entente.DyadPeriod) error { return nil }); err == nil {
		t.Error("unknown period accepted")
	}
}

func TestReplaceCoding(t *testing.T) {
	db, _ := openTemp(t)
	ctx := context.Background()
	a := article("r1", "Reuters", words(300, 30), ev{"PAKGOV", "AFGGOV", "042", 0, "", ""})
	b := article("r2", "AP", words(301, 30), ev{"PAKGOV", "AFGGOV", "042", 0, "", ""}, ev{"USAGOV", "PAKGOV", "111", 0, "", ""})
	if _, err := db.PutArticles(ctx, []entente.CodedArticle{a, b}); err != nil {
		t.Fatal(err)
	}
	b.Relations = []entente.Relation{{A: "PAKGOV", B: "CHNGOV", Sign: 1, Strength: 0.9, Phrase: "ally", Span: entente.Span{Start: 0, End: 3}}}
	var recoded int
	err := db.Articles(ctx, "", func(s *entente.StoredArticle) error {
		if s.ID != "r2" {
			return nil
		}
		c := article("r2", "", "", ev{"USAGOV", "PAKGOV", "112", 0, "", ""})
		c.Article.Text = ""
		c.Relations = b.Relations
		c.DictVersion = "v2"
		recoded++
		return db.ReplaceCoding(ctx, c)
	})
	if err != nil {
		t.Fatal(err)
	}
	if recoded != 1 {
		t.Fatalf("recoded %d articles", recoded)
	}
	got := collect(t, db, entente.EventFilter{})
	codes := map[string]int{}
	for _, e := range got {
		codes[e.Code] = e.NumMentions
	}
	if len(got) != 2 || codes["042"] != 1 || codes["112"] != 1 {
		t.Errorf("after recode: %v, want 042 with 1 mention and 112", codes)
	}
	var rels []entente.Relation
	if err := db.Relations(ctx, entente.RelationFilter{Dyad: [2]string{"CHN", "PAK"}}, func(r *entente.Relation) error {
		rels = append(rels, *r)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(rels) != 1 || rels[0].ArticleID != "r2" || rels[0].Sign != 1 {
		t.Errorf("relations: %+v", rels)
	}
	if err := db.ReplaceCoding(ctx, article("nope", "", "")); !errors.Is(err, entente.ErrNotFound) {
		t.Errorf("recode of unknown article: %v", err)
	}
	consistent(t, db)
}

// TestRecodeKeepsIDs checks that re-coding that finds an event again keeps
// its ID, so that saved IDs (and /event/ID links) stay valid.
func TestRecodeKeepsIDs(t *testing.T) {
	db, _ := openTemp(t)
	ctx := context.Background()
	evs := map[string][]ev{
		"k1": {{"PAKGOV", "AFGGOV", "042", 0, "", ""}, {"USAGOV", "PAKGOV", "111", 0, "", ""}},
		"k2": {{"CHNGOV", "PAKGOV", "057", 0, "", ""}},
		"k3": {{"INDGOV", "PAKGOV", "173", 0, "", ""}},
	}
	var batch []entente.CodedArticle
	for i, id := range []string{"k1", "k2", "k3"} {
		batch = append(batch, article(id, "Reuters", words(400+i, 30), evs[id]...))
	}
	if _, err := db.PutArticles(ctx, batch); err != nil {
		t.Fatal(err)
	}
	ids := func() map[string]int64 {
		m := map[string]int64{}
		for _, e := range collect(t, db, entente.EventFilter{}) {
			m[e.Source+" "+e.Code+" "+e.Target] = e.StoreID
		}
		return m
	}
	recode := func(id string, es ...ev) {
		t.Helper()
		c := article(id, "", "", es...)
		c.Article.Text = ""
		c.DictVersion = "v2"
		if err := db.ReplaceCoding(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	before := ids()
	for _, id := range []string{"k3", "k1", "k2"} {
		recode(id, evs[id]...)
	}
	if diff := cmp.Diff(before, ids()); diff != "" {
		t.Errorf("event IDs after re-coding to the same events (-before +after):\n%s", diff)
	}
	recode("k3", ev{"INDGOV", "PAKGOV", "174", 0, "", ""})
	after := ids()
	if _, ok := after["INDGOV 173 PAKGOV"]; ok {
		t.Error("the event re-coded away is still stored")
	}
	for k, id := range before {
		if k != "INDGOV 173 PAKGOV" && after[k] != id {
			t.Errorf("%s: ID %d became %d", k, id, after[k])
		}
	}
	if id := after["INDGOV 174 PAKGOV"]; id == 0 || id == before["INDGOV 173 PAKGOV"] {
		t.Errorf("a new event took ID %d (the old event had %d)", id, before["INDGOV 173 PAKGOV"])
	}
	consistent(t, db)
}

func TestSchemaTooNew(t *testing.T) {
	db, path := openTemp(t)
	if _, err := db.SQL().Exec(`PRAGMA user_version = 999`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	_, err := Open(context.Background(), path, Options{})
	if !errors.Is(err, entente.ErrSchemaTooNew) {
		t.Fatalf("open of a newer schema: %v", err)
	}
}

func TestReadOnly(t *testing.T) {
	db, path := openTemp(t)
	res, err := db.PutArticles(context.Background(), []entente.CodedArticle{article("x", "P", "some text", ev{"A", "B", "042", 0, "", ""})})
	if err != nil || res[0].Status != entente.PutAdded {
		t.Fatal(res, err)
	}
	db.Close()
	ro, err := Open(context.Background(), path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if _, err := ro.PutArticles(context.Background(), []entente.CodedArticle{article("y", "P", "text")}); !errors.Is(err, entente.ErrReadOnly) {
		t.Errorf("write to read-only store: %v", err)
	}
	if got := collect(t, ro, entente.EventFilter{}); len(got) != 1 {
		t.Errorf("read-only store reads %d events", len(got))
	}
}

func TestLocked(t *testing.T) {
	db, path := openTemp(t)
	other, err := Open(context.Background(), path, Options{BusyTimeoutMS: 50})
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	tx, err := db.SQL().Begin()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Exec(`INSERT INTO actor_counts VALUES ('LOCK', 0, 0)`); err != nil {
		t.Fatal(err)
	}
	_, err = other.PutArticles(context.Background(), []entente.CodedArticle{article("l", "P", "text")})
	tx.Rollback()
	if err == nil || !strings.Contains(err.Error(), "locked") {
		t.Errorf("write while locked: %v", err)
	}
	consistent(t, db)
}

func TestDiskFull(t *testing.T) {
	db, err := Open(context.Background(), ":memory:", Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	if _, err := db.PutArticles(ctx, []entente.CodedArticle{article("first", "P", words(1, 20), ev{"A", "B", "042", 0, "", ""})}); err != nil {
		t.Fatal(err)
	}
	var pages int
	if err := db.SQL().QueryRow(`PRAGMA page_count`).Scan(&pages); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SQL().Exec(fmt.Sprintf(`PRAGMA max_page_count = %d`, pages+2)); err != nil {
		t.Fatal(err)
	}
	var batch []entente.CodedArticle
	for i := 0; i < 200; i++ {
		batch = append(batch, article(fmt.Sprintf("big%d", i), "P", words(i, 300), ev{"A", "B", "042", i, "", ""}))
	}
	_, err = db.PutArticles(ctx, batch)
	if err == nil || !strings.Contains(err.Error(), "full") {
		t.Fatalf("put beyond the size limit: %v", err)
	}
	if got := collect(t, db, entente.EventFilter{}); len(got) != 1 {
		t.Errorf("after a failed batch: %d events, want the 1 from before", len(got))
	}
	consistent(t, db)
}

func TestSimhashNearCopies(t *testing.T) {
	base := words(7, 200)
	h0, ok := simhash(base)
	if !ok {
		t.Fatal("long text not hashed")
	}
	h1, _ := simhash(strings.Replace(base, "w7x0", "w7x0 and an inserted clause", 1))
	h2, _ := simhash(words(8, 200))
	if d := hamming(h0, h1); d > maxHamming {
		t.Errorf("a small edit moves the simhash by %d bits", d)
	}
	if d := hamming(h0, h2); d <= maxHamming {
		t.Errorf("unrelated texts are %d bits apart", d)
	}
	if _, ok := simhash("too short to hash"); ok {
		t.Error("short text hashed")
	}
}

func FuzzPutArticle(f *testing.F) {
	f.Add("Pakistan and Afghanistan met.", "042", 0, 8, int64(0))
	f.Add("", "1a", -1, 3, int64(1))
	f.Add("ééé", "0231", 2, 1, int64(40000))
	db, err := Open(context.Background(), ":memory:", Options{})
	if err != nil {
		f.Fatal(err)
	}
	defer db.Close()
	n := 0
	f.Fuzz(func(t *testing.T, text, code string, start, end int, days int64) {
		n++
		c := entente.CodedArticle{Article: entente.Article{ID: fmt.Sprint("fz", n), Text: text, Published: day0}}
		c.Events = []entente.Event{{Source: "A", Target: "B", Code: code, VerbSpan: entente.Span{Start: start, End: end},
			When: entente.When{Date: day0.AddDate(0, 0, int(days%100000))}}}
		res, err := db.PutArticles(context.Background(), []entente.CodedArticle{c})
		if err != nil {
			t.Fatalf("put: %v", err)
		}
		valid := validCode(code) == nil && c.Events[0].VerbSpan.Valid(len(text))
		if (res[0].Status == entente.PutRejected) == valid {
			t.Fatalf("status %s (%v) for code %q span %d-%d in %d bytes", res[0].Status, res[0].Err, code, start, end, len(text))
		}
	})
}

func TestMigrateFromVersion1(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v1.db")
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	ms, err := migrations()
	if err != nil || len(ms) < 2 {
		t.Fatalf("%d migrations, %v", len(ms), err)
	}
	if _, err := raw.Exec(ms[0] + "; PRAGMA user_version = 1"); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	db, err := Open(context.Background(), path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var v, idx int
	db.SQL().QueryRow(`PRAGMA user_version`).Scan(&v)
	db.SQL().QueryRow(`SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'events_code'`).Scan(&idx)
	if v != SchemaVersion() || idx != 1 {
		t.Errorf("after migration: version %d (want %d), code index %d", v, SchemaVersion(), idx)
	}
}
