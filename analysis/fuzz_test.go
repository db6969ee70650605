package analysis

import (
	"math"
	"strings"
	"testing"
)

func FuzzRollUp(f *testing.F) {
	for _, s := range []string{"PAKGOV", "AFGREB", "IGOUNO", "USAGOVMILREB", "", "pak", "RUSMILSPY"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, code string) {
		got := RollUp(code)
		norm := strings.ToUpper(strings.TrimSpace(code))
		if !strings.HasPrefix(norm, got) {
			t.Errorf("RollUp(%q) = %q is not a prefix of the code", code, got)
		}
		if again := RollUp(got); again != got {
			t.Errorf("RollUp not idempotent: %q -> %q -> %q", code, got, again)
		}
		if got != norm && len(got) != 3 {
			t.Errorf("RollUp(%q) = %q: only roll-ups to a country shorten a code", code, got)
		}
	})
}

func FuzzIndex(f *testing.F) {
	f.Add(1.0, 2.0, 1.0, 0.0)
	f.Add(-3.0, 3.0, 0.0, 0.5)
	f.Fuzz(func(t *testing.T, d, tt, k, c float64) {
		if math.IsNaN(d) || math.IsNaN(tt) || math.IsNaN(k) || math.IsNaN(c) || math.IsInf(d, 0) || math.IsInf(tt, 0) || math.IsInf(k, 0) {
			return
		}
		// Valid inputs: |d| ≤ t, t ≥ 0, k ≥ 0, |c| ≤ 1.
		tt, k = math.Abs(tt), math.Abs(k)
		d = math.Max(-tt, math.Min(tt, d))
		c = math.Max(-1, math.Min(1, c))
		v := Index(d, tt, k, c)
		if math.IsNaN(v) || v < -1 || v > 1 {
			t.Fatalf("Index(%g, %g, %g, %g) = %g", d, tt, k, c, v)
		}
		// The index lies between the centre and the raw ratio.
		if tt > 0 && k > 0 && tt+k < 1e300 {
			raw := d / tt
			lo, hi := math.Min(raw, c), math.Max(raw, c)
			if v < lo-1e-9 || v > hi+1e-9 {
				t.Errorf("Index(%g, %g, %g, %g) = %g outside [%g, %g]", d, tt, k, c, v, lo, hi)
			}
		}
	})
}
