package web

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"github.com/google/go-cmp/cmp"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"

	"entente"
)

// testServer serves a store of n synthetic articles (and the hostile one).
func testServer(t testing.TB, n int, cfg Config) (*httptest.Server, entente.Store) {
	t.Helper()
	st := openStore(t, n)
	cfg.Store = st
	if cfg.RatePerSecond == 0 {
		cfg.RatePerSecond = -1
	}
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return ts, st
}

// getJSON fetches path and decodes the JSON body into v, checking the status.
func getJSON(t *testing.T, ts *httptest.Server, path string, status int, v any) {
	t.Helper()
	resp, err := http.Get(ts.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != status {
		t.Fatalf("GET %s: status %d, want %d; body %s", path, resp.StatusCode, status, body)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("GET %s: content type %q", path, ct)
	}
	if v != nil {
		if err := json.Unmarshal(body, v); err != nil {
			t.Fatalf("GET %s: %v in %s", path, err, body)
		}
	}
}

// storeEvents lists the events that match f straight from the store.
func storeEvents(t *testing.T, st entente.Store, f entente.EventFilter) []entente.StoredEvent {
	t.Helper()
	var out []entente.StoredEvent
	if err := st.Events(context.Background(), f, func(e *entente.StoredEvent) error {
		out = append(out, *e)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestOpenAPIDocumentsEveryRoute(t *testing.T) {
	var doc struct {
		OpenAPI string                    `json:"openapi"`
		Paths   map[string]map[string]any `json:"paths"`
	}
	if err := json.Unmarshal(openAPIDoc, &doc); err != nil {
		t.Fatalf("openapi.json is not valid JSON: %v", err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Errorf("openapi version %q", doc.OpenAPI)
	}
	s := &Server{}
	routes := make(map[string]bool)
	for _, r := range s.routeTable() {
		if !strings.HasPrefix(r.pattern, "/api/") {
			continue
		}
		key := strings.ToLower(r.method) + " " + r.pattern
		routes[key] = true
		if _, ok := doc.Paths[r.pattern][strings.ToLower(r.method)]; !ok {
			t.Errorf("route %s %s is not in openapi.json", r.method, r.pattern)
		}
	}
	for path, ops := range doc.Paths {
		for method := range ops {
			if !routes[method+" "+path] {
				t.Errorf("openapi.json documents %s %s, which the server does not serve", method, path)
			}
		}
	}
}

func TestEventsFilterAndPaging(t *testing.T) {
	ts, st := testServer(t, 60, Config{})
	want := storeEvents(t, st, entente.EventFilter{Dyad: [2]string{"PAK", "RUS"}})
	if len(want) < 10 {
		t.Fatalf("fixture has only %d PAK-RUS events", len(want))
	}
	var got []EventJSON
	for off := 0; ; off += 7 {
		var page eventPage
		getJSON(t, ts, fmt.Sprintf("/api/events?dyad=PAK,RUS&limit=7&offset=%d", off), 200, &page)
		if len(page.Events) > 7 {
			t.Fatalf("page of %d events with limit 7", len(page.Events))
		}
		got = append(got, page.Events...)
		if !page.More {
			break
		}
	}
	if len(got) != len(want) {
		t.Fatalf("paged through %d events, store has %d", len(got), len(want))
	}
	for i := range got {
		if got[i].StoreID != want[i].StoreID || got[i].Code != want[i].Code {
			t.Errorf("event %d: got %d %s, store %d %s", i, got[i].StoreID, got[i].Code, want[i].StoreID, want[i].Code)
		}
		pair := got[i].Source[:3] + got[i].Target[:3]
		if pair != "PAKRUS" && pair != "RUSPAK" {
			t.Errorf("event %d is %s->%s, not PAK-RUS", got[i].StoreID, got[i].Source, got[i].Target)
		}
	}

	var conflict eventPage
	getJSON(t, ts, "/api/events?actor=CHN&quad=4&limit=500", 200, &conflict)
	for _, e := range conflict.Events {
		if e.QuadClass != 4 || !(strings.HasPrefix(e.Source, "CHN") || strings.HasPrefix(e.Target, "CHN")) {
			t.Errorf("event %d (%s->%s quad %d) does not match actor=CHN&quad=4", e.StoreID, e.Source, e.Target, e.QuadClass)
		}
	}
	if n := len(storeEvents(t, st, entente.EventFilter{Actor: "CHN", QuadClass: 4})); n != len(conflict.Events) {
		t.Errorf("actor=CHN&quad=4 gave %d events, store %d", len(conflict.Events), n)
	}
}

func TestBadInputsGiveCodedErrors(t *testing.T) {
	ts, _ := testServer(t, 5, Config{})
	for _, c := range []struct {
		path   string
		status int
		code   string
	}{
		{"/api/events?limit=-1", 400, "bad_request"},
		{"/api/events?limit=100000", 400, "bad_request"},
		{"/api/events?dyad=PAK", 400, "bad_request"},
		{"/api/events?actor=" + url.QueryEscape("PAK' OR 1=1 --"), 400, "bad_request"},
		{"/api/events?from=yesterday", 400, "bad_request"},
		{"/api/events?modality=certain", 400, "bad_request"},
		{"/api/events/abc", 400, "bad_request"},
		{"/api/events/999999", 404, "not_found"},
		{"/api/articles/nope", 404, "not_found"},
		{"/api/dyads/pak/RUS/series", 400, "bad_request"},
		{"/api/dyads/PAK/" + url.PathEscape("../etc") + "/series", 400, "bad_request"},
		{"/api/dyads/PAK/RUS/series?unit=fortnight", 400, "bad_request"},
		{"/api/network?at=2024-13-01", 400, "bad_request"},
		{"/api/search", 400, "bad_request"},
		{"/api/nothing", 404, "not_found"},
	} {
		var e apiError
		getJSON(t, ts, c.path, c.status, &e)
		if e.Error.Code != c.code || e.Error.Message == "" {
			t.Errorf("%s: error %+v, want code %s and a message", c.path, e.Error, c.code)
		}
	}
}

func TestEventAndArticleByID(t *testing.T) {
	ts, st := testServer(t, 10, Config{})
	all := storeEvents(t, st, entente.EventFilter{})
	last := all[len(all)-1]
	var e EventJSON
	getJSON(t, ts, fmt.Sprintf("/api/events/%d", last.StoreID), 200, &e)
	if e.StoreID != last.StoreID || e.Code != last.Code || e.ArticleID != last.ArticleID || e.SentenceText != last.SentenceText {
		t.Errorf("event %d: got %+v", last.StoreID, e)
	}
	var a ArticleJSON
	getJSON(t, ts, "/api/articles/"+url.PathEscape(hostileID), 200, &a)
	if a.ID != hostileID || !strings.Contains(a.Text, hostileSentence) {
		t.Errorf("hostile article: got %q with text %q", a.ID, a.Text)
	}
	var list struct {
		Articles []ArticleJSON `json:"articles"`
		Next     string        `json:"next"`
	}
	getJSON(t, ts, "/api/articles?limit=4", 200, &list)
	if len(list.Articles) != 4 || list.Next != list.Articles[3].ID {
		t.Fatalf("first page: %d articles, next %q", len(list.Articles), list.Next)
	}
	getJSON(t, ts, "/api/articles?limit=4&after="+url.QueryEscape(list.Next), 200, &list)
	if len(list.Articles) == 0 || list.Articles[0].ID == "syn-000003" {
		t.Errorf("second page starts at %+v", list.Articles)
	}
	for _, a := range list.Articles {
		if a.Text != "" {
			t.Errorf("article list carries the text of %s", a.ID)
		}
	}
}

// TestArticleEvents checks that the events of an article, through the API
// filter and on the article page, are those the store has a report of in it.
func TestArticleEvents(t *testing.T) {
	ts, st := testServer(t, 30, Config{})
	const id = "syn-000007"
	want := map[int64]bool{}
	err := st.Mentions(context.Background(), entente.EventFilter{}, func(m *entente.EventMention) error {
		if m.ArticleID == id {
			want[m.EventStoreID] = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(want) == 0 {
		t.Fatalf("no events reported in %s", id)
	}
	var page eventPage
	getJSON(t, ts, "/api/events?article="+url.QueryEscape(id), 200, &page)
	got := map[int64]bool{}
	for _, e := range page.Events {
		got[e.StoreID] = true
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("/api/events?article=%s (-store +api):\n%s", id, diff)
	}
	getJSON(t, ts, "/api/events?article=no-such-article", 200, &page)
	if len(page.Events) != 0 {
		t.Errorf("unknown article: %d events", len(page.Events))
	}
	resp, err := http.Get(ts.URL + "/article/" + url.PathEscape(id))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for sid := range want {
		if link := fmt.Sprintf(`href="/event/%d"`, sid); !bytes.Contains(b, []byte(link)) {
			t.Errorf("article page of %s lacks %s", id, link)
		}
	}
}

func TestActorsAndDyads(t *testing.T) {
	ts, st := testServer(t, 30, Config{})
	var actors struct {
		Actors []ActorJSON `json:"actors"`
	}
	getJSON(t, ts, "/api/actors", 200, &actors)
	want, err := st.Actors(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(actors.Actors) != len(want) || actors.Actors[0].Code != want[0].Code {
		t.Errorf("actors: got %v, store %v", actors.Actors, want)
	}
	var dyads struct {
		Dyads []DyadActivity `json:"dyads"`
	}
	getJSON(t, ts, "/api/dyads?limit=5", 200, &dyads)
	if len(dyads.Dyads) == 0 || len(dyads.Dyads) > 5 {
		t.Fatalf("dyads: %v", dyads.Dyads)
	}
	for i, d := range dyads.Dyads {
		if d.A >= d.B {
			t.Errorf("dyad %s-%s not in lexical order", d.A, d.B)
		}
		if i > 0 && d.Events > dyads.Dyads[i-1].Events {
			t.Errorf("dyads not sorted by activity: %v", dyads.Dyads)
		}
		// The count agrees with the events the store lists for the dyad.
		n := len(storeEvents(t, st, entente.EventFilter{Dyad: [2]string{d.A, d.B}}))
		if n != d.Events {
			t.Errorf("dyad %s-%s: %d events, store lists %d", d.A, d.B, d.Events, n)
		}
	}
}

func TestSeriesReportNetworkBalance(t *testing.T) {
	ts, _ := testServer(t, 200, Config{})
	var series struct {
		Series struct {
			Dyad   struct{ A, B string } `json:"dyad"`
			Points []struct {
				Label string  `json:"label"`
				Index float64 `json:"index"`
			} `json:"points"`
			Approximation string `json:"approximation"`
		} `json:"series"`
		TurningPoints []struct {
			Delta float64 `json:"delta"`
		} `json:"turning_points"`
		Formula      string `json:"formula"`
		ComputedFrom string `json:"computed_from"`
	}
	getJSON(t, ts, "/api/dyads/PAK/RUS/series?unit=quarter", 200, &series)
	if series.Series.Dyad.A != "PAK" || series.Series.Dyad.B != "RUS" || len(series.Series.Points) < 4 || series.Formula == "" {
		t.Fatalf("series: %+v", series)
	}
	// The SQLite store keeps rollups: the series is read from them and
	// labelled as the approximation it is.
	if series.ComputedFrom != "rollup" || series.Series.Approximation == "" {
		t.Errorf("series computed from %q, approximation %q; want the labelled rollup", series.ComputedFrom, series.Series.Approximation)
	}
	// The fixture turns PAK-RUS from conflict to cooperation.
	first, last := series.Series.Points[0], series.Series.Points[len(series.Series.Points)-1]
	if !(first.Index < 0 && last.Index > 0) {
		t.Errorf("index goes from %+.2f to %+.2f; the fixture turns from conflict to cooperation", first.Index, last.Index)
	}
	if len(series.TurningPoints) == 0 || series.TurningPoints[0].Delta <= 0 {
		t.Errorf("turning points %+v, want an upward one", series.TurningPoints)
	}
	var report struct {
		KeyEvents []struct {
			ArticleID string `json:"article_id"`
		} `json:"key_events"`
	}
	getJSON(t, ts, "/api/dyads/PAK/RUS/report?unit=quarter&from=2023&to=2024", 200, &report)
	if len(report.KeyEvents) == 0 {
		t.Error("report has no key events")
	}
	var net struct {
		Network struct {
			Nodes []string `json:"nodes"`
			Edges []struct {
				A, B   string
				Weight float64
			} `json:"edges"`
		} `json:"network"`
		Blocs struct {
			Of map[string]int `json:"of"`
		} `json:"blocs"`
	}
	getJSON(t, ts, "/api/network?at=2024-06-01&unit=year", 200, &net)
	if len(net.Network.Edges) == 0 {
		t.Fatalf("network of 2024 has no edges: %+v", net)
	}
	for _, n := range net.Network.Nodes {
		if _, ok := net.Blocs.Of[n]; !ok {
			t.Errorf("node %s has no bloc", n)
		}
	}
	var bal struct {
		Balance struct {
			Nodes int `json:"nodes"`
			Edges int `json:"edges"`
		} `json:"balance"`
	}
	getJSON(t, ts, "/api/balance?at=2024-06-01&unit=year", 200, &bal)
	if bal.Balance.Edges != len(net.Network.Edges) {
		t.Errorf("balance counts %d ties, network has %d", bal.Balance.Edges, len(net.Network.Edges))
	}
}

func TestSearch(t *testing.T) {
	ts, st := testServer(t, 40, Config{})
	// Pick a word from one stored article and search for it.
	var word, article string
	st.Articles(context.Background(), "", func(a *entente.StoredArticle) error {
		if a.ID == "syn-000017" {
			word = regexp.MustCompile(`w17q1`).FindString(a.Text)
			article = a.ID
		}
		return nil
	})
	if word == "" {
		t.Fatal("fixture article syn-000017 lacks its round word")
	}
	var res searchResult
	getJSON(t, ts, "/api/search?q="+url.QueryEscape(word), 200, &res)
	if len(res.Events) == 0 || len(res.Articles) != 1 || res.Articles[0].ID != article {
		t.Fatalf("search %q: %d events, articles %+v", word, len(res.Events), res.Articles)
	}
	// FTS syntax in the query is taken as words, not as a query.
	getJSON(t, ts, "/api/search?q="+url.QueryEscape(`NEAR( "x" * OR`), 200, &res)
}

// fakeIngest stores each posted article as a coded article with one event,
// standing in for the pipeline at its function boundary.
func fakeIngest(st entente.Store) IngestFunc {
	return func(ctx context.Context, arts []entente.Article) ([]entente.PutResult, error) {
		var batch []entente.CodedArticle
		for _, a := range arts {
			ev := synthEvent(a.ID, 0, a.Text, "USAGOV", "CHNGOV", "042", entente.Span{Start: 0, End: 1},
				entente.Span{Start: 1, End: 2}, entente.Span{Start: 2, End: 3}, a.Published)
			batch = append(batch, entente.CodedArticle{Article: a, Events: []entente.Event{ev}})
		}
		return st.PutArticles(ctx, batch)
	}
}

func TestIngest(t *testing.T) {
	const token = "s3cret-token"
	var holder struct {
		sync.Mutex
		st entente.Store
	}
	ingest := func(ctx context.Context, arts []entente.Article) ([]entente.PutResult, error) {
		holder.Lock()
		defer holder.Unlock()
		return fakeIngest(holder.st)(ctx, arts)
	}
	ts, st := testServer(t, 3, Config{Token: token, Ingest: ingest, MaxBodyBytes: 4096})
	holder.st = st
	post := func(tok, ctype, body string) (*http.Response, apiError, []byte) {
		req, _ := http.NewRequest("POST", ts.URL+"/api/ingest", strings.NewReader(body))
		if tok != "" {
			req.Header.Set("Authorization", "Bearer "+tok)
		}
		req.Header.Set("Content-Type", ctype)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		var e apiError
		json.Unmarshal(b, &e)
		return resp, e, b
	}
	art := `{"id":"posted-1","source":"api","published":"2024-11-20T00:00:00Z","text":"USA met China in a posted story."}`
	for _, c := range []struct {
		tok, ctype, body string
		status           int
		code             string
	}{
		{"", "application/json", art, 401, "unauthorized"},
		{"wrong", "application/json", art, 401, "unauthorized"},
		{token, "text/plain", art, 415, "bad_content_type"},
		{token, "application/json", `{"id":`, 400, "bad_request"},
		{token, "application/json", `{"id":"x","text":"a","colour":"red"}`, 400, "bad_request"},
		{token, "application/json", `{"id":"x","text":"` + strings.Repeat("a", 5000) + `"}`, 413, "too_large"},
	} {
		resp, e, b := post(c.tok, c.ctype, c.body)
		if resp.StatusCode != c.status || e.Error.Code != c.code {
			t.Errorf("POST %.40s (token %q): %d %s, want %d %s", c.body, c.tok, resp.StatusCode, b, c.status, c.code)
		}
	}
	resp, _, b := post(token, "application/json", "["+art+"]")
	if resp.StatusCode != 200 {
		t.Fatalf("POST: %d %s", resp.StatusCode, b)
	}
	var out struct {
		Results []ingestResult `json:"results"`
	}
	if err := json.Unmarshal(b, &out); err != nil || len(out.Results) != 1 || out.Results[0].Status != "added" {
		t.Fatalf("POST results %s (%v)", b, err)
	}
	var page eventPage
	getJSON(t, ts, "/api/events?dyad=USA,CHN&from=2024-11-20&to=2024-11-20", 200, &page)
	if len(page.Events) != 1 || page.Events[0].ArticleID != "posted-1" {
		t.Errorf("the ingested event is not served: %+v", page.Events)
	}

	// Without a token, writes are disabled altogether.
	ts2, _ := testServer(t, 1, Config{Ingest: ingest})
	req, _ := http.NewRequest("POST", ts2.URL+"/api/ingest", strings.NewReader(art))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("ingest without a configured token: %d, want 403", resp.StatusCode)
	}
}

func TestSecurityHeadersAndRateLimit(t *testing.T) {
	ts, _ := testServer(t, 2, Config{RatePerSecond: 0.01, Burst: 3})
	var statuses []int
	for i := 0; i < 6; i++ {
		resp, err := http.Get(ts.URL + "/api/actors")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		csp := resp.Header.Get("Content-Security-Policy")
		if !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") {
			t.Errorf("Content-Security-Policy %q", csp)
		}
		statuses = append(statuses, resp.StatusCode)
	}
	if statuses[0] != 200 || statuses[3] != http.StatusTooManyRequests || statuses[5] != http.StatusTooManyRequests {
		t.Errorf("statuses under a limit of burst 3: %v", statuses)
	}
}

func TestCheckBind(t *testing.T) {
	for _, c := range []struct {
		addr, token string
		ok          bool
	}{
		{"127.0.0.1:8080", "", true},
		{"localhost:8080", "", true},
		{"[::1]:8080", "", true},
		{"0.0.0.0:8080", "", false},
		{":8080", "", false},
		{"192.168.1.5:80", "", false},
		{"0.0.0.0:8080", "t", true},
		{"nonsense", "", false},
	} {
		if err := CheckBind(c.addr, c.token); (err == nil) != c.ok {
			t.Errorf("CheckBind(%q, %q) = %v, want ok %v", c.addr, c.token, err, c.ok)
		}
	}
}

func TestPagesEscapeArticleText(t *testing.T) {
	ts, st := testServer(t, 20, Config{})
	hostile := storeEvents(t, st, entente.EventFilter{Dyad: [2]string{"RUS", "PAK"}, From: synthStart.AddDate(0, 0, 700)})
	var id int64
	for _, e := range hostile {
		if e.ArticleID == hostileID {
			id = e.StoreID
		}
	}
	if id == 0 {
		t.Fatal("hostile event not stored")
	}
	for _, path := range []string{"/", fmt.Sprintf("/event/%d", id), "/article/" + url.PathEscape(hostileID),
		"/search?q=condemned", "/dyad/PAK/RUS?unit=year&offset=0"} {
		resp, err := http.Get(ts.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Errorf("GET %s: %d %s", path, resp.StatusCode, b)
			continue
		}
		for _, bad := range []string{"<script>window", "<img src=x", `<b onmouseover`, "javascript:alert"} {
			if bytes.Contains(b, []byte(bad)) {
				t.Errorf("GET %s: the page holds %q unescaped", path, bad)
			}
		}
	}
}

// TestFTSQuery checks the search box's query language and that every query
// it makes is valid FTS5.
func TestFTSQuery(t *testing.T) {
	_, st := testServer(t, 5, Config{})
	for _, tc := range []struct{ in, want string }{
		{"ceasefire talks", `"ceasefire" "talks"`},
		{"ceasefire AND talks", `"ceasefire" "talks"`},
		{"ceasefire OR truce", `"ceasefire" OR "truce"`},
		{"talks NOT ceasefire", `"talks" NOT "ceasefire"`},
		{"NOT ceasefire talks", `"talks"`},
		{`"peace talks" Doha`, `"peace talks" "Doha"`},
		{"negotiat*", `"negotiat"*`},
		{`say "hello`, `"say" "hello"`},
		{`a"b ) ( OR`, `"a""b"`},
		{"OR AND NOT", `""`},
		{"", `""`},
	} {
		got := ftsQuery(tc.in)
		if got != tc.want {
			t.Errorf("ftsQuery(%q) = %s, want %s", tc.in, got, tc.want)
		}
		err := st.Events(context.Background(), entente.EventFilter{Text: got, Limit: 1}, func(*entente.StoredEvent) error { return nil })
		if err != nil {
			t.Errorf("ftsQuery(%q) = %s: %v", tc.in, got, err)
		}
	}
}

// FuzzFTSQuery checks that no search text makes an invalid FTS5 query.
func FuzzFTSQuery(f *testing.F) {
	for _, s := range []string{"a OR b", `"x y" NOT z*`, `"`, "NOT", "a\x00b", "é* OR"} {
		f.Add(s)
	}
	_, st := testServer(f, 2, Config{})
	f.Fuzz(func(t *testing.T, s string) {
		q := ftsQuery(s)
		err := st.Events(context.Background(), entente.EventFilter{Text: q, Limit: 1}, func(*entente.StoredEvent) error { return nil })
		if err != nil {
			t.Errorf("ftsQuery(%q) = %s: %v", s, q, err)
		}
	})
}
