// Package icews reads ICEWS coded event files (tab-separated, with the
// header row "Event ID, Event Date, Source Name, Source Sectors, ...") into
// entente's vocabulary, so that ICEWS data can be stored and analysed with
// entente.
//
// ICEWS names its actors ("Citizen (India)", "Military (Pakistan)") where
// CAMEO codes them. The reader builds a CAMEO-style code from the actor's
// country, through the CAMEO country table embedded from the CAMEO manual
// (table 9.1, Event Data Project; a list of facts) and a few aliases for the
// spellings ICEWS uses, followed by a role code read from the actor's
// sectors (GOV, MIL, COP, REB, OPP, ...). An actor with neither keeps its
// name, upper-cased with spaces turned into underscores. Intensity becomes
// the Goldstein value and QuadClass is left for the store to derive from the
// root (ICEWS convention).
//
// Each row becomes a CodedArticle without text keyed "icews:" and the Event
// ID, so importing a file twice adds nothing; ICEWS gives no publication
// date, so the event date stands in for it.
package icews

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"entente"
	"entente/cameo"
)

// countries maps lower-cased country names to CAMEO country codes.
var countries = loadCountries()

// aliases are ICEWS spellings of countries the CAMEO table names otherwise.
var aliases = map[string]string{
	"colombia": "COL", "vietnam": "VNM", "south korea": "KOR", "north korea": "PRK",
	"democratic republic of congo": "COD", "congo, democratic republic of": "COD", "republic of congo": "COG",
	"congo": "COG", "cote d'ivoire": "CIV", "côte d'ivoire": "CIV", "ivory coast": "CIV", "brunei": "BRN",
	"palestinian territory, occupied": "PSE", "palestine": "PSE", "occupied palestinian territory": "PSE",
	"east timor": "TMP", "timor-leste": "TMP", "hong kong": "HKG", "macau": "MAC", "reunion": "REU",
	"russian federation": "RUS", "united states of america": "USA", "iran, islamic republic of": "IRN",
	"syrian arab republic": "SYR", "north macedonia": "MKD", "eswatini": "SWZ", "czechia": "CZE", "burma": "MMR",
}

// loadCountries indexes the codebook's country names (package cameo, from
// the CAMEO manual's table 9.1), and the ICEWS spellings in aliases. Where
// the manual lists two codes for one country (ROM and ROU, MTN and MNE), the
// one equal to ISO 3166 wins: it is the one the actor dictionaries use, so
// imported events join coded ones.
func loadCountries() map[string]string {
	out := map[string]string{}
	put := func(name string, c cameo.Country) {
		if old, ok := out[name]; ok && old != c.Code && c.Code != c.ISO3 {
			return
		}
		out[name] = c.Code
	}
	for _, c := range cameo.Countries() {
		name := strings.ToLower(strings.TrimSpace(c.Name))
		put(name, c)
		if i := strings.Index(name, " ("); i > 0 {
			put(name[:i], c)
		}
	}
	for k, v := range aliases {
		out[k] = v
	}
	return out
}

// CountryCode returns the CAMEO code of a country name, or "".
func CountryCode(name string) string { return countries[strings.ToLower(strings.TrimSpace(name))] }

// sectorRoles maps words of ICEWS sector names to CAMEO role codes, first
// match wins.
var sectorRoles = []struct{ word, role string }{
	{"police", "COP"}, {"military", "MIL"}, {"army", "MIL"}, {"armed forces", "MIL"}, {"navy", "MIL"},
	{"air force", "MIL"}, {"insurgent", "REB"}, {"rebel", "REB"}, {"separatist", "REB"}, {"intelligence", "SPY"},
	{"judicial", "JUD"}, {"court", "JUD"}, {"legislative", "LEG"}, {"parliament", "LEG"}, {"opposition", "OPP"},
	{"dissident", "OPP"}, {"part", "PTY"}, {"government", "GOV"}, {"executive", "GOV"}, {"ministry", "GOV"},
	{"cabinet", "GOV"}, {"business", "BUS"}, {"media", "MED"}, {"news", "MED"}, {"education", "EDU"},
	{"medical", "HLH"}, {"health", "HLH"}, {"refugee", "REF"}, {"crimin", "CRM"}, {"labor", "LAB"},
	{"agricultur", "AGR"}, {"elite", "ELI"}, {"civilian", "CVL"}, {"citizen", "CVL"},
}

func role(sectors, name string) string {
	s := strings.ToLower(sectors + "," + name)
	for _, r := range sectorRoles {
		if strings.Contains(s, r.word) {
			return r.role
		}
	}
	return ""
}

// actorCode builds a CAMEO-style code for an ICEWS actor.
func actorCode(name, sectors, country string) string {
	if c := CountryCode(name); c != "" && (country == "" || strings.EqualFold(name, country)) {
		return c // the actor is a country
	}
	if c := CountryCode(country); c != "" {
		return c + role(sectors, name)
	}
	return strings.ToUpper(strings.Join(strings.Fields(name), "_"))
}

// Reader reads ICEWS event rows one at a time.
type Reader struct {
	sc     *bufio.Scanner
	name   string
	line   int
	col    map[string]int
	header error
}

// The columns the reader needs.
var required = []string{"Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "CAMEO Code",
	"Intensity", "Target Name", "Target Sectors", "Target Country"}

// NewReader returns a reader of the ICEWS file r, named name in errors. It
// reads the header row at once; a bad header is reported by Next.
func NewReader(r io.Reader, name string) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<22)
	rd := &Reader{sc: sc, name: name, col: map[string]int{}}
	if !sc.Scan() {
		rd.header = fmt.Errorf("no header row")
		if err := sc.Err(); err != nil {
			rd.header = err
		}
		return rd
	}
	rd.line = 1
	for i, h := range strings.Split(strings.TrimRight(sc.Text(), "\r"), "\t") {
		rd.col[strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))] = i
	}
	for _, h := range required {
		if _, ok := rd.col[h]; !ok {
			rd.header = fmt.Errorf("header lacks the column %q: not an ICEWS event file", h)
			break
		}
	}
	return rd
}

func (r *Reader) get(f []string, name string) string {
	i, ok := r.col[name]
	if !ok || i >= len(f) {
		return ""
	}
	return strings.TrimSpace(f[i])
}

// Next returns the next row as a coded article. A bad row gives an
// *entente.Error naming the file and line; the caller reports it and calls
// Next again. A bad header is reported once, as line 1, and then the file
// ends: Next returns io.EOF.
func (r *Reader) Next() (entente.CodedArticle, error) {
	if r.header != nil {
		err := &entente.Error{Input: r.name, Line: 1, Err: r.header}
		r.header, r.sc = nil, bufio.NewScanner(strings.NewReader(""))
		return entente.CodedArticle{}, err
	}
	for r.sc.Scan() {
		r.line++
		text := strings.TrimRight(r.sc.Text(), "\r")
		if strings.TrimSpace(text) == "" {
			continue
		}
		c, err := r.parse(strings.Split(text, "\t"))
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

func (r *Reader) parse(f []string) (entente.CodedArticle, error) {
	var c entente.CodedArticle
	if len(f) < len(r.col) {
		return c, fmt.Errorf("%d fields, the header has %d", len(f), len(r.col))
	}
	id := r.get(f, "Event ID")
	if id == "" {
		return c, fmt.Errorf("empty Event ID")
	}
	date, err := time.Parse("2006-01-02", r.get(f, "Event Date"))
	if err != nil {
		return c, fmt.Errorf("Event Date: %w", err)
	}
	code := entente.NormalizeEventCode(r.get(f, "CAMEO Code"))
	if len(code) < 3 || len(code) > 4 || code[0] < '0' || code[0] > '2' {
		return c, fmt.Errorf("CAMEO Code %q is not a CAMEO event code", r.get(f, "CAMEO Code"))
	}
	intensity, err := strconv.ParseFloat(r.get(f, "Intensity"), 64)
	if err != nil {
		return c, fmt.Errorf("Intensity: %w", err)
	}
	e := entente.Event{
		ID: id, Source: actorCode(r.get(f, "Source Name"), r.get(f, "Source Sectors"), r.get(f, "Source Country")),
		Target: actorCode(r.get(f, "Target Name"), r.get(f, "Target Sectors"), r.get(f, "Target Country")),
		Code:   code, Root: code[:2], Goldstein: intensity, Modality: entente.Asserted, Confidence: 1,
		When: entente.When{Date: date, Precision: entente.PrecisionDay, FromStoryDate: true},
	}
	if n, err := strconv.Atoi(r.get(f, "Sentence Number")); err == nil && n > 0 {
		e.Sentence = n - 1
	}
	if p, err := r.place(f); err != nil {
		return c, err
	} else {
		e.Place = p
	}
	c.Article = entente.Article{ID: "icews:" + id, Publisher: r.get(f, "Publisher"), Published: date, DateSource: "input"}
	e.ArticleID = c.Article.ID
	c.Events = []entente.Event{e}
	c.DictVersion = "icews"
	return c, nil
}

func (r *Reader) place(f []string) (*entente.Place, error) {
	lat, lon := r.get(f, "Latitude"), r.get(f, "Longitude")
	city, prov, country := r.get(f, "City"), r.get(f, "Province"), r.get(f, "Country")
	if lat == "" && lon == "" && city == "" && prov == "" && country == "" {
		return nil, nil
	}
	p := &entente.Place{}
	switch {
	case city != "":
		p.Name, p.Precision = city, "city"
	case prov != "":
		p.Name, p.Precision = prov, "region"
	default:
		p.Name, p.Precision = country, "country"
	}
	var err error
	if lat != "" {
		if p.Lat, err = strconv.ParseFloat(lat, 64); err != nil {
			return nil, fmt.Errorf("Latitude: %w", err)
		}
	}
	if lon != "" {
		if p.Lon, err = strconv.ParseFloat(lon, 64); err != nil {
			return nil, fmt.Errorf("Longitude: %w", err)
		}
	}
	return p, nil
}
