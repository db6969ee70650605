// Package ingest reads news articles from files, directories, gzip streams and
// standard input, in plain text, HTML, RSS/Atom and JSON lines, and turns each
// into an entente.Article: a stable ID, source, publisher, URL, title,
// language, publication date with where it came from, the main text and the
// byte spans of its paragraphs.
//
// Reading streams: each article is handed to a callback as soon as it is read,
// so a corpus of any size is read in constant memory (one record at a time).
// A bad record (an empty or binary file, invalid UTF-8, a malformed JSON line
// or feed, a truncated gzip stream, a record too large) is reported as an
// *entente.Error naming the input and line, counted, and skipped; reading goes
// on with the next record.
//
//	inputs ──> path / dir walk / "-" ──> gzip? ──> format (extension, sniffing)
//	           ──> text | html | feed | jsonl reader ──> Options.finish ──> emit
package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"entente"
)

// Format names an input format.
type Format string

// The input formats. FormatAuto chooses by file extension and, failing that,
// by sniffing the content.
const (
	FormatAuto  Format = ""
	FormatText  Format = "text"
	FormatHTML  Format = "html"
	FormatFeed  Format = "feed"
	FormatJSONL Format = "jsonl"
)

// DefaultMaxRecordBytes is the largest record (a file, a feed, a JSON line)
// read when Options.MaxRecordBytes is zero. A larger record is reported and
// skipped without being held in memory.
const DefaultMaxRecordBytes = 32 << 20

// DefaultMaxErrors is how many problems Stats.Errors keeps when
// Options.MaxErrors is zero; later ones are only counted.
const DefaultMaxErrors = 100

// DefaultExtensions are the file extensions read when walking a directory
// and Options.Extensions is empty. Each may also be followed by ".gz".
var DefaultExtensions = []string{".txt", ".text", ".html", ".htm", ".xhtml", ".rss", ".atom", ".xml", ".jsonl", ".ndjson"}

// Fields names the fields of a JSON lines record. An empty name takes the
// default shown in DefaultFields.
type Fields struct {
	ID, URL, Title, Date, Text, Publisher, Language string
	// Dateline holds a dateline ("CLEVELAND, Feb 26 -") that is put at the
	// head of the text when the text does not already start with it.
	Dateline string
}

// DefaultFields returns the field names of the JSON lines reader: id, url,
// title, date, text, publisher, language and dateline.
func DefaultFields() Fields {
	return Fields{ID: "id", URL: "url", Title: "title", Date: "date", Text: "text",
		Publisher: "publisher", Language: "language", Dateline: "dateline"}
}

// Options controls reading. The zero value reads every format with default
// settings.
type Options struct {
	// Date, URL, Title, Publisher and Language supply what an input lacks;
	// they never override what the input says. Language defaults to "en".
	Date                            time.Time
	URL, Title, Publisher, Language string
	// Format forces a format for every input; FormatAuto detects it.
	Format Format
	// Fields names the JSON lines fields.
	Fields Fields
	// Extensions are the extensions read when walking a directory
	// (DefaultExtensions when empty).
	Extensions []string
	// MaxRecordBytes bounds a record (DefaultMaxRecordBytes when zero).
	MaxRecordBytes int
	// MaxErrors bounds Stats.Errors (DefaultMaxErrors when zero; negative
	// keeps none).
	MaxErrors int
	// OnError, when set, is called with every problem as it is found.
	OnError func(*entente.Error)
	// Stdin is read for the input "-" (os.Stdin when nil).
	Stdin io.Reader
}

// Stats counts what a Read did.
type Stats struct {
	Inputs   int   // files and streams opened
	Articles int   // articles handed to emit
	Skipped  int   // records or inputs skipped because of an error
	Warnings int   // problems that did not cost a record (e.g. an unreadable date)
	Bytes    int64 // bytes read from files and streams (compressed size for gzip)
	// Errors are the first problems found, up to Options.MaxErrors.
	Errors []*entente.Error
}

// Add adds the counts and errors of t to s.
func (s *Stats) Add(t Stats) {
	s.Inputs += t.Inputs
	s.Articles += t.Articles
	s.Skipped += t.Skipped
	s.Warnings += t.Warnings
	s.Bytes += t.Bytes
	s.Errors = append(s.Errors, t.Errors...)
}

// Read reads every input in order and calls emit with each article. An input
// is a file, a directory (walked recursively for files with the chosen
// extensions, hidden entries skipped) or "-" for standard input; gzip
// compression is detected and undone. Problems with inputs and records are
// reported through Options.OnError and Stats and do not stop reading. Read
// returns an error only when ctx is done or emit fails; emit's error is
// returned wrapped.
func Read(ctx context.Context, inputs []string, opts Options, emit func(*entente.Article) error) (Stats, error) {
	r := newRun(ctx, opts, emit)
	for _, in := range inputs {
		if err := r.input(in); err != nil {
			return *r.st, err
		}
	}
	return *r.st, nil
}

// ReadFrom reads the articles of one stream, named name in sources and
// problems, as Read does for a file of that name.
func ReadFrom(ctx context.Context, name string, rd io.Reader, opts Options, emit func(*entente.Article) error) (Stats, error) {
	r := newRun(ctx, opts, emit)
	err := r.stream(name, rd, name)
	return *r.st, err
}

// run is the state of one Read.
type run struct {
	ctx  context.Context
	opts Options
	emit func(*entente.Article) error
	st   *Stats
}

// fatal marks an error that stops reading (emit failed, context done).
type fatal struct{ err error }

func (f fatal) Error() string { return f.err.Error() }
func (f fatal) Unwrap() error { return f.err }

func newRun(ctx context.Context, opts Options, emit func(*entente.Article) error) *run {
	if opts.MaxRecordBytes <= 0 {
		opts.MaxRecordBytes = DefaultMaxRecordBytes
	}
	if opts.MaxErrors == 0 {
		opts.MaxErrors = DefaultMaxErrors
	}
	def := DefaultFields()
	f := &opts.Fields
	for _, p := range []struct {
		field *string
		def   string
	}{
		{&f.ID, def.ID}, {&f.URL, def.URL}, {&f.Title, def.Title}, {&f.Date, def.Date},
		{&f.Text, def.Text}, {&f.Publisher, def.Publisher}, {&f.Language, def.Language},
		{&f.Dateline, def.Dateline},
	} {
		if *p.field == "" {
			*p.field = p.def
		}
	}
	if len(opts.Extensions) == 0 {
		opts.Extensions = DefaultExtensions
	}
	if opts.Stdin == nil {
		opts.Stdin = os.Stdin
	}
	return &run{ctx: ctx, opts: opts, emit: emit, st: &Stats{}}
}

// problem records a problem with a record; skipped says whether the record
// was lost.
func (r *run) problem(input string, line int, err error, skipped bool) {
	e := &entente.Error{Input: input, Line: line, Err: err}
	if skipped {
		r.st.Skipped++
	} else {
		r.st.Warnings++
	}
	if r.opts.MaxErrors > 0 && len(r.st.Errors) < r.opts.MaxErrors {
		r.st.Errors = append(r.st.Errors, e)
	}
	if r.opts.OnError != nil {
		r.opts.OnError(e)
	}
}

// article completes a and hands it to emit, or reports why it cannot.
func (r *run) article(a *entente.Article, input string, line int) error {
	if err := r.ctx.Err(); err != nil {
		return fatal{fmt.Errorf("ingest: %s: %w", input, err)}
	}
	if err := r.opts.finish(a); err != nil {
		r.problem(input, line, err, true)
		return nil
	}
	r.st.Articles++
	if err := r.emit(a); err != nil {
		return fatal{fmt.Errorf("ingest: %s: %w", a.Source, err)}
	}
	return nil
}

// input reads one path, directory or "-".
func (r *run) input(path string) error {
	if err := r.ctx.Err(); err != nil {
		return fmt.Errorf("ingest: %s: %w", path, err)
	}
	if path == "-" {
		return unfatal(r.stream("-", r.opts.Stdin, ""))
	}
	st, err := os.Stat(path)
	if err != nil {
		r.problem(path, 0, unwrapPath(err), true)
		return nil
	}
	if !st.IsDir() {
		return unfatal(r.file(path))
	}
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			r.problem(p, 0, unwrapPath(err), true)
			return nil
		}
		if p != path && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !r.wanted(p) {
			return nil
		}
		return r.file(p)
	})
	return unfatal(err)
}

// unfatal turns a fatal marker back into the error it carries.
func unfatal(err error) error {
	var f fatal
	if errors.As(err, &f) {
		return f.err
	}
	return err
}

// unwrapPath drops the path from an *fs.PathError, which entente.Error names already.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

// wanted reports whether a file found in a directory has one of the chosen
// extensions, possibly followed by ".gz".
func (r *run) wanted(p string) bool {
	name := strings.ToLower(p)
	name = strings.TrimSuffix(name, ".gz")
	ext := filepath.Ext(name)
	for _, e := range r.opts.Extensions {
		e = strings.ToLower(e)
		if !strings.HasPrefix(e, ".") {
			e = "." + e
		}
		if ext == e {
			return true
		}
	}
	return false
}

func (r *run) file(path string) error {
	f, err := os.Open(path)
	if err != nil {
		r.problem(path, 0, unwrapPath(err), true)
		return nil
	}
	defer f.Close()
	return r.stream(path, f, path)
}

// countingReader adds the bytes read to a counter.
type countingReader struct {
	r io.Reader
	n *int64
}

func (c countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	*c.n += int64(n)
	return n, err
}

// stream reads one input: it undoes gzip, detects the format and runs its
// reader. extName is the name whose extension tells the format ("" for none).
func (r *run) stream(name string, rd io.Reader, extName string) error {
	r.st.Inputs++
	return r.decoded(name, bufio.NewReaderSize(countingReader{rd, &r.st.Bytes}, 64<<10), extName, 0)
}

func (r *run) decoded(name string, br *bufio.Reader, extName string, depth int) error {
	head, err := br.Peek(4096)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		r.problem(name, 0, fmt.Errorf("read: %w", err), true)
		return nil
	}
	if len(head) == 0 {
		r.problem(name, 0, errors.New("empty input"), true)
		return nil
	}
	if len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b {
		if depth > 2 {
			r.problem(name, 0, errors.New("gzip nested too deeply"), true)
			return nil
		}
		zr, err := gzip.NewReader(br)
		if err != nil {
			r.problem(name, 0, fmt.Errorf("gzip: %w", err), true)
			return nil
		}
		defer zr.Close()
		inner := extName
		if strings.HasSuffix(strings.ToLower(inner), ".gz") {
			inner = inner[:len(inner)-3]
		} else {
			inner = ""
		}
		return r.decoded(name, bufio.NewReaderSize(zr, 64<<10), inner, depth+1)
	}
	if looksBinary(head) {
		r.problem(name, 0, errors.New("binary content, not text"), true)
		return nil
	}
	format := r.opts.Format
	if format == FormatAuto {
		format = byExtension(extName)
	}
	if format == FormatAuto {
		format = Sniff(head)
	}
	switch format {
	case FormatJSONL:
		return r.readJSONL(name, br)
	case FormatHTML, FormatFeed, FormatText:
		data := r.readAll(name, br)
		if data == nil {
			return nil
		}
		switch format {
		case FormatHTML:
			return r.readHTML(name, data)
		case FormatFeed:
			return r.readFeed(name, data)
		default:
			return r.readText(name, data)
		}
	default:
		r.problem(name, 0, fmt.Errorf("unknown format %q", format), true)
		return nil
	}
}

// readAll reads a whole-file record, bounded by MaxRecordBytes. It returns
// nil when the input was reported and skipped.
func (r *run) readAll(name string, br *bufio.Reader) []byte {
	max := r.opts.MaxRecordBytes
	data, err := io.ReadAll(io.LimitReader(br, int64(max)+1))
	if err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) {
			err = fmt.Errorf("truncated input (%w)", err)
		}
		r.problem(name, 0, fmt.Errorf("read: %w", err), true)
		return nil
	}
	if len(data) > max {
		r.problem(name, 0, fmt.Errorf("input larger than the %d-byte record limit", max), true)
		return nil
	}
	if looksBinary(data) {
		r.problem(name, 0, errors.New("binary content, not text"), true)
		return nil
	}
	return data
}

// byExtension tells the format from a file name, or FormatAuto.
func byExtension(name string) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text", ".md":
		return FormatText
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	case ".rss", ".atom":
		return FormatFeed
	case ".jsonl", ".ndjson", ".json":
		return FormatJSONL
	}
	return FormatAuto
}

// Sniff tells the format of an input from its first bytes: a JSON object
// starts JSON lines; "<rss", "<feed" or "<rdf:RDF" near the start of an XML
// document make a feed; other markup is HTML; anything else is plain text.
func Sniff(head []byte) Format {
	head = bytes.TrimPrefix(head, []byte("\xEF\xBB\xBF"))
	head = bytes.TrimLeft(head, " \t\r\n")
	if len(head) == 0 {
		return FormatText
	}
	switch head[0] {
	case '{':
		return FormatJSONL
	case '<':
	default:
		return FormatText
	}
	low := bytes.ToLower(head[:min(len(head), 2048)])
	feed := bytes.Contains(low, []byte("<rss")) || bytes.Contains(low, []byte("<feed")) || bytes.Contains(low, []byte("<rdf:rdf"))
	htmlish := bytes.Contains(low, []byte("<html")) || bytes.Contains(low, []byte("<!doctype html")) ||
		bytes.Contains(low, []byte("<head")) || bytes.Contains(low, []byte("<body"))
	if feed && (!htmlish || bytes.HasPrefix(low, []byte("<?xml"))) {
		return FormatFeed
	}
	return FormatHTML
}

// looksBinary reports whether b holds something other than text: a NUL
// byte, or more than a tenth of control characters or invalid UTF-8.
func looksBinary(b []byte) bool {
	if len(b) > 64<<10 {
		b = b[:64<<10]
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return true
	}
	bad := 0
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F {
				bad++
			}
			i++
			continue
		}
		rn, n := utf8.DecodeRune(b[i:])
		if rn == utf8.RuneError && n == 1 && len(b)-i >= utf8.UTFMax {
			bad++
		}
		i += n
	}
	return bad*10 > len(b)
}
