package gdelt

import (
	"errors"
	"io"
	"os"
	"strconv"
	"strings"
	"testing"

	"entente"
	"entente/internal/sharedtest"
)

func readAll(t *testing.T, r *Reader) (out []entente.CodedArticle, bad []*entente.Error) {
	t.Helper()
	for {
		c, err := r.Next()
		if err == io.EOF {
			return
		}
		var e *entente.Error
		if errors.As(err, &e) {
			bad = append(bad, e)
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, c)
	}
}

func TestSharedSample(t *testing.T) {
	path := sharedtest.Path(t, "formats/gdelt1_events_sample_710rows_dateadded20160728.tsv")
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(string(raw), "\n"), "\n")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got, bad := readAll(t, NewReader(f, path))
	if len(bad) != 0 {
		t.Errorf("%d bad rows, first: %v", len(bad), bad[0])
	}
	if len(got) != len(lines) {
		t.Fatalf("%d rows read, file has %d lines", len(got), len(lines))
	}
	for i, c := range got {
		cols := strings.Split(lines[i], "\t")
		e := c.Events[0]
		if c.Article.ID != "gdelt:"+cols[0] || e.Source != cols[5] || e.Target != cols[15] || e.Code != cols[26] ||
			e.Root != cols[28] || strconv.Itoa(e.QuadClass) != cols[29] || e.When.Date.Format("20060102") != cols[1] {
			t.Errorf("line %d: %+v from %q", i+1, e, cols[:31])
		}
		if len(cols) == 58 && c.Article.URL != cols[57] {
			t.Errorf("line %d: URL %q", i+1, c.Article.URL)
		}
		if !strings.HasPrefix(e.Code, "0") && !strings.HasPrefix(e.Code, "1") && !strings.HasPrefix(e.Code, "2") {
			t.Errorf("line %d: code %q lost its padding", i+1, e.Code)
		}
	}
}

// row61 builds a GDELT 2.0 row with the given overrides.
func row61(set map[int]string) string {
	f := make([]string, 61)
	for i, v := range map[int]string{0: "1000", 1: "20240305", 5: "PAKGOV", 15: "AFGGOV", 26: "042", 27: "042", 28: "04",
		29: "1", 30: "1.9", 51: "4", 52: "Kabul, Kabul, Afghanistan", 53: "AF", 56: "34.5", 57: "69.2", 59: "20240306101500",
		60: "https://www.example.org/a"} {
		f[i] = v
	}
	for i, v := range set {
		f[i] = v
	}
	return strings.Join(f, "\t")
}

func TestRows(t *testing.T) {
	input := strings.Join([]string{
		row61(nil),
		"too\tfew\tcolumns",
		row61(map[int]string{0: "1001", 1: "2024-03-05"}),
		"",
		row61(map[int]string{0: "1002", 26: "42", 29: "9"}),
		row61(map[int]string{0: "1003", 26: "42", 51: "0"}),
	}, "\n")
	got, bad := readAll(t, NewReader(strings.NewReader(input), "fixture.tsv"))
	if len(got) != 2 || len(bad) != 3 {
		t.Fatalf("%d rows, %d bad; want 2 and 3: %v", len(got), len(bad), bad)
	}
	for i, line := range []int{2, 3, 5} {
		if bad[i].Line != line || bad[i].Input != "fixture.tsv" {
			t.Errorf("bad row %d reported at %s:%d, want line %d", i, bad[i].Input, bad[i].Line, line)
		}
	}
	a := got[0]
	e := a.Events[0]
	if a.Article.Publisher != "example.org" || a.DictVersion != "gdelt2" || e.When.GapDays != 1 || e.Place == nil ||
		e.Place.Lat != 34.5 || e.Place.Precision != "city" {
		t.Errorf("first row: %+v %+v", a.Article, e)
	}
	if c := got[1].Events[0]; c.Code != "042" || c.Place != nil {
		t.Errorf("stripped code and no place: %+v", c)
	}
}

func FuzzReader(f *testing.F) {
	f.Add(row61(nil) + "\n" + "a\tb\n")
	f.Add(row61(map[int]string{26: "2"}))
	f.Add("")
	f.Fuzz(func(t *testing.T, input string) {
		r := NewReader(strings.NewReader(input), "fuzz")
		lines := strings.Count(input, "\n") + 1
		for i := 0; i < lines+1; i++ {
			c, err := r.Next()
			if err == io.EOF {
				return
			}
			var e *entente.Error
			if err != nil {
				if !errors.As(err, &e) || e.Line < 1 || e.Line > lines {
					t.Fatalf("error %v does not name a line in 1..%d", err, lines)
				}
				continue
			}
			ev := c.Events[0]
			if len(ev.Code) < 3 || ev.Root != ev.Code[:2] || ev.QuadClass < 1 || ev.QuadClass > 4 {
				t.Fatalf("bad event from a good row: %+v", ev)
			}
		}
		if _, err := r.Next(); err != io.EOF {
			t.Fatalf("more records than lines: %v", err)
		}
	})
}
