package web

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"math"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"entente"
	"entente/analysis"
	"entente/cameo"
	"entente/plot"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// pageSet holds one parsed template per page, each with the layout.
type pageSet struct {
	pages map[string]*template.Template
}

var funcs = template.FuncMap{
	"date": func(t time.Time) string {
		if t.IsZero() {
			return "—"
		}
		return t.UTC().Format("2006-01-02")
	},
	"month": func(t time.Time) string {
		if t.IsZero() {
			return "—"
		}
		return t.UTC().Format("2006-01")
	},
	"signed": func(f float64) string { return fmt.Sprintf("%+.2f", f) },
	"fixed":  func(f float64) string { return fmt.Sprintf("%.2f", f) },
	"pct":    func(f float64) string { return fmt.Sprintf("%.0f%%", 100*f) },
	"signClass": func(f float64) string {
		switch {
		case f > 0:
			return "pos"
		case f < 0:
			return "neg"
		}
		return ""
	},
	"eventName":   eventName,
	"actorName":   actorName,
	"articlePath": func(id string) string { return "/article/" + url.PathEscape(id) },
	"dyadPath":    dyadPath,
	"rolledDyadPath": func(a, b string) string {
		return dyadPath(analysis.RollUp(a), analysis.RollUp(b))
	},
	"add": func(a, b int) int { return a + b },
}

// dyadPath is the page of a dyad, or "" when a code cannot go in a URL.
func dyadPath(a, b string) string {
	if !validCode(a) || !validCode(b) || a == b {
		return ""
	}
	return "/dyad/" + a + "/" + b
}

// eventName names a CAMEO event code ("042 Make a visit").
func eventName(code string) string {
	if c, ok := cameo.Lookup(code); ok {
		return c.Name
	}
	return ""
}

// actorName names a country code, or returns "".
func actorName(code string) string {
	if c, ok := cameo.LookupCountry(code); ok {
		return c.Name
	}
	return ""
}

func loadPages() (*pageSet, error) {
	ps := &pageSet{pages: make(map[string]*template.Template)}
	names, err := fs.Glob(templateFS, "templates/*.html")
	if err != nil {
		return nil, fmt.Errorf("web: templates: %w", err)
	}
	for _, n := range names {
		base := strings.TrimSuffix(strings.TrimPrefix(n, "templates/"), ".html")
		if base == "layout" || strings.HasPrefix(base, "_") {
			continue // the layout and partials go with every page
		}
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/_*.html", n)
		if err != nil {
			return nil, fmt.Errorf("web: template %s: %w", n, err)
		}
		ps.pages[base] = t
	}
	return ps, nil
}

// pageData is what every page template receives.
type pageData struct {
	Title string
	Nav   string
	Data  any
}

// render writes page name with data, or an error page when rendering fails.
func (s *Server) render(w http.ResponseWriter, status int, name, title string, data any) {
	t := s.pages.pages[name]
	var buf bytes.Buffer
	if t == nil {
		s.log.Error("no template", "name", name)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	if err := t.Execute(&buf, pageData{Title: title, Nav: name, Data: data}); err != nil {
		s.log.Error("rendering page", "name", name, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

func (s *Server) renderError(w http.ResponseWriter, status int, msg string) {
	s.render(w, status, "error", http.StatusText(status), map[string]any{"Status": status, "Message": msg})
}

func (s *Server) serveStatic(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	var ctype string
	switch name {
	case "style.css":
		ctype = "text/css; charset=utf-8"
	default:
		// Only the files listed here are served: the name never reaches
		// a file system.
		s.fail(w, r, http.StatusNotFound, "not_found", "no such file")
		return
	}
	b, err := staticFS.ReadFile("static/" + name)
	if err != nil {
		s.fail(w, r, http.StatusNotFound, "not_found", "no such file")
		return
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Cache-Control", "public, max-age=3600")
	w.Write(b)
}

// overview is the data of the overview page.
type overview struct {
	Events      int
	First, Last time.Time
	Dyads       []DyadActivity
	Turns       []recentTurn
	Articles    []entente.StoredArticle
}

func (s *Server) pageOverview(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	act, err := s.storeActivity(ctx)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	ov := overview{Events: act.events, First: act.first, Last: act.last, Dyads: act.dyads}
	if len(ov.Dyads) > 15 {
		ov.Dyads = ov.Dyads[:15]
	}
	if ov.Turns, err = s.recentTurningPoints(ctx, act.dyads, 10); err != nil {
		s.failErr(w, r, err)
		return
	}
	if ov.Articles, err = s.latestArticles(ctx, 10); err != nil {
		s.failErr(w, r, err)
		return
	}
	s.render(w, http.StatusOK, "overview", "Overview", ov)
}

// dyadPage is the data of a dyad page.
type dyadPage struct {
	A, B   string
	NameA  string
	NameB  string
	Report *analysis.Report
	// KeyEvents are the report's key events, latest periods first.
	KeyEvents []analysis.KeyEvent
	Chart     template.HTML
	Events    *eventPage
	Unit      string
	PrevPage  string
	NextPage  string
}

func (s *Server) pageDyad(w http.ResponseWriter, r *http.Request) {
	a, b, err := dyadCodes(r)
	if err != nil {
		s.failInput(w, r, err)
		return
	}
	q := r.URL.Query()
	p, err := analysisQuery(q, analysis.Month)
	if err != nil {
		s.failInput(w, r, err)
		return
	}
	rep, err := s.dyadReport(r.Context(), a, b, p)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	var chart bytes.Buffer
	if len(rep.Series.Points) > 0 {
		if err := plot.Series(&chart, rep.Series, rep.TurningPoints, plot.SeriesOptions{}); err != nil {
			s.failErr(w, r, err)
			return
		}
	}
	offset, err := intParam(q, "offset", 0, maxOffset)
	if err != nil {
		s.failInput(w, r, err)
		return
	}
	f := entente.EventFilter{Dyad: [2]string{queryCode(a), queryCode(b)}, From: p.from, To: analysis.InclusiveEnd(p.to),
		Limit: defaultLimit, Offset: offset}
	evs, err := s.queryEvents(r.Context(), f)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	keys := make([]analysis.KeyEvent, 0, 30)
	for i := len(rep.KeyEvents) - 1; i >= 0 && len(keys) < 30; i-- {
		keys = append(keys, rep.KeyEvents[i])
	}
	d := dyadPage{A: a, B: b, NameA: actorName(a), NameB: actorName(b), Report: rep, KeyEvents: keys,
		Chart: template.HTML(chart.String()), Events: evs, Unit: string(p.unit)}
	page := func(off int) string {
		v := url.Values{}
		for k, vs := range q {
			v[k] = vs
		}
		v.Set("offset", strconv.Itoa(off))
		return "/dyad/" + a + "/" + b + "?" + v.Encode()
	}
	if offset > 0 {
		d.PrevPage = page(max(0, offset-defaultLimit))
	}
	if evs.More {
		d.NextPage = page(offset + defaultLimit)
	}
	s.render(w, http.StatusOK, "dyad", a+"–"+b, d)
}

// networkPage is the data of the network page.
type networkPage struct {
	At      string
	Unit    string
	Units   []string
	Result  *networkResult
	Picture template.HTML
	Edges   []analysis.Edge
	Blocs   []analysis.Bloc
}

func (s *Server) pageNetwork(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("at") == "" && q.Get("from") == "" && q.Get("to") == "" {
		// Default to the period of the latest events.
		act, err := s.storeActivity(r.Context())
		if err != nil {
			s.failErr(w, r, err)
			return
		}
		if !act.last.IsZero() {
			q.Set("at", act.last.Format("2006-01-02"))
		}
	}
	if q.Get("at") == "" {
		q.Del("at")
	}
	p, err := analysisQuery(q, analysis.Year)
	if err != nil {
		s.failInput(w, r, err)
		return
	}
	res, err := s.network(r.Context(), p)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	var pic bytes.Buffer
	if err := plot.Network(&pic, res.Network, res.Blocs, plot.NetworkOptions{Size: 640}); err != nil {
		s.failErr(w, r, err)
		return
	}
	edges := append([]analysis.Edge(nil), res.Network.Edges...)
	sort.SliceStable(edges, func(i, j int) bool { return math.Abs(edges[i].Weight) > math.Abs(edges[j].Weight) })
	np := networkPage{At: q.Get("at"), Unit: string(p.unit), Units: []string{"week", "month", "quarter", "year"},
		Result: res, Picture: template.HTML(pic.String()), Edges: edges}
	if res.Blocs != nil {
		np.Blocs = res.Blocs.Blocs
	}
	s.render(w, http.StatusOK, "network", "Network", np)
}

// segment is a piece of an evidence sentence, marked as part of the source,
// the verb or the target, or plain.
type segment struct {
	Text  string
	Class string
	Label string
}

// eventView is the data of an event page.
type eventView struct {
	Event     EventJSON
	CodeName  string
	Segments  []segment
	Article   *entente.StoredArticle
	Found     bool
	SourceTxt string
	TargetTxt string
	VerbTxt   string
}

// evidence splits the evidence sentence of e into segments marking the
// source, verb and target spans. text is the article text, "" when the
// article is not available; the spans are byte offsets into it.
func evidence(e *entente.Event, text string) []segment {
	sent := e.SentenceText
	start := -1
	if text != "" {
		lo, hi := spanBounds(e, len(text))
		if sent != "" {
			// The sentence occurrence that holds the spans.
			for from := 0; from <= len(text); {
				i := strings.Index(text[from:], sent)
				if i < 0 {
					break
				}
				i += from
				if lo < 0 || (i <= lo && hi <= i+len(sent)) {
					start = i
					break
				}
				from = i + 1
			}
		}
		if start < 0 && lo >= 0 {
			// No stored sentence: widen the spans to the surrounding
			// sentence boundaries.
			start = strings.LastIndexAny(text[:lo], ".!?\n") + 1
			end := hi
			if j := strings.IndexAny(text[hi:], ".!?\n"); j >= 0 {
				end = hi + j + 1
			} else {
				end = len(text)
			}
			sent = text[start:end]
		}
	}
	if start < 0 {
		return []segment{{Text: sent}}
	}
	marks := []struct {
		sp           entente.Span
		class, label string
	}{{e.SourceSpan, "src", "source " + e.Source}, {e.VerbSpan, "verb", "verb " + e.Code}, {e.TargetSpan, "tgt", "target " + e.Target}}
	sort.SliceStable(marks, func(i, j int) bool { return marks[i].sp.Start < marks[j].sp.Start })
	var out []segment
	pos := 0
	for _, m := range marks {
		s, t := m.sp.Start-start, m.sp.End-start
		if m.sp.Len() <= 0 || s < pos || t > len(sent) {
			continue // empty, overlapping or outside the sentence
		}
		if s > pos {
			out = append(out, segment{Text: sent[pos:s]})
		}
		out = append(out, segment{Text: sent[s:t], Class: m.class, Label: m.label})
		pos = t
	}
	if pos < len(sent) {
		out = append(out, segment{Text: sent[pos:]})
	}
	return out
}

// spanBounds returns the cover of e's valid non-empty spans, or -1, -1.
func spanBounds(e *entente.Event, n int) (lo, hi int) {
	lo, hi = -1, -1
	for _, sp := range []entente.Span{e.SourceSpan, e.VerbSpan, e.TargetSpan} {
		if sp.Len() <= 0 || !sp.Valid(n) {
			continue
		}
		if lo < 0 || sp.Start < lo {
			lo = sp.Start
		}
		if sp.End > hi {
			hi = sp.End
		}
	}
	return lo, hi
}

func (s *Server) pageEvent(w http.ResponseWriter, r *http.Request) {
	id, err := eventID(r)
	if err != nil {
		s.failInput(w, r, err)
		return
	}
	ctx := r.Context()
	e, err := findEvent(ctx, s.cfg.Store, id)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	v := eventView{Event: eventJSON(e), CodeName: eventName(e.Code)}
	a, err := findArticle(ctx, s.cfg.Store, e.ArticleID)
	switch {
	case err == nil:
		v.Article, v.Found = a, true
	case !errors.Is(err, entente.ErrNotFound):
		s.failErr(w, r, err)
		return
	}
	text := ""
	if a != nil {
		text = a.Text
		v.SourceTxt, v.TargetTxt, v.VerbTxt = e.SourceSpan.Of(text), e.TargetSpan.Of(text), e.VerbSpan.Of(text)
	}
	v.Segments = evidence(&e.Event, text)
	s.render(w, http.StatusOK, "event", "Event "+strconv.FormatInt(id, 10), v)
}

// articleView is the data of an article page.
type articleView struct {
	Article    *entente.StoredArticle
	Paragraphs []string
	// Events are the events the article reports, up to articleEvents.
	Events *eventPage
}

// articleEvents caps the events listed on an article page.
const articleEvents = 200

func (s *Server) pageArticle(w http.ResponseWriter, r *http.Request) {
	id, err := articleID(r)
	if err != nil {
		s.failInput(w, r, err)
		return
	}
	a, err := findArticle(r.Context(), s.cfg.Store, id)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	v := articleView{Article: a}
	for _, p := range a.Paragraphs {
		if t := strings.TrimSpace(p.Of(a.Text)); t != "" {
			v.Paragraphs = append(v.Paragraphs, t)
		}
	}
	if len(v.Paragraphs) == 0 {
		for _, p := range strings.Split(a.Text, "\n\n") {
			if t := strings.TrimSpace(p); t != "" {
				v.Paragraphs = append(v.Paragraphs, t)
			}
		}
	}
	if v.Events, err = s.queryEvents(r.Context(), entente.EventFilter{Article: a.ID, Limit: articleEvents}); err != nil {
		s.failErr(w, r, err)
		return
	}
	title := a.Title
	if title == "" {
		title = "Article " + a.ID
	}
	s.render(w, http.StatusOK, "article", title, v)
}

// searchView is the data of the search page.
type searchView struct {
	Query    string
	Result   *searchResult
	Error    string
	NextPage string
}

func (s *Server) pageSearch(w http.ResponseWriter, r *http.Request) {
	v := searchView{Query: r.URL.Query().Get("q")}
	if strings.TrimSpace(v.Query) != "" {
		res, err := s.search(r.Context(), r.URL.Query())
		var br *badRequest
		switch {
		case errors.As(err, &br):
			v.Error = br.msg
		case err != nil:
			s.failErr(w, r, err)
			return
		default:
			v.Result = res
			if res.More {
				q := r.URL.Query()
				off, _ := strconv.Atoi(q.Get("offset"))
				q.Set("offset", strconv.Itoa(off+len(res.Events)))
				v.NextPage = "/search?" + q.Encode()
			}
		}
	}
	s.render(w, http.StatusOK, "search", "Search", v)
}
