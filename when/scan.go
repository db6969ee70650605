package when

import (
	"strings"
	"time"

	"entente"
	"entente/internal/clause"
)

// scanner reads the temporal expressions of one sentence.
type scanner struct {
	text  string
	sent  *entente.Sentence
	si    int
	pub   time.Time
	words []string
	out   []Expr
	// done is the token index up to which tokens belong to found phrases.
	done int
}

// scan returns the expressions of one sentence and its folded words (which
// the Index keeps for dating the sentence's events).
func scan(text string, sent *entente.Sentence, si int, pub time.Time) ([]Expr, []string) {
	if len(sent.Tokens) == 0 {
		return nil, nil
	}
	s := scanner{text: text, sent: sent, si: si, pub: pub, words: clause.Words(sent.Tokens)}
	for i := 0; i < len(s.words); {
		if n := s.at(i); n > i {
			i = n
			s.done = n
			continue
		}
		i++
	}
	return s.out, s.words
}

func (s *scanner) w(i int) string {
	if i < 0 || i >= len(s.words) {
		return ""
	}
	return s.words[i]
}

// capital reports whether token i starts with an upper-case letter.
func (s *scanner) capital(i int) bool {
	f := s.sent.Tokens[i].Form
	return f != "" && f[0] >= 'A' && f[0] <= 'Z'
}

// at tries every pattern at token i and returns the index after the phrase,
// or i when nothing matches.
func (s *scanner) at(i int) int {
	w := s.words[i]
	if w == "" {
		return i
	}
	if c := w[0]; !(c >= '0' && c <= '9' || c == '\'') && !isTrigger(w) && !strings.HasPrefix(w, "mid-") && !strings.HasPrefix(w, "early-") && !strings.HasPrefix(w, "late-") {
		return i
	}
	if m, ok := months[w]; ok && s.capital(i) {
		return s.month(i, m)
	}
	if d, ok := weekdays[w]; ok {
		rel := s.relWord(i - 1)
		start := i
		if rel != 0 {
			start = i - 1
		}
		return s.add(start, i+1, Expr{kind: kWeekday, wday: d, rel: rel})
	}
	if n, ok := number(w); ok {
		return s.numeric(i, n)
	}
	if n := s.century(i); n > i {
		return n
	}
	if n := s.special(i); n > i {
		return n
	}
	if n := s.season(i); n > i {
		return n
	}
	if n := s.relative(i); n > i {
		return n
	}
	if n := s.eraAt(i); n > i {
		return n
	}
	return i
}

// relWord reads "last" / "next" / "this" before a weekday or month.
func (s *scanner) relWord(i int) int {
	if i < s.done {
		return 0
	}
	switch s.w(i) {
	case "last", "past", "previous":
		return -1
	case "next", "coming":
		return 1
	}
	return 0
}

// dayNumber reads "1", "1st", "23rd".
func dayNumber(w string) (int, bool) {
	w = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(w, "st"), "nd"), "rd"), "th")
	n, ok := number(w)
	return n, ok && n >= 1 && n <= 31
}

func isYear(n int, w string) bool { return len(w) == 4 && n >= 1000 && n <= 2199 }

func (s *scanner) month(i int, m time.Month) int {
	// "May" and "March" are also words; ask for date-like company.
	if m == 5 || m == 3 {
		next, prev := s.w(i+1), s.w(i-1)
		_, numNext := number(next)
		if !numNext && !preps[prev] && s.relWord(i-1) == 0 && prev != "early" && prev != "late" && prev != "mid" && prev != "this" {
			return i
		}
	}
	// "May 1, 2018", "May 1", "July 2017".
	if d, ok := dayNumber(s.w(i + 1)); ok && len(s.w(i+1)) <= 4 {
		if n := s.dayRange(i, m, d); n > i {
			return n
		}
		j := i + 2
		if s.w(j) == "," {
			j++
		}
		if y, ok := number(s.w(j)); ok && isYear(y, s.w(j)) {
			t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
			return s.add(s.dayBefore(i), j+1, Expr{kind: kAbs, date: t, end: t, prec: rDay})
		}
		return s.add(s.dayBefore(i), i+2, Expr{kind: kMonthDay, month: m, day: d})
	}
	j := i + 1
	if s.w(j) == "of" {
		j++
	}
	if y, ok := number(s.w(j)); ok && isYear(y, s.w(j)) {
		t := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
		x := Expr{kind: kAbs, date: t, end: t.AddDate(0, 1, -1), prec: rMonth}
		// "from July 2017 to March 2018", "between May and July 2017".
		if m2, y2, next, ok := s.rangeEnd(i, j+1); ok {
			if y2 == 0 {
				y2 = y
				if m2 < m {
					y2++
				}
			}
			if end := time.Date(y2, m2+1, 0, 0, 0, 0, 0, time.UTC); end.After(x.end) {
				x.end, x.prec, x.Range = end, rApprox, true
				return s.add(i, next, x)
			}
		}
		return s.add(i, j+1, x)
	}
	// "1 May 2018" was handled from the number; here a month alone.
	rel := s.relWord(i - 1)
	start := i
	if rel != 0 {
		start = i - 1
	}
	if m2, y2, next, ok := s.rangeEnd(i, i+1); ok && rel == 0 {
		if y2 != 0 {
			// "between March and May 2017": the year closes the range.
			y := y2
			if m2 < m {
				y--
			}
			t := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
			return s.add(i, next, Expr{kind: kAbs, date: t, end: time.Date(y2, m2+1, 0, 0, 0, 0, 0, time.UTC), prec: rApprox, Range: true})
		}
		return s.add(i, next, Expr{kind: kMonth, month: m, month2: m2, Range: true})
	}
	return s.add(start, i+1, Expr{kind: kMonth, month: m, rel: rel})
}

// rangeEnd reads the end of a range of months whose first month is token
// first and whose start phrase ends before token j: "between March and May",
// "from March to May 2017", "March-May". It returns the last month, its year
// (0 when the text gives none) and the index after the phrase. "and" joins a
// range only after "between", and "to", "until" and "through" only after
// "from", so that "in March and May" stays two months.
func (s *scanner) rangeEnd(first, j int) (time.Month, int, int, bool) {
	lead := s.w(first - 1)
	if first-1 < s.done {
		lead = ""
	}
	switch s.w(j) {
	case "-", "–", "—":
	case "and":
		if lead != "between" {
			return 0, 0, j, false
		}
	case "to", "until", "till", "through", "thru":
		if lead != "from" {
			return 0, 0, j, false
		}
	default:
		return 0, 0, j, false
	}
	m2, ok := months[s.w(j+1)]
	if !ok || !s.capital(j+1) {
		return 0, 0, j, false
	}
	if y, ok := number(s.w(j + 2)); ok && isYear(y, s.w(j+2)) {
		return m2, y, j + 3, true
	}
	return m2, 0, j + 2, true
}

// dayRange reads a range of days opened by "May 1" at tokens i, i+1: "May
// 1-3", "from May 1 to May 3, 2017", "between May 30 and June 2". It returns
// the index after the phrase, or i. The range is dated by its first day, at
// month precision when it lies in one month (the event happened in that
// month) and approximate otherwise.
func (s *scanner) dayRange(i int, m time.Month, d int) int {
	lead := s.w(i - 1)
	if i-1 < s.done {
		lead = ""
	}
	j := i + 2
	switch s.w(j) {
	case "-", "–", "—":
	case "and":
		if lead != "between" {
			return i
		}
	case "to", "until", "till", "through", "thru":
		if lead != "from" {
			return i
		}
	default:
		return i
	}
	m2, d2, k := m, 0, j+1
	if mm, ok := months[s.w(k)]; ok && s.capital(k) {
		m2, k = mm, k+1
	}
	d2, ok := dayNumber(s.w(k))
	if !ok || len(s.w(k)) > 4 || m2 == m && d2 <= d {
		return i
	}
	k++
	y := 0
	if yk := k + boolInt(s.w(k) == ","); true {
		if v, ok := number(s.w(yk)); ok && isYear(v, s.w(yk)) {
			y, k = v, yk+1
		}
	}
	x := Expr{kind: kMonthDay, month: m, day: d, month2: m2, day2: d2, Range: true}
	if y != 0 {
		y1 := y
		if m2 < m {
			y1--
		}
		t := time.Date(y1, m, d, 0, 0, 0, 0, time.UTC)
		x = Expr{kind: kAbs, date: t, end: time.Date(y, m2, d2, 0, 0, 0, 0, time.UTC), prec: rangePrecision(m, m2), Range: true}
	}
	return s.add(s.dayBefore(i), k, x)
}

// rangePrecision is the precision of a range of days from month m to m2.
func rangePrecision(m, m2 time.Month) precisionRank {
	if m == m2 {
		return rMonth
	}
	return rApprox
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// dayBefore extends "May 1" back over a weekday: "Tuesday, May 1".
func (s *scanner) dayBefore(i int) int {
	if i >= 2 && i-2 >= s.done && s.w(i-1) == "," {
		if _, ok := weekdays[s.w(i-2)]; ok {
			return i - 2
		}
	}
	return i
}

// countNouns follow a number that is a count, not a year.
func countNoun(w string) bool {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	switch w {
	case "people", "troops", "km", "miles", "soldiers", "men", "women", "children", "police", "personnel":
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

func (s *scanner) numeric(i, n int) int {
	w := s.words[i]
	// "1-3 May 2017", "from 1 to 3 May".
	if d, ok := dayNumber(w); ok && len(w) <= 4 {
		if j := i + 1; s.w(j) == "-" || s.w(j) == "–" || s.w(j) == "to" && s.w(i-1) == "from" {
			if d2, ok := dayNumber(s.w(j + 1)); ok && d2 > d && len(s.w(j+1)) <= 4 {
				if m, ok := months[s.w(j+2)]; ok && s.capital(j+2) {
					k := j + 3
					if y, ok := number(s.w(k)); ok && isYear(y, s.w(k)) {
						return s.add(i, k+1, Expr{kind: kAbs, date: time.Date(y, m, d, 0, 0, 0, 0, time.UTC),
							end: time.Date(y, m, d2, 0, 0, 0, 0, time.UTC), prec: rMonth, Range: true})
					}
					return s.add(i, k, Expr{kind: kMonthDay, month: m, day: d, month2: m, day2: d2, Range: true})
				}
			}
		}
	}
	// "1 May 2018", "1st of May".
	if d, ok := dayNumber(w); ok {
		j := i + 1
		if s.w(j) == "of" {
			j++
		}
		if m, ok := months[s.w(j)]; ok && j < len(s.words) && s.capital(j) {
			if y, ok := number(s.w(j + 1)); ok && isYear(y, s.w(j+1)) {
				t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
				return s.add(i, j+2, Expr{kind: kAbs, date: t, end: t, prec: rDay})
			}
			return s.add(i, j+1, Expr{kind: kMonthDay, month: m, day: d})
		}
	}
	// "two years ago" with digits: "3 years ago", "4 years later".
	if n2 := s.offset(i, n); n2 > i {
		return n2
	}
	if !isYear(n, w) {
		return i
	}
	prev, next := s.w(i-1), s.w(i+1)
	if prev == "$" || prev == "no." || prev == "#" || prev == "rs" || prev == "rs." || prev == "€" || prev == "£" || notYearAfter[prev] {
		return i
	}
	if n < 1500 || !s.pub.IsZero() && n > s.pub.Year()+50 {
		// a bare number of four digits far from the story's time is a
		// count, a code or a time of day ("Local 1416", "a 1330
		// start"), not a year
		return i
	}
	if w2 := s.w(i - 2); prev == "-" && w2 != "" && !isDigits(w2) && w2 != "mid" && w2 != "early" && w2 != "late" && w2 != "pre" && w2 != "post" {
		return i // a model or a code: "L-1011", "MiG-2000"
	}
	if !preps[prev] && countNoun(next) {
		return i
	}
	switch next {
	case "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "bst", "cet", "cest", "eet", "eest", "ist", "pst", "pdt",
		"jst", "kst", "msk", "pkt", "wat", "cat", "eat", "sast", "ast", "gst", "hkt", "sgt", "aest", "aedt",
		"hrs", "hours", "local", "am", "pm", "a.m.", "p.m.":
		return i // a time of day: "at 1630 GMT"
	}
	if prev == "at" && n%100 < 60 && n/100 < 24 && s.w(i-2) != "the" {
		return i // "at 1630"
	}
	if (next == "-" || next == "–") && len(s.w(i+2)) == 2 && s.w(i+3) != "-" {
		// "2014-15": the second year in two digits.
		if v, ok := number(s.w(i + 2)); ok {
			y2 := n/100*100 + v
			if y2 < n {
				y2 += 100
			}
			if y2 > n && y2-n < 10 {
				t := time.Date(n, 1, 1, 0, 0, 0, 0, time.UTC)
				return s.add(i, i+3, Expr{kind: kAbs, date: t, end: time.Date(y2, 12, 31, 0, 0, 0, 0, time.UTC), prec: rApprox, Range: true})
			}
		}
	}
	if yearJoin(next, prev) {
		// A range "2014-2016", "from 2014 to 2016", "between 2014 and 2016":
		// dated by its start, the end read by Index.Period.
		if y2, ok := number(s.w(i + 2)); ok && isYear(y2, s.w(i+2)) && y2 >= n {
			t := time.Date(n, 1, 1, 0, 0, 0, 0, time.UTC)
			e := time.Date(y2, 12, 31, 0, 0, 0, 0, time.UTC)
			prec := rYear
			if y2 > n {
				prec = rApprox
			}
			return s.add(i, i+3, Expr{kind: kAbs, date: t, end: e, prec: prec, Range: y2 > n})
		}
	}
	t := time.Date(n, 1, 1, 0, 0, 0, 0, time.UTC)
	return s.add(i, i+1, Expr{kind: kAbs, date: t, end: time.Date(n, 12, 31, 0, 0, 0, 0, time.UTC), prec: rYear})
}

// notYearAfter are the words after which a number of four digits names a
// thing, not a year: a resolution, a flight, a union local, a road, a unit,
// or a bond's maturity ("bonds due 2017": the year of a repayment, no
// event's).
var notYearAfter = map[string]bool{"resolution": true, "resolutions": true, "local": true, "flight": true,
	"route": true, "highway": true, "road": true, "number": true, "no": true, "article": true, "room": true,
	"model": true, "code": true, "section": true, "paragraph": true, "due": true, "unit": true, "battalion": true,
	"brigade": true, "division": true, "hill": true, "height": true, "point": true, "km": true, "kilometre": true,
	"kilometer": true, "mile": true, "boeing": true, "airbus": true, "ward": true, "precinct": true}

// isDigits reports whether w is all ASCII digits.
func isDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// yearJoin reports whether next joins a year to a second one as a range,
// given the word before the first year: a dash always, "to", "until" and
// "through" always, "and" only after "between" ("in 2014 and 2016" is two
// years).
func yearJoin(next, prev string) bool {
	switch next {
	case "-", "–", "—", "to", "until", "till", "through", "thru":
		return true
	case "and":
		return prev == "between"
	}
	return false
}

// special reads single tokens that carry a date: "2018-05-01", "1990s",
// "'90s", "mid-2015", "yesterday", "now".
func (s *scanner) special(i int) int {
	w := s.words[i]
	// ISO date.
	if len(w) == 10 && w[4] == '-' && w[7] == '-' {
		y, ok1 := number(w[:4])
		m, ok2 := number(w[5:7])
		d, ok3 := number(w[8:])
		if ok1 && ok2 && ok3 && m >= 1 && m <= 12 && d >= 1 && d <= 31 {
			t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
			return s.add(i, i+1, Expr{kind: kAbs, date: t, end: t, prec: rDay})
		}
	}
	// Decades.
	if strings.HasSuffix(w, "s") && (len(w) == 5 || len(w) == 4 || len(w) == 6) {
		core := strings.TrimSuffix(strings.TrimSuffix(w, "s"), "'")
		y := -1
		if n, ok := number(core); ok && len(core) == 4 && n%10 == 0 && n >= 1000 && n <= 2190 {
			y = n
		} else if strings.HasPrefix(core, "'") {
			if n, ok := number(core[1:]); ok && len(core) == 3 && n%10 == 0 {
				y = 1900 + n
				if n < 30 {
					y = 2000 + n
				}
			}
		}
		if y > 0 {
			t := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
			start := i
			x := Expr{kind: kAbs, date: t, end: time.Date(y+9, 12, 31, 0, 0, 0, 0, time.UTC), prec: rDecade}
			if s.w(i-1) == "the" && i-1 >= s.done {
				start = i - 1
				// "missing from the 1990s war": the decade
				// describes the noun after it
				// (a capitalised word after "in the 1990s" is more
				// often the subject: "In the 1990s Armenia held")
				x.Attributive = attributive(s.w(i+1)) && i+1 < len(s.sent.Tokens) &&
					(!s.capital(i+1) || i < 2 || !decadePreps[s.w(i-2)])
			}
			return s.add(start, i+1, x)
		}
	}
	// "mid-2015", "early-2016" written as one token.
	for _, p := range [...]struct {
		pre string
		e   edge
	}{{"mid-", edgeMid}, {"early-", edgeEarly}, {"late-", edgeLate}} {
		if strings.HasPrefix(w, p.pre) {
			if y, ok := number(w[len(p.pre):]); ok && isYear(y, w[len(p.pre):]) {
				t := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
				return s.add(i, i+1, Expr{kind: kAbs, date: t, end: time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC), prec: rYear, edge: p.e})
			}
			// "mid-March", "late-May": a month's part, its year by tense.
			f := s.sent.Tokens[i].Form
			if m, ok := months[w[len(p.pre):]]; ok && len(f) > len(p.pre) && f[len(p.pre)] >= 'A' && f[len(p.pre)] <= 'Z' {
				return s.add(i, i+1, Expr{kind: kMonth, month: m, edge: p.e})
			}
		}
	}
	if s.pub.IsZero() {
		return i
	}
	p := s.pub
	switch w {
	case "yesterday":
		d := p.AddDate(0, 0, -1)
		return s.add(i, i+1, Expr{kind: kAbs, date: d, end: d, prec: rDay})
	case "today", "tonight":
		return s.add(i, i+1, Expr{kind: kAbs, date: p, end: p, prec: rDay})
	case "tomorrow":
		d := p.AddDate(0, 0, 1)
		return s.add(i, i+1, Expr{kind: kAbs, date: d, end: d, prec: rDay})
	case "now", "nowadays", "currently":
		return s.add(i, i+1, Expr{kind: kAbs, date: p, end: p, prec: rApprox})
	case "recently", "lately":
		d := p.AddDate(0, -1, 0)
		return s.add(i, i+1, Expr{kind: kAbs, date: d, end: p, prec: rApprox})
	}
	return i
}

// count reads a spelled or digit count at i ("four", "4", "a", "a few").
func (s *scanner) count(i int) (n, next int, ok bool) {
	w := s.w(i)
	if v, ok := number(w); ok && v < 1000 {
		return v, i + 1, true
	}
	if w == "a" && (s.w(i+1) == "few" || s.w(i+1) == "couple") {
		j := i + 2
		if s.w(j) == "of" {
			j++
		}
		return numberWords[s.w(i+1)], j, true
	}
	if v, ok := numberWords[w]; ok && w != "hundred" && w != "few" && w != "couple" {
		return v, i + 1, true
	}
	return 0, i, false
}

// offset reads "four years later", "two weeks ago", "a century earlier",
// starting at the count at i (n is its value when it is digits).
func (s *scanner) offset(i, _ int) int {
	n, j, ok := s.count(i)
	if !ok {
		return i
	}
	u, ok := units[s.w(j)]
	if !ok {
		return i
	}
	switch s.w(j + 1) {
	case "ago":
		if s.pub.IsZero() {
			return i
		}
		d := u.add(s.pub, -n)
		return s.add(i, j+2, Expr{kind: kAbs, date: d, end: d, prec: u.precision()})
	case "later", "after", "afterwards", "on":
		if s.w(j+1) == "after" && s.w(j+2) != "," && s.w(j+2) != "" && s.w(j+2) != "." {
			return i // "two years after the war": a duration before an event phrase
		}
		return s.add(i, j+2, Expr{kind: kAnchored, unit: u, n: n})
	case "earlier", "before", "previously", "prior":
		if s.w(j+1) == "before" && s.w(j+2) != "," && s.w(j+2) != "" && s.w(j+2) != "." {
			return i
		}
		return s.add(i, j+2, Expr{kind: kAnchored, unit: u, n: -n})
	}
	return i
}

// relative reads phrases built on a unit word or a deictic: "last week",
// "the following year", "that year", "in recent months", and counts spelled
// out ("four years later").
func (s *scanner) relative(i int) int {
	w := s.words[i]
	if n := s.offset(i, 0); n > i {
		return n
	}
	next := s.w(i + 1)
	u, unitNext := units[next]
	switch w {
	case "last", "past", "next", "coming", "this":
		if !unitNext || u == uCentury || s.pub.IsZero() {
			break
		}
		if s.w(i-1) == "the" && w == "next" {
			// "the next year" is relative to an earlier date.
			return s.add(i-1, i+2, Expr{kind: kAnchored, unit: u, n: 1})
		}
		sign := 0
		switch w {
		case "last", "past":
			sign = -1
		case "next", "coming":
			sign = 1
		}
		d := u.add(s.pub, sign)
		prec := u.precision()
		if u == uWeek {
			prec = rApprox
		}
		start, end := periodOf(d, u)
		if s.w(i-1) == "the" && (w == "past" || w == "last") {
			// "the past year", "in the last month": the span up to now.
			return s.add(i-1, i+2, Expr{kind: kAbs, date: d, end: s.pub, prec: rApprox})
		}
		if u == uDay || u == uWeek {
			start = d
		}
		return s.add(i, i+2, Expr{kind: kAbs, date: start, end: end, prec: prec})
	case "earlier", "later":
		// "earlier this year", "later this month"
		if next == "this" {
			if u2, ok := units[s.w(i+2)]; ok && !s.pub.IsZero() {
				start, end := periodOf(s.pub, u2)
				if w == "earlier" {
					end = s.pub
				} else {
					start = s.pub
				}
				return s.add(i, i+3, Expr{kind: kAbs, date: start, end: end, prec: rApprox})
			}
		}
		if next == "that" {
			if u2, ok := units[s.w(i+2)]; ok {
				e := edgeStart
				if w == "later" {
					e = edgeEnd
				}
				return s.add(i, i+3, Expr{kind: kAnchored, unit: u2, edge: e})
			}
		}
	case "following", "previous", "preceding", "same", "subsequent":
		if s.w(i-1) == "the" && unitNext {
			n := 1
			switch w {
			case "previous", "preceding":
				n = -1
			case "same":
				n = 0
			}
			return s.add(i-1, i+2, Expr{kind: kAnchored, unit: u, n: n})
		}
	case "that":
		if unitNext && u != uCentury {
			return s.add(i, i+2, Expr{kind: kAnchored, unit: u})
		}
	case "recent":
		if unitNext && !s.pub.IsZero() {
			back := map[unit]int{uDay: 5, uWeek: 21, uMonth: 90, uYear: 730, uDecade: 3650}[u]
			if back == 0 {
				break
			}
			d := s.pub.AddDate(0, 0, -back)
			start := i
			if s.w(i-1) == "in" && i-1 >= s.done {
				start = i - 1
			}
			return s.add(start, i+2, Expr{kind: kAbs, date: d, end: s.pub, prec: rApprox})
		}
	case "weekend":
		// "over the weekend", "last weekend", "this weekend": the Saturday
		// and Sunday before or after the publication, by tense.
		start := i
		switch s.w(i - 1) {
		case "the", "this", "last", "past", "next", "coming":
			if i-1 >= s.done {
				start = i - 1
			}
		}
		if start == i {
			break
		}
		rel := s.relWord(i - 1)
		if s.w(start-1) == "over" && start-1 >= s.done {
			start--
		}
		return s.add(start, i+1, Expr{kind: kWeekday, wday: time.Saturday, rel: rel, weekend: true})
	case "day", "week":
		// "the day before", "the week after", closing a clause: the day
		// or week next to the date before.
		if s.w(i-1) == "the" && i-1 >= s.done {
			n := 0
			switch next {
			case "before", "earlier":
				n = -1
			case "after", "later":
				n = 1
			}
			if after := s.w(i + 2); n != 0 && (after == "" || after == "," || after == "." || clause.IsBreak(after)) {
				return s.add(i-1, i+2, Expr{kind: kAnchored, unit: units[w], n: n})
			}
		}
	case "returned", "return", "returning", "returns":
		// "returned the favour": the same time as the event it answers.
		if next == "the" && (s.w(i+2) == "favour" || s.w(i+2) == "favor") && !s.hasLaterExpr(i+3) {
			return s.add(i, i+3, Expr{kind: kAnchored, unit: uNone, n: 0})
		}
	}
	return i
}

// hasLaterExpr reports whether a temporal phrase follows soon after i, so
// that a weaker cue before it should give way.
func (s *scanner) hasLaterExpr(i int) bool {
	for j := i; j < len(s.words) && j < i+6; j++ {
		w := s.words[j]
		if _, ok := units[w]; ok {
			return true
		}
		if n, ok := number(w); ok && isYear(n, w) {
			return true
		}
		if _, ok := months[w]; ok && s.capital(j) {
			return true
		}
		if clause.IsBreak(w) || clause.IsOpener(w) {
			return false
		}
	}
	return false
}

// periodOf returns the calendar period of unit u holding t.
func periodOf(t time.Time, u unit) (time.Time, time.Time) {
	switch u {
	case uMonth:
		s := time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
		return s, s.AddDate(0, 1, -1)
	case uYear:
		return time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC), time.Date(t.Year(), 12, 31, 0, 0, 0, 0, time.UTC)
	case uDecade:
		y := t.Year() / 10 * 10
		return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(y+9, 12, 31, 0, 0, 0, 0, time.UTC)
	case uWeek:
		return t, t.AddDate(0, 0, 6)
	}
	return t, t
}

// century reads an ordinal century: "the twentieth century", "the 19th
// century", "the twenty-first century". Like an era it stands for its middle
// unless an edge word ("early", "the end of") narrows it.
func (s *scanner) century(i int) int {
	n, j := ordinal(s.w(i)), i+1
	if n == 0 && s.w(i+1) == "-" {
		// "twenty - first" split at the hyphen.
		if s.w(i) == "twenty" {
			n, j = 20+ordinal(s.w(i+2)), i+3
		}
	}
	if n == 0 || n > 21 || (s.w(j) != "century" && s.w(j) != "centuries") || s.w(j) == "centuries" {
		return i
	}
	first := (n - 1) * 100
	mid := time.Date(first+50, 1, 1, 0, 0, 0, 0, time.UTC)
	x := Expr{kind: kAbs, date: mid, end: time.Date(first+99, 12, 31, 0, 0, 0, 0, time.UTC), prec: rApprox,
		from: time.Date(first, 1, 1, 0, 0, 0, 0, time.UTC)}
	start := i
	if s.w(i-1) == "the" && i-1 >= s.done {
		start = i - 1
	}
	if s.edgeBefore(start) != edgeNone {
		x.date = time.Date(first, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	x.Attributive = attributive(s.w(j + 1))
	return s.add(start, j+1, x)
}

// ordinal reads "twentieth", "20th", "twenty-first", "21st"; 0 otherwise.
func ordinal(w string) int {
	if v, ok := ordinals[w]; ok {
		return v
	}
	if t, ok := strings.CutPrefix(w, "twenty-"); ok {
		if v, ok := ordinals[t]; ok && v < 10 {
			return 20 + v
		}
	}
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if d, ok := strings.CutSuffix(w, suf); ok {
			if v, ok := number(d); ok && v >= 1 && v <= 21 {
				return v
			}
		}
	}
	return 0
}

// eraAt reads a named era: "the Cold War".
func (s *scanner) eraAt(i int) int {
	for _, k := range eraFirst[s.words[i]] {
		e := eras[k]
		if i+len(e.words) > len(s.words) {
			continue
		}
		ok := true
		for j, w := range e.words {
			if s.words[i+j] != w {
				ok = false
				break
			}
		}
		if !ok || !s.capital(i) && len(e.words[0]) > 4 {
			continue
		}
		// "Cold War ally": an era used as a modifier still dates.
		t := time.Date(e.start, 1, 1, 0, 0, 0, 0, time.UTC)
		end := time.Date(e.end, 12, 31, 0, 0, 0, 0, time.UTC)
		prec := rApprox
		if e.end == e.start {
			prec = rYear
		}
		start := i
		if s.w(i-1) == "the" && i-1 >= s.done {
			start = i - 1
		}
		x := Expr{kind: kAbs, date: t, end: end, prec: prec, from: t}
		if p := s.w(start - 1); start-1 >= s.done && (p == "after" || p == "following") {
			t2 := time.Date(e.end+1, 1, 1, 0, 0, 0, 0, time.UTC)
			x.date, x.end, x.from = t2, t2.AddDate(5, 0, 0), t2
		} else if start-1 < s.done || (p != "since" && p != "before") {
			// Mid-era unless an edge word says otherwise (see add).
			mid := time.Date((e.start+e.end)/2, 1, 1, 0, 0, 0, 0, time.UTC)
			x.date = mid
			x.edge = edgeNone
			x.end = end
			x.prec = prec
			if s.edgeBefore(start) != edgeNone {
				x.date = t
			}
		}
		x.Attributive = attributive(s.w(i + len(e.words)))
		return s.add(start, i+len(e.words), x)
	}
	return i
}

// decadePreps are the prepositions before "the 1990s" that make it a time
// adverbial.
var decadePreps = map[string]bool{"in": true, "during": true, "since": true, "by": true, "until": true,
	"through": true, "throughout": true, "from": true, "after": true, "before": true}

// attributive reports whether w, following an era's name, makes the name a
// modifier of a noun ("a Cold War ally") rather than a time adverbial.
func attributive(w string) bool {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	switch w {
	case "and", "or", "but", "to", "of", "in", "on", "at", "when", "while", "with", "by",
		"for", "as", "that", "which", "who", "ended", "began", "was", "were", "is", "had",
		"has", "the", "a", "an", "against", "between", "over", "from", "into", "through",
		"until", "after", "before", "era", "period", "years", "days", "during", "under", "amid", "despite",
		"following", "since", "without", "within", "across", "along", "around", "near", "toward", "towards",
		"upon", "among", "because", "than", "like", "via":
		return false
	}
	return true
}

// edgeBefore reads "the end of", "the beginning of", "early", "late" just
// before token i without consuming them.
func (s *scanner) edgeBefore(i int) edge {
	j := i - 1
	if j < s.done {
		return edgeNone
	}
	if s.w(j) == "-" && j-1 >= s.done {
		j--
	}
	switch s.w(j) {
	case "early":
		return edgeEarly
	case "late":
		return edgeLate
	case "mid", "mid-":
		return edgeMid
	case "of":
		k := j - 1
		if k < s.done {
			return edgeNone
		}
		switch s.w(k) {
		case "end", "close":
			return edgeEnd
		case "beginning", "start", "dawn", "outset":
			return edgeStart
		case "middle", "height":
			return edgeMid
		}
	}
	return edgeNone
}

// add records the phrase [start, end), extending it back over an edge phrase
// ("at the end of") and a preposition, and returns end.
func (s *scanner) add(start, end int, e Expr) int {
	if start < s.done {
		start = s.done
	}
	if ed := s.edgeBefore(start); ed != edgeNone {
		if e.edge == edgeNone {
			e.edge = ed
		}
		if e.kind == kAbs {
			r := edged(resolved{e.date, e.end, e.prec}, ed)
			e.date, e.end, e.prec = r.date, r.end, r.prec
			e.edge = edgeNone
		}
		switch {
		case s.w(start-1) == "of":
			start -= 2
		case s.w(start-1) == "-":
			start -= 2
		default:
			start--
		}
		if s.w(start-1) == "the" && start-1 >= s.done {
			start--
		}
	}
	if start-1 >= s.done && preps[s.w(start-1)] && s.w(start-1) != "of" {
		start--
	}
	if s.w(start) == "since" {
		// "since 2014": from then up to the publication date.
		e.Range, e.open = true, true
	}
	toks := s.sent.Tokens
	e.Sentence = s.si
	e.Tokens = [2]int{start, end}
	e.Span = entente.Span{Start: toks[start].Span.Start, End: toks[end-1].Span.End}
	e.Phrase = e.Span.Of(s.text)
	e.Fronted = s.fronted(start, end)
	if e.kind == kAbs && e.end.IsZero() {
		e.end = e.date
	}
	s.out = append(s.out, e)
	return end
}

// fronted reports whether the phrase [start, end) opens its sentence and is
// set off by a comma or followed directly by the main clause.
func (s *scanner) fronted(start, end int) bool {
	j := 0
	for j < start {
		switch s.words[j] {
		case "and", "but", "so", "then", "\"", "'", "“", "‘", "(", "yet":
			j++
			continue
		}
		break
	}
	return j == start && end < len(s.words) && s.words[end] == ","
}

// season reads a season: "the spring of 2015", "summer 2016", "last winter",
// "in the autumn". With a year it is that year's season (winter is the one
// that holds the year's January); otherwise its year follows the tense like
// a bare month's. It stands for its months, at approximate precision; "the
// spring offensive" names a noun and dates nothing.
func (s *scanner) season(i int) int {
	ms, ok := seasons[s.words[i]]
	if !ok {
		return i
	}
	j := i + 1
	if s.w(j) == "of" {
		j++
	}
	if y, ok := number(s.w(j)); ok && isYear(y, s.w(j)) {
		y1 := y
		if ms[1] < ms[0] {
			y1--
		}
		t := time.Date(y1, ms[0], 1, 0, 0, 0, 0, time.UTC)
		start := i
		if s.w(i-1) == "the" && i-1 >= s.done {
			start = i - 1
		}
		return s.add(start, j+1, Expr{kind: kAbs, date: t, end: time.Date(y, ms[1]+1, 0, 0, 0, 0, 0, time.UTC), prec: rApprox})
	}
	if s.w(i+1) == "of" || attributive(s.w(i+1)) {
		// "the fall of Kabul", "the spring offensive".
		return i
	}
	rel := s.relWord(i - 1)
	start := i
	switch {
	case rel != 0 || s.w(i-1) == "this":
		start = i - 1
	case s.w(i-1) == "the" && i-1 >= s.done:
		start = i - 1
	default:
		return i
	}
	return s.add(start, i+1, Expr{kind: kMonth, month: ms[0], month2: ms[1], rel: rel})
}
