// Package place says where events happened. It carries a gazetteer built
// from GeoNames (cities of at least 15,000 people and the countries; CC BY
// 4.0, see NOTICE.md), embedded compactly, and resolves the place names of a
// sentence to it.
//
// A name is taken as the place of an event when the text says something
// happened there: after a locative preposition ("in Moscow", "at the
// Kremlin", "near Kandahar"), as the object of a visit ("visited Moscow"),
// or as the goal of a journey ("travelled to Moscow"). A capital standing for
// its government ("Moscow warned ...") is an actor, not a place. An ambiguous
// name takes the candidate in a country of the article's actors or of the
// sentence's other places, then the most populous. When the text names no
// place, the event is placed in the country of one of its actors, at country
// precision and marked FromActor; it is never pinned to the capital.
//
// Precision is "country", "city" (any populated place) or "landmark". The
// GeoNames extract carries no first-order regions, so "region" is not
// produced.
package place

//go:generate go run ./internal/gazdata/gen -shared ../../shared -out gazetteer.tsv.gz

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"

	"entente"
	"entente/internal/clause"
)

//go:embed gazetteer.tsv.gz
var table []byte

// The precisions of a place.
const (
	PrecisionCountry  = "country"
	PrecisionRegion   = "region"
	PrecisionCity     = "city"
	PrecisionLandmark = "landmark"
)

// Entry is one place of the gazetteer.
type Entry struct {
	// GeoNameID is the GeoNames identifier (0 for a landmark).
	GeoNameID int
	// Name is the place's GeoNames name.
	Name string
	// Country is the ISO 3166 alpha-2 code.
	Country string
	// Lat and Lon are the coordinates in degrees.
	Lat, Lon float64
	// Population is the GeoNames population, 0 when unknown.
	Population int
	// Feature is the GeoNames feature code ("PPLC" for a capital), or
	// "COUNTRY" or "LANDMARK".
	Feature string
}

// Precision returns the precision an entry gives a place.
func (e *Entry) Precision() string {
	switch e.Feature {
	case "COUNTRY":
		return PrecisionCountry
	case "LANDMARK":
		return PrecisionLandmark
	}
	return PrecisionCity
}

// Gazetteer finds places by name. It is read-only once loaded and safe for
// concurrent use.
type Gazetteer struct {
	entries []Entry
	byName  map[string][]int32
	// first holds the folded first word of every name, and the most tokens a
	// name starting with it may take.
	first     map[string]int
	countries map[string]int32 // ISO alpha-2 -> entry
	iso3      map[string]string
}

var (
	defaultOnce sync.Once
	defaultGaz  *Gazetteer
	defaultErr  error
)

// Default returns the embedded gazetteer, loaded on first use.
func Default() *Gazetteer {
	defaultOnce.Do(func() {
		zr, err := gzip.NewReader(bytes.NewReader(table))
		if err != nil {
			defaultErr = err
			return
		}
		g, err := Load(zr)
		if g == nil {
			defaultErr = err
			return
		}
		defaultGaz = g
	})
	if defaultGaz == nil {
		// The table is generated and tested (TestDefault); should it ever be
		// unreadable, places are simply not found.
		defaultGaz = empty()
	}
	return defaultGaz
}

// DefaultErr reports whether the embedded table failed to load (nil when it
// loaded, even with skipped records).
func DefaultErr() error {
	Default()
	return defaultErr
}

func empty() *Gazetteer {
	return &Gazetteer{byName: make(map[string][]int32, 1<<17), first: make(map[string]int, 1<<15),
		countries: map[string]int32{}, iso3: map[string]string{}}
}

// Load reads a gazetteer table in the format of package gazdata (the
// uncompressed TSV). Bad records are skipped and reported, each as an
// *entente.Error naming the line, in the returned error (errors.Join); the
// gazetteer is nil only when the input cannot be read.
func Load(r io.Reader) (*Gazetteer, error) {
	g := empty()
	var bad []error
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<22)
	line := 0
	for sc.Scan() {
		line++
		c := strings.Split(sc.Text(), "\t")
		switch {
		case len(c) == 9 && c[0] == "C":
			pop, _ := strconv.Atoi(c[5])
			id, _ := strconv.Atoi(c[6])
			lat, _ := strconv.ParseFloat(c[7], 64)
			lon, _ := strconv.ParseFloat(c[8], 64)
			k := g.add(Entry{GeoNameID: id, Name: c[3], Country: c[1], Lat: lat, Lon: lon, Population: pop, Feature: "COUNTRY"}, c[3])
			g.countries[c[1]] = k
			g.iso3[c[2]] = c[1]
		case len(c) == 11 && c[0] == "P":
			id, err1 := strconv.Atoi(c[1])
			lat, err2 := strconv.ParseFloat(c[6], 64)
			lon, err3 := strconv.ParseFloat(c[7], 64)
			pop, _ := strconv.Atoi(c[8])
			if err := errors.Join(err1, err2, err3); err != nil {
				bad = append(bad, &entente.Error{Input: "gazetteer", Line: line, Err: err})
				continue
			}
			names := []string{c[2], c[3]}
			if c[4] != "" {
				names = append(names, strings.Split(c[4], "|")...)
			}
			g.add(Entry{GeoNameID: id, Name: c[2], Country: c[5], Lat: lat, Lon: lon, Population: pop, Feature: c[9]}, names...)
		default:
			bad = append(bad, &entente.Error{Input: "gazetteer", Line: line, Err: fmt.Errorf("%d columns, not a C or P record", len(c))})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("place: gazetteer line %d: %w", line, err)
	}
	for alias, iso := range countryAliases {
		if k, ok := g.countries[iso]; ok {
			g.index(alias, k)
		}
	}
	for _, l := range landmarks {
		g.add(l.Entry, l.names...)
	}
	for name := range notPlaces {
		if _, ok := g.byName[name]; !ok {
			g.byName[name] = nil
		}
		fw, n := firstWord(name)
		if n > g.first[fw] {
			g.first[fw] = n
		}
	}
	return g, errors.Join(bad...)
}

func (g *Gazetteer) add(e Entry, names ...string) int32 {
	k := int32(len(g.entries))
	g.entries = append(g.entries, e)
	for _, n := range names {
		g.index(n, k)
	}
	return k
}

func (g *Gazetteer) index(name string, k int32) {
	key := clause.Fold(name)
	if key == "" {
		return
	}
	for _, have := range g.byName[key] {
		if have == k {
			return
		}
	}
	g.byName[key] = append(g.byName[key], k)
	fw, n := firstWord(key)
	if n > g.first[fw] {
		g.first[fw] = n
	}
}

// firstWord returns the first word of a folded name and the most tokens the
// name may take ("mazar-i-sharif" is five).
func firstWord(key string) (string, int) {
	fw := key
	if i := strings.IndexAny(key, " -'"); i >= 0 {
		fw = key[:i]
	}
	return fw, 1 + strings.Count(key, " ") + 2*strings.Count(key, "-") + strings.Count(key, "'")
}

// Lookup returns the entries a name may denote, most populous first.
func (g *Gazetteer) Lookup(name string) []Entry {
	ks := g.byName[clause.Fold(name)]
	out := make([]Entry, 0, len(ks))
	for _, k := range ks {
		out = append(out, g.entries[k])
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Population > out[j-1].Population; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// Country returns the entry of a country by its ISO alpha-2 or alpha-3 code
// (a CAMEO actor code's first three letters are ISO alpha-3).
func (g *Gazetteer) Country(code string) (Entry, bool) {
	if len(code) == 3 {
		code = g.iso3[code]
	}
	k, ok := g.countries[code]
	if !ok {
		return Entry{}, false
	}
	return g.entries[k], true
}

// Candidate is a place name found in a sentence.
type Candidate struct {
	// Tokens is the half-open range of the name's tokens in the sentence.
	Tokens [2]int
	// Span covers the name in Article.Text.
	Span entente.Span
	// Cue is the word that says something happened there ("in", "at",
	// "visited", "to"), "" for a bare name.
	Cue     string
	entries []int32
}

// locatives say that something happened at the place they introduce.
var locatives = map[string]bool{
	"in": true, "at": true, "near": true, "outside": true, "inside": true, "into": true,
	"across": true, "around": true, "within": true, "throughout": true, "on": false,
	"visited": true, "visit": true, "visiting": true, "visits": true, "toured": true,
	"tour": true, "touring": true, "landed": true, "reached": true, "entered": true,
	"captured": true, "seized": true, "shelled": true, "bombed": true, "struck": true,
	"besieged": true, "stormed": true, "hosted": true,
}

// movements make "to X" the place they reach.
var movements = map[string]bool{
	"travelled": true, "traveled": true, "travel": true, "travelling": true, "traveling": true,
	"journeyed": true, "went": true, "go": true, "going": true, "flew": true, "fly": true,
	"arrived": true, "arrive": true, "arriving": true, "returned": true, "return": true,
	"came": true, "come": true, "headed": true, "head": true, "moved": true, "deployed": true,
	"trip": true, "visit": true, "journey": true, "mission": true, "sailed": true, "drove": true,
	"marched": true, "advanced": true, "retreated": true, "fled": true, "escaped": true,
}

// Find returns the place names of a sentence with their cues.
func (g *Gazetteer) Find(sent *entente.Sentence, text string) []Candidate {
	toks := sent.Tokens
	var out []Candidate
	var buf [96]byte
	for i := 0; i < len(toks); i++ {
		f := toks[i].Form
		if f == "" || f[0] < 'A' || f[0] > 'Z' {
			continue
		}
		max, ok := g.first[string(clause.AppendFold(buf[:0], f))]
		if !ok {
			continue
		}
		for n := min(max, len(toks)-i); n >= 1; n-- {
			b := buf[:0]
			for j := i; j < i+n; j++ {
				if j > i && toks[j-1].SpaceAfter {
					b = append(b, ' ')
				}
				b = clause.AppendFold(b, toks[j].Form)
			}
			ks, ok := g.byName[string(b)]
			if !ok || !capitalised(toks[i+n-1].Form) {
				continue
			}
			if notPlaces[string(b)] {
				i += n - 1
				break
			}
			c := Candidate{Tokens: [2]int{i, i + n}, entries: ks,
				Span: entente.Span{Start: toks[i].Span.Start, End: toks[i+n-1].Span.End}}
			c.Cue = cue(toks, i)
			out = append(out, c)
			i += n - 1
			break
		}
	}
	return out
}

func capitalised(f string) bool { return f != "" && (f[0] < 'a' || f[0] > 'z') }

// cue returns the word before token i that makes the name a place.
func cue(toks []entente.Token, i int) string {
	j := i - 1
	if j >= 0 && clause.Fold(toks[j].Form) == "the" {
		j--
	}
	if j < 0 {
		return ""
	}
	w := clause.Fold(toks[j].Form)
	if locatives[w] {
		return w
	}
	if w == "to" {
		for k := j - 1; k >= 0 && k >= j-4; k-- {
			if movements[clause.Fold(toks[k].Form)] {
				return "to"
			}
		}
	}
	return ""
}

// Locate returns where the event whose verb is token verbTok of sentence
// sentIdx happened, or nil when neither the text nor the actors say. mentions
// are the article's actor mentions (their countries break ties between
// namesakes); actors are the codes of the event's own actors, whose country
// places the event when the text names no place. It reads only the event's
// sentence: use Article to place several events of one article with the
// article's other places as context.
func (g *Gazetteer) Locate(art *entente.Article, sents []entente.Sentence, sentIdx, verbTok int, mentions []entente.Mention, actors ...string) *entente.Place {
	if sentIdx < 0 || sentIdx >= len(sents) {
		return g.fromActors(actors)
	}
	cands := g.Find(&sents[sentIdx], art.Text)
	return g.locate(art, &sents[sentIdx], cands, verbTok, g.context(cands, mentions), actors)
}

// Locator places the events of one article, with the place names of the
// whole article found once.
type Locator struct {
	g     *Gazetteer
	art   *entente.Article
	sents []entente.Sentence
	cands [][]Candidate
	ctx   map[string]int
}

// Article finds the place names of every sentence of the article once, and
// weighs the countries of its unambiguous places and of its mentions for
// telling namesakes apart.
func (g *Gazetteer) Article(art *entente.Article, sents []entente.Sentence, mentions []entente.Mention) *Locator {
	l := &Locator{g: g, art: art, sents: sents, cands: make([][]Candidate, len(sents))}
	var all []Candidate
	for si := range sents {
		l.cands[si] = g.Find(&sents[si], art.Text)
		all = append(all, l.cands[si]...)
	}
	l.ctx = g.context(all, mentions)
	return l
}

// Locate places the event whose verb is token verbTok of sentence sentIdx;
// see Gazetteer.Locate.
func (l *Locator) Locate(sentIdx, verbTok int, actors ...string) *entente.Place {
	if sentIdx < 0 || sentIdx >= len(l.sents) {
		return l.g.fromActors(actors)
	}
	return l.g.locate(l.art, &l.sents[sentIdx], l.cands[sentIdx], verbTok, l.ctx, actors)
}

// Places returns the places named in sentence sentIdx where the text says
// something happened ("in Karachi", "visited Moscow"), resolved with the
// article's context; bare names (often actors: "Moscow warned") are left out.
func (l *Locator) Places(sentIdx int) []entente.Place {
	if sentIdx < 0 || sentIdx >= len(l.sents) {
		return nil
	}
	var out []entente.Place
	for _, c := range l.cands[sentIdx] {
		if c.Cue == "" || len(c.entries) == 0 {
			continue
		}
		e := l.g.entries[l.g.choose(c.entries, l.ctx)]
		sp := c.Span
		out = append(out, entente.Place{Name: c.Span.Of(l.art.Text), Country: e.Country, Lat: e.Lat, Lon: e.Lon,
			GeoNameID: e.GeoNameID, Precision: e.Precision(), Span: &sp})
	}
	return out
}

func (g *Gazetteer) locate(art *entente.Article, sent *entente.Sentence, cands []Candidate, verbTok int, base map[string]int, actors []string) *entente.Place {
	best := -1
	if len(cands) > 0 {
		cs, ce := 0, len(sent.Tokens)
		if verbTok >= 0 && verbTok < len(sent.Tokens) {
			cs, ce = clause.Bounds(sent.Tokens, clause.Words(sent.Tokens), verbTok)
		}
		bestScore := 1 << 30
		for k, c := range cands {
			if c.Cue == "" || len(c.entries) == 0 {
				continue
			}
			d := c.Tokens[0] - verbTok
			if d < 0 {
				d = -d
			}
			if c.Tokens[0] < cs || c.Tokens[0] >= ce {
				// Outside the verb's clause only a fronted place counts:
				// "In Kabul, officials said ...".
				if c.Tokens[0] > 2 {
					continue
				}
				d += 1000
			}
			if d < bestScore {
				best, bestScore = k, d
			}
		}
	}
	if best < 0 {
		return g.fromActors(actors)
	}
	c := cands[best]
	ctx := base
	if len(actors) > 0 {
		ctx = make(map[string]int, len(base)+len(actors))
		for k, v := range base {
			ctx[k] = v
		}
		for _, a := range actors {
			if e, ok := g.Country(prefix3(a)); ok {
				ctx[e.Country] += 3
			}
		}
	}
	e := g.entries[g.choose(c.entries, ctx)]
	sp := c.Span
	return &entente.Place{Name: c.Span.Of(art.Text), Country: e.Country, Lat: e.Lat, Lon: e.Lon,
		GeoNameID: e.GeoNameID, Precision: e.Precision(), Span: &sp}
}

// context returns the countries that make a namesake likely: the mentions'
// and those of the unambiguous places among cands (a name with one entry
// weighs for its country; an ambiguous one does not vote).
func (g *Gazetteer) context(cands []Candidate, mentions []entente.Mention) map[string]int {
	ctx := map[string]int{}
	for _, m := range mentions {
		if e, ok := g.Country(prefix3(m.Code)); ok {
			ctx[e.Country]++
		}
	}
	for _, c := range cands {
		if len(c.entries) == 1 {
			ctx[g.entries[c.entries[0]].Country] += 2
		}
	}
	return ctx
}

func prefix3(code string) string {
	if len(code) >= 3 {
		return code[:3]
	}
	return code
}

// choose picks among namesakes: a country or landmark first, then by the
// context's weight of the entry's country, then by population.
func (g *Gazetteer) choose(ks []int32, ctx map[string]int) int32 {
	best := ks[0]
	better := func(a, b *Entry) bool {
		ra, rb := rank(a), rank(b)
		if ra != rb {
			return ra > rb
		}
		if ctx[a.Country] != ctx[b.Country] {
			return ctx[a.Country] > ctx[b.Country]
		}
		return a.Population > b.Population
	}
	for _, k := range ks[1:] {
		if better(&g.entries[k], &g.entries[best]) {
			best = k
		}
	}
	return best
}

func rank(e *Entry) int {
	switch e.Feature {
	case "COUNTRY", "LANDMARK":
		return 1
	}
	return 0
}

// fromActors places an event in its first actor's country.
func (g *Gazetteer) fromActors(actors []string) *entente.Place {
	for _, a := range actors {
		if e, ok := g.Country(prefix3(a)); ok {
			return &entente.Place{Name: e.Name, Country: e.Country, Lat: e.Lat, Lon: e.Lon,
				GeoNameID: e.GeoNameID, Precision: PrecisionCountry, FromActor: true}
		}
	}
	return nil
}
