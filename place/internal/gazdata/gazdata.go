// Package gazdata builds the gazetteer table that package place embeds, from
// the GeoNames files in the shared data folder: cities with a population of
// at least 15,000 (cities15000.zip) and the country table (countryInfo).
//
// The table is a gzipped TSV, one record a line, sorted for stable output:
//
//	C  iso2  iso3  name  capital  population  geonameid  lat  lon
//	P  geonameid  name  asciiname  alternates(|)  iso2  lat  lon  population  feature  admin1
//
// A country's coordinates are the population-weighted centre of its cities,
// not its capital's. Alternate names are kept when they are plain ASCII
// names (a capital letter, then letters, spaces, hyphens, apostrophes and
// periods; at most four words and 40 bytes; not an all-capital code).
package gazdata

import (
	"archive/zip"
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
)

// Build reads the two GeoNames files and returns the table, gzipped.
func Build(citiesZip, countryInfo string) ([]byte, error) {
	rows, err := Rows(citiesZip, countryInfo)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		io.WriteString(zw, r)
		zw.Write([]byte{'\n'})
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Rows returns the table's lines, without line ends, in their final order.
func Rows(citiesZip, countryInfo string) ([]string, error) {
	cities, err := readCities(citiesZip)
	if err != nil {
		return nil, err
	}
	countries, err := readCountries(countryInfo, cities)
	if err != nil {
		return nil, err
	}
	return append(countries, cities...), nil
}

type centre struct{ x, y, z, w float64 }

func readCities(path string) ([]string, error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	defer zr.Close()
	var out []string
	for _, f := range zr.File {
		if !strings.HasSuffix(f.Name, ".txt") {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, fmt.Errorf("gazetteer: %s: %w", f.Name, err)
		}
		sc := bufio.NewScanner(rc)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		line := 0
		for sc.Scan() {
			line++
			c := strings.Split(sc.Text(), "\t")
			if len(c) < 19 {
				fmt.Fprintf(os.Stderr, "%s:%d: %d columns, want 19: skipped\n", f.Name, line, len(c))
				continue
			}
			if _, err := strconv.ParseFloat(c[4], 64); err != nil {
				fmt.Fprintf(os.Stderr, "%s:%d: bad latitude %q: skipped\n", f.Name, line, c[4])
				continue
			}
			alts := alternates(c[3], c[1], c[2])
			out = append(out, strings.Join([]string{"P", c[0], c[1], c[2], strings.Join(alts, "|"),
				c[8], c[4], c[5], c[14], c[7], c[10]}, "\t"))
		}
		rc.Close()
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("gazetteer: %s: %w", f.Name, err)
		}
	}
	sort.Strings(out)
	return out, nil
}

// alternates filters GeoNames' alternate names down to plain ASCII names.
func alternates(list, name, ascii string) []string {
	seen := map[string]bool{strings.ToLower(name): true, strings.ToLower(ascii): true}
	var out []string
	for _, a := range strings.Split(list, ",") {
		if !plainName(a) || seen[strings.ToLower(a)] {
			continue
		}
		seen[strings.ToLower(a)] = true
		out = append(out, a)
	}
	return out
}

func plainName(a string) bool {
	if len(a) < 3 || len(a) > 40 || a[0] < 'A' || a[0] > 'Z' || strings.Count(a, " ") > 3 {
		return false
	}
	lower := false
	for i := 0; i < len(a); i++ {
		c := a[i]
		switch {
		case 'a' <= c && c <= 'z':
			lower = true
		case 'A' <= c && c <= 'Z', c == ' ', c == '-', c == '\'', c == '.':
		default:
			return false
		}
	}
	return lower
}

func readCountries(path string, cities []string) ([]string, error) {
	// Population-weighted centres from the cities.
	centres := map[string]*centre{}
	for _, r := range cities {
		c := strings.Split(r, "\t")
		lat, _ := strconv.ParseFloat(c[6], 64)
		lon, _ := strconv.ParseFloat(c[7], 64)
		pop, _ := strconv.ParseFloat(c[8], 64)
		if pop <= 0 {
			pop = 1
		}
		la, lo := lat*math.Pi/180, lon*math.Pi/180
		ct := centres[c[5]]
		if ct == nil {
			ct = &centre{}
			centres[c[5]] = ct
		}
		ct.x += pop * math.Cos(la) * math.Cos(lo)
		ct.y += pop * math.Cos(la) * math.Sin(lo)
		ct.z += pop * math.Sin(la)
		ct.w += pop
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	var out []string
	for n, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) < 17 || len(c[0]) != 2 {
			fmt.Fprintf(os.Stderr, "%s:%d: not a country record: skipped\n", path, n+1)
			continue
		}
		lat, lon := 0.0, 0.0
		if ct := centres[c[0]]; ct != nil && ct.w > 0 {
			lon = math.Atan2(ct.y, ct.x) * 180 / math.Pi
			lat = math.Atan2(ct.z, math.Hypot(ct.x, ct.y)) * 180 / math.Pi
		}
		out = append(out, strings.Join([]string{"C", c[0], c[1], strings.TrimSpace(c[4]), strings.TrimSpace(c[5]), c[7], c[16],
			strconv.FormatFloat(lat, 'f', 3, 64), strconv.FormatFloat(lon, 'f', 3, 64)}, "\t"))
	}
	sort.Strings(out)
	return out, nil
}
