package sqlite

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"math"
	"math/bits"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"entente"
	"entente/cameo"
	"entente/place"
)

const secondsPerDay = 86400

// dayNumber returns the number of whole days from 1970-01-01 to t's UTC date.
func dayNumber(t time.Time) int64 {
	u := t.UTC()
	d := time.Date(u.Year(), u.Month(), u.Day(), 0, 0, 0, 0, time.UTC)
	return d.Unix() / secondsPerDay
}

// dayTime is the inverse of dayNumber.
func dayTime(d int64) time.Time { return time.Unix(d*secondsPerDay, 0).UTC() }

// contentHash returns the hex SHA-256 of text.
func contentHash(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:])
}

// articleKey is the idempotency key of an article.
func articleKey(a *entente.Article, hash string) string {
	if a.ID != "" {
		return a.ID
	}
	return "sha256:" + hash
}

// modalityClass folds modalities into the classes that enter the event key.
func modalityClass(m entente.Modality) string {
	switch m {
	case entente.Negated:
		return "negated"
	case entente.Intended, entente.Hypothetical, entente.Question:
		return "possible"
	}
	return "factual"
}

// keyModality is the modality of an event as it enters the merge key: an
// intent or a threat (roots 03 and 13) told as intended is the act of
// stating it, factual as Event.Factual counts it, so that "offered food aid
// to Pyongyang" (030, asserted) and "proposed sending food assistance"
// (0333, the aid intended) share a bucket. Events stored before this rule
// keep the bucket of their intended modality.
func keyModality(e *entente.Event) entente.Modality {
	if e.Modality == entente.Intended && e.Factual() {
		return entente.Asserted
	}
	return e.Modality
}

// dateKey truncates a date to its precision.
func dateKey(p entente.Precision, day int64) string {
	t := dayTime(day)
	switch p {
	case entente.PrecisionMonth, entente.PrecisionApproximate:
		return fmt.Sprintf("m%04d-%02d", t.Year(), int(t.Month()))
	case entente.PrecisionYear:
		return fmt.Sprintf("y%04d", t.Year())
	case entente.PrecisionDecade:
		return fmt.Sprintf("x%03d", t.Year()/10)
	}
	return "d"
}

// dayWindow returns the days a stored event may have to match an event on
// day with precision p: one day either side at day precision, the whole
// period otherwise.
func dayWindow(p entente.Precision, day int64) (int64, int64) {
	t := dayTime(day)
	var first, next time.Time
	switch p {
	case entente.PrecisionMonth, entente.PrecisionApproximate:
		first = time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
		next = first.AddDate(0, 1, 0)
	case entente.PrecisionYear:
		first = time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
		next = first.AddDate(1, 0, 0)
	case entente.PrecisionDecade:
		first = time.Date(t.Year()/10*10, 1, 1, 0, 0, 0, 0, time.UTC)
		next = first.AddDate(10, 0, 0)
	default:
		return day - 1, day + 1
	}
	return dayNumber(first), dayNumber(next) - 1
}

// countryOf is the part of an actor code that goes into the merge bucket:
// its first three letters (the country, or IGO/NGO/...).
func countryOf(code string) string {
	if len(code) > 3 {
		return code[:3]
	}
	return code
}

// eventBucket is the merge bucket of an event: every stored event it may
// merge with has the same bucket (see the package comment). It is the first
// 63 bits of the SHA-256 of the unordered pair of actor countries, the root
// of the code the rule compares (mergeCode), the modality class and the
// precision class.
func eventBucket(source, target, code string, m entente.Modality, p entente.Precision) int64 {
	mc := mergeCode(code, target)
	root := mc[:2]
	switch {
	case target != "" && deployment(mc) && root != "07":
		root = "07" // one bucket with troops sent as military aid (072)
	case target != "" && strings.HasPrefix(mc, "174"):
		root = "08" // one bucket with people released (084, sentHome)
	case attackRoots[root]:
		// one bucket for assaults, fighting and mass killing, which
		// reports of one attack disagree on ("ambushed them", 180;
		// "killed two fighters in an ambush", 190; "massacred", 202)
		root = "19"
	}
	return bucketOf(source, target, root, m, p)
}

// sentHome reports whether two codes under two roots may be people one
// state sends back to another, told as released (084: "returned two
// captured servicemen to Armenia", "repatriated 60 Malian refugees") and
// as expelled or handed over (174: "handed over two Armenian soldiers",
// "sent sixty refugees back home"). With a target, the two share one
// bucket (root 08's, eventBucket), and are one act when the sentences
// share a word of who was sent (codesIfSharedGoods).
func sentHome(x, y string) bool {
	return strings.HasPrefix(x, "084") && strings.HasPrefix(y, "174") || strings.HasPrefix(y, "084") && strings.HasPrefix(x, "174")
}

// deployment reports whether a code may be armed forces sent to or into
// another country, which reports code under three roots: military aid
// (072: "sent troops to Congo"), a show or build-up of force (root 15:
// "deployed soldiers into Congo", "flew a squadron of jets into
// Romania") and an occupation (192: "Syrian forces moved into Lebanon").
// With a target, the three share one bucket (root 07's, eventBucket), and
// two of them under two roots are one deployment when both sentences name
// armed forces (codesIfTroops).
func deployment(code string) bool {
	return code[:2] == "15" || strings.HasPrefix(code, "072") || strings.HasPrefix(code, "192")
}

// agreedRoot stands for the root in the bucket of an agreement (see
// aliasBucket), which reports code under several roots of cooperation.
const agreedRoot = "ag"

// bucketOf is eventBucket with the root part given.
func bucketOf(source, target, root string, m entente.Modality, p entente.Precision) int64 {
	a, b := countryOf(source), countryOf(target)
	if b < a {
		a, b = b, a
	}
	pc := "day"
	if k := dateKey(p, 0); k != "d" {
		pc = k[:1]
	}
	h := sha256.New()
	for _, part := range []string{a, b, root, modalityClass(m), pc} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return int64(binary.BigEndian.Uint64(h.Sum(nil)) >> 1)
}

// aliasBucket returns the second bucket of an event, where it is also
// stored and which it reads: for an attack (attackRoots) with a target,
// the bucket of the same attack with no target, where the reports that
// name none are ("Ethiopian drones struck a town" and "Ethiopia hit
// targets in Sudan"); for an agreement (agreedOnce: a code of cooperation
// whose sentence tells a signing), the bucket of agreements of its two
// countries, whatever the root ("signed a mutual defence agreement", 057,
// and "concluded a pact committing each to defend the other", 062). ok is
// false for other events.
//
// told is the modality the event was told with, m the one its key takes
// (keyModality): an intent to give aid (033x) told as done, asserted or
// alleged ("pledged $100 million in aid", "approved a loan"), is stored in
// the bucket of gifts too, since reports of one gift tell it as pledged,
// approved or given; one told otherwise ("plans to send aid", negated,
// hypothetical) is not.
func aliasBucket(source, target, code string, m, told entente.Modality, p entente.Precision, cert dayCertainty) (bucket int64, ok bool) {
	if target == "" || len(code) < 2 {
		return 0, false
	}
	mc := mergeCode(code, target)
	if attackRoots[mc[:2]] || untargetedOneOff(mc) {
		return eventBucket(source, "", code, m, p), true
	}
	if root, ok := kindRoot(mc, cert); ok {
		return bucketOf(source, target, root, m, p), true
	}
	if aidIntent(mc) && (told == entente.Asserted || told == entente.Alleged || told == "") && cert&hasText != 0 {
		return bucketOf(source, target, giftRoot, m, p), true
	}
	return 0, false
}

// aidIntent reports whether a code is an intent to give aid (033, 0331 to
// 0334).
func aidIntent(code string) bool { return strings.HasPrefix(code, "033") }

// aidPromised reports whether two codes may be one gift told as promised
// and as given: an intent to give aid (aidIntent) and aid of the kind
// intended ("pledged 100 million dollars in humanitarian aid", 0333;
// "announced a 100 million dollar relief package", 073), or unspecified
// on either side (033; 070, or a gift, 060).
func aidPromised(x, y string) bool {
	if aidIntent(y) {
		x, y = y, x
	}
	if !aidIntent(x) || !(aid(y) || gift(y)) {
		return false
	}
	return len(x) < 4 || len(y) < 3 || y[2] == '0' || gift(y) || x[3] == y[2]
}

// looseBucket returns the third bucket of an event told with a target and
// a sentence, where it is also stored: the bucket of the same act told
// with no target ("Panama signed the accord" against "Panama signed an
// accord with Costa Rica"; "Helsinki closed its border crossings" against
// "Finland closed its border with Russia"), which the report with no
// target reads as its own. Attacks and one-off acts have that bucket as
// their alias (aliasBucket) and no loose bucket; nor have imported rows,
// whose lack of a target says nothing of the text. The two are compared
// by untargetedAct.
func looseBucket(source, target, code string, m entente.Modality, p entente.Precision, cert dayCertainty) (bucket int64, ok bool) {
	if target == "" || len(code) < 2 || cert&hasText == 0 {
		return 0, false
	}
	if mc := mergeCode(code, target); attackRoots[mc[:2]] || untargetedOneOff(mc) {
		return 0, false
	}
	return eventBucket(source, "", code, m, p), true
}

// kindRoot returns the root part of the alias bucket of an event that is
// not an attack (see aliasBucket): agreedRoot for an agreement,
// restrictionRoot for a restriction, statementRoot for a statement of
// verbal conflict and giftRoot for a gift (giftCodes), the last three only
// for a report with a sentence. ok is false for other events.
func kindRoot(mc string, cert dayCertainty) (root string, ok bool) {
	switch {
	case agreedOnce(mc, cert):
		return agreedRoot, true
	case restriction(mc) && cert&hasText != 0:
		return restrictionRoot, true
	case (statementRoots[mc[:2]] || mc[:2] == "02") && cert&hasText != 0:
		return statementRoot, true
	case (gift(mc) || aid(mc)) && cert&hasText != 0:
		return giftRoot, true
	}
	return "", false
}

// statementRoot stands for the root in the bucket of a statement of
// verbal conflict (statementRoots; see aliasBucket): one statement is
// told as a demand, a criticism, a rejection or a threat ("rejected
// Accra's claims", "criticised Ghana over its claims"). Two such codes
// under two roots are one statement when the sentences share a matter
// word (codesIfSharedMatter).
const statementRoot = "vc"

// restrictionRoot stands for the root in the bucket of a restriction (see
// aliasBucket), which reports code under two roots.
const restrictionRoot = "rs"

// restriction reports whether a code is of a measure that restricts what
// may cross a border: an embargo, boycott or sanctions (163) or an
// administrative ban (172). Reports of one measure code it either way:
// "banned imports of Chilean salmon" (163) and "barred salmon from Chile"
// (172). Two such codes under the two roots are one measure when the
// sentences share a matter word (codesIfSharedMatter); imported rows,
// which have no sentence, are not given the alias.
func restriction(code string) bool {
	return strings.HasPrefix(code, "163") || strings.HasPrefix(code, "172")
}

// agreementCross returns where the stored agreements (or restrictions, see
// restriction) of the same two countries dated to the other precision are
// (a month against a day of it, as crossProbe for one-off acts): the
// alias bucket of that precision over the month. ok is false for other
// events and precisions.
func agreementCross(source, target, code string, m entente.Modality, p entente.Precision, day int64, cert dayCertainty) (bucket, lo, hi int64, ok bool) {
	if target == "" || len(code) < 2 {
		return 0, 0, 0, false
	}
	root, ok := kindRoot(mergeCode(code, target), cert)
	if !ok || root == statementRoot || root == giftRoot {
		// statements and gifts recur: read at their own precision only
		return 0, 0, 0, false
	}
	other, lo, hi, ok := otherMonth(p, day)
	if !ok {
		return 0, 0, 0, false
	}
	return bucketOf(source, target, root, m, other), lo, hi, true
}

// otherMonth returns the other precision of a report dated on day with
// precision p (otherPrecision) and the first and last days of that day's
// month, where the reports of the other precision that may be of its act
// are stored. ok is false for other precisions.
func otherMonth(p entente.Precision, day int64) (other entente.Precision, lo, hi int64, ok bool) {
	if other, ok = otherPrecision(p); !ok {
		return "", 0, 0, false
	}
	lo, hi = dayWindow(entente.PrecisionMonth, day)
	return other, lo, hi, true
}

// otherPrecision returns, for a report dated to a day, the month; for one
// dated to a month, the day: the precision whose reports of a one-off act
// or an agreement may be of the same act (crossProbe, agreementCross). ok
// is false for other precisions.
func otherPrecision(p entente.Precision) (entente.Precision, bool) {
	switch {
	case coarse(p) == "d":
		return entente.PrecisionMonth, true
	case p == entente.PrecisionMonth:
		return entente.PrecisionDay, true
	}
	return "", false
}

// mergeCode is the code the merge rule compares for an event code and its
// target: the code itself, except that an arrest, detention or charge (173)
// against a government (a country's code with GOV, as a capital standing
// for its government is coded) is read as an accusation (112). A
// government cannot be arrested: such a report is "Warsaw charged Minsk
// with ...", where "charged" means "accused", and other reports of the
// statement code it as an accusation. A bare country code stays 173: it
// is also the code of people named by their nationality ("detained two
// Britons"), who can be arrested.
func mergeCode(code, target string) string {
	if strings.HasPrefix(code, "173") && governmentOf(target) {
		return "112"
	}
	return code
}

// governmentOf reports whether an actor code is a country's government.
func governmentOf(code string) bool {
	if len(code) != 6 || code[3:] != "GOV" {
		return false
	}
	_, ok := cameo.LookupCountry(code[:3])
	return ok
}

// stateRole reports whether r is a CAMEO role of organs of a state;
// reports often differ on which organ acted (government or military) for
// one event. (These sets are switches: the merge rule asks for them for
// many pairs of reports, where map lookups cost more than the rest.)
func stateRole(r string) bool {
	switch r {
	case "GOV", "MIL", "COP", "SPY", "JUD", "LEG":
		return true
	}
	return false
}

// armedRole reports whether r is a CAMEO role of non-state armed groups,
// which reports of one clash name differently ("gang members", "gunmen", "rebels",
// "militants"): rebels, unidentified armed forces, criminals and
// insurgents.
func armedRole(r string) bool {
	switch r {
	case "REB", "UAF", "CRM", "INS":
		return true
	}
	return false
}

// civilRole reports whether r is a CAMEO role of private people of a
// country, whom reports of one event name differently ("a Ukrainian airliner", "Ukrainian
// civilians"; "a Turkish businessman", "a Turkish national"): civilians,
// business, education, health, labour, agriculture and refugees.
func civilRole(r string) bool {
	switch r {
	case "CVL", "BUS", "EDU", "HLH", "MED", "LAB", "AGR", "REF":
		return true
	}
	return false
}

// groupPrefix reports whether p begins codes of international and
// non-state groups, whose next three letters name the group.
func groupPrefix(p string) bool {
	switch p {
	case "IGO", "NGO", "NGM", "IMG", "MNC":
		return true
	}
	return false
}

// sameActor reports whether two actor codes can name the same actor in two
// reports: equal, one a more detailed form of the other (RUS, RUSMIL), two
// organs of one state (RUSGOV, RUSMIL, AFGGOVMIL), two non-state armed
// groups of one country (HTICRM, HTIUAF), unidentified armed forces and
// an organ of their country's state (SYRUAF, SYRMIL: "Syrian fighters" may
// be its army), or two kinds of private people of one country (UKRCVL,
// UKRBUS).
func sameActor(x, y string) bool {
	if x == y {
		return true
	}
	if len(x) < 3 || len(y) < 3 || x[0] != y[0] || x[1] != y[1] || x[2] != y[2] {
		// every match below but one is of two codes of one country (or
		// group), by their first three letters: most pairs compared
		// differ there
		return len(x) >= 6 && len(y) >= 6 && (armedOf(x, y) || armedOf(y, x))
	}
	if len(x) > len(y) {
		x, y = y, x
	}
	if len(x)%3 == 0 && strings.HasPrefix(y, x) && !groupPrefix(x) {
		return true
	}
	if len(x) == 6 && len(y) == 6 && x[:3] == y[:3] && !groupPrefix(x[:3]) &&
		(armedRole(x[3:]) && armedRole(y[3:]) || civilRole(x[3:]) && civilRole(y[3:])) {
		return true
	}
	if len(x) == 6 && len(y) > 6 && len(y)%3 == 0 && x[:3] == y[:3] && !groupPrefix(x[:3]) && armedRole(x[3:]) && armedRole(y[3:6]) {
		// an armed group of one country, one report saying more of it
		// ("suspected al-Shabaab recruits" SOMREB, "recruits of the
		// Somali jihadist movement" SOMUAFMUS)
		return true
	}
	if len(x) == 6 && len(y) >= 6 && x[:3] == y[:3] && !groupPrefix(x[:3]) &&
		(x[3:] == "UAF" && stateOrgans(y) || len(y) == 6 && y[3:] == "UAF" && stateOrgans(x)) {
		return true
	}
	return stateOrgans(x) && stateOrgans(y) && x[:3] == y[:3] && !groupPrefix(x[:3])
}

// armedOf reports whether g, the armed group of a country a report names
// by its kind alone ("Islamist insurgents" in Mozambique, MOZREB), may be
// n, a group another report names that belongs to no one country or region
// (IMGMUSISI, the Islamic State; KURREB, Kurdish rebels); a region's groups
// (NAFREB, EURREB) may be of any of its countries.
func armedOf(g, n string) bool {
	if len(g) != 6 || !armedRole(g[3:]) || !armedRole(n[len(n)-3:]) && n[:3] != "IMG" {
		return false
	}
	if _, ok := cameo.LookupCountry(n[:3]); ok || groupPrefix(n[:3]) && n[:3] != "IMG" {
		return false
	}
	if p, ok := cameo.LookupActorPart(n[:3], true); ok && p.Kind == cameo.PartRegion {
		// a region's armed groups (EURREB, WAFUAF, NAFREB) may be of
		// any of its countries, and the code does not say which
		return false
	}
	_, ok := cameo.LookupCountry(g[:3])
	return ok
}

// stateOrgans reports whether an actor code is a country's code followed
// by one or more roles of stateRole (RUSGOV, AFGGOVMIL).
func stateOrgans(code string) bool {
	if len(code) < 6 || len(code)%3 != 0 {
		return false
	}
	for i := 3; i < len(code); i += 3 {
		if !stateRole(code[i : i+3]) {
			return false
		}
	}
	return true
}

// interchangeable groups codes that name one act by different means or
// kinds, which reports of one event often disagree on: ground fighting
// with small arms or with artillery and tanks (193, 194), easing
// administrative or economic sanctions (081, 085), and an arrest against
// repression (173, 175: the Phoenix dictionary codes "arrested a
// journalist" 175 and "detained a journalist" 173) or a seizure (171:
// "seized a fishing boat" and "detained a fishing boat" are one act),
// and military aid against military protection (072, 074: troops sent to
// an ally are coded either way, "sent soldiers to" 072 and "dispatched
// troops to" 074). An air strike (195) and ground fighting depend on the
// text (compareCodes).
var interchangeable = map[string]int{"193": 1, "194": 1, "081": 2, "085": 2, "171": 3, "173": 3, "175": 3, "072": 4, "074": 4}

// codeMatch says whether two event codes can describe one event.
type codeMatch uint8

const (
	// codesDiffer: two acts.
	codesDiffer codeMatch = iota
	// codesMatch: one act, whatever the text says.
	codesMatch
	// codesUnlessGround: a root's unspecified attack (190: "attacked",
	// "struck", but also "fired on", "shelled") against an air strike
	// (195): one act unless the sentence of the unspecified report tells
	// ground fire and no aerial weapon (groundFire).
	codesUnlessGround
	// codesIfSameMatter: two of a criticism, an accusation and an
	// official protest (111, 112, 114), or two statements of one code
	// (compareCodes): one statement when the two sentences share a word of its matter, or
	// one of them names none (sameMatter).
	codesIfSameMatter
	// codesUnlessAir: a root's unspecified attack (190) against ground
	// fighting (193, 194): one act unless the sentence of the unspecified
	// report tells an air attack and no ground fighting (airOnly).
	codesUnlessAir
	// codesUnlessSplit: two matching attack codes against two actors of
	// one country (attackedCountry): one attack unless one sentence tells
	// ground fire and the other an air attack.
	codesUnlessSplit
	// codesUnlessAnyGround: ground fighting (193, 194) against an air
	// strike (195): one attack unless a sentence of the two tells ground
	// fire and no aerial weapon (groundFire). Missile and rocket strikes
	// are coded either way ("fired missiles at", "launched a missile
	// attack on").
	codesUnlessAnyGround
	// codesUnlessSummons: one consultation code (root 04: 040, 041, 044,
	// 046) told from either side (sameActors): one act unless a sentence
	// of the two tells a summons, which runs from who summoned to who was
	// summoned, so that two summonses in opposite directions stay apart.
	// Two codes that differ (a visit against talks) still match.
	codesUnlessSummons
	// codesIfMutual: one code of fighting on the ground told from either
	// side, or with no target by one side and with it by the other
	// ("Thai and Cambodian troops clashed", "Cambodia's army fought Thai
	// troops"): one fight when a sentence of the two tells fighting both
	// sides took part in (mutualFight). An attack and the other side's
	// answer the same day stay apart.
	codesIfMutual
	// codesIfAgreed: two codes of cooperation under two roots (a signing
	// told as 057 and as 062): one act when both sentences tell an
	// agreement reached or signed (see aliasBucket), in either direction.
	codesIfAgreed
	// codesIfSharedMatter: an embargo and an administrative ban (see
	// restriction), one measure when both sentences name their matter
	// and share a word of it.
	codesIfSharedMatter
	// codesIfSharedGoods: a gift told as material cooperation and as aid
	// (see giftCodes), or people sent home told as released and as
	// expelled (sentHome), one act when both sentences share a word of
	// what was given or who was sent.
	codesIfSharedGoods
	// codesIfTroops: two codes of a deployment under two roots (see
	// deployment), one deployment when both sentences name armed forces
	// (troopsNamed).
	codesIfTroops
	// codesIfSameCount: two arrests by one actor of people named two ways
	// (see arrestedPeople), one arrest when both sentences give the same
	// count of people (firstCount).
	codesIfSameCount
	// codesUnlessFire: an unspecified assault (180) against an
	// unspecified attack (190), one act unless a sentence of the two
	// tells fighting by both sides (mutualFight: "clashed with") or an
	// attack from the air only (airOnly). Fire on the ground does not
	// part them: an ambush is told with gunfire as often as not.
	codesUnlessFire
)

// askedAlike reports whether two codes under two roots are an appeal (02)
// and a demand (10) for the same kind of thing, which CAMEO numbers alike
// under both roots (0213 and 1013: judicial cooperation, an extradition
// asked for), or one of them unspecified (020, 100): reports of one
// request tell it as asked or as demanded ("asked Malaysia to hand over",
// "called on Kuala Lumpur to extradite").
func askedAlike(x, y string) bool {
	if x[:2] == "10" {
		x, y = y, x
	}
	if x[:2] != "02" || y[:2] != "10" {
		return false
	}
	return x[2:] == y[2:] || x == appealCode || y == "100"
}

// verbal reports whether a code is of a verbal act (QuadClass 1 or 3:
// roots 01 to 05 and 09 to 13).
func verbal(code string) bool {
	q := quadFromRoot(code[:2])
	return q == 1 || q == 3
}

// placedIn reports whether a report's place is in the country of actor
// code actor: a decision placed where it was taken, at home ("the foreign
// ministry in Port Sudan withdrew its envoy"), or in the other party's
// capital ("recalled its ambassador over Nairobi hosting").
func placedIn(v mergeView, actor string) bool {
	c, ok := cameo.LookupCountry(countryOf(actor))
	return ok && c.ISO2 != "" && strings.EqualFold(c.ISO2, v.placeCountry)
}

// giftCodes reports whether two codes under two roots may be one gift:
// unspecified material cooperation (060: "gave Mongolia 30 buses") and aid
// (root 07 but asylum: "donated thirty buses to Mongolia").
func giftCodes(x, y string) bool {
	if x[:2] == "07" {
		x, y = y, x
	}
	return gift(x) && aid(y)
}

// gift reports whether a code is unspecified material cooperation (060),
// as a gift is coded; aid whether it is aid (root 07) other than asylum
// (075).
func gift(code string) bool { return strings.HasPrefix(code, "060") }

// aid: see gift.
func aid(code string) bool { return code[:2] == "07" && !strings.HasPrefix(code, "075") }

// giftRoot stands for the root in the alias bucket of a gift (see
// giftCodes), for a report with a sentence.
const giftRoot = "gf"

// compareCodes says whether two event codes can describe one event: equal,
// one the three-digit base of the other (023, 0233), one the root's
// unspecified code (190) and the other a code under the same root (192),
// two codes of one interchangeable group (193, 194), or two codes of
// consultation (root 04: one meeting is told as a visit, a meeting or
// talks), except a visit and a hosting in one direction (042, 043), which
// are two trips. An unspecified attack against an air strike or against
// ground fighting, ground fighting against an air strike, and two of a
// criticism, an accusation and an official protest, depend on the text
// (codeMatch); so do two statements of matching codes (roots 10 to 13: a
// demand, a disapproval, a rejection, a threat), which a party often makes
// on two matters the same day, and an unspecified request (appealCode)
// against any request: they are one statement when their sentences may be
// of one matter (sameMatter).
func compareCodes(x, y string) codeMatch {
	m := compareActs(x, y)
	if m == codesMatch && (statementRoots[x[:2]] || x == appealCode || y == appealCode) {
		return codesIfSameMatter
	}
	return m
}

// appealCode is the unspecified appeal or request (020). It is compared
// with another request of the same party to another the same day by their
// matter, as statements are: the code tells nothing of what was asked
// ("asked Canberra for funding", "asked Australia for help with an
// inquiry"; "asked Benin to extradite" against "asked Benin to reopen the
// border", coded 0253). Two appeals the dictionaries code alike by what
// they ask for (aid 023, military aid 0232, release 0253) are not: the
// codes already hold the matter, and two reports of one request often
// name it in other words ("for aid", "for help"; "to supply weapons", "for
// arms deliveries"). Two coded by two things asked for (0253, 0233) are one
// request when their sentences share a matter word (compareActs).
const appealCode = "020"

// statementRoots are the roots of statements of verbal conflict: demand
// (10), disapprove (11), reject (12) and threaten (13).
var statementRoots = map[string]bool{"10": true, "11": true, "12": true, "13": true}

// compareActs is compareCodes before the matter of statements of one code.
func compareActs(x, y string) codeMatch {
	if x == y {
		return codesMatch
	}
	if x[:2] == "04" && y[:2] == "04" && !(x[:3] != y[:3] && visitCode(x) && visitCode(y)) {
		return codesMatch
	}
	if g := interchangeable[x[:min(3, len(x))]]; g != 0 && g == interchangeable[y[:min(3, len(y))]] {
		return codesMatch
	}
	if len(x) > len(y) {
		x, y = y, x
	}
	if len(x) == 3 && len(y) == 4 && strings.HasPrefix(y, x) {
		return codesMatch
	}
	x3, y3 := x[:min(3, len(x))], y[:min(3, len(y))]
	if aidIntent(x) && aidIntent(y) {
		// two kinds of aid pledged ("10 million euros in humanitarian
		// aid", 0333; "a 10 million euro package to help displaced
		// Armenians", 0331): one pledge when the sums agree
		return codesIfSameCount
	}
	if x3 != y3 && statementCodes[x3] && statementCodes[y3] {
		return codesIfSameMatter
	}
	if x3 != y3 && x[:2] == y[:2] && (x[:2] == "02" || x[:2] == "10") && x3[2] != '0' && y3[2] != '0' {
		// two requests of one party coded by two things asked for
		// ("to speed up the return of refugees", 0253; "to send home
		// more of the Burundians", 0233): one request when the
		// sentences share a word of matter (an unspecified request,
		// 020 or 100, is compared below)
		return codesIfSharedMatter
	}
	if x[:2] != y[:2] && (restriction(x) && restriction(y) || statementRoots[x[:2]] && statementRoots[y[:2]] || askedAlike(x, y)) {
		return codesIfSharedMatter
	}
	if x[:2] != y[:2] && (giftCodes(x, y) || aidPromised(x, y)) {
		return codesIfSharedGoods
	}
	if x[:2] != y[:2] && deployment(x) && deployment(y) {
		return codesIfTroops
	}
	if sentHome(x, y) {
		return codesIfSharedGoods
	}
	if x3 != y3 && (x3 == "202" && killing(y3) || y3 == "202" && killing(x3)) {
		// a massacre told as killing or an attack ("killed 8,000
		// men and boys", "massacred some 8,000 men and boys"): one
		// act when the sentences share a matter word
		return codesIfSharedMatter
	}
	if x3 == "180" && airStrike(y) || y3 == "180" && airStrike(x) {
		// an unspecified assault and an air strike ("a Russian drone
		// attack damaged a substation", "Russian drones hit a
		// substation"): one act unless the assault's sentence tells
		// fire on the ground
		return codesUnlessGround
	}
	if x3 == "180" && y3 == "190" || x3 == "190" && y3 == "180" {
		// an unspecified assault and an unspecified attack ("killed
		// two fighters in an ambush", "ambushed them"): reports of
		// one act disagree on them as on two codes of one root
		return codesUnlessFire
	}
	if interchangeable[x3] == 1 && airStrike(y) || interchangeable[y3] == 1 && airStrike(x) {
		return codesUnlessAnyGround
	}
	generic := func(c string) bool { return len(c) == 3 && c[2] == '0' }
	if !(generic(x) || generic(y)) || x[:2] != y[:2] {
		return codesDiffer
	}
	if airStrike(x) || airStrike(y) {
		return codesUnlessGround
	}
	if interchangeable[x[:min(3, len(x))]] == 1 || interchangeable[y[:min(3, len(y))]] == 1 {
		return codesUnlessAir
	}
	return codesMatch
}

// killing reports whether a three-digit code is of an attack that kills:
// an assault (180, 183, 186) or an attack by arms (190, 193, 194, 195).
func killing(code3 string) bool {
	switch code3 {
	case "180", "183", "186", "190", "193", "194", "195":
		return true
	}
	return false
}

// sameCode reports whether two event codes describe one event whatever the
// text of the reports says.
func sameCode(x, y string) bool { return compareCodes(x, y) == codesMatch }

// statementCodes are the codes of a disapproving statement that reports of
// one statement disagree on: criticise or denounce (111), accuse (112) and
// complain officially (114: "protested to", "lodged a protest with", which
// the codebook's written protests are and reports also tell as criticism).
var statementCodes = map[string]bool{"111": true, "112": true, "114": true}

// airStrike reports whether a code is an aerial attack (195, 1951, ...).
func airStrike(c string) bool { return strings.HasPrefix(c, "195") }

// symmetricCodes are acts two parties do together, which reports may code
// in either direction: consultations and meetings (040, 041, 044, 046),
// restoring or mending relations (050, the root's code, which the
// dictionaries give to "restored ties with", "normalised relations") and
// signing an agreement (057).
var symmetricCodes = map[string]bool{"040": true, "041": true, "044": true, "046": true, "050": true, "057": true}

// mergeView is what the merge rule compares of two reports.
type mergeView struct {
	source, target, code string
	precision            entente.Precision
	day                  int64
	// place and placeCountry are the event's place name and its ISO
	// alpha-2 country, as stored.
	place, placeCountry string
	// dayCert is what the rule reads from the report's text (see
	// dayCertainty); 0 when not yet read for a stored event (see
	// sameEvent). words holds words of its sentence, read with it.
	dayCert dayCertainty
	words   textWords
}

// dayCertainty is what the merge rule reads from the text of a report: how
// sure its day is (dayFirm, dayFromStory, dayTurn, dayRelative), whether
// the sentence tells ground fire (groundFire) or an air attack (airOnly),
// whether it tells an agreement (agreement) or a summons (summons), and
// whether it has a sentence at all (hasText). It is named for its first
// part, the only one it held before.
type dayCertainty uint32

const (
	// dayFirm marks a day the text gives (the bit is set for every known
	// certainty, so that 0 means unknown).
	dayFirm dayCertainty = 1 << iota
	// dayFromStory marks a day taken from the publication date because the
	// text gives none: the event may be a day older.
	dayFromStory
	// dayTurn marks a report whose sentence puts the event at the turn of
	// a day (at night, overnight, at dawn, late or early on a day), which
	// other reports may date a day apart.
	dayTurn
	// dayRelative marks a day counted from the publication ("today",
	// "yesterday"): it shifts with the time zone of the publication time.
	dayRelative
	// groundFire marks a sentence that tells ground fighting (troops,
	// shelling, gunfire) and no aerial weapon.
	groundFire
	// airOnly marks a sentence that tells an aerial weapon (jets, air
	// force, bombing, missiles) and no ground fighting.
	airOnly
	// agreement marks a sentence that tells an agreement reached or
	// signed ("signed", "agreed", "concluded").
	agreement
	// summons marks a sentence that tells a summons ("summoned the
	// ambassador"), a consultation one party calls the other to.
	summons
	// hasText marks a report with a sentence (imported event rows have
	// none).
	hasText
	// regionNamed marks a sentence that names a region of a country by a
	// name and its kind ("North Darfur state", "Quneitra governorate").
	regionNamed
	// mutualFight marks a sentence that tells fighting both sides took
	// part in ("clashed", "exchanged fire", "fired at each other").
	mutualFight
	// knownTown marks a sentence that names, after a cue of place
	// (spotCues), a town the gazetteer knows and no region or country of
	// that name (knownTownName).
	knownTown
	// troopsNamed marks a sentence that names armed forces sent or
	// moved (troopWords: "troops", "soldiers", "forces", "jets").
	troopsNamed
	// repeated marks a sentence that tells acts done again and again
	// (repeatWords: "repeatedly", "a series of", "throughout", "dozens
	// of"): a month of them is no one act.
	repeated
	// oneArrested marks a sentence that tells one person arrested or
	// convicted ("arrested a French national", "convicted a former
	// commander"): an act done once, which reports date to its month or
	// to its day.
	oneArrested
	// weekly marks a sentence that dates its act by a week or by recent
	// days ("last week", "this week", "in recent days"), which the coder
	// dates approximately within a few days of the phrase.
	weekly
)

// textWords are words the rule reads from a report's sentence, as 16-bit
// hashes (never 0; 0 after the last) of their first five letters: matter
// holds the first matterSlots distinct words of the sentence's matter
// (matterWords), spots the first spotSlots distinct names of where it
// happened (spotWords). Two different words of two reports' ten each
// share a hash once in about 650 pairs of reports (one-byte hashes did
// once in five; seven words each, kept until session 8, once in 1,300).
type textWords struct {
	matter [matterSlots]uint16
	spots  [spotSlots]uint16
	towns  [spotSlots]uint16
	// known are the spots the gazetteer knows only as towns (see
	// knownTownName), as towns holds those it lacks.
	known [spotSlots]uint16
	goods [goodsSlots]uint16
	// count is the first number of things the sentence gives ("arrested
	// 35 people", "detained seventeen demonstrators"; see firstCount), 0
	// when it gives none.
	count uint32
}

// matterSlots is how many matter words a report keeps, spotSlots how many
// names of places.
const (
	matterSlots = 10
	spotSlots   = 3
	goodsSlots  = 8
)

// spotCues are the words after which a name (with "the" between or not) is
// where an attack or an act happened: the locative prepositions and the
// verbs of attack ("hit Amuda", "bombed the Nuseirat camp"), and "of"
// after a noun of a town ("the town of Lyman").
var spotCues = map[string]bool{"in": true, "near": true, "at": true, "outside": true, "around": true,
	"off": true, "above": true, "below": true, "along": true,
	"into": true, "hit": true, "struck": true, "bombed": true, "shelled": true, "attacked": true,
	"pounded": true, "raided": true, "targeted": true, "stormed": true}

// landforms are the words of a kind of landform that begin a name ("Cape
// Tarkhankut", "Lake Chad", "Mount Hermon", "Wadi Saluki"): the name is
// the word after.
var landforms = map[string]bool{"cape": true, "lake": true, "mount": true, "river": true, "bay": true,
	"gulf": true, "strait": true, "island": true, "isle": true, "point": true, "wadi": true, "jebel": true,
	"jabal": true, "jbel": true}

// townEnds are the words that may follow the name of a town after a cue:
// prepositions and words of time, and the kinds of place that a town's
// name heads ("Amuda airport"), unlike nouns a demonym describes
// ("Kurdish rebels") and the kinds of region ("Unity state", "Duhok
// province": a region may hold the other report's town).
var townEnds = map[string]bool{"on": true, "in": true, "near": true, "at": true, "and": true, "late": true,
	"early": true, "overnight": true, "yesterday": true, "today": true, "with": true, "after": true,
	"before": true, "killing": true, "wounding": true, "during": true, "as": true, "while": true,
	"for": true, "from": true, "city": true, "town": true, "village": true, "camp": true,
	"valley": true, "airport": true, "base": true, "port": true, "refinery": true}

// mutualWords tell fighting both sides took part in; so does "each
// other".
var mutualWords = map[string]bool{"clashed": true, "clash": true, "clashes": true, "exchanged": true,
	"traded": true, "fought": true, "battled": true, "skirmished": true, "skirmish": true, "skirmishes": true,
	"firefight": true, "gunbattle": true}

// regionKinds are the kinds of a region of a country after its name
// ("Rakhine state", "Nabatieh governorate"), of any order.
var regionKinds = map[string]bool{"state": true, "province": true, "governorate": true, "district": true,
	"region": true, "department": true, "county": true, "oblast": true, "prefecture": true, "territory": true,
	"regency": true, "municipality": true, "canton": true, "emirate": true, "division": true, "raion": true}

// townWords are the nouns of a town before "of" and its name.
var townWords = map[string]bool{"town": true, "city": true, "village": true, "port": true, "district": true,
	"airport": true, "outskirts": true, "edge": true}

// wordHash is the 16-bit hash of a word's first five letters (or of its
// matter class), never 0.
func wordHash(st []byte) uint16 {
	h := uint32(2166136261) // FNV-1a
	for _, b := range st {
		h = (h ^ uint32(b)) * 16777619
	}
	if b := uint16(h >> 16); b != 0 { // FNV's high bits mix best
		return b
	}
	return 1
}

// addWord adds hash b to the first n slots of set unless it is there; it
// returns the new count.
func addWord(set []uint16, n int, b uint16) int {
	for i := 0; i < n; i++ {
		if set[i] == b {
			return n
		}
	}
	if n < len(set) {
		set[n] = b
		n++
	}
	return n
}

// certainty returns what the rule reads from a report: the certainty of
// its day from whether the date came from the story date, the date phrase
// and the text of its sentence, and the sentence's ground fire and matter.
// It reads each text once, without allocating: it runs for every report
// stored.
func certainty(fromStory bool, phrase, sentence string) (dayCertainty, textWords) {
	c := dayFirm
	if fromStory {
		c |= dayFromStory
	}
	t := textScan{s: phrase}
	for w, _, ok := t.next(); ok; w, _, ok = t.next() {
		if string(w) == "today" || string(w) == "yesterday" || string(w) == "tonight" {
			c |= dayRelative
		}
	}
	r, m := readSentence(sentence)
	m.count = firstCount(sentence)
	if oneOfArrest(sentence) && m.count <= 1 && r&repeated == 0 {
		c |= oneArrested
	}
	return c | r, m
}

// oneOfArrest reports whether a sentence tells one person arrested or
// convicted: a verb of arrest or conviction followed by "a" or "an" and no
// word of many ("arrested a man suspected of spying", "convicted a former
// commander", not "detained a group of 30 activists").
func oneOfArrest(sentence string) bool {
	t := textScan{s: sentence}
	after, one := false, false
	for w, _, ok := t.next(); ok; w, _, ok = t.next() {
		if one {
			// "detained a group of 30 activists", "a total of 40"
			return !manyNouns[string(w)]
		}
		one = after && (string(w) == "a" || string(w) == "an")
		after = arrestVerbs[string(w)]
	}
	return false
}

// manyNouns are the words after "a" that make it many ("a group of").
var manyNouns = map[string]bool{"group": true, "total": true, "number": true, "dozen": true, "handful": true,
	"further": true, "crowd": true, "estimated": true, "series": true, "score": true, "batch": true,
	"wave": true, "string": true, "host": true, "couple": true}

// arrestVerbs are the past forms of verbs of arrest and of conviction
// (coded alike, 173), "found" for "found guilty".
var arrestVerbs = map[string]bool{"arrested": true, "detained": true, "apprehended": true, "nabbed": true,
	"convicted": true, "sentenced": true, "jailed": true, "found": true, "indicted": true, "charged": true}

// monthAndDayArrest reports whether one of two reports of an arrest (173)
// is dated to a month and the other to a day of that month.
func monthAndDayArrest(a, b mergeView) bool {
	return monthOfDay(a, b) && strings.HasPrefix(a.code, "173") && strings.HasPrefix(b.code, "173")
}

// monthOfDay reports whether one of two reports is dated to a month and
// the other to a day of that month.
func monthOfDay(a, b mergeView) bool {
	if coarse(a.precision) == "d" && b.precision == entente.PrecisionMonth {
		a, b = b, a
	}
	return a.precision == entente.PrecisionMonth && coarse(b.precision) == "d" &&
		dateKey(entente.PrecisionMonth, a.day) == dateKey(entente.PrecisionMonth, b.day)
}

// numberWords are the cardinal numbers written as words that firstCount
// reads, with their values; "twenty five" and "twenty-five" are summed.
var numberWords = map[string]uint32{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
	"ninety": 90, "dozen": 12}

// spelledNumber reads the number spelt out in words from word i (a word of
// numberWords; lower gives the n words in lower case): "twenty five",
// "seven hundred and seventy", "two thousand", "two dozen". It returns the number and
// the index of its last word.
func spelledNumber(lower func(int) string, n, i int) (uint32, int) {
	var total uint32
	cur := numberWords[lower(i)]
	for i+1 < n {
		w := lower(i + 1)
		u, isNum := numberWords[w]
		switch {
		case isNum && u < 10 && cur >= 20 && cur%10 == 0 && cur%100 != 0:
			cur += u // "twenty five"
		case isNum && u != 12 && cur >= 100 && cur%100 == 0:
			cur += u // "three hundred twenty"
		case isNum && u != 12 && cur == 0 && total > 0:
			cur = u // "two thousand five hundred"
		case w == "and" && (cur >= 100 && cur%100 == 0 || cur == 0 && total > 0) && i+2 < n && numberWords[lower(i+2)] > 0 && numberWords[lower(i+2)] != 12:
			i++ // "seven hundred and seventy", "two thousand and fifty"
			continue
		case w == "hundred" && cur > 0 && cur < 100:
			cur *= 100
		case w == "dozen" && cur > 0 && cur < 100:
			cur *= 12 // "two dozen"
		case w == "thousand" && cur > 0:
			total, cur = total+cur*1000, 0
		case w == "million" && cur > 0 && cur < 4000:
			total, cur = total+cur*1000000, 0
		default:
			return total + cur, i
		}
		i++
	}
	return total + cur, i
}

// timeUnits are the words after a number that make it a length of time
// or an age ("60 years since", "a 30-day truce"), not a count of things.
var timeUnits = map[string]bool{"year": true, "years": true, "month": true, "months": true, "week": true,
	"weeks": true, "day": true, "days": true, "hour": true, "hours": true, "minute": true, "minutes": true,
	"decade": true, "decades": true, "percent": true, "per": true, "pm": true, "am": true, "gmt": true, "utc": true}

// monthAbbrevs are the abbreviations of months in datelines and dates
// ("Jan 5", "Sept. 12"), lower case.
var monthAbbrevs = map[string]bool{"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true}

// firstCount returns the first number of things in a sentence, written in
// digits ("35", "1,200") or in words ("seventeen", "twenty-five"): two
// reports of one arrest give the same count of people, and reports of two
// arrests the same day by one force mostly do not. Numbers of a date (a
// year, a day of a month: "on February 19", "19 February", "Jan 5", "in
// 2013"), of a time or a length of time ("60 years", "a 30-day truce"),
// of a name after a hyphen ("F-16", "COVID-19"), ordinals, and the words
// of a wire dateline ("KARACHI, Jan 5 -") are not counts. It returns 0
// when the sentence gives none.
func firstCount(sentence string) uint32 {
	if i := strings.Index(sentence, " - "); i > 0 && i < 60 {
		// a wire dateline: a place in capitals, a comma, the date
		if place, _, ok := strings.Cut(sentence[:i], ","); ok && len(place) >= 2 && strings.ToUpper(place) == place {
			sentence = sentence[i+3:] // "SRINAGAR, Jun 28 - Police arrested ..."
		}
	}
	type tok struct {
		s      string
		hyphen bool // joined to the word before by a hyphen
	}
	var toks []tok
	for i := 0; i < len(sentence); {
		r, size := utf8.DecodeRuneInString(sentence[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += size
			continue
		}
		j := i
		for j < len(sentence) {
			r, size := utf8.DecodeRuneInString(sentence[j:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !(r == ',' && j+1 < len(sentence) && sentence[j+1] >= '0' && sentence[j+1] <= '9' && j > i && sentence[j-1] >= '0' && sentence[j-1] <= '9') {
				break
			}
			j += size
		}
		toks = append(toks, tok{sentence[i:j], i > 0 && sentence[i-1] == '-'})
		i = j
	}
	lower := func(k int) string { return strings.ToLower(toks[k].s) }
	dateWord := func(k int) bool {
		return k >= 0 && k < len(toks) && (calendarWords[lower(k)] || monthAbbrevs[lower(k)])
	}
	for i := 0; i < len(toks); i++ {
		tk := lower(i)
		var v uint32
		words := false
		if c := tk[0]; c >= '0' && c <= '9' {
			digits := strings.ReplaceAll(tk, ",", "")
			n, err := strconv.ParseUint(digits, 10, 32)
			if err != nil || toks[i].hyphen {
				continue // "3rd", "12th", "F-16", "COVID-19"
			}
			if len(tk) == 4 && n >= 1800 && n <= 2100 {
				continue // a year ("2,000" is a number)
			}
			v = uint32(n)
		} else if _, ok := numberWords[tk]; ok {
			words = true
			v, i = spelledNumber(lower, len(toks), i)
		} else {
			continue
		}
		if dateWord(i-1) || dateWord(i+1) || i+1 < len(toks) && timeUnits[lower(i+1)] {
			continue // "February 19", "19 February", "Jan 5", "60 years"
		}
		if words && v == 1 {
			continue // "one of", "one another": rarely a count
		}
		if v > 0 {
			return v
		}
	}
	return 0
}

// groundWords tell fighting on the ground; airWords tell aerial weapons.
// crewWords name fighters on the ground, who tell ground fighting only as
// the ones who act: before the sentence's first word of attack
// (attackWords), since after it they are what was hit ("jets bombed
// Ethiopian troops").
var (
	crewWords = map[string]bool{"troops": true, "soldiers": true, "infantry": true, "gunmen": true,
		"commandos": true, "paratroopers": true, "marines": true, "militiamen": true}
	groundWords = map[string]bool{"ground": true, "artillery": true, "tank": true, "tanks": true,
		"howitzer": true, "howitzers": true, "shelled": true, "shelling": true, "shell": true, "shells": true,
		"shellfire": true, "mortar": true, "mortars": true, "gunfire": true, "rifles": true, "grenades": true,
		"snipers": true, "fired": true, "shot": true, "shooting": true, "raided": true, "stormed": true,
		"clashed": true, "clash": true, "clashes": true, "fought": true, "fighting": true, "battled": true,
		"firefight": true, "gunbattle": true, "skirmish": true, "skirmishes": true, "ambushed": true}
	airWords = map[string]bool{"air": true, "aircraft": true, "airstrike": true, "airstrikes": true, "jets": true,
		"warplanes": true, "planes": true, "bombers": true, "helicopter": true, "helicopters": true, "drone": true,
		"drones": true, "missile": true, "missiles": true, "bombed": true, "bombing": true, "bombs": true}
	attackWords = map[string]bool{"attacked": true, "attack": true, "attacks": true, "struck": true, "strike": true,
		"strikes": true, "hit": true, "fired": true, "shelled": true, "bombed": true, "raided": true, "stormed": true,
		"launched": true, "pounded": true, "targeted": true, "fought": true, "clashed": true, "assaulted": true,
		"exchanged": true, "shot": true, "killed": true, "ambushed": true, "opened": true, "dropped": true}
	// summonWords tell a summons.
	summonWords = map[string]bool{"summon": true, "summoned": true, "summons": true, "summoning": true,
		"convoked": true}
	// agreeWords tell an agreement reached or signed.
	agreeWords = map[string]bool{"signed": true, "signs": true, "signing": true, "agreed": true, "agrees": true,
		"concluded": true, "inked": true, "ratified": true, "sealed": true, "initialled": true, "initialed": true}
	// troopWords name armed forces that a deployment sends or moves.
	troopWords = map[string]bool{"troops": true, "soldiers": true, "forces": true, "force": true, "army": true,
		"units": true, "battalion": true, "battalions": true, "brigade": true, "brigades": true, "contingent": true,
		"peacekeepers": true, "marines": true, "paratroopers": true, "commandos": true, "jets": true,
		"warplanes": true, "warships": true, "tanks": true, "squadron": true, "personnel": true, "servicemen": true}
	// reachWords tell an agreement reached when a noun of agreeNouns
	// follows within four words ("reached an agreement", "struck a
	// deal", "clinched a new accord").
	reachWords = map[string]bool{"reached": true, "reach": true, "reaches": true, "struck": true, "strike": true,
		"strikes": true, "clinched": true, "clinch": true, "finalised": true, "finalized": true, "hammered": true}
	// repeatWords tell acts done again and again.
	repeatWords = map[string]bool{"repeatedly": true, "repeated": true, "series": true, "string": true,
		"spate": true, "wave": true, "waves": true, "throughout": true, "daily": true, "weekly": true,
		"dozens": true, "scores": true, "hundreds": true, "regularly": true, "again": true, "multiple": true,
		"several": true, "numerous": true, "frequent": true, "frequently": true, "successive": true}
	// agreeNouns are the nouns of an agreement after a word of reachWords.
	agreeNouns = map[string]bool{"deal": true, "agreement": true, "accord": true, "pact": true, "treaty": true,
		"deals": true, "agreements": true, "accords": true}
)

// readSentence returns what certainty reads from a report's sentence:
// dayTurn when it puts the event at the turn of a day (turnOfDay),
// groundFire when it tells ground fighting (troops, shelling, gunfire) and
// no aerial weapon, airOnly for the reverse, agreement when it tells an
// agreement reached or signed, summons when it tells a summons, and the
// hashes of its matter words (see matterWords) and of the names after
// spotCues.
func readSentence(sentence string) (dayCertainty, textWords) {
	var c dayCertainty
	if strings.TrimSpace(sentence) != "" {
		c |= hasText
	}
	var tw textWords
	n, ns, nt, ng := 0, 0, 0, 0
	var pending uint16 // the hash of a name after a cue the gazetteer does not know, until the next word
	var prefix uint16  // likewise of a name it knows only as the first word of longer names
	var prevBuf, prev [32]byte
	prevWord := prevBuf[:0] // that name
	closeTo := false        // the word before is "close" or "next" ("close to Mijek")
	cue, town := 0, false   // 1 after a word of spotCues, 2 after it and "the"; the word before is a noun of a town
	ground, air, attacked := false, false, false
	afterEarly := false                 // the word before is "early" or "late"
	afterWeekWord := false              // the word before is "last", "this", "past", "recent" or "previous"
	afterPrep, afterThe := false, false // the word before is a matter preposition, or a determiner after one
	inName := false
	afterName := false // the word before is capitalised
	afterEach := false // the word before is "each" ("at each other")
	shot := false      // the word before is "shot"
	opened := false    // a word that opens the matter (matterOpeners) was read
	judged := false    // from a word of judgeWords through the capitalised words after it
	// judgedThing is true from a determiner right after a word of
	// judgeWords through the capitalised words after it: the next word
	// opens the matter and is part of it ("condemned an Israeli strike")
	judgedThing := false
	t := textScan{s: sentence}
	spotAt := -1 // the index in tw.spots of a name read after a cue, until the next word
	var partBuf, partArr [32]byte
	particleWord := partArr[:0] // an article that began a name after a cue ("Al"), until the next word
	var third uint16            // the hash of a third party's name (thirdName), until the next word
	townLast := false           // a town was added, at the capitalised word read last, from the name before it
	// run is true from a name after a cue to the first word that is no
	// part of a name; runSpots and runTowns count the spots and towns
	// before it
	run, runSpots, runTowns, runKnown := false, 0, 0, 0
	nk, knownAt := 0, 0      // the known towns read; the word number of the last
	nameAt := 0              // the word number of the first word of the last run of capitalised words
	afterIslamic := false    // the word before is "islamic"
	words, reachedAt := 0, 0 // words read; the word number of the last word of reachWords
	for w, capital, ok := t.next(); ok; w, capital, ok = t.next() {
		words++
		k := wordKinds[string(w)]
		prevCapital := afterName
		if capital && !prevCapital {
			nameAt = words
		}
		townBefore := townLast
		townLast = false
		if third != 0 {
			if !capital && n < matterSlots {
				n = addWord(tw.matter[:], n, third)
			}
			third = 0
		}
		// "Burj al-Shamali", "Saut-d'Eau", "Bu'aale": an article or a
		// part after an apostrophe goes on with the name (not "Gaza's",
		// nor "Indian-administered")
		goesOn := (pending != 0 || prefix != 0 || spotAt >= 0 || run) && !capital &&
			(nameParticles[string(w)] && (!t.punct || t.joined) || t.joined && t.apos && !apostropheEnds[string(w)])
		if spotAt >= 0 && !goesOn {
			spotAt = -1
		}
		if run && !capital && !goesOn && !(t.joined && t.apos) {
			// a name after a cue that describes the noun after it is
			// no place ("bombed FARC dissident camps", "struck NPA
			// positions", "struck New People's Army guerrillas"): a
			// group's name, or a demonym
			if !t.punct && !townEnds[string(w)] && k&(kindRegion|kindCalendar|kindTurn) == 0 && !townWords[string(w)] &&
				!landforms[string(w)] && !spotNouns[string(w)] {
				clear(tw.spots[runSpots:ns])
				ns = runSpots
				pending, prefix = 0, 0
				if nk > runKnown {
					clear(tw.known[runKnown:nk])
					nk = runKnown
				}
				if nt > runTowns {
					clear(tw.towns[runTowns:nt])
					nt = runTowns
				}
			}
			run = false
		}
		if pending != 0 && !goesOn {
			// a name after a cue is a town when the next word is no
			// common noun it describes ("hit Amuda on", "struck Finote
			// Selam", not "hit Kurdish rebels"), nor the kind of a
			// region ("Unity state"), nor the rest of a known name
			// ("South Sudan")
			full := twoWords(prev[:0], prevWord, w)
			if capital && !place.Default().Knows(full) || townEnds[string(w)] && !nationality(prevWord) {
				if m := addWord(tw.towns[:], nt, pending); m > nt {
					nt, townLast = m, capital
				}
			} else if capital && knownTownName(full) {
				c |= knownTown // "struck Al Hazm"
				nk, knownAt = addWord(tw.known[:], nk, pending), words
			}
			pending = 0
		}
		if prefix != 0 && !goesOn {
			// a name after a cue whose first word begins only longer
			// names the gazetteer knows ("Debre"): with the next word,
			// a town it knows ("Debre Markos") or one it lacks ("Debre
			// Werk"), unless that word is a region's or a town's kind
			full := twoWords(prev[:0], prevWord, w)
			if capital && k&kindRegion == 0 && !townWords[string(w)] {
				if !place.Default().Knows(full) {
					if m := addWord(tw.towns[:], nt, prefix); m > nt {
						nt, townLast = m, true
					}
				} else if knownTownName(full) {
					c |= knownTown
					nk, knownAt = addWord(tw.known[:], nk, prefix), words
				}
			}
			prefix = 0
		}
		// "off Cape Tarkhankut": the name is the next word; so after
		// an article that begins a name ("struck Al-Marawiah"), whose
		// word is the name's but for the gazetteer, which knows "Al
		// Hazm" whole
		particle := capital && cue > 0 && nameParticles[string(w)] && len(particleWord) == 0
		landform := capital && cue > 0 && (landforms[string(w)] || particle)
		if capital && cue > 0 && k&kindCalendar == 0 && !landform {
			h := wordHash(w[:min(5, len(w))])
			if n := addWord(tw.spots[:], ns, h); n > ns {
				if !run {
					run, runSpots, runTowns, runKnown = true, ns, nt, nk
				}
				spotAt = ns
				ns = n
			}
			name := w
			if len(particleWord) > 0 {
				name = twoWords(partBuf[:0], particleWord, w)
			}
			if !place.Default().Knows(name) {
				pending = h
				prevWord = append(prevWord[:0], name...)
			} else if knownTownName(name) {
				c |= knownTown
				nk, knownAt = addWord(tw.known[:], nk, h), words
			} else if prefixOnly(name) {
				prefix = h
				prevWord = append(prevWord[:0], name...)
			}
		}
		particleWord = particleWord[:0]
		if particle {
			particleWord = append(particleWord, w...)
		}
		switch {
		case landform:
		case spotCues[string(w)] || town && string(w) == "of" || closeTo && string(w) == "to":
			cue = 1
		case cue == 1 && string(w) == "the":
			cue = 2
		default:
			cue = 0
		}
		town = townWords[string(w)]
		closeTo = string(w) == "close" || string(w) == "next"
		if k&kindTurn != 0 || afterEarly && k&kindTurnNext != 0 {
			c |= dayTurn
		}
		afterEarly = k&kindEarly != 0
		if afterWeekWord && (string(w) == "week" || string(w) == "days") {
			c |= weekly
		}
		afterWeekWord = string(w) == "last" || string(w) == "this" || string(w) == "past" || string(w) == "recent" || string(w) == "previous"
		air = air || k&kindAir != 0
		if shot && string(w) != "down" {
			ground = true // "shot" tells gunfire, "shot down" an aircraft downed
		}
		shot = string(w) == "shot"
		ground = ground || k&kindGround != 0 && !shot || k&kindCrew != 0 && !attacked
		attacked = attacked || k&kindAttack != 0
		if k&kindTroops != 0 {
			c |= troopsNamed
		}
		if k&kindAgree != 0 || k&kindAgreeNoun != 0 && reachedAt > 0 && words-reachedAt <= 4 {
			c |= agreement
		}
		if k&kindReach != 0 {
			reachedAt = words
		}
		if k&kindSummon != 0 {
			c |= summons
		}
		if k&kindRepeat != 0 {
			c |= repeated
		}
		if k&kindRegion != 0 && afterName && !(capital && afterIslamic) {
			// (the Islamic State is a group, no region)
			c |= regionNamed
			if townBefore {
				// the town added at the word before is the first word
				// of a region's name ("in the Lower Shabelle region")
				nt--
				tw.towns[nt] = 0
			}
			if nk > 0 && knownAt >= nameAt {
				// so is a known town's name ("in Bihar's Gaya district",
				// "in North Kivu province")
				nk--
				tw.known[nk] = 0
			}
		}
		if k&kindMutual != 0 || afterEach && string(w) == "other" {
			c |= mutualFight
		}
		afterEach = string(w) == "each"
		afterIslamic = string(w) == "islamic"
		afterName = capital
		if !capital && len(w) >= 3 && ng < goodsSlots && k&(kindCalendar|kindPrep|kindOpen) == 0 && !goodsStop[string(w)] {
			if st := stemBytes(w); !matterStop[string(st)] {
				if c, ok := matterClasses[string(w)]; ok {
					st = c
				}
				ng = addWord(tw.goods[:], ng, wordHash(st))
			}
		}
		keep := len(w) >= 3
		if capital {
			inName = inName || afterPrep || afterThe
			keep = keep && inName && k&kindCalendar == 0
			if keep3 := len(w) >= 3 && !inName && !prevCapital && k&kindCalendar == 0 && opened && n < matterSlots; keep3 && thirdName(w) {
				// a third party's name is matter wherever it stands
				// ("of letting Polisario fighters"): a name of one
				// word that is no place and no nationality, kept when
				// the next word is no name's
				third = wordHash(stemBytes(w))
			}
		} else {
			inName = false
		}
		afterThe = (afterPrep || opened) && matterDeterminers[string(w)]
		afterPrep = k&kindPrep != 0
		if (judgedThing || judged && !matterDeterminers[string(w)] && k&(kindPrep|kindCalendar) == 0) && !capital && !partyNouns[string(w)] {
			// the noun of the thing judged, itself matter, after a
			// determiner or without one ("slammed joint military
			// drills")
			opened = true
		}
		judgedThing = judged && matterDeterminers[string(w)] || judgedThing && capital
		wasOpen := opened
		opened = opened || k&(kindPrep|kindOpen) != 0 || judged && t.joined && t.apos && string(w) == "s" && prevCapital
		judged = k&kindJudge != 0 || judged && capital
		if !keep || !wasOpen || n == matterSlots {
			continue
		}
		st := stemBytes(w)
		if matterStop[string(st)] || actWords[string(w)] {
			continue
		}
		if c, ok := matterClasses[string(w)]; ok {
			st = c
		}
		n = addWord(tw.matter[:], n, wordHash(st))
	}
	if pending != 0 {
		addWord(tw.towns[:], nt, pending) // the sentence ends with the name
	}
	if third != 0 && n < matterSlots {
		addWord(tw.matter[:], n, third)
	}
	ground = ground || shot // the sentence ends with "shot"
	if ground && !air {
		c |= groundFire
	}
	if air && !ground {
		c |= airOnly
	}
	return c, tw
}

// thirdName reports whether capitalised word w, lower case, may be the
// name of a party to neither side of a dyad: no place the gazetteer knows
// and no nationality ("Polisario", "Wagner", not "Algiers", "Algerian").
func thirdName(w []byte) bool {
	for _, end := range demonymEnds {
		if bytes.HasSuffix(w, []byte(end)) {
			return false
		}
	}
	return !place.Default().Knows(w)
}

// nationality reports whether a name, lower case, is a people's name
// made from a country's (demonymForms): "Ecuadorian" in "Ecuadorian and
// Peruvian troops" is no town.
func nationality(w []byte) bool {
	nationalityOnce.Do(func() {
		nationalities = map[string]bool{}
		for _, c := range cameo.Countries() {
			for _, n := range strings.Fields(strings.ToLower(c.Name) + " " + otherNames[c.Code]) {
				if len(n) < 3 || nameFillers[n] {
					continue
				}
				for _, f := range demonymForms(n)[1:] {
					if !place.Default().Knows([]byte(f)) {
						nationalities[f] = true
					}
				}
			}
		}
		for _, f := range strings.Fields(peopleNames) {
			nationalities[f] = true
		}
	})
	return nationalities[string(w)]
}

// peopleNames are peoples' names: the many that demonymForms does not
// make from their countries' names ("thai", "somali", "french", "serb")
// and common ones it may make, so that the list stands on its own.
const peopleNames = `thai saudi afghan somali german french mexican congolese serb croat greek lebanese filipino argentine
	argentinian moroccan mozambican emirati tajik uzbek kazakh kyrgyz turkmen dutch british welsh scottish swiss
	danish swedish norwegian finnish polish czech slovak portuguese spanish irish icelandic cypriot laotian
	yemeni omani malagasy ivorian burkinabe nepali bangladeshi kuwaiti qatari bahraini israeli maltese beninese
	togolese gabonese malian nigerien chadian senegalese belgian palestinian kurdish kurd guinean gambian
	liberian ghanaian sudanese eritrean ethiopian djiboutian kenyan ugandan rwandan burundian tanzanian zambian
	zimbabwean angolan namibian botswanan basotho swazi malawian comorian mauritian seychellois jordanian syrian
	iraqi iranian turkish armenian azerbaijani azeri georgian ukrainian russian belarusian moldovan romanian
	bulgarian hungarian austrian slovenian bosnian macedonian albanian kosovar montenegrin latvian lithuanian
	estonian korean japanese chinese taiwanese vietnamese cambodian burmese singaporean malaysian indonesian
	australian brazilian colombian venezuelan peruvian bolivian chilean ecuadorian paraguayan uruguayan cuban
	haitian dominican jamaican nicaraguan honduran guatemalan salvadoran panamanian canadian american`

var (
	nationalityOnce sync.Once
	nationalities   map[string]bool // see nationality
)

// demonymEnds are the endings of nationality adjectives and nouns
// ("algerian", "nigerien", "chinese", "polish", "iraqi", "czech", "swiss",
// "uzbek", "kyrgyz", and their plurals).
var demonymEnds = []string{"an", "ans", "ien", "iens", "ese", "ish", "i", "is", "ch", "ss", "k", "ks", "z"}

// spotNouns are the nouns after a name that make it the name of a place
// or of the ground around it ("the Bawku area", "the Tumbru frontier
// post", "Valley of Peace"), unlike the nouns a group's name describes
// ("FARC dissident camps", "NPA positions").
var spotNouns = map[string]bool{"of": true, "area": true, "areas": true, "border": true, "frontier": true, "crossing": true,
	"post": true, "suburb": true, "suburbs": true, "outskirts": true, "countryside": true, "hills": true, "sector": true,
	"front": true, "environs": true, "neighbourhood": true, "neighborhood": true, "checkpoint": true, "bridge": true,
	"dam": true, "highway": true, "road": true, "airfield": true, "harbour": true, "harbor": true, "coast": true,
	"island": true, "islands": true, "strait": true, "corridor": true, "pass": true, "heights": true, "plain": true,
	"mountains": true, "desert": true, "forest": true, "river": true, "lake": true, "bay": true, "gulf": true, "sea": true}

// apostropheEnds are the endings after an apostrophe that end a word
// ("Gaza's", "don't") rather than go on with a name ("Bu'aale").
var apostropheEnds = map[string]bool{"s": true, "t": true, "ll": true, "re": true, "ve": true, "d": true, "m": true}

// nameParticles are the lower-case articles inside names of places
// ("Burj al-Shamali", "Tell el-Kebir").
var nameParticles = map[string]bool{"al": true, "el": true, "ad": true, "ar": true, "ash": true,
	"az": true, "ed": true, "es": true, "ez": true, "ul": true, "d": true, "de": true, "du": true, "la": true, "le": true, "e": true, "i": true,
	"del": true, "della": true, "di": true, "da": true, "do": true, "dos": true, "das": true, "des": true, "l": true}

// wordKind marks the lists a word is in, for readSentence to look each
// word up once.
type wordKind uint32

const (
	kindTurn wordKind = 1 << iota
	kindTurnNext
	kindEarly
	kindAir
	kindGround
	kindCalendar
	kindPrep
	kindCrew
	kindAttack
	kindAgree
	kindOpen
	kindSummon
	kindRegion
	kindMutual
	kindTroops
	kindReach
	kindAgreeNoun
	kindRepeat
	kindJudge
)

// wordKinds holds the words of turnWords, turnNext, airWords, groundWords,
// crewWords, attackWords, agreeWords, matterOpeners, summonWords,
// calendarWords, matterPrep, regionKinds, mutualWords, troopWords,
// reachWords, agreeNouns and repeatWords, and "early" and "late".
var wordKinds = map[string]wordKind{"early": kindEarly, "late": kindEarly}

func init() {
	for _, l := range []struct {
		words map[string]bool
		kind  wordKind
	}{{turnWords, kindTurn}, {turnNext, kindTurnNext}, {airWords, kindAir}, {groundWords, kindGround},
		{crewWords, kindCrew}, {attackWords, kindAttack}, {agreeWords, kindAgree}, {matterOpeners, kindOpen},
		{summonWords, kindSummon}, {calendarWords, kindCalendar}, {matterPrep, kindPrep}, {regionKinds, kindRegion}, {mutualWords, kindMutual}, {troopWords, kindTroops},
		{reachWords, kindReach}, {agreeNouns, kindAgreeNoun}, {repeatWords, kindRepeat}, {judgeWords, kindJudge}} {
		for w := range l.words {
			wordKinds[w] |= l.kind
		}
	}
}

// textScan reads the words of a text (runs of letters) one by one, each
// lower-cased into buf (its first len(buf) bytes), with whether it begins
// with a capital.
type textScan struct {
	s   string
	i   int
	buf [24]byte
	// punct is set when a character other than a letter or a space came
	// before the word next returned last ("Amuda, the army said");
	// joined when only hyphens and apostrophes did ("Saut-d'Eau",
	// "Bu'aale", "Gaza's").
	punct, joined, apos bool
}

// next returns the next word, whether it is capitalised, and false at the
// end of the text.
func (t *textScan) next() (w []byte, capital, ok bool) {
	t.punct, t.joined, t.apos = false, t.i > 0, false
	for t.i < len(t.s) {
		if r, size := t.rune(); unicode.IsLetter(r) {
			break
		} else {
			t.punct = t.punct || !unicode.IsSpace(r)
			t.joined = t.joined && (r == '-' || r == '\'' || r == '’')
			t.apos = t.apos || r == '\'' || r == '’'
			t.i += size
		}
	}
	t.joined = t.joined && t.punct
	if t.i == len(t.s) {
		return nil, false, false
	}
	first, _ := t.rune()
	n := 0
	for t.i < len(t.s) {
		r, size := t.rune()
		if !unicode.IsLetter(r) {
			break
		}
		for k := 0; k < size && n < len(t.buf); k++ {
			b := t.s[t.i+k]
			if 'A' <= b && b <= 'Z' {
				b += 'a' - 'A'
			}
			t.buf[n] = b
			n++
		}
		t.i += size
	}
	return t.buf[:n], unicode.IsUpper(first), true
}

// rune decodes the character at t.i.
func (t *textScan) rune() (rune, int) {
	if b := t.s[t.i]; b < utf8.RuneSelf {
		return rune(b), 1
	}
	return utf8.DecodeRuneInString(t.s[t.i:])
}

// matterStop are words of three letters or more that say nothing of what a
// statement is about: function words, words of reporting and time, and
// the verbs of criticism and accusation themselves (by their first five
// letters, as matter words are compared).
var matterStop = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`the and for but not nor was has had its his her who how why now new
		out off own any all are can did does yet per via one two six ten
		that this these those with from over into onto about after before against
		their there them they then than have having been were will would could should shall might must
		said says saying told tell also which while when where what whom whose while very just only
		some such both more most other again under between during through toward towards along near
		across amid upon according ministry minister government spokesman
		spokeswoman media news agency today yesterday tonight night early late morning
		evening week weeks month months year years since until accused accusing accuses criticised
		criticized criticising criticizing criticises criticizes criticism condemned condemning condemns
		denounced denouncing denounces blamed blaming blames faulted faulting faults charged charging
		charges rebuked rebuking slammed slamming lambasted censured decried castigated
		warned warning warns threatened threatening threatens threat rejected rejecting rejects refused refusing
		demanded demanding demands urged urging called calling asked asking requested requesting
		appealed appealing lodged formally strongly sharply president prime foreign leader`) {
		matterStop[stem(w)] = true
	}
}

// goodsStop are the words of giving and of aid, which tell nothing of
// what was given (see giftCodes); the sentence's other words of its own
// (not capitalised, not in matterStop) are its goods words.
var goodsStop = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`gave give gives giving given donated donate donates donating donation
		delivered deliver delivers delivering delivery sent send sends sending handed hand hands provided provide
		provides providing supplied supply supplies shipped ship ships flew flown flying gifted gift granted grant
		offered pledged presented aid help assistance humanitarian worth`) {
		goodsStop[w] = true
	}
}

// matterClasses map words that name one matter in other words to the first
// five letters of one of them: the answer a threat promises (retaliation,
// reprisals, a response, revenge, consequences), street unrest
// (protests, riots, demonstrations, an uprising), what was said (remarks,
// comments), the handing over of a person (extradition, handover), a
// border (frontier, boundary), help (aid, assistance), weapons (arms,
// munitions), troops (soldiers), talks (negotiations, dialogue), a
// proposal (an offer), electricity (power), resuming (restarting),
// exports (sales) and the others below.
// Whole words are mapped: the first letters of "protests" are also those
// of "protection".
var matterClasses = map[string][]byte{}

func init() {
	for _, class := range []string{
		`retaliation retaliate retaliatory reprisal reprisals respond response revenge consequences
		countermeasures`,
		`unrest protest protests protesters riot riots rioting demonstrations demonstrators uprising turmoil
		march marches parade parades rally rallies`,
		`remarks remark comments comment rhetoric speech speeches`,
		`extradition extradite extradited extraditing handover hand surrender repatriate repatriated
		repatriating repatriation`,
		`border borders frontier frontiers boundary`,
		`aid help assistance relief`,
		`weapons weapon arms munitions ammunition arming shells`,
		`troops soldiers forces army armies servicemen conscripts`,
		`talks negotiations negotiate dialogue`,
		`proposal proposals offer`,
		`deal deals agreement agreements pact pacts accord accords treaty`,
		`law laws bill bills legislation`,
		`drills drill exercises exercise manoeuvres maneuvers wargames games`,
		`embassy embassies consulate consulates premises compound`,
		`fishermen fishers fishing`,
		`activists campaigners dissidents dissident critics opponents opposition`,
		`deportation deportations deported deporting expulsion expelling expelled`,
		`meddling meddle interference interfering interfere`,
		`election elections vote polls ballot`,
		`limits limit restrictions restriction curbs caps restricting restrict restricts`,
		`wheat grain cereals`,
		`railways railway rail railroad trains`,
		`journalist journalists reporter reporters correspondent`,
		`prisoners prisoner detainees detainee captives inmates convicts convict`,
		`boats vessels ships boat vessel ship tanker tankers trawler trawlers freighter freighters`,
		`coast coasts coastline shore shores`,
		`medicines medicine drugs medications`,
		`destabilise destabilize destabilising destabilizing destabilisation destabilization unsettle undermine`,
		`port ports terminal terminals harbour harbours harbor wharf`,
		`arrears debt debts owes owed owing dues`,
		`coup overthrow putsch`,
		`ban banning banned outlaw outlawing outlawed prohibition prohibiting prohibited bar barring barred`,
		`electricity power energy`,
		`resume resuming resumed resumption restart restarting restarted`,
		`exports export exporting sales shipments`,
		`release releasing released free freeing freed`,
		`sheltering shelter sheltered harbouring harboured harboring harbored`,
		`convoys convoy lorries lorry trucks truck`,
		`withdraw withdrawal withdrawing pull`,
		`bodies remains`,
		`arrest arrests arrested arresting detention detained detaining`,
		`jailing jailed jail prison imprisonment imprisoned sentence sentenced sentencing`,
		`spying spy spies espionage`,
		`dispute disputes quarrel quarrels feud feuds spat standoff`,
		`mediate mediating mediation mediator mediators intermediary`,
		`budget budgetary funding funds financing bankrolling bankrolled bankroll`,
		`fuel fuels petrol diesel gasoline kerosene`,
		`cyber cyberattack cyberattacks hacking hackers hack hacked`,
		`lawmakers lawmaker legislators legislator parliamentarians parliament mps deputies`,
		`duties duty levies levy tariffs tariff`,
		`migrants migrant asylum refugees refugee seekers`,
		`plan plans scheme schemes`,
		`citizenship nationality`,
		`ceremony ceremonies commemoration commemorations commemorate commemorating memorial anniversary`,
		`war wars wartime`,
		`strike strikes airstrike airstrikes raid raids bombing bombings bombardment shelling`,
		`leader leaders commander commanders chief chiefs boss bosses`,
		`airspace skies aircraft flights flight flying overflights overflight airlines carriers planes plane airliners`,
		`piracy pirates pirate`,
		`execution executions executed executing hanging hanged hangings`,
		`ties relations relationship`,
		`seizure seizures seized seizing confiscation confiscated confiscating`,
		`visit visits visiting trip trips`,
		`prosecution prosecute prosecuted prosecuting trial trials indictment indicted`,
		`dismissal dismissing dismissed removal removing removed sacking sacked ousting ousted`,
		`judges judge magistrates justices court courts`,
		`facility facilities base bases`,
		`membership join joining accession`,
		`offensive offensives advance assault`,
		`airport airports runway runways airfield airfields airstrip`,
		`rebuild rebuilding reconstruction repair repairs repairing`,
		`banknote banknotes currency`,
		`water wastewater sewage effluent`,
		`dairy milk`,
		`gendarme gendarmes gendarmerie police policeman policemen policewoman constable constables`,
		`goods products commodities produce merchandise`,
		`rockets rocket missile missiles projectile projectiles`,
		`drone drones uav uavs`,
		`ceasefire truce armistice`,
		`kidnapping kidnappings kidnapped abduction abductions abducted`,
		`smuggling smuggled smugglers contraband trafficking traffickers`,
		`wall walls fence fences barrier barriers`,
		`landmines landmine minefields minefield`,
		`uranium enrichment enriching`,
		`investment investments investors invest investing`,
		`loan loans credit credits`,
		`vaccine vaccines doses jabs`,
		`hostage hostages`,
		`refinery refineries`,
		`cooperation collaboration partnership`,
		`garments garment clothing clothes apparel textiles textile`,
		`cars car vehicles automobiles`,
		`seafood fish shellfish`,
	} {
		words := strings.Fields(class)
		for _, w := range words {
			matterClasses[w] = []byte(stem(words[0]))
		}
	}
	weakMatter = wordHash(matterClasses["help"])
}

// weakMatter is the matter hash of help (aid, assistance, relief),
// which is what a request is about but tells nothing of it when a report
// says more: "asked Turkey for help training its coast
// guard" and "asked Turkey to help rebuild its power grid" are two
// requests, while "appealed to the EU for help" and "asked the EU for
// assistance" may be one, as may "appealed to the EU for help" and "asked
// the European Union for help with refugees" (shareWordBut). (A border
// so weakened, "accused the Houthis of shelling villages along the border"
// and "of smuggling drugs across the border", parted more reports of one
// act told in other words, "laying landmines along the border" and
// "planting mines on the frontier", than it joined reports of two.)
var weakMatter uint16

// actWords are words of the act of a statement, or of who made it, whose
// first five letters are also those of a word of matter ("protested" and
// "protests"; "statement" and "statehood"; "officials" and "officers"),
// left out as whole words.
var actWords = map[string]bool{"protest": true, "protested": true, "protesting": true, "statement": true, "statements": true,
	"official": true, "officials": true}

// partyNouns name a party judged rather than a thing ("condemned the
// Israeli regime over", "slammed the administration for"): after a verb of
// judgment and a determiner they open no matter.
var partyNouns = map[string]bool{"government": true, "regime": true, "administration": true, "authorities": true,
	"leadership": true, "president": true, "leader": true, "leaders": true, "junta": true, "rulers": true,
	"cabinet": true, "country": true, "state": true, "kingdom": true, "army": true, "military": true,
	"rebels": true, "group": true, "movement": true, "minister": true, "ministry": true, "envoy": true,
	"ambassador": true, "embassy": true, "decision": true}

// matterDeterminers may stand between a preposition of matter and a name
// of the matter ("over its NATO bid", "over the Gaza strike").
var matterDeterminers = map[string]bool{"the": true, "its": true, "their": true, "his": true, "her": true, "a": true, "an": true}

// stem is the first five letters of a lower-case word, which is how
// matter words are compared ("meddling" and "meddled" are one), a plural
// "s" of a shorter word left out ("visas" and "visa").
func stem(w string) string { return string(stemBytes([]byte(w))) }

// stemBytes is stem on the bytes of a word, a slice of them.
func stemBytes(w []byte) []byte {
	if len(w) > 5 {
		return w[:5]
	}
	if len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' {
		return w[:len(w)-1]
	}
	return w
}

// matterWords are the words that may tell what a sentence is about,
// compared by their first five letters: after the first word that opens
// the matter (a preposition of matter, or one of matterOpeners: the
// source, its verb and its target come before it), words of three letters
// or more not in matterStop and, of capitalised words (the names of
// actors, compared as actors), only those of a name that follows a
// preposition of matter ("over Greenland", "in Hong Kong", "over the Gaza
// strike", "over its NATO bid") or, once the matter is open, a determiner
// ("to reopen the Desaguadero crossing"), weekdays and months aside. A report
// keeps the hashes of its first matterSlots distinct ones (textWords).

// matterOpeners, with the prepositions of matter, open the matter of a
// statement: "accused Peru of", "warned Israel that", "asked Colombia to",
// "threatened France with".
var matterOpeners = map[string]bool{"that": true, "to": true, "with": true, "against": true, "after": true,
	// the verbs of a rejection, whose object is its matter ("rejected a
	// Chinese proposal", "turned down China's offer")
	"rejected": true, "rejects": true, "rejecting": true, "refused": true, "refuses": true, "dismissed": true,
	"dismisses": true, "down": true, "spurned": true, "declined": true,
	// and of a restriction, whose object is what it restricts
	// ("stopped sending fresh fruit", "halted exports of fresh fruit")
	"banned": true, "barred": true, "halted": true, "stopped": true, "suspended": true, "blocked": true,
	"vetoed": true, "froze": true, "cut": true, "restricted": true, "curbed": true, "limited": true, "tightened": true,
	"prohibited": true, "prohibits": true, "prohibiting": true, "closed": true, "shut": true,
	"outlawed": true, "outlaws": true, "forbade": true, "forbids": true, "bans": true,
	// and of a request or an offer, whose object is what is asked or
	// offered ("requested more troops from", "demanded the release of",
	// "offered emergency aid to")
	"requested": true, "requests": true, "requesting": true, "demanded": true, "demands": true, "demanding": true,
	"sought": true, "seeks": true, "seeking": true, "offered": true, "offers": true, "offering": true,
	"pledged": true, "pledges": true, "pledging": true, "promised": true, "promises": true, "promising": true,
	"proposed": true, "proposes": true, "proposing": true}

// judgeWords are the verbs that judge a thing done or made by another
// party. Their object is the thing judged, so when it is that party's
// ("slammed Japan's annual defence white paper", "criticised Tokyo's
// latest defence report", "denounced Beijing's war games"), the matter of
// the statement opens after the possessive; when it is a thing with a
// determiner or none ("condemned an Israeli strike on Beirut", "denounced
// the jailing of", "slammed joint military drills"), at its first word
// that is not capitalised. A judgment of
// the party itself ("condemned Japan for", "condemned the United States
// for") opens it, as before, at the preposition.
var judgeWords = map[string]bool{"criticised": true, "criticized": true, "criticises": true, "criticizes": true,
	"criticising": true, "criticizing": true, "condemned": true, "condemns": true, "condemning": true,
	"denounced": true, "denounces": true, "denouncing": true, "slammed": true, "slams": true, "slamming": true,
	"lambasted": true, "lambasts": true, "censured": true, "decried": true, "decries": true, "castigated": true,
	"rebuked": true, "blasted": true, "assailed": true, "deplored": true, "deplores": true, "protested": true,
	"praised": true, "praises": true, "hailed": true, "hails": true, "welcomed": true, "welcomes": true,
	"applauded": true, "commended": true, "endorsed": true, "backed": true}

// matterPrep are the prepositions after which a name tells the matter of a
// statement rather than its actors.
var matterPrep = map[string]bool{"over": true, "off": true, "near": true, "about": true, "of": true, "in": true, "at": true, "on": true, "for": true, "from": true,
	"regarding": true, "concerning": true, "outside": true, "across": true, "along": true, "into": true,
	"around": true, "through": true, "toward": true, "towards": true, "beyond": true}

// calendarWords are the names of weekdays and months.
var calendarWords = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "may": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true}

// sameMatter reports whether two reports' sentences may be about one
// matter: one of them names none, or they share a matter word.
func sameMatter(a, b textWords) bool { return sameMatterBut(a, b, nil, false) }

// sameMatterBut is sameMatter with the words of but left out of both
// reports' matter; with requests, help is a weak matter word (see
// shareWordBut).
func sameMatterBut(a, b textWords, but []uint16, requests bool) bool {
	return allIn(a.matter[:], but) || allIn(b.matter[:], but) || shareWordBut(a.matter[:], b.matter[:], but, requests)
}

// requests reports whether two reports are both requests (root 02), whose
// help asked for is a weak matter word (weakMatter).
func requests(a, b mergeView) bool {
	return strings.HasPrefix(a.code, "02") && strings.HasPrefix(b.code, "02")
}

// sameMatterOf is sameMatter for two reports, with the names of their
// parties' countries left out of their matter (partyWords): "warned
// Guatemala over illegal logging in Guatemala's forests" and "over fishing
// by Guatemalan boats" do not share "Guatemala" as a matter, since both are
// about Guatemala; a report whose only matter word names a party names no
// matter.
func sameMatterOf(a, b mergeView) bool {
	if a.words.matter[0] == 0 || b.words.matter[0] == 0 {
		return true
	}
	parties := partyWords(a, b)
	return sameMatterBut(a.words, b.words, parties[:], requests(a, b))
}

// sharedMatter reports whether two reports share a matter word other than
// the names of their parties' countries (see sameMatterOf).
func sharedMatter(a, b mergeView) bool {
	if a.words.matter[0] == 0 || b.words.matter[0] == 0 {
		return false
	}
	parties := partyWords(a, b)
	return shareWordBut(a.words.matter[:], b.words.matter[:], parties[:], requests(a, b))
}

// shareWordBut is shareWord over the words of a not in but; with weak
// (two requests), the weak matter word (weakMatter) counts unless both
// lists have other words of their own (each request then tells what the
// help is for).
func shareWordBut(a, b, but []uint16, weak bool) bool {
	weakShared := false
	for i, x := range a {
		if x == 0 {
			break
		}
		if !shareWord(a[i:i+1], but) && shareWord(a[i:i+1], b) {
			if !weak || x != weakMatter {
				return true
			}
			weakShared = true
		}
	}
	return weakShared && !(strongWord(a, but) && strongWord(b, but))
}

// strongWord reports whether a list of word hashes has one not in but
// not in weakMatter.
func strongWord(a, but []uint16) bool {
	for i, x := range a {
		if x == 0 {
			break
		}
		if x != weakMatter && !shareWord(a[i:i+1], but) {
			return true
		}
	}
	return false
}

// partyWords returns the matter hashes (stem, then wordHash) of the words
// of the names of the countries of two reports' sources and targets and of
// their peoples (countryWords), 0 after the last: "kenya" for KEN and
// KENGOV, which is also the stem of "Kenyan", "iran" and "irani" for IRN.
// Words of a name that name no country ("republic", "democratic",
// "united") are left out.
func partyWords(a, b mergeView) (out [4*partyWordSlots + 1]uint16) {
	n := 0
	for _, code := range [...]string{a.source, a.target, b.source, b.target} {
		for _, h := range countryWords(countryOf(code)) {
			if n < len(out)-1 {
				n = addWord(out[:len(out)-1], n, h)
			}
		}
	}
	return out
}

// partyWordSlots is a quarter of the hashes partyWords keeps for the four
// actors of two reports (countryWords gives at most 16 for one country).
const partyWordSlots = 24

// countryWordsCache memoises countryWords.
var countryWordsCache sync.Map

// countryWords returns the matter hashes of the words of the name of a
// CAMEO country code (see partyWords), nil for a code that names none.
func countryWords(code string) []uint16 {
	if v, ok := countryWordsCache.Load(code); ok {
		return v.([]uint16)
	}
	var out []uint16
	if c, ok := cameo.LookupCountry(code); ok && code != "" {
		words := 0
		name := strings.ToLower(c.Name) + " " + otherNames[code]
		for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == ',' || r == '(' || r == ')' }) {
			if len(w) < 3 || nameFillers[w] || words == partyNameWords {
				continue
			}
			words++
			for _, f := range demonymForms(w) {
				if h := wordHash(stemBytes([]byte(f))); !shareWord([]uint16{h, 0}, append(out, 0)) {
					out = append(out, h)
				}
			}
		}
	}
	out = out[:len(out):len(out)] // callers may append: no shared spare room
	countryWordsCache.Store(code, out)
	return out
}

// partyNameWords is the most words of a country's name countryWords reads.
const partyNameWords = 3

// otherNames are the names news gives countries besides their CAMEO names,
// when those are all fillers or their people's name is not made from them.
var otherNames = map[string]string{"GBR": "britain", "USA": "america", "FRA": "french", "NLD": "dutch",
	"CHE": "swiss", "GRC": "greek", "ARE": "emirati", "PHL": "filipino", "COL": "colombia colombian",
	"THA": "thai", "POL": "polish", "FIN": "finnish", "IRL": "irish", "ISL": "icelandic", "SWE": "swedish",
	"DNK": "danish", "NOR": "norwegian", "ESP": "spanish", "CYP": "cypriot", "LAO": "laotian", "PSE": "palestinian"}

// demonymForms returns a word of a country's name and the forms its
// people's name may take, as far as matter words compare them (by their
// first five letters): "kenya" and "kenyan", "iran" and "iranian", "peru"
// and "peruvian", "iraq" and "iraqi", "china" and "chinese", "turkey" and
// "turkish", "britain" and "british" (other peoples' names, "thai",
// "polish", "danish", are otherNames). Forms no people is named by are harmless: they are compared
// only with the words of two reports of one dyad.
func demonymForms(w string) []string {
	out := []string{w, w + "n", w + "an", w + "ian", w + "vian", w + "i", w + "ese", w + "ish"}
	if n := len(w); n > 4 {
		out = append(out, w[:n-1]+"ese", w[:n-1]+"ish", w[:n-1]+"ian", w[:n-2]+"ish", w[:n-3]+"ish")
	}
	return out
}

// nameFillers are words of countries' names that name no country.
var nameFillers = map[string]bool{"the": true, "and": true, "of": true, "republic": true, "democratic": true,
	"united": true, "people's": true, "federal": true, "islamic": true, "kingdom": true, "state": true,
	"states": true, "federated": true, "plurinational": true, "bolivarian": true, "socialist": true,
	"arab": true, "south": true, "north": true, "east": true, "west": true, "central": true, "new": true,
	"saint": true, "islands": true, "island": true, "occupied": true, "territory": true, "territories": true,
	"special": true, "administrative": true, "region": true, "holy": true, "see": true}

// nestedWords reports whether one of two lists of word hashes (0 after
// the last) holds every word of the other: two reports' towns the
// gazetteer lacks name one place unless each names one the other does
// not ("struck Dawlah Islamiyah hideouts near Madamba" and "... near
// Ganassi": the group's name, read as a town, is in both).
func nestedWords(a, b []uint16) bool {
	return allIn(a, b) || allIn(b, a)
}

// allIn reports whether every word of list a is in list b.
func allIn(a, b []uint16) bool {
	for i, x := range a {
		if x == 0 {
			break
		}
		if !shareWord(a[i:i+1], b) {
			return false
		}
	}
	return true
}

// shareWord reports whether two lists of word hashes (0 after the last)
// have one in common.
func shareWord(a, b []uint16) bool {
	for _, x := range a {
		if x == 0 {
			break
		}
		for _, y := range b {
			if y == x {
				return true
			} else if y == 0 {
				break
			}
		}
	}
	return false
}

// turnWords put an event at the turn of a day.
var turnWords = map[string]bool{"night": true, "nights": true, "overnight": true, "midnight": true, "tonight": true,
	"dawn": true, "predawn": true, "daybreak": true, "evening": true, "nightfall": true}

// turnNext are the words after "early" or "late" that make it a time of
// day ("early on Monday", "late Tuesday", "early hours").
var turnNext = map[string]bool{"on": true, "hours": true, "morning": true, "monday": true, "tuesday": true,
	"wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// turnOfDay reports whether a sentence puts its event at the turn of a day.
func turnOfDay(sentence string) bool {
	c, _ := readSentence(sentence)
	return c&dayTurn != 0
}

// daysMatch reports whether two day-precision reports may be of one event:
// the same day, or days one apart when one report is at the turn of a day
// or counts its day from the publication, or two reports dated by their
// publications (the text giving no date) a day apart, or a report dated by
// its publication and one dated the day before it or, both coded from
// text, up to storyLag days before it. A report that names a day after
// another's publication is of a later event.
func daysMatch(a, b mergeView) bool {
	d := b.day - a.day
	wide := a.dayCert&b.dayCert&hasText != 0 // both coded from text: see probeWindow
	switch {
	case d == 0:
		return true
	case (d == 1 || d == -1) && (a.dayCert|b.dayCert)&(dayTurn|dayRelative) != 0:
		return true
	case a.dayCert&b.dayCert&dayFromStory != 0:
		return d == 1 || d == -1
	case a.dayCert&dayFromStory != 0:
		return d == -1 || wide && d < 0 && d >= -storyLag
	case b.dayCert&dayFromStory != 0:
		return d == 1 || wide && d > 0 && d <= storyLag
	}
	return false
}

// sameWeek reports whether days a and b fall in one ISO calendar week:
// "this week" said on a Friday and "last week" said the Monday after name
// one week, whatever the days between the dates they give.
func sameWeek(a, b int64) bool {
	ya, wa := dayTime(a).ISOWeek()
	yb, wb := dayTime(b).ISOWeek()
	return ya == yb && wa == wb
}

// storyLag is how many days before its publication a report that gives no
// date may tell an event another report dates ("seized a trawler off
// Dakar, officials said", published on Monday, and "detained a Russian
// trawler on Saturday").
const storyLag = 3

// maxDayGap is the widest gap in days between two day-precision reports of
// one event: storyLag.
const maxDayGap = storyLag

// sameEvent reports whether two reports in one bucket describe one event.
// When what a's text says (dayCert) is unknown (a stored event not read
// yet) and it decides the answer, sameEvent returns false and ask: the
// caller reads it and asks again.
func sameEvent(a, b mergeView) (same, ask bool) {
	if monthAndDayArrest(a, b) {
		// one person arrested, told in a month and on a day of it
		// ("arrested a French national suspected of espionage in
		// June", "on June 14 detained a French citizen accused of
		// spying"), by one party of people of one country
		if a.dayCert == 0 {
			return false, true
		}
		if a.dayCert&b.dayCert&oneArrested == 0 || sameActors(a, b) == codesDiffer || !sharedMatter(a, b) {
			return false, false
		}
		return !placesConflict(a.place, a.placeCountry, b.place, b.placeCountry), false
	}
	if md, byText := monthAndDay(a, b); md {
		m := sameActors(a, b)
		if m == codesUnlessSplit && !attackRoots[a.code[:2]] {
			// two expulsions whose targets are two actors of one
			// country ("extradited a former Kazakh official",
			// "handed him over to Astana"): nothing to split
			m = codesMatch
		}
		if m != codesMatch && m != codesIfAgreed && m != codesIfSharedMatter {
			return false, false
		}
		if b.words.count != 0 {
			// two first numbers of people or things (firstCount:
			// "turned back more than 1,000 migrants in July", "on July
			// 14 turned back 38 migrants"): the month's are many acts,
			// not the day's one
			if a.dayCert == 0 {
				return false, true
			}
			if a.words.count != 0 && a.words.count != b.words.count {
				return false, false
			}
		}
		if m == codesIfSharedMatter {
			if a.dayCert == 0 {
				return false, true
			}
			if !sharedMatter(a, b) {
				return false, false
			}
		} else if byText || m == codesIfAgreed {
			if a.dayCert == 0 {
				return false, true
			}
			// both tell an agreement; or, of one act of cooperation by
			// its codes and words, neither tells acts done again and
			// again nor an agreement ("restored
			// diplomatic ties with China in January", "on January 10
			// re-established diplomatic relations with Beijing")
			once := m == codesMatch && (a.dayCert|b.dayCert)&repeated == 0 && a.dayCert&b.dayCert&hasText != 0 &&
				(a.dayCert|b.dayCert)&agreement == 0 && shareWord(a.words.goods[:], b.words.goods[:])
			if a.dayCert&b.dayCert&agreement == 0 && !once {
				return false, false
			}
		}
		return !placesConflict(a.place, a.placeCountry, b.place, b.placeCountry), false
	}
	if a.precision != b.precision && !(coarse(a.precision) == coarse(b.precision) && coarse(a.precision) == "m") {
		return false, false
	}
	if coarse(a.precision) == "d" {
		if d := a.day - b.day; d < -maxDayGap || d > maxDayGap {
			return false, false
		}
	} else if dateKey(a.precision, a.day) != dateKey(b.precision, b.day) {
		return false, false
	}
	untargeted := (a.target == "") != (b.target == "")
	if untargeted && b.dayCert&hasText == 0 {
		// an imported row: it merges across the presence of a target
		// neither way (see spotsAgree), and the stored report need not
		// be read (nor the actors compared, which costs more)
		return false, false
	}
	m := sameActors(a, b)
	if m == codesDiffer {
		return false, false
	}
	attacks := strikesPlace(a.code) && strikesPlace(b.code)
	towned := b.words.towns[0] != 0 && attacks
	if a.dayCert == 0 && (m != codesMatch || untargeted || attacks && b.words.spots[0] != 0 || coarse(a.precision) == "d" && a.day != b.day) {
		return false, true
	}
	if untargeted && attacks && !spotsAgree(a, b) {
		return false, false
	}
	if towned && a.words.towns[0] != 0 && !nestedWords(a.words.towns[:], b.words.towns[:]) {
		// two attacks on towns the gazetteer does not know, named
		// differently ("drones hit Martakert", "drones hit Hadrut")
		return false, false
	}
	if attacks && (townAgainstPlace(a, b) || townAgainstPlace(b, a) || twoTownsNamed(a, b) || townsApart(a, b)) {
		return false, false
	}
	if coarse(a.precision) == "d" && a.day != b.day && !daysMatch(a, b) {
		return false, false
	}
	if a.precision == entente.PrecisionApproximate && b.precision == entente.PrecisionApproximate && !sameWeek(a.day, b.day) {
		// two acts dated by weeks ("last week", "this week", "in recent
		// days") that fall in two different calendar weeks
		if a.dayCert == 0 {
			return false, true
		}
		if a.dayCert&b.dayCert&weekly != 0 {
			return false, false
		}
	}
	if (a.dayCert|b.dayCert)&summons != 0 && visitCode(a.code) != visitCode(b.code) && a.code[:2] == "04" && b.code[:2] == "04" {
		// a summons told by one report, a visit by the other
		// ("summoned Russia's charge d'affaires", "returned the crew
		// to Russia" read as a visit): two acts
		return false, false
	}
	switch m {
	case codesUnlessGround:
		// The report with the unspecified code must not tell ground fire.
		g := a
		if airStrike(a.code) {
			g = b
		}
		if g.dayCert&groundFire != 0 {
			return false, false
		}
	case codesIfSameMatter:
		if !sameMatterOf(a, b) {
			return false, false
		}
	case codesUnlessAir:
		// The report with the unspecified code must not tell an air
		// attack, nor may one tell ground fire and the other an air
		// attack ("troops fought" against "aircraft dropped bombs",
		// coded 194).
		g := a
		if interchangeable[a.code[:min(3, len(a.code))]] == 1 {
			g = b
		}
		if g.dayCert&airOnly != 0 || a.dayCert&groundFire != 0 && b.dayCert&airOnly != 0 || a.dayCert&airOnly != 0 && b.dayCert&groundFire != 0 {
			return false, false
		}
	case codesUnlessSplit:
		if a.dayCert&groundFire != 0 && b.dayCert&airOnly != 0 || a.dayCert&airOnly != 0 && b.dayCert&groundFire != 0 {
			return false, false
		}
	case codesUnlessAnyGround:
		if (a.dayCert|b.dayCert)&groundFire != 0 {
			return false, false
		}
	case codesUnlessSummons:
		if (a.dayCert|b.dayCert)&summons != 0 {
			return false, false
		}
	case codesUnlessFire:
		if (a.dayCert|b.dayCert)&(mutualFight|airOnly) != 0 {
			return false, false
		}
	case codesIfMutual:
		if (a.dayCert|b.dayCert)&mutualFight == 0 || (a.dayCert|b.dayCert)&airOnly != 0 {
			return false, false
		}
	case codesIfAgreed:
		if a.dayCert&b.dayCert&agreement == 0 {
			return false, false
		}
	case codesIfSharedMatter:
		if !sharedMatter(a, b) {
			return false, false
		}
	case codesIfSharedGoods:
		if !shareWord(a.words.goods[:], b.words.goods[:]) {
			return false, false
		}
	case codesIfSameCount:
		if a.words.count == 0 || a.words.count != b.words.count {
			return false, false
		}
	case codesIfTroops:
		if a.dayCert&b.dayCert&troopsNamed == 0 {
			return false, false
		}
	}
	if attacks && a.placeCountry != "" && b.placeCountry != "" && a.placeCountry != b.placeCountry && placeNamed(a) && placeNamed(b) &&
		countryLevel(placeEntries(place.Default(), a.place, a.placeCountry)) && countryLevel(placeEntries(place.Default(), b.place, b.placeCountry)) {
		// "bombed Kurdish fighters in Iraq", "... in Syria": two
		// countries the sentences name (a town's country may be a
		// namesake's)
		return false, false
	}
	// Places last: it is the one test that may read the gazetteer. A
	// verbal act's place is often its matter's ("thanked Ecuador for the
	// planes that fought fires around Vina del Mar"), not where it was
	// said: two verbal acts are not compared by place; nor two decisions
	// to reduce relations (root 16) placed in the source's country and in
	// the target's ("the foreign ministry in Port Sudan withdrew its
	// envoy", "recalled its ambassador over Nairobi hosting"), or both in
	// the source's (Port Sudan, Khartoum).
	if verbal(a.code) && verbal(b.code) || a.code[:2] == "16" && b.code[:2] == "16" &&
		(placedIn(a, a.source) && (placedIn(b, b.target) || placedIn(b, b.source)) || placedIn(b, b.source) && placedIn(a, a.target)) {
		return true, false
	}
	return !placesConflict(a.place, a.placeCountry, b.place, b.placeCountry), false
}

// sameActors says whether two reports have the same actors and compatible
// codes (codeMatch), in the same direction or reversed. Two reports of
// one fighting code are one attack unless one tells ground fire and the
// other an air attack (codesUnlessSplit). Two attacks may
// have two actors of one country as targets (attackedCountry), with a
// match that depends on the text (codesUnlessSplit). Reversed, one
// joint act told from either side (040, 041, 044, 046, 057), or a visit
// told by the guest and by the host (042, 043), or a visit against a
// meeting or talks of the same root (042 against 046), since each party
// may be coded as the source; one consultation code told both ways
// depends on whether a sentence tells a summons (codesUnlessSummons).
func sameActors(a, b mergeView) codeMatch {
	ac, bc := mergeCode(a.code, a.target), mergeCode(b.code, b.target)
	if (a.target == "") != (b.target == "") {
		return untargetedAttack(a, b, ac, bc)
	}
	if m := sameActorsCodes(a, b, ac, bc); m != codesDiffer {
		return m
	}
	if b.dayCert&agreement != 0 && cooperation(ac) && cooperation(bc) && a.target != "" &&
		(sameActor(a.source, b.source) && sameActor(a.target, b.target) || sameActor(a.source, b.target) && sameActor(a.target, b.source)) {
		return codesIfAgreed
	}
	return codesDiffer
}

// sameActorsCodes is sameActors for two reports that both have a target or
// both have none, before agreements.
func sameActorsCodes(a, b mergeView, ac, bc string) codeMatch {
	// "Hamas accused Fatah" (PSEREBHMS>PSE) and "Fatah accused Hamas"
	// (PSE>PSEREBHMS): two actors of one country, each code of one the
	// other's prefix, are the same dyad either way round by sameActor
	// alone; told exactly reversed, it is the reversed dyad
	swapped := a.source != a.target && a.source == b.target && a.target == b.source
	if sameActor(a.source, b.source) && !swapped {
		if sameActor(a.target, b.target) {
			if m := compareCodes(ac, bc); m == codesMatch && ac[:2] == "19" {
				// "Iraqi artillery shelled" and "Iraqi jets bombed" the
				// same hideouts: one code, two operations
				return codesUnlessSplit
			} else if m != codesDiffer {
				return m
			}
		} else if attackedCountry(ac, bc, a.target, b.target) {
			switch m := compareCodes(ac, bc); m {
			case codesMatch:
				return codesUnlessSplit
			case codesDiffer:
			default:
				return m
			}
		}
	}
	if sameActor(a.source, b.source) && !swapped && arrestedPeople(a.source, ac, bc, a.target, b.target) {
		return codesIfSameCount
	}
	if !sameActor(a.source, b.target) || !sameActor(a.target, b.source) {
		return codesDiffer
	}
	x, y := ac[:min(3, len(ac))], bc[:min(3, len(bc))]
	if groundFight(x) && groundFight(y) && compareCodes(x, y) != codesDiffer {
		return codesIfMutual
	}
	meeting := func(c string) bool { return symmetricCodes[c] || c == "042" || c == "043" }
	if x == y && !symmetricCodes[x] || x != y && !(x[:2] == y[:2] && meeting(x) && meeting(y)) {
		return codesDiffer
	}
	if x == y && x[:2] == "04" {
		return codesUnlessSummons
	}
	return codesMatch
}

// arrestedPeople reports whether two arrests (173) by one source of two
// targets that are not one actor may be of the same people, whom reports
// name differently ("arrested three suspected Lashkar-e-Taiba operatives",
// PAKREBSPY; "detained three men suspected of working for the group",
// INDCVL; "protesters" and "people"): neither target is a state's organ,
// and one of them is of the source's own country or neither names a
// country other than the other's ("two British nationals" and "two
// French nationals" arrested by Iran are two arrests).
func arrestedPeople(source, ac, bc, at, bt string) bool {
	if !strings.HasPrefix(ac, "173") || !strings.HasPrefix(bc, "173") || at == "" || bt == "" || sameActor(at, bt) ||
		stateOrgans(at) || stateOrgans(bt) {
		return false
	}
	home := countryOf(source)
	return countryOf(at) == home || countryOf(bt) == home || countryOf(at) == countryOf(bt)
}

// readsLoose reports whether a report may merge with a stored one through
// the stored one's loose bucket (looseBucket): a report with a sentence
// and no target, or an arrest with both, whose people the stored report
// may name otherwise (arrestedPeople).
func readsLoose(v mergeView) bool {
	return v.dayCert&hasText != 0 && (v.target == "" || strings.HasPrefix(mergeCode(v.code, v.target), "173"))
}

// untargetedAttack compares an attack report that names no target with
// one that names it (a and b in either order, ac and bc their merge
// codes), and so a one-off act (untargetedOneOff: one act when the sources
// are one actor and the codes match): one attack when the sources are one actor, the codes match and
// the report with no target names no place of its own (none, or a country
// as a whole: the place the locator gives an event from its actor), since
// the town a report names may be anywhere ("Turkish drones struck Amuda"
// against "Turkish jets hit targets in Iraq").
func untargetedAttack(a, b mergeView, ac, bc string) codeMatch {
	if untargetedOneOff(ac) && untargetedOneOff(bc) && sameActor(a.source, b.source) && compareActs(ac, bc) == codesMatch {
		return codesMatch
	}

	if !attackRoots[ac[:2]] || !attackRoots[bc[:2]] {
		return untargetedAct(a, b, ac, bc)
	}
	m := compareCodes(ac, bc)
	if m == codesDiffer {
		return m
	}
	u, t := a, b
	if a.target != "" {
		u, t = b, a
	}
	if !sameActor(a.source, b.source) {
		// "Myanmar troops clashed with insurgents" and "insurgents
		// battled the Myanmar military": one fight told from each side
		if sameActor(u.source, t.target) && groundFight(ac[:min(3, len(ac))]) && groundFight(bc[:min(3, len(bc))]) {
			return codesIfMutual
		}
		return codesDiffer
	}
	if u.place != "" && !countryLevel(placeEntries(place.Default(), u.place, u.placeCountry)) &&
		(t.place == "" || countryLevel(placeEntries(place.Default(), t.place, t.placeCountry))) &&
		u.dayCert != 0 && t.dayCert != 0 && !shareWord(u.words.spots[:], t.words.spots[:]) &&
		!inTargetCountry(u.placeCountry, t.target) {
		// a place of its own against a country's: a town may be
		// anywhere, unless the other names it too ("hit El Geneina
		// airport", "struck the airport of El Geneina") or the town
		// lies in the country the other attacked ("drones struck
		// Dubno", "Russia attacked Ukraine"); two places of their own
		// are compared as places. (Unread, the text decides
		// when sameEvent asks again.)
		return codesDiffer
	}
	if m == codesMatch && ac[:2] == "19" {
		return codesUnlessSplit // as for two reports with targets
	}
	return m
}

// untargetedAct compares two reports of an act other than an attack or a
// one-off act, one naming a target and the other none (see looseBucket):
// one act when the sources are one actor, the codes match (compareActs)
// and the sentences share a matter word (codesIfSharedMatter): the
// report with no target may be of any act of its source that day, and
// only a shared matter ("signed a deal on fishing rights", "signed an
// agreement with the Seychelles on fishing rights") ties it to this one.
func untargetedAct(a, b mergeView, ac, bc string) codeMatch {
	if a.dayCert&hasText == 0 && a.dayCert != 0 || b.dayCert&hasText == 0 || !sameActor(a.source, b.source) {
		return codesDiffer
	}
	if m := compareActs(ac, bc); m == codesMatch || m == codesIfSameMatter {
		return codesIfSharedMatter
	}
	return codesDiffer
}

// placeNamed reports whether a report's stored place is a name its
// sentence gives after a cue ("in Iraq"), not one the locator took from
// an actor's country.
func placeNamed(v mergeView) bool {
	f := strings.Fields(v.place)
	if len(f) == 0 || v.words.spots[0] == 0 {
		return false
	}
	w := strings.ToLower(f[0])
	return shareWord(v.words.spots[:], []uint16{wordHash([]byte(w[:min(5, len(w))])), 0})
}

// inTargetCountry reports whether a place's country (ISO alpha-2) is the
// country of an actor code.
func inTargetCountry(iso2, target string) bool {
	if iso2 == "" || len(target) < 3 {
		return false
	}
	c, ok := cameo.LookupCountry(target[:3])
	return ok && c.ISO2 == iso2
}

// untargetedOneOff reports whether a code is of a one-off act whose
// report with no target may be of the act another report tells with it
// ("Managua called its ambassador back", "Nicaragua recalled its
// ambassador from Costa Rica"): a reduction of relations (root 16) other
// than an embargo, an expulsion (174) or a release (084); so are a visit
// and a hosting (042, 043: "Sudan's army chief landed in Egypt", "the
// Sudanese army commander visited Cairo"), not one-off but made to one
// host, or for one guest, at a time. Other one-off acts have an alias of their own (kindRoot).
func untargetedOneOff(code string) bool {
	return oneOff(code) && !restriction(code) && !strings.HasPrefix(code, "057") || visitCode(code)
}

// spotsAgree reports whether the report of an attack with no target (a
// or b) may have struck where the other did: it has a sentence (an
// imported row is never merged across the presence of a target),
// and its sentence names no place
// after a preposition or verb of attack (spotCues), or one the other's
// also names ("struck targets in Balakot", "bombed a camp near Balakot").
// A town the gazetteer lacks is stored as no place at all, and its name is
// all that tells two towns struck the same day apart ("drones hit Derik"
// against "drones hit Amuda, Syria").
func spotsAgree(a, b mergeView) bool {
	u, t := a, b
	if a.target != "" {
		u, t = b, a
	}
	if u.dayCert&hasText == 0 {
		return false // an imported row: nothing tells where it struck
	}
	if u.words.spots[0] == 0 || shareWord(u.words.spots[:], t.words.spots[:]) {
		return true
	}
	if u.place != "" && inTargetCountry(u.placeCountry, t.target) &&
		(t.place == "" || countryLevel(placeEntries(place.Default(), t.place, t.placeCountry))) {
		// a town of the country the other attacked, which names no
		// place of its own below the country ("drones struck Dubno",
		// "Russia attacked Ukraine")
		return true
	}
	// A town the gazetteer lacks against a named region ("jets bombed
	// Al-Koma" and "struck targets in North Darfur state"): the region
	// may hold it, and nothing here tells otherwise.
	if onlyTowns(u.words) && t.dayCert&regionNamed != 0 || onlyTowns(t.words) && t.words.spots[0] != 0 && u.dayCert&regionNamed != 0 {
		return true
	}
	// or against a region it places, of the country the town's report is
	// placed in ("bombed Um Kadada" and "hit RSF-held areas of North
	// Darfur")
	if onlyTowns(u.words) && u.placeCountry != "" && t.placeCountry == u.placeCountry && regionLevel(placeEntries(place.Default(), t.place, t.placeCountry)) {
		return true
	}
	// So too a town the gazetteer knows against a region it does not
	// place, of the town's country ("bombed rebel positions near
	// Malaybalay" and "struck communist rebels in Bukidnon province"):
	// the report naming the region is placed in the country as a whole.
	return u.dayCert&regionNamed != 0 && t.place != "" && u.placeCountry != "" && t.placeCountry == u.placeCountry &&
		countryLevel(placeEntries(place.Default(), u.place, u.placeCountry)) &&
		!countryLevel(placeEntries(place.Default(), t.place, t.placeCountry))
}

// townAgainstPlace reports whether an attack report x names a town the
// gazetteer lacks and y names, after a cue, none of x's places but a place
// the gazetteer knows below a country (its stored place, or a name of
// towns only, knownTown), and no region ("drones struck positions near
// Gorom-Gorom" against "near Arbinda"): two towns struck.
func townAgainstPlace(x, y mergeView) bool {
	if x.words.towns[0] == 0 || y.words.towns[0] != 0 || y.words.spots[0] == 0 || y.dayCert&regionNamed != 0 ||
		shareWord(x.words.spots[:], y.words.spots[:]) {
		return false
	}
	if y.dayCert&knownTown != 0 {
		return true
	}
	if y.place == "" {
		return false
	}
	// (a region the gazetteer places, "areas of North Darfur", may hold
	// the town)
	es := placeEntries(place.Default(), y.place, y.placeCountry)
	return !countryLevel(es) && !regionLevel(es)
}

// twoTownsNamed reports whether two attack reports both name, after a
// cue, a town the gazetteer knows only as a town (or stored as their
// place, for one of them at most: two stored places are compared as
// places) and no place in common, and neither names a region ("drones
// struck Mertule Mariam", "drones struck Debre Markos").
func twoTownsNamed(a, b mergeView) bool {
	if a.words.spots[0] == 0 || b.words.spots[0] == 0 {
		return false // a report names no place (an imported row): see names
	}
	placed := func(x mergeView) bool { return x.place != "" && knownTownName([]byte(strings.ToLower(x.place))) }
	if placed(a) && placed(b) {
		return false // two stored towns: compared as places ("Kyiv", "Kiev")
	}
	names := func(x mergeView) bool {
		return x.words.spots[0] != 0 && x.dayCert&regionNamed == 0 && (x.dayCert&knownTown != 0 || placed(x))
	}
	return names(a) && names(b) && !shareWord(a.words.spots[:], b.words.spots[:])
}

// townsApart reports whether two attack reports each name a town after a
// cue, one the gazetteer lacks (towns) or knows only as a town (known),
// and none in common, neither naming a region nor both stored at one
// place: two raids the same day on two towns ("ambushed soldiers near
// Tillia", "near Ayorou"). A report that names a town and one that names
// only its region or country may tell one raid; so may two that name a
// region beside their towns, whose names may be a town's and a district's
// ("in Cabinda's Buco-Zau district", "around Buco-Zau in the Cabinda
// enclave"), or that a locator put in one place (one names where the
// ministry that reported it sits).
func townsApart(a, b mergeView) bool {
	if (a.dayCert|b.dayCert)&regionNamed != 0 || a.place != "" && a.place == b.place {
		return false
	}
	ta, tb := a.words.townsKnown(), b.words.townsKnown()
	return ta[0] != 0 && tb[0] != 0 && !shareWord(ta[:], tb[:])
}

// townsKnown returns a report's towns and known towns in one list, 0
// after the last.
func (tw *textWords) townsKnown() (out [2*spotSlots + 1]uint16) {
	n := 0
	for _, l := range [][spotSlots]uint16{tw.towns, tw.known} {
		for _, h := range l {
			if h == 0 {
				break
			}
			n = addWord(out[:2*spotSlots], n, h)
		}
	}
	return out
}

// knownTowns memoises knownTownName.
var knownTowns sync.Map

// knownTownName reports whether every gazetteer entry of a (lower-case)
// name is a town ("qahtaniyah"), none a country or a region.
func knownTownName(w []byte) bool {
	if v, ok := knownTowns.Load(string(w)); ok {
		return v.(bool)
	}
	es := place.Default().Lookup(string(w))
	town := len(es) > 0
	for i := range es {
		town = town && strings.HasPrefix(es[i].Feature, "PPL")
	}
	knownTowns.Store(string(w), town)
	return town
}

// twoWords appends to buf the name of two words a and b ("al hazm").
func twoWords(buf, a, b []byte) []byte { return append(append(append(buf, a...), ' '), b...) }

// prefixOnly reports whether the gazetteer knows a (lower-case) word only
// as the first word of longer names ("debre", "al"), as no place itself.
func prefixOnly(w []byte) bool {
	if v, ok := prefixWords.Load(string(w)); ok {
		return v.(bool)
	}
	only := len(place.Default().Lookup(string(w))) == 0
	prefixWords.Store(string(w), only)
	return only
}

// prefixWords memoises prefixOnly.
var prefixWords sync.Map

// onlyTowns reports whether every place a sentence names after a cue
// (spots) is a town the gazetteer does not know (towns).
func onlyTowns(w textWords) bool {
	for i, s := range w.spots {
		if s == 0 {
			break
		}
		if !shareWord(w.spots[i:i+1], w.towns[:]) {
			return false
		}
	}
	return w.spots[0] != 0
}

// groundFight reports whether a three-digit code is fighting that both
// sides may be told to do: an unspecified attack or fight (180, 190) or
// ground fighting (193, 194).
func groundFight(c string) bool { return c == "190" || c == "193" || c == "194" || c == "180" }

// attackRoots are the roots of material conflict that strike a place and
// the people in it: assault (18), fight (19) and mass violence (20).
var attackRoots = map[string]bool{"18": true, "19": true, "20": true}

// strikesPlace reports whether a code is of an act done at a place whose
// town tells one act from another: an attack (attackRoots), or property
// destroyed (1712: "set fire to a customs post at Jarinje" and "at
// Brnjak" are two fires).
func strikesPlace(code string) bool {
	return attackRoots[code[:2]] || strings.HasPrefix(code, "1712")
}

// attackedCountry reports whether two attack codes' targets may be the
// one target of one attack told two ways: two actors of one country (the
// country's code, its government, its military, a rebel or militant group
// or a region of it), since reports of a strike name what was hit
// differently ("Hamas positions in Gaza City", "the city of Gaza";
// "Hezbollah sites in Beirut", Beirut read as Lebanon's government); so
// may two expulsions' (174: "deported a Russian reporter", "sent the
// journalist back to Moscow"). The place of the two reports still has to
// agree (placesConflict).
func attackedCountry(x, y, tx, ty string) bool {
	expelled := strings.HasPrefix(x, "174") && strings.HasPrefix(y, "174")
	if !(attackRoots[x[:2]] && attackRoots[y[:2]] || expelled) || len(tx) < 3 || len(ty) < 3 || tx[:3] != ty[:3] || groupPrefix(tx[:3]) {
		return false
	}
	_, ok := cameo.LookupCountry(tx[:3])
	return ok
}

// sameLocalityKM is the distance under which two places are taken for one
// (a landmark and its city, a city and its district), unless they are two
// towns of the gazetteer (twoTowns).
const sameLocalityKM = 5

// placesConflict reports whether two stored places (name and ISO alpha-2
// country, either possibly empty) rule out one event. Only two places below
// country level can: a country contains its cities, and an event the text
// gives no place for is placed in an actor's country. Names are resolved
// in the gazetteer that produced them, within their countries: two places
// conflict when they are two entries, more than sameLocalityKM apart or
// two towns (twoTowns), and neither is a region holding the other. A name the gazetteer does not know conflicts
// with any other name.
func placesConflict(n1, c1, n2, c2 string) bool {
	if n1 == "" || n2 == "" || strings.EqualFold(n1, n2) {
		return false
	}
	g := place.Default()
	e1, e2 := placeEntries(g, n1, c1), placeEntries(g, n2, c2)
	if len(e1) == 0 && len(e2) > 0 && unknownRegion(n1, c1, c2) || len(e2) == 0 && len(e1) > 0 && unknownRegion(n2, c2, c1) {
		// "Somalia's Bay region", which the gazetteer cannot bound,
		// against a town of Somalia: the region may hold the town
		return false
	}
	if c1 != "" && c1 == c2 && (frontier(n1, e1) && near(e1, e2) || frontier(n2, e2) && near(e2, e1)) {
		// "the Line of Control" against "Poonch": a frontier of the
		// same country runs past many places, and the gazetteer has
		// no point for it, or a landmark's one that the other place is
		// within reach of
		return false
	}
	if len(e1) == 0 || len(e2) == 0 {
		return true
	}
	if countryLevel(e1) || countryLevel(e2) {
		return false
	}
	for i := range e1 {
		for j := range e2 {
			x, y := &e1[i], &e2[j]
			if contains(x, y) || contains(y, x) || x.GeoNameID == y.GeoNameID && (x.GeoNameID != 0 || x.Admin1 == y.Admin1 && x.Country == y.Country) {
				// (regions the gazetteer synthesises have no GeoNames
				// id: two of them are one only with one first-order
				// division, "Zaporizhzhia region" and "Lviv region" are
				// two)
				return false
			}
			if distanceKM(x, y) <= sameLocalityKM && !twoTowns(x, y) {
				return false
			}
		}
	}
	return true
}

// boundaryWords name a line between states or forces ("the Line of
// Control", "the Blue Line", "the northern border").
var boundaryWords = map[string]bool{"line": true, "border": true, "frontier": true, "boundary": true}

// frontier reports whether a stored place name, with its gazetteer
// entries es, names a frontier the gazetteer has no line for: none of
// its entries, or landmarks only.
func frontier(name string, es []place.Entry) bool {
	if !boundaryName(name) {
		return false
	}
	for i := range es {
		if es[i].Feature != "LANDMARK" {
			return false
		}
	}
	return true
}

// frontierReachKM is how far from a frontier's landmark point a place
// along it may be.
const frontierReachKM = 250

// near reports whether some entry of others lies within frontierReachKM
// of a frontier's landmark points fs, or fs has none.
func near(fs, others []place.Entry) bool {
	if len(others) == 0 {
		return false
	}
	if len(fs) == 0 {
		return true
	}
	for i := range fs {
		for j := range others {
			if distanceKM(&fs[i], &others[j]) <= frontierReachKM {
				return true
			}
		}
	}
	return false
}

// boundaryName reports whether a stored place name names a frontier.
func boundaryName(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if boundaryWords[w] {
			return true
		}
	}
	return false
}

// unknownRegion reports whether a stored place name the gazetteer does not
// know names a first-order region by its kind ("Bay region", "Zulia
// state", "Nangarhar province"), in the same country as the other place.
func unknownRegion(name, country, other string) bool {
	if country == "" || country != other {
		return false
	}
	words := strings.Fields(strings.ToLower(name))
	return len(words) >= 2 && regionWords[words[len(words)-1]]
}

// twoTowns reports whether two gazetteer entries are two towns however
// close they are ("Nuseirat" and "Bureij"): two populated places of the
// gazetteer, each of at least 15,000 people, neither a section of a town
// (PPLX, a city's district, which is within its city).
func twoTowns(x, y *place.Entry) bool {
	town := func(e *place.Entry) bool {
		return e.GeoNameID != 0 && strings.HasPrefix(e.Feature, "PPL") && e.Feature != "PPLX"
	}
	return town(x) && town(y)
}

// placeEntries returns the gazetteer entries a stored place name may be:
// those in its country when it has one. A first-order region named after a
// town ("Kursk region", "the province of Helmand"), which the locator
// stores as the words of the text, is the region holding that town.
func placeEntries(g *place.Gazetteer, name, country string) []place.Entry {
	all := g.Lookup(name)
	if len(all) == 0 {
		all = regionEntries(g, name)
	}
	if country == "" {
		return all
	}
	out := all[:0]
	for _, e := range all {
		if e.Country == country {
			out = append(out, e)
		}
	}
	return out
}

// regionWords name kinds of first-order region, as the locator reads them
// after a town's name or before "of" and the town's name.
var regionWords = map[string]bool{"province": true, "region": true, "state": true, "oblast": true,
	"governorate": true, "prefecture": true, "territory": true}

// regionEntries returns the regions a name of the form "<town> region" or
// "[the] region of <town>" may denote, or nil.
func regionEntries(g *place.Gazetteer, name string) []place.Entry {
	words := strings.Fields(name)
	if len(words) < 2 {
		return nil
	}
	var town string
	switch last := strings.ToLower(words[len(words)-1]); {
	case regionWords[last]:
		town = strings.Join(words[:len(words)-1], " ")
	default:
		if strings.EqualFold(words[0], "the") {
			words = words[1:]
		}
		if len(words) < 3 || !regionWords[strings.ToLower(words[0])] || !strings.EqualFold(words[1], "of") {
			return nil
		}
		town = strings.Join(words[2:], " ")
	}
	var out []place.Entry
	for _, e := range g.Lookup(town) {
		if r, ok := g.Region(e); ok {
			out = append(out, r)
		}
	}
	return out
}

// countryLevel reports whether a name may stand for a whole country.
func countryLevel(es []place.Entry) bool { return anyPrecision(es, place.PrecisionCountry) }

// regionLevel reports whether any of es is a first-order region.
func regionLevel(es []place.Entry) bool { return anyPrecision(es, place.PrecisionRegion) }

// anyPrecision reports whether any of es has precision p.
func anyPrecision(es []place.Entry, p string) bool {
	for i := range es {
		if es[i].Precision() == p {
			return true
		}
	}
	return false
}

// contains reports whether region r holds place p.
func contains(r, p *place.Entry) bool {
	return r.Precision() == place.PrecisionRegion && r.Country == p.Country && r.Admin1 != "" && r.Admin1 == p.Admin1
}

// distanceKM is the great-circle distance between two entries.
func distanceKM(a, b *place.Entry) float64 {
	const earthKM = 6371
	rad := math.Pi / 180
	la1, la2 := a.Lat*rad, b.Lat*rad
	dla, dlo := la2-la1, (b.Lon-a.Lon)*rad
	h := math.Sin(dla/2)*math.Sin(dla/2) + math.Cos(la1)*math.Cos(la2)*math.Sin(dlo/2)*math.Sin(dlo/2)
	return 2 * earthKM * math.Asin(math.Min(1, math.Sqrt(h)))
}

// coarse returns "d" for day precision (or none) and the dateKey letter of
// coarser precisions.
func coarse(p entente.Precision) string { return dateKey(p, 0)[:1] }

// minShingleWords is the fewest words a text needs for near-duplicate search.
const minShingleWords = 8

// shingleSize is the number of words in a shingle.
const shingleSize = 4

// maxHamming is the largest simhash distance of near duplicates.
const maxHamming = 3

// simhash returns the 64-bit simhash of text's lower-cased word shingles and
// whether the text is long enough for it to be meaningful.
func simhash(text string) (uint64, bool) {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if len(words) < minShingleWords {
		return 0, false
	}
	var acc [64]int
	h := fnv.New64a()
	for i := 0; i+shingleSize <= len(words); i++ {
		h.Reset()
		for _, w := range words[i : i+shingleSize] {
			h.Write([]byte(w))
			h.Write([]byte{' '})
		}
		v := h.Sum64()
		for b := 0; b < 64; b++ {
			if v&(1<<b) != 0 {
				acc[b]++
			} else {
				acc[b]--
			}
		}
	}
	var out uint64
	for b := 0; b < 64; b++ {
		if acc[b] > 0 {
			out |= 1 << b
		}
	}
	return out, true
}

// bands returns the four band keys of a simhash.
func bands(s uint64) [4]int64 {
	var out [4]int64
	for i := 0; i < 4; i++ {
		out[i] = int64(i)<<16 | int64((s>>(16*i))&0xffff)
	}
	return out
}

// hamming reports the number of differing bits of two simhashes.
func hamming(a, b uint64) int { return bits.OnesCount64(a ^ b) }

// visitCode reports whether a code is a visit (042) or a hosting (043).
func visitCode(c string) bool { return c[:3] == "042" || c[:3] == "043" }

// quadFromRoot returns the CAMEO QuadClass of a root code: 01-05 verbal
// cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20
// material conflict; 0 when the root is not a CAMEO root.
func quadFromRoot(root string) int {
	n, err := strconv.Atoi(root)
	if err != nil {
		return 0
	}
	switch {
	case n >= 1 && n <= 5:
		return 1
	case n >= 6 && n <= 8:
		return 2
	case n >= 9 && n <= 13:
		return 3
	case n >= 14 && n <= 20:
		return 4
	}
	return 0
}

// prefixUpper returns the smallest string greater than every string that
// starts with p, for index range scans; p must be non-empty ASCII.
func prefixUpper(p string) string {
	b := []byte(p)
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] < 0xff {
			b[i]++
			return string(b[:i+1])
		}
	}
	return p + "\xff"
}

// oneOff reports whether a merge code (see mergeCode) is an act done once
// that reports date either to its month or to its day: signing an
// agreement (057), reducing relations (root 16: breaking relations,
// recalling an ambassador, cutting aid, a round of sanctions, expelling a
// mission), an administrative ban (172: "banned Ugandan eggs"),
// expelling people (174) and releasing them or what was seized (084:
// "freed the fishermen in September", "on September 24 released the
// fishermen"), and lifting a ban or sanctions (081, 085: "lifted its ban
// on cement imports in September", "on September 22 ended its embargo"). Attacks and
// statements, which
// recur, are not: "struck the city in March" may be many strikes.
func oneOff(code string) bool {
	return strings.HasPrefix(code, "057") || strings.HasPrefix(code, "16") || strings.HasPrefix(code, "172") || strings.HasPrefix(code, "174") ||
		strings.HasPrefix(code, "084") || strings.HasPrefix(code, "081") || strings.HasPrefix(code, "085")
}

// cooperation reports whether a code is of cooperation, verbal or material
// (roots 03 to 08: intent to cooperate, consultation, diplomatic and
// material cooperation, aid, yielding).
func cooperation(code string) bool { return code[:2] >= "03" && code[:2] <= "08" }

// agreedOnce reports whether a report is of an agreement reached or signed
// once: a code of cooperation whose sentence tells an agreement
// ("signed a defence pact", "agreed to establish relations"), whatever
// the code the dictionaries give it (030, 062, ...).
func agreedOnce(code string, cert dayCertainty) bool {
	return cooperation(code) && cert&agreement != 0
}

// monthAndDay reports whether one of two reports is dated to a month and
// the other to a day of that month, both of a one-off act: by their codes
// (oneOff), or (byText) both of cooperation, when both sentences tell an
// agreement reached or signed (agreedOnce), or the codes match and
// neither sentence tells acts done again and again (repeated), which the
// caller checks.
func monthAndDay(a, b mergeView) (ok, byText bool) {
	if !monthOfDay(a, b) {
		return false, false
	}
	ac, bc := mergeCode(a.code, a.target), mergeCode(b.code, b.target)
	if oneOff(ac) && oneOff(bc) {
		return true, false
	}
	return cooperation(ac) && cooperation(bc), true
}

// crossProbe returns where the stored reports of a one-off act (oneOff,
// or agreedOnce by cert, what certainty read from the report, or of
// cooperation in a sentence that tells no acts done again and again) dated to the
// other precision are, for the writer to read them as merge candidates
// besides those of the event's own bucket (eventBucket keeps the precision
// classes apart): for a report dated to a day, the month-precision bucket
// over that day's month; for a report dated to a month, the day-precision
// bucket over the days of the month. ok is false for other codes and
// precisions.
func crossProbe(source, target, code string, m entente.Modality, p entente.Precision, day int64, cert dayCertainty) (bucket, lo, hi int64, ok bool) {
	if mc := mergeCode(code, target); !oneOff(mc) && !agreedOnce(mc, cert) && !(cooperation(mc) && cert&(repeated|hasText) == hasText) &&
		!(strings.HasPrefix(mc, "173") && cert&oneArrested != 0) {
		return 0, 0, 0, false
	}
	other, lo, hi, ok := otherMonth(p, day)
	if !ok {
		return 0, 0, 0, false
	}
	return eventBucket(source, target, code, m, other), lo, hi, true
}
