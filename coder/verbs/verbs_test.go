package verbs

import (
	"errors"
	"strings"
	"testing"

	"entente"
	"entente/internal/sharedtest"
)

func TestParseCode(t *testing.T) {
	tests := []struct {
		in      string
		want    Code
		wantErr bool
	}{
		{"042", Code{Source: "042"}, false},
		{" 042:043 ", Code{Source: "042", Target: "043"}, false},
		{"---", Code{Source: Null}, false},
		{"- - -", Code{Source: Null}, false},
		{"###", Code{Source: Discard}, false},
		{"+++", Code{Source: Complex}, false},
		{":173", Code{Target: "173"}, false},
		{"023?", Code{Source: "023", Subordinate: true}, false},
		{"111!", Code{Source: "111", Dominant: true}, false},
		{"", Code{}, true},
		{"04 2", Code{}, true},
		{"042:", Code{}, true},
	}
	for _, tt := range tests {
		got, err := ParseCode(tt.in)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("ParseCode(%q) = %+v, %v; want %+v, err %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

func TestRegularForms(t *testing.T) {
	tests := map[string][]string{
		"ACCUSE": {"ACCUSE", "ACCUSES", "ACCUSED", "ACCUSING"},
		"DENY":   {"DENY", "DENIES", "DENIED", "DENYING"},
		"PUSH":   {"PUSH", "PUSHES", "PUSHED", "PUSHING"},
		"VISIT":  {"VISIT", "VISITS", "VISITED", "VISITING", "VISITTED", "VISITTING"},
		"AGREE":  {"AGREE", "AGREES", "AGREED", "AGREEING"},
	}
	for root, want := range tests {
		if got := RegularForms(root); strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("RegularForms(%s) = %v, want %v", root, got, want)
		}
	}
	if !Inflects("SANCTIONS", "SANCTION") || !Inflects("PARTIES", "PARTY") || Inflects("SANCTIONED", "SANCTIONS") {
		t.Error("Inflects wrong")
	}
}

const small = `# a small dictionary in the PETRARCH-1 format
&TIES_
+RELATIONS
+DIPLOMATIC TIES
&MORE
+&TIES WITH
<!-- a comment
   across lines -->
--- VISIT [042:043] ---
VISIT
+CALL_ON {+CALLS_ON +CALLED_ON +CALLING_ON}
- * &TIES [050]   # comment
- $ * { TALKS | MEETING_WITH } + [046]
- + WAS_*_BY $ [---]

--- BROKEN [bad code] ---
ACCUSE [112]
- * [1 2]
- * OF ^ AGGRESSION_ [1123]
- NO MARKER [010]
- * &UNDEFINED [010]
`

func TestReadSmall(t *testing.T) {
	d := New()
	errs := d.Read(strings.NewReader(small), "small.verbs")
	if len(errs) != 4 {
		t.Fatalf("got %d errors, want 4: %v", len(errs), errs)
	}
	for _, err := range errs {
		var ee *entente.Error
		if !errors.As(err, &ee) || ee.Input != "small.verbs" || ee.Line == 0 {
			t.Errorf("error %v does not name input and line", err)
		}
	}
	if got := len(d.Synsets["&TIES"]); got != 2 {
		t.Errorf("&TIES has %d phrases, want 2", got)
	}
	if got := d.Synsets["&MORE"]; len(got) != 2 || strings.Join(got[1].Words, " ") != "DIPLOMATIC TIES WITH" {
		t.Errorf("&MORE = %v", got)
	}
	vs := d.Lookup("visited")
	if len(vs) != 1 || vs[0].DefaultCode() != (Code{Source: "042", Target: "043"}) {
		t.Fatalf("Lookup(visited) = %v", vs)
	}
	if len(vs[0].Block.Patterns) != 3 || vs[0].Block.Patterns[0].Length < vs[0].Block.Patterns[2].Length {
		t.Errorf("patterns not sorted by length: %v", vs[0].Block.Patterns)
	}
	called := d.Lookup("CALLED")
	if len(called) != 1 || called[0].Root != "CALL ON" {
		t.Errorf("multi-word verb: %v", called)
	}
	acc := d.Lookup("ACCUSING")
	if len(acc) != 1 || acc[0].DefaultCode().Source != "112" {
		t.Fatalf("ACCUSE: %v", acc)
	}
	p := acc[0].Block.Patterns[0]
	if p.Ref.Line != 19 || p.Elems[2].Kind != Skip || !p.Elems[3].Exact {
		t.Errorf("pattern %+v", p)
	}
	alt := vs[0].Block.Patterns
	found := false
	for _, p := range alt {
		for _, e := range p.Elems {
			if e.Kind == Alt && len(e.Alts) == 2 && e.Alts[1][0].Next {
				found = true
			}
		}
	}
	if !found {
		t.Error("alternatives not read")
	}
}

func TestReadPetrarch2Phrases(t *testing.T) {
	d := New()
	errs := d.Read(strings.NewReader("--- RUSH [---] ---\nRUSH\n- * {ARMS SHIPMENT} (TO BORDER) [072]\n- * (BEFORE COURT) [:173]\n~ a (a b ATTACK) SAY = a b 015\n"), "p2")
	if len(errs) != 0 {
		t.Fatal(errs)
	}
	ps := d.Lookup("RUSH")[0].Block.Patterns
	var words []string
	for _, e := range ps[0].Elems {
		if e.Kind == Word {
			words = append(words, e.Text)
		}
	}
	if strings.Join(words, " ") != "ARMS SHIPMENT TO BORDER" {
		t.Errorf("words %v", words)
	}
	if len(d.Transforms) != 1 || ps[1].Code.Target != "173" || ps[1].Code.IsNull() {
		t.Errorf("transforms %v code %v", d.Transforms, ps[1].Code)
	}
}

// TestReadShared reads every verb dictionary of the shared folder and bounds
// the number of malformed lines in each.
func TestReadShared(t *testing.T) {
	files := map[string]int{
		"dictionaries/phoenix/CAMEO.verbpatterns.150430.txt": 4,
		"dictionaries/phoenix/CAMEO.2.0.txt":                 3,
		"conformance/tabari/TABARI.Demo.verbs":               0,
		"conformance/petrarch/PETR.Validate.verbs.txt":       0,
	}
	for f, maxErrs := range files {
		d := New()
		errs := d.ReadFile(sharedtest.Path(t, f))
		if len(errs) > maxErrs {
			t.Errorf("%s: %d errors, at most %d expected: %v", f, len(errs), maxErrs, errs)
		}
		if d.Len() < 100 {
			t.Errorf("%s: only %d verbs", f, d.Len())
		}
	}
}

func TestDefault(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(DefaultProblems()); n > 4 {
		t.Errorf("%d problems in the default dictionary: %v", n, DefaultProblems())
	}
	for _, w := range []string{"IMPOSED", "LIFTING", "SUSPENSION", "ACCUSED", "HELD"} {
		if len(d.Lookup(w)) == 0 {
			t.Errorf("default dictionary lacks %s", w)
		}
	}
}

func FuzzRead(f *testing.F) {
	f.Add(small)
	f.Add("- * {A | B\n")
	f.Add("&X\n+&X\n")
	f.Add("<NOUNS>\nLIFT [1]\n- * OF X [2]\n")
	f.Fuzz(func(t *testing.T, s string) {
		d := New()
		errs := d.Read(strings.NewReader(s), "fuzz")
		for _, err := range errs {
			var ee *entente.Error
			if !errors.As(err, &ee) || ee.Line < 1 {
				t.Fatalf("error without line: %v", err)
			}
		}
		for _, b := range d.Blocks {
			for _, p := range b.Patterns {
				if p.VerbIndex() < 0 {
					t.Fatalf("pattern without verb accepted: %v", p.Ref)
				}
			}
			for _, v := range b.Verbs {
				if v.Root == "" || len(v.Forms) == 0 {
					t.Fatalf("empty verb accepted")
				}
			}
		}
	})
}

// BenchmarkReadPhoenix reads the 14,000-line Phoenix verb dictionary.
func BenchmarkReadPhoenix(b *testing.B) {
	data, err := defaultFS.ReadFile("data/CAMEO.verbpatterns.150430.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for i := 0; i < b.N; i++ {
		New().Read(strings.NewReader(string(data)), "phoenix")
	}
}
