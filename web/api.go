package web

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"entente"
	"entente/analysis"
)

//go:embed openapi.json
var openAPIDoc []byte

// apiError is the body of every error response of the API.
type apiError struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// fail answers an error: a JSON body with a code and a message under /api/,
// an HTML page elsewhere.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, status int, code, msg string) {
	if strings.HasPrefix(r.URL.Path, "/api/") {
		var e apiError
		e.Error.Code, e.Error.Message = code, msg
		writeJSON(w, status, e)
		return
	}
	s.renderError(w, status, msg)
}

// failErr answers err, mapping store errors to statuses and logging the
// unexpected ones without showing their details to the client.
func (s *Server) failErr(w http.ResponseWriter, r *http.Request, err error) {
	switch {
	case errors.Is(err, entente.ErrNotFound):
		s.fail(w, r, http.StatusNotFound, "not_found", "not found")
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		s.fail(w, r, http.StatusServiceUnavailable, "timeout", "the query took too long")
	case errors.Is(err, entente.ErrReadOnly):
		s.fail(w, r, http.StatusForbidden, "read_only", "the store is read-only")
	default:
		s.log.Error("request failed", "path", r.URL.Path, "err", err)
		s.fail(w, r, http.StatusInternalServerError, "internal", "internal error; see the server log")
	}
}

// badRequest is an error in the client's input.
type badRequest struct{ msg string }

// Error returns the message for the client.
func (e *badRequest) Error() string { return e.msg }

func badf(format string, args ...any) error { return &badRequest{fmt.Sprintf(format, args...)} }

// failInput answers a bad request or any other error.
func (s *Server) failInput(w http.ResponseWriter, r *http.Request, err error) {
	var br *badRequest
	if errors.As(err, &br) {
		s.fail(w, r, http.StatusBadRequest, "bad_request", br.msg)
		return
	}
	s.failErr(w, r, err)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(true)
	if err := enc.Encode(v); err != nil {
		http.Error(w, `{"error":{"code":"internal","message":"encoding the response failed"}}`, http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

func (s *Server) apiOpenAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(openAPIDoc)
}

// EventJSON is an event as the API returns it.
type EventJSON struct {
	StoreID int64 `json:"store_id"`
	entente.Event
	NumMentions int       `json:"num_mentions"`
	NumSources  int       `json:"num_sources"`
	NumArticles int       `json:"num_articles"`
	URL         string    `json:"url,omitempty"`
	Published   time.Time `json:"published,omitzero"`
}

func eventJSON(e *entente.StoredEvent) EventJSON {
	return EventJSON{StoreID: e.StoreID, Event: e.Event, NumMentions: e.NumMentions, NumSources: e.NumSources,
		NumArticles: e.NumArticles, URL: e.URL, Published: e.Published}
}

// ArticleJSON is a stored article as the API returns it; lists leave the
// text out.
type ArticleJSON struct {
	entente.Article
	PublisherCountry string `json:"publisher_country,omitempty"`
	ContentHash      string `json:"content_hash"`
	DuplicateOf      string `json:"duplicate_of,omitempty"`
	DictVersion      string `json:"dict_version,omitempty"`
}

func articleJSON(a *entente.StoredArticle) ArticleJSON {
	return ArticleJSON{Article: a.Article, PublisherCountry: a.PublisherCountry, ContentHash: a.ContentHash,
		DuplicateOf: a.DuplicateOf, DictVersion: a.DictVersion}
}

const (
	defaultLimit = 50
	maxLimit     = 500
	maxOffset    = 100000
)

// intParam reads a non-negative integer query parameter.
func intParam(q url.Values, name string, def, max int) (int, error) {
	v := q.Get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		return 0, badf("%s: want a non-negative integer, got %q", name, v)
	}
	if n > max {
		return 0, badf("%s: at most %d", name, max)
	}
	return n, nil
}

// codeParam reads an optional actor code or code prefix.
func codeParam(q url.Values, name string) (string, error) {
	v := strings.ToUpper(strings.TrimSpace(q.Get(name)))
	if v == "" {
		return "", nil
	}
	if len(v) > 15 || strings.Trim(v, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") != "" {
		return "", badf("%s: want an actor code of letters and digits, got %q", name, v)
	}
	return v, nil
}

// eventFilter reads the event filter of /api/events and /search.
func eventFilter(q url.Values) (entente.EventFilter, error) {
	var f entente.EventFilter
	var err error
	for _, c := range []struct {
		name string
		dst  *string
	}{{"actor", &f.Actor}, {"source", &f.Source}, {"target", &f.Target}} {
		if *c.dst, err = codeParam(q, c.name); err != nil {
			return f, err
		}
	}
	if d := q.Get("dyad"); d != "" {
		a, b, ok := strings.Cut(strings.ToUpper(d), ",")
		if !ok || !validCode(a) || !validCode(b) {
			return f, badf("dyad: want two actor codes separated by a comma, got %q", d)
		}
		f.Dyad = [2]string{queryCode(a), queryCode(b)}
	}
	if c := q.Get("code"); c != "" {
		if len(c) > 4 || strings.Trim(c, "0123456789") != "" {
			return f, badf("code: want a CAMEO event code or prefix such as 04 or 042, got %q", c)
		}
		f.Code = c
	}
	if c := q.Get("root"); c != "" {
		if len(c) != 2 || strings.Trim(c, "0123456789") != "" {
			return f, badf("root: want a two-digit CAMEO root, got %q", c)
		}
		f.Root = c
	}
	if f.QuadClass, err = intParam(q, "quad", 0, 4); err != nil {
		return f, err
	}
	if v := q.Get("from"); v != "" {
		if f.From, _, err = analysis.ParseLooseDate(v); err != nil {
			return f, badf("from: %v", err)
		}
	}
	if v := q.Get("to"); v != "" {
		_, next, err := analysis.ParseLooseDate(v)
		if err != nil {
			return f, badf("to: %v", err)
		}
		f.To = analysis.InclusiveEnd(next)
	}
	if m := q.Get("modality"); m != "" {
		switch entente.Modality(m) {
		case entente.Asserted, entente.Alleged, entente.Intended, entente.Hypothetical, entente.Question, entente.Negated:
			f.Modality = entente.Modality(m)
		default:
			return f, badf("modality: unknown modality %q", m)
		}
	}
	if p := q.Get("place"); p != "" {
		if len(p) > 100 {
			return f, badf("place: too long")
		}
		f.Place = p
	}
	if a := q.Get("article"); a != "" {
		if len(a) > 1024 {
			return f, badf("article: at most 1024 bytes")
		}
		f.Article = a
	}
	if t := q.Get("q"); t != "" {
		if len(t) > 200 {
			return f, badf("q: at most 200 bytes")
		}
		f.Text = ftsQuery(t)
	}
	if f.Limit, err = intParam(q, "limit", defaultLimit, maxLimit); err != nil {
		return f, err
	}
	if f.Limit == 0 {
		f.Limit = defaultLimit
	}
	if f.Offset, err = intParam(q, "offset", 0, maxOffset); err != nil {
		return f, err
	}
	return f, nil
}

// ftsQuery turns a search box's text into a safe FTS5 query. Words must all
// occur; "quoted phrases" must occur as phrases; a word ending in * matches
// as a prefix; OR between two terms accepts either, NOT before a term
// excludes it; AND is the default and may be written. Every word is quoted,
// so that no other input is read as FTS5 syntax, and at most 12 terms are
// kept.
func ftsQuery(text string) string {
	var parts []string
	// Control characters and broken UTF-8 separate words (SQLite ends a
	// string at NUL).
	text = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || r == utf8.RuneError {
			return ' '
		}
		return r
	}, text)
	op := "" // pending OR or NOT
	skip := false
	terms := 0
	for len(text) > 0 && terms < 12 {
		text = strings.TrimLeft(text, " \t\r\n")
		if text == "" {
			break
		}
		var term string
		if text[0] == '"' {
			end := strings.IndexByte(text[1:], '"')
			var phrase string
			if end < 0 {
				phrase, text = text[1:], ""
			} else {
				phrase, text = text[1:1+end], text[2+end:]
			}
			var words []string
			for _, w := range strings.Fields(phrase) {
				if w = strings.Trim(w, `'.,;:!?()[]{}*^+-`); w != "" {
					words = append(words, w)
				}
			}
			if len(words) == 0 {
				continue
			}
			term = `"` + strings.ReplaceAll(strings.Join(words, " "), `"`, `""`) + `"`
		} else {
			end := strings.IndexAny(text, " \t\r\n")
			if end < 0 {
				end = len(text)
			}
			w := text[:end]
			text = text[end:]
			switch w {
			case "AND":
				continue
			case "OR", "NOT":
				if terms > 0 {
					op = w
				} else if w == "NOT" {
					skip = true // nothing to exclude from: drop the term
				}
				continue
			}
			prefix := strings.HasSuffix(w, "*")
			w = strings.Trim(w, `"'.,;:!?()[]{}*^+-`)
			if w == "" {
				continue
			}
			term = `"` + strings.ReplaceAll(w, `"`, `""`) + `"`
			if prefix {
				term += "*"
			}
		}
		if skip {
			skip = false
			continue
		}
		if op != "" && terms > 0 {
			parts = append(parts, op)
		}
		op = ""
		parts = append(parts, term)
		terms++
	}
	if len(parts) == 0 {
		return `""`
	}
	return strings.Join(parts, " ")
}

// eventPage is a page of events.
type eventPage struct {
	Events []EventJSON `json:"events"`
	Limit  int         `json:"limit"`
	Offset int         `json:"offset"`
	// More reports whether there are events after this page.
	More bool `json:"more"`
}

// queryEvents reads one page of events that match f.
func (s *Server) queryEvents(ctx context.Context, f entente.EventFilter) (*eventPage, error) {
	limit := f.Limit
	f.Limit = limit + 1
	page := &eventPage{Events: []EventJSON{}, Limit: limit, Offset: f.Offset}
	err := s.cfg.Store.Events(ctx, f, func(e *entente.StoredEvent) error {
		if len(page.Events) == limit {
			page.More = true
			return errStop
		}
		page.Events = append(page.Events, eventJSON(e))
		return nil
	})
	if err != nil && !errors.Is(err, errStop) {
		return nil, err
	}
	return page, nil
}

func (s *Server) apiEvents(w http.ResponseWriter, r *http.Request) {
	f, err := eventFilter(r.URL.Query())
	if err != nil {
		s.failInput(w, r, err)
		return
	}
	page, err := s.queryEvents(r.Context(), f)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	writeEventPage(w, page)
}

// eventID reads the store ID in the path.
func eventID(r *http.Request) (int64, error) {
	v := r.PathValue("id")
	id, err := strconv.ParseInt(v, 10, 64)
	if err != nil || id <= 0 {
		return 0, badf("event id: want a positive integer, got %q", v)
	}
	return id, nil
}

func (s *Server) apiEvent(w http.ResponseWriter, r *http.Request) {
	id, err := eventID(r)
	if err != nil {
		s.failInput(w, r, err)
		return
	}
	e, err := findEvent(r.Context(), s.cfg.Store, id)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, eventJSON(e))
}

// articleID reads an article key from the path.
func articleID(r *http.Request) (string, error) {
	id := r.PathValue("id")
	if id == "" || len(id) > 1024 {
		return "", badf("article id: want 1 to 1024 bytes")
	}
	return id, nil
}

func (s *Server) apiArticles(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	limit, err := intParam(q, "limit", defaultLimit, maxLimit)
	if err != nil {
		s.failInput(w, r, err)
		return
	}
	if limit == 0 {
		limit = defaultLimit
	}
	after := q.Get("after")
	out := struct {
		Articles []ArticleJSON `json:"articles"`
		// Next is the key to pass as after for the next page, "" at the end.
		Next string `json:"next"`
	}{Articles: []ArticleJSON{}}
	err = s.cfg.Store.Articles(r.Context(), after, func(a *entente.StoredArticle) error {
		if len(out.Articles) == limit {
			out.Next = out.Articles[limit-1].ID
			return errStop
		}
		j := articleJSON(a)
		j.Text, j.Paragraphs = "", nil
		out.Articles = append(out.Articles, j)
		return nil
	})
	if err != nil && !errors.Is(err, errStop) {
		s.failErr(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) apiArticle(w http.ResponseWriter, r *http.Request) {
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
	writeJSON(w, http.StatusOK, articleJSON(a))
}

// ActorJSON is an actor code with its event counts.
type ActorJSON struct {
	Code     string `json:"code"`
	AsSource int    `json:"as_source"`
	AsTarget int    `json:"as_target"`
}

func (s *Server) apiActors(w http.ResponseWriter, r *http.Request) {
	limit, err := intParam(r.URL.Query(), "limit", 100, 10000)
	if err != nil {
		s.failInput(w, r, err)
		return
	}
	as, err := s.cfg.Store.Actors(r.Context())
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	out := []ActorJSON{}
	for i, a := range as {
		if limit > 0 && i == limit {
			break
		}
		out = append(out, ActorJSON{Code: a.Code, AsSource: a.AsSource, AsTarget: a.AsTarget})
	}
	writeJSON(w, http.StatusOK, map[string]any{"actors": out})
}

func (s *Server) apiDyads(w http.ResponseWriter, r *http.Request) {
	limit, err := intParam(r.URL.Query(), "limit", 20, 1000)
	if err != nil {
		s.failInput(w, r, err)
		return
	}
	act, err := s.storeActivity(r.Context())
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	ds := act.dyads
	if len(ds) > limit {
		ds = ds[:limit]
	}
	if ds == nil {
		ds = []DyadActivity{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"dyads": ds})
}

// dyadCodes reads and validates the dyad in the path.
func dyadCodes(r *http.Request) (a, b string, err error) {
	a, b = r.PathValue("a"), r.PathValue("b")
	if !validCode(a) || !validCode(b) {
		return "", "", badf("dyad: actor codes must match ^[A-Z0-9]{3,15}$")
	}
	if a == b {
		return "", "", badf("dyad: the two actors must differ")
	}
	return a, b, nil
}

// analysisQuery reads unit, scheme, from, to and at.
func analysisQuery(q url.Values, defUnit analysis.Unit) (analysisParams, error) {
	p := analysisParams{unit: defUnit, scheme: analysis.GDELT}
	var err error
	if u := q.Get("unit"); u != "" {
		if p.unit, err = analysis.ParseUnit(u); err != nil {
			return p, badf("unit: %v", err)
		}
	}
	if sc := q.Get("scheme"); sc != "" {
		if p.scheme, err = analysis.ParseScheme(sc); err != nil {
			return p, badf("scheme: %v", err)
		}
	}
	if at := q.Get("at"); at != "" {
		t, _, err := analysis.ParseLooseDate(at)
		if err != nil {
			return p, badf("at: %v", err)
		}
		p.at = t
		p.from, p.to = analysis.TrailingWindow(t, p.unit, 0)
		return p, nil
	}
	if v := q.Get("from"); v != "" {
		if p.from, _, err = analysis.ParseLooseDate(v); err != nil {
			return p, badf("from: %v", err)
		}
	}
	if v := q.Get("to"); v != "" {
		if _, p.to, err = analysis.ParseLooseDate(v); err != nil {
			return p, badf("to: %v", err)
		}
	}
	if !p.from.IsZero() && !p.to.IsZero() && !p.from.Before(p.to) {
		return p, badf("from must come before to")
	}
	return p, nil
}

func (s *Server) dyadRequest(r *http.Request) (*analysis.Report, error) {
	a, b, err := dyadCodes(r)
	if err != nil {
		return nil, err
	}
	p, err := analysisQuery(r.URL.Query(), analysis.Month)
	if err != nil {
		return nil, err
	}
	return s.dyadReport(r.Context(), a, b, p)
}

// apiSeries answers the dyad series from the store's rollups when it keeps
// them (the series then says so in "approximation"), the full report
// otherwise; "computed_from" names which.
func (s *Server) apiSeries(w http.ResponseWriter, r *http.Request) {
	a, b, err := dyadCodes(r)
	if err != nil {
		s.failInput(w, r, err)
		return
	}
	p, err := analysisQuery(r.URL.Query(), analysis.Month)
	if err != nil {
		s.failInput(w, r, err)
		return
	}
	rep, from, err := s.dyadSeries(r.Context(), a, b, p)
	if err != nil {
		s.failInput(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"series": rep.Series, "turning_points": rep.TurningPoints, "formula": rep.Formula, "computed_from": from})
}

func (s *Server) apiReport(w http.ResponseWriter, r *http.Request) {
	rep, err := s.dyadRequest(r)
	if err != nil {
		s.failInput(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, rep)
}

func (s *Server) networkRequest(r *http.Request) (*networkResult, error) {
	p, err := analysisQuery(r.URL.Query(), analysis.Year)
	if err != nil {
		return nil, err
	}
	return s.network(r.Context(), p)
}

func (s *Server) apiNetwork(w http.ResponseWriter, r *http.Request) {
	n, err := s.networkRequest(r)
	if err != nil {
		s.failInput(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"network": n.Network, "blocs": n.Blocs})
}

func (s *Server) apiBalance(w http.ResponseWriter, r *http.Request) {
	n, err := s.networkRequest(r)
	if err != nil {
		s.failInput(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"from": n.Network.From, "to": n.Network.To, "balance": n.Balance, "blocs": n.Blocs})
}

// searchResult is what a search finds: the matching events and the
// articles that report them.
type searchResult struct {
	Query    string        `json:"query"`
	Events   []EventJSON   `json:"events"`
	Articles []ArticleJSON `json:"articles"`
	More     bool          `json:"more"`
}

func (s *Server) search(ctx context.Context, q url.Values) (*searchResult, error) {
	text := strings.TrimSpace(q.Get("q"))
	if text == "" {
		return nil, badf("q: a search text is required")
	}
	f, err := eventFilter(q)
	if err != nil {
		return nil, err
	}
	page, err := s.queryEvents(ctx, f)
	if err != nil {
		return nil, err
	}
	res := &searchResult{Query: text, Events: page.Events, Articles: []ArticleJSON{}, More: page.More}
	seen := make(map[string]bool)
	for _, e := range page.Events {
		if seen[e.ArticleID] {
			continue
		}
		seen[e.ArticleID] = true
		res.Articles = append(res.Articles, ArticleJSON{Article: entente.Article{ID: e.ArticleID, URL: e.URL, Published: e.Published}})
	}
	return res, nil
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	res, err := s.search(r.Context(), r.URL.Query())
	if err != nil {
		s.failInput(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, res)
}

// ingestResult reports what happened to one posted article.
type ingestResult struct {
	ArticleID   string `json:"article_id"`
	Status      string `json:"status"`
	DuplicateOf string `json:"duplicate_of,omitempty"`
	Events      int    `json:"events"`
	NewEvents   int    `json:"new_events"`
	Error       string `json:"error,omitempty"`
}

const maxIngestBatch = 1000

func (s *Server) apiIngest(w http.ResponseWriter, r *http.Request) {
	if !s.authorized(r) {
		if s.cfg.Token == "" {
			s.fail(w, r, http.StatusForbidden, "writes_disabled", "writes are disabled: start the server with --token or ENTENTE_TOKEN")
			return
		}
		w.Header().Set("WWW-Authenticate", `Bearer realm="entente"`)
		s.fail(w, r, http.StatusUnauthorized, "unauthorized", "a valid bearer token is required")
		return
	}
	if s.cfg.Ingest == nil {
		s.fail(w, r, http.StatusNotImplemented, "no_ingest", "this server has no ingest pipeline")
		return
	}
	if ct := r.Header.Get("Content-Type"); ct != "" && !strings.HasPrefix(ct, "application/json") {
		s.fail(w, r, http.StatusUnsupportedMediaType, "bad_content_type", "send application/json")
		return
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		var mb *http.MaxBytesError
		if errors.As(err, &mb) {
			s.fail(w, r, http.StatusRequestEntityTooLarge, "too_large", fmt.Sprintf("the body exceeds %d bytes", mb.Limit))
			return
		}
		s.fail(w, r, http.StatusBadRequest, "bad_request", "reading the body failed")
		return
	}
	arts, err := decodeArticles(body)
	if err != nil {
		s.failInput(w, r, err)
		return
	}
	res, err := s.cfg.Ingest(r.Context(), arts)
	if err != nil {
		s.log.Error("ingest failed", "err", err)
		s.fail(w, r, http.StatusInternalServerError, "ingest_failed", "ingest failed; see the server log")
		return
	}
	s.clearCaches()
	out := make([]ingestResult, 0, len(res))
	for _, p := range res {
		ir := ingestResult{ArticleID: p.ArticleID, Status: string(p.Status), DuplicateOf: p.DuplicateOf, Events: p.Events, NewEvents: p.NewEvents}
		if p.Err != nil {
			ir.Error = p.Err.Error()
		}
		out = append(out, ir)
	}
	writeJSON(w, http.StatusOK, map[string]any{"results": out})
}

// decodeArticles reads one JSON article or an array of them.
func decodeArticles(body []byte) ([]entente.Article, error) {
	body = bytes.TrimSpace(body)
	if len(body) == 0 {
		return nil, badf("empty body: send a JSON article or an array of articles")
	}
	var arts []entente.Article
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if body[0] == '[' {
		if err := dec.Decode(&arts); err != nil {
			return nil, badf("bad JSON: %v", err)
		}
	} else {
		var a entente.Article
		if err := dec.Decode(&a); err != nil {
			return nil, badf("bad JSON: %v", err)
		}
		arts = append(arts, a)
	}
	if dec.More() {
		return nil, badf("bad JSON: trailing data after the value")
	}
	if len(arts) == 0 {
		return nil, badf("no articles")
	}
	if len(arts) > maxIngestBatch {
		return nil, badf("at most %d articles per request", maxIngestBatch)
	}
	for i, a := range arts {
		if strings.TrimSpace(a.Text) == "" {
			return nil, badf("article %d: empty text", i)
		}
	}
	return arts, nil
}
