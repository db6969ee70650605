package web

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"entente"
	"entente/analysis"
	"entente/sqlite"
)

// plainRollups hides the store's DyadDaysOf, so that a series reads every
// code under the dyad's prefixes, as it does from a store without it.
type plainRollups struct {
	entente.Store
	analysis.DayRollupReader
}

// TestSeriesReadsNodeCodesOnly checks that a series read over the codes that
// roll up to the dyad's nodes (KeptDayRollupReader) equals the series read
// over every code under the dyad's prefixes, on a store where those prefixes
// also hold rebels, opposition and elites, which are nodes of their own.
func TestSeriesReadsNodeCodesOnly(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "nodes.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	pak := []string{"PAK", "PAKGOV", "PAKMIL", "PAKREB", "PAKOPP", "PAKMILREB"}
	rus := []string{"RUS", "RUSGOV", "RUSELI", "RUSMIL"}
	codes := []string{"010", "020", "042", "057", "111", "173", "190"}
	day0 := time.Date(2022, 11, 27, 0, 0, 0, 0, time.UTC)
	var arts []entente.CodedArticle
	for i := 0; i < 240; i++ {
		id := fmt.Sprintf("node-%d", i)
		c := entente.CodedArticle{Article: entente.Article{ID: id, Publisher: "P", Published: day0, Text: "text " + id}, DictVersion: "t"}
		for k := 0; k < 4; k++ {
			src, tgt := pak[(i+k)%len(pak)], rus[(i/2+k)%len(rus)]
			if (i+k)%3 == 0 {
				src, tgt = tgt, src
			}
			day := day0.AddDate(0, 0, (i*13+k*5)%500)
			ev := synthEvent(id, k, "text "+id, src, tgt, codes[(i*3+k)%len(codes)], entente.Span{}, entente.Span{}, entente.Span{}, day)
			ev.Modality = []entente.Modality{entente.Asserted, entente.Alleged, entente.Intended}[(i+k)%3]
			c.Events = append(c.Events, ev)
		}
		arts = append(arts, c)
	}
	if _, err := st.PutArticles(ctx, arts); err != nil {
		t.Fatal(err)
	}
	kept, err := New(Config{Store: st})
	if err != nil {
		t.Fatal(err)
	}
	plain, err := New(Config{Store: plainRollups{st, st}})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		a, b string
		p    analysisParams
	}{
		{"PAK", "RUS", analysisParams{unit: analysis.Month, scheme: analysis.GDELT}},
		{"RUSGOV", "PAKMIL", analysisParams{unit: analysis.Year, scheme: analysis.GDELT}},
		{"PAKREB", "RUS", analysisParams{unit: analysis.Quarter, scheme: analysis.ICEWS, from: day0.AddDate(0, 2, 0), to: day0.AddDate(1, 0, 0)}},
	} {
		want, wfrom, err := plain.dyadSeries(ctx, c.a, c.b, c.p)
		if err != nil {
			t.Fatal(err)
		}
		got, gfrom, err := kept.dyadSeries(ctx, c.a, c.b, c.p)
		if err != nil {
			t.Fatal(err)
		}
		if gfrom != "rollup" || wfrom != "rollup" {
			t.Fatalf("%s-%s: computed from %q and %q, want rollup", c.a, c.b, gfrom, wfrom)
		}
		if len(want.Series.Points) == 0 {
			t.Fatalf("%s-%s: the series has no points", c.a, c.b)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s-%s: series over the nodes' codes\n%+v\nover every code\n%+v", c.a, c.b, got.Series.Points, want.Series.Points)
		}
	}
}
