// Package place says where events happened. It carries a gazetteer built
// from GeoNames (cities of at least 15,000 people and the countries; CC BY
// 4.0, see NOTICE.md), embedded compactly, and resolves the place names of a
// sentence to it.
//
// A name is taken as the place of an event when the text says something
// happened there: after a locative preposition ("in Moscow", "at the
// Kremlin", "near Kandahar"), as the object of a visit ("visited Moscow")
// or of an attack or capture ("shelled Goris", "overran Goma"), or as the
// goal of a journey or a shipment ("travelled to Moscow", "delivered flour
// to Herat"). A capitalised word right after
// a name continues it ("Tal Rifaat" is not the town of Tal). A capital standing for
// its government ("Moscow warned ...") is an actor, not a place. An ambiguous
// name takes the candidate in a country of the article's actors or of the
// sentence's other places, then the place whose own name it is over one
// that has it as an alternate name, then the most populous. When the text names no
// place, the event is placed in the country of one of its actors, at country
// precision and marked FromActor; it is never pinned to the capital.
//
// Precision is "country", "region" (a first-order region: province, state,
// oblast), "city" (any populated place) or "landmark". The GeoNames extract
// has no ADM1 features, so regions are built from the admin1 codes of its
// places (see regions.go): "Kandahar province", "the province of Idlib" and
// the region names of regionNames ("Balochistan", "Crimea") resolve to them.
// A place whose name stands before an agency noun ("at Moscow's request") is
// the actor, not the place.
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
	// "COUNTRY", "ADM1" (a first-order region) or "LANDMARK".
	Feature string
	// Admin1 is the GeoNames first-order administrative code of a place or
	// region ("" for countries and landmarks).
	Admin1 string
}

// Precision returns the precision an entry gives a place.
func (e *Entry) Precision() string {
	switch e.Feature {
	case "COUNTRY":
		return PrecisionCountry
	case "LANDMARK":
		return PrecisionLandmark
	case "ADM1":
		return PrecisionRegion
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
	first map[string]int
	// nameBits is a one-hash Bloom filter of the keys of first and byName
	// (see nameHash): most capitalised words of a text start no place
	// name, and most runs of words after one that does are no name, and
	// the filter tells most of them so without probing the maps. Nil
	// means no filter.
	nameBits  []uint64
	countries map[string]int32  // ISO alpha-2 -> entry
	iso3      map[string]string // ISO alpha-3 -> alpha-2
	alpha3    map[string]string // ISO alpha-2 -> alpha-3
	regions   map[string]int32  // regionKey -> ADM1 entry
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
		countries: map[string]int32{}, iso3: map[string]string{}, alpha3: map[string]string{}}
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
			g.iso3[c[2]], g.alpha3[c[1]] = c[1], c[2]
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
			if arabic[c[5]] {
				// the final "h" of a transliterated ta marbuta is often
				// left out: "Zuwarah" is also "Zuwara", "Misratah"
				// "Misrata"
				if n := c[3]; len(n) > 5 && strings.HasSuffix(n, "ah") {
					names = append(names, n[:len(n)-1])
				}
			}
			g.add(Entry{GeoNameID: id, Name: c[2], Country: c[5], Lat: lat, Lon: lon, Population: pop, Feature: c[9], Admin1: c[10]}, names...)
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
	for alias, isos := range sharedAliases {
		for _, iso := range isos {
			if k, ok := g.countries[iso]; ok {
				g.index(alias, k)
			}
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
	g.buildRegions()
	g.nameBits = make([]uint64, 1<<nameBitsLog/64)
	for fw := range g.first {
		g.setName(nameHash(fnvOffset, fw))
	}
	for name := range g.byName {
		g.setName(nameHash(fnvOffset, name))
	}
	return g, errors.Join(bad...)
}

// nameBitsLog is the base-2 logarithm of the number of bits of the filter
// of names: 2^21 bits (256 KiB) for the 200,000 or so first words and
// names of the default gazetteer.
const nameBitsLog = 21

// fnvOffset starts a nameHash.
const fnvOffset = 14695981039346656037

// nameHash extends the hash h (FNV-1a) with the bytes of s; started at
// fnvOffset it hashes s. Names and first words are hashed folded
// (clause.Fold), as they are keyed.
func nameHash[T string | []byte](h uint64, s T) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	return h
}

// setName adds a hash to the filter of names.
func (g *Gazetteer) setName(h uint64) {
	b := h >> (64 - nameBitsLog)
	g.nameBits[b>>6] |= 1 << (b & 63)
}

// mayName reports whether the filter of names holds the hash h: false
// means that no first word or name hashes so.
func (g *Gazetteer) mayName(h uint64) bool {
	b := h >> (64 - nameBitsLog)
	return g.nameBits == nil || g.nameBits[b>>6]&(1<<(b&63)) != 0
}

// asciiFoldHash returns the nameHash of an ASCII word folded (lower-cased,
// as clause.AppendFold folds ASCII); ok is false for a word with a byte
// outside ASCII.
func asciiFoldHash(w string) (h uint64, ok bool) {
	h = fnvOffset
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return 0, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint64(c)) * 1099511628211
	}
	return h, true
}

func (g *Gazetteer) add(e Entry, names ...string) int32 {
	k := int32(len(g.entries))
	g.entries = append(g.entries, e)
	for _, n := range names {
		g.index(n, k)
	}
	return k
}

// index keys entry k by name, folded, and also without the apostrophe or
// ayn mark or the hyphenated article that begin some transliterated names
// ("'Amuda" is also "Amuda", "El-Hodeidah" "Hodeidah").
func (g *Gazetteer) index(name string, k int32) {
	key := clause.Fold(name)
	if t := strings.TrimLeft(key, "'‘’ʿ`"); t != key && t != "" {
		g.indexKey(t, k)
	}
	if t, ok := withoutArticle(key); ok {
		g.indexKey(t, k)
	}
	g.indexKey(key, k)
}

// arabicArticles are the forms of the Arabic article that begin
// transliterated names, with their hyphen.
var arabicArticles = []string{"al-", "el-", "as-", "ash-", "ad-", "ar-", "an-", "at-", "az-"}

// withoutArticle returns a folded name without the hyphenated Arabic
// article that begins it ("el-hodeidah" is also "hodeidah", as the news
// writes it), when at least five letters remain.
func withoutArticle(key string) (string, bool) {
	for _, a := range arabicArticles {
		if strings.HasPrefix(key, a) && len(key)-len(a) >= 5 {
			return key[len(a):], true
		}
	}
	return "", false
}

// indexKey keys entry k by a folded name.
func (g *Gazetteer) indexKey(key string, k int32) {
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
// name may take ("mazar-i-sharif" is five). An apostrophe inside a word
// keeps it whole, as the tokenizer does ("n'djamena", "sana'a"); one that
// begins a word is a token of its own ("al-'ayn"), counted.
func firstWord(key string) (string, int) {
	fw := key
	if i := strings.IndexAny(key, " -"); i >= 0 {
		fw = key[:i]
	}
	return fw, 1 + strings.Count(key, " ") + 2*strings.Count(key, "-") + strings.Count(key, "'")
}

// Knows reports whether the gazetteer has a place named name (a
// lower-case ASCII name is looked up as it is, any other folded), without
// allocating for a lower-case ASCII name.
func (g *Gazetteer) Knows(name []byte) bool {
	for _, c := range name {
		if c >= 0x80 || 'A' <= c && c <= 'Z' {
			return len(g.byName[clause.Fold(string(name))]) > 0
		}
	}
	return len(g.byName[string(name)]) > 0
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

// StateOf returns the CAMEO code of the one country that has towns or
// regions named name (the ISO alpha-3 code), or "" when no place or places
// of several countries have the name, or when it names a country (an actor
// of its own).
func (g *Gazetteer) StateOf(name string) string {
	key := clause.Fold(name)
	ks := g.byName[key]
	if len(ks) == 0 || notPlaces[key] {
		return ""
	}
	cc := g.entries[ks[0]].Country
	own := false
	for _, k := range ks {
		e := &g.entries[k]
		if e.Country != cc || e.Feature == "COUNTRY" {
			return ""
		}
		own = own || clause.Fold(e.Name) == key
	}
	if !own && len(key) <= shortAlias {
		// a short alternate name ("Ber", Veria's) names no state
		// (see strayAlias)
		return ""
	}
	return g.Alpha3(cc)
}

// Alpha3 returns the code the actor dictionaries give the country whose
// ISO alpha-2 code is cc, or "": its ISO 3166 alpha-3 code, as the Phoenix
// dictionaries code states, except where they keep CAMEO's own (TMP for
// Timor-Leste, KSV for Kosovo).
func (g *Gazetteer) Alpha3(cc string) string {
	a := g.alpha3[cc]
	if c, ok := cameoStates[a]; ok {
		return c
	}
	return a
}

// cameoStates are the ISO alpha-3 codes whose states the actor
// dictionaries code otherwise.
var cameoStates = map[string]string{"TLS": "TMP", "XKX": "KSV"}

// Candidate is a place name found in a sentence.
type Candidate struct {
	// Tokens is the half-open range of the name's tokens in the sentence.
	Tokens [2]int
	// Span covers the name in Article.Text.
	Span entente.Span
	// Cue is the word that says something happened there ("in", "at",
	// "visited", "to"), "" for a bare name.
	Cue string
	// Region reports that the name stands for the first-order region around
	// the place it names ("Kandahar province").
	Region  bool
	entries []int32
	// exact has bit i set when the GeoNames name of entries[i] is the
	// name as written, not one of its alternate names (first 64 only).
	exact uint64
}

// entry picks the candidate's entry with the context's country weights: the
// namesake first, then, for "Kandahar province", the region that holds it.
func (g *Gazetteer) entry(c *Candidate, ctx map[string]int) Entry {
	e := g.entries[g.choose(c.entries, ctx, c.exact)]
	if c.Region {
		if r, ok := g.Region(e); ok {
			return r
		}
	}
	return e
}

// locatives say that something happened at the place they introduce.
var locatives = map[string]bool{
	"in": true, "at": true, "near": true, "outside": true, "inside": true, "into": true,
	"across": true, "around": true, "within": true, "throughout": true, "on": false,
	"visited": true, "visit": true, "visiting": true, "visits": true, "toured": true,
	"tour": true, "touring": true, "landed": true, "reached": true, "entered": true,
	"captured": true, "seized": true, "shelled": true, "bombed": true, "struck": true,
	"besieged": true, "stormed": true, "hosted": true,
	// the objects of other verbs of attack and capture are places too
	// ("missiles hit Kremenchuk", "rebels overran Goma")
	"hit": true, "attacked": true, "raided": true, "pounded": true, "targeted": true,
	"bombarded": true, "overran": true, "occupied": true, "recaptured": true, "retook": true,
	"surrounded": true, "blockaded": true,
}

// placeAdjectives, between a locative and a name, tell the part of the
// place meant: the name is still the place.
var placeAdjectives = map[string]bool{"central": true, "northern": true, "southern": true, "eastern": true,
	"western": true, "north-eastern": true, "north-western": true, "south-eastern": true, "south-western": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true, "downtown": true,
	"greater": true, "rural": true, "coastal": true, "suburban": true}

// aimedAt are the words before "at" in phrases of criticism ("hit out
// at", "lashed out at", "took aim at", "took a swipe at", "pointed the
// finger at"), after which a name is the one criticised.
var aimedAt = map[string]bool{"out": true, "aim": true, "swipe": true, "finger": true, "jab": true, "dig": true}

// groupNouns, after a name, make it the name of an armed group or a
// movement, not a place ("Fano positions", "Fano fighters", "Hamas
// targets").
var groupNouns = map[string]bool{"positions": true, "fighters": true, "militia": true, "militias": true,
	"militiamen": true, "rebels": true, "insurgents": true, "gunmen": true, "separatists": true,
	"strongholds": true, "hideouts": true, "commanders": true, "militants": true, "guerrillas": true, "targets": true}

// townNouns name a place before "of" and its name ("the town of Lyman").
var townNouns = map[string]bool{"town": true, "city": true, "village": true, "port": true, "district": true,
	"hamlet": true, "settlement": true, "capital": true, "suburb": true, "neighbourhood": true, "neighborhood": true,
	"township": true, "municipality": true, "commune": true,
	// parts of a town named after "of" ("residential areas of El Obeid",
	// "the outskirts of Kherson")
	"areas": true, "area": true, "outskirts": true, "suburbs": true, "districts": true, "neighbourhoods": true,
	"neighborhoods": true, "centre": true, "center": true, "streets": true}

// movements make "to X" the place they reach.
var movements = map[string]bool{
	"travelled": true, "traveled": true, "travel": true, "travelling": true, "traveling": true,
	"journeyed": true, "went": true, "go": true, "going": true, "flew": true, "fly": true,
	"arrived": true, "arrive": true, "arriving": true, "returned": true, "return": true,
	"came": true, "come": true, "headed": true, "head": true, "moved": true, "deployed": true,
	"trip": true, "visit": true, "journey": true, "mission": true, "sailed": true, "drove": true,
	"marched": true, "advanced": true, "retreated": true, "fled": true, "escaped": true,
}

// arabic are the countries (ISO alpha-2) whose place names are
// transliterated from Arabic.
var arabic = map[string]bool{"DZ": true, "BH": true, "EG": true, "IQ": true, "JO": true, "KW": true, "LB": true,
	"LY": true, "MA": true, "OM": true, "PS": true, "QA": true, "SA": true, "SD": true, "SY": true, "TN": true,
	"AE": true, "YE": true, "MR": true}

// shipments make "to X" the place what they carry reaches.
var shipments = map[string]bool{
	"delivered": true, "deliver": true, "delivers": true, "delivering": true, "sent": true, "send": true,
	"sends": true, "sending": true, "shipped": true, "ship": true, "ships": true, "shipping": true,
	"airlifted": true, "airlift": true, "dispatched": true, "dispatch": true, "transported": true,
	"trucked": true, "flown": true, "supplied": true, "exported": true,
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
		if h, ok := asciiFoldHash(f); ok && !g.mayName(h) {
			continue // no name starts with the word
		}
		max, ok := g.first[string(clause.AppendFold(buf[:0], f))]
		if !ok {
			continue
		}
		// The names of n words for every n up to max, longest first,
		// are the prefixes of the longest: fold it once, and note where
		// each prefix ends and its hash.
		nmax := min(max, len(toks)-i)
		b := buf[:0]
		var endsArr [24]int
		var hashArr [24]uint64
		ends, hashes := endsArr[:0], hashArr[:0]
		h := uint64(fnvOffset)
		for j := i; j < i+nmax; j++ {
			from := len(b)
			if j > i && toks[j-1].SpaceAfter {
				b = append(b, ' ')
			}
			b = clause.AppendFold(b, toks[j].Form)
			h = nameHash(h, b[from:])
			ends, hashes = append(ends, len(b)), append(hashes, h)
		}
		for n := nmax; n >= 1; n-- {
			if !capitalised(toks[i+n-1].Form) || !g.mayName(hashes[n-1]) {
				continue
			}
			b := b[:ends[n-1]]
			ks, ok := g.byName[string(b)]
			if !ok {
				continue
			}
			if notPlaces[string(b)] {
				i += n - 1
				break
			}
			if j := i + n; j < len(toks) && groupNouns[toks[j].Form] {
				// "shelled Fano positions", "Fano fighters": the name
				// is an armed group's, not a place's
				i += n - 1
				break
			}
			if j := i + n; j+1 < len(toks) && townNouns[clause.Fold(toks[j].Form)] && clause.Fold(toks[j+1].Form) == "of" {
				// "the Thai town of Surin": the word describes the town
				// whose name follows
				i += n - 1
				break
			}
			if j := i + n; j+1 < len(toks) && toks[j].Form == "-" && !toks[j-1].SpaceAfter && !toks[j].SpaceAfter && capitalised(toks[j+1].Form) &&
				!g.Knows([]byte(toks[j+1].Form)) {
				// "the Champs-Elysees": the first part of a joined name
				// the gazetteer lacks, whose next part is no place, is
				// no place either, and neither is the rest ("the
				// Gaza-Egypt border" joins two places, the first kept)
				for i = j + 1; i+2 < len(toks) && toks[i+1].Form == "-" && !toks[i].SpaceAfter && !toks[i+1].SpaceAfter; i += 2 {
				}
				break
			}
			if j := i + n; j < len(toks) && partOfLongerName(&toks[j]) {
				// "Tal Rifaat", whose first word alone is a town: the
				// name goes on, and is not in the gazetteer
				for i = j; i+1 < len(toks) && partOfLongerName(&toks[i+1]); i++ {
				}
				break
			}
			c := Candidate{Tokens: [2]int{i, i + n}, entries: ks,
				Span: entente.Span{Start: toks[i].Span.Start, End: toks[i+n-1].Span.End}}
			if len(ks) > 1 {
				var fb [96]byte
				for x, k := range ks[:min(len(ks), 64)] {
					if string(clause.AppendFold(fb[:0], g.entries[k].Name)) == string(b) {
						c.exact |= 1 << x
					}
				}
			}
			c.Cue = cue(toks, i)
			g.widenToRegion(toks, &c)
			if possessor(toks, c.Tokens[1]) {
				// "at Moscow's request": the place stands for its rulers.
				c.Cue = ""
			}
			out = append(out, c)
			i = c.Tokens[1] - 1 // past the name and any region word
			break
		}
	}
	for k := 0; k+1 < len(out); k++ {
		c, d := &out[k], &out[k+1]
		e := c.Tokens[1]
		if e >= len(toks) || len(c.entries) == 0 || len(d.entries) == 0 {
			continue
		}
		switch {
		case c.Cue != "" && d.Cue == "" && d.Tokens[0] == e+1 && isPossessive(toks[e].Form) && g.namesCountries(c.entries):
			// "in Russia's Volgograd region", "near Iraq's Zakho": the
			// place is the one the possessor holds, if the gazetteer
			// has it there ("Somalia's Bay region" is no region of a
			// Philippine town Bay)
			// (a name two countries go by, "Congo's North Kivu":
			// the one that holds the place)
			for _, k := range c.entries {
				if in := g.inCountry(d.entries, g.entries[k].Country); g.entries[k].Feature == "COUNTRY" && len(in) > 0 {
					d.entries, d.exact = in, 0
					d.Cue, c.Cue = c.Cue, ""
					break
				}
			}
		case c.Cue != "" && d.Tokens[0] == e+1 && clause.Fold(toks[e].Form) == "in" && g.oneCountry(d.entries) && !g.isCountry(c.entries):
			// "struck Lalpur in Afghanistan", "stormed Palma in Cabo
			// Delgado": the town is the one in that country, or, if the
			// gazetteer has none there (Mozambique's Palma), the country
			// or region after "in" is the place
			if in := g.inCountry(c.entries, g.entries[d.entries[0]].Country); len(in) > 0 {
				c.entries, c.exact = in, 0
			} else {
				c.Cue = ""
			}
		}
	}
	return out
}

// namesCountries reports whether a candidate's entries name countries: one
// country (isCountry) or the countries of a shared name ("Congo").
func (g *Gazetteer) namesCountries(ks []int32) bool {
	if g.isCountry(ks) {
		return true
	}
	for _, k := range ks {
		if g.entries[k].Feature != "COUNTRY" {
			return false
		}
	}
	return len(ks) > 1
}

// isCountry reports whether a candidate's entries are one country's.
func (g *Gazetteer) isCountry(ks []int32) bool {
	if len(ks) == 1 {
		return g.entries[ks[0]].Feature == "COUNTRY"
	}
	// a country and a namesake town of its own ("Mozambique", the island
	// town of Mozambique): the country
	if !g.oneCountry(ks) {
		return false
	}
	for _, k := range ks {
		if g.entries[k].Feature == "COUNTRY" {
			return true
		}
	}
	return false
}

// oneCountry reports whether the entries ks are all of one country.
func (g *Gazetteer) oneCountry(ks []int32) bool {
	for _, k := range ks {
		if g.entries[k].Country != g.entries[ks[0]].Country {
			return false
		}
	}
	return len(ks) > 0
}

// inCountry returns the entries of ks in country cc.
func (g *Gazetteer) inCountry(ks []int32, cc string) []int32 {
	var out []int32
	for _, k := range ks {
		if g.entries[k].Country == cc {
			out = append(out, k)
		}
	}
	return out
}

// isPossessive reports whether a token is the possessive ending.
func isPossessive(f string) bool { return f == "'s" || f == "’s" || f == "'" }

// partOfLongerName reports whether token t, right after a name found in
// the gazetteer, continues that name: a capitalised word that is neither a
// date word nor a kind of place ("Kabul Airport", "Idlib province").
func partOfLongerName(t *entente.Token) bool {
	f := t.Form
	if f == "" || f[0] < 'A' || f[0] > 'Z' || t.UPOS != "" && t.UPOS != "PROPN" {
		return false
	}
	w := strings.ToLower(f)
	return !regionWordAt(f) && !placeKinds[w] && !dateWords[w]
}

// placeKinds are nouns that may follow a town's name in the name of a
// place in or near it.
var placeKinds = map[string]bool{
	"airport": true, "port": true, "harbour": true, "harbor": true, "base": true, "airbase": true,
	"city": true, "valley": true, "strip": true, "island": true, "islands": true, "bay": true,
	"square": true, "camp": true, "border": true, "crossing": true, "river": true, "dam": true,
}

// dateWords may follow a place without a comma ("in Kabul Monday").
var dateWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "may": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true,
}

// widenToRegion turns a town's name followed by a region word ("Kandahar
// province", "Donetsk Oblast") or preceded by "the province of" into the
// first-order region that holds the town.
func (g *Gazetteer) widenToRegion(toks []entente.Token, c *Candidate) {
	end := c.Tokens[1]
	after := end < len(toks) && regionWordAt(toks[end].Form)
	before := false
	if s := c.Tokens[0]; s >= 2 && clause.Fold(toks[s-1].Form) == "of" && regionWordAt(toks[s-2].Form) {
		before = true
	}
	if !after && !before {
		return
	}
	rs := g.withRegion(c.entries)
	if len(rs) == 0 {
		return
	}
	c.entries, c.Region = rs, true
	if after {
		c.Tokens[1] = end + 1
		c.Span.End = toks[end].Span.End
		return
	}
	// "the province of Helmand": the cue is the word before "province".
	c.Tokens[0] -= 2
	c.Span.Start = toks[c.Tokens[0]].Span.Start
	c.Cue = cue(toks, c.Tokens[0])
}

// agency nouns after a possessive place ("Moscow's support") make the place
// an actor.
var agency = map[string]bool{
	"request": true, "behest": true, "invitation": true, "view": true, "support": true,
	"backing": true, "position": true, "policy": true, "decision": true, "approval": true,
	"insistence": true, "urging": true, "expense": true, "orders": true, "order": true,
	"initiative": true, "stance": true, "demand": true, "demands": true, "consent": true,
	// people who stand for the place's rulers ("called in Moscow's envoy")
	"envoy": true, "ambassador": true, "diplomat": true, "diplomats": true, "consul": true,
	"representative": true, "minister": true, "officials": true,
}

// possessor reports whether the name ending before token end is the possessor
// of an agency noun ("at Moscow's request", "in Washington's view").
func possessor(toks []entente.Token, end int) bool {
	if end+1 >= len(toks) {
		return false
	}
	if !isPossessive(toks[end].Form) {
		return false
	}
	return agency[clause.Fold(toks[end+1].Form)]
}

func capitalised(f string) bool { return f != "" && (f[0] < 'a' || f[0] > 'z') }

// cue returns the word before token i that makes the name a place.
func cue(toks []entente.Token, i int) string {
	j := i - 1
	if j >= 0 && placeAdjectives[clause.Fold(toks[j].Form)] {
		j-- // "in central Bordeaux", "in northern Gaza"
	}
	if j >= 0 && clause.Fold(toks[j].Form) == "the" {
		j--
	}
	if j < 0 {
		return ""
	}
	w := clause.Fold(toks[j].Form)
	if w == "at" && j > 0 && aimedAt[clause.Fold(toks[j-1].Form)] {
		// "hit out at Moscow", "took aim at Paris": whom a statement
		// is aimed at, not where it was made
		return ""
	}
	if locatives[w] {
		return w
	}
	if w == "off" && j > 0 && !clause.OffParticleVerb(toks[j-1].Form) && !clause.OffParticleVerb(toks[j-1].Lemma) {
		// "a migrant boat off Sabratha", "arrested off Sri Lanka": the
		// sea by the town; after some verbs "off" is their particle
		// ("fought off Sabratha's militia", "sealed off Gaza")
		return w
	}
	if w == "of" && j > 0 && townNouns[clause.Fold(toks[j-1].Form)] {
		// "hit the town of Lyman", "hit the Thai town of Surin", "in
		// the border town of Rafah": the cue of the town, before the
		// words that describe it
		k := j - 1
		for words := 0; k > 0 && words < 3; {
			if toks[k-1].Span.End == toks[k].Span.Start && k < j-1 {
				// written joined to the next word: a hyphen or a
				// part of a name ("the Port-au-Prince suburb of")
				k--
				continue
			}
			if !capitalised(toks[k-1].Form) && !describes(toks[k-1]) {
				break
			}
			k--
			words++
		}
		return cue(toks, k)
	}
	if w == "to" {
		for k := j - 1; k >= 0 && k >= j-4; k-- {
			if movements[clause.Fold(toks[k].Form)] {
				return "to"
			}
		}
		// "delivered 2,000 tonnes of flour to Mazar-i-Sharif": where a
		// shipment goes, past the words of what is shipped
		for k := j - 1; k >= 0 && k >= j-7; k-- {
			if shipments[clause.Fold(toks[k].Form)] {
				return "to"
			}
			if f := toks[k].Form; f == "," || f == ";" {
				break
			}
		}
	}
	if w == "from" || w == "of" && j > 0 && clause.Fold(toks[j-1].Form) == "out" {
		// "withdrew from Kherson", "pulled out of Bakhmut": the place
		// a force leaves is where the withdrawal is (not a place one
		// "returned from")
		e := i
		for e < len(toks) && capitalised(toks[e].Form) {
			e++
		}
		if e < len(toks) && inSet3(toks[e].UPOS, "NOUN", "PROPN", "ADJ") && !townNouns[clause.Fold(toks[e].Form)] && !regionNouns[clause.Fold(toks[e].Form)] {
			// "withdrew from the Paris climate agreement", "the Iran
			// nuclear deal": the name describes what is left, no place
			return ""
		}
		for k := j - 1; k >= 0 && k >= j-4; k-- {
			if withdrawals[clause.Fold(toks[k].Form)] {
				return w
			}
		}
	}
	if w == "on" {
		// "dropped glide bombs on Zaporizhzhia", "staged mock strikes on
		// Penghu": what falls on a place, not a day or a matter
		for k := j - 1; k >= 0 && k >= j-3; k-- {
			if fallsOn[clause.Fold(toks[k].Form)] {
				return "on"
			}
		}
	}
	return ""
}

// withdrawals are the words of a force leaving a place, after which
// "from" or "out of" introduces the place left.
var withdrawals = map[string]bool{"withdrew": true, "withdraw": true, "withdrawn": true, "withdrawing": true,
	"withdraws": true, "withdrawal": true, "retreated": true, "retreat": true, "retreating": true, "pulled": true,
	"pull": true, "pulling": true, "pullout": true, "pull-out": true, "pullback": true}

// fallsOn are the words of what is fired or dropped on a place, after
// which "on" introduces the place.
var fallsOn = map[string]bool{"bombs": true, "bomb": true, "missiles": true, "missile": true, "rockets": true,
	"rocket": true, "shells": true, "strikes": true, "strike": true, "airstrikes": true, "drones": true,
	"barrage": true, "raids": true, "raid": true, "dropped": true, "rained": true, "fired": true}

// describes reports whether a lower-case token tagged as an adjective or
// a noun may describe a town named after it ("the border town of", "the
// northern port city of").
func describes(t entente.Token) bool {
	return (t.UPOS == "ADJ" || t.UPOS == "NOUN") && !locatives[clause.Fold(t.Form)]
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

// Locator places the events of one article, with the article's other places
// as context. It finds the place names of a sentence when an event of that
// sentence is first placed, and those of the whole article only when a name
// with namesakes must be told apart, so that an article whose events are
// placed by their actors' countries costs no more than its events' sentences.
// A Locator is for one goroutine at a time.
type Locator struct {
	g        *Gazetteer
	art      *entente.Article
	sents    []entente.Sentence
	mentions []entente.Mention
	cands    [][]Candidate
	found    []bool
	ctx      map[string]int // nil until a namesake needs it
}

// Article prepares a Locator for the article: the countries of its mentions
// and of its unambiguous places tell namesakes apart.
func (g *Gazetteer) Article(art *entente.Article, sents []entente.Sentence, mentions []entente.Mention) *Locator {
	return &Locator{g: g, art: art, sents: sents, mentions: mentions,
		cands: make([][]Candidate, len(sents)), found: make([]bool, len(sents))}
}

// candidates returns the place names of sentence si, finding them once.
// A name that begins a longer actor mention that is no capital standing
// for its government is part of the name of something else ("Fano
// militia fighters": a group named after a region), and is left out.
func (l *Locator) candidates(si int) []Candidate {
	if !l.found[si] {
		cs := l.g.Find(&l.sents[si], l.art.Text)
		out := cs[:0]
		for _, c := range cs {
			if !l.insideMention(si, c.Span) {
				out = append(out, c)
			}
		}
		l.cands[si] = out
		l.found[si] = true
	}
	return l.cands[si]
}

// insideMention reports whether span sp of sentence si begins a longer
// mention of an actor or an agent ("Fano militia fighters"), not a
// metonym or a reference; a place at the end of an agent's phrase
// ("officials in Kabul") stays a place.
func (l *Locator) insideMention(si int, sp entente.Span) bool {
	for i := range l.mentions {
		m := &l.mentions[i]
		if m.Sentence != si || m.Kind != entente.MentionActor && m.Kind != entente.MentionAgent {
			continue
		}
		if m.Span.Start == sp.Start && sp.End < m.Span.End {
			return true
		}
	}
	return false
}

// context returns the article's country weights, computed on first use.
func (l *Locator) context() map[string]int {
	if l.ctx == nil {
		var all []Candidate
		for si := range l.sents {
			all = append(all, l.candidates(si)...)
		}
		l.ctx = l.g.context(all, l.mentions)
	}
	return l.ctx
}

// Locate places the event whose verb is token verbTok of sentence sentIdx;
// see Gazetteer.Locate.
func (l *Locator) Locate(sentIdx, verbTok int, actors ...string) *entente.Place {
	if sentIdx < 0 || sentIdx >= len(l.sents) {
		return l.g.fromActors(actors)
	}
	cands := l.candidates(sentIdx)
	var ctx map[string]int
	for _, c := range cands {
		if c.Cue != "" && len(c.entries) > 1 {
			ctx = l.context()
			break
		}
	}
	return l.g.locate(l.art, &l.sents[sentIdx], cands, verbTok, ctx, actors)
}

// Places returns the places named in sentence sentIdx where the text says
// something happened ("in Karachi", "visited Moscow"), resolved with the
// article's context; bare names (often actors: "Moscow warned") are left out.
func (l *Locator) Places(sentIdx int) []entente.Place {
	if sentIdx < 0 || sentIdx >= len(l.sents) {
		return nil
	}
	var out []entente.Place
	for _, c := range l.candidates(sentIdx) {
		if c.Cue == "" || len(c.entries) == 0 {
			continue
		}
		var ctx map[string]int
		if len(c.entries) > 1 {
			ctx = l.context()
		}
		e := l.g.entry(&c, ctx)
		sp := c.Span
		out = append(out, entente.Place{Name: c.Span.Of(l.art.Text), Country: e.Country, Lat: e.Lat, Lon: e.Lon,
			GeoNameID: e.GeoNameID, Precision: e.Precision(), Span: &sp})
	}
	return out
}

func (g *Gazetteer) locate(art *entente.Article, sent *entente.Sentence, cands []Candidate, verbTok int, base map[string]int, actors []string) *entente.Place {
	return g.locateFrom(art, sent, cands, verbTok, base, actors, 0)
}

// locateFrom is locate, depth verbs up from the event's own.
func (g *Gazetteer) locateFrom(art *entente.Article, sent *entente.Sentence, cands []Candidate, verbTok int, base map[string]int, actors []string, depth int) *entente.Place {
	best := bestCandidate(sent, cands, verbTok)
	if best < 0 {
		if p, ok := purposeOf(sent.Tokens, verbTok); ok {
			// "fired tear gas to disperse demonstrators in
			// Concepción": the place of the act's purpose is the act's
			best = bestCandidate(sent, cands, p)
		}
	}
	if best < 0 {
		if h, ok := governingVerb(sent.Tokens, verbTok); ok && depth < 3 {
			// "attacked the town of Monguno, burning homes": a
			// participle or conjunct that names no place of its own
			// happened where the verb it hangs on did
			return g.locateFrom(art, sent, cands, h, base, actors, depth+1)
		}
		return g.fromActors(actors)
	}
	return g.placeOf(art, cands[best], base, actors)
}

// purposeOf returns the verb of the purpose clause of verb v of a parsed
// sentence ("fired tear gas to disperse ...": "disperse"), if any.
func purposeOf(toks []entente.Token, v int) (int, bool) {
	if v < 0 || v >= len(toks) || !clause.Parsed(toks) {
		return 0, false
	}
	for k := v + 1; k < len(toks); k++ {
		if toks[k].Head != v || toks[k].UPOS != "VERB" || toks[k].Rel != "advcl" && toks[k].Rel != "xcomp" {
			continue
		}
		if k > 0 && clause.Fold(toks[k-1].Form) == "to" {
			return k, true
		}
	}
	return 0, false
}

// bestCandidate returns the index of the cued candidate nearest verb
// verbTok in its clause (or fronted before it), -1 when there is none.
func bestCandidate(sent *entente.Sentence, cands []Candidate, verbTok int) int {
	best := -1
	if len(cands) > 0 {
		// The verb's clause is found when a cued name asks for it.
		cs, ce, bounded := 0, len(sent.Tokens), false
		bestScore := 1 << 30
		for k, c := range cands {
			if c.Cue == "" || len(c.entries) == 0 {
				continue
			}
			if !bounded {
				if verbTok >= 0 && verbTok < len(sent.Tokens) {
					cs, ce = clause.Bounds(sent.Tokens, clause.Words(sent.Tokens), verbTok)
				}
				bounded = true
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
			if inSubject(sent.Tokens, c.Tokens[0], verbTok) {
				// "Authorities in Asuncion detained ... in the border
				// town of Pedro Juan Caballero": a name in the subject
				// tells where the actor is from; another place named in
				// the clause is where the act was
				d += 500
			}
			if d < bestScore {
				best, bestScore = k, d
			}
		}
	}
	return best
}

// placeOf returns the place candidate c names, its namesakes told apart
// by the article's countries (base) and the event's actors.
func (g *Gazetteer) placeOf(art *entente.Article, c Candidate, base map[string]int, actors []string) *entente.Place {
	ctx := base
	if len(actors) > 0 && len(c.entries) > 1 {
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
	e := g.entry(&c, ctx)
	if !c.Region && g.strayAlias(e, c.Span.Of(art.Text), len(c.entries), ctx, actors) {
		return g.fromActors(actors)
	}
	sp := c.Span
	return &entente.Place{Name: c.Span.Of(art.Text), Country: e.Country, Lat: e.Lat, Lon: e.Lon,
		GeoNameID: e.GeoNameID, Precision: e.Precision(), Span: &sp}
}

// strayAlias reports whether entry e, which a candidate named name with
// namesakes entries resolves to, is known by a short name (shortAlias
// bytes at most) only as an alternate name, in a country neither the
// event's actors nor the article's context name: "a market in Ber" in Mali
// is not Veria in Greece, which GeoNames also calls Ber. Such a match says
// less than the actors' own country does. Longer alternate names are
// mostly spellings of the place ("Kremenchuk"), which an attack abroad
// names.
func (g *Gazetteer) strayAlias(e Entry, name string, namesakes int, ctx map[string]int, actors []string) bool {
	if len(actors) == 0 || len(name) > shortAlias || clause.Fold(e.Name) == clause.Fold(name) {
		return false
	}
	own := 0
	if namesakes == 1 {
		own = 2 // the candidate's own vote (see context)
	}
	if e.Precision() == PrecisionCountry || ctx[e.Country] > own {
		return false
	}
	for _, a := range actors {
		if ae, ok := g.Country(prefix3(a)); ok && ae.Country == e.Country {
			return false
		}
	}
	return true
}

// governingVerb returns the verb a verb of a parsed sentence hangs on as an
// adverbial clause, a conjunct or an open complement, if any.
func governingVerb(toks []entente.Token, v int) (int, bool) {
	if v < 0 || v >= len(toks) || !clause.Parsed(toks) {
		return 0, false
	}
	h := toks[v].Head
	if h < 0 || h == v || h >= len(toks) || toks[h].UPOS != "VERB" {
		return 0, false
	}
	switch toks[v].Rel {
	case "advcl", "conj", "xcomp":
		return h, true
	}
	return 0, false
}

// shortAlias is the longest name, in bytes, that strayAlias doubts.
const shortAlias = 4

// inSubject reports whether token t of a parsed sentence is inside the
// subject of the verb at token verb ("Police in Colombo used ...").
func inSubject(toks []entente.Token, t, verb int) bool {
	if verb < 0 || verb >= len(toks) || !clause.Parsed(toks) {
		return false
	}
	for steps := 0; t >= 0 && t < len(toks) && t != verb && steps < len(toks); steps++ {
		if toks[t].Head == verb && strings.HasPrefix(toks[t].Rel, "nsubj") {
			return true
		}
		t = toks[t].Head
	}
	return false
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

// choose picks among namesakes: a country or landmark first, then the
// place whose own name is the name as written (bit i of exact for ks[i])
// over one that has it as an alternate name ("Goris" in Armenia, not Gori
// in Georgia; "Russian drones struck Dubno", Dubno in Ukraine, not Dubna
// in Russia), unless that one is ten times as populous ("Kiev"), then by
// the context's weight of the entry's country, then by population.
func (g *Gazetteer) choose(ks []int32, ctx map[string]int, exact uint64) int32 {
	best, bestExact := ks[0], exact&1 != 0
	better := func(a, b *Entry, ea, eb bool) bool {
		ra, rb := rank(a), rank(b)
		if ra != rb {
			return ra > rb
		}
		if ea && !eb && b.Population < 10*a.Population {
			return true
		}
		if eb && !ea && a.Population < 10*b.Population {
			return false
		}
		if ctx[a.Country] != ctx[b.Country] {
			return ctx[a.Country] > ctx[b.Country]
		}
		return a.Population > b.Population
	}
	for i, k := range ks[1:] {
		e := i+1 < 64 && exact&(1<<(i+1)) != 0
		if better(&g.entries[k], &g.entries[best], e, bestExact) {
			best, bestExact = k, e
		}
	}
	return best
}

func rank(e *Entry) int {
	switch e.Feature {
	case "COUNTRY", "LANDMARK", "ADM1":
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

// inSet3 reports whether s is one of a, b and c.
func inSet3(s, a, b, c string) bool { return s == a || s == b || s == c }

// regionNouns name a region after its name ("the Kherson region").
var regionNouns = map[string]bool{"region": true, "province": true, "oblast": true, "state": true, "county": true,
	"governorate": true, "prefecture": true, "department": true, "area": true, "valley": true, "border": true}
