// Package plot draws entente's analyses as SVG pictures: the series of a dyad
// (relation index, standing relations, turning points and event counts by
// class) and a signed network (ties coloured by sign, nodes by bloc). It is
// pure Go, needs no network access, and writes self-contained SVG.
package plot

import (
	"bufio"
	"fmt"
	"html"
	"io"
	"math"
	"strconv"
	"strings"
)

// svg writes SVG elements and keeps the first write error.
type svg struct {
	w   *bufio.Writer
	err error
}

func newSVG(w io.Writer, width, height int) *svg {
	s := &svg{w: bufio.NewWriter(w)}
	s.printf(`<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="11">`+"\n",
		width, height, width, height)
	s.printf(`<rect x="0" y="0" width="%d" height="%d" fill="white"/>`+"\n", width, height)
	return s
}

func (s *svg) printf(format string, args ...any) {
	if s.err != nil {
		return
	}
	_, s.err = fmt.Fprintf(s.w, format, args...)
}

// text writes a text element; anchor is "start", "middle" or "end".
func (s *svg) text(x, y float64, anchor, attrs, body string) {
	s.printf(`<text x="%s" y="%s" text-anchor="%s"%s>%s</text>`+"\n", num(x), num(y), anchor, attrs, esc(body))
}

func (s *svg) line(x1, y1, x2, y2 float64, attrs string) {
	s.printf(`<line x1="%s" y1="%s" x2="%s" y2="%s" %s/>`+"\n", num(x1), num(y1), num(x2), num(y2), attrs)
}

func (s *svg) close() error {
	s.printf("</svg>\n")
	if s.err != nil {
		return fmt.Errorf("plot: writing SVG: %w", s.err)
	}
	if err := s.w.Flush(); err != nil {
		return fmt.Errorf("plot: writing SVG: %w", err)
	}
	return nil
}

// esc makes s safe as SVG text: XML-escaped, valid UTF-8, and without the
// control characters XML cannot carry.
func esc(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.Map(func(r rune) rune {
		if r == 0x9 || r == 0xA || r == 0xD || r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF {
			return r
		}
		return '\uFFFD'
	}, s)
	return html.EscapeString(s)
}

// num formats a coordinate with at most two decimals.
func num(f float64) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return "0"
	}
	return strconv.FormatFloat(math.Round(f*100)/100, 'f', -1, 64)
}

// palette colours blocs and classes; it repeats after its end.
var palette = []string{"#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2", "#edc948", "#ff9da7", "#9c755f", "#bab0ac", "#e15759"}
