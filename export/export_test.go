package export

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/parquet-go/parquet-go"

	"entente"
	"entente/sqlite"
)

var day0 = time.Date(2024, 1, 30, 0, 0, 0, 0, time.UTC)

// fixture stores a small set of events, with codes that begin with zeros,
// places, month precision and a reverse dyad.
func fixture(t *testing.T) (*sqlite.DB, []entente.StoredEvent) {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "x.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	codes := []string{"010", "0231", "042", "111", "190", "010"}
	var batch []entente.CodedArticle
	for i := 0; i < 12; i++ {
		text := fmt.Sprintf("Article %d says that the ministers met\tagain, in text that is long enough for spans.", i)
		src, tgt := "PAKGOV", "AFGGOV"
		if i%4 == 3 {
			src, tgt = tgt, src
		}
		if i%5 == 4 {
			src, tgt = "USAGOV", "IGOUNO"
		}
		if i == 11 {
			tgt = "" // no target: in the event files, not in the panel
		}
		code := codes[i%len(codes)]
		e := entente.Event{ID: fmt.Sprint("e", i), Source: src, Target: tgt, Code: code, Root: code[:2],
			Goldstein: float64(i%7) - 2.5, Modality: entente.Asserted, Confidence: 0.75, Sentence: i % 2,
			SentenceText: "the ministers met\tagain", SourceSpan: entente.Span{Start: 0, End: 7},
			VerbSpan: entente.Span{Start: 30, End: 33}, DictVersion: "dict-1",
			When: entente.When{Date: day0.AddDate(0, 0, 9*i), Precision: entente.PrecisionDay}}
		if i%3 == 0 {
			e.Place = &entente.Place{Name: "Kabul", Country: "AF", Lat: 34.52813, Lon: 69.17233, GeoNameID: 1138958, Precision: "city"}
		}
		if i == 5 {
			e.When.Precision = entente.PrecisionMonth
		}
		if i == 9 {
			e.Modality = entente.Negated // in every file but GDELT's
		}
		if i == 7 {
			e.Quantities = []entente.Quantity{{Kind: "money", Unit: "USD", Best: 2e6, Span: entente.Span{Start: 10, End: 14}}}
			e.Matched = []entente.EntryRef{{File: "v.txt", Line: 3}}
		}
		c := entente.CodedArticle{Article: entente.Article{ID: fmt.Sprint("a", i), Publisher: []string{"Reuters", "AP"}[i%2],
			URL: fmt.Sprintf("https://example.org/%d", i), Text: text, Published: day0.AddDate(0, 0, 9*i+1).Add(13 * time.Hour)},
			Events: []entente.Event{e}}
		batch = append(batch, c)
	}
	if _, err := db.PutArticles(ctx, batch); err != nil {
		t.Fatal(err)
	}
	var evs []entente.StoredEvent
	if err := db.Events(ctx, entente.EventFilter{}, func(e *entente.StoredEvent) error { evs = append(evs, *e); return nil }); err != nil {
		t.Fatal(err)
	}
	return db, evs
}

func readLines(t *testing.T, path string) [][]string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out [][]string
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		out = append(out, strings.Split(sc.Text(), "\t"))
	}
	return out
}

func TestExportReadBack(t *testing.T) {
	db, evs := fixture(t)
	dir := t.TempDir()
	ctx := context.Background()
	m, err := Write(ctx, db, Options{Dir: dir, Version: "test", Commit: "abc", Dictionaries: map[string]string{"verbs": "h1"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 12 {
		t.Fatalf("fixture has %d events", len(evs))
	}
	want := make([]Row, len(evs))
	mentions := 0
	var factual []entente.StoredEvent // GDELT has no modality column
	for i := range evs {
		if want[i], err = NewRow(&evs[i]); err != nil {
			t.Fatal(err)
		}
		if evs[i].Factual() {
			factual = append(factual, evs[i])
			mentions += evs[i].NumMentions
		}
	}
	if len(factual) != len(evs)-1 {
		t.Fatalf("%d events of %d factual, want all but one", len(factual), len(evs))
	}

	t.Run("gdelt", func(t *testing.T) {
		rows := readLines(t, filepath.Join(dir, "events.gdelt.tsv"))
		if len(rows) != len(factual) {
			t.Fatalf("%d rows, want %d (the negated event left out)", len(rows), len(factual))
		}
		for i, r := range rows {
			if len(r) != 61 || len(gdeltEventColumns) != 61 {
				t.Fatalf("row %d has %d fields, %d columns documented; want 61", i, len(r), len(gdeltEventColumns))
			}
			e := factual[i]
			if r[0] != strconv.FormatInt(e.StoreID, 10) || r[1] != e.When.Date.Format("20060102") || r[5] != e.Source ||
				r[15] != e.Target || r[26] != e.Code || r[28] != e.Root || r[29] != strconv.Itoa(e.QuadClass) || r[60] != e.URL {
				t.Errorf("row %d: %q", i, r)
			}
			if r[7] != e.Source[:3] && !strings.HasPrefix(e.Source, "IGO") {
				t.Errorf("row %d: country code %q of %s", i, r[7], e.Source)
			}
			if g, _ := strconv.ParseFloat(r[30], 64); g != e.Goldstein {
				t.Errorf("row %d: Goldstein %q, want %v", i, r[30], e.Goldstein)
			}
			if e.Place != nil && (r[52] != e.Place.Name || r[56] != formatFloat(e.Place.Lat)) {
				t.Errorf("row %d: action geo %q", i, r[51:59])
			}
		}
		if rows[0][26] != "010" {
			t.Errorf("code %q, want 010 kept as a string", rows[0][26])
		}
		ms := readLines(t, filepath.Join(dir, "mentions.gdelt.tsv"))
		if len(ms) != mentions {
			t.Errorf("%d mentions, want %d", len(ms), mentions)
		}
		for _, r := range ms {
			if len(r) != 16 {
				t.Fatalf("mention has %d fields, want 16", len(r))
			}
		}
	})

	t.Run("csv", func(t *testing.T) {
		f, err := os.Open(filepath.Join(dir, "events.csv"))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		recs, err := csv.NewReader(f).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) != len(evs)+1 {
			t.Fatalf("%d records, want header + %d", len(recs), len(evs))
		}
		for i, c := range Columns() {
			if recs[0][i] != c.Name {
				t.Errorf("header %d = %q, want %q", i, recs[0][i], c.Name)
			}
		}
		for i, r := range recs[1:] {
			if !reflect.DeepEqual(r, want[i].Fields()) {
				t.Errorf("row %d: %q", i, r)
			}
			if r[3] != evs[i].Code {
				t.Errorf("row %d: code %q, want %q", i, r[3], evs[i].Code)
			}
		}
	})

	t.Run("jsonl", func(t *testing.T) {
		b, err := os.ReadFile(filepath.Join(dir, "events.jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
		if len(lines) != len(evs) {
			t.Fatalf("%d lines", len(lines))
		}
		for i, l := range lines {
			var raw map[string]any
			if err := json.Unmarshal([]byte(l), &raw); err != nil {
				t.Fatal(err)
			}
			if code, ok := raw["code"].(string); !ok || code != evs[i].Code {
				t.Errorf("line %d: code %#v, want the string %q", i, raw["code"], evs[i].Code)
			}
			var r Row
			if err := json.Unmarshal([]byte(l), &r); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(r, want[i]) {
				t.Errorf("line %d:\n got %+v\nwant %+v", i, r, want[i])
			}
		}
	})

	t.Run("parquet", func(t *testing.T) {
		rows, err := parquet.ReadFile[Row](filepath.Join(dir, "events.parquet"))
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != len(want) {
			t.Fatalf("%d rows", len(rows))
		}
		for i := range rows {
			if !reflect.DeepEqual(rows[i], want[i]) {
				t.Errorf("row %d:\n got %+v\nwant %+v", i, rows[i], want[i])
			}
		}
		if rows[0].Code != "010" {
			t.Errorf("code %q, want 010", rows[0].Code)
		}
	})

	t.Run("panel", func(t *testing.T) {
		f, err := os.Open(filepath.Join(dir, "panel.csv"))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		recs, err := csv.NewReader(f).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		dyads := map[string]bool{}
		periods := map[string]bool{}
		total, zeros := 0, 0
		for _, r := range recs[1:] {
			dyads[r[0]+"-"+r[1]] = true
			periods[r[3]] = true
			n, _ := strconv.Atoi(r[5])
			total += n
			if n == 0 {
				zeros++
			}
			if r[0] > r[1] {
				t.Errorf("undirected dyad out of order: %q", r)
			}
		}
		first, last := evs[0].When.Date, evs[0].When.Date
		for _, e := range evs {
			if e.Target == "" {
				continue
			}
			if e.When.Date.Before(first) {
				first = e.When.Date
			}
			if e.When.Date.After(last) {
				last = e.When.Date
			}
		}
		months := (last.Year()-first.Year())*12 + int(last.Month()-first.Month()) + 1
		if total != len(evs)-1 || len(recs)-1 != len(dyads)*len(periods)*4 || len(periods) != months || zeros == 0 {
			t.Errorf("panel: %d events in %d rows (%d zero), %d dyads x %d periods (want %d months)", total, len(recs)-1, zeros, len(dyads), len(periods), months)
		}
	})

	t.Run("manifest", func(t *testing.T) {
		b, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
		if err != nil {
			t.Fatal(err)
		}
		var got Manifest
		if err := json.Unmarshal(b, &got); err != nil {
			t.Fatal(err)
		}
		if got.Entente.Commit != "abc" || len(got.Files) != len(m.Files) || !reflect.DeepEqual(got.DictVersions, []string{"dict-1"}) {
			t.Errorf("manifest: %+v", got)
		}
		for _, f := range got.Files {
			data, err := os.ReadFile(filepath.Join(dir, f.Name))
			if err != nil {
				t.Fatal(err)
			}
			sum := sha256.Sum256(data)
			if hex.EncodeToString(sum[:]) != f.SHA256 {
				t.Errorf("%s: hash differs from the manifest", f.Name)
			}
		}
		cb, err := os.ReadFile(filepath.Join(dir, "codebook.md"))
		if err != nil {
			t.Fatal(err)
		}
		for _, cols := range [][]Column{gdeltEventColumns, gdeltMentionColumns, Columns(), panelColumns} {
			for _, c := range cols {
				if !strings.Contains(string(cb), "| "+c.Name+" |") || c.Description == "" {
					t.Errorf("codebook lacks column %s or its description", c.Name)
				}
			}
		}
	})
}

func TestExportReproducible(t *testing.T) {
	db, _ := fixture(t)
	ctx := context.Background()
	a, b := t.TempDir(), t.TempDir()
	opt := Options{Version: "v", Formats: AllFormats, Filter: entente.EventFilter{Actor: "PAK"}, Period: entente.Week, ByCountry: true}
	opt.Dir = a
	if _, err := Write(ctx, db, opt); err != nil {
		t.Fatal(err)
	}
	opt.Dir = b
	if _, err := Write(ctx, db, opt); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(a)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 8 {
		t.Errorf("%d files written, want 8", len(entries))
	}
	for _, e := range entries {
		x, _ := os.ReadFile(filepath.Join(a, e.Name()))
		y, err := os.ReadFile(filepath.Join(b, e.Name()))
		if err != nil || !bytes.Equal(x, y) {
			t.Errorf("%s differs between two runs (%v)", e.Name(), err)
		}
	}
}

func TestParseFormats(t *testing.T) {
	for _, tc := range []struct {
		in   string
		n    int
		fail bool
	}{{"csv", 1, false}, {"gdelt, parquet", 2, false}, {"all", len(AllFormats), false}, {"xml", 0, true}} {
		got, err := ParseFormats(tc.in)
		if (err != nil) != tc.fail || len(got) != tc.n {
			t.Errorf("ParseFormats(%q) = %v, %v", tc.in, got, err)
		}
	}
}

func TestSplitActor(t *testing.T) {
	for _, tc := range []struct {
		code, country, group string
		types                [3]string
	}{
		{"PAKGOV", "PAK", "", [3]string{"GOV"}},
		{"IGOUNO", "", "UNO", [3]string{}},
		{"USAMILREBSPY", "USA", "", [3]string{"MIL", "REB", "SPY"}},
		{"AFGIGONAT", "AFG", "NAT", [3]string{}},
		{"", "", "", [3]string{}},
		{"PA", "", "", [3]string{}},
	} {
		c, g, ty := splitActor(tc.code)
		if c != tc.country || g != tc.group || ty != tc.types {
			t.Errorf("splitActor(%q) = %q %q %q", tc.code, c, g, ty)
		}
	}
}

// TestExportAgain checks that an export into the folder of an earlier one
// removes the files it does not write, so that none lies unlisted beside the
// manifest.
func TestExportAgain(t *testing.T) {
	db, _ := fixture(t)
	ctx := context.Background()
	dir := t.TempDir()
	if _, err := Write(ctx, db, Options{Dir: dir, Formats: AllFormats}); err != nil {
		t.Fatal(err)
	}
	m, err := Write(ctx, db, Options{Dir: dir, Formats: []Format{CSV}})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"events.gdelt.tsv", "mentions.gdelt.tsv", "events.jsonl", "events.parquet", "panel.csv"}
	if !reflect.DeepEqual(m.Removed, want) {
		t.Errorf("removed %v, want %v", m.Removed, want)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if !reflect.DeepEqual(names, []string{"codebook.md", "events.csv", "manifest.json"}) {
		t.Errorf("folder holds %v", names)
	}
}

// TestPanelSpan checks the span of the panel in the manifest and the cap on
// its rows.
func TestPanelSpan(t *testing.T) {
	db, _ := fixture(t)
	ctx := context.Background()
	m, err := Write(ctx, db, Options{Dir: t.TempDir(), Formats: []Format{Panel}, Period: entente.Month})
	if err != nil {
		t.Fatal(err)
	}
	// Events from day0 (2024-01-30) every 9 days to 2024-05-08; the last
	// has no target and is in no dyad. PAK–AFG both ways is one dyad.
	want := PanelSpan{First: "2024-01-01", Last: "2024-04-01", Periods: 4, Dyads: 2}
	if m.Panel == nil || *m.Panel != want {
		t.Fatalf("panel span %+v, want %+v", m.Panel, want)
	}
	if rows := m.Files[0].Rows; rows != 2*4*4 {
		t.Errorf("panel rows %d, want %d", rows, 2*4*4)
	}
	_, err = Write(ctx, db, Options{Dir: t.TempDir(), Formats: []Format{Panel}, Period: entente.Day, PanelMaxRows: 500})
	if err == nil || !strings.Contains(err.Error(), "(2024-01-30 to 2024-04-29)") || !strings.Contains(err.Error(), "--from") {
		t.Errorf("a panel over its cap: %v", err)
	}
}
