package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
	"unicode/utf8"

	"entente"
)

// Date sources recorded in entente.Article.DateSource by the readers.
const (
	DateFromInput       = "input"        // a field of the record (JSONL, feed item)
	DateFromMeta        = "meta"         // an HTML meta tag
	DateFromJSONLD      = "json-ld"      // an HTML JSON-LD datePublished
	DateFromTimeElement = "time-element" // an HTML <time datetime>
	DateFromFrontMatter = "front-matter" // plain-text front matter
	DateFromFlag        = "flag"         // Options.Date, supplied by the user
)

var errNoText = errors.New("no text")

// ContentID returns the stable identifier the readers give an article whose
// input has none: the first 16 hex digits of the SHA-256 of its text.
func ContentID(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:8])
}

// cleanText normalises text minimally, so that what the splitter sees is the
// text as written: a byte order mark is dropped, CR LF and lone CR become LF,
// control characters other than tab and newline become spaces, and leading
// blank lines and trailing white space are removed. Leading indentation of
// the first line is removed too.
func cleanText(s string) string {
	s = strings.TrimPrefix(s, "\uFEFF")
	if strings.IndexFunc(s, needsClean) >= 0 {
		var b strings.Builder
		b.Grow(len(s))
		for i := 0; i < len(s); i++ {
			c := s[i]
			switch {
			case c == '\r':
				b.WriteByte('\n')
				if i+1 < len(s) && s[i+1] == '\n' {
					i++
				}
			case c < 0x20 && c != '\n' && c != '\t', c == 0x7F:
				b.WriteByte(' ')
			default:
				b.WriteByte(c)
			}
		}
		s = b.String()
	}
	return strings.TrimSpace(s)
}

func needsClean(r rune) bool { return r < 0x20 && r != '\n' && r != '\t' || r == 0x7F }

// stripSignOff removes a wire service's sign-off from the end of a text: a
// last word "REUTER" or "REUTERS" in capitals, or "Reuter" alone on the last
// line. It returns the text and the publisher the sign-off names ("" when
// there was none).
func stripSignOff(s string) (string, string) {
	t := strings.TrimRight(s, " \t\n")
	i := strings.LastIndexAny(t, " \t\n")
	if i < 0 {
		return s, ""
	}
	word := t[i+1:]
	onlyWord := strings.TrimSpace(t[strings.LastIndexByte(t, '\n')+1:]) == word
	if word != "REUTER" && word != "REUTERS" && !(word == "Reuter" && onlyWord) {
		return s, ""
	}
	return strings.TrimRight(t[:i], " \t\n"), "Reuters"
}

// textParagraphs finds the paragraphs of a plain text: a paragraph ends at a
// blank line, and a new one starts at a line indented more than the text's
// common indentation (the newswire convention, where lines wrap inside a
// paragraph and each new paragraph is indented). Spans exclude the
// indentation and trailing white space, so every non-space byte of text lies
// in exactly one paragraph.
func textParagraphs(text string) []entente.Span {
	// Common indentation: the smallest indentation of a non-blank line after
	// the first (the first line has had its indentation trimmed).
	common := -1
	for i, line := range lines(text) {
		if i == 0 || isBlank(line.s) {
			continue
		}
		if n := indent(line.s); common < 0 || n < common {
			common = n
		}
	}
	var out []entente.Span
	start, end := -1, -1
	flush := func() {
		if start >= 0 {
			out = append(out, entente.Span{Start: start, End: end})
		}
		start, end = -1, -1
	}
	for _, line := range lines(text) {
		if isBlank(line.s) {
			flush()
			continue
		}
		n := indent(line.s)
		if start >= 0 && n > common {
			flush()
		}
		if start < 0 {
			start = line.off + n
		}
		end = line.off + len(strings.TrimRight(line.s, " \t"))
	}
	flush()
	return out
}

type lineAt struct {
	off int
	s   string
}

// lines splits text into its lines (without the newline), with their offsets.
func lines(text string) []lineAt {
	var out []lineAt
	off := 0
	for off <= len(text) {
		j := strings.IndexByte(text[off:], '\n')
		if j < 0 {
			out = append(out, lineAt{off, text[off:]})
			break
		}
		out = append(out, lineAt{off, text[off : off+j]})
		off += j + 1
	}
	return out
}

func isBlank(s string) bool { return strings.TrimSpace(s) == "" }

func indent(s string) int {
	n := 0
	for n < len(s) && (s[n] == ' ' || s[n] == '\t') {
		n++
	}
	return n
}

// joinParagraphs builds a text from paragraphs already cleaned of line
// breaks, separated by blank lines, and returns it with their spans.
func joinParagraphs(paras []string) (string, []entente.Span) {
	var b strings.Builder
	spans := make([]entente.Span, 0, len(paras))
	for _, p := range paras {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		spans = append(spans, entente.Span{Start: b.Len(), End: b.Len() + len(p)})
		b.WriteString(p)
	}
	return b.String(), spans
}

// firstInvalidUTF8 reports the offset of the first invalid UTF-8 byte in b, or -1.
func firstInvalidUTF8(b []byte) int {
	if utf8.Valid(b) {
		return -1
	}
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

// finish fills in what the input lacked from the options and checks that the
// article has text. It sets the ID (a content hash when the input gave none),
// the paragraphs (from the text when the reader did not set them) and the
// defaults for date, URL, title, publisher and language.
func (o *Options) finish(a *entente.Article) error {
	if strings.TrimSpace(a.Text) == "" {
		return errNoText
	}
	if a.Published.IsZero() && !o.Date.IsZero() {
		a.Published, a.DateSource = o.Date, DateFromFlag
	}
	if a.URL == "" {
		a.URL = o.URL
	}
	if a.Title == "" {
		a.Title = o.Title
	}
	if a.Publisher == "" {
		a.Publisher = o.Publisher
	}
	if a.Language == "" {
		a.Language = o.Language
		if a.Language == "" {
			a.Language = "en"
		}
	}
	if a.ID == "" {
		a.ID = ContentID(a.Text)
	}
	if a.Paragraphs == nil {
		a.Paragraphs = textParagraphs(a.Text)
	}
	return nil
}
