// Package verbs reads CAMEO verb dictionaries: the TABARI .verbs format, its
// PETRARCH-1 descendant (CAMEO.verbpatterns.*.txt) and the PETRARCH-2 format
// (CAMEO.2.0.txt), into one model that the coder matches against parsed
// sentences.
//
// Constructs honoured, from the TABARI manual (chapters 5, 6 and 10) and the
// PETRARCH dictionary documentation:
//
//   - comments: '#' and ';' to the end of the line, <!-- ... --> on one line
//     or across lines;
//   - verb blocks "--- NAME [CODE] ---" (PETRARCH): the verbs of a block share
//     its patterns, and the block's code is the default of verbs without one;
//     outside such blocks (TABARI files) every verb line starts a block of
//     its own, holding the patterns that follow it;
//   - verb lines "ROOT {IRREGULAR FORMS} [CODE]", the irregular forms on the
//     same line or (TABARI) on the next line starting with '{'; regular forms
//     (-S/-ES/-IES, -ED/-D/-IED, -ING) are generated; multi-word verbs joined
//     by '_' with '+' before the inflected word ("+CORDON_OFF", "WIRE_+TAP");
//   - patterns "- WORDS [CODE] # comment" with the verb '*', source '$',
//     target '+', compound actor '%' (both source and target), skip '^',
//     synsets '&NAME', alternatives "{ A | B_C }", '_' for consecutive words
//     and a trailing '_' for an exact (unstemmed) word, "XXXX~" for a
//     wild-card ending followed immediately by the next word;
//   - synsets "&NAME" followed by "+PHRASE" lines, in <SYNSETS> sections or
//     anywhere before use; a synset may use earlier synsets;
//   - codes: "[042]", paired "[042:043]" (the source does the first, the
//     target the second), PETRARCH-2's reversed "[:173]" (the target acts
//     on the source), the null code "[---]" (also written "[- - -]"),
//     discard "[###]" and complex "[+++]", and TABARI's subordinate
//     "[023?]" and dominant "[111!]" suffixes;
//   - synset phrases: under TABARI's rules (Dictionary.Stem) a blank
//     between words allows other words between them, '_' does not; under
//     PETRARCH's the words are consecutive;
//   - sections <TIME> (time-shift phrases, read into Time), <NOUN(S)> and
//     <ADJECTIVE(S)> (word lists, also read from TABARI .actors files by
//     ReadWordLists; an entry there with a code or patterns is an event
//     noun, an entente extension), other <SECTIONS> are skipped;
//   - PETRARCH-2 patterns: "{ADJ NOUN}" noun phrases and "(PREP NOUN)"
//     prepositional phrases are read as the same words in order, with gaps
//     allowed; transformations ("~ a (a b VERB) SAY = a b 015") are read into
//     Transforms but not applied by the coder.
//
// Not honoured: TABARI's <TIME> shifting (read, not applied), PETRARCH-2's
// noun-phrase heads (its braces and parentheses are flattened) and its
// verb-code arithmetic, and the TABARI editing commands.
//
// Two-digit years in dates do not occur in verb dictionaries (they do in
// actor dictionaries; see package actor). Malformed lines are reported as
// *entente.Error naming the file and line, and skipped.
package verbs

import (
	"fmt"
	"strings"

	"entente"
)

// Code is the event code a verb or pattern assigns. Paired codes give the
// source's and the target's events separately ("[042:043]": the source
// visits, the target hosts). Codes are strings, never numbers.
type Code struct {
	// Source is the code of the event the source performs: a CAMEO code,
	// or one of Null, Discard and Complex. It is empty in PETRARCH-2's
	// reversed codes such as "[:173]", where only the target acts (on the
	// source).
	Source string
	// Target, when not empty, is the code of the event the target performs
	// towards the source (a paired code).
	Target string
	// Subordinate ("[023?]") codes count only when the sentence has no
	// other event; Dominant ("[111!]") codes win over every other event of
	// their clause and sentence (TABARI manual 6.6).
	Subordinate, Dominant bool
}

// The special codes.
const (
	Null    = "---" // no event
	Discard = "###" // discard the sentence
	Complex = "+++" // too complex to code automatically
)

// IsNull reports whether the code yields no event.
func (c Code) IsNull() bool { return (c.Source == "" || c.Source == Null) && c.Target == "" }

// Paired reports whether the code assigns a second event to the target.
func (c Code) Paired() bool { return c.Target != "" }

func (c Code) String() string {
	s := c.Source
	if c.Target != "" {
		s += ":" + c.Target
	}
	if c.Subordinate {
		s += "?"
	}
	if c.Dominant {
		s += "!"
	}
	return "[" + s + "]"
}

// ParseCode reads the inside of a code bracket: "042", "042:043", "---",
// "- - -", "###", "+++", with an optional TABARI suffix "?" (subordinate) or
// "!" (dominant). Codes are kept as written (trimmed), never
// renumbered.
func ParseCode(s string) (Code, error) {
	s = strings.TrimSpace(s)
	var sub, dom bool
	for len(s) > 1 && (s[len(s)-1] == '?' || s[len(s)-1] == '!') {
		sub = sub || s[len(s)-1] == '?'
		dom = dom || s[len(s)-1] == '!'
		s = strings.TrimSpace(s[:len(s)-1])
	}
	if strings.ReplaceAll(s, " ", "") == Null {
		return Code{Source: Null}, nil
	}
	src, tgt, paired := strings.Cut(s, ":")
	src, tgt = strings.TrimSpace(src), strings.TrimSpace(tgt)
	if (src == "" && !paired) || strings.ContainsAny(src, " \t[]") || (paired && (tgt == "" || strings.ContainsAny(tgt, " \t[]"))) {
		return Code{}, fmt.Errorf("malformed code %q", s)
	}
	if strings.ReplaceAll(src, " ", "") == Null {
		src = Null
	}
	return Code{Source: src, Target: tgt, Subordinate: sub, Dominant: dom}, nil
}

// Block is a set of synonymous verbs sharing one list of patterns.
type Block struct {
	// Name is the block's description ("EXPLAIN_VERBAL"), or the first
	// verb's root when the file has no block headers.
	Name string
	// Code is the block's default code; the null code when absent.
	Code     Code
	Verbs    []*Verb
	Patterns []*Pattern
	Ref      entente.EntryRef
	// Seq is 1 + the block's place in the dictionary's reading order (0
	// for a block made otherwise): a file read later refines those read
	// before it.
	Seq int
}

// Verb is one verb (or event noun) of a block.
type Verb struct {
	// Root is the base form, words separated by spaces ("CORDON OFF").
	Root string
	// Head is the index, in Root's words, of the inflected word (the one
	// marked '+' in a multi-word verb; 0 otherwise).
	Head int
	// Forms are all the forms the verb is recognised in, each words
	// separated by spaces, the root first.
	Forms []string
	// Code is the verb's own code, when HasCode; otherwise the block's.
	Code    Code
	HasCode bool
	// Noun marks an event noun ("SUSPENSION", "LIFTING").
	Noun  bool
	Block *Block
	Ref   entente.EntryRef

	yields bool // see CanCode
}

// Words returns the words of the root.
func (v *Verb) Words() []string { return strings.Fields(v.Root) }

// DefaultCode returns the code of the verb on its own: its own code, else its
// block's.
func (v *Verb) DefaultCode() Code {
	if v.HasCode {
		return v.Code
	}
	if v.Block != nil && v.Block.Code.Source != "" {
		return v.Block.Code
	}
	return Code{Source: Null}
}

// ElemKind is the kind of one element of a pattern.
type ElemKind int

// The kinds of pattern element.
const (
	Word     ElemKind = iota // a literal word
	VerbMark                 // '*': the verb itself
	Source                   // '$': the source actor
	Target                   // '+': the target actor
	Compound                 // '%': a compound actor, both source and target
	Skip                     // '^': skip a noun phrase
	Synset                   // '&NAME': any phrase of a synonym set
	Alt                      // { A | B }: any of the alternatives
)

// Elem is one element of a pattern.
type Elem struct {
	Kind ElemKind
	// Text is the word (Word) or the synset's name with its '&' (Synset).
	Text string
	// Exact forbids stemming: the word must match whole (a trailing '_').
	Exact bool
	// Next reports that the next element must follow immediately ('_' or
	// '~' between them).
	Next bool
	// Alts are the alternatives of an Alt element, each a sequence.
	Alts [][]Elem
	// ID numbers a Word in the dictionary's word index (see FormIDs); it
	// is set when the dictionary is read.
	ID int32
}

// Pattern is one "- ..." line of a block.
type Pattern struct {
	Elems []Elem
	Code  Code
	// Length orders patterns: the number of letters and digits of the
	// literal words (plus the longest alternative), as TABARI counts it.
	Length int
	Block  *Block
	Ref    entente.EntryRef
	// VerbAt is the index in Elems of the verb marker (VerbIndex), and
	// Needs the word numbers without which the pattern cannot match: for
	// each element every match uses, a set of which one word must occur
	// in the sentence (as the word or one of its regular forms). Both are
	// set when the dictionary is read.
	VerbAt int
	Needs  [][]int32
}

// VerbIndex returns the index in Elems of the verb marker, or -1.
func (p *Pattern) VerbIndex() int {
	for i, e := range p.Elems {
		if e.Kind == VerbMark {
			return i
		}
	}
	return -1
}

// Phrase is one member of a synset: consecutive words. Unless Exact, the
// last word also matches its regular plural.
type Phrase struct {
	Words []string
	Exact bool
	// Gap[i] reports that words i and i+1 were separated by a blank, not
	// '_': under TABARI's rules (Dictionary.Stem) other words may come
	// between them.
	Gap []bool
	// IDs number the words in the dictionary's word index; set when the
	// dictionary is read.
	IDs []int32
}

// TimeShift is a time-shift phrase of a <TIME> section: a root and its
// patterns with a day offset ("+7", "-1") or a special code.
type TimeShift struct {
	Phrase   string
	Code     string
	Patterns []*Pattern
	Ref      entente.EntryRef
}

// Transform is a PETRARCH-2 transformation, read but not applied.
type Transform struct {
	Text string
	Ref  entente.EntryRef
}

// Dictionary is a verb dictionary, possibly read from several files.
type Dictionary struct {
	// Synsets maps "&NAME" to its phrases.
	Synsets map[string][]Phrase
	Blocks  []*Block
	// Time holds the <TIME> section's phrases.
	Time []*TimeShift
	// Nouns and Adjectives are TABARI's plain word lists.
	Nouns, Adjectives map[string]bool
	Transforms        []Transform
	// Stem, when set, lets a pattern word match any word it begins
	// (TABARI's stemming); otherwise a word matches its regular inflections
	// only. Readers set it for TABARI files.
	Stem bool

	byWord map[string][]*Verb // inflected head word -> verbs

	// the word index (compile.go)
	wordID  map[string]int32
	formIDs map[string][]int32
	maxWord int
	// words maps each upper-case word to where infos gathers what
	// byWord, wordID and formIDs hold for it (see WordRef); gen counts the
	// compilations.
	words    map[string]int32
	infos    []WordInfo
	wordBits []uint64 // a Bloom filter of words' keys (wordBit)
	gen      uint64
}

// New returns an empty dictionary.
func New() *Dictionary {
	return &Dictionary{Synsets: map[string][]Phrase{}, Nouns: map[string]bool{},
		Adjectives: map[string]bool{}, byWord: map[string][]*Verb{},
		wordID: map[string]int32{}, formIDs: map[string][]int32{}}
}

// Lookup returns the verbs (and event nouns) whose forms have word as their
// inflected word. word is matched upper-cased.
func (d *Dictionary) Lookup(word string) []*Verb {
	var buf [32]byte
	if len(word) <= len(buf) {
		ascii := true
		for i := 0; i < len(word); i++ {
			c := word[i]
			if c >= 0x80 {
				ascii = false
				break
			}
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			buf[i] = c
		}
		if ascii {
			return d.byWord[string(buf[:len(word)])]
		}
	}
	return d.byWord[strings.ToUpper(word)]
}

// Len returns the number of verbs in the dictionary.
func (d *Dictionary) Len() int {
	n := 0
	for _, b := range d.Blocks {
		n += len(b.Verbs)
	}
	return n
}

func (d *Dictionary) index(v *Verb) {
	words := v.Words()
	seen := map[string]bool{}
	for _, f := range v.Forms {
		fw := strings.Fields(f)
		h := v.Head
		if h >= len(fw) {
			h = len(fw) - 1
		}
		if h < 0 || len(fw) != len(words) {
			h = 0
		}
		if len(fw) == 0 {
			continue
		}
		w := fw[h]
		if !seen[w] {
			seen[w] = true
			d.byWord[w] = append(d.byWord[w], v)
		}
	}
}
