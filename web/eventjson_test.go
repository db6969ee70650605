package web

import (
	"math"
	"math/rand"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"
	"time"

	"entente"
)

// fillValue sets every field of v, recursively, to a value that is not
// zero, the n-th of a sequence, so that no member is left out as empty.
func fillValue(v reflect.Value, n *int) {
	*n++
	switch v.Kind() {
	case reflect.String:
		v.SetString("s" + strings.Repeat("x", *n%3) + string(rune('a'+*n%26)))
	case reflect.Int, reflect.Int64:
		if v.Type() == reflect.TypeOf(time.Duration(0)) {
			v.SetInt(int64(*n) * int64(time.Second))
			return
		}
		v.SetInt(int64(*n))
	case reflect.Float64:
		v.SetFloat(float64(*n) + 0.25)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fillValue(v.Elem(), n)
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 2, 2)
		for i := 0; i < 2; i++ {
			fillValue(s.Index(i), n)
		}
		v.Set(s)
	case reflect.Struct:
		if v.Type() == reflect.TypeOf(time.Time{}) {
			v.Set(reflect.ValueOf(time.Date(2020, 1, 1+*n%28, 3, 4, 5, *n*1000, time.UTC)))
			return
		}
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				fillValue(v.Field(i), n)
			}
		}
	}
}

// generalPage is the answer writeJSON gives for page.
func generalPage(page *eventPage) (int, string) {
	rec := httptest.NewRecorder()
	writeJSON(rec, 200, page)
	return rec.Code, rec.Body.String()
}

// fastPage is the answer writeEventPage gives for page.
func fastPage(page *eventPage) (int, string) {
	rec := httptest.NewRecorder()
	writeEventPage(rec, page)
	return rec.Code, rec.Body.String()
}

// TestEventPageJSON checks that writeEventPage writes the bytes writeJSON
// writes: for an event with every field filled (a field added to EventJSON
// or entente.Event and not to the fast encoder fails here), for events with
// strings and numbers that need escaping or an exponent, and for values
// encoding/json refuses.
func TestEventPageJSON(t *testing.T) {
	var full EventJSON
	n := 0
	fillValue(reflect.ValueOf(&full).Elem(), &n)
	pages := []*eventPage{
		{Events: []EventJSON{}, Limit: 50},
		{Events: []EventJSON{full, {}}, Limit: 2, Offset: 4, More: true},
	}
	strs := []string{"", "USAGOV", "a \"quoted\" word", `back\slash`, "<script>x</script>", "R&D", "tab\there",
		"line\u2028sep", "bad \xff byte", "déjà vu", "ctrl \x01 \x7f", "~!@#$%^*()_+{}|:?"}
	floats := []float64{0, math.Copysign(0, -1), 1.5, -10, 7e-7, 1e-6, 3e-9, 1e20, 1e21, -2.5e25, 123456789.125, 5e-324, math.MaxFloat64}
	r := rand.New(rand.NewSource(3))
	pick := func() string { return strs[r.Intn(len(strs))] }
	zone := time.FixedZone("X", 5*3600+1800)
	for p := 0; p < 20; p++ {
		page := &eventPage{Limit: 10, Offset: p, More: p%2 == 0}
		for k := 0; k < 10; k++ {
			e := full
			e.ID, e.ArticleID, e.SentenceText, e.Source, e.Target = pick(), pick(), pick(), pick(), pick()
			e.PloverType, e.PloverMode, e.DictVersion, e.URL = pick(), pick(), pick(), pick()
			e.Modality, e.When.Precision, e.When.Phrase = entente.Modality(pick()), entente.Precision(pick()), pick()
			e.Goldstein, e.Confidence = floats[r.Intn(len(floats))], floats[r.Intn(len(floats))]
			e.Sentence, e.QuadClass, e.When.GapDays = r.Intn(200)-100, r.Intn(5), -r.Intn(30)
			e.When.Date = time.Date(1990+r.Intn(40), 3, 4, 0, 0, 0, r.Intn(3)*123456789, time.UTC)
			e.Published = time.Date(2020, 5, 6, 7, 8, 9, r.Intn(2)*1000, zone)
			if k%3 == 0 {
				e.When.Span, e.Place, e.Quantities, e.Matched = nil, nil, nil, nil
				e.Published = time.Time{}
			}
			e.When.Historical, e.When.FromStoryDate = k%2 == 0, k%4 == 1
			page.Events = append(page.Events, e)
		}
		pages = append(pages, page)
	}
	bad := full
	bad.Goldstein = math.NaN()
	far := full
	far.Published = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)
	pages = append(pages, &eventPage{Events: []EventJSON{full, bad}}, &eventPage{Events: []EventJSON{far}})
	for i, page := range pages {
		wc, want := generalPage(page)
		gc, got := fastPage(page)
		if gc != wc || got != want {
			t.Errorf("page %d: fast encoder gave %d\n%s\nencoding/json %d\n%s", i, gc, got, wc, want)
		}
	}
	if c, _ := generalPage(pages[len(pages)-1]); c == 200 {
		t.Error("a year past 9999 encoded; the test means a value encoding/json refuses")
	}
}
