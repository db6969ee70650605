package actor

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"entente"
	"entente/cameo"
)

// Format says what a dictionary file holds; each is written in the
// TABARI/PETRARCH dictionary language described in the TABARI manual
// (chapter 5) and PETRARCH's dictionary documentation.
type Format int

// The dictionary formats.
const (
	// FormatActors is an .actors file: root phrases, "+" synonym lines and
	// code blocks such as [PAKGOV], [USAGOV >090120] or [AZEGOV 030101-050731],
	// on the root line or on indented lines after the synonyms.
	FormatActors Format = iota
	// FormatAgents is an .agents file: common nouns with an agent code
	// [~GOV] (added after the actor's code) or [NGO~] (before it), optional
	// plurals in {...} and substitution sets !NAME! = A, B.
	FormatAgents
	// FormatDiscards is a discard list: phrases that mark a sentence, or
	// with a leading "+" a whole story, as not to be coded.
	FormatDiscards
)

// String returns "actors", "agents" or "discards".
func (f Format) String() string {
	switch f {
	case FormatAgents:
		return "agents"
	case FormatDiscards:
		return "discards"
	}
	return "actors"
}

// ParseFormat reads "actors", "agents" or "discards".
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(s) {
	case "actors", "actor":
		return FormatActors, nil
	case "agents", "agent":
		return FormatAgents, nil
	case "discards", "discard":
		return FormatDiscards, nil
	}
	return 0, fmt.Errorf("unknown dictionary format %q (want actors, agents or discards)", s)
}

// Connectors selects how the words of a dictionary phrase match text: what
// "_" and a space between words mean and whether a word without a trailing
// "_" is a stem.
type Connectors int

// The connector semantics.
const (
	// ConnectDefault, in a File, means the Options' choice; in Options it
	// means ConnectTABARI.
	ConnectDefault Connectors = iota
	// ConnectTABARI follows the TABARI manual: "A_B" means A exactly, then
	// B immediately; "A B" means A as a stem (a prefix of the text's word),
	// then B after up to Options.MaxGap other words; a last word without a
	// trailing "_" is a stem.
	ConnectTABARI
	// ConnectPETRARCH follows PETRARCH: whole words only; "_" joins
	// consecutive words and a space allows words in between.
	ConnectPETRARCH
	// ConnectExact: whole words only; "_" and space both join consecutive
	// words.
	ConnectExact
)

// String names the connector semantics.
func (c Connectors) String() string {
	switch c {
	case ConnectTABARI:
		return "tabari"
	case ConnectPETRARCH:
		return "petrarch"
	case ConnectExact:
		return "exact"
	}
	return "default"
}

// ParseConnectors reads "tabari", "petrarch" or "exact".
func ParseConnectors(s string) (Connectors, error) {
	switch strings.ToLower(s) {
	case "tabari":
		return ConnectTABARI, nil
	case "petrarch":
		return ConnectPETRARCH, nil
	case "exact":
		return ConnectExact, nil
	case "", "default":
		return ConnectDefault, nil
	}
	return 0, fmt.Errorf("unknown connector semantics %q (want tabari, petrarch or exact)", s)
}

// File is one dictionary to load.
type File struct {
	// Name identifies the file in EntryRefs and error messages.
	Name   string
	Format Format
	Data   []byte
	// Connectors overrides Options.Connectors for this file.
	Connectors Connectors
	// Metonym marks an actors file whose phrases are places standing for a
	// government ("Islamabad", "the Kremlin"): its mentions have the kind
	// entente.MentionMetonym.
	Metonym bool
	// Paired marks an actors file of capitals whose names news uses more
	// often for other places ("San Jose", "Victoria"): a phrase of it
	// stands for its government, as a metonym, only when joined by "and"
	// to a state's name or capital ("Quito and San Jose signed a deal").
	Paired bool
}

// word is one token of a dictionary phrase after re-tokenisation.
type word struct {
	key  string
	stem bool // matches any text word that starts with key
	gap  bool // the next word may follow after other words
}

// phrase is one dictionary phrase with the line it was written on.
type phrase struct {
	words []word
	line  int
	text  string
	// plural allows a regular plural on the last word; when false the
	// phrase matches only as written.
	plural bool
}

// datedCode is one code block: a code valid from..to (yyyymmdd, inclusive;
// 0 when open), or a default when dated is false.
type datedCode struct {
	code     string
	from, to int
	dated    bool
}

// actorRec is one actor record: its phrases and its code blocks.
type actorRec struct {
	file    string
	phrases []phrase
	codes   []datedCode
	metonym bool
	paired  bool // from a File.Paired: kept only beside a state (dropUnpaired)
	person  bool // dated codes: a person whose role changes over time
}

// agentRec is one agent entry.
type agentRec struct {
	file   string
	code   string // without the "~"; "" for a null agent
	before bool   // "NGO~": the agent code goes before the actor code
	phr    phrase
}

// discardRec is one discard phrase.
type discardRec struct {
	file  string
	story bool
	// topical marks a phrase of a disease, a disaster or pollution
	// (topicalPhrase), which a sentence may give as its act's reason
	topical bool
	phr     phrase
}

// parsed holds what one file contributed.
type parsed struct {
	actors   []*actorRec
	agents   []*agentRec
	discards []*discardRec
}

// parseFile reads one dictionary. Malformed lines are reported through
// report (with file and line) and skipped.
func parseFile(f File, conn Connectors, minStem int, validate bool, report func(error)) parsed {
	var p parsed
	bad := func(line int, format string, args ...any) {
		report(&entente.Error{Input: f.Name, Line: line, Err: fmt.Errorf(format, args...)})
	}
	var cur *actorRec
	subst := map[string][]string{}
	inComment := false
	skipSection := ""
	sc := bufio.NewScanner(bytes.NewReader(f.Data))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	ln := 0
	for sc.Scan() {
		ln++
		raw := cleanLine(sc.Text())
		var line string
		line, inComment = stripComments(raw, inComment)
		trimmed := strings.TrimSpace(line)
		if trimmed == "" {
			continue
		}
		if strings.HasPrefix(trimmed, "~FINISH") {
			break
		}
		if strings.HasPrefix(trimmed, "/") && f.Format != FormatDiscards {
			continue // TABARI: a line starting with "/" is a comment
		}
		// A line such as "<! -- ... -->" is a comment written loosely.
		if strings.HasPrefix(trimmed, "<!") {
			continue
		}
		// TABARI's <NOUN> and <ADJECTIVE> sections list uncoded words.
		if tag, closing, ok := sectionTag(trimmed); ok {
			if closing {
				skipSection = ""
			} else {
				skipSection = tag
			}
			continue
		}
		if skipSection != "" {
			continue
		}
		switch f.Format {
		case FormatActors:
			indented := raw != "" && (raw[0] == ' ' || raw[0] == '\t')
			if strings.HasPrefix(trimmed, "[") {
				if cur == nil {
					bad(ln, "code block %q before any actor phrase", trimmed)
					continue
				}
				if !indented {
					bad(ln, "code line %q is not indented", trimmed)
				}
				codes, err := parseCodeBlocks(trimmed, validate)
				if err != nil {
					bad(ln, "%v", err)
					continue
				}
				cur.codes = append(cur.codes, codes...)
				continue
			}
			synonym := strings.HasPrefix(trimmed, "+")
			body := strings.TrimPrefix(trimmed, "+")
			text, blocks := splitPhrase(body)
			words, err := parsePhrase(text, conn, false, minStem)
			if err != nil {
				bad(ln, "%v", err)
				continue
			}
			codes, err := parseCodeBlocks(blocks, validate)
			if err != nil {
				bad(ln, "%v", err)
				// keep the phrase without its codes: the record may get
				// codes from later lines.
			}
			// A last word ending in "=" takes no regular endings.
			ph := phrase{words: words, line: ln, text: trimmed, plural: !strings.HasSuffix(text, "=")}
			if synonym && cur != nil {
				cur.phrases = append(cur.phrases, ph)
				cur.codes = append(cur.codes, codes...)
				continue
			}
			if synonym {
				bad(ln, "synonym %q before any root phrase", trimmed)
			}
			cur = &actorRec{file: f.Name, phrases: []phrase{ph}, codes: codes, metonym: f.Metonym || f.Paired, paired: f.Paired}
			p.actors = append(p.actors, cur)
		case FormatAgents:
			if strings.HasPrefix(trimmed, "!") && strings.Contains(trimmed, "=") {
				name, list, _ := strings.Cut(trimmed, "=")
				name = strings.TrimSpace(name)
				if len(name) < 3 || !strings.HasSuffix(name, "!") {
					bad(ln, "bad substitution set name %q", name)
					continue
				}
				var items []string
				for _, it := range strings.Split(list, ",") {
					if it = strings.TrimSpace(it); it != "" {
						items = append(items, it)
					}
				}
				if len(items) == 0 {
					bad(ln, "empty substitution set %s", name)
					continue
				}
				subst[name] = items
				continue
			}
			p.agents = append(p.agents, parseAgentLine(f.Name, trimmed, ln, conn, validate, subst, bad)...)
		case FormatDiscards:
			story := strings.HasPrefix(trimmed, "+")
			text := strings.TrimSpace(strings.TrimPrefix(trimmed, "+"))
			words, err := parsePhrase(text, ConnectTABARI, true, minStem)
			if err != nil {
				bad(ln, "%v", err)
				continue
			}
			p.discards = append(p.discards, &discardRec{file: f.Name, story: story, topical: topicalPhrase(trimmed),
				phr: phrase{words: words, line: ln, text: trimmed}})
		}
	}
	if err := sc.Err(); err != nil {
		bad(ln+1, "read: %v", err)
	}
	for _, r := range p.actors {
		// a capital dated by the state it served ("Moscow" of the
		// Soviet Union) is no person
		r.person = !r.metonym && isPerson(r.codes)
	}
	return p
}

// isPerson reports whether an actor's codes are those of a person, whose
// role changes over time: some are dated, some hold a government or elite
// role (GOV, ELI), and none is a group's. A state's dated codes ("[USRARM
// <900823] [ARM]") and a group's ("[AFGREB <...] [AFGGOV >...]") are not.
func isPerson(codes []datedCode) bool {
	dated, role := false, false
	for _, c := range codes {
		dated = dated || c.dated
		for part := range strings.SplitSeq(c.code, "/") {
			if isGroupCode(part) && !(c.dated && strings.HasPrefix(part, "IGO")) {
				// (an officer of an organisation for a term, "Mark
				// Rutte" as NATO's secretary general, stays a person)
				return false
			}
			role = role || hasPart(part, "GOV") || hasPart(part, "ELI")
		}
	}
	return dated && role
}

// cleanLine removes the stray bytes found in the shipped dictionaries: an
// ASCII SUB (0x1A) is dropped, a U+FFFD (a character lost in an earlier
// conversion, most often a typographic apostrophe) becomes "'", and invalid
// UTF-8 is dropped.
func cleanLine(s string) string {
	if !strings.ContainsAny(s, "\x1a\uFFFD") && utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
		case r == 0x1a:
		case r == utf8.RuneError:
			b.WriteByte('\'')
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// sectionTag reads a section tag such as "<NOUN>" or "</ADJECTIVE>": a
// word of letters between angle brackets.
func sectionTag(s string) (tag string, closing, ok bool) {
	if len(s) < 3 || s[0] != '<' || s[len(s)-1] != '>' {
		return "", false, false
	}
	body := s[1 : len(s)-1]
	if strings.HasPrefix(body, "/") {
		closing = true
		body = body[1:]
	}
	body = strings.TrimSpace(body)
	if body == "" {
		return "", false, false
	}
	for i := 0; i < len(body); i++ {
		c := body[i]
		if !('A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || c == '_') {
			return "", false, false
		}
	}
	return strings.ToUpper(body), closing, true
}

// stripComments removes <!-- --> comments (which may span lines), and
// everything after "#" or ";" outside a code block: "[###]" is TABARI's
// discard code, not a comment.
func stripComments(s string, inComment bool) (string, bool) {
	var b strings.Builder
	for {
		if inComment {
			end := strings.Index(s, "-->")
			if end < 0 {
				return b.String(), true
			}
			s = s[end+3:]
			inComment = false
		}
		start := strings.Index(s, "<!--")
		if start < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:start])
		s = s[start+4:]
		inComment = true
	}
	out := b.String()
	if strings.ContainsAny(out, "#;") {
		depth := 0
		for i := 0; i < len(out); i++ {
			switch out[i] {
			case '[':
				depth++
			case ']', '}':
				if depth > 0 {
					depth--
				}
			case '#', ';':
				if depth == 0 {
					return out[:i], false
				}
			}
		}
	}
	return out, false
}

// splitPhrase separates a phrase from the code blocks that follow it.
func splitPhrase(s string) (text, blocks string) {
	if i := strings.IndexByte(s, '['); i >= 0 {
		return strings.TrimSpace(s[:i]), s[i:]
	}
	return strings.TrimSpace(s), ""
}

// parseCodeBlocks reads zero or more [CODE restriction] blocks. A block
// closed by "}" instead of "]" is accepted, as the format's own
// documentation writes one that way.
func parseCodeBlocks(s string, validate bool) ([]datedCode, error) {
	var out []datedCode
	s = strings.TrimSpace(s)
	for s != "" {
		if s[0] != '[' {
			return out, fmt.Errorf("text %q outside a code block", s)
		}
		end := strings.IndexAny(s, "]}")
		if end < 0 {
			return out, fmt.Errorf("code block %q has no closing ]", s)
		}
		dc, err := parseRestriction(s[1:end], validate)
		if err != nil {
			return out, err
		}
		out = append(out, dc)
		s = strings.TrimSpace(s[end+1:])
	}
	return out, nil
}

// parseRestriction reads "CODE", "CODE <date", "CODE >date", "CODE
// date-date" or "CODE date" (from that date on); the limits are inclusive,
// as PETRARCH's documentation says.
func parseRestriction(s string, validate bool) (datedCode, error) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return datedCode{}, errors.New("empty code block []")
	}
	code := f[0]
	if !isActorCode(code) {
		return datedCode{}, fmt.Errorf("bad actor code %q", code)
	}
	if validate && !IsSpecial(code) {
		for part := range strings.SplitSeq(code, "/") {
			if part == nullCode {
				continue
			}
			if err := cameo.ValidActorCode(part); err != nil {
				return datedCode{}, err
			}
		}
	}
	dc := datedCode{code: code}
	if len(f) == 1 {
		return dc, nil
	}
	// "> 140608" is read as ">140608" and "950601 - 990815" as
	// "950601-990815"; other spaces separate too many fields.
	r := strings.Join(f[1:], " ")
	for _, op := range []string{"<", ">", "-"} {
		r = strings.ReplaceAll(strings.ReplaceAll(r, " "+op, op), op+" ", op)
	}
	if strings.Contains(r, " ") {
		return datedCode{}, fmt.Errorf("code block [%s]: too many fields", s)
	}
	var err error
	dc.dated = true
	switch {
	case strings.HasPrefix(r, "<"):
		dc.to, err = parseDate(r[1:])
	case strings.HasPrefix(r, ">"):
		dc.from, err = parseDate(r[1:])
	default:
		a, b, ok := strings.Cut(r, "-")
		if !ok {
			// A lone date is the start of the period, as the dictionaries'
			// comments on such lines say ("entered Foreign Service").
			dc.from, err = parseDate(r)
			if err != nil {
				return datedCode{}, fmt.Errorf("code block [%s]: restriction %q is not <date, >date, date-date or a date: %w", s, r, err)
			}
			return dc, nil
		}
		dc.from, err = parseDate(a)
		if err == nil {
			dc.to, err = parseDate(b)
		}
	}
	if err != nil {
		return datedCode{}, fmt.Errorf("code block [%s]: %w", s, err)
	}
	return dc, nil
}

// The special codes of the dictionary language. The null code gives no
// actor; the discard and complex codes (TABARI manual 6.3 and 6.4) are kept
// as mention codes, so that a coder can drop the sentence (###) or set it
// aside for a human coder (+++).
const (
	nullCode = "---"
	// DiscardCode marks a phrase whose sentence is not to be coded
	// (sports, accidents): a mention with this code is not an actor.
	DiscardCode = "###"
	// ComplexCode marks a phrase whose sentence is too ambiguous to code
	// automatically ("Georgia"): a mention with this code is not an actor.
	ComplexCode = "+++"
)

// IsSpecial reports whether a mention's code is DiscardCode or ComplexCode
// rather than an actor's.
func IsSpecial(code string) bool { return code == DiscardCode || code == ComplexCode }

// isActorCode reports whether s may stand in an actors file's code block:
// a code, a special code, or a coded compound of codes joined by "/"
// ("GME/GMW", TABARI manual 6.5.1).
func isActorCode(s string) bool {
	if IsSpecial(s) || s == nullCode {
		return true
	}
	for part := range strings.SplitSeq(s, "/") {
		if part != nullCode && !isCode(part) {
			return false
		}
	}
	return true
}

func isCode(s string) bool {
	if s == nullCode {
		return true
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('A' <= c && c <= 'Z' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z') {
			return false
		}
	}
	return s != ""
}

// parseDate reads YYMMDD (years 00-30 are 20xx, others 19xx) or YYYYMMDD
// into the number yyyymmdd.
func parseDate(s string) (int, error) {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, fmt.Errorf("bad date %q", s)
		}
	}
	var y, md int
	switch len(s) {
	case 6:
		yy, _ := strconv.Atoi(s[:2])
		y = 1900 + yy
		if yy <= 30 {
			y = 2000 + yy
		}
		md, _ = strconv.Atoi(s[2:])
	case 8:
		y, _ = strconv.Atoi(s[:4])
		md, _ = strconv.Atoi(s[4:])
	default:
		return 0, fmt.Errorf("bad date %q: want YYMMDD or YYYYMMDD", s)
	}
	m, d := md/100, md%100
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, fmt.Errorf("bad date %q: month or day out of range", s)
	}
	return y*10000 + md, nil
}

// parseAgentLine reads "PHRASE {PLURALS} [~CODE]" and expands its
// substitution sets.
func parseAgentLine(file, s string, ln int, conn Connectors, validate bool, subst map[string][]string, bad func(int, string, ...any)) []*agentRec {
	text, blocks := splitPhrase(s)
	plural := true
	var plurals []string
	if i := strings.IndexByte(text, '{'); i >= 0 {
		j := strings.IndexByte(text[i:], '}')
		if j < 0 {
			bad(ln, "plural list %q has no closing }", text[i:])
			return nil
		}
		plurals = strings.Fields(text[i+1 : i+j])
		plural = false
		text = strings.TrimSpace(text[:i] + " " + text[i+j+1:])
	}
	code, before := "", false
	if blocks != "" {
		blocks = strings.TrimSpace(blocks)
		end := strings.IndexAny(blocks, "]}")
		if end < 0 {
			bad(ln, "code block %q has no closing ]", blocks)
			return nil
		}
		c := strings.TrimSpace(blocks[1:end])
		switch {
		case strings.HasPrefix(c, "~"):
			code = strings.TrimSpace(c[1:])
		case strings.HasSuffix(c, "~"):
			code, before = strings.TrimSpace(c[:len(c)-1]), true
		default:
			bad(ln, "agent code %q has no ~ connector", c)
			return nil
		}
		if !isCode(code) || code == nullCode {
			bad(ln, "bad agent code %q", code)
			return nil
		}
		if validate {
			if err := cameo.ValidActorCode(code); err != nil {
				bad(ln, "%v", err)
				return nil
			}
		}
	}
	if text == "" {
		bad(ln, "agent line without a phrase")
		return nil
	}
	if i := strings.LastIndexAny(text, "_ "); conn == ConnectPETRARCH && i >= 0 && text[i+1:] == "MINIST" && subst["!MINIST!"] != nil {
		// "DEFENCE_MINIST", "FINANCE_MINIST": a stem under TABARI's
		// connectors, which whole words never match; the file's
		// !MINIST! set (minister, ministry and their plurals) says what
		// it stands for
		text = text[:i+1] + "!MINIST!"
	}
	var out []*agentRec
	add := func(t string, pl bool) {
		words, err := parsePhrase(t, conn, false, minStem)
		if err != nil {
			bad(ln, "%v", err)
			return
		}
		out = append(out, &agentRec{file: file, code: code, before: before, phr: phrase{words: words, line: ln, text: s, plural: pl}})
	}
	texts := expandSubst(text, subst)
	if texts == nil {
		bad(ln, "undefined substitution set in %q", text)
		return nil
	}
	for _, t := range texts {
		add(t, plural && !strings.Contains(text, "!"))
	}
	for _, pl := range plurals {
		for _, t := range expandSubst(pl, subst) {
			add(t, false)
		}
	}
	return out
}

// expandSubst replaces each !NAME! in s by each member of its set; it
// returns nil when a set is not defined.
func expandSubst(s string, subst map[string][]string) []string {
	i := strings.IndexByte(s, '!')
	if i < 0 {
		return []string{s}
	}
	j := strings.IndexByte(s[i+1:], '!')
	if j < 0 {
		return []string{s}
	}
	name := s[i : i+j+2]
	items, ok := subst[name]
	if !ok {
		return nil
	}
	var out []string
	for _, it := range items {
		rest := expandSubst(s[i+j+2:], subst)
		if rest == nil {
			return nil
		}
		for _, r := range rest {
			out = append(out, s[:i]+it+r)
		}
	}
	return out
}
