// Package export writes stored events in the formats users analyse them in:
// GDELT 2.0 event and mention files (tab-separated, no header, the 61 and 16
// columns GDELT defines, filled as far as entente's data allows), CSV, JSON
// Lines, Parquet, and a dyad-period panel with explicit zero rows. Every
// export comes with a codebook of its columns (codebook.md) and a manifest
// (manifest.json) naming the entente build, the dictionaries and model, the
// configuration and the SHA-256 of every file.
//
// Exports are reproducible: they hold no wall-clock time, rows come in store
// order and numbers are formatted one way, so the same store and options give
// the same bytes.
package export

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/parquet-go/parquet-go"

	"entente"
)

// Format names an export format.
type Format string

// The export formats.
const (
	GDELT   Format = "gdelt"   // events.gdelt.tsv and mentions.gdelt.tsv
	CSV     Format = "csv"     // events.csv
	JSONL   Format = "jsonl"   // events.jsonl
	Parquet Format = "parquet" // events.parquet
	Panel   Format = "panel"   // panel.csv
)

// AllFormats lists every format in the order files are written.
var AllFormats = []Format{GDELT, CSV, JSONL, Parquet, Panel}

// ParseFormats reads a comma-separated list of formats; "all" means every one.
func ParseFormats(s string) ([]Format, error) {
	var out []Format
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(strings.ToLower(f))
		switch Format(f) {
		case GDELT, CSV, JSONL, Parquet, Panel:
			out = append(out, Format(f))
		case "all":
			out = append(out, AllFormats...)
		case "":
		default:
			return nil, fmt.Errorf("unknown export format %q (gdelt, csv, jsonl, parquet, panel, all)", f)
		}
	}
	return out, nil
}

// Options say what to export and record how.
type Options struct {
	// Dir is the folder the files are written to; it is created if needed.
	Dir     string
	Formats []Format
	// Filter selects the events (Limit and Offset apply too). The panel,
	// read from the rollups, honours only its Source, Target, Dyad, From, To,
	// Root, QuadClass and Modality.
	Filter entente.EventFilter
	// Period, Directed and ByCountry shape the panel (default monthly,
	// undirected, per actor code); ByCountry aggregates actors to their
	// first three letters (see entente.PeriodFilter).
	Period    entente.Period
	Directed  bool
	ByCountry bool
	// Version and Commit identify the entente build for the manifest.
	Version string
	Commit  string
	// Dictionaries maps dictionary names to content hashes, and Model is the
	// parser model's hash, for the manifest.
	Dictionaries map[string]string
	Model        string
	// Config is any further configuration to record in the manifest.
	Config map[string]string
	// PanelMaxRows caps the rows of panel.csv (0: DefaultPanelMaxRows): a
	// panel is balanced, so one event decades before the others multiplies
	// its rows, and Write fails with the span rather than fill the disk.
	PanelMaxRows int
}

// DefaultPanelMaxRows is the default cap on the rows of panel.csv.
const DefaultPanelMaxRows = 20_000_000

// outputNames are the files Write may write besides the codebook and the
// manifest. Those of formats not asked for are removed from the folder, so
// that no file of an earlier export lies beside a manifest that does not
// list it.
var outputNames = []string{"events.gdelt.tsv", "mentions.gdelt.tsv", "events.csv", "events.jsonl", "events.parquet", "panel.csv"}

// PanelSpan describes the rows of panel.csv.
type PanelSpan struct {
	// First and Last are the starts of the first and last periods.
	First   string `json:"first"`
	Last    string `json:"last"`
	Periods int    `json:"periods"`
	Dyads   int    `json:"dyads"`
}

// Manifest describes an export so that it can be reproduced and checked.
type Manifest struct {
	Entente struct {
		Version string `json:"version"`
		Commit  string `json:"commit"`
	} `json:"entente"`
	Dictionaries map[string]string `json:"dictionaries,omitempty"`
	Model        string            `json:"model,omitempty"`
	// DictVersions are the dictionary versions of the exported events.
	DictVersions []string `json:"dict_versions"`
	Config       struct {
		Formats   []Format            `json:"formats"`
		Filter    entente.EventFilter `json:"filter"`
		Period    entente.Period      `json:"period"`
		Directed  bool                `json:"directed"`
		ByCountry bool                `json:"by_country"`
		Extra     map[string]string   `json:"extra,omitempty"`
	} `json:"config"`
	Files []File `json:"files"`
	// Panel is the span of panel.csv, when written.
	Panel *PanelSpan `json:"panel,omitempty"`
	// Removed lists the files of an earlier export that Write removed
	// because this export does not write them (not in manifest.json).
	Removed []string `json:"-"`
}

// File is one exported file in the manifest.
type File struct {
	Name   string `json:"name"`
	Rows   int    `json:"rows"`
	SHA256 string `json:"sha256"`
}

// output is a file being written, counting rows and hashing bytes.
type output struct {
	name string
	f    *os.File
	buf  *bufio.Writer
	hash io.Writer
	sum  func() string
	rows int
}

func create(dir, name string) (*output, error) {
	f, err := os.Create(filepath.Join(dir, name))
	if err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	h := sha256.New()
	return &output{name: name, f: f, buf: bufio.NewWriterSize(io.MultiWriter(f, h), 1<<16), hash: h,
		sum: func() string { return hex.EncodeToString(h.Sum(nil)) }}, nil
}

// Write buffers p for the file and its hash.
func (o *output) Write(p []byte) (int, error) { return o.buf.Write(p) }

func (o *output) close() (File, error) {
	if err := o.buf.Flush(); err != nil {
		o.f.Close()
		return File{}, fmt.Errorf("export %s: %w", o.name, err)
	}
	if err := o.f.Close(); err != nil {
		return File{}, fmt.Errorf("export %s: %w", o.name, err)
	}
	return File{Name: o.name, Rows: o.rows, SHA256: o.sum()}, nil
}

func writeTSV(w io.Writer, rec []string) error {
	for i, s := range rec {
		if i > 0 {
			if _, err := io.WriteString(w, "\t"); err != nil {
				return err
			}
		}
		if _, err := io.WriteString(w, tsvClean(s)); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// Write exports the events of st that match opt.Filter into opt.Dir and
// returns the manifest it also writes there.
func Write(ctx context.Context, st entente.Store, opt Options) (*Manifest, error) {
	if len(opt.Formats) == 0 {
		opt.Formats = AllFormats
	}
	if opt.Period == "" {
		opt.Period = entente.Month
	}
	if !opt.Period.Valid() {
		return nil, fmt.Errorf("export: unknown period %q", opt.Period)
	}
	if err := os.MkdirAll(opt.Dir, 0o755); err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	want := map[Format]bool{}
	for _, f := range opt.Formats {
		want[f] = true
	}
	m := &Manifest{Dictionaries: opt.Dictionaries, Model: opt.Model, DictVersions: []string{}}
	m.Entente.Version, m.Entente.Commit = opt.Version, opt.Commit
	m.Config.Formats, m.Config.Filter, m.Config.Period, m.Config.Directed, m.Config.ByCountry, m.Config.Extra =
		opt.Formats, opt.Filter, opt.Period, opt.Directed, opt.ByCountry, opt.Config

	var files []*output
	var gdeltOut, csvOut, jsonOut, parqOut *output
	var csvW *csv.Writer
	var parqW *parquet.GenericWriter[Row]
	fail := func(err error) (*Manifest, error) {
		for _, o := range files {
			o.f.Close()
		}
		return nil, err
	}
	open := func(name string) (*output, error) {
		o, err := create(opt.Dir, name)
		if err == nil {
			files = append(files, o)
		}
		return o, err
	}
	var err error
	if want[GDELT] {
		if gdeltOut, err = open("events.gdelt.tsv"); err != nil {
			return fail(err)
		}
	}
	if want[CSV] {
		if csvOut, err = open("events.csv"); err != nil {
			return fail(err)
		}
		csvW = csv.NewWriter(csvOut)
		var header []string
		for _, c := range Columns() {
			header = append(header, c.Name)
		}
		csvW.Write(header)
	}
	if want[JSONL] {
		if jsonOut, err = open("events.jsonl"); err != nil {
			return fail(err)
		}
	}
	if want[Parquet] {
		if parqOut, err = open("events.parquet"); err != nil {
			return fail(err)
		}
		parqW = parquet.NewGenericWriter[Row](parqOut, parquet.Compression(&parquet.Zstd))
	}
	versions := map[string]bool{}
	gdeltSkipped := map[int64]bool{}
	if want[GDELT] || want[CSV] || want[JSONL] || want[Parquet] {
		err = st.Events(ctx, opt.Filter, func(e *entente.StoredEvent) error {
			versions[e.DictVersion] = true
			if gdeltOut != nil && !e.Factual() {
				// GDELT has no modality: "did not attack" and "could
				// attack" would read as attacks
				gdeltSkipped[e.StoreID] = true
			} else if gdeltOut != nil {
				if err := writeTSV(gdeltOut, gdeltEventRecord(e)); err != nil {
					return err
				}
				gdeltOut.rows++
			}
			if csvOut == nil && jsonOut == nil && parqOut == nil {
				return nil
			}
			r, err := NewRow(e)
			if err != nil {
				return fmt.Errorf("event %d: %w", e.StoreID, err)
			}
			if csvW != nil {
				if err := csvW.Write(r.Fields()); err != nil {
					return err
				}
				csvOut.rows++
			}
			if jsonOut != nil {
				b, err := json.Marshal(&r)
				if err != nil {
					return err
				}
				jsonOut.Write(append(b, '\n'))
				jsonOut.rows++
			}
			if parqW != nil {
				if _, err := parqW.Write([]Row{r}); err != nil {
					return err
				}
				parqOut.rows++
			}
			return nil
		})
		if err != nil {
			return fail(fmt.Errorf("export events: %w", err))
		}
	}
	if csvW != nil {
		csvW.Flush()
		if err := csvW.Error(); err != nil {
			return fail(fmt.Errorf("export csv: %w", err))
		}
	}
	if parqW != nil {
		if err := parqW.Close(); err != nil {
			return fail(fmt.Errorf("export parquet: %w", err))
		}
	}
	if want[GDELT] {
		o, err := open("mentions.gdelt.tsv")
		if err != nil {
			return fail(err)
		}
		err = st.Mentions(ctx, opt.Filter, func(mn *entente.EventMention) error {
			if gdeltSkipped[mn.EventStoreID] {
				return nil
			}
			o.rows++
			return writeTSV(o, gdeltMentionRecord(mn, mn.EventDate))
		})
		if err != nil {
			return fail(fmt.Errorf("export mentions: %w", err))
		}
	}
	if want[Panel] {
		o, err := open("panel.csv")
		if err != nil {
			return fail(err)
		}
		if m.Panel, err = writePanel(ctx, st, opt, o); err != nil {
			return fail(err)
		}
	}
	written := map[string]bool{}
	for _, o := range files {
		f, err := o.close()
		if err != nil {
			return nil, err
		}
		m.Files = append(m.Files, f)
		written[f.Name] = true
	}
	for _, name := range outputNames {
		if written[name] {
			continue
		}
		switch err := os.Remove(filepath.Join(opt.Dir, name)); {
		case err == nil:
			m.Removed = append(m.Removed, name)
		case !errors.Is(err, fs.ErrNotExist):
			return nil, fmt.Errorf("export: removing the earlier %s: %w", name, err)
		}
	}
	for v := range versions {
		m.DictVersions = append(m.DictVersions, v)
	}
	sort.Strings(m.DictVersions)
	if err := writeCodebook(opt.Dir, want); err != nil {
		return nil, err
	}
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("export manifest: %w", err)
	}
	if err := os.WriteFile(filepath.Join(opt.Dir, "manifest.json"), append(b, '\n'), 0o644); err != nil {
		return nil, fmt.Errorf("export manifest: %w", err)
	}
	return m, nil
}

// panelColumns are the columns of panel.csv.
var panelColumns = []Column{
	{"source", "string", "first actor of the dyad (the doer when directed; the smaller code when undirected)"},
	{"target", "string", "second actor of the dyad"},
	{"period", "string", "day, week, month or year"},
	{"period_start", "string", "first day of the period, ISO 8601 YYYY-MM-DD (weeks start on Monday)"},
	{"quad_class", "integer", "1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict"},
	{"events", "integer", "number of deduplicated events; 0 rows are explicit"},
	{"goldstein_sum", "float", "sum of the Goldstein values of those events (0 when none)"},
}

// writePanel writes a balanced dyad-period panel: every dyad that has events
// gets a row for every period from the first to the last of all dyads (or the
// filter's bounds) and every QuadClass, with zeros where nothing happened.
// Events without a source or target belong to no dyad and are left out.
func writePanel(ctx context.Context, st entente.Store, opt Options, o *output) (*PanelSpan, error) {
	f := opt.Filter
	pf := entente.PeriodFilter{Period: opt.Period, From: f.From, To: f.To, Root: f.Root, QuadClass: f.QuadClass,
		Modality: f.Modality, Directed: opt.Directed, ByCountry: opt.ByCountry}
	switch {
	case f.Dyad[0] != "" && f.Dyad[1] != "":
		pf.Source, pf.Target = f.Dyad[0], f.Dyad[1]
	default:
		pf.Source, pf.Target = f.Source, f.Target
	}
	type dyad struct{ a, b string }
	type cellKey struct {
		d     dyad
		start int64
		quad  int
	}
	cells := map[cellKey]*entente.DyadPeriod{}
	dyads := map[dyad]bool{}
	var first, last time.Time
	err := st.DyadPeriods(ctx, pf, func(p *entente.DyadPeriod) error {
		if p.Source == "" || p.Target == "" {
			return nil // an event without a target is not between two actors
		}
		d := dyad{p.Source, p.Target}
		dyads[d] = true
		c := *p
		cells[cellKey{d, p.Start.Unix(), p.QuadClass}] = &c
		if first.IsZero() || p.Start.Before(first) {
			first = p.Start
		}
		if p.Start.After(last) {
			last = p.Start
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("export panel: %w", err)
	}
	if !f.From.IsZero() {
		first = opt.Period.Start(f.From)
	}
	if !f.To.IsZero() {
		last = opt.Period.Start(f.To)
	}
	w := csv.NewWriter(o)
	var header []string
	for _, c := range panelColumns {
		header = append(header, c.Name)
	}
	w.Write(header)
	keys := make([]dyad, 0, len(dyads))
	for d := range dyads {
		keys = append(keys, d)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].a != keys[j].a {
			return keys[i].a < keys[j].a
		}
		return keys[i].b < keys[j].b
	})
	quads := []int{1, 2, 3, 4}
	if f.QuadClass != 0 {
		quads = []int{f.QuadClass}
	}
	span := &PanelSpan{Dyads: len(keys)}
	if !first.IsZero() {
		span.First, span.Last = first.Format("2006-01-02"), last.Format("2006-01-02")
		for t := first; !t.After(last); t = opt.Period.Next(t) {
			span.Periods++
		}
	}
	max := opt.PanelMaxRows
	if max <= 0 {
		max = DefaultPanelMaxRows
	}
	if rows := span.Dyads * span.Periods * len(quads); rows > max {
		return nil, fmt.Errorf("export panel: %d dyads x %d %ss (%s to %s) x %d classes is %d rows, more than %d: bound the dates with --from and --to, take a longer --period, or select actors",
			span.Dyads, span.Periods, opt.Period, span.First, span.Last, len(quads), rows, max)
	}
	for _, d := range keys {
		for t := first; !t.After(last) && !first.IsZero(); t = opt.Period.Next(t) {
			for _, q := range quads {
				n, g := 0, 0.0
				if c := cells[cellKey{d, t.Unix(), q}]; c != nil {
					n, g = c.Count, c.GoldsteinSum
				}
				w.Write([]string{d.a, d.b, string(opt.Period), t.Format("2006-01-02"), strconv.Itoa(q), strconv.Itoa(n), formatFloat(g)})
				o.rows++
			}
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return nil, fmt.Errorf("export panel: %w", err)
	}
	return span, nil
}

// writeCodebook writes codebook.md describing the columns of the files
// written.
func writeCodebook(dir string, want map[Format]bool) error {
	var b strings.Builder
	b.WriteString("# Codebook\n\nGenerated by entente export. Codes are zero-padded strings; dates are ISO 8601.\n")
	table := func(title string, cols []Column) {
		fmt.Fprintf(&b, "\n## %s\n\n| # | column | type | description |\n|---|---|---|---|\n", title)
		for i, c := range cols {
			fmt.Fprintf(&b, "| %d | %s | %s | %s |\n", i+1, c.Name, c.Type, c.Description)
		}
	}
	if want[GDELT] {
		table("events.gdelt.tsv (GDELT 2.0 events: tab-separated, no header; only events told as done, claimed or announced: GDELT has no modality, so hypothetical, question and negated events are in the other formats only)", gdeltEventColumns)
		table("mentions.gdelt.tsv (GDELT 2.0 mentions: tab-separated, no header)", gdeltMentionColumns)
	}
	var names []string
	for _, f := range []Format{CSV, JSONL, Parquet} {
		if want[f] {
			names = append(names, map[Format]string{CSV: "events.csv", JSONL: "events.jsonl", Parquet: "events.parquet"}[f])
		}
	}
	if len(names) > 0 {
		table(strings.Join(names, ", ")+" (one row per deduplicated event; the first report's evidence)", Columns())
	}
	if want[Panel] {
		table("panel.csv (dyad x period x QuadClass, explicit zeros)", panelColumns)
	}
	if err := os.WriteFile(filepath.Join(dir, "codebook.md"), []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("export codebook: %w", err)
	}
	return nil
}
