package cameo

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"entente/internal/sharedtest"
)

func TestLookupConventions(t *testing.T) {
	// The four codes where GDELT and ICEWS disagree (SOURCES.md).
	tests := []struct {
		code        string
		gdelt, icew float64
	}{
		{"016", -2, -5},
		{"022", 3.2, 3.4},
		{"164", -7, -6.5},
		{"165", -6.5, -7},
	}
	for _, tt := range tests {
		e, ok := Lookup(tt.code)
		if !ok {
			t.Fatalf("Lookup(%q) found nothing", tt.code)
		}
		if g := e.GoldsteinIn(GDELT); g != tt.gdelt {
			t.Errorf("%s GDELT Goldstein = %v, want %v", tt.code, g, tt.gdelt)
		}
		if g := e.GoldsteinIn(ICEWS); g != tt.icew {
			t.Errorf("%s ICEWS Goldstein = %v, want %v", tt.code, g, tt.icew)
		}
	}
}

func TestCodesAreStrings(t *testing.T) {
	if _, ok := Lookup("10"); !ok {
		t.Error(`root "10" missing`)
	}
	if _, ok := Lookup("010"); !ok {
		t.Error(`"010" missing`)
	}
	if IsEventCode("10.0") || IsEventCode("0100") || IsEventCode("") {
		t.Error("malformed codes accepted")
	}
}

func TestQuadClass(t *testing.T) {
	tests := []struct {
		root         string
		gdelt, icews int
	}{
		{"01", 1, 1}, {"05", 1, 1}, {"06", 2, 2}, {"08", 2, 2}, {"09", 2, 3},
		{"10", 3, 3}, {"13", 3, 3}, {"14", 3, 4}, {"15", 4, 4}, {"20", 4, 4},
		{"00", 0, 0}, {"21", 0, 0}, {"x", 0, 0}, {"1a", 0, 0},
	}
	for _, tt := range tests {
		if got := QuadClass(tt.root, GDELT); got != tt.gdelt {
			t.Errorf("QuadClass(%q, GDELT) = %d, want %d", tt.root, got, tt.gdelt)
		}
		if got := QuadClass(tt.root, ICEWS); got != tt.icews {
			t.Errorf("QuadClass(%q, ICEWS) = %d, want %d", tt.root, got, tt.icews)
		}
	}
}

func TestEventCodebookInvariants(t *testing.T) {
	if err := EventCodebookErr(); err != nil {
		t.Fatal(err)
	}
	codes := EventCodes()
	if len(codes) < 300 {
		t.Fatalf("%d codes, want the full codebook", len(codes))
	}
	roots := map[string]bool{}
	for _, e := range codes {
		if e.IsRoot() {
			roots[e.Code] = true
		}
	}
	if len(roots) != 20 {
		t.Errorf("%d roots, want 20", len(roots))
	}
	for _, e := range codes {
		if !strings.HasPrefix(e.Code, e.Root) || !roots[e.Root] || RootOf(e.Code) != e.Root {
			t.Errorf("%s: root %q inconsistent", e.Code, e.Root)
		}
		if e.Name == "" {
			t.Errorf("%s: no name", e.Code)
		}
		if e.Goldstein < -10 || e.Goldstein > 10 {
			t.Errorf("%s: Goldstein %v out of range", e.Code, e.Goldstein)
		}
		noPlover := e.Root == "01" || e.Root == "02"
		if noPlover != (e.PloverType == "") {
			t.Errorf("%s: PLOVER type %q", e.Code, e.PloverType)
		}
		if q := e.QuadClass(); q < 1 || q > 4 {
			t.Errorf("%s: QuadClass %d", e.Code, q)
		}
	}
}

func TestPloverTypesKnown(t *testing.T) {
	data, err := os.ReadFile(sharedtest.Path(t, "codebook/plover-types.csv"))
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, l := range strings.Split(string(data), "\n")[1:] {
		known[strings.TrimSpace(l)] = true
	}
	for _, e := range EventCodes() {
		if e.PloverType != "" && !known[e.PloverType] {
			t.Errorf("%s: PLOVER type %q not in plover-types.csv", e.Code, e.PloverType)
		}
	}
}

func TestParseConvention(t *testing.T) {
	for in, want := range map[string]Convention{"gdelt": GDELT, "ICEWS": ICEWS, "": GDELT} {
		got, err := ParseConvention(in)
		if err != nil || got != want {
			t.Errorf("ParseConvention(%q) = %v, %v", in, got, err)
		}
	}
	if _, err := ParseConvention("weis"); err == nil {
		t.Error("ParseConvention(weis) succeeded")
	}
}

func ExampleLookup() {
	e, _ := Lookup("042")
	fmt.Println(e.Code, e.Name, e.Goldstein, e.QuadClass(), e.PloverType, e.PloverMode)
	// Output: 042 Make a visit 1.9 1 consult visit
}
