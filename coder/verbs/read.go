package verbs

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"unicode"

	"entente"
)

// ReadFile adds the verb dictionary at path to d; see Read.
func (d *Dictionary) ReadFile(path string) []error {
	f, err := os.Open(path)
	if err != nil {
		return []error{fmt.Errorf("verbs: %w", err)}
	}
	defer f.Close()
	return d.Read(f, path)
}

// Read adds the verb dictionary read from r to d. name identifies the input in
// entry references and errors. It returns the problems found, each an
// *entente.Error naming the input and line; a malformed line is skipped and
// reading goes on. A read failure ends reading and is returned last.
func (d *Dictionary) Read(r io.Reader, name string) []error {
	rd := &reader{d: d, name: name}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for sc.Scan() {
		rd.line++
		raw := sc.Text()
		if rd.line == 1 {
			raw = strings.TrimPrefix(raw, "\ufeff") // byte-order mark
		}
		if strings.HasPrefix(strings.TrimSpace(raw), "~~") { // TABARI end-of-file mark
			break
		}
		rd.do(raw)
	}
	if err := sc.Err(); err != nil {
		rd.errs = append(rd.errs, &entente.Error{Input: name, Line: rd.line, Err: err})
	}
	for _, b := range rd.blocks {
		sort.SliceStable(b.Patterns, func(i, j int) bool { return b.Patterns[i].Length > b.Patterns[j].Length })
	}
	d.compile()
	return rd.errs
}

type reader struct {
	d           *Dictionary
	name        string
	line        int
	errs        []error
	inComment   bool
	section     string // upper-case name of the current <SECTION>, "" outside
	synset      string // synset being defined
	synsetExact bool   // its name ended with '_'
	block       *Block
	lastVerb    *Verb
	afterPat    bool // the last line read was a pattern
	headed      bool // the current block began with a "---" header
	blocks      []*Block
	timeShift   *TimeShift
}

func (rd *reader) errorf(format string, args ...any) {
	rd.errs = append(rd.errs, &entente.Error{Input: rd.name, Line: rd.line, Err: fmt.Errorf(format, args...)})
}

func (rd *reader) ref(text string) entente.EntryRef {
	return entente.EntryRef{File: rd.name, Line: rd.line, Text: strings.TrimSpace(text)}
}

// stripComments removes <!-- --> comments (across lines too) and '#' or ';'
// comments outside code brackets.
func (rd *reader) stripComments(s string) string {
	var b strings.Builder
	for len(s) > 0 {
		if rd.inComment {
			i := strings.Index(s, "-->")
			if i < 0 {
				return b.String()
			}
			s = s[i+3:]
			rd.inComment = false
			continue
		}
		i := strings.Index(s, "<!--")
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		s = s[i+4:]
		rd.inComment = true
	}
	s = b.String()
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[':
			depth++
		case ']':
			if depth > 0 {
				depth--
			}
		case '#', ';':
			if depth == 0 {
				return s[:i]
			}
		}
	}
	return s
}

func (rd *reader) do(raw string) {
	s := strings.TrimSpace(rd.stripComments(raw))
	if s == "" {
		return
	}
	if s[0] == '<' && s[len(s)-1] == '>' && !strings.ContainsAny(s, " []") {
		tag := strings.ToUpper(strings.Trim(s, "<>"))
		if strings.HasPrefix(tag, "/") {
			rd.section = ""
		} else {
			rd.section = tag
		}
		rd.synset, rd.block, rd.lastVerb, rd.afterPat, rd.timeShift = "", nil, nil, false, nil
		return
	}
	switch {
	case s[0] == '&':
		rd.startSynset(s)
	case s[0] == '+' && rd.synset != "":
		rd.synsetMember(s)
	case s[0] == '~':
		rd.synset = ""
		rd.d.Transforms = append(rd.d.Transforms, Transform{Text: strings.TrimSpace(s[1:]), Ref: rd.ref(raw)})
	case strings.HasPrefix(s, "---"):
		rd.synset = ""
		rd.header(s, raw)
	case s[0] == '-':
		rd.synset = ""
		rd.pattern(s[1:], raw)
	case s[0] == '{' && rd.lastVerb != nil && !rd.afterPat:
		rd.irregular(s)
	default:
		rd.synset = ""
		rd.entry(s, raw)
	}
}

func (rd *reader) startSynset(s string) {
	name := strings.ToUpper(strings.Fields(s)[0])
	if len(name) < 2 || strings.ContainsAny(name[1:], "&[]{}") {
		rd.errorf("malformed synset name %q", s)
		rd.synset = ""
		return
	}
	// "&AUXVERB1_": the trailing '_' only turns plurals off; patterns
	// write the name without it.
	if strings.HasSuffix(name, "_") {
		name = strings.TrimRight(name, "_")
		rd.synsetExact = true
	} else {
		rd.synsetExact = false
	}
	rd.synset = name
	rd.block, rd.lastVerb, rd.afterPat = nil, nil, false
	if _, ok := rd.d.Synsets[name]; !ok {
		rd.d.Synsets[name] = nil
	}
}

// splitWords splits a phrase on blanks and underscores, upper-cased.
func splitWords(s string) []string {
	return strings.FieldsFunc(strings.ToUpper(s), func(r rune) bool { return r == '_' || unicode.IsSpace(r) })
}

func (rd *reader) synsetMember(s string) {
	s = strings.TrimSpace(s[1:])
	exact := strings.HasSuffix(s, "_") || rd.synsetExact
	words := splitWords(s)
	if len(words) == 0 {
		rd.errorf("empty synset member")
		return
	}
	// A member may use a synset defined earlier: expand it.
	phrases := [][]string{nil}
	for _, w := range words {
		if w[0] != '&' {
			for i := range phrases {
				phrases[i] = append(phrases[i], w)
			}
			continue
		}
		w = strings.TrimRight(w, "_")
		sub, ok := rd.d.Synsets[w]
		if !ok || w == rd.synset {
			rd.errorf("synset %s used in %s before it is defined", w, rd.synset)
			return
		}
		var next [][]string
		for _, p := range phrases {
			for _, q := range sub {
				next = append(next, append(append([]string(nil), p...), q.Words...))
			}
		}
		phrases = next
	}
	var gaps []bool
	if len(phrases) == 1 && len(phrases[0]) == len(words) {
		fields := strings.Fields(s)
		for _, f := range fields {
			n := len(splitWords(f))
			for k := 1; k < n; k++ {
				gaps = append(gaps, false)
			}
			if n > 0 {
				gaps = append(gaps, true)
			}
		}
		if len(gaps) > 0 {
			gaps = gaps[:len(gaps)-1]
		}
		if len(gaps) != len(words)-1 {
			gaps = nil
		}
	}
	for _, p := range phrases {
		rd.d.Synsets[rd.synset] = append(rd.d.Synsets[rd.synset], Phrase{Words: p, Exact: exact, Gap: gaps})
	}
}

// codeIn extracts the last [...] of s and returns s without it.
func codeIn(s string) (rest string, code string, ok bool) {
	i := strings.LastIndexByte(s, '[')
	if i < 0 {
		return s, "", false
	}
	j := strings.IndexByte(s[i:], ']')
	if j < 0 {
		return s, "", false
	}
	return s[:i] + s[i+j+1:], s[i+1 : i+j], true
}

func (rd *reader) header(s, raw string) {
	body := strings.Trim(s, "- \t")
	rest, c, ok := codeIn(body)
	code := Code{Source: Null}
	if ok {
		var err error
		if code, err = ParseCode(c); err != nil {
			rd.errorf("block header: %v", err)
			code = Code{Source: Null}
		}
	}
	name := strings.Join(strings.Fields(strings.Trim(rest, "- \t")), " ")
	rd.newBlock(name, code, raw)
	rd.headed = true
}

func (rd *reader) newBlock(name string, code Code, raw string) {
	b := &Block{Name: name, Code: code, Ref: rd.ref(raw), Seq: len(rd.d.Blocks) + 1}
	rd.block, rd.lastVerb, rd.afterPat, rd.headed = b, nil, false, false
	rd.blocks = append(rd.blocks, b)
	rd.d.Blocks = append(rd.d.Blocks, b)
}

// entry reads a verb (or noun, adjective, time phrase) line.
func (rd *reader) entry(s, raw string) {
	rest, c, hasCode := codeIn(s)
	var code Code
	if hasCode {
		var err error
		if code, err = ParseCode(c); err != nil {
			rd.errorf("%v", err)
			return
		}
	}
	var irregular string
	if i := strings.IndexByte(rest, '{'); i >= 0 {
		j := strings.IndexByte(rest[i:], '}')
		if j < 0 {
			rd.errorf("unclosed { in %q", s)
			return
		}
		irregular = rest[i+1 : i+j]
		rest = rest[:i] + rest[i+j+1:]
	}
	rest = strings.TrimSpace(rest)
	if rest == "" || strings.ContainsAny(rest, "[]{}*$%^&") {
		rd.errorf("malformed entry %q", s)
		return
	}
	switch rd.section {
	case "TIME":
		ts := &TimeShift{Phrase: strings.Join(splitWords(rest), " "), Ref: rd.ref(raw)}
		if hasCode {
			ts.Code = c
		}
		rd.d.Time = append(rd.d.Time, ts)
		rd.timeShift, rd.afterPat = ts, false
		return
	case "NOUNS", "ADJECTIVES", "NOUN", "ADJECTIVE":
		if !hasCode {
			for _, w := range splitWords(rest) {
				if strings.HasPrefix(rd.section, "NOUN") {
					rd.d.Nouns[w] = true
				} else {
					rd.d.Adjectives[w] = true
				}
			}
			rd.block, rd.lastVerb = nil, nil
			return
		}
	case "", "VERBS":
	default:
		return // sections entente does not use
	}
	// In TABARI files a verb after patterns (or with no block at all)
	// starts a block of its own.
	if rd.block == nil || rd.afterPat || !rd.headed {
		rd.newBlock(strings.Join(splitWords(strings.ReplaceAll(rest, "+", "")), " "), Code{Source: Null}, raw)
	}
	v := &Verb{Code: code, HasCode: hasCode, Noun: strings.HasPrefix(rd.section, "NOUN"), Block: rd.block, Ref: rd.ref(raw)}
	words, head, exact := verbWords(rest)
	if len(words) == 0 {
		rd.errorf("empty verb in %q", s)
		return
	}
	v.Root, v.Head = strings.Join(words, " "), head
	v.Forms = []string{v.Root}
	if !exact {
		gen := RegularForms
		if v.Noun {
			gen = NounForms
		}
		for _, f := range gen(words[head])[1:] {
			w := append([]string(nil), words...)
			w[head] = f
			v.Forms = append(v.Forms, strings.Join(w, " "))
		}
	}
	rd.block.Verbs = append(rd.block.Verbs, v)
	rd.lastVerb = v
	if irregular != "" {
		rd.addForms(v, irregular)
	} else {
		rd.d.index(v)
	}
}

// verbWords splits a verb root such as "WIRE_+TAP" into its words and the
// index of the inflected word; exact reports a trailing '_' (no generated
// forms).
func verbWords(s string) (words []string, head int, exact bool) {
	s = strings.TrimSpace(s)
	exact = strings.HasSuffix(s, "_")
	for i, w := range splitWords(s) {
		if strings.HasPrefix(w, "+") {
			head = i
			w = strings.TrimLeft(w, "+")
		}
		if w != "" {
			words = append(words, w)
		}
	}
	if head >= len(words) {
		head = 0
	}
	return words, head, exact
}

// irregular reads a TABARI "{FORM FORM}" line that follows a verb.
func (rd *reader) irregular(s string) {
	j := strings.IndexByte(s, '}')
	if j < 0 {
		rd.errorf("unclosed { in %q", s)
		return
	}
	rd.d.unindex(rd.lastVerb)
	rd.addForms(rd.lastVerb, s[1:j])
}

func (rd *reader) addForms(v *Verb, list string) {
	for _, f := range strings.Fields(list) {
		words, _, _ := verbWords(f)
		if len(words) == 0 {
			continue
		}
		v.Forms = append(v.Forms, strings.Join(words, " "))
	}
	rd.d.index(v)
}

func (d *Dictionary) unindex(v *Verb) {
	for w, vs := range d.byWord {
		out := vs[:0]
		for _, x := range vs {
			if x != v {
				out = append(out, x)
			}
		}
		if len(out) == 0 {
			delete(d.byWord, w)
		} else {
			d.byWord[w] = out
		}
	}
}

func (rd *reader) pattern(body, raw string) {
	rest, c, ok := codeIn(body)
	if !ok {
		rd.errorf("pattern without a [code]")
		return
	}
	code, err := ParseCode(c)
	if err != nil {
		rd.errorf("%v", err)
		return
	}
	elems, err := parsePattern(rest, rd.d.Synsets)
	if err != nil {
		rd.errorf("pattern: %v", err)
		return
	}
	p := &Pattern{Elems: elems, Code: code, Length: patternLength(elems), Ref: rd.ref(raw)}
	if rd.section == "TIME" {
		if rd.timeShift == nil {
			rd.errorf("time pattern before any time phrase")
			return
		}
		rd.timeShift.Patterns = append(rd.timeShift.Patterns, p)
		return
	}
	if rd.block == nil || len(rd.block.Verbs) == 0 && rd.block.Name == "" {
		rd.errorf("pattern before any verb")
		return
	}
	if p.VerbIndex() < 0 {
		rd.errorf("pattern without the verb marker *")
		return
	}
	p.Block = rd.block
	rd.block.Patterns = append(rd.block.Patterns, p)
	rd.afterPat = true
}

// lexeme is a token of a pattern: a word, a marker or a bracket, with the
// connector that follows it.
type lexeme struct {
	text  string
	exact bool // a '_' ends the word
	next  bool // '_' or '~' joins it to the next lexeme
}

func lexPattern(s string) []lexeme {
	var out []lexeme
	s = strings.ToUpper(s)
	i := 0
	for i < len(s) {
		c := s[i]
		switch {
		case c == ' ' || c == '\t':
			i++
		case c == '_' || c == '~':
			if len(out) > 0 {
				if i+1 < len(s) && s[i+1] != ' ' && s[i+1] != '\t' || c == '~' {
					out[len(out)-1].next = true
				} else {
					out[len(out)-1].exact = true
				}
			}
			i++
		case strings.IndexByte("{}|()", c) >= 0:
			out = append(out, lexeme{text: string(c)})
			i++
		default:
			j := i
			for j < len(s) && strings.IndexByte(" \t_~{}|()", s[j]) < 0 {
				j++
			}
			out = append(out, lexeme{text: s[i:j]})
			i = j
		}
	}
	return out
}

var errUnbalanced = errors.New("unbalanced brackets")

func parsePattern(s string, synsets map[string][]Phrase) ([]Elem, error) {
	lx := lexPattern(s)
	elems, n, err := parseElems(lx, 0, synsets, false)
	if err != nil {
		return nil, err
	}
	if n != len(lx) {
		return nil, errUnbalanced
	}
	if len(elems) == 0 {
		return nil, errors.New("empty pattern")
	}
	return elems, nil
}

// parseElems parses lexemes from i until the end or, inside alternatives, a
// '|' or '}'; it returns the elements and the index it stopped at.
func parseElems(lx []lexeme, i int, synsets map[string][]Phrase, inAlt bool) ([]Elem, int, error) {
	var out []Elem
	for i < len(lx) {
		l := lx[i]
		switch l.text {
		case "|", "}":
			if inAlt {
				return out, i, nil
			}
			if l.text == "}" {
				return nil, i, errUnbalanced
			}
			return nil, i, errors.New("'|' outside { }")
		case "(", ")":
			// PETRARCH-2 prepositional phrase: its words, in order.
			i++
		case "{":
			// Alternatives if a '|' occurs before the matching '}';
			// otherwise a PETRARCH-2 noun phrase, read as its words.
			close, alt := -1, false
			depth := 0
			for j := i + 1; j < len(lx) && close < 0; j++ {
				switch lx[j].text {
				case "{":
					depth++
				case "}":
					if depth == 0 {
						close = j
					}
					depth--
				case "|":
					if depth == 0 {
						alt = true
					}
				}
			}
			if close < 0 {
				return nil, i, errUnbalanced
			}
			if !alt {
				inner, n, err := parseElems(lx[:close], i+1, synsets, false)
				if err != nil {
					return nil, n, err
				}
				out = append(out, inner...)
				i = close + 1
				continue
			}
			e := Elem{Kind: Alt}
			j := i + 1
			for {
				seq, n, err := parseElems(lx, j, synsets, true)
				if err != nil {
					return nil, n, err
				}
				if len(seq) > 0 {
					e.Alts = append(e.Alts, seq)
				}
				if n >= len(lx) {
					return nil, n, errUnbalanced
				}
				if lx[n].text == "}" {
					e.Next = lx[n].next
					i = n + 1
					break
				}
				j = n + 1
			}
			out = append(out, e)
		default:
			e := Elem{Exact: l.exact, Next: l.next}
			switch {
			case l.text == "*":
				e.Kind = VerbMark
			case l.text == "$":
				e.Kind = Source
			case l.text == "+":
				e.Kind = Target
			case l.text == "%":
				e.Kind = Compound
			case l.text == "^":
				e.Kind = Skip
			case l.text[0] == '&':
				name := strings.TrimRight(l.text, "_")
				if _, ok := synsets[name]; !ok {
					return nil, i, fmt.Errorf("undefined synset %s", l.text)
				}
				e.Kind, e.Text = Synset, name
			default:
				e.Kind, e.Text = Word, l.text
			}
			out = append(out, e)
			i++
		}
	}
	return out, i, nil
}

func alnum(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

// Length returns the length TABARI orders patterns by: the letters and
// digits of the literal words and synset names, plus the longest
// alternative of each set.
func Length(elems []Elem) int { return patternLength(elems) }

// FixedLength returns Length without the alternatives.
func FixedLength(elems []Elem) int {
	n := 0
	for _, e := range elems {
		if e.Kind == Word || e.Kind == Synset {
			n += alnum(e.Text)
		}
	}
	return n
}

func patternLength(elems []Elem) int {
	n := 0
	for _, e := range elems {
		switch e.Kind {
		case Word, Synset:
			n += alnum(e.Text)
		case Alt:
			best := 0
			for _, a := range e.Alts {
				best = max(best, patternLength(a))
			}
			n += best
		}
	}
	return n
}

// ReadWordLists adds to d the <NOUN(S)> and <ADJECTIVE(S)> word lists of
// another dictionary, such as a TABARI .actors file, ignoring the rest of it.
func (d *Dictionary) ReadWordLists(r io.Reader, name string) []error {
	rd := &reader{d: d, name: name}
	var errs []error
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		rd.line++
		s := strings.TrimSpace(rd.stripComments(sc.Text()))
		if s == "" {
			continue
		}
		if s[0] == '<' && s[len(s)-1] == '>' {
			rd.section = strings.ToUpper(strings.Trim(s, "<>"))
			continue
		}
		switch rd.section {
		case "NOUN", "NOUNS", "ADJECTIVE", "ADJECTIVES":
			rd.entry(s, sc.Text())
		}
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, &entente.Error{Input: name, Line: rd.line, Err: err})
	}
	d.compile()
	return append(errs, rd.errs...)
}
