// Package conllu reads and writes the CoNLL-U format of Universal Dependencies
// treebanks: one word per line with ten tab-separated fields, sentences
// separated by blank lines, comments starting with '#', multiword tokens on
// range lines ("3-4") and empty nodes on decimal lines ("5.1").
//
// The reader keeps the syntactic words of each sentence (the units that carry
// tags and heads), remembers multiword token lines so that they can be written
// back, and drops empty nodes. A malformed sentence is reported as an
// *entente.Error naming the input and line, and skipped.
package conllu

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"entente"
)

// Word is one syntactic word of a sentence.
type Word struct {
	// ID is the word's 1-based position in its sentence.
	ID    int
	Form  string
	Lemma string
	UPOS  string
	XPOS  string
	Feats string
	// Head is the ID of the head word, 0 for the root, -1 when unknown ("_").
	Head   int
	Deprel string
	Deps   string
	Misc   string
}

// MultiToken is a multiword token line: the surface token that spans words
// First to Last (IDs, inclusive), such as "don't" over "do" and "n't".
type MultiToken struct {
	First, Last int
	Form        string
	Misc        string
}

// Sentence is one sentence of a CoNLL-U file.
type Sentence struct {
	// Comments are the comment lines without the leading "# ".
	Comments []string
	Words    []Word
	Multi    []MultiToken
	// Line is the 1-based line of the sentence's first line in its input.
	Line int
}

// Text returns the sentence's "text = ..." comment, or "" when it has none.
func (s *Sentence) Text() string {
	for _, c := range s.Comments {
		if strings.HasPrefix(c, "text = ") {
			return c[len("text = "):]
		}
	}
	return ""
}

// ID returns the sentence's "sent_id = ..." comment, or "" when it has none.
func (s *Sentence) ID() string {
	for _, c := range s.Comments {
		if strings.HasPrefix(c, "sent_id = ") {
			return c[len("sent_id = "):]
		}
	}
	return ""
}

// Read reads all sentences from r. name identifies the input in errors.
// Malformed sentences are skipped and reported in the returned slice of
// errors (each an *entente.Error); the error result is set only when reading
// itself fails.
func Read(r io.Reader, name string) ([]Sentence, []error, error) {
	var (
		out   []Sentence
		bad   []error
		cur   Sentence
		badAt int // line of the first error in the current sentence, 0 when none
		badEr error
		line  int
	)
	flush := func() {
		if badAt > 0 {
			bad = append(bad, &entente.Error{Input: name, Line: badAt, Err: badEr})
		} else if len(cur.Words) > 0 {
			if err := check(&cur); err != nil {
				bad = append(bad, &entente.Error{Input: name, Line: cur.Line, Err: err})
			} else {
				out = append(out, cur)
			}
		}
		cur = Sentence{}
		badAt, badEr = 0, nil
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(s) == "" {
			flush()
			continue
		}
		if cur.Line == 0 {
			cur.Line = line
		}
		if badAt > 0 {
			continue
		}
		if strings.HasPrefix(s, "#") {
			cur.Comments = append(cur.Comments, strings.TrimSpace(strings.TrimPrefix(s, "#")))
			continue
		}
		if err := parseLine(&cur, s); err != nil {
			badAt, badEr = line, err
		}
	}
	flush()
	if err := sc.Err(); err != nil {
		return out, bad, fmt.Errorf("conllu: reading %s: %w", name, err)
	}
	return out, bad, nil
}

// ReadFile reads a CoNLL-U file, gzip-compressed when its name ends in ".gz".
func ReadFile(path string) ([]Sentence, []error, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("conllu: %w", err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		z, err := gzip.NewReader(f)
		if err != nil {
			return nil, nil, fmt.Errorf("conllu: %s: %w", path, err)
		}
		defer z.Close()
		r = z
	}
	return Read(r, path)
}

func parseLine(cur *Sentence, s string) error {
	f := strings.Split(s, "\t")
	if len(f) != 10 {
		return fmt.Errorf("want 10 tab-separated fields, have %d", len(f))
	}
	id := f[0]
	if strings.Contains(id, ".") {
		return nil // empty node of the enhanced graph: not a syntactic word
	}
	if i := strings.IndexByte(id, '-'); i >= 0 {
		a, err1 := strconv.Atoi(id[:i])
		b, err2 := strconv.Atoi(id[i+1:])
		if err1 != nil || err2 != nil || a < 1 || b < a {
			return fmt.Errorf("bad multiword token range %q", id)
		}
		cur.Multi = append(cur.Multi, MultiToken{First: a, Last: b, Form: f[1], Misc: f[9]})
		return nil
	}
	n, err := strconv.Atoi(id)
	if err != nil {
		return fmt.Errorf("bad word id %q", id)
	}
	if n != len(cur.Words)+1 {
		return fmt.Errorf("word id %d out of sequence (want %d)", n, len(cur.Words)+1)
	}
	head := -1
	if f[6] != "_" {
		head, err = strconv.Atoi(f[6])
		if err != nil || head < 0 {
			return fmt.Errorf("bad head %q", f[6])
		}
	}
	cur.Words = append(cur.Words, Word{
		ID: n, Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Feats: f[5],
		Head: head, Deprel: f[7], Deps: f[8], Misc: f[9],
	})
	return nil
}

func check(s *Sentence) error {
	n := len(s.Words)
	for _, w := range s.Words {
		if w.Head > n {
			return fmt.Errorf("word %d: head %d beyond the sentence's %d words", w.ID, w.Head, n)
		}
	}
	for _, m := range s.Multi {
		if m.Last > n {
			return errors.New("multiword token range beyond the sentence's words")
		}
	}
	return nil
}

// Write writes sentences in CoNLL-U. Empty fields are written as "_"; a head
// of -1 is written as "_".
func Write(w io.Writer, sents []Sentence) error {
	bw := bufio.NewWriter(w)
	for i := range sents {
		writeSentence(bw, &sents[i])
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("conllu: writing: %w", err)
	}
	return nil
}

func field(s string) string {
	if s == "" {
		return "_"
	}
	return s
}

func writeSentence(bw *bufio.Writer, s *Sentence) {
	for _, c := range s.Comments {
		bw.WriteString("# ")
		bw.WriteString(c)
		bw.WriteByte('\n')
	}
	mi := 0
	for _, w := range s.Words {
		for mi < len(s.Multi) && s.Multi[mi].First == w.ID {
			m := s.Multi[mi]
			fmt.Fprintf(bw, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n", m.First, m.Last, field(m.Form), field(m.Misc))
			mi++
		}
		head := "_"
		if w.Head >= 0 {
			head = strconv.Itoa(w.Head)
		}
		fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", w.ID, field(w.Form), field(w.Lemma),
			field(w.UPOS), field(w.XPOS), field(w.Feats), head, field(w.Deprel), field(w.Deps), field(w.Misc))
	}
	bw.WriteByte('\n')
}

// MiscValue returns the value of key in a MISC field ("SpaceAfter=No|TokenRange=3:7"),
// and whether it was present.
func MiscValue(misc, key string) (string, bool) {
	for misc != "" {
		var item string
		item, misc, _ = strings.Cut(misc, "|")
		if k, v, ok := strings.Cut(item, "="); ok && k == key {
			return v, true
		}
	}
	return "", false
}
