// Package web serves entente's store over HTTP: a JSON API described by an
// embedded OpenAPI document, and server-rendered pages for analysts (an
// overview, dyad pages with their relation index charts, the signed network,
// event evidence, search).
//
// Reads are open; writes (ingest) need the server's token, and without a token
// writes are disabled. Every response carries a strict Content-Security-Policy
// (scripts and styles only from the server itself, no inline script), every
// text from an article goes through html/template's escaping, request bodies
// are capped and each client is rate limited. Charts are SVG drawn on the
// server by package plot; pages need no network access beyond the server.
package web

import (
	"bytes"
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"entente"
	"entente/analysis"
)

// IngestFunc codes and stores a batch of articles: the server hands it what a
// client POSTs to /api/ingest. cmd/entente wires the real pipeline.
type IngestFunc func(ctx context.Context, articles []entente.Article) ([]entente.PutResult, error)

// Config configures a Server.
type Config struct {
	// Store is the event store the server reads. Required.
	Store entente.Store
	// Ingest handles POST /api/ingest; nil answers 501.
	Ingest IngestFunc
	// Token guards the write endpoints: a request must send it as
	// "Authorization: Bearer TOKEN". Empty disables writes.
	Token string
	// MaxBodyBytes caps request bodies; 0 means 8 MiB.
	MaxBodyBytes int64
	// RatePerSecond and Burst limit the requests of each client address;
	// 0 means 50 per second with bursts of 100, a negative rate no limit.
	RatePerSecond float64
	Burst         int
	// MaxQueries caps the requests that work on the store at once (the
	// others wait in line, up to QueueWait, then get 503); 0 means 4.
	MaxQueries int
	QueueWait  time.Duration
	// MaxAnalyses caps the analyses that run at once (dyad series and
	// reports, networks, and the pages built on them: each reads every
	// event of its scope), in a line of their own so that they do not hold
	// up the indexed queries; 0 means 2.
	MaxAnalyses int
	// CacheTTL is how long analyses (overview, network, series) and API
	// responses are cached; 0 means 30 seconds. Ingest clears the cache.
	CacheTTL time.Duration
	// StableTTL replaces CacheTTL when the store reports its data version
	// (DataVersioner): a cached result is then kept while the version stays
	// the same, up to StableTTL, and dropped as soon as it changes (a write
	// by this server, or by another process such as entente ingest); 0
	// means 10 minutes.
	StableTTL time.Duration
	// AggregateTTL is how long the store-wide aggregates (dyad activity,
	// period totals) are cached: they take seconds to read from a large
	// store and change little with each write; 0 means 10 minutes. Ingest
	// clears them.
	AggregateTTL time.Duration
	// Logger receives request errors; nil discards them.
	Logger *slog.Logger
}

// Server is the HTTP handler of the API and the pages.
type Server struct {
	cfg     Config
	mux     *http.ServeMux
	limiter *limiter
	cache   *cache
	// aggregates caches the store-wide aggregates, for AggregateTTL.
	aggregates *cache
	// responses caches the bodies of successful GET /api/ responses.
	responses *cache
	// gate holds a slot for each request working on the store, and
	// analysisGate for each of those that run an analysis.
	gate         chan struct{}
	analysisGate chan struct{}
	pages        *pageSet
	log          *slog.Logger
}

// New returns a server for cfg.
func New(cfg Config) (*Server, error) {
	if cfg.Store == nil {
		return nil, errors.New("web: no store")
	}
	if cfg.MaxBodyBytes <= 0 {
		cfg.MaxBodyBytes = 8 << 20
	}
	if cfg.RatePerSecond == 0 {
		cfg.RatePerSecond, cfg.Burst = 50, 100
	}
	if cfg.Burst <= 0 {
		cfg.Burst = int(2*cfg.RatePerSecond) + 1
	}
	if cfg.MaxQueries <= 0 {
		cfg.MaxQueries = 4
	}
	if cfg.MaxAnalyses <= 0 {
		cfg.MaxAnalyses = 2
	}
	if cfg.QueueWait <= 0 {
		cfg.QueueWait = 20 * time.Second
	}
	if cfg.CacheTTL <= 0 {
		cfg.CacheTTL = 30 * time.Second
	}
	if cfg.AggregateTTL <= 0 {
		cfg.AggregateTTL = 10 * time.Minute
	}
	if cfg.StableTTL <= 0 {
		cfg.StableTTL = 10 * time.Minute
	}
	lg := cfg.Logger
	if lg == nil {
		lg = slog.New(slog.DiscardHandler)
	}
	pages, err := loadPages()
	if err != nil {
		return nil, err
	}
	s := &Server{cfg: cfg, mux: http.NewServeMux(), cache: newCache(cfg.CacheTTL, 256),
		aggregates: newCache(cfg.AggregateTTL, 16),
		responses:  newCache(cfg.CacheTTL, 4096), gate: make(chan struct{}, cfg.MaxQueries),
		analysisGate: make(chan struct{}, cfg.MaxAnalyses), pages: pages, log: lg}
	if dv, ok := cfg.Store.(DataVersioner); ok {
		vc := &versionClock{src: dv}
		for _, c := range []*cache{s.cache, s.responses} {
			c.version, c.stableTTL = vc.get, cfg.StableTTL
		}
	}
	if cfg.RatePerSecond > 0 {
		s.limiter = newLimiter(cfg.RatePerSecond, cfg.Burst)
	}
	s.routes()
	return s, nil
}

// route is one endpoint of the server; the OpenAPI test checks that every
// route under /api/ is documented.
type route struct {
	method, pattern string
	handler         http.HandlerFunc
}

func (s *Server) routeTable() []route {
	return []route{
		{"GET", "/api/openapi.json", s.apiOpenAPI},
		{"GET", "/api/events", s.apiEvents},
		{"GET", "/api/events/{id}", s.apiEvent},
		{"GET", "/api/articles", s.apiArticles},
		{"GET", "/api/articles/{id}", s.apiArticle},
		{"GET", "/api/actors", s.apiActors},
		{"GET", "/api/dyads", s.apiDyads},
		{"GET", "/api/dyads/{a}/{b}/series", s.apiSeries},
		{"GET", "/api/dyads/{a}/{b}/report", s.apiReport},
		{"GET", "/api/network", s.apiNetwork},
		{"GET", "/api/balance", s.apiBalance},
		{"GET", "/api/search", s.apiSearch},
		{"POST", "/api/ingest", s.apiIngest},

		{"GET", "/{$}", s.pageOverview},
		{"GET", "/dyad/{a}/{b}", s.pageDyad},
		{"GET", "/network", s.pageNetwork},
		{"GET", "/event/{id}", s.pageEvent},
		{"GET", "/article/{id}", s.pageArticle},
		{"GET", "/search", s.pageSearch},
		{"GET", "/static/{name}", s.serveStatic},
	}
}

func (s *Server) routes() {
	for _, r := range s.routeTable() {
		s.mux.HandleFunc(r.method+" "+r.pattern, r.handler)
	}
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, http.StatusNotFound, "not_found", "no such page")
	})
}

// ServeHTTP sets the security headers, applies the rate limit and the body
// cap, and dispatches the request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	for _, sh := range securityHeaders {
		// The value slices are shared by every response: net/http only
		// reads them, and an Add to one of these names appends to a
		// slice of capacity one, which makes a new one.
		h[sh.name] = sh.value
	}
	if s.limiter != nil && !s.limiter.allow(clientAddr(r), time.Now()) {
		h.Set("Retry-After", "1")
		s.fail(w, r, http.StatusTooManyRequests, "rate_limited", "too many requests; slow down")
		return
	}
	if len(r.URL.RawQuery) > 4096 {
		s.fail(w, r, http.StatusRequestURITooLong, "uri_too_long", "query string too long")
		return
	}
	if r.Body != nil {
		r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxBodyBytes)
	}
	if r.Method == http.MethodGet && strings.HasPrefix(r.URL.Path, "/api/") {
		s.serveCached(w, r)
		return
	}
	s.gated(w, r)
}

// securityHeaders are set on every response, under their canonical names.
var securityHeaders = []struct {
	name  string
	value []string
}{
	{"Content-Security-Policy", []string{"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
		"connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"}},
	{"X-Content-Type-Options", []string{"nosniff"}},
	{"X-Frame-Options", []string{"DENY"}},
	{"Referrer-Policy", []string{"no-referrer"}},
}

// gated serves r once a slot of the gate is free, so that a burst of
// requests queues instead of running a query each at once on a few cores.
func (s *Server) gated(w http.ResponseWriter, r *http.Request) {
	if strings.HasPrefix(r.URL.Path, "/static/") || r.URL.Path == "/api/openapi.json" {
		s.mux.ServeHTTP(w, r)
		return
	}
	gate := s.gate
	if analysisPath(r.URL.Path) && !s.rollupSeries(r.URL.Path) {
		gate = s.analysisGate
	}
	t := time.NewTimer(s.cfg.QueueWait)
	defer t.Stop()
	select {
	case gate <- struct{}{}:
	case <-t.C:
		w.Header().Set("Retry-After", "5")
		s.fail(w, r, http.StatusServiceUnavailable, "busy", "the server is busy; try again")
		return
	case <-r.Context().Done():
		return
	}
	defer func() { <-gate }()
	s.mux.ServeHTTP(w, r)
}

// analysisPath reports whether the request for path runs an analysis over
// every event of its scope rather than indexed queries.
func analysisPath(path string) bool {
	switch path {
	case "/", "/network", "/api/network", "/api/balance":
		return true
	}
	return strings.HasPrefix(path, "/dyad/") || strings.HasPrefix(path, "/api/dyads/")
}

// rollupSeries reports whether path asks for a dyad series that dyadSeries
// reads from the store's per-day rollup: an indexed read of the dyad's days,
// which queues with the other queries rather than with the analyses.
func (s *Server) rollupSeries(path string) bool {
	if !strings.HasPrefix(path, "/api/dyads/") || !strings.HasSuffix(path, "/series") {
		return false
	}
	_, ok := s.cfg.Store.(analysis.DayRollupReader)
	return ok
}

// recorded is a response kept in memory.
type recorded struct {
	status int
	header http.Header
	body   bytes.Buffer
}

// Header returns the recorded header.
func (rc *recorded) Header() http.Header { return rc.header }

// Write records body bytes.
func (rc *recorded) Write(b []byte) (int, error) {
	if rc.status == 0 {
		rc.status = http.StatusOK
	}
	return rc.body.Write(b)
}

// WriteHeader records the first status written.
func (rc *recorded) WriteHeader(status int) {
	if rc.status == 0 {
		rc.status = status
	}
}

// uncached carries a response that is not to be cached (an error).
type uncached struct{ rc *recorded }

// Error says that the response was not cached.
func (u *uncached) Error() string { return "uncached response" }

// maxCachedBody is the largest response body the cache keeps.
const maxCachedBody = 1 << 20

// serveCached answers a GET under /api/ from the response cache: the store
// is read-mostly and its writes (ingest) clear the cache, so identical
// queries within the cache's time to live share one computation.
func (s *Server) serveCached(w http.ResponseWriter, r *http.Request) {
	key := r.URL.Path + "?" + r.URL.RawQuery
	v, err := s.responses.get(key, func() (any, error) {
		rc := &recorded{header: make(http.Header)}
		ctx, cancel := detach(r.Context())
		defer cancel()
		s.gated(rc, r.WithContext(ctx))
		if rc.status == 0 {
			rc.status = http.StatusOK
		}
		if rc.status != http.StatusOK || rc.body.Len() > maxCachedBody {
			return nil, &uncached{rc}
		}
		return rc, nil
	})
	var u *uncached
	switch {
	case errors.As(err, &u):
		v = u.rc
	case err != nil:
		s.failErr(w, r, err)
		return
	}
	rc := v.(*recorded)
	for k, vs := range rc.header {
		w.Header()[k] = vs
	}
	// The whole body is known: its length spares the client the chunked
	// encoding of a body longer than the server's buffer.
	w.Header()["Content-Length"] = []string{strconv.Itoa(rc.body.Len())}
	w.WriteHeader(rc.status)
	w.Write(rc.body.Bytes())
}

// authorized reports whether r carries the write token. Without a configured
// token nothing is authorized.
// clearCaches drops every cached analysis and response, after a write.
func (s *Server) clearCaches() {
	s.cache.clear()
	s.aggregates.clear()
	s.responses.clear()
}

func (s *Server) authorized(r *http.Request) bool {
	if s.cfg.Token == "" {
		return false
	}
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok {
		return false
	}
	return subtle.ConstantTimeCompare([]byte(got), []byte(s.cfg.Token)) == 1
}

func clientAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// HTTPServer returns an http.Server for h at addr with every timeout set.
func HTTPServer(addr string, h http.Handler) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
}

// CheckBind refuses to serve a non-loopback address without a token: the
// pages and the API would then be open to the network with writes disabled
// only by accident of configuration.
func CheckBind(addr, token string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("address %q: %w", addr, err)
	}
	if IsLoopback(host) || token != "" {
		return nil
	}
	return fmt.Errorf("refusing to listen on %q without a token: set --token or ENTENTE_TOKEN, or bind 127.0.0.1", addr)
}

// IsLoopback reports whether host names only the local machine ("localhost"
// or a loopback IP). An empty host means every interface and is not loopback.
func IsLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(strings.Trim(host, "[]"))
	return ip != nil && ip.IsLoopback()
}

// limiter is a token bucket per client address.
type limiter struct {
	mu      sync.Mutex
	rate    float64
	burst   float64
	buckets map[string]*bucket
	swept   time.Time
}

type bucket struct {
	tokens float64
	last   time.Time
}

func newLimiter(rate float64, burst int) *limiter {
	return &limiter{rate: rate, burst: float64(burst), buckets: make(map[string]*bucket)}
}

// allow reports whether the client at addr may make a request at now.
func (l *limiter) allow(addr string, now time.Time) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if now.Sub(l.swept) > time.Minute {
		for k, b := range l.buckets {
			if now.Sub(b.last) > time.Minute {
				delete(l.buckets, k)
			}
		}
		l.swept = now
	}
	b := l.buckets[addr]
	if b == nil {
		b = &bucket{tokens: l.burst, last: now}
		l.buckets[addr] = b
	}
	b.tokens += now.Sub(b.last).Seconds() * l.rate
	if b.tokens > l.burst {
		b.tokens = l.burst
	}
	b.last = now
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

// DataVersioner is implemented by stores that tell when their data changed
// (sqlite.DB): results read under one version stay valid while it holds.
type DataVersioner interface {
	DataVersion(ctx context.Context) (uint64, error)
}

// versionPoll is how long a data version read from the store is reused: a
// change made by another process is seen within it.
const versionPoll = 100 * time.Millisecond

// versionClock reads the store's data version at most once per versionPoll.
type versionClock struct {
	mu  sync.Mutex
	src DataVersioner
	v   uint64
	ok  bool
	at  time.Time
}

// get returns the store's data version, and false when it cannot be read
// (cached values are then trusted for the cache's time to live only).
func (vc *versionClock) get() (uint64, bool) {
	vc.mu.Lock()
	defer vc.mu.Unlock()
	if now := time.Now(); now.Sub(vc.at) >= versionPoll {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		v, err := vc.src.DataVersion(ctx)
		cancel()
		vc.v, vc.ok, vc.at = v, err == nil, now
	}
	return vc.v, vc.ok
}

// cache keeps computed analyses for a while; ingest clears it. With a
// version function, an entry is fresh while the store's data version is the
// one it was computed under (and it is younger than ttl).
type cache struct {
	mu  sync.Mutex
	ttl time.Duration
	// version returns the store's data version; with it, entries computed
	// under the current version are fresh for stableTTL.
	version   func() (uint64, bool)
	stableTTL time.Duration
	entries   map[string]cacheEntry
	// inflight holds the computations under way, so that a burst of
	// requests for one key computes it once.
	inflight map[string]*call
	// max caps the number of entries; gen counts clears, so that a
	// computation that began before a clear is not stored after it.
	max int
	gen int
}

type cacheEntry struct {
	v  any
	at time.Time
	// ver is the store's data version when the computation began, and
	// versioned whether there was one.
	ver       uint64
	versioned bool
}

// fresh reports whether e may be served without computing it again, at the
// store's data version cur (ok false when unknown).
func (c *cache) fresh(e cacheEntry, cur uint64, ok bool) bool {
	age := time.Since(e.at)
	if c.version != nil && ok && e.versioned {
		return e.ver == cur && age < c.stableTTL
	}
	return age < c.ttl
}

type call struct {
	done chan struct{}
	v    any
	err  error
}

func newCache(ttl time.Duration, max int) *cache {
	return &cache{ttl: ttl, max: max, entries: make(map[string]cacheEntry), inflight: make(map[string]*call)}
}

// get returns the value cached under key, computing it with fn when absent.
// A stale value is returned at once while one background call of fn
// refreshes it, so that expensive analyses do not stall requests when they
// expire; concurrent callers for a missing key wait for a single computation.
// fn must not depend on the request's cancellation (see detach).
func (c *cache) get(key string, fn func() (any, error)) (any, error) {
	var cur uint64
	var known bool
	if c.version != nil {
		cur, known = c.version()
	}
	c.mu.Lock()
	e, ok := c.entries[key]
	if ok && c.fresh(e, cur, known) {
		c.mu.Unlock()
		return e.v, nil
	}
	if ok && known && e.versioned && e.ver != cur {
		// The data changed: the old value is not served while the new
		// one is computed.
		ok = false
	}
	if cl := c.inflight[key]; cl != nil {
		c.mu.Unlock()
		if ok {
			return e.v, nil
		}
		<-cl.done
		return cl.v, cl.err
	}
	cl := &call{done: make(chan struct{})}
	c.inflight[key] = cl
	gen := c.gen
	c.mu.Unlock()
	run := func() {
		cl.v, cl.err = fn()
		c.mu.Lock()
		delete(c.inflight, key)
		if cl.err == nil && gen == c.gen {
			if len(c.entries) >= c.max {
				clear(c.entries)
			}
			c.entries[key] = cacheEntry{v: cl.v, at: time.Now(), ver: cur, versioned: known}
		}
		c.mu.Unlock()
		close(cl.done)
	}
	if ok {
		go run()
		return e.v, nil
	}
	run()
	return cl.v, cl.err
}

// clear drops every cached value.
func (c *cache) clear() {
	c.mu.Lock()
	clear(c.entries)
	c.gen++
	c.mu.Unlock()
}
