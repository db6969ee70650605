package analysis

import (
	"fmt"
	"strconv"
	"strings"

	"entente"
)

// Scheme names the grouping of event codes into classes that an aggregate
// uses. Every aggregate carries its scheme.
type Scheme string

// The schemes.
const (
	// GDELT groups roots 01–05 (verbal cooperation), 06–09 (material
	// cooperation), 10–14 (verbal conflict) and 15–20 (material conflict).
	GDELT Scheme = "gdelt"
	// ICEWS groups roots 01–05, 06–08, 09–13 and 14–20.
	ICEWS Scheme = "icews"
	// PLOVER groups an event by its PLOVER type (see ClassOf); CAMEO roots
	// 01 and 02 have no PLOVER type and stay in ClassStatement.
	PLOVER Scheme = "plover"
)

// ParseScheme reads "gdelt", "icews" or "plover" (case-insensitive; "" is GDELT).
func ParseScheme(s string) (Scheme, error) {
	switch sc := Scheme(strings.ToLower(strings.TrimSpace(s))); sc {
	case GDELT, ICEWS, PLOVER:
		return sc, nil
	case "":
		return GDELT, nil
	}
	return "", fmt.Errorf("analysis: unknown scheme %q (want gdelt, icews or plover)", s)
}

// Label is the scheme's name as printed beside aggregates.
func (s Scheme) Label() string {
	switch s {
	case ICEWS:
		return "ICEWS QuadClass (roots 01-05/06-08/09-13/14-20; 01-02 apart)"
	case PLOVER:
		return "PLOVER types (CAMEO 01-02 apart)"
	}
	return "GDELT QuadClass (roots 01-05/06-09/10-14/15-20; 01-02 apart)"
}

// Class is the five-way class of an event: the four QuadClasses, with the
// public statements and appeals of CAMEO roots 01 and 02 taken out of verbal
// cooperation and shown apart.
type Class int

// The classes. The numbers of the last four are the QuadClass numbers.
const (
	ClassStatement        Class = 0 // roots 01-02: statements and appeals
	ClassVerbalCoop       Class = 1
	ClassMaterialCoop     Class = 2
	ClassVerbalConflict   Class = 3
	ClassMaterialConflict Class = 4
	// NumClasses is the number of classes.
	NumClasses = 5
)

// String names the class.
func (c Class) String() string {
	switch c {
	case ClassStatement:
		return "statement"
	case ClassVerbalCoop:
		return "verbal-coop"
	case ClassMaterialCoop:
		return "material-coop"
	case ClassVerbalConflict:
		return "verbal-conflict"
	case ClassMaterialConflict:
		return "material-conflict"
	}
	return "class" + strconv.Itoa(int(c))
}

// ploverClass groups PLOVER event types into the four QuadClasses. PLOVER
// does not define QuadClasses itself; this grouping is entente's.
var ploverClass = map[string]Class{
	"agree": ClassVerbalCoop, "consult": ClassVerbalCoop, "support": ClassVerbalCoop, "concede": ClassVerbalCoop,
	"cooperate": ClassMaterialCoop, "aid": ClassMaterialCoop, "retreat": ClassMaterialCoop,
	"request": ClassVerbalConflict, "accuse": ClassVerbalConflict, "reject": ClassVerbalConflict, "threaten": ClassVerbalConflict,
	"protest": ClassMaterialConflict, "sanction": ClassMaterialConflict, "mobilize": ClassMaterialConflict,
	"coerce": ClassMaterialConflict, "assault": ClassMaterialConflict,
}

// RootNumber returns the CAMEO root of e as a number in 1..20, from Root or
// else from the first two digits of Code; 0 when neither is valid.
func RootNumber(e *entente.Event) int {
	r := e.Root
	if r == "" && len(e.Code) >= 2 {
		r = e.Code[:2]
	}
	n, err := strconv.Atoi(r)
	if err != nil || n < 1 || n > 20 {
		return 0
	}
	return n
}

// ClassOf returns the class of e under scheme s, and false when e cannot be
// classed (no valid root, no usable QuadClass, or under PLOVER an unknown
// type for a root other than 01–02).
func ClassOf(e *entente.Event, s Scheme) (Class, bool) {
	root := RootNumber(e)
	if root == 1 || root == 2 {
		return ClassStatement, true
	}
	if s == PLOVER {
		if c, ok := ploverClass[strings.ToLower(e.PloverType)]; ok {
			return c, true
		}
		if root == 0 {
			return quadFallback(e)
		}
		return 0, false
	}
	if root == 0 {
		return quadFallback(e)
	}
	bounds := [3]int{5, 9, 14} // GDELT: last root of classes 1-3
	if s == ICEWS {
		bounds = [3]int{5, 8, 13}
	}
	switch {
	case root <= bounds[0]:
		return ClassVerbalCoop, true
	case root <= bounds[1]:
		return ClassMaterialCoop, true
	case root <= bounds[2]:
		return ClassVerbalConflict, true
	}
	return ClassMaterialConflict, true
}

func quadFallback(e *entente.Event) (Class, bool) {
	if e.QuadClass >= 1 && e.QuadClass <= 4 {
		return Class(e.QuadClass), true
	}
	return 0, false
}
