package conformance

import (
	"strings"
	"testing"

	"entente/internal/sharedtest"
	"entente/parse"
)

// tabariFloor is the bar for the standard records (those before "TESTS
// REQUIRING SPECIAL SETTINGS").
const tabariFloor = 0.82

func TestTABARISuite(t *testing.T) {
	sc, err := RunTABARI(sharedtest.Path(t, "conformance/tabari/Validate.project"))
	if err != nil {
		t.Fatal(err)
	}
	if sc.Scored < 50 {
		t.Fatalf("only %d standard records scored", sc.Scored)
	}
	t.Logf("TABARI: %d/%d standard records pass (%.1f%%); special: %d/%d", sc.Passed, sc.Scored, 100*sc.Rate(), sc.SpecialPassed, sc.SpecialScored)
	if sc.Rate() < tabariFloor {
		t.Errorf("pass rate %.3f below the floor %.3f", sc.Rate(), tabariFloor)
	}
}

func TestReadTABARIRecords(t *testing.T) {
	in := "# header\n950103 A-1\nSome text\nmore text\n/*\\n----\n\\n{ AAA / BBB / 032 }\n\\n{ BBB / AAA / 033 } */\n\n" +
		"950103 A-2\ntext /* { OPTION: SET: X = Y } */\n\n# TESTS REQUIRING SPECIAL SETTINGS\n" +
		"050101 A-3\nother\n/* -{ AAA / BBB / 111 } {---} */\n"
	recs, errs := ReadTABARI(strings.NewReader(in), "t")
	if len(errs) != 0 || len(recs) != 3 {
		t.Fatalf("%d records, errors %v", len(recs), errs)
	}
	if recs[0].Text != "Some text more text" || len(recs[0].Expected) != 2 || recs[0].Expected[1].Code != "033" || !recs[0].Standard {
		t.Errorf("record 1: %+v", recs[0])
	}
	if !recs[1].OptionOnly {
		t.Errorf("record 2 not option-only")
	}
	if recs[2].Standard || !recs[2].Subset || recs[2].Special != "---" || recs[2].Date.Year() != 2005 {
		t.Errorf("record 3: %+v", recs[2])
	}
}

// petrarchFloor is the pass rate reached so far on the records marked
// sentence="true": 205/279 at first, then 210/279 (0.753, the bar of 0.75
// met), then 215/279 (0.771) with conjuncts inside actor phrases ("lawmakers
// in A and B") and the mentions that share their words. The floor keeps a
// record of slack for parser changes.
const petrarchFloor = 0.765

func TestPetrarchSuite(t *testing.T) {
	path := sharedtest.Path(t, "conformance/petrarch/PETR.UnitTest.records.xml")
	p, err := parse.Default()
	if err != nil {
		t.Skipf("no parser model: %v", err)
	}
	sc, err := RunPetrarch(path, p)
	if err != nil {
		t.Fatal(err)
	}
	if sc.Scored < 200 {
		t.Fatalf("only %d records scored", sc.Scored)
	}
	t.Logf("PETRARCH: %d/%d records pass (%.1f%%)", sc.Passed, sc.Scored, 100*sc.Rate())
	n := 0
	for _, c := range sc.ByClass() {
		n += c.Scored
		if c.Scored > 0 {
			t.Logf("  %s: %d/%d", c.Class, c.Passed, c.Scored)
		}
	}
	if n != sc.Scored {
		t.Errorf("the classes hold %d records, the score %d", n, sc.Scored)
	}
	if sc.Rate() < petrarchFloor {
		t.Errorf("pass rate %.3f below the floor %.3f", sc.Rate(), petrarchFloor)
	}
}

// BenchmarkTABARI codes TABARI's validation records in the word-order mode
// (dictionaries read once per run).
func BenchmarkTABARI(b *testing.B) {
	path := sharedtest.Path(b, "conformance/tabari/Validate.project")
	for i := 0; i < b.N; i++ {
		if _, err := RunTABARI(path); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPetrarch parses and codes PETRARCH's unit-test records.
func BenchmarkPetrarch(b *testing.B) {
	path := sharedtest.Path(b, "conformance/petrarch/PETR.UnitTest.records.xml")
	p, err := parse.Default()
	if err != nil {
		b.Skip(err)
	}
	for i := 0; i < b.N; i++ {
		if _, err := RunPetrarch(path, p); err != nil {
			b.Fatal(err)
		}
	}
}
