package sqlite

import (
	"bufio"
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"entente"
)

// pairSide turns one side of a labelled pair into a coded article.
func pairSide(id, publisher string, f []string) (entente.CodedArticle, error) {
	e := entente.Event{Source: f[0], Target: f[1], Code: f[2], Root: f[2][:2], Modality: entente.Modality(f[5]),
		Confidence: 0.9}
	if e.Target == "-" {
		e.Target = ""
	}
	layout := map[string]string{"day": "2006-01-02", "month": "2006-01", "year": "2006"}[f[4]]
	d, err := time.Parse(layout, f[3])
	if err != nil {
		return entente.CodedArticle{}, err
	}
	e.When = entente.When{Date: d, Precision: entente.Precision(f[4])}
	if f[6] != "-" {
		e.Place = &entente.Place{Name: f[6], Precision: "city"}
	}
	return entente.CodedArticle{Article: entente.Article{ID: id, Publisher: publisher, Published: d.AddDate(0, 0, 1)},
		Events: []entente.Event{e}}, nil
}

// TestDedupPairs measures the event merge rule on hand-labelled pairs of
// reports: each pair is stored as two articles from two publishers, and the
// pair counts as merged when the store holds one event. The rule was tuned on
// dedup_pairs.tsv; dedup_pairs_heldout.tsv was written afterwards.
func TestDedupPairs(t *testing.T) {
	for _, tc := range []struct {
		file     string
		minPairs int
	}{{"testdata/dedup_pairs.tsv", 100}, {"testdata/dedup_pairs_heldout.tsv", 40}} {
		t.Run(tc.file, func(t *testing.T) { dedupPairs(t, tc.file, tc.minPairs) })
	}
}

func dedupPairs(t *testing.T, file string, minPairs int) {
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ctx := context.Background()
	var same, diff, missed, falseMerge int
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		if strings.HasPrefix(sc.Text(), "#") || strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		c := strings.Split(sc.Text(), "\t")
		if len(c) != 16 {
			t.Fatalf("line %d: %d fields", line, len(c))
		}
		a, err := pairSide("a", "Outlet A", c[1:8])
		if err != nil {
			t.Fatalf("line %d: %v", line, err)
		}
		b, err := pairSide("b", "Outlet B", c[8:15])
		if err != nil {
			t.Fatalf("line %d: %v", line, err)
		}
		db, err := Open(ctx, ":memory:", Options{})
		if err != nil {
			t.Fatal(err)
		}
		// Odd lines go in one batch, even lines in two: the rule must not
		// depend on batching.
		var res []entente.PutResult
		if line%2 == 1 {
			res, err = db.PutArticles(ctx, []entente.CodedArticle{a, b})
		} else if res, err = db.PutArticles(ctx, []entente.CodedArticle{a}); err == nil {
			var r []entente.PutResult
			r, err = db.PutArticles(ctx, []entente.CodedArticle{b})
			res = append(res, r...)
		}
		if err != nil || res[0].Status != entente.PutAdded || res[1].Status != entente.PutAdded {
			t.Fatalf("line %d: %v %+v", line, err, res)
		}
		merged := res[1].NewEvents == 0
		db.Close()
		switch c[0] {
		case "same":
			same++
			if !merged {
				missed++
				t.Logf("missed merge, line %d: %s", line, c[15])
			}
		case "diff":
			diff++
			if merged {
				falseMerge++
				t.Logf("false merge, line %d: %s", line, c[15])
			}
		default:
			t.Fatalf("line %d: label %q", line, c[0])
		}
	}
	if same+diff < minPairs {
		t.Fatalf("only %d labelled pairs", same+diff)
	}
	fm, mm := float64(falseMerge)/float64(diff), float64(missed)/float64(same)
	t.Logf("%d pairs: false merges %d/%d = %.1f%%, missed merges %d/%d = %.1f%%", same+diff, falseMerge, diff, 100*fm, missed, same, 100*mm)
	if fm > 0.05 {
		t.Errorf("false merges %.1f%% > 5%%", 100*fm)
	}
	if mm > 0.10 {
		t.Errorf("missed merges %.1f%% > 10%%", 100*mm)
	}
}

func TestMergeRuleParts(t *testing.T) {
	for _, tc := range []struct {
		x, y string
		want bool
	}{
		{"RUS", "RUSMIL", true}, {"RUSGOV", "RUSMIL", true}, {"RUSGOV", "RUSREB", false}, {"RUS", "UKR", false},
		{"IGOUNO", "IGONAT", false}, {"IGO", "IGOUNO", false}, {"", "", true}, {"", "USA", false}, {"US", "USA", false},
	} {
		if got := sameActor(tc.x, tc.y); got != tc.want {
			t.Errorf("sameActor(%q, %q) = %v", tc.x, tc.y, got)
		}
		if got := sameActor(tc.y, tc.x); got != tc.want {
			t.Errorf("sameActor(%q, %q) = %v (not symmetric)", tc.y, tc.x, got)
		}
	}
	for _, tc := range []struct {
		x, y string
		want bool
	}{
		{"190", "193", true}, {"193", "195", false}, {"023", "0233", true}, {"0233", "0234", false},
		{"042", "042", true}, {"042", "043", false}, {"1246", "124", true}, {"120", "1246", true},
	} {
		if got := sameCode(tc.x, tc.y); got != tc.want {
			t.Errorf("sameCode(%q, %q) = %v", tc.x, tc.y, got)
		}
		if got := sameCode(tc.y, tc.x); got != tc.want {
			t.Errorf("sameCode(%q, %q) = %v (not symmetric)", tc.y, tc.x, got)
		}
	}
	day := entente.PrecisionDay
	v := func(s, t, c string, d int64) mergeView {
		return mergeView{source: s, target: t, code: c, precision: day, day: d}
	}
	for _, tc := range []struct {
		a, b mergeView
		want bool
	}{
		{v("A", "B", "040", 10), v("B", "A", "040", 10), true},
		{v("A", "B", "112", 10), v("B", "A", "112", 10), false},
		{v("A", "B", "042", 10), v("B", "A", "043", 11), true},
		{v("A", "B", "042", 10), v("A", "B", "042", 12), false},
		{mergeView{source: "A", code: "190", precision: entente.PrecisionMonth, day: 40}, mergeView{source: "A", code: "190", precision: entente.PrecisionMonth, day: 58}, true},
		{mergeView{source: "A", code: "190", precision: entente.PrecisionMonth, day: 40}, mergeView{source: "A", code: "190", precision: day, day: 40}, false},
	} {
		if got := sameEvent(tc.a, tc.b); got != tc.want {
			t.Errorf("sameEvent(%+v, %+v) = %v", tc.a, tc.b, got)
		}
	}
}
