// Command gen writes place's embedded gazetteer table from the GeoNames files
// in the shared data folder. Run it with go generate in package place.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"entente/place/internal/gazdata"
)

func main() {
	shared := flag.String("shared", "../../shared", "the shared data folder")
	out := flag.String("out", "gazetteer.tsv.gz", "the table to write")
	flag.Parse()
	b, err := gazdata.Build(filepath.Join(*shared, "gazetteer", "geonames_cities15000.zip"),
		filepath.Join(*shared, "gazetteer", "geonames_countryInfo.tsv"))
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
