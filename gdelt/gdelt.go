// Package gdelt reads GDELT event files (GDELT 1.0 daily files of 57 or 58
// tab-separated columns, GDELT 2.0 files of 61) into entente's vocabulary,
// so that existing GDELT data can be stored and analysed with entente.
//
// Each row becomes a CodedArticle without text: the article is keyed
// "gdelt:" and the GLOBALEVENTID, so importing a file twice adds nothing; its
// URL is SOURCEURL and its publication time DATEADDED. The event keeps
// GDELT's actor codes, event code (zero padding restored), QuadClass and
// Goldstein value; its place is the ActionGeo location. GDELT country codes
// are FIPS 10-4, not ISO 3166, so Place.Country is left empty; the place
// keeps GDELT's full name and coordinates. Rows that entente's deduplication
// considers the same event (same actors, code and day) are merged on import.
package gdelt

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strconv"
	"strings"
	"time"

	"entente"
)

// Reader reads GDELT event rows one at a time.
type Reader struct {
	sc   *bufio.Scanner
	name string
	line int
}

// NewReader returns a reader of the GDELT event file r, named name in errors.
func NewReader(r io.Reader, name string) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<22)
	return &Reader{sc: sc, name: name}
}

// layout gives the column indexes that differ between GDELT versions.
type layout struct {
	version   string
	actionGeo int // first column of the ActionGeo block
	geoLen    int // columns per geo block
	dateAdded int
	sourceURL int // -1 when absent
}

func layoutFor(n int) (layout, bool) {
	switch n {
	case 57:
		return layout{"gdelt1", 49, 7, 56, -1}, true
	case 58:
		return layout{"gdelt1", 49, 7, 56, 57}, true
	case 61:
		return layout{"gdelt2", 51, 8, 59, 60}, true
	}
	return layout{}, false
}

// Next returns the next row as a coded article. A bad row gives an
// *entente.Error naming the file and line; the caller reports it and calls
// Next again. Next returns io.EOF after the last row.
func (r *Reader) Next() (entente.CodedArticle, error) {
	for r.sc.Scan() {
		r.line++
		text := strings.TrimRight(r.sc.Text(), "\r")
		if strings.TrimSpace(text) == "" {
			continue
		}
		c, err := parseRow(strings.Split(text, "\t"))
		if err != nil {
			return c, &entente.Error{Input: r.name, Line: r.line, Err: err}
		}
		c.Article.Source = fmt.Sprintf("%s:%d", r.name, r.line)
		return c, nil
	}
	if err := r.sc.Err(); err != nil {
		return entente.CodedArticle{}, &entente.Error{Input: r.name, Line: r.line + 1, Err: err}
	}
	return entente.CodedArticle{}, io.EOF
}

func parseRow(f []string) (entente.CodedArticle, error) {
	var c entente.CodedArticle
	lay, ok := layoutFor(len(f))
	if !ok {
		return c, fmt.Errorf("%d columns: not a GDELT 1.0 (57, 58) or 2.0 (61) event row", len(f))
	}
	id := f[0]
	if _, err := strconv.ParseInt(id, 10, 64); err != nil {
		return c, fmt.Errorf("GLOBALEVENTID %q is not a number", id)
	}
	date, err := time.Parse("20060102", f[1])
	if err != nil {
		return c, fmt.Errorf("SQLDATE %q: %w", f[1], err)
	}
	code := entente.NormalizeEventCode(f[26])
	if len(code) < 3 || len(code) > 4 {
		return c, fmt.Errorf("EventCode %q is not a CAMEO code", f[26])
	}
	quad, err := strconv.Atoi(f[29])
	if err != nil || quad < 1 || quad > 4 {
		return c, fmt.Errorf("QuadClass %q is not 1 to 4", f[29])
	}
	gold, err := strconv.ParseFloat(f[30], 64)
	if err != nil {
		return c, fmt.Errorf("GoldsteinScale %q: %w", f[30], err)
	}
	added, err := parseAdded(f[lay.dateAdded])
	if err != nil {
		return c, fmt.Errorf("DATEADDED %q: %w", f[lay.dateAdded], err)
	}
	a := entente.Article{ID: "gdelt:" + id, Published: added, DateSource: "input"}
	if lay.sourceURL >= 0 {
		a.URL = f[lay.sourceURL]
		if u, err := url.Parse(a.URL); err == nil && u.Host != "" {
			a.Publisher = strings.TrimPrefix(u.Host, "www.")
		}
	}
	e := entente.Event{
		ID: id, ArticleID: a.ID, Source: f[5], Target: f[15], Code: code, Root: code[:2], Goldstein: gold,
		QuadClass: quad, Modality: entente.Asserted, Confidence: 1,
		When: entente.When{Date: date, Precision: entente.PrecisionDay, GapDays: gapDays(date, added)},
	}
	if p, err := place(f[lay.actionGeo : lay.actionGeo+lay.geoLen]); err != nil {
		return c, fmt.Errorf("ActionGeo: %w", err)
	} else {
		e.Place = p
	}
	c.Article = a
	c.Events = []entente.Event{e}
	c.DictVersion = lay.version
	return c, nil
}

// parseAdded reads DATEADDED as YYYYMMDD (GDELT 1.0) or YYYYMMDDHHMMSS.
func parseAdded(s string) (time.Time, error) {
	switch len(s) {
	case 8:
		return time.Parse("20060102", s)
	case 14:
		return time.Parse("20060102150405", s)
	}
	return time.Time{}, errors.New("not YYYYMMDD or YYYYMMDDHHMMSS")
}

func gapDays(event, published time.Time) int {
	if published.IsZero() {
		return 0
	}
	p := time.Date(published.Year(), published.Month(), published.Day(), 0, 0, 0, 0, time.UTC)
	return int(p.Sub(event).Hours() / 24)
}

// place reads a geo block: Type, FullName, CountryCode, ADM1Code, [ADM2Code,]
// Lat, Long, FeatureID. Type 0 means no place.
func place(g []string) (*entente.Place, error) {
	typ := g[0]
	if typ == "" || typ == "0" {
		return nil, nil
	}
	n := len(g)
	lat, err := strconv.ParseFloat(g[n-3], 64)
	if err != nil {
		return nil, fmt.Errorf("latitude %q: %w", g[n-3], err)
	}
	lon, err := strconv.ParseFloat(g[n-2], 64)
	if err != nil {
		return nil, fmt.Errorf("longitude %q: %w", g[n-2], err)
	}
	p := &entente.Place{Name: g[1], Lat: lat, Lon: lon}
	switch typ {
	case "1":
		p.Precision = "country"
	case "2", "5":
		p.Precision = "region"
	default:
		p.Precision = "city"
	}
	return p, nil
}
