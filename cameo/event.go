package cameo

import (
	"bufio"
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// The event codebook is the embedded file eventcodes.tsv, generated from
// ../shared/codebook by TestEventCodebookCurrent (run it with -update to
// regenerate). Its sources and licences:
//
//   - names and descriptions: cameo-codes.tsv, the ICEWS CAMEO codebook as
//     published in the R package andybega/icews (MIT);
//   - GDELT Goldstein values: GDELT's CAMEO.goldsteinscale.txt (open, cite
//     GDELT); ICEWS Goldstein values from cameo-codes.tsv;
//   - PLOVER type, mode and context: CAMEO2PLOVER-2021.txt from
//     openeventdata/PLOVER (CC BY-SA 4.0).
//
//go:embed eventcodes.tsv
var eventCodesTSV string

// Convention selects whose Goldstein values and QuadClass grouping to use.
type Convention int

const (
	// GDELT follows GDELT's tables: Goldstein values from GDELT's scale and
	// QuadClass 1 = roots 01–05, 2 = 06–09, 3 = 10–14, 4 = 15–20. It is the
	// default everywhere in entente.
	GDELT Convention = iota
	// ICEWS follows the ICEWS codebook: its Goldstein values (which differ
	// from GDELT's for 016, 022, 164 and 165) and QuadClass 1 = roots 01–05,
	// 2 = 06–08, 3 = 09–13, 4 = 14–20.
	ICEWS
)

// String returns "gdelt" or "icews".
func (c Convention) String() string {
	if c == ICEWS {
		return "icews"
	}
	return "gdelt"
}

// ParseConvention reads "gdelt" or "icews" (case-insensitive).
func ParseConvention(s string) (Convention, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "gdelt", "":
		return GDELT, nil
	case "icews":
		return ICEWS, nil
	}
	return GDELT, fmt.Errorf("cameo: unknown convention %q (want gdelt or icews)", s)
}

// EventCode is one entry of the CAMEO event codebook. Codes are strings:
// "010" and "10" are different codes (the second is not a CAMEO code).
type EventCode struct {
	// Code is the zero-padded code: "01" (a root), "010", "0211", "1384".
	Code string
	// Root is the code's first two digits.
	Root string
	// Name is the short name ("Make statement"); roots are in capitals.
	Name string
	// Description says what the code covers; empty for roots.
	Description string
	// Goldstein is the conflict–cooperation weight in GDELT's table, in
	// [-10, 10]. For 1213, absent from GDELT's table, it is the ICEWS value.
	Goldstein float64
	// GoldsteinICEWS is the weight in the ICEWS codebook.
	GoldsteinICEWS float64
	// InGDELT reports whether GDELT's tables have the code (all but 1213).
	InGDELT bool
	// PloverType, PloverMode and PloverContext are what the code maps to in
	// PLOVER (lower case, e.g. "consult", "visit", "diplomatic"); several
	// contexts are separated by ";". Roots 01 and 02 and their codes have
	// no PLOVER type: PLOVER drops statements and appeals on purpose.
	PloverType    string
	PloverMode    string
	PloverContext string
}

// IsRoot reports whether the code is a two-digit root.
func (e EventCode) IsRoot() bool { return len(e.Code) == 2 }

// QuadClass returns the code's QuadClass under GDELT's convention.
func (e EventCode) QuadClass() int { return QuadClass(e.Root, GDELT) }

// GoldsteinIn returns the code's Goldstein value under convention c.
func (e EventCode) GoldsteinIn(c Convention) float64 {
	if c == ICEWS {
		return e.GoldsteinICEWS
	}
	return e.Goldstein
}

// QuadClassIn returns the code's QuadClass under convention c.
func (e EventCode) QuadClassIn(c Convention) int { return QuadClass(e.Root, c) }

// QuadClass returns the QuadClass (1 verbal cooperation, 2 material
// cooperation, 3 verbal conflict, 4 material conflict) of a root or code under
// convention c, or 0 when root does not start with a root from 01 to 20.
func QuadClass(root string, c Convention) int {
	if len(root) < 2 {
		return 0
	}
	n, err := strconv.Atoi(root[:2])
	if err != nil || n < 1 || n > 20 {
		return 0
	}
	if c == ICEWS {
		switch {
		case n <= 5:
			return 1
		case n <= 8:
			return 2
		case n <= 13:
			return 3
		}
		return 4
	}
	switch {
	case n <= 5:
		return 1
	case n <= 9:
		return 2
	case n <= 14:
		return 3
	}
	return 4
}

// RootOf returns the first two characters of code, or "" when code is shorter.
func RootOf(code string) string {
	if len(code) < 2 {
		return ""
	}
	return code[:2]
}

type eventTable struct {
	byCode map[string]EventCode
	list   []EventCode
}

var (
	eventOnce sync.Once
	events    eventTable
	eventErr  error
)

func loadEvents() (eventTable, error) {
	eventOnce.Do(func() { events, eventErr = parseEventTable(eventCodesTSV) })
	return events, eventErr
}

// parseEventTable reads the embedded codebook format: a header line, then
// tab-separated code, root, name, description, goldstein, goldstein_icews,
// in_gdelt, plover_type, plover_mode, plover_context.
func parseEventTable(data string) (eventTable, error) {
	t := eventTable{byCode: map[string]EventCode{}}
	sc := bufio.NewScanner(strings.NewReader(data))
	line := 0
	for sc.Scan() {
		line++
		if line == 1 || strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 10 {
			return t, fmt.Errorf("cameo: eventcodes.tsv:%d: %d fields, want 10", line, len(f))
		}
		g, err1 := strconv.ParseFloat(f[4], 64)
		gi, err2 := strconv.ParseFloat(f[5], 64)
		if err1 != nil || err2 != nil {
			return t, fmt.Errorf("cameo: eventcodes.tsv:%d: bad Goldstein value", line)
		}
		e := EventCode{Code: f[0], Root: f[1], Name: f[2], Description: f[3], Goldstein: g,
			GoldsteinICEWS: gi, InGDELT: f[6] == "1", PloverType: f[7], PloverMode: f[8], PloverContext: f[9]}
		t.byCode[e.Code] = e
		t.list = append(t.list, e)
	}
	sort.Slice(t.list, func(i, j int) bool { return t.list[i].Code < t.list[j].Code })
	return t, sc.Err()
}

// Lookup returns the codebook entry of an event code such as "0211".
func Lookup(code string) (EventCode, bool) {
	t, err := loadEvents()
	if err != nil {
		return EventCode{}, false
	}
	e, ok := t.byCode[code]
	return e, ok
}

// IsEventCode reports whether code is a CAMEO event code in the codebook.
func IsEventCode(code string) bool {
	_, ok := Lookup(code)
	return ok
}

// EventCodes returns every event code of the codebook, sorted by code.
func EventCodes() []EventCode {
	t, err := loadEvents()
	if err != nil {
		return nil
	}
	return append([]EventCode(nil), t.list...)
}

// EventCodebookErr reports a problem with the embedded codebook, which would
// make Lookup find nothing; it is nil in a correct build.
func EventCodebookErr() error {
	_, err := loadEvents()
	return err
}
