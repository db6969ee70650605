package icews

import (
	"entente/cameo"
	"errors"
	"io"
	"os"
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

// header reads the ICEWS column header from the shared formats.
func header(t *testing.T) []string {
	b, err := os.ReadFile(sharedtest.Path(t, "formats/icews-events-header.tab"))
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimRight(string(b), "\r\n"), "\t")
}

// row fills an ICEWS row by column name.
func row(cols []string, v map[string]string) string {
	f := make([]string, len(cols))
	for i, c := range cols {
		f[i] = v[c]
	}
	return strings.Join(f, "\t")
}

func TestRows(t *testing.T) {
	cols := header(t)
	base := map[string]string{"Event ID": "9001", "Event Date": "2014-03-05", "Source Name": "Military (Pakistan)",
		"Source Sectors": "Military,Army", "Source Country": "Pakistan", "Event Text": "Make statement", "CAMEO Code": "10",
		"Intensity": "0", "Target Name": "Afghanistan", "Target Country": "Afghanistan", "Story ID": "77",
		"Sentence Number": "2", "Publisher": "Agence France-Presse", "City": "Kabul", "Country": "Afghanistan",
		"Latitude": "34.5", "Longitude": "69.2"}
	with := func(k, v string) map[string]string {
		m := map[string]string{}
		for a, b := range base {
			m[a] = b
		}
		m[k] = v
		return m
	}
	input := strings.Join([]string{
		strings.Join(cols, "\t"),
		row(cols, base),
		row(cols, with("Event Date", "05/03/2014")),
		row(cols, with("CAMEO Code", "x")),
		"short\trow",
		row(cols, func() map[string]string {
			m := with("Source Name", "Hamas")
			m["Source Country"], m["Source Sectors"] = "", "Radicals"
			return m
		}()),
	}, "\n")
	got, bad := readAll(t, NewReader(strings.NewReader(input), "fixture.tab"))
	if len(got) != 2 || len(bad) != 3 {
		t.Fatalf("%d rows and %d bad, want 2 and 3: %v", len(got), len(bad), bad)
	}
	for i, line := range []int{3, 4, 5} {
		if bad[i].Line != line {
			t.Errorf("bad row %d at line %d, want %d", i, bad[i].Line, line)
		}
	}
	e := got[0].Events[0]
	if e.Source != "PAKMIL" || e.Target != "AFG" || e.Code != "010" || e.Sentence != 1 || e.Place == nil || e.Place.Name != "Kabul" {
		t.Errorf("event: %+v", e)
	}
	if a := got[0].Article; a.ID != "icews:9001" || a.Publisher != "Agence France-Presse" {
		t.Errorf("article: %+v", a)
	}
	if s := got[1].Events[0].Source; s != "HAMAS" {
		t.Errorf("named actor: %q", s)
	}
}

func TestBadHeader(t *testing.T) {
	got, bad := readAll(t, NewReader(strings.NewReader("a\tb\n1\t2\n"), "x.tab"))
	if len(got) != 0 || len(bad) != 1 || bad[0].Line != 1 {
		t.Errorf("%d rows, bad %v", len(got), bad)
	}
}

func TestCountryTable(t *testing.T) {
	for _, c := range cameo.Countries() {
		got, ok := cameo.LookupCountry(CountryCode(c.Name))
		if !ok || got.Name != c.Name {
			t.Errorf("%q -> %q, not a code of that country", c.Name, CountryCode(c.Name))
		}
	}
	// Two codes for one country: the ISO one, as the actor dictionaries have it.
	for _, tc := range []struct{ name, code string }{
		{"Russian Federation", "RUS"}, {"East Timor", "TMP"}, {"Romania", "ROU"}, {"Montenegro", "MNE"},
	} {
		if got := CountryCode(tc.name); got != tc.code {
			t.Errorf("%q -> %q, want %q", tc.name, got, tc.code)
		}
	}
	for alias, code := range aliases {
		if CountryCode(strings.ToUpper(alias)) != code {
			t.Errorf("alias %q", alias)
		}
	}
}
