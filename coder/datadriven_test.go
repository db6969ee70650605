package coder

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"entente"
	"entente/coder/verbs"
)

var update = flag.Bool("update", false, "rewrite the expected output of coder/testdata/*.txt")

// The data-driven test files (testdata/*.txt) are scripts of commands, each a
// command line, its input lines, "----", and the expected output lines,
// ended by a blank line:
//
//	dict [default]      the verb dictionary (input: its text; "default": the
//	                    embedded one, plus any input lines)
//	actors              actor phrases: "PHRASE WORDS CODE" per line, with
//	                    " coref" after the code for a resolved pronoun,
//	                    " metonym" for a capital standing for its state
//	code                a parsed sentence, one token per blank-separated
//	                    field: FORM/UPOS/HEAD/REL[/LEMMA], HEAD 1-based and 0
//	                    for the root (as in CoNLL-U); output: one line per
//	                    event, "SOURCE CODE TARGET" (target "-" when none),
//	                    followed by " negated" when negated, sorted
//	article             parsed sentences as for code, one a line, coded
//	                    together as one article (events may take a target
//	                    from an earlier sentence); output as for code
//	wordorder           plain words separated by blanks, coded without a
//	                    parse by TABARI's word-order rules (CodeWordOrder);
//	                    output as for code, plus "special ###" or
//	                    "special +++" for discarded or complex sentences
//
// Cases that do not need a command's output put nothing after "----".
// Run with -update to rewrite the expected output from what the coder does.

type ddCase struct {
	cmd, arg string
	input    []string
	expected []string
	line     int
	// line numbers in the file of the "----" and of the end of the case
	sepLine, endLine int
}

func readCases(t *testing.T, path string) ([]ddCase, []string) {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	var cases []ddCase
	for i := 0; i < len(lines); {
		l := strings.TrimSpace(lines[i])
		if l == "" || strings.HasPrefix(l, "#") {
			i++
			continue
		}
		f := strings.Fields(l)
		c := ddCase{cmd: f[0], arg: strings.Join(f[1:], " "), line: i + 1}
		i++
		for i < len(lines) && strings.TrimSpace(lines[i]) != "----" {
			c.input = append(c.input, lines[i])
			i++
		}
		if i >= len(lines) {
			t.Fatalf("%s:%d: no ----", path, c.line)
		}
		c.sepLine = i
		i++
		for i < len(lines) && strings.TrimSpace(lines[i]) != "" {
			c.expected = append(c.expected, lines[i])
			i++
		}
		c.endLine = i
		cases = append(cases, c)
	}
	return cases, lines
}

type testActor struct {
	words []string
	code  string
	kind  entente.MentionKind
}

// matchActors finds the test actors in the tokens, longest phrase first.
func matchActors(toks []entente.Token, actors []testActor, sent int) []entente.Mention {
	sorted := append([]testActor(nil), actors...)
	sort.SliceStable(sorted, func(i, j int) bool { return len(sorted[i].words) > len(sorted[j].words) })
	used := make([]bool, len(toks))
	var ms []entente.Mention
	for i := 0; i < len(toks); i++ {
		for _, a := range sorted {
			if i+len(a.words) > len(toks) {
				continue
			}
			ok := true
			for k, w := range a.words {
				if used[i+k] || !strings.EqualFold(toks[i+k].Form, w) {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			for k := range a.words {
				used[i+k] = true
			}
			ms = append(ms, entente.Mention{Sentence: sent, Tokens: [2]int{i, i + len(a.words)},
				Span: toks[i].Span.Cover(toks[i+len(a.words)-1].Span), Code: a.code, Kind: a.kind,
				Entries: []entente.EntryRef{{File: "test.actors", Line: 1, Text: strings.Join(a.words, " ")}}})
			i += len(a.words) - 1
			break
		}
	}
	return ms
}

// parseTokens reads the FORM/UPOS/HEAD/REL[/LEMMA] notation into an article
// text and its tokens.
func parseTokens(line string) (string, []entente.Token, error) {
	var b strings.Builder
	var toks []entente.Token
	for _, f := range strings.Fields(line) {
		parts := strings.Split(f, "/")
		if len(parts) < 4 {
			return "", nil, fmt.Errorf("token %q: want FORM/UPOS/HEAD/REL[/LEMMA]", f)
		}
		head, err := strconv.Atoi(parts[2])
		if err != nil {
			return "", nil, fmt.Errorf("token %q: %w", f, err)
		}
		// "~FORM" joins the token to the one before it with no space
		// ("strike ~- ~hit" is "strike-hit")
		joined := strings.HasPrefix(parts[0], "~") && len(parts[0]) > 1
		if joined {
			parts[0] = parts[0][1:]
		}
		if b.Len() > 0 && !joined {
			b.WriteByte(' ')
		}
		if joined && len(toks) > 0 {
			toks[len(toks)-1].SpaceAfter = false
		}
		start := b.Len()
		b.WriteString(parts[0])
		lemma := strings.ToLower(parts[0])
		if len(parts) > 4 {
			lemma = parts[4]
		}
		toks = append(toks, entente.Token{Span: entente.Span{Start: start, End: b.Len()}, Form: parts[0],
			UPOS: parts[1], Head: head - 1, Rel: parts[3], Lemma: lemma, SpaceAfter: true})
	}
	return b.String(), toks, nil
}

func formatEvents(evs []entente.Event) []string {
	var out []string
	for _, e := range evs {
		tgt := e.Target
		if tgt == "" {
			tgt = "-"
		}
		s := e.Source + " " + e.Code + " " + tgt
		if e.Modality == entente.Negated {
			s += " negated"
		}
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

func TestDataDriven(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test files: %v", err)
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) { runFile(t, path) })
	}
}

func runFile(t *testing.T, path string) {
	cases, lines := readCases(t, path)
	var dict *verbs.Dictionary
	var actors []testActor
	rewrites := map[int][]string{} // case index -> new expected
	for ci, c := range cases {
		var got []string
		switch c.cmd {
		case "dict":
			if c.arg == "default" {
				d, err := verbs.Default()
				if err != nil {
					t.Fatal(err)
				}
				dict = d
				if len(c.input) > 0 {
					// the default dictionary is shared: extend a fresh copy
					dict = verbs.New()
					for _, name := range verbs.DefaultFiles {
						f, err := os.Open(filepath.Join("verbs", "data", name))
						if err != nil {
							t.Fatal(err)
						}
						dict.Read(f, name)
						f.Close()
					}
				}
			} else {
				dict = verbs.New()
			}
			if len(c.input) > 0 {
				for _, err := range dict.Read(strings.NewReader(strings.Join(c.input, "\n")), fmt.Sprintf("%s:%d", filepath.Base(path), c.line)) {
					got = append(got, "error: "+err.Error())
				}
			}
		case "actors":
			actors = nil
			for _, l := range c.input {
				f := strings.Fields(l)
				if len(f) < 2 {
					t.Fatalf("%s:%d: bad actor line %q", path, c.line, l)
				}
				kind := entente.MentionActor
				if len(f) > 2 && f[len(f)-1] == "coref" {
					kind, f = entente.MentionCoref, f[:len(f)-1]
				} else if len(f) > 2 && f[len(f)-1] == "metonym" {
					kind, f = entente.MentionMetonym, f[:len(f)-1]
				}
				actors = append(actors, testActor{words: f[:len(f)-1], code: f[len(f)-1], kind: kind})
			}
		case "code":
			if dict == nil {
				t.Fatalf("%s:%d: code before dict", path, c.line)
			}
			for _, l := range c.input {
				text, toks, err := parseTokens(l)
				if err != nil {
					t.Fatalf("%s:%d: %v", path, c.line, err)
				}
				a := &entente.Article{ID: "t", Text: text}
				s := entente.Sentence{Span: entente.Span{Start: 0, End: len(text)}, Tokens: toks}
				ms := matchActors(toks, actors, 0)
				evs := New(dict, nil, Options{}).Code(a, []entente.Sentence{s}, ms)
				for _, e := range evs {
					checkEvent(t, path, c.line, a, e)
				}
				got = append(got, formatEvents(evs)...)
			}
		case "article":
			// the input lines are the parsed sentences of one article,
			// coded together (events may refer back across sentences)
			if dict == nil {
				t.Fatalf("%s:%d: article before dict", path, c.line)
			}
			var text strings.Builder
			var sents []entente.Sentence
			var ms []entente.Mention
			for si, l := range c.input {
				st, toks, err := parseTokens(l)
				if err != nil {
					t.Fatalf("%s:%d: %v", path, c.line, err)
				}
				if text.Len() > 0 {
					text.WriteByte(' ')
				}
				off := text.Len()
				text.WriteString(st)
				for i := range toks {
					toks[i].Span.Start += off
					toks[i].Span.End += off
				}
				sents = append(sents, entente.Sentence{Index: si, Span: entente.Span{Start: off, End: text.Len()}, Tokens: toks})
				ms = append(ms, matchActors(toks, actors, si)...)
			}
			a := &entente.Article{ID: "t", Text: text.String()}
			evs := New(dict, nil, Options{}).Code(a, sents, ms)
			for _, e := range evs {
				checkEvent(t, path, c.line, a, e)
			}
			got = append(got, formatEvents(evs)...)
		case "wordorder":
			// plain words, coded by TABARI's word-order rules
			if dict == nil {
				t.Fatalf("%s:%d: wordorder before dict", path, c.line)
			}
			for _, l := range c.input {
				var fields []string
				for _, w := range strings.Fields(l) {
					fields = append(fields, w+"/X/0/dep")
				}
				text, toks, err := parseTokens(strings.Join(fields, " "))
				if err != nil {
					t.Fatalf("%s:%d: %v", path, c.line, err)
				}
				for i := range toks {
					toks[i].UPOS, toks[i].Rel, toks[i].Head, toks[i].Lemma = "", "", 0, ""
				}
				a := &entente.Article{ID: "t", Text: text}
				s := entente.Sentence{Span: entente.Span{Start: 0, End: len(text)}, Tokens: toks}
				ms := matchActors(toks, actors, 0)
				evs, special := New(dict, nil, Options{RequireTarget: true}).CodeWordOrder(a, &s, ms)
				for _, e := range evs {
					checkEvent(t, path, c.line, a, e)
				}
				got = append(got, formatEvents(evs)...)
				if special != "" {
					got = append(got, "special "+special)
				}
			}
		default:
			t.Fatalf("%s:%d: unknown command %q", path, c.line, c.cmd)
		}
		if *update {
			rewrites[ci] = got
			continue
		}
		if strings.Join(got, "\n") != strings.Join(c.expected, "\n") {
			t.Errorf("%s:%d: %s %s\n%s\ngot:\n%s\nwant:\n%s", path, c.line, c.cmd, c.arg,
				strings.Join(c.input, "\n"), strings.Join(got, "\n"), strings.Join(c.expected, "\n"))
		}
	}
	if *update {
		var out []string
		prev := 0
		for ci, c := range cases {
			out = append(out, lines[prev:c.sepLine+1]...)
			out = append(out, rewrites[ci]...)
			prev = c.endLine
		}
		out = append(out, lines[prev:]...)
		if err := os.WriteFile(path, []byte(strings.Join(out, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// checkEvent asserts the invariants every event keeps.
func checkEvent(t *testing.T, path string, line int, a *entente.Article, e entente.Event) {
	t.Helper()
	n := len(a.Text)
	if !e.SourceSpan.Valid(n) || !e.VerbSpan.Valid(n) || e.Target != "" && !e.TargetSpan.Valid(n) {
		t.Errorf("%s:%d: span out of bounds in %+v", path, line, e)
	}
	if e.Root != e.Code[:min(2, len(e.Code))] || e.Source == "" || len(e.Matched) == 0 {
		t.Errorf("%s:%d: malformed event %+v", path, line, e)
	}
	if e.Modality != entente.Asserted && e.Modality != entente.Negated {
		t.Errorf("%s:%d: modality %q", path, line, e.Modality)
	}
}
