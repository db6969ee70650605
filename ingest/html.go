package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	nurl "net/url"
	"regexp"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"entente"
)

// readHTML reads a web page: its main text through readability, after
// navigation, asides, footers, share and "Related posts" blocks are pruned;
// a paragraph that repeats an earlier one verbatim (a caption shown twice) is
// dropped. Title, date, URL, publisher and language come from the page's
// meta tags, JSON-LD and <time> elements.
func (r *run) readHTML(name string, data []byte) error {
	a, warn, err := articleFromHTML(data)
	if err != nil {
		r.problem(name, 0, err, true)
		return nil
	}
	if warn != nil {
		r.problem(name, 0, warn, false)
	}
	a.Source = name
	return r.article(a, name, 0)
}

// articleFromHTML extracts an article from a page. warn reports a problem
// that did not cost the article (an unreadable date).
func articleFromHTML(data []byte) (a *entente.Article, warn error, err error) {
	doc, err := html.Parse(bytes.NewReader(decodeHTML(data)))
	if err != nil {
		return nil, nil, fmt.Errorf("malformed HTML: %w", err)
	}
	m := pageMeta(doc)
	a = &entente.Article{Title: m.title(), URL: m.url(), Publisher: m.publisher(), Language: m.language()}
	a.Published, a.DateSource, warn = m.date()

	prune(doc)
	paras := mainText(doc, a.URL)
	if len(paras) > 1 && m.isTitle(paras[0]) {
		paras = paras[1:] // the headline, kept in Title, is not body text
	}
	a.Text, a.Paragraphs = joinParagraphs(paras)
	if a.Text == "" {
		return nil, nil, errors.New("no article text found in the HTML")
	}
	return a, warn, nil
}

// mainText returns the paragraphs of the page's main text: readability's
// choice when it finds one, else every block of the (pruned) body.
func mainText(doc *html.Node, pageURL string) (paras []string) {
	var base *nurl.URL
	if u, err := nurl.Parse(pageURL); err == nil && u.IsAbs() {
		base = u
	}
	var node *html.Node
	func() {
		// readability is a large port of a JavaScript library; a failure
		// inside it must not stop reading, so fall back to the whole body.
		defer func() {
			if recover() != nil {
				node = nil
			}
		}()
		p := readability.NewParser()
		p.KeepClasses = true
		if art, err := p.ParseDocument(doc, base); err == nil {
			node = art.Node
		}
	}()
	if node != nil {
		paras = dedupe(blocks(node))
	}
	if len(paras) == 0 {
		paras = dedupe(blocks(doc))
	}
	return paras
}

// dedupe drops a paragraph that repeats an earlier one (white space and case
// aside), such as a photo caption shown twice.
func dedupe(paras []string) []string {
	seen := make(map[string]bool, len(paras))
	out := paras[:0]
	for _, p := range paras {
		k := strings.ToLower(strings.Join(strings.Fields(p), " "))
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, p)
	}
	return out
}

// skipTags are elements whose content is never article text.
var skipTags = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Svg: true, atom.Math: true, atom.Canvas: true, atom.Button: true,
	atom.Select: true, atom.Textarea: true, atom.Input: true, atom.Object: true, atom.Embed: true,
	atom.Nav: true, atom.Aside: true, atom.Footer: true, atom.Header: true, atom.Form: true,
	atom.Menu: true, atom.Dialog: true,
}

// blockTags are elements that start and end a paragraph.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Pre: true, atom.Figure: true, atom.Figcaption: true,
	atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Caption: true,
	atom.Hr: true, atom.Br: true, atom.Address: true, atom.Details: true, atom.Summary: true,
	atom.Body: true, atom.Html: true, atom.Center: true,
}

// boilerplateClass matches class and id words of page furniture.
var boilerplateClass = regexp.MustCompile(`(?i)(^|[\s_-])(related|read-?more|more-?stories|recommended|share|sharing|social|newsletter|subscribe|promo|advert|advertisement|ads?|comments?|breadcrumbs?|cookies?|sidebar|menu|navbar|navigation|footer|masthead|byline-share|tags)($|[\s_-])`)

// relatedHeading matches the heading of a block of links to other stories.
var relatedHeading = regexp.MustCompile(`(?i)^\s*(related( posts| articles| stories| news| content| coverage| links)?|read more|read also|more on this( story| topic)?|more from .{1,40}|see also|you (may|might) also like|recommended( for you| stories)?|more stories|most (read|popular|viewed)|trending( now)?|latest (news|stories)|also read)\s*[:.]?\s*$`)

// relatedLead matches the start of a one-line pointer to another story.
var relatedLead = regexp.MustCompile(`(?i)^\s*(read more|read also|also read|see also|related|more)\s*:`)

// prune removes page furniture from doc: skipped elements, elements whose
// class or id names boilerplate, and "Related posts" headings with the links
// that follow them.
func prune(doc *html.Node) {
	var remove []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.Head || c.DataAtom == atom.Body || c.DataAtom == atom.Html {
				walk(c)
				continue
			}
			if skipTags[c.DataAtom] || boilerplateClass.MatchString(attr(c, "class")+" "+attr(c, "id")) && isFurniture(c) {
				remove = append(remove, c)
				continue
			}
			if isHeadingLike(c) && relatedLead.MatchString(textOf(c)) && linkDensity(c) >= 0.5 {
				remove = append(remove, c) // "Read more: <a>another story</a>"
				continue
			}
			if isHeadingLike(c) && relatedHeading.MatchString(textOf(c)) {
				remove = append(remove, c)
				// The links that follow the heading go with it: its
				// siblings that are lists or mostly links.
				for s := c.NextSibling; s != nil; s = s.NextSibling {
					if s.Type != html.ElementNode {
						continue
					}
					if s.DataAtom == atom.Ul || s.DataAtom == atom.Ol || linkDensity(s) >= 0.5 {
						remove = append(remove, s)
						continue
					}
					break
				}
				continue
			}
			walk(c)
		}
	}
	walk(doc)
	for _, n := range remove {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
}

// isFurniture reports whether an element whose class names boilerplate
// looks like it: short, or mostly links. A long text block is kept whatever
// its class says (an <article class="has-comments"> is still the article).
func isFurniture(n *html.Node) bool {
	return len(textOf(n)) < 200 || linkDensity(n) >= 0.3
}

// isHeadingLike reports whether n is a heading or a short standalone block
// that may title a block of links.
func isHeadingLike(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	case atom.P, atom.Div, atom.Strong, atom.B, atom.Span, atom.Dt:
		return len(textOf(n)) <= 60
	}
	return false
}

// linkDensity is the share of n's text that is inside links.
func linkDensity(n *html.Node) float64 {
	all := len(strings.TrimSpace(textOf(n)))
	if all == 0 {
		return 0
	}
	links := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.A {
				links += len(strings.TrimSpace(textOf(c)))
				continue
			}
			walk(c)
		}
	}
	walk(n)
	return float64(links) / float64(all)
}

// blocks returns the text of the block elements under n, white space
// collapsed, one string a paragraph.
func blocks(n *html.Node) []string {
	var out []string
	var cur strings.Builder
	space := false
	flush := func() {
		if t := strings.TrimSpace(cur.String()); t != "" {
			out = append(out, strings.ToValidUTF8(t, "\uFFFD"))
		}
		cur.Reset()
		space = false
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			s := n.Data
			f := strings.Fields(s)
			if len(f) == 0 {
				space = space || s != ""
				return
			}
			if cur.Len() > 0 && (space || startsSpace(s)) {
				cur.WriteByte(' ')
			}
			cur.WriteString(strings.Join(f, " "))
			space = endsSpace(s)
			return
		case html.ElementNode:
			if skipTags[n.DataAtom] {
				return
			}
			if blockTags[n.DataAtom] {
				flush()
				defer flush()
			}
		case html.CommentNode, html.DoctypeNode:
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	flush()
	return out
}

func startsSpace(s string) bool { return s != "" && strings.TrimLeft(s[:1], " \t\n\r\f") == "" }
func endsSpace(s string) bool   { return s != "" && strings.TrimLeft(s[len(s)-1:], " \t\n\r\f") == "" }

// textOf returns the text content of n, with skipped elements left out.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			return
		}
		if n.Type == html.ElementNode && skipTags[n.DataAtom] && n.DataAtom != atom.Head {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.TrimSpace(b.String())
}

func attr(n *html.Node, key string) string {
	v, _ := findAttr(n, key)
	return v
}

// meta is what a page says about itself.
type meta struct {
	lang, titleTag, canonical string
	tags                      map[string]string // meta name/property/itemprop -> content, first wins
	ld                        ldInfo
	timeAttr, timePreferred   string // first <time datetime>, and one marked as publication
}

type ldInfo struct {
	headline, datePublished, dateCreated, url, publisher string
}

func pageMeta(doc *html.Node) *meta {
	m := &meta{tags: map[string]string{}}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				if m.lang == "" {
					m.lang = strings.TrimSpace(attr(n, "lang"))
				}
			case atom.Title:
				if m.titleTag == "" {
					m.titleTag = strings.Join(strings.Fields(textOf(n)), " ")
				}
			case atom.Meta:
				content := strings.TrimSpace(attr(n, "content"))
				for _, k := range []string{attr(n, "property"), attr(n, "name"), attr(n, "itemprop"), attr(n, "http-equiv")} {
					k = strings.ToLower(strings.TrimSpace(k))
					if k != "" && content != "" {
						if _, ok := m.tags[k]; !ok {
							m.tags[k] = content
						}
					}
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.canonical == "" {
					m.canonical = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
					var v any
					if json.Unmarshal([]byte(n.FirstChild.Data), &v) == nil {
						m.ld.collect(v, 0)
					}
				}
			case atom.Time:
				if dt := strings.TrimSpace(attr(n, "datetime")); dt != "" {
					if m.timeAttr == "" {
						m.timeAttr = dt
					}
					_, pub := findAttr(n, "pubdate")
					if m.timePreferred == "" && (pub || strings.EqualFold(attr(n, "itemprop"), "datePublished") ||
						strings.Contains(strings.ToLower(attr(n, "class")), "publish")) {
						m.timePreferred = dt
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return m
}

func findAttr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// collect gathers article metadata from a JSON-LD value, first found wins.
func (l *ldInfo) collect(v any, depth int) {
	if depth > 8 {
		return
	}
	switch v := v.(type) {
	case []any:
		for _, x := range v {
			l.collect(x, depth+1)
		}
	case map[string]any:
		str := func(k string) string { s, _ := v[k].(string); return strings.TrimSpace(s) }
		set := func(dst *string, s string) {
			if *dst == "" {
				*dst = s
			}
		}
		set(&l.datePublished, str("datePublished"))
		set(&l.dateCreated, str("dateCreated"))
		if h := str("headline"); h != "" {
			set(&l.headline, h)
			set(&l.url, str("url"))
		}
		switch p := v["publisher"].(type) {
		case string:
			set(&l.publisher, strings.TrimSpace(p))
		case map[string]any:
			s, _ := p["name"].(string)
			set(&l.publisher, strings.TrimSpace(s))
		}
		if g, ok := v["@graph"]; ok {
			l.collect(g, depth+1)
		}
		if me, ok := v["mainEntity"]; ok {
			l.collect(me, depth+1)
		}
	}
}

func firstOf(s ...string) string {
	for _, x := range s {
		if x = strings.TrimSpace(x); x != "" {
			return x
		}
	}
	return ""
}

func (m *meta) title() string {
	return strings.Join(strings.Fields(firstOf(m.tags["og:title"], m.tags["twitter:title"], m.ld.headline, m.tags["headline"], m.titleTag)), " ")
}

func (m *meta) url() string {
	return firstOf(m.canonical, m.tags["og:url"], m.ld.url)
}

func (m *meta) publisher() string {
	return firstOf(m.tags["og:site_name"], m.ld.publisher, m.tags["publisher"], m.tags["application-name"])
}

func (m *meta) language() string {
	if l := firstOf(m.lang, m.tags["content-language"], m.tags["og:locale"], m.tags["language"]); l != "" {
		l = strings.ReplaceAll(l, "_", "-")
		if i := strings.IndexAny(l, ", "); i > 0 {
			l = l[:i]
		}
		return l
	}
	return ""
}

// metaDateKeys are the meta tags that carry a publication date, best first.
var metaDateKeys = []string{
	"article:published_time", "og:article:published_time", "og:published_time", "datepublished",
	"article.published", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
	"date", "dc.date", "dc.date.issued", "dc.date.created", "dcterms.issued", "dcterms.created",
	"dcterms.date", "sailthru.date", "parsely-pub-date", "original-publish-date", "created",
}

// date returns the page's publication date and where it came from, trying
// meta tags, then JSON-LD, then <time> elements; warn reports candidates
// that could not be read when none could.
func (m *meta) date() (t time.Time, source string, warn error) {
	type cand struct{ v, src string }
	var cands []cand
	for _, k := range metaDateKeys {
		if v := m.tags[k]; v != "" {
			cands = append(cands, cand{v, DateFromMeta})
		}
	}
	for _, v := range []string{m.ld.datePublished, m.ld.dateCreated} {
		if v != "" {
			cands = append(cands, cand{v, DateFromJSONLD})
		}
	}
	for _, v := range []string{m.timePreferred, m.timeAttr} {
		if v != "" {
			cands = append(cands, cand{v, DateFromTimeElement})
		}
	}
	var first error
	for _, c := range cands {
		d, err := ParseDate(c.v)
		if err == nil {
			return d, c.src, nil
		}
		if first == nil {
			first = fmt.Errorf("publication date (%s): %w", c.src, err)
		}
	}
	return t, "", first
}

// isTitle reports whether a paragraph is the page's headline: the title, or
// the <title> text up to a separator before the site's name.
func (m *meta) isTitle(p string) bool {
	norm := func(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }
	p = norm(p)
	if p == "" {
		return false
	}
	if p == norm(m.title()) || p == norm(m.ld.headline) {
		return true
	}
	rest, ok := strings.CutPrefix(norm(m.titleTag), p)
	return ok && (rest == "" || strings.HasPrefix(rest, " |") || strings.HasPrefix(rest, " -") || strings.HasPrefix(rest, " –") || strings.HasPrefix(rest, " —"))
}

// decodeHTML converts a page in a legacy character set (declared in a meta
// tag or detected) to UTF-8; UTF-8 pages are returned as they are.
func decodeHTML(data []byte) []byte {
	if _, enc, _ := charset.DetermineEncoding(data, ""); enc != "utf-8" && enc != "" {
		if e, _ := charset.Lookup(enc); e != nil {
			if dec, err := e.NewDecoder().Bytes(data); err == nil {
				return dec
			}
		}
	}
	return data
}
