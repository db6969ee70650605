package sqlite

import (
	"database/sql"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"entente"
)

// The events of a batch are stored together: their merge candidates are read
// with a few queries that list the probes as VALUES, matched in Go in batch
// order, and the new events and all mentions are written with multi-row
// INSERTs. This keeps the number of SQL statements per event far below one.

// pendingArticle is what the event flush needs to know of an article.
type pendingArticle struct {
	id  int64
	src string
	dup bool
	// distinct: its events merge into none (CodedArticle.Distinct)
	distinct bool
	res      *entente.PutResult
}

// pendingEvent is one report waiting for the flush.
type pendingEvent struct {
	art                     *pendingArticle
	e                       *entente.Event
	day                     int64
	root, dv                string
	quad                    int
	placeName, placeCountry string
	bucket                  int64
	view                    mergeView
	// cross is where the stored reports of a one-off act dated to the
	// other precision are (crossProbe), when crossOK.
	cross   probe
	crossOK bool
	// alias is the second bucket of an attack with a target or of an
	// agreement (aliasBucket), when aliasOK: the event is stored under it
	// too, and reads it; agreed is where the agreements of the other
	// precision are (agreementCross), when agreedOK.
	alias    int64
	aliasOK  bool
	agreed   probe
	agreedOK bool
	// loose is the bucket of the same act with no target (looseBucket),
	// when looseOK: the event is stored under it too, and reads it.
	loose   int64
	looseOK bool
}

// candidate is a stored or batch event that later reports may merge into.
type candidate struct {
	id   int64
	view mergeView
	// fresh is set for events created in this batch, with their counters.
	fresh *freshEvent
}

// freshEvent holds the counters of an event created in this batch.
type freshEvent struct {
	firstMention         int64
	mentions, arts, srcs int
	articles             idSet
	sources              nameSet
	pe                   *pendingEvent
}

// bump is the change to the counters of an event stored before the batch.
type bump struct {
	mentions, arts, srcs int
	articles             idSet
	sources              nameSet
}

// idSet and nameSet are sets of the articles and sources of an event. Most
// events have a few reports: up to smallSet members are a slice searched in
// order, which allocates less than a map; past that, a map.
type (
	idSet   = smallSet[int64]
	nameSet = smallSet[string]
)

// smallSet is a set kept as a slice while it is small.
type smallSet[T comparable] struct {
	list []T
	big  map[T]bool
}

// smallSetMax is the largest smallSet kept as a slice.
const smallSetMax = 16

func (s *smallSet[T]) has(x T) bool {
	if s.big != nil {
		return s.big[x]
	}
	for _, y := range s.list {
		if y == x {
			return true
		}
	}
	return false
}

func (s *smallSet[T]) add(x T) {
	switch {
	case s.has(x):
	case s.big != nil:
		s.big[x] = true
	case len(s.list) < smallSetMax:
		s.list = append(s.list, x)
	default:
		s.big = make(map[T]bool, 2*smallSetMax)
		for _, y := range s.list {
			s.big[y] = true
		}
		s.big[x] = true
		s.list = nil
	}
}

// queueEvents prepares the events of an article for the flush.
func (w *writer) queueEvents(c *entente.CodedArticle, art *pendingArticle) {
	for i := range c.Events {
		e := &c.Events[i]
		date := e.When.Date
		if date.IsZero() {
			date = c.Article.Published
		}
		p := w.slab.event()
		*p = pendingEvent{art: art, e: e, day: dayNumber(date), root: e.Root, quad: e.QuadClass, dv: e.DictVersion}
		if p.root == "" {
			p.root = e.Code[:2]
		}
		if p.quad == 0 {
			p.quad = quadFromRoot(p.root)
		}
		if p.dv == "" {
			p.dv = c.DictVersion
		}
		if e.Place != nil {
			p.placeName, p.placeCountry = e.Place.Name, e.Place.Country
		}
		p.view = mergeView{source: e.Source, target: e.Target, code: e.Code, precision: e.When.Precision, day: p.day, place: p.placeName,
			placeCountry: p.placeCountry}
		p.view.dayCert, p.view.words = certainty(e.When.FromStoryDate || e.When.Date.IsZero(), e.When.Phrase, e.SentenceText)
		m := keyModality(e)
		p.bucket = eventBucket(e.Source, e.Target, e.Code, m, e.When.Precision)
		p.cross.bucket, p.cross.lo, p.cross.hi, p.crossOK = crossProbe(e.Source, e.Target, e.Code, m, e.When.Precision, p.day, p.view.dayCert)
		p.alias, p.aliasOK = aliasBucket(e.Source, e.Target, e.Code, m, e.Modality, e.When.Precision, p.view.dayCert)
		p.agreed.bucket, p.agreed.lo, p.agreed.hi, p.agreedOK = agreementCross(e.Source, e.Target, e.Code, m, e.When.Precision, p.day, p.view.dayCert)
		p.loose, p.looseOK = looseBucket(e.Source, e.Target, e.Code, m, e.When.Precision, p.view.dayCert)
		w.pending = append(w.pending, p)
	}
}

// slab hands out the pending articles and reports of a writer from
// blocks of slabSize, rather than allocating each alone: a bulk load
// queues tens of thousands a batch.
type slab struct {
	arts   []pendingArticle
	events []pendingEvent
}

// slabSize is the number of items of a block of slab.
const slabSize = 256

// article returns a new zero pendingArticle.
func (s *slab) article() *pendingArticle { return take(&s.arts) }

// event returns a new zero pendingEvent.
func (s *slab) event() *pendingEvent { return take(&s.events) }

// take returns the first item of *block, a new block of slabSize zero
// items when it is empty, and leaves the rest in *block.
func take[T any](block *[]T) *T {
	if len(*block) == 0 {
		*block = make([]T, slabSize)
	}
	x := &(*block)[0]
	*block = (*block)[1:]
	return x
}

// chunk returns how many of n items the next multi-row statement takes: all
// of them up to perStmt, else the largest power of two below n. Keeping
// the sizes to a few lets the prepared statements be reused batch after
// batch.
func chunk(perStmt, n int) int {
	if n >= perStmt {
		return perStmt
	}
	c := 1
	for c*2 <= n {
		c *= 2
	}
	return c
}

// multiInsert writes rows with INSERT statements of many rows each: head
// names the table and columns, tail (may be empty) follows the VALUES, e.g.
// an ON CONFLICT clause; vals holds the rows' values one row after another,
// cols to a row. Head and tail are constants of this package and the values
// are parameters. In a statement of minShapedRows rows or more, a column
// that holds one value in every row is bound once, as a numbered parameter
// that every row names, or, when that value is empty (NULL, 0, +0.0, false
// or the empty text: see emptyLiteral), written as that constant, which
// SQLite stores as it stores the bound value. Imported rows leave most
// evidence columns empty and share their dates, sources and dictionary
// versions, whose binding, value by value, cost as much as the rest of the
// row.
func (w *writer) multiInsert(head, tail string, cols int, vals []any) error {
	const maxVars = 4000
	perStmt := max(1, maxVars/cols)
	lits := make([]string, cols)
	var args []any
	for len(vals) > 0 {
		n := chunk(perStmt, len(vals)/cols)
		rows := vals[:n*cols]
		shape := ""
		if n >= minShapedRows {
			shape = columnShape(rows, lits)
		} else {
			clear(lits)
		}
		args = shapedArgs(args[:0], rows, lits)
		name := head + "#" + tail + "#" + strconv.Itoa(n) + "#" + shape
		// head and tail are constants of this package; only placeholders
		// and the constants of emptyLiteral are added.
		query := func() string { return insertText(head, tail, lits, n) }
		if w.raw != nil {
			if err := w.raw.exec(w.ctx, name, query, args); err != nil {
				return fmt.Errorf("insert: %w", classify(err))
			}
		} else {
			st, err := w.prepare(name, query())
			if err != nil {
				return err
			}
			if _, err := st.ExecContext(w.ctx, args...); err != nil {
				return fmt.Errorf("insert: %w", classify(err))
			}
		}
		vals = vals[n*cols:]
	}
	return nil
}

// minShapedRows is the fewest rows of an INSERT whose columns of one value
// multiInsert writes once: fewer rows are written as they come, so that the
// statements of small remainders take few shapes.
const minShapedRows = 8

// sharedParam marks, in the lits of multiInsert, a column whose one value is
// bound once.
const sharedParam = "?"

// columnShape sets lits[c], for each column c of rows (len(lits) values a
// row), to the constant every row holds there (emptyLiteral), to
// sharedParam when every row holds another same value, or to "" when the
// rows differ; it returns a name of the shape, "" when no column is
// constant.
func columnShape(rows []any, lits []string) string {
	cols := len(lits)
	var shape []byte
	for c := range lits {
		lits[c] = ""
		// Column by column, so that a column of many values is given up
		// at its first other value.
		same := true
		for i := c + cols; i < len(rows); i += cols {
			if !sameValue(rows[c], rows[i]) {
				same = false
				break
			}
		}
		if same {
			if lits[c] = emptyLiteral(rows[c]); lits[c] == "" {
				lits[c] = sharedParam
			}
			shape = strconv.AppendInt(append(shape, ' '), int64(c), 10)
			shape = append(shape, lits[c]...)
		}
	}
	return string(shape)
}

// sameValue reports whether a and b are one value of one type, floats
// compared bit for bit (so that -0.0 and 0.0 are not taken for one value).
func sameValue(a, b any) bool {
	switch x := a.(type) {
	case float64:
		y, ok := b.(float64)
		return ok && math.Float64bits(x) == math.Float64bits(y)
	case nil, int, int64, string, bool, sql.NullInt64:
		return a == b
	}
	return false
}

// shapedArgs appends to args the parameters of rows as insertText numbers
// them for lits: the values of the shared columns, from the first row, then
// the other columns' values row after row.
func shapedArgs(args, rows []any, lits []string) []any {
	cols := len(lits)
	for c, l := range lits {
		if l == sharedParam {
			args = append(args, rows[c])
		}
	}
	for r := 0; r < len(rows); r += cols {
		for c, v := range rows[r : r+cols] {
			if lits[c] == "" {
				args = append(args, v)
			}
		}
	}
	return args
}

// emptyLiteral returns the SQL constant that stores what v stores when v is
// an empty value (NULL, integer 0, float +0.0, false or the empty string),
// and "" otherwise.
func emptyLiteral(v any) string {
	switch x := v.(type) {
	case nil:
		return "NULL"
	case sql.NullInt64:
		if !x.Valid {
			return "NULL"
		}
	case string:
		if x == "" {
			return "''"
		}
	case int:
		if x == 0 {
			return "0"
		}
	case int64:
		if x == 0 {
			return "0"
		}
	case bool:
		if !x {
			return "0"
		}
	case float64:
		if math.Float64bits(x) == 0 {
			return "0.0"
		}
	}
	return ""
}

// insertText is the text of an INSERT of n rows: head, whose column list
// is ordered with the shared columns of lits first, n tuples and tail. A
// tuple holds the constants of lits in their columns and refers to the
// shared values as ?1, ?2, ...; its other parameters are plain, which SQLite
// numbers after those. (SQLite looks a parameter's name up by a scan of the
// named ones, for each parameter the driver binds: numbering every
// parameter made binding quadratic.)
func insertText(head, tail string, lits []string, n int) string {
	open, end := strings.IndexByte(head, '('), strings.LastIndexByte(head, ')')
	cols := strings.Split(head[open+1:end], ",")
	order := make([]int, 0, len(lits))
	for c, l := range lits {
		if l == sharedParam {
			order = append(order, c)
		}
	}
	shared := len(order)
	for c, l := range lits {
		if l != sharedParam {
			order = append(order, c)
		}
	}
	var b strings.Builder
	b.WriteString(head[:open+1])
	for i, c := range order {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strings.TrimSpace(cols[c]))
	}
	b.WriteString(") VALUES ")
	for r := 0; r < n; r++ {
		if r > 0 {
			b.WriteString(", ")
		}
		b.WriteByte('(')
		for i, c := range order {
			if i > 0 {
				b.WriteString(", ")
			}
			switch l := lits[c]; {
			case i < shared:
				b.WriteByte('?')
				b.WriteString(strconv.Itoa(i + 1))
			case l != "":
				b.WriteString(l)
			default:
				b.WriteByte('?')
			}
		}
		b.WriteByte(')')
	}
	b.WriteByte(' ')
	b.WriteString(tail)
	return b.String()
}

// probe asks for the stored events of a bucket between two days.
type probe struct{ bucket, lo, hi int64 }

// loadCandidates reads the stored events that the pending reports may merge
// into, grouped by bucket and ordered by ID. The probes (bucket and day
// window) go into the query as a VALUES list, a few hundred per statement.
func (w *writer) loadCandidates() (map[int64][]*candidate, error) {
	seen := map[probe]bool{}
	var probes []probe
	for _, p := range w.pending {
		if p.art.distinct {
			continue // it looks for no event to merge into
		}
		lo, hi := probeWindow(p)
		k := probe{p.bucket, lo, hi}
		if !seen[k] {
			seen[k] = true
			probes = append(probes, k)
		}
		if p.crossOK && !seen[p.cross] {
			seen[p.cross] = true
			probes = append(probes, p.cross)
		}
		if a := (probe{p.alias, lo, hi}); p.aliasOK && !seen[a] {
			seen[a] = true
			probes = append(probes, a)
		}
		if p.agreedOK && !seen[p.agreed] {
			seen[p.agreed] = true
			probes = append(probes, p.agreed)
		}
		if l := (probe{p.loose, lo, hi}); p.looseOK && !seen[l] {
			seen[l] = true
			probes = append(probes, l)
		}
	}
	// Probes of one bucket often overlap: an event is read once per bucket
	// (an attack with a target may come in its own and in its alias).
	type idBucket struct{ id, bucket int64 }
	found := map[idBucket]bool{}
	var all []*candidate
	var buckets []int64
	err := w.readCandidates(probes, func(c *candidate, bucket int64) {
		if k := (idBucket{c.id, bucket}); !found[k] {
			found[k] = true
			all = append(all, c)
			buckets = append(buckets, bucket)
		}
	})
	if err != nil {
		return nil, err
	}
	idx := make([]int, len(all))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return all[idx[a]].id < all[idx[b]].id })
	out := map[int64][]*candidate{}
	for _, i := range idx {
		out[buckets[i]] = append(out[buckets[i]], all[i])
	}
	return out, nil
}

// readCandidates calls fn with each stored event that a probe finds (an
// event may come once per probe that finds it) and the probe's bucket: the
// event's own, its alias (aliasBucket) or its loose bucket (looseBucket).
func (w *writer) readCandidates(probes []probe, fn func(c *candidate, bucket int64)) error {
	const perStmt = 300
	// The loose buckets (looseBucket) are read only when a report of the
	// batch has one, or merges through them (a report with no target and
	// a sentence, or an arrest with both: see readsLoose): a batch of
	// imported rows, which have none and never merge across the presence
	// of a target, skips their index. A report that has one reads them
	// although it merges through them only if it is an arrest: the
	// writer's cache (loadCached) counts a bucket's day as read once, for
	// every later report.
	loose := false
	for _, p := range w.pending {
		if p.looseOK || readsLoose(p.view) {
			loose = true
			break
		}
	}
	for len(probes) > 0 {
		n := chunk(perStmt, len(probes))
		name, third := fmt.Sprintf("candidates#%d", n), ""
		if loose {
			name += "+loose"
			third = `
			UNION ALL
			SELECT e.id, p.b, e.source, e.target, e.code, e.precision, e.day, e.place_name, e.place_country
			FROM p JOIN events e ON e.loose_bucket = p.b AND e.day BETWEEN p.lo AND p.hi`
		}
		// Only placeholders and constant text are added to this constant text.
		st, err := w.prepare(name, `WITH p(b, lo, hi) AS (VALUES (?, ?, ?)`+strings.Repeat(", (?, ?, ?)", n-1)+`)
			SELECT e.id, p.b, e.source, e.target, e.code, e.precision, e.day, e.place_name, e.place_country
			FROM p JOIN events e ON e.bucket = p.b AND e.day BETWEEN p.lo AND p.hi
			UNION ALL
			SELECT e.id, p.b, e.source, e.target, e.code, e.precision, e.day, e.place_name, e.place_country
			FROM p JOIN events e ON e.alias_bucket = p.b AND e.day BETWEEN p.lo AND p.hi`+third)
		if err != nil {
			return err
		}
		args := make([]any, 0, 3*n)
		for _, p := range probes[:n] {
			args = append(args, p.bucket, p.lo, p.hi)
		}
		probes = probes[n:]
		rs, err := st.QueryContext(w.ctx, args...)
		if err != nil {
			return fmt.Errorf("merge candidates: %w", classify(err))
		}
		for rs.Next() {
			c := &candidate{}
			var bucket int64
			var precision string
			if err := rs.Scan(&c.id, &bucket, &c.view.source, &c.view.target, &c.view.code, &precision, &c.view.day, &c.view.place, &c.view.placeCountry); err != nil {
				rs.Close()
				return fmt.Errorf("merge candidates: %w", classify(err))
			}
			c.view.precision = entente.Precision(precision)
			fn(c, bucket)
		}
		rs.Close()
		if err := rs.Err(); err != nil {
			return fmt.Errorf("merge candidates: %w", classify(err))
		}
	}
	return nil
}

// bucketDay is a bucket and a day of candidateCache.
type bucketDay struct{ bucket, day int64 }

// maxCachedCandidates bounds the candidates a bulk load keeps in memory
// (about 200 bytes each); past it the cache is emptied after a commit.
const maxCachedCandidates = 1 << 19

// candidateCache keeps, across the batches of a Loader, the stored
// events read as merge candidates, by bucket and day: a (bucket, day) in
// loaded has all its stored events in days, in ID order, with the day
// certainty of those whose first report was read. Events created by the
// open transaction are added as they are created and become stored events
// at its commit; a failed transaction empties the cache.
type candidateCache struct {
	loaded map[bucketDay]bool
	days   map[bucketDay][]*candidate
	// fresh are the events created by the open transaction.
	fresh []*candidate
	size  int
	// max is the size past which commit empties the cache;
	// maxCachedCandidates when 0.
	max int
	// names holds one copy of each text of the cached views: a view made
	// from a report would otherwise keep the report's whole input line
	// (an actor code is a slice of it) as long as it is cached.
	names map[string]string
}

// intern returns the cache's copy of x.
func (c *candidateCache) intern(x string) string {
	if y, ok := c.names[x]; ok {
		return y
	}
	y := strings.Clone(x)
	c.names[y] = y
	return y
}

func newCandidateCache() *candidateCache {
	c := &candidateCache{}
	c.reset()
	return c
}

// reset empties the cache.
func (c *candidateCache) reset() {
	c.loaded = map[bucketDay]bool{}
	c.days = map[bucketDay][]*candidate{}
	c.fresh = nil
	c.size = 0
	c.names = map[string]string{}
}

// commit turns the events of the committed transaction into stored ones
// (their views are already as stored: see storedView).
func (c *candidateCache) commit() {
	for _, f := range c.fresh {
		f.fresh = nil
	}
	c.fresh = c.fresh[:0]
	limit := c.max
	if limit <= 0 {
		limit = maxCachedCandidates
	}
	if c.size > limit {
		c.reset()
	}
}

// load reads the stored events of the pending reports' windows that the
// cache does not hold yet.
func (w *writer) loadCached() error {
	c := w.cache
	var probes []probe
	for _, p := range w.pending {
		if p.art.distinct {
			continue // it looks for no event to merge into
		}
		lo, hi := probeWindow(p)
		probes = c.probeDays(probes, p.bucket, lo, hi)
		if p.crossOK {
			probes = c.probeDays(probes, p.cross.bucket, p.cross.lo, p.cross.hi)
		}
		if p.aliasOK {
			probes = c.probeDays(probes, p.alias, lo, hi)
		}
		if p.agreedOK {
			probes = c.probeDays(probes, p.agreed.bucket, p.agreed.lo, p.agreed.hi)
		}
		if p.looseOK {
			probes = c.probeDays(probes, p.loose, lo, hi)
		}
	}
	touched := map[bucketDay]bool{}
	err := w.readCandidates(probes, func(e *candidate, bucket int64) {
		k := bucketDay{bucket, e.view.day}
		c.days[k] = append(c.days[k], e)
		touched[k] = true
		c.size++
	})
	if err != nil {
		return err
	}
	for k := range touched {
		l := c.days[k]
		sort.Slice(l, func(i, j int) bool { return l[i].id < l[j].id })
	}
	return nil
}

// probeDays appends to probes the days lo..hi of bucket not loaded yet,
// and marks them loaded.
func (c *candidateCache) probeDays(probes []probe, bucket, lo, hi int64) []probe {
	for d := lo; d <= hi; d++ {
		k := bucketDay{bucket, d}
		if c.loaded[k] {
			continue
		}
		c.loaded[k] = true
		if n := len(probes) - 1; n >= 0 && probes[n].bucket == bucket && probes[n].hi == d-1 {
			probes[n].hi = d
		} else {
			probes = append(probes, probe{bucket, d, d})
		}
	}
	return probes
}

// candidateIter lists candidates in ID order from lists each in ID order.
type candidateIter struct {
	lists [][]*candidate
	buf   [3][]*candidate
}

// next returns the candidate of lowest ID not returned yet, nil at the end.
func (it *candidateIter) next() *candidate {
	best := -1
	for i, l := range it.lists {
		if len(l) > 0 && (best < 0 || l[0].id < it.lists[best][0].id) {
			best = i
		}
	}
	if best < 0 {
		return nil
	}
	c := it.lists[best][0]
	it.lists[best] = it.lists[best][1:]
	return c
}

// window sets it to list the cached candidates of p's bucket within its
// day window, in ID order: the days' lists are merged as they are read,
// since the first match ends the search.
func (c *candidateCache) window(p *pendingEvent, it *candidateIter) {
	lo, hi := probeWindow(p)
	it.lists = it.buf[:0]
	for d := lo; d <= hi; d++ {
		if l := c.days[bucketDay{p.bucket, d}]; len(l) > 0 {
			it.lists = append(it.lists, l)
		}
	}
	for d := p.cross.lo; p.crossOK && d <= p.cross.hi; d++ {
		if l := c.days[bucketDay{p.cross.bucket, d}]; len(l) > 0 {
			it.lists = append(it.lists, l)
		}
	}
	for d := lo; p.aliasOK && d <= hi; d++ {
		if l := c.days[bucketDay{p.alias, d}]; len(l) > 0 {
			it.lists = append(it.lists, l)
		}
	}
	for d := p.agreed.lo; p.agreedOK && d <= p.agreed.hi; d++ {
		if l := c.days[bucketDay{p.agreed.bucket, d}]; len(l) > 0 {
			it.lists = append(it.lists, l)
		}
	}
	for d := lo; p.looseOK && d <= hi; d++ {
		if l := c.days[bucketDay{p.loose, d}]; len(l) > 0 {
			it.lists = append(it.lists, l)
		}
	}
	if len(it.lists) > 8 {
		var all []*candidate
		for _, l := range it.lists {
			all = append(all, l...)
		}
		sort.Slice(all, func(i, j int) bool { return all[i].id < all[j].id })
		it.lists = append(it.buf[:0], all)
	}
}

// add records an event created by the open transaction.
func (c *candidateCache) add(e *candidate, bucket int64) {
	v := &e.view
	v.source, v.target, v.code = c.intern(v.source), c.intern(v.target), c.intern(v.code)
	v.precision = entente.Precision(c.intern(string(v.precision)))
	v.place, v.placeCountry = c.intern(v.place), c.intern(v.placeCountry)
	k := bucketDay{bucket, e.view.day}
	c.days[k] = append(c.days[k], e)
	c.fresh = append(c.fresh, e)
	c.size++
}

// addAlias lists an event created by the open transaction, added already,
// under its alias bucket too (aliasBucket).
func (c *candidateCache) addAlias(e *candidate, alias int64) {
	k := bucketDay{alias, e.view.day}
	c.days[k] = append(c.days[k], e)
	c.size++
}

// flushEvents merges and writes the pending reports.
func (w *writer) flushEvents() error {
	if len(w.pending) == 0 {
		return nil
	}
	defer func() { w.pending = w.pending[:0] }()
	var cands map[int64][]*candidate
	var err error
	if w.cache != nil {
		err = w.loadCached()
	} else {
		cands, err = w.loadCandidates()
	}
	if err != nil {
		return err
	}
	bumps := map[int64]*bump{}
	var order []int64 // bumped stored events, in first-touch order
	var fresh []*candidate
	var mentions, events []any
	if w.bufs != nil {
		mentions, events = w.bufs.mentions, w.bufs.events
	}
	mentions = slices.Grow(mentions[:0], mentionCols*len(w.pending))
	var checks []sourceCheck
	var it candidateIter
	for _, p := range w.pending {
		var hit *candidate
		switch {
		case p.art.distinct:
			it.lists = it.buf[:0] // a distinct event, as given
		case w.cache != nil:
			w.cache.window(p, &it)
		default:
			it.lists = append(it.buf[:0], cands[p.bucket])
			if p.crossOK {
				it.lists = append(it.lists, cands[p.cross.bucket])
			}
			if p.aliasOK {
				it.lists = append(it.lists, cands[p.alias])
			}
			if p.agreedOK {
				it.lists = append(it.lists, cands[p.agreed.bucket])
			}
			if p.looseOK {
				it.lists = append(it.lists, cands[p.loose])
			}
		}
		for c := it.next(); c != nil; c = it.next() {
			if c.fresh != nil && c.fresh.pe.art == p.art && c.fresh.pe.e.Sentence == p.e.Sentence && c.view.code != p.view.code {
				// two codes of one sentence are two events the coder
				// told apart ("shells struck a village, killing two
				// civilians": the shelling, 194, and the killing, 202;
				// "travelled to Phnom Penh for a visit": the visit,
				// 042, and its hosting, 043), each of which another
				// article's report may meet
				continue
			}
			same, ask := sameEvent(c.view, p.view)
			if ask {
				if c.view.dayCert, c.view.words, err = w.dayCertainty(c.id); err != nil {
					return err
				}
				same, _ = sameEvent(c.view, p.view)
			}
			if same {
				hit = c
				break
			}
		}
		mentionID := w.next.mention
		w.next.mention++
		counts := !p.art.dup
		switch {
		case hit == nil:
			id := w.next.event
			if k := (reuseKey{p.e.Source, p.e.Target, p.e.Code, string(p.e.Modality), p.day}); len(w.reuse[k]) > 0 {
				id, w.reuse[k] = w.reuse[k][0], w.reuse[k][1:]
			} else {
				w.next.event++
			}
			hit = &candidate{id: id, view: storedView(p), fresh: &freshEvent{firstMention: mentionID, mentions: 1, arts: 1, srcs: 1,
				articles: idSet{list: []int64{p.art.id}}, pe: p}}
			if counts {
				hit.fresh.sources.add(p.art.src)
			}
			if w.cache != nil {
				w.cache.add(hit, p.bucket)
				if p.aliasOK {
					w.cache.addAlias(hit, p.alias)
				}
				if p.looseOK {
					w.cache.addAlias(hit, p.loose)
				}
			} else {
				cands[p.bucket] = append(cands[p.bucket], hit)
				if p.aliasOK {
					cands[p.alias] = append(cands[p.alias], hit)
				}
				if p.looseOK {
					cands[p.loose] = append(cands[p.loose], hit)
				}
			}
			fresh = append(fresh, hit)
			p.art.res.NewEvents++
			w.addRoll(p.e.Source, p.e.Target, p.day, p.root, p.quad, string(p.e.Modality), p.e.Goldstein, 1)
		case hit.fresh != nil:
			f := hit.fresh
			f.mentions++
			if counts && !f.articles.has(p.art.id) {
				f.arts++
				if !f.sources.has(p.art.src) {
					f.srcs++
				}
			}
			f.articles.add(p.art.id)
			if counts {
				f.sources.add(p.art.src)
			}
		default:
			b := bumps[hit.id]
			if b == nil {
				b = &bump{}
				bumps[hit.id] = b
				order = append(order, hit.id)
			}
			b.mentions++
			if counts && !b.articles.has(p.art.id) {
				b.articles.add(p.art.id)
				b.arts++
				if !b.sources.has(p.art.src) {
					// Counted as new here; seenSources takes back those
					// the stored reports already have.
					b.sources.add(p.art.src)
					b.srcs++
					checks = append(checks, sourceCheck{hit.id, p.art.src})
				}
			}
		}
		if mentions, err = appendMention(mentions, mentionID, hit.id, p, w.placeMemo()); err != nil {
			return err
		}
		p.art.res.Events++
	}
	seen, err := w.seenSources(checks)
	if err != nil {
		return err
	}
	for _, c := range seen {
		bumps[c.event].srcs--
	}
	events = slices.Grow(events[:0], 23*len(fresh))
	for _, c := range fresh {
		p, f := c.fresh.pe, c.fresh
		var alias, loose any
		if p.aliasOK {
			alias = p.alias
		}
		if p.looseOK {
			loose = p.loose
		}
		events = append(events, c.id, p.bucket, alias, loose, p.e.Source, p.e.Target, p.e.Code, p.root, p.e.Goldstein, p.quad,
			p.e.PloverType, p.e.PloverMode, string(p.e.Modality), p.day, string(p.e.When.Precision), b2i(p.e.When.Historical),
			p.placeName, p.placeCountry, p.dv, f.firstMention, f.mentions, f.srcs, f.arts)
	}
	if err := w.multiInsert(`INSERT INTO events (id, bucket, alias_bucket, loose_bucket, source, target, code, root, goldstein, quad, plover_type, plover_mode,
		modality, day, precision, historical, place_name, place_country, dict_version, first_mention,
		num_mentions, num_sources, num_articles)`, "", 23, events); err != nil {
		return err
	}
	if err := w.multiInsert(`INSERT INTO mentions (id, event_id, article_id, publisher, duplicate, coder_id, sentence, sentence_text,
		src_start, src_end, tgt_start, tgt_end, verb_start, verb_end, confidence, gap_days, modality, date_phrase,
		date_start, date_end, from_story_date, dict_version, matched, quantities, place)`, "", mentionCols, mentions); err != nil {
		return err
	}
	if w.bufs != nil {
		w.bufs.mentions, w.bufs.events = reuse(mentions), reuse(events)
	}
	sort.Slice(order, func(i, j int) bool { return order[i] < order[j] })
	return w.bumpEvents(order, bumps)
}

// bumpEvents adds the counts of bumps to the stored events ids (in ID
// order), many events per UPDATE: the changes go in as a VALUES list
// joined to the events by ID.
func (w *writer) bumpEvents(ids []int64, bumps map[int64]*bump) error {
	const perStmt = 250
	var args []any
	for len(ids) > 0 {
		n := chunk(perStmt, len(ids))
		// Only placeholders are added to this constant text.
		st, err := w.prepare(fmt.Sprintf("bumpEvents#%d", n), `UPDATE events SET num_mentions = num_mentions + b.column2,
			num_articles = num_articles + b.column3, num_sources = num_sources + b.column4
			FROM (VALUES (?, ?, ?, ?)`+strings.Repeat(", (?, ?, ?, ?)", n-1)+`) AS b WHERE events.id = b.column1`)
		if err != nil {
			return err
		}
		args = args[:0]
		for _, id := range ids[:n] {
			b := bumps[id]
			args = append(args, id, b.mentions, b.arts, b.srcs)
		}
		if _, err := st.ExecContext(w.ctx, args...); err != nil {
			return fmt.Errorf("bump events: %w", classify(err))
		}
		ids = ids[n:]
	}
	return nil
}

// storedView is the view of a new event as later reports see it: as
// loadCandidates and dayCertainty read it back from the event's row and its
// first report's, whether it was stored in an earlier batch or is in this
// one, so that the merges do not depend on where batches begin. The row
// keeps whether the report's date came from the story, not whether it had
// none.
func storedView(p *pendingEvent) mergeView {
	v := p.view
	if e := p.e; e.When.Date.IsZero() && !e.When.FromStoryDate {
		v.dayCert, v.words = certainty(false, e.When.Phrase, e.SentenceText)
	}
	return v
}

// dayCertainty reads the day certainty of a stored event from its first
// report; the merge rule asks for it only when two reports otherwise match
// a day apart.
func (w *writer) dayCertainty(event int64) (dayCertainty, textWords, error) {
	st, err := w.prepare("eventDayCert", `SELECT m.from_story_date, m.date_phrase, m.sentence_text FROM events e
		JOIN mentions m ON m.id = e.first_mention WHERE e.id = ?`)
	if err != nil {
		return 0, textWords{}, err
	}
	var fromStory bool
	var phrase, sentence string
	switch err := st.QueryRowContext(w.ctx, event).Scan(&fromStory, &phrase, &sentence); {
	case errors.Is(err, sql.ErrNoRows):
		return dayFirm, textWords{}, nil
	case err != nil:
		return 0, textWords{}, fmt.Errorf("merge candidates: %w", classify(err))
	}
	c, m := certainty(fromStory, phrase, sentence)
	return c, m, nil
}

// sourceCheck asks whether a stored event has a report from an original
// (not near-duplicate) article of a source.
type sourceCheck struct {
	event int64
	src   string
}

// seenSources returns the checks whose answer is yes, asking SQLite for
// many at once.
func (w *writer) seenSources(checks []sourceCheck) ([]sourceCheck, error) {
	const perStmt = 400
	var out []sourceCheck
	for len(checks) > 0 {
		n := chunk(perStmt, len(checks))
		// Only placeholders are added to this constant text.
		st, err := w.prepare(fmt.Sprintf("seenSources#%d", n), `SELECT column1, column2 FROM (VALUES (?, ?)`+strings.Repeat(", (?, ?)", n-1)+`)
			WHERE EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = column1 AND m.publisher = column2 AND m.duplicate = 0)`)
		if err != nil {
			return nil, err
		}
		args := make([]any, 0, 2*n)
		for _, c := range checks[:n] {
			args = append(args, c.event, c.src)
		}
		rows, err := st.QueryContext(w.ctx, args...)
		if err != nil {
			return nil, fmt.Errorf("source check: %w", classify(err))
		}
		for rows.Next() {
			var c sourceCheck
			if err := rows.Scan(&c.event, &c.src); err != nil {
				rows.Close()
				return nil, fmt.Errorf("source check: %w", classify(err))
			}
			out = append(out, c)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("source check: %w", classify(err))
		}
		checks = checks[n:]
	}
	return out, nil
}

// mentionCols is the number of columns appendMention writes.
const mentionCols = 25

// placeKey is an entente.Place as a map key: its span by value, and its
// coordinates by their bits (json writes -0 and 0 apart).
type placeKey struct {
	p        entente.Place // with Lat, Lon and Span zero
	lat, lon uint64
	span     entente.Span
	hasSpan  bool
}

// maxPlaceMemo bounds the place texts a writer keeps.
const maxPlaceMemo = 4096

// placeJSON returns the JSON text of p ("" for nil), from memo when an
// equal place was written before: the places of imported rows repeat.
func placeJSON(p *entente.Place, memo map[placeKey]string) (string, error) {
	if p == nil {
		return "", nil
	}
	k := placeKey{p: *p, lat: math.Float64bits(p.Lat), lon: math.Float64bits(p.Lon)}
	k.p.Lat, k.p.Lon, k.p.Span = 0, 0, nil
	if p.Span != nil {
		k.span, k.hasSpan = *p.Span, true
	}
	if s, ok := memo[k]; ok {
		return s, nil
	}
	s, err := jsonOrEmpty(p, false)
	if err == nil && len(memo) < maxPlaceMemo {
		memo[k] = s
	}
	return s, err
}

// placeMemo returns the writer's memo of place texts (see placeJSON).
func (w *writer) placeMemo() map[placeKey]string {
	if w.places == nil {
		w.places = map[placeKey]string{}
	}
	return w.places
}

// appendMention appends one report's row of mentions to vals.
func appendMention(vals []any, id, eventID int64, p *pendingEvent, places map[placeKey]string) ([]any, error) {
	e := p.e
	matched, err := jsonOrEmpty(e.Matched, len(e.Matched) == 0)
	if err != nil {
		return nil, err
	}
	quants, err := jsonOrEmpty(e.Quantities, len(e.Quantities) == 0)
	if err != nil {
		return nil, err
	}
	place, err := placeJSON(e.Place, places)
	if err != nil {
		return nil, err
	}
	ds, de := nullSpan(e.When.Span)
	return append(vals, id, eventID, p.art.id, p.art.src, b2i(p.art.dup), e.ID, e.Sentence, e.SentenceText,
		e.SourceSpan.Start, e.SourceSpan.End, e.TargetSpan.Start, e.TargetSpan.End, e.VerbSpan.Start, e.VerbSpan.End,
		e.Confidence, e.When.GapDays, string(e.Modality), e.When.Phrase, ds, de, b2i(e.When.FromStoryDate), p.dv,
		matched, quants, place), nil
}

// probeWindow returns the days whose stored events a pending report may
// merge with: its precision's window (dayWindow), widened at day precision
// for a report with a sentence to storyLag days before a report dated by
// its publication (the text giving no date), and after a dated one, where
// such reports of its event may be stored (see daysMatch).
func probeWindow(p *pendingEvent) (lo, hi int64) {
	lo, hi = dayWindow(p.view.precision, p.day)
	if coarse(p.view.precision) != "d" || p.view.dayCert&hasText == 0 {
		return lo, hi
	}
	if p.view.dayCert&dayFromStory != 0 {
		return p.day - storyLag, hi
	}
	return lo, p.day + storyLag
}
