package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"entente"
)

// readPaths reads inputs with Read and collects the articles.
func readPaths(t *testing.T, inputs []string, opts Options) ([]*entente.Article, Stats) {
	t.Helper()
	var out []*entente.Article
	st, err := Read(context.Background(), inputs, opts, func(a *entente.Article) error {
		checkArticle(t, a)
		out = append(out, a)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out, st
}

func write(t *testing.T, path string, data []byte) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func gz(t *testing.T, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	if _, err := w.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// jsonLines makes n JSON lines with distinct ids and texts.
func jsonLines(n int) []byte {
	var b bytes.Buffer
	for i := range n {
		fmt.Fprintf(&b, `{"id":"r%d","date":"2024-01-%02d","title":"Record %d","text":"Text of record number %d.\nSecond line."}`+"\n", i, i%28+1, i, i)
	}
	return b.Bytes()
}

// TestBadInput checks that every kind of bad input is reported with the name
// of the input (and its line where there is one), that the bad record is
// skipped and counted, and that the good records around it are still read.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	junk := make([]byte, 4096)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range junk {
		junk[i] = byte(rng.UintN(256))
	}
	full := gz(t, jsonLines(2000))
	tests := []struct {
		name     string
		file     string
		data     []byte
		articles int    // good records still read
		skipped  int    // bad records reported
		problem  string // in the first error
		line     int    // of the first error
	}{
		{"empty file", "empty.txt", nil, 0, 1, "empty input", 0},
		{"binary junk", "junk.txt", junk, 0, 1, "binary", 0},
		{"binary junk, no extension", "junk", junk, 0, 1, "binary", 0},
		{"invalid UTF-8 text", "latin1.txt", []byte("Line one.\nCaf\xe9 au lait.\n"), 0, 1, "invalid UTF-8", 2},
		{"invalid UTF-8 JSON line", "bad.jsonl", []byte("{\"text\":\"ok one\"}\n{\"text\":\"caf\xe9\"}\n{\"text\":\"ok two\"}\n"), 2, 1, "invalid UTF-8", 2},
		{"truncated gzip", "cut.jsonl.gz", full[:len(full)/2], -1, 1, "truncated", -1},
		{"gzip header only", "hdr.txt.gz", full[:5], 0, 1, "gzip", 0},
		{"malformed JSON lines", "mixed.jsonl", []byte("{\"text\":\"a\"}\nnot json\n{\"text\":\n[]\n{\"text\":\"b\"}\n"), 2, 3, "invalid JSON", 2},
		{"malformed feed", "bad.rss", []byte(`<?xml version="1.0"?><rss><channel><title>x`), 0, 1, "feed", 0},
		{"html without text", "blank.html", []byte(`<html><head><title>t</title></head><body><script>var x;</script></body></html>`), 0, 1, "no article text", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := write(t, filepath.Join(dir, tt.name, tt.file), tt.data)
			arts, st := readPaths(t, []string{path}, Options{})
			if tt.articles >= 0 && len(arts) != tt.articles {
				t.Errorf("read %d articles, want %d", len(arts), tt.articles)
			}
			if tt.articles < 0 && (len(arts) == 0 || len(arts) >= 2000) {
				t.Errorf("read %d articles from a stream cut in half, want some but not all", len(arts))
			}
			if st.Skipped != tt.skipped || len(st.Errors) != tt.skipped || st.Articles != len(arts) {
				t.Fatalf("stats %+v, want %d skipped", st, tt.skipped)
			}
			e := st.Errors[0]
			if e.Input != path || !strings.Contains(e.Error(), tt.problem) {
				t.Errorf("error %q, want one naming %s and saying %q", e, path, tt.problem)
			}
			if tt.line >= 0 && e.Line != tt.line {
				t.Errorf("error at line %d, want %d", e.Line, tt.line)
			}
			if tt.line < 0 && e.Line != len(arts)+1 {
				t.Errorf("error at line %d, want the line after the last good one (%d)", e.Line, len(arts)+1)
			}
		})
	}
}

// repeat is an endless stream of one byte.
type repeat byte

func (r repeat) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(r)
	}
	return len(p), nil
}

// hugeLine is a JSON lines stream whose first line is 100 MB long, followed
// by a normal record.
func hugeLine() io.Reader {
	return io.MultiReader(strings.NewReader(`{"id":"big","text":"`), io.LimitReader(repeat('a'), 100<<20),
		strings.NewReader("\"}\n{\"id\":\"small\",\"text\":\"A normal record.\"}\n"))
}

// TestHugeLine reads a stream whose first line is 100 MB long: the line is
// reported as too long and skipped, and the next line is read. Beyond the
// record limit the line is read through without being kept.
func TestHugeLine(t *testing.T) {
	for _, limit := range []int{0, 1 << 20} {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		var got []*entente.Article
		st, err := ReadFrom(context.Background(), "huge.jsonl", hugeLine(), Options{MaxRecordBytes: limit}, func(a *entente.Article) error {
			got = append(got, a)
			return nil
		})
		runtime.ReadMemStats(&after)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || got[0].ID != "small" {
			t.Fatalf("limit %d: got %d articles, want the small record", limit, len(got))
		}
		if st.Skipped != 1 || st.Errors[0].Line != 1 || !strings.Contains(st.Errors[0].Error(), "longer than") {
			t.Fatalf("limit %d: stats %+v, want line 1 reported as too long", limit, st)
		}
		if grown := after.TotalAlloc - before.TotalAlloc; limit > 0 && grown > 8*uint64(limit) {
			t.Errorf("allocated %d MB to skip a 100 MB line with a %d-byte limit", grown>>20, limit)
		}
	}
	// A plain-text input of the same size is reported, not read.
	big := io.MultiReader(strings.NewReader("Start. "), io.LimitReader(repeat('b'), 100<<20))
	st, err := ReadFrom(context.Background(), "huge.txt", big, Options{}, func(*entente.Article) error { return nil })
	if err != nil || st.Articles != 0 || st.Skipped != 1 || !strings.Contains(st.Errors[0].Error(), "limit") {
		t.Fatalf("huge text: %+v, %v", st, err)
	}
}

// TestStreamingMemory reads a generated corpus of about 30 MB and checks
// that the live heap stays small: records are not accumulated.
func TestStreamingMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 30 MB")
	}
	const n = 200_000
	pr, pw := io.Pipe()
	go func() {
		for i := 0; i < n; i += 10_000 {
			var b bytes.Buffer
			for j := i; j < i+10_000; j++ {
				fmt.Fprintf(&b, `{"id":"r%d","date":"2024-01-02","text":"Text of record number %d, padded to look like a short news item of some length."}`+"\n", j, j)
			}
			if _, err := pw.Write(b.Bytes()); err != nil {
				return
			}
		}
		pw.Close()
	}()
	var peak uint64
	count := 0
	st, err := ReadFrom(context.Background(), "gen.jsonl", pr, Options{}, func(a *entente.Article) error {
		count++
		if count%50_000 == 0 {
			runtime.GC()
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			peak = max(peak, m.HeapAlloc)
		}
		return nil
	})
	if err != nil || count != n || st.Skipped != 0 {
		t.Fatalf("read %d of %d, %+v, %v", count, n, st, err)
	}
	if peak > 16<<20 {
		t.Errorf("live heap reached %d MB while streaming %d MB", peak>>20, st.Bytes>>20)
	}
}

func TestReadDirectory(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.txt"), []byte("Article A.\n"))
	write(t, filepath.Join(dir, "sub", "b.txt.gz"), gz(t, []byte("Article B.\n")))
	write(t, filepath.Join(dir, "sub", "c.jsonl"), jsonLines(3))
	write(t, filepath.Join(dir, "sub", "d.html"), []byte("<html><body><p>Article D.</p></body></html>"))
	write(t, filepath.Join(dir, "notes.md"), []byte("Not an article.\n"))
	write(t, filepath.Join(dir, ".hidden", "e.txt"), []byte("Hidden.\n"))
	write(t, filepath.Join(dir, ".f.txt"), []byte("Hidden too.\n"))

	arts, st := readPaths(t, []string{dir}, Options{})
	var texts []string
	for _, a := range arts {
		texts = append(texts, strings.SplitN(a.Text, ".", 2)[0])
	}
	want := "Article A|Article B|Text of record number 0|Text of record number 1|Text of record number 2|Article D"
	if strings.Join(texts, "|") != want || st.Inputs != 4 || st.Skipped != 0 {
		t.Errorf("read %q (%+v), want %q", texts, st, want)
	}
	arts, _ = readPaths(t, []string{dir}, Options{Extensions: []string{"md", ".html"}})
	if len(arts) != 2 {
		t.Errorf("--ext md,html read %d articles, want 2", len(arts))
	}
}

func TestReadStdinAndMissing(t *testing.T) {
	opts := Options{Stdin: bytes.NewReader(gz(t, jsonLines(2)))}
	arts, st := readPaths(t, []string{"-", filepath.Join(t.TempDir(), "missing.txt")}, opts)
	if len(arts) != 2 || arts[0].Source != "-:1" || st.Skipped != 1 || !strings.Contains(st.Errors[0].Error(), "missing.txt") {
		t.Errorf("got %d articles, %+v", len(arts), st)
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		in   string
		want Format
	}{
		{`{"text":"x"}`, FormatJSONL},
		{"\uFEFF  \n{\"a\":1}", FormatJSONL},
		{`<?xml version="1.0"?><rss version="2.0">`, FormatFeed},
		{`<feed xmlns="http://www.w3.org/2005/Atom">`, FormatFeed},
		{`<?xml version="1.0"?><rdf:RDF>`, FormatFeed},
		{`<!DOCTYPE html><html>`, FormatHTML},
		{`<html><head><link rel="alternate" type="application/rss+xml">`, FormatHTML},
		{`<p>fragment</p>`, FormatHTML},
		{"Plain words.", FormatText},
		{"", FormatText},
	}
	for _, tt := range tests {
		if got := Sniff([]byte(tt.in)); got != tt.want {
			t.Errorf("Sniff(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestEmitErrorStops(t *testing.T) {
	stop := errors.New("stop")
	n := 0
	_, err := ReadFrom(context.Background(), "c.jsonl", bytes.NewReader(jsonLines(10)), Options{}, func(*entente.Article) error {
		n++
		if n == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 3 {
		t.Errorf("err %v after %d articles, want stop after 3", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = Read(ctx, []string{"-"}, Options{Stdin: bytes.NewReader(jsonLines(10))}, func(*entente.Article) error { return nil })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err %v, want context.Canceled", err)
	}
}

func TestErrorCap(t *testing.T) {
	in := strings.Repeat("not json\n", 50)
	var seen int
	st, err := ReadFrom(context.Background(), "bad.jsonl", strings.NewReader(in), Options{MaxErrors: 5, OnError: func(*entente.Error) { seen++ }},
		func(*entente.Article) error { return nil })
	if err != nil || st.Skipped != 50 || len(st.Errors) != 5 || seen != 50 {
		t.Errorf("skipped %d, kept %d errors, saw %d, err %v", st.Skipped, len(st.Errors), seen, err)
	}
}

func TestJSONLFieldsBOMAndCRLF(t *testing.T) {
	in := "\uFEFF{\"key\":\"k1\",\"body\":\"Body one.\",\"when\":\"15 May 2018\",\"head\":\"H\"}\r\n" +
		"{\"key\":\"k2\",\"body\":\"Body two.\",\"text\":\"ignored\"}\r\n"
	opts := Options{Fields: Fields{ID: "key", Text: "body", Date: "when", Title: "head"}}
	arts, st := readString(t, "custom.jsonl", in, opts)
	if len(arts) != 2 || st.Skipped != 0 {
		t.Fatalf("got %d articles, %+v", len(arts), st)
	}
	if a := arts[0]; a.ID != "k1" || a.Text != "Body one." || a.Title != "H" || a.Published.Year() != 2018 || a.Source != "custom.jsonl:1" {
		t.Errorf("first record: %+v", a)
	}
	if a := arts[1]; a.ID != "k2" || a.Text != "Body two." || a.Source != "custom.jsonl:2" {
		t.Errorf("second record: %+v", a)
	}
}
