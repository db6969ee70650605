package sqlite

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"entente"
	"entente/pipeline"
	"entente/text"
)

// pairSide turns one side of a labelled pair into a coded article.
func pairSide(id, publisher string, f []string) (entente.CodedArticle, error) {
	e := entente.Event{Source: f[0], Target: f[1], Code: f[2], Root: f[2][:2], Modality: entente.Modality(f[5]),
		Confidence: 0.9}
	if e.Target == "-" {
		e.Target = ""
	}
	layout := map[string]string{"day": "2006-01-02", "month": "2006-01", "year": "2006"}[f[4]]
	d, err := time.Parse(layout, f[3])
	if err != nil {
		return entente.CodedArticle{}, err
	}
	e.When = entente.When{Date: d, Precision: entente.Precision(f[4])}
	if f[6] != "-" {
		e.Place = &entente.Place{Name: f[6], Precision: "city"}
	}
	return entente.CodedArticle{Article: entente.Article{ID: id, Publisher: publisher, Published: d.AddDate(0, 0, 1)},
		Events: []entente.Event{e}}, nil
}

// TestDedupPairs checks the event merge rule on hand-labelled pairs of
// hand-built events (written before TestDedupText): each pair is stored as
// two articles from two publishers, and the pair counts as merged when the
// store holds one event. Pairs a day apart are left out: the rule decides
// them from the text of the reports, which these events do not have.
func TestDedupPairs(t *testing.T) {
	for _, tc := range []struct {
		file     string
		minPairs int
	}{{"testdata/dedup_pairs.tsv", 100}, {"testdata/dedup_pairs_heldout.tsv", 35}} {
		t.Run(tc.file, func(t *testing.T) { dedupPairs(t, tc.file, tc.minPairs) })
	}
}

func dedupPairs(t *testing.T, file string, minPairs int) {
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ctx := context.Background()
	var same, diff, missed, falseMerge, needText int
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		if strings.HasPrefix(sc.Text(), "#") || strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		c := strings.Split(sc.Text(), "\t")
		if len(c) != 16 {
			t.Fatalf("line %d: %d fields", line, len(c))
		}
		a, err := pairSide("a", "Outlet A", c[1:8])
		if err != nil {
			t.Fatalf("line %d: %v", line, err)
		}
		b, err := pairSide("b", "Outlet B", c[8:15])
		if err != nil {
			t.Fatalf("line %d: %v", line, err)
		}
		// Whether reports a day apart are of one event is decided from
		// their text (date phrase, sentence, story date), which these
		// hand-built events do not have: TestDedupText measures those.
		if ea, eb := a.Events[0].When, b.Events[0].When; ea.Precision == entente.PrecisionDay && eb.Precision == entente.PrecisionDay {
			if d := dayNumber(ea.Date) - dayNumber(eb.Date); d == 1 || d == -1 {
				needText++
				t.Logf("a day apart, not judged without text, line %d (%s): %s", line, c[0], c[15])
				continue
			}
		}
		db, err := Open(ctx, ":memory:", Options{})
		if err != nil {
			t.Fatal(err)
		}
		// Odd lines go in one batch, even lines in two: the rule must not
		// depend on batching.
		var res []entente.PutResult
		if line%2 == 1 {
			res, err = db.PutArticles(ctx, []entente.CodedArticle{a, b})
		} else if res, err = db.PutArticles(ctx, []entente.CodedArticle{a}); err == nil {
			var r []entente.PutResult
			r, err = db.PutArticles(ctx, []entente.CodedArticle{b})
			res = append(res, r...)
		}
		if err != nil || res[0].Status != entente.PutAdded || res[1].Status != entente.PutAdded {
			t.Fatalf("line %d: %v %+v", line, err, res)
		}
		merged := res[1].NewEvents == 0
		db.Close()
		switch c[0] {
		case "same":
			same++
			if !merged {
				missed++
				t.Logf("missed merge, line %d: %s", line, c[15])
			}
		case "diff":
			diff++
			if merged {
				falseMerge++
				t.Logf("false merge, line %d: %s", line, c[15])
			}
		default:
			t.Fatalf("line %d: label %q", line, c[0])
		}
	}
	if same+diff < minPairs {
		t.Fatalf("only %d labelled pairs", same+diff)
	}
	fm, mm := float64(falseMerge)/float64(diff), float64(missed)/float64(same)
	t.Logf("%d pairs (%d a day apart left out): false merges %d/%d = %.1f%%, missed merges %d/%d = %.1f%%",
		same+diff, needText, falseMerge, diff, 100*fm, missed, same, 100*mm)
	if fm > 0.05 {
		t.Errorf("false merges %.1f%% > 5%%", 100*fm)
	}
	if mm > 0.10 {
		t.Errorf("missed merges %.1f%% > 10%%", 100*mm)
	}
}

func TestMergeRuleParts(t *testing.T) {
	for _, tc := range []struct {
		x, y string
		want bool
	}{
		{"RUS", "RUSMIL", true}, {"RUSGOV", "RUSMIL", true}, {"RUSGOV", "RUSREB", false}, {"RUS", "UKR", false},
		{"IGOUNO", "IGONAT", false}, {"IGO", "IGOUNO", false}, {"", "", true}, {"", "USA", false}, {"US", "USA", false},
		// an armed group of one country, one code saying more of it
		{"SOMREB", "SOMUAFMUS", true}, {"COLUAF", "COLREBOPP", true}, {"SOMREB", "SOMGOVMUS", false}, {"SOMCVL", "SOMREBMUS", false},
		// a country's armed group named by its kind, and a group of no
		// one country; not two countries' groups, nor a state's forces
		{"MOZREB", "IMGMUSISI", true}, {"TURREB", "KURREB", true}, {"MARUAF", "NAFREB", false}, {"MOZREB", "EURREB", false}, {"MOZREB", "SOMREB", false},
		{"MOZMIL", "IMGMUSISI", false}, {"MOZREB", "IGOUNO", false}, {"MOZCVL", "NAFREB", false},
	} {
		if got := sameActor(tc.x, tc.y); got != tc.want {
			t.Errorf("sameActor(%q, %q) = %v", tc.x, tc.y, got)
		}
		if got := sameActor(tc.y, tc.x); got != tc.want {
			t.Errorf("sameActor(%q, %q) = %v (not symmetric)", tc.y, tc.x, got)
		}
	}
	for _, tc := range []struct {
		x, y string
		want bool
	}{
		{"190", "193", false}, {"193", "195", false}, {"173", "175", true}, {"172", "173", false}, {"023", "0233", true}, {"0233", "0234", false},
		{"042", "042", true}, {"042", "043", false}, {"0421", "043", false}, {"042", "046", true}, {"040", "046", true},
		{"111", "112", false}, {"051", "057", false}, {"111", "130", false}, {"061", "062", false}, {"172", "173", false}, {"1246", "124", false}, {"120", "1246", false},
		{"023", "0234", true}, {"171", "173", true}, {"130", "130", false},
		{"193", "194", true}, {"194", "195", false}, {"081", "085", true}, {"0811", "085", true}, {"081", "084", false},
	} {
		if got := sameCode(tc.x, tc.y); got != tc.want {
			t.Errorf("sameCode(%q, %q) = %v", tc.x, tc.y, got)
		}
		if got := sameCode(tc.y, tc.x); got != tc.want {
			t.Errorf("sameCode(%q, %q) = %v (not symmetric)", tc.y, tc.x, got)
		}
	}
	day := entente.PrecisionDay
	v := func(s, t, c string, d int64) mergeView {
		return mergeView{source: s, target: t, code: c, precision: day, day: d, dayCert: dayFirm}
	}
	story := func(m mergeView) mergeView { m.dayCert |= dayFromStory; return m }
	rel := func(m mergeView) mergeView { m.dayCert |= dayRelative; return m }
	turn := func(m mergeView) mergeView { m.dayCert |= dayTurn; return m }
	at := func(m mergeView, place, country string) mergeView { m.place, m.placeCountry = place, country; return m }
	said := func(m mergeView, sentence string) mergeView {
		m.dayCert, m.words = certainty(false, "", sentence)
		return m
	}
	month := func(d int64) mergeView {
		return mergeView{source: "A", code: "190", precision: entente.PrecisionMonth, day: d, dayCert: dayFirm}
	}
	monthOf := func(s, t, c string, d int64) mergeView {
		return mergeView{source: s, target: t, code: c, precision: entente.PrecisionMonth, day: d, dayCert: dayFirm}
	}
	for _, tc := range []struct {
		a, b mergeView
		want bool
	}{
		{v("A", "B", "040", 10), v("B", "A", "040", 10), true},
		{v("A", "B", "112", 10), v("B", "A", "112", 10), false},
		{v("A", "B", "042", 10), v("B", "A", "043", 10), true},
		{v("A", "B", "042", 10), v("B", "A", "046", 10), true},
		{v("A", "B", "042", 10), v("B", "A", "042", 10), false},
		{v("A", "B", "057", 10), v("B", "A", "046", 10), false},
		{v("A", "B", "057", 10), v("B", "A", "057", 10), true},
		// A day apart: only when a report is at the turn of a day, or is
		// dated by its publication and the other names the day before.
		{v("A", "B", "042", 10), v("B", "A", "043", 11), false},
		{v("A", "B", "042", 10), turn(v("B", "A", "043", 11)), true},
		{turn(v("A", "B", "190", 11)), v("A", "B", "190", 10), true},
		{v("A", "B", "190", 10), story(v("A", "B", "190", 11)), true},
		{story(v("A", "B", "190", 10)), v("A", "B", "190", 11), false},
		{story(v("A", "B", "190", 10)), story(v("A", "B", "190", 11)), true},
		{turn(v("A", "B", "042", 10)), turn(v("A", "B", "042", 12)), false},
		{rel(v("A", "B", "112", 10)), v("A", "B", "112", 11), true},
		{month(40), month(58), true},
		{month(40), v("A", "", "190", 40), false},
		// Places: a country holds its cities; two cities apart are two
		// events; one city under two names is one.
		{at(v("RUS", "UKR", "190", 10), "Russia", "RU"), at(v("RUS", "UKR", "190", 10), "Kharkiv", "UA"), true},
		{at(v("RUS", "UKR", "190", 10), "Odesa", "UA"), at(v("RUS", "UKR", "190", 10), "Kharkiv", "UA"), false},
		{at(v("ISR", "PSE", "195", 10), "Gaza City", "PS"), at(v("ISR", "PSE", "195", 10), "Gaza", "PS"), true},
		// A region named after its seat holds the seat, not another town.
		{at(v("UKR", "RUS", "190", 10), "Kursk region", "RU"), at(v("UKR", "RUS", "190", 10), "Kursk", "RU"), true},
		// a frontier runs past the towns along it
		{at(v("IND", "PAK", "190", 10), "Line of Control", "IN"), at(v("IND", "PAK", "190", 10), "Poonch", "IN"), true},
		{at(v("IND", "PAK", "190", 10), "Uri", "IN"), at(v("IND", "PAK", "190", 10), "Poonch", "IN"), false},
		// but not past places of another country or out of its reach
		{at(v("IND", "PAK", "190", 10), "Line of Control", "IN"), at(v("IND", "PAK", "190", 10), "Kyiv", "UA"), false},
		{at(v("IND", "PAK", "190", 10), "Line of Control", "IN"), at(v("IND", "PAK", "190", 10), "Chennai", "IN"), false},
		{at(v("UKR", "RUS", "190", 10), "the region of Kursk", "RU"), at(v("UKR", "RUS", "190", 10), "Kursk", "RU"), true},
		{at(v("UKR", "RUS", "190", 10), "Kursk region", "RU"), at(v("UKR", "RUS", "190", 10), "Moscow", "RU"), false},
		// An unspecified attack against an air strike: one unless the
		// attack is told as ground fire.
		{said(v("ISR", "LBN", "190", 10), "Israel attacked Lebanon."), said(v("ISR", "LBN", "195", 10), "Israeli jets bombed Lebanon."), true},
		{said(v("ISR", "LBN", "190", 10), "Israeli troops fired on Lebanese soldiers."), said(v("ISR", "LBN", "195", 10), "Israeli jets bombed Lebanon."), false},
		// A criticism against an accusation: one statement on one matter.
		{said(v("CHL", "PER", "111", 10), "Chile criticised Peru over the border dispute."), said(v("CHL", "PER", "112", 10), "Chile accused Peru of stoking the border row."), true},
		{said(v("CHL", "PER", "111", 10), "Chile criticised Peru over its tariffs."), said(v("CHL", "PER", "112", 10), "Chile accused Peru of spying."), false},
		// "Charged Lima with" is an accusation; an arrest of Peruvians is not.
		{v("CHLGOV", "PERGOV", "173", 10), v("CHL", "PER", "112", 10), true},
		{v("CHL", "PER", "173", 10), v("CHL", "PER", "112", 10), false},
		// Restoring relations is done together.
		{v("A", "B", "050", 10), v("B", "A", "050", 10), true},
		// An unspecified attack against ground fighting: one unless the
		// attack is told from the air.
		{said(v("SDN", "ETH", "190", 10), "Sudan's jets bombed Ethiopian positions."), said(v("SDN", "ETH", "193", 10), "Sudanese soldiers exchanged gunfire with Ethiopian troops."), false},
		{said(v("SDN", "ETH", "190", 10), "Sudan attacked Ethiopian positions."), said(v("SDN", "ETH", "193", 10), "Sudanese soldiers exchanged gunfire with Ethiopian troops."), true},
		// An attack on two actors of one country: one attack told two
		// ways, unless one report tells ground fire and the other an air
		// attack; other acts, and actors of two countries, stay apart.
		{said(v("ISR", "PSEREBHMS", "195", 10), "Israeli jets bombed Hamas positions in Gaza City."), said(v("ISR", "PSEGZA", "195", 10), "Israel struck targets in the city of Gaza."), true},
		{said(v("ISR", "LBNREB", "190", 10), "Israel bombed Hezbollah sites in Beirut."), said(v("ISRMIL", "LBNGOV", "195", 10), "Israeli warplanes struck Beirut."), true},
		{said(v("ISR", "PSEOPP", "190", 10), "Israeli soldiers fired at protesters."), said(v("ISR", "PSEREB", "190", 10), "Israeli drones struck militants."), false},
		{said(v("ISR", "PSEREBHMS", "111", 10), "Israel criticised Hamas."), said(v("ISR", "PSEGZA", "111", 10), "Israel criticised Gaza."), false},
		{said(v("ISR", "LBNREB", "195", 10), "Israeli jets struck Hezbollah."), said(v("ISR", "SYRREB", "195", 10), "Israeli jets struck militants."), false},
		{said(v("ISR", "IGOUNO", "190", 10), "Israel attacked the United Nations."), said(v("ISR", "IGOARL", "190", 10), "Israel attacked the Arab League."), false},
		// A one-off act dated to its month and to one of its days.
		{monthOf("FRA", "TUR", "161", 0), v("FRA", "TURGOV", "161", 10), true},
		{monthOf("USA", "NIC", "163", 0), v("USAGOV", "NIC", "1631", 20), true},
		{monthOf("ESP", "RUSGOV", "174", 0), v("ESP", "RUSGOV", "174", 40), false},
		{monthOf("ISR", "BHR", "057", 0), v("BHR", "ISR", "057", 10), true},
		{monthOf("RUS", "UKR", "190", 0), v("RUS", "UKR", "190", 10), false},
		{monthOf("FRA", "DZA", "111", 0), v("FRA", "DZA", "111", 10), false},
		{monthOf("FRA", "TUR", "161", 0), v("GBR", "TUR", "161", 10), false},
		// two actors of one country, each the other's prefix, told
		// exactly reversed: two accusations
		{said(v("PSEREBHMS", "PSE", "112", 10), "Hamas accused Fatah of arresting its supporters."), said(v("PSE", "PSEREBHMS", "112", 10), "Fatah accused Hamas of detaining its members."), false},
		// a summons against a visit of one dyad the same day: two acts
		{said(v("EST", "RUSGOV", "040", 10), "Estonia summoned Russia's charge d'affaires."), said(v("EST", "RUS", "042", 10), "Estonia returned a Russian boat to Russia."), false},
		// a region the gazetteer cannot bound holds a town of its country
		{at(v("USAMIL", "SOM", "195", 10), "Bay region", "SO"), at(v("USAMIL", "SOMREB", "195", 10), "Buurhakaba", "SO"), true},
		{at(v("USAMIL", "SOM", "195", 10), "Mudug region", "SO"), at(v("USAMIL", "SOMREB", "195", 10), "Galkayo", "SO"), true},
		{at(v("USAMIL", "SOM", "195", 10), "Mudug region", "SO"), at(v("USAMIL", "SOMREB", "195", 10), "Nugaal region", "SO"), false},
		// an expulsion whose targets are two actors of one country (the
		// person extradited, the state that received him), and the
		// lifting of a ban, are one-off too
		{monthOf("KGZ", "KAZELI", "174", 0), v("KGZGOV", "KAZGOV", "174", 8), true},
		{monthOf("MWI", "ZMB", "085", 0), v("MWI", "ZMB", "085", 21), true},
		{monthOf("MWI", "ZMB", "085", 0), v("MWI", "MOZ", "085", 21), false},
		// An agreement told as reached or signed, whatever its code, is
		// one-off too; other cooperation of one code only when its
		// matter may be one.
		{said(monthOf("NOR", "SWE", "062", 0), "Norway signed a pact on air defence with Sweden in January."),
			said(v("NOR", "SWE", "062", 20), "On January 21 Oslo and Stockholm concluded an air defence pact."), true},
		{said(monthOf("NOR", "SWE", "062", 0), "Norway held air defence drills with Sweden in January."),
			said(v("NOR", "SWE", "062", 20), "On January 21 Oslo and Stockholm concluded an air defence pact."), false},
		// Other cooperation of one code and matter is one-off too, unless
		// a sentence tells acts done again and again.
		{said(monthOf("NOR", "SWE", "064", 0), "Norway restored diplomatic relations with Sweden in January."),
			said(v("NOR", "SWE", "064", 20), "On January 21 Oslo re-established its diplomatic relations with Stockholm."), true},
		{said(monthOf("NOR", "SWE", "064", 0), "Norway repeatedly restored diplomatic relations with Sweden in January."),
			said(v("NOR", "SWE", "064", 20), "On January 21 Oslo re-established its diplomatic relations with Stockholm."), false},
		{said(monthOf("NOR", "SWE", "111", 0), "Norway agreed with nobody and faulted Sweden in January."),
			said(v("NOR", "SWE", "111", 20), "On January 21 Oslo signed off on a rebuke of Stockholm."), false},
		// Ground fighting against an air strike: one attack unless a
		// sentence tells ground fire; troops after the verb were hit.
		{said(v("ARM", "AZE", "194", 10), "Armenian forces launched rockets at Azerbaijani soldiers."),
			said(v("ARM", "AZE", "195", 10), "Armenia fired missiles at Azerbaijan's troops."), true},
		{said(v("ARM", "AZE", "194", 10), "Armenian artillery pounded Azerbaijani soldiers."),
			said(v("ARM", "AZE", "195", 10), "Armenian drones struck Azerbaijani soldiers."), false},
		{said(v("ARM", "AZE", "190", 10), "Armenian helicopters attacked Azerbaijani troops."),
			said(v("ARM", "AZE", "193", 10), "Armenian soldiers exchanged fire with Azerbaijani troops."), false},
		// Two statements of one code: one statement when their matters
		// may be one.
		{said(v("BRA", "PRY", "130", 10), "Brazil warned Paraguay over the dam tariff."),
			said(v("BRA", "PRY", "130", 10), "Brasilia threatened Asuncion with countermeasures over the tariff of the dam."), true},
		{said(v("BRA", "PRY", "130", 10), "Brazil warned Paraguay over the dam tariff."),
			said(v("BRA", "PRY", "130", 10), "Brazil threatened Paraguay with sanctions over smuggling."), false},
		{said(v("BRA", "PRY", "112", 10), "Brazil's president accused Paraguay's leaders."),
			said(v("BRAGOV", "PRY", "112", 10), "Brazil accused Paraguay's rulers of smuggling."), true},
	} {
		for _, ab := range [][2]mergeView{{tc.a, tc.b}, {tc.b, tc.a}} {
			if got, ask := sameEvent(ab[0], ab[1]); got != tc.want || ask {
				t.Errorf("sameEvent(%+v, %+v) = %v, %v", ab[0], ab[1], got, ask)
			}
		}
	}
	// A stored event whose day certainty is not read yet is asked for only
	// when it decides.
	unread := v("A", "B", "190", 10)
	unread.dayCert = 0
	if _, ask := sameEvent(unread, v("A", "B", "190", 11)); !ask {
		t.Error("sameEvent did not ask for an unread day certainty a day apart")
	}
	// Two reports of one fighting code depend on the text (ground fire
	// against an air attack); two of one cooperation code do not.
	if _, ask := sameEvent(unread, v("A", "B", "190", 10)); !ask {
		t.Error("sameEvent did not ask for an unread fighting report on one day")
	}
	unread.code = "061"
	if same, ask := sameEvent(unread, v("A", "B", "061", 10)); !same || ask {
		t.Errorf("sameEvent on one day = %v, %v", same, ask)
	}
	for _, tc := range []struct {
		sentence string
		want     bool
	}{
		{"Jets struck the town on Friday night.", true},
		{"Troops crossed the border early on Saturday.", true},
		{"The strike came late Tuesday.", true},
		{"Rockets were fired overnight.", true},
		{"The minister arrived on Friday.", false},
		{"Elections are due early next year.", false},
		{"He was late for the meeting on Monday.", false},
	} {
		if got := turnOfDay(tc.sentence); got != tc.want {
			t.Errorf("turnOfDay(%q) = %v", tc.sentence, got)
		}
	}
	for _, tc := range []struct {
		fromStory        bool
		phrase, sentence string
		want             dayCertainty
	}{
		{false, "on Monday", "Troops shelled the town on Monday.", dayFirm | groundFire | troopsNamed},
		{true, "", "Jets struck the town, officials said.", dayFirm | dayFromStory | airOnly | troopsNamed},
		{false, "yesterday", "Troops shelled the town yesterday.", dayFirm | dayRelative | groundFire | troopsNamed},
		{false, "on Monday", "Jets struck the town on Monday night.", dayFirm | dayTurn | airOnly | troopsNamed},
		{false, "on Monday", "Troops backed by jets struck the town on Monday.", dayFirm | troopsNamed},
		{false, "on Monday", "Jets bombed troops in the town on Monday.", dayFirm | airOnly | troopsNamed},
		{false, "", "Gunmen opened fire on soldiers at a checkpoint.", dayFirm | groundFire | troopsNamed},
		{false, "in May", "Peru and Chile signed a fisheries accord in May.", dayFirm | agreement},
		{false, "on Monday", "Spain and Britain struck a deal on fishing on Monday.", dayFirm | agreement},
		{false, "on Monday", "Spain and Britain reached a new trade agreement on Monday.", dayFirm | agreement},
		{false, "on Monday", "Drones struck a fuel depot on Monday, days after the deal.", dayFirm | airOnly},
		{false, "on Monday", "Nigeria sent a battalion to Benin on Monday.", dayFirm | troopsNamed},
	} {
		if got, _ := certainty(tc.fromStory, tc.phrase, tc.sentence); got != tc.want|hasText {
			t.Errorf("certainty(%v, %q, %q) = %b, want %b", tc.fromStory, tc.phrase, tc.sentence, got, tc.want)
		}
	}
	// The matter of two statements: shared words (by their first five
	// letters), names after a preposition of matter, none named.
	for _, tc := range []struct {
		x, y string
		want bool
	}{
		{"Chile accused Peru on Monday of meddling in its election.", "Santiago criticised Lima for meddling in the vote.", true},
		{"Chile accused Peru on Monday of meddling in its election.", "Chile criticised Peru on Monday over fishing quotas.", false},
		{"Chile criticised Peru on Monday over Arica.", "Chile accused Peru of provocations in Arica.", true},
		{"Chile criticised Peru on Monday over Arica.", "Chile accused Peru on Monday of spying.", false},
		{"Chile criticised Peru on Monday.", "Chile accused Peru on Monday of spying.", true},
		{"Chile accused Peru on Monday.", "Chile criticised Peru on Monday, officials said.", true},
		// The matter begins after its first preposition or opener: the
		// actors' descriptions before it are not matter.
		{"Chile's foreign minister accused Peru's navy chiefs on Monday.", "Santiago accused the Peruvian admirals of spying.", true},
		{"Chile warned Peru that it would respond.", "Chile threatened Peru with retaliation.", true},
		{"Chile warned Peru over its Tacna plan.", "Chile warned Peru over fishing quotas.", false},
		{"Chile warned Peru over its Tacna plan.", "Chile threatened Lima with reprisals over Tacna.", true},
		{"Chile protested to Peru over riots at the border.", "Chile protested to Peru over the unrest along the border.", true},
	} {
		_, a := certainty(false, "", tc.x)
		_, b := certainty(false, "", tc.y)
		if got := sameMatter(a, b); got != tc.want {
			t.Errorf("sameMatter(%q, %q) = %v", tc.x, tc.y, got)
		}
		if got := sameMatter(b, a); got != tc.want {
			t.Errorf("sameMatter(%q, %q) = %v (not symmetric)", tc.y, tc.x, got)
		}
	}
	// Codes whose match depends on the text, and the arrest of a
	// government read as an accusation.
	for _, tc := range []struct {
		x, y string
		want codeMatch
	}{
		{"190", "195", codesUnlessGround}, {"1951", "190", codesUnlessGround}, {"193", "195", codesUnlessAnyGround},
		{"111", "112", codesIfSameMatter}, {"1121", "111", codesIfSameMatter}, {"111", "111", codesIfSameMatter},
		{"111", "110", codesIfSameMatter}, {"111", "113", codesDiffer}, {"190", "193", codesUnlessAir}, {"1941", "190", codesUnlessAir},
		{"193", "194", codesMatch}, {"173", "175", codesMatch}, {"1951", "193", codesUnlessAnyGround}, {"171", "173", codesMatch},
		{"171", "172", codesDiffer}, {"180", "190", codesUnlessFire}, {"202", "190", codesIfSharedMatter},
		{"2021", "183", codesIfSharedMatter}, {"202", "181", codesDiffer}, {"180", "193", codesDiffer},
		{"180", "195", codesUnlessGround}, {"1951", "180", codesUnlessGround},
	} {
		if got := compareCodes(tc.x, tc.y); got != tc.want {
			t.Errorf("compareCodes(%q, %q) = %d, want %d", tc.x, tc.y, got, tc.want)
		}
		if got := compareCodes(tc.y, tc.x); got != tc.want {
			t.Errorf("compareCodes(%q, %q) = %d, want %d (not symmetric)", tc.y, tc.x, got, tc.want)
		}
	}
	// Where a one-off act's reports of the other precision are read.
	for _, tc := range []struct {
		code      string
		p         entente.Precision
		day       int64
		other     entente.Precision
		lo, hi    int64
		wantProbe bool
	}{
		{"163", entente.PrecisionDay, 10, entente.PrecisionMonth, 0, 30, true},
		{"174", entente.PrecisionMonth, 31, entente.PrecisionDay, 31, 58, true},
		{"0571", entente.PrecisionDay, 40, entente.PrecisionMonth, 31, 58, true},
		{"190", entente.PrecisionDay, 10, "", 0, 0, false},
		{"163", entente.PrecisionYear, 10, "", 0, 0, false},
		{"062", entente.PrecisionDay, 10, "", 0, 0, false},
	} {
		b, lo, hi, ok := crossProbe("USA", "NIC", tc.code, entente.Asserted, tc.p, tc.day, dayFirm)
		if ok != tc.wantProbe {
			t.Errorf("crossProbe(%s, %s) ok = %v", tc.code, tc.p, ok)
			continue
		}
		if ok && (b != eventBucket("USA", "NIC", tc.code, entente.Asserted, tc.other) || lo != tc.lo || hi != tc.hi) {
			t.Errorf("crossProbe(%s, %s, %d) = %d, %d, %d", tc.code, tc.p, tc.day, b, lo, hi)
		}
	}
	// An agreement told as signed is probed whatever its code.
	if b, lo, hi, ok := crossProbe("NOR", "SWE", "062", entente.Asserted, entente.PrecisionDay, 40, dayFirm|agreement); !ok ||
		b != eventBucket("NOR", "SWE", "062", entente.Asserted, entente.PrecisionMonth) || lo != 31 || hi != 58 {
		t.Errorf("crossProbe of a signed 062 = %d, %d, %d, %v", b, lo, hi, ok)
	}
	for _, tc := range []struct{ code, target, want string }{
		{"173", "BLRGOV", "112"}, {"1731", "PAKGOV", "112"}, {"173", "BLR", "173"}, {"173", "BLRCVL", "173"},
		{"173", "", "173"}, {"173", "IGOGOV", "173"}, {"111", "BLRGOV", "111"},
	} {
		if got := mergeCode(tc.code, tc.target); got != tc.want {
			t.Errorf("mergeCode(%q, %q) = %q, want %q", tc.code, tc.target, got, tc.want)
		}
	}
}

// textChain is the default coding chain, built once for the text pairs.
var textChain = sync.OnceValues(pipeline.DefaultChain)

// TestDedupText measures the event merge rule end to end on hand-labelled
// pairs of short news reports: each side is coded by pipeline.DefaultChain
// and stored as an article of its own outlet, and a pair counts as merged
// when one stored event has mentions from both articles. The rule was tuned
// on the tuning sets only (dedup_text_tuning2 to 7 are earlier held-out
// sets, measured once each and then used for tuning); dedup_text_heldout.tsv
// (round 7) and dedup_text_heldout8.tsv (round 8, the same rule with a later
// coder) were the held-out measurements of round 7's rule; round 9 tuned on
// them too, so no set here measures the current rule held out (see
// testdata/dedup_README.md). They are kept out of the pooled tuning counts.
// Issue 7 asks for false merges <= 5% and missed merges <= 10%: the test
// fails when the tuning sets together go beyond them, and holds each set,
// the held-out one included, to a ratchet a little above what was measured
// on it. The held-out sets of rounds 5 to 8 miss both targets (see the
// README). A pair one side of which the chain codes no event at all
// says nothing of the merge rule: it is counted apart as uncoded, and the
// set must still hold enough coded pairs.
func TestDedupText(t *testing.T) {
	var tuning dedupCounts
	for _, tc := range []struct {
		file                string
		minPairs            int
		maxFalse, maxMissed float64
		heldOut             bool
	}{
		{"testdata/dedup_text_tuning.tsv", 40, 0.10, 0.10, false},
		{"testdata/dedup_text_tuning2.tsv", 100, 0.05, 0.15, false},
		{"testdata/dedup_text_tuning3.tsv", 100, 0.07, 0.12, false},
		{"testdata/dedup_text_tuning4.tsv", 100, 0.05, 0.10, false},
		{"testdata/dedup_text_tuning5.tsv", 100, 0.05, 0.14, false},
		// Round 5, measured once with the rule frozen: false merges 4/56 =
		// 7.1%, missed merges 14/54 = 25.9% (11 pairs uncoded); then
		// tuning, with the writer patch and a later coder.
		{"testdata/dedup_text_tuning6.tsv", 100, 0.05, 0.15, false},
		// Round 6, measured once with the rule frozen (commit 3772951):
		// false merges 3/46 = 6.5%, missed merges 6/42 = 14.3% (12 pairs
		// uncoded); then tuning.
		{"testdata/dedup_text_tuning7.tsv", 80, 0.07, 0.15, false},
		// Round 7, measured once with the rule frozen (commit 696b657 and
		// the coder then in the working tree): false merges 4/52 = 7.7%,
		// missed merges 13/43 = 30.2% (16 pairs uncoded). With the round-9
		// rule (tuning on it and on round 8's file) and the coders of
		// commit a397c62 and of the working tree after it: false 1/54,
		// missed 5/46 or 5/47. Ratchet: each rate rounded up, plus 5 points.
		{"testdata/dedup_text_heldout.tsv", 85, 0.07, 0.16, true},
		// Round 8, measured once with round 7's rule and the coder of
		// commit a2511d6, unchanged: false merges 6/50 = 12.0%, missed
		// merges 8/40 = 20.0% (10 pairs uncoded). With the round-9 rule:
		// false 3/50, missed 7/40 (coder of a397c62) or 5/41 (a later
		// one). Ratchet: each rate rounded up to a whole percent, plus 5
		// points.
		{"testdata/dedup_text_heldout8.tsv", 85, 0.11, 0.23, true},
		// Round 9, measured once with the rule of commit 0382e3e and the
		// coder of commit a7ab1e0: false merges 1/42 = 2.4%, missed
		// merges 8/42 = 19.0% (16 pairs uncoded). Ratchet: each rate
		// rounded up to a whole percent, plus 5 points.
		{"testdata/dedup_text_heldout9.tsv", 80, 0.08, 0.24, true},
		// Round 10, measured once with round 9's rule and the coder of
		// commit f746ff7: false merges 5/45 = 11.1%, missed merges 7/42
		// = 16.7% (13 pairs uncoded). Ratchet: each rate rounded up to a
		// whole percent, plus 5 points.
		{"testdata/dedup_text_heldout10.tsv", 80, 0.17, 0.22, true},
		// Rounds 11 and 12, each measured once with the rule and coder of
		// commit cedc106: false merges 3/46 = 6.5% and 3/45 = 6.7%,
		// missed merges 14/46 = 30.4% and 10/46 = 21.7% (8 and 9 pairs
		// uncoded). Ratchet: each rate rounded up to a whole percent,
		// plus 5 points.
		{"testdata/dedup_text_heldout11.tsv", 80, 0.12, 0.36, true},
		{"testdata/dedup_text_heldout12.tsv", 80, 0.12, 0.27, true},
		// Rounds 13 and 14, each measured once with the rule and coder of
		// commit 484e307 (tuned on rounds 11 and 12): false merges 0/43 =
		// 0.0% and 2/41 = 4.9%, missed merges 10/44 = 22.7% and 15/43 =
		// 34.9% (13 and 16 pairs uncoded). Ratchet: each rate rounded up
		// to a whole percent, plus 5 points.
		{"testdata/dedup_text_heldout13.tsv", 75, 0.05, 0.28, true},
		{"testdata/dedup_text_heldout14.tsv", 75, 0.10, 0.40, true},
		// Rounds 15 and 16, each measured once with the rule and coder of
		// commit 4f7a452 (tuned on rounds 11 to 14): false merges 1/43 =
		// 2.3% and 1/45 = 2.2%, missed merges 9/42 = 21.4% and 9/40 =
		// 22.5% (15 pairs uncoded each). Ratchet: each rate rounded up to
		// a whole percent, plus 5 points.
		{"testdata/dedup_text_heldout15.tsv", 75, 0.08, 0.27, true},
		{"testdata/dedup_text_heldout16.tsv", 75, 0.08, 0.28, true},
		// Rounds 17 and 18, each measured once with the rule and coder of
		// commit ab72c38 (tuned on rounds 11 to 16): false merges 0/46
		// and 0/44, missed merges 15/44 = 34.1% and 13/47 = 27.7% (10 and
		// 9 pairs uncoded). Ratchet: each rate rounded up to a whole
		// percent, plus 5 points.
		{"testdata/dedup_text_heldout17.tsv", 75, 0.05, 0.40, true},
		{"testdata/dedup_text_heldout18.tsv", 75, 0.05, 0.33, true},
		// Rounds 19 and 20, each measured once with the rule and coder of
		// commit 55fc26f (tuned on rounds 11 to 18): false merges 1/45 =
		// 2.2% each, missed merges 6/47 = 12.8% and 10/44 = 22.7% (8 and
		// 11 pairs uncoded). Ratchet: each rate rounded up to a whole
		// percent, plus 5 points.
		{"testdata/dedup_text_heldout19.tsv", 75, 0.08, 0.18, true},
		{"testdata/dedup_text_heldout20.tsv", 75, 0.08, 0.28, true},
		// Rounds 21 and 22, each measured with the rule and coder of
		// commit 8661c61 (tuned on rounds 11 to 20): false merges 1/46 =
		// 2.2% and 3/45 = 6.7%, missed merges 14/42 = 33.3% and 11/46 =
		// 23.9% (12 and 9 pairs uncoded). Round 21's first run stopped at
		// its sixth pair on a parser panic (commit 980be17 fixes it; no
		// rule change) and was run again. Ratchet: each rate rounded up
		// to a whole percent, plus 5 points.
		{"testdata/dedup_text_heldout21.tsv", 75, 0.08, 0.39, true},
		{"testdata/dedup_text_heldout22.tsv", 75, 0.12, 0.29, true},
		// Rounds 23 and 24, each measured once with the rule and coder of
		// commit 95bd031 (tuned on rounds 11 to 22): false merges 2/46 =
		// 4.3% and 0/42, missed merges 9/48 = 18.8% and 10/48 = 20.8% (6
		// and 10 pairs uncoded). Ratchet: each rate rounded up to a whole
		// percent, plus 5 points.
		{"testdata/dedup_text_heldout23.tsv", 75, 0.10, 0.24, true},
		{"testdata/dedup_text_heldout24.tsv", 75, 0.05, 0.26, true},
		// Rounds 25 and 26, each measured once with the rule and coder of
		// commit 3ac071e (tuned on rounds 11 to 24): false merges 3/48 =
		// 6.2% and 3/46 = 6.5%, missed merges 7/43 = 16.3% and 1/43 =
		// 2.3% (9 and 11 pairs uncoded). Ratchet: each rate rounded up
		// to a whole percent, plus 5 points.
		{"testdata/dedup_text_heldout25.tsv", 75, 0.12, 0.22, true},
		{"testdata/dedup_text_heldout26.tsv", 75, 0.12, 0.08, true},
		// Rounds 27 and 28, each measured once with the rule and coder of
		// commit 08cdd6b (tuned on rounds 11 to 26): false merges 1/50 =
		// 2.0% and 2/46 = 4.3%, missed merges 7/48 = 14.6% and 6/48 =
		// 12.5% (2 and 6 pairs uncoded). Ratchet: each rate rounded up
		// to a whole percent, plus 5 points.
		{"testdata/dedup_text_heldout27.tsv", 75, 0.08, 0.20, true},
		{"testdata/dedup_text_heldout28.tsv", 75, 0.10, 0.18, true},
		// Rounds 29 and 30, each measured once with the rule and coder of
		// commit ea184c5 (tuned on rounds 11 to 28): false merges 2/47 =
		// 4.3% and 1/47 = 2.1%, missed merges 7/42 = 16.7% and 7/46 =
		// 15.2% (11 and 7 pairs uncoded). Ratchet: each rate rounded up
		// to a whole percent, plus 5 points.
		{"testdata/dedup_text_heldout29.tsv", 75, 0.10, 0.22, true},
		{"testdata/dedup_text_heldout30.tsv", 75, 0.08, 0.21, true},
		// Rounds 31 and 32, each measured once with the rule and coder of
		// commit 53a4cdc (tuned on rounds 11 to 30): false merges 0/45 and
		// 0/49, missed merges 8/44 = 18.2% and 7/48 = 14.6% (11 and 3
		// pairs uncoded). Ratchet: each rate rounded up to a whole
		// percent, plus 5 points.
		{"testdata/dedup_text_heldout31.tsv", 75, 0.05, 0.24, true},
		{"testdata/dedup_text_heldout32.tsv", 75, 0.05, 0.20, true},
		// Rounds 33 and 34, each measured once with the rule and coder of
		// commit c0a43b8 (tuned on rounds 11 to 32): false merges 0/47 and
		// 1/50 = 2.0%, missed merges 6/45 = 13.3% and 6/38 = 15.8% (8 and
		// 12 pairs uncoded). Ratchet: each rate rounded up to a whole
		// percent, plus 5 points.
		{"testdata/dedup_text_heldout33.tsv", 75, 0.05, 0.19, true},
		{"testdata/dedup_text_heldout34.tsv", 75, 0.07, 0.21, true},
		// Rounds 35 and 36, each measured once with the rule and coder of
		// commit 80fd5b5 (run at 2a18bd1, which changes tests only; tuned
		// on rounds 11 to 34): false merges 2/48 = 4.2% and 2/48 = 4.2%,
		// missed merges 4/44 = 9.1% and 17/46 = 37.0% (8 and 6 pairs
		// uncoded). Ratchet: each rate rounded up to a whole percent,
		// plus 5 points.
		{"testdata/dedup_text_heldout35.tsv", 75, 0.10, 0.15, true},
		{"testdata/dedup_text_heldout36.tsv", 75, 0.10, 0.42, true},
		// Rounds 37 and 38, each measured once with the rule and coder of
		// commit 7c7f7de (tuned on rounds 11 to 36): false merges 1/43 =
		// 2.3% and 2/45 = 4.4%, missed merges 5/49 = 10.2% and 4/36 =
		// 11.1% (8 and 19 pairs uncoded). Ratchet: each rate rounded up
		// to a whole percent, plus 5 points.
		{"testdata/dedup_text_heldout37.tsv", 75, 0.08, 0.16, true},
		{"testdata/dedup_text_heldout38.tsv", 75, 0.10, 0.17, true},
		// Rounds 39 and 40, each measured once with the rule and coder of
		// commit 61916b3 (tuned on rounds 11 to 38): false merges 1/47 =
		// 2.1% and 0/44, missed merges 7/47 = 14.9% and 11/47 = 23.4% (6
		// and 9 pairs uncoded). Ratchet: each rate rounded up to a whole
		// percent, plus 5 points.
		{"testdata/dedup_text_heldout39.tsv", 75, 0.08, 0.20, true},
		{"testdata/dedup_text_heldout40.tsv", 75, 0.05, 0.29, true},
		// Rounds 41 and 42, each measured once with the rule and coder of
		// commit b9b8245 (tuned on rounds 11 to 40): false merges 2/48 =
		// 4.2% and 2/48 = 4.2%, missed merges 8/49 = 16.3% and 9/45 =
		// 20.0% (3 and 7 pairs uncoded). Ratchet: each rate rounded up to
		// a whole percent, plus 5 points.
		{"testdata/dedup_text_heldout41.tsv", 75, 0.10, 0.22, true},
		{"testdata/dedup_text_heldout42.tsv", 75, 0.10, 0.25, true},
		// Rounds 43 and 44, each measured once with the rule and coder of
		// commit 0882a7a (tuned on rounds 11 to 42): false merges 1/42 =
		// 2.4% and 3/45 = 6.7%, missed merges 4/44 = 9.1% and 9/49 = 18.4%
		// (14 and 6 pairs uncoded). Ratchet: each rate rounded up to a
		// whole percent, plus 5 points.
		{"testdata/dedup_text_heldout43.tsv", 75, 0.08, 0.15, true},
		{"testdata/dedup_text_heldout44.tsv", 75, 0.12, 0.24, true},
		// Rounds 45 and 46, each measured once with the rule and coder of
		// commit 028c370 (tuned on rounds 11 to 44): false merges 1/49 =
		// 2.0% and 4/44 = 9.1%, missed merges 6/45 = 13.3% and 7/42 =
		// 16.7% (6 and 14 pairs uncoded). Ratchet: each rate rounded up
		// to a whole percent, plus 5 points.
		{"testdata/dedup_text_heldout45.tsv", 75, 0.07, 0.19, true},
		{"testdata/dedup_text_heldout46.tsv", 75, 0.15, 0.22, true},
		// Rounds 47 and 48, each measured once with the rule and coder of
		// commit ae79d2d (tuned on rounds 11 to 46): false merges 1/48 =
		// 2.1% and 1/47 = 2.1%, missed merges 8/37 = 21.6% and 5/43 =
		// 11.6% (15 and 10 pairs uncoded). Ratchet: each rate rounded up
		// to a whole percent, plus 5 points.
		{"testdata/dedup_text_heldout47.tsv", 75, 0.08, 0.27, true},
		{"testdata/dedup_text_heldout48.tsv", 75, 0.08, 0.17, true},
		// Rounds 49 and 50, each measured once with the rule and coder of
		// commit eb2c41a (tuned on rounds 11 to 48): false merges 1/44 =
		// 2.3% and 0/47, missed merges 5/38 = 13.2% and 5/39 = 12.8% (18
		// and 14 pairs uncoded). Ratchet: each rate rounded up to a whole
		// percent, plus 5 points.
		{"testdata/dedup_text_heldout49.tsv", 75, 0.08, 0.19, true},
		{"testdata/dedup_text_heldout50.tsv", 75, 0.05, 0.18, true},
		// Rounds 51 and 52, each measured once with the rule and coder of
		// commit eb2c41a (run at eacd2ad, which changes tests and moves a
		// loop of the parser's repairs into a function; tuned on rounds 11
		// to 48): false merges 1/46 = 2.2% and 2/47 = 4.3%, missed merges
		// 3/43 = 7.0% and 4/48 = 8.3% (11 and 5 pairs uncoded). Ratchet:
		// each rate rounded up to a whole percent, plus 5 points.
		{"testdata/dedup_text_heldout51.tsv", 75, 0.08, 0.12, true},
		{"testdata/dedup_text_heldout52.tsv", 75, 0.10, 0.14, true},
		// Rounds 53 to 56, each measured once with the rule and coder of
		// commit c89af11 (tuned on rounds 11 to 52): false merges 1/48 =
		// 2.1%, 0/43, 2/47 = 4.3% and 0/48; missed merges 7/43 = 16.3%,
		// 4/41 = 9.8%, 6/44 = 13.6% and 7/47 = 14.9% (9, 16, 9 and 5
		// pairs uncoded). Ratchet: each rate rounded up to a whole
		// percent, plus 5 points.
		{"testdata/dedup_text_heldout53.tsv", 75, 0.08, 0.22, true},
		{"testdata/dedup_text_heldout54.tsv", 75, 0.05, 0.15, true},
		{"testdata/dedup_text_heldout55.tsv", 75, 0.10, 0.19, true},
		{"testdata/dedup_text_heldout56.tsv", 75, 0.05, 0.20, true},
		// Rounds 57 to 60, each measured once with the rule and coder of
		// commit ce807c6 (tuned on rounds 11 to 56): false merges 0/46,
		// 0/44, 1/46 = 2.2% and 5/42 = 11.9%; missed merges 9/44 = 20.5%,
		// 4/45 = 8.9%, 5/49 = 10.2% and 9/45 = 20.0% (10, 11, 5 and 13
		// pairs uncoded). Ratchet: each rate rounded up to a whole
		// percent, plus 5 points.
		{"testdata/dedup_text_heldout57.tsv", 75, 0.05, 0.26, true},
		{"testdata/dedup_text_heldout58.tsv", 75, 0.05, 0.14, true},
		{"testdata/dedup_text_heldout59.tsv", 75, 0.08, 0.16, true},
		{"testdata/dedup_text_heldout60.tsv", 75, 0.17, 0.25, true},
		// Rounds 61 to 64, each measured once with the rule and coder of
		// commit 76cc7d8 (tuned on rounds 11 to 60): false merges 0/49,
		// 0/50, 1/47 = 2.1% and 1/47 = 2.1%, missed merges 6/44 = 13.6%,
		// 13/44 = 29.5%, 5/46 = 10.9% and 1/44 = 2.3% (7, 6, 7 and 9
		// pairs uncoded). Ratchet: each rate rounded up to a whole
		// percent, plus 5 points.
		{"testdata/dedup_text_heldout61.tsv", 75, 0.05, 0.19, true},
		{"testdata/dedup_text_heldout62.tsv", 75, 0.05, 0.35, true},
		{"testdata/dedup_text_heldout63.tsv", 75, 0.08, 0.16, true},
		{"testdata/dedup_text_heldout64.tsv", 75, 0.08, 0.08, true},
		// Rounds 65 to 68, each measured once with the rule and coder of
		// commit 526025f (tuned on rounds 11 to 64): false merges 1/49 =
		// 2.0%, 0/45, 2/46 = 4.3% and 0/49, missed merges 5/44 = 11.4%,
		// 1/41 = 2.4%, 4/49 = 8.2% and 6/47 = 12.8% (7, 14, 5 and 4
		// pairs uncoded). Ratchet: each rate rounded up to a whole
		// percent, plus 5 points.
		{"testdata/dedup_text_heldout65.tsv", 75, 0.07, 0.17, true},
		{"testdata/dedup_text_heldout66.tsv", 75, 0.05, 0.08, true},
		{"testdata/dedup_text_heldout67.tsv", 75, 0.10, 0.14, true},
		{"testdata/dedup_text_heldout68.tsv", 75, 0.05, 0.18, true},
		// Rounds 69 to 72, each measured once with the rule and coder of
		// commit e24e4e7 (tuned on rounds 11 to 68): false merges 1/46 =
		// 2.2%, 1/46 = 2.2%, 2/49 = 4.1% and 1/48 = 2.1%, missed merges
		// 3/45 = 6.7%, 6/42 = 14.3%, 5/49 = 10.2% and 9/49 = 18.4% (9,
		// 12, 2 and 3 pairs uncoded). Ratchet: each rate rounded up to a
		// whole percent, plus 5 points.
		{"testdata/dedup_text_heldout69.tsv", 75, 0.08, 0.12, true},
		{"testdata/dedup_text_heldout70.tsv", 75, 0.08, 0.20, true},
		{"testdata/dedup_text_heldout71.tsv", 75, 0.10, 0.16, true},
		{"testdata/dedup_text_heldout72.tsv", 75, 0.08, 0.24, true},
		// Rounds 73 to 76, each measured once with the rule and coder of
		// commit 6555598 (tuned on rounds 11 to 72): false merges 3/49 =
		// 6.1%, 3/48 = 6.2%, 0/48 and 1/45 = 2.2%, missed merges 5/47 =
		// 10.6%, 4/45 = 8.9%, 5/44 = 11.4% and 4/45 = 8.9% (4, 7, 8 and
		// 10 pairs uncoded). Ratchet: each rate rounded up to a whole
		// percent, plus 5 points.
		{"testdata/dedup_text_heldout73.tsv", 75, 0.12, 0.16, true},
		{"testdata/dedup_text_heldout74.tsv", 75, 0.12, 0.14, true},
		{"testdata/dedup_text_heldout75.tsv", 75, 0.05, 0.17, true},
		{"testdata/dedup_text_heldout76.tsv", 75, 0.08, 0.14, true},
		// Rounds 77 to 80, each measured once with the rule and coder of
		// commit 35cb586 (tuned on rounds 11 to 76): false merges 0/46,
		// 1/45 = 2.2%, 1/48 = 2.1% and 0/48, missed merges 3/47 = 6.4%,
		// 4/46 = 8.7%, 4/46 = 8.7% and 7/47 = 14.9% (7, 9, 6 and 5
		// pairs uncoded). Ratchet: each rate rounded up to a whole
		// percent, plus 5 points.
		{"testdata/dedup_text_heldout77.tsv", 75, 0.05, 0.12, true},
		{"testdata/dedup_text_heldout78.tsv", 75, 0.08, 0.14, true},
		{"testdata/dedup_text_heldout79.tsv", 75, 0.08, 0.14, true},
		{"testdata/dedup_text_heldout80.tsv", 75, 0.05, 0.20, true},
		// Rounds 81 to 84, each measured once with the rule and coder of
		// commit 86dfb4a (tuned on rounds 11 to 80): false merges 0/47,
		// 3/48 = 6.2%, 0/50 and 0/48, missed merges 1/44 = 2.3%, 4/48 =
		// 8.3%, 2/43 = 4.7% and 6/45 = 13.3% (9, 4, 7 and 7 pairs
		// uncoded). Ratchet: each rate rounded up to a whole percent,
		// plus 5 points.
		{"testdata/dedup_text_heldout81.tsv", 75, 0.05, 0.08, true},
		{"testdata/dedup_text_heldout82.tsv", 75, 0.12, 0.14, true},
		{"testdata/dedup_text_heldout83.tsv", 75, 0.05, 0.10, true},
		{"testdata/dedup_text_heldout84.tsv", 75, 0.05, 0.19, true},
		// Rounds 85 to 88, each measured once with the rule and coder of
		// commit fb271ff (tuned on rounds 11 to 84): false merges 0/49,
		// 2/43 = 4.7%, 1/47 = 2.1% and 2/48 = 4.2%, missed merges 4/47
		// = 8.5%, 4/40 = 10.0%, 6/41 = 14.6% and 3/45 = 6.7% (4, 17, 12
		// and 7 pairs uncoded). Ratchet: each rate rounded up to a whole
		// percent, plus 5 points.
		{"testdata/dedup_text_heldout85.tsv", 75, 0.05, 0.14, true},
		{"testdata/dedup_text_heldout86.tsv", 75, 0.10, 0.15, true},
		{"testdata/dedup_text_heldout87.tsv", 75, 0.08, 0.20, true},
		{"testdata/dedup_text_heldout88.tsv", 75, 0.10, 0.12, true},
		// Rounds 89 to 92, each measured once with the rule and coder of
		// commit fb271ff (run at f4eaeea, which changes no result):
		// false merges 0/47, 0/49, 3/45 = 6.7% and 0/49, missed merges
		// 8/41 = 19.5%, 2/44 = 4.5%, 5/44 = 11.4% and 5/47 = 10.6% (12,
		// 7, 11 and 4 pairs uncoded). Ratchet: each rate rounded up to a
		// whole percent, plus 5 points.
		{"testdata/dedup_text_heldout89.tsv", 75, 0.05, 0.25, true},
		{"testdata/dedup_text_heldout90.tsv", 75, 0.05, 0.10, true},
		{"testdata/dedup_text_heldout91.tsv", 75, 0.12, 0.17, true},
		{"testdata/dedup_text_heldout92.tsv", 75, 0.05, 0.16, true},
		// Rounds 93 to 96, each measured once with the rule and coder of
		// commit ba32d70 (tuned on rounds 11 to 92): false merges 1/49 =
		// 2.0%, 2/46 = 4.3%, 1/49 = 2.0% and 1/47 = 2.1%, missed merges
		// 4/43 = 9.3%, 6/47 = 12.8%, 1/45 = 2.2% and 4/44 = 9.1% (8, 7,
		// 6 and 9 pairs uncoded). Ratchet: each rate rounded up to a
		// whole percent, plus 5 points.
		{"testdata/dedup_text_heldout93.tsv", 75, 0.07, 0.15, true},
		{"testdata/dedup_text_heldout94.tsv", 75, 0.10, 0.18, true},
		{"testdata/dedup_text_heldout95.tsv", 75, 0.07, 0.08, true},
		{"testdata/dedup_text_heldout96.tsv", 75, 0.08, 0.15, true},
		// Rounds 97 to 100, each measured once with the rule and coder
		// of commit bb0ef79 (tuned on rounds 11 to 96): false merges
		// 1/47 = 2.1%, 0/49, 2/49 = 4.1% and 2/47 = 4.3%, missed merges
		// 4/48 = 8.3%, 5/44 = 11.4%, 6/45 = 13.3% and 5/45 = 11.1% (5,
		// 7, 6 and 8 pairs uncoded). Ratchet: each rate rounded up to a
		// whole percent, plus 5 points.
		{"testdata/dedup_text_heldout97.tsv", 75, 0.08, 0.14, true},
		{"testdata/dedup_text_heldout98.tsv", 75, 0.05, 0.17, true},
		{"testdata/dedup_text_heldout99.tsv", 75, 0.10, 0.19, true},
		{"testdata/dedup_text_heldout100.tsv", 75, 0.10, 0.17, true},
		// Rounds 101 to 104, each measured once with the rule and coder
		// of commit 40be991 (tuned on rounds 11 to 100): false merges
		// 0/49, 2/49 = 4.1%, 2/43 = 4.7% and 1/46 = 2.2%, missed merges
		// 1/44 = 2.3%, 3/45 = 6.7%, 9/43 = 20.9% and 6/46 = 13.0% (7, 6,
		// 14 and 8 pairs uncoded). Ratchet: each rate rounded up to a
		// whole percent, plus 5 points.
		{"testdata/dedup_text_heldout101.tsv", 75, 0.05, 0.08, true},
		{"testdata/dedup_text_heldout102.tsv", 75, 0.10, 0.12, true},
		{"testdata/dedup_text_heldout103.tsv", 75, 0.10, 0.26, true},
		{"testdata/dedup_text_heldout104.tsv", 75, 0.08, 0.18, true},
		// Rounds 105 to 108, each measured once with the rule and coder
		// of commit f4b9aa8 (tuned on rounds 11 to 104): false merges
		// 0/45, 1/47 = 2.1%, 0/49 and 2/44 = 4.5%, missed merges 5/45 =
		// 11.1%, 4/47 = 8.5%, 5/47 = 10.6% and 12/44 = 27.3% (10, 6, 4
		// and 12 pairs uncoded). Ratchet: each rate rounded up to a
		// whole percent, plus 5 points.
		{"testdata/dedup_text_heldout105.tsv", 75, 0.05, 0.17, true},
		{"testdata/dedup_text_heldout106.tsv", 75, 0.08, 0.14, true},
		{"testdata/dedup_text_heldout107.tsv", 75, 0.05, 0.16, true},
		{"testdata/dedup_text_heldout108.tsv", 75, 0.10, 0.33, true},
		// Rounds 109 to 112, each measured once with the rule and coder
		// of commit 4c837ad (tuned on rounds 11 to 108): false merges
		// 0/44, 0/46, 2/48 = 4.2% and 5/50 = 10.0%, missed merges 6/41
		// = 14.6%, 6/42 = 14.3%, 6/45 = 13.3% and 7/46 = 15.2% (15, 12,
		// 7 and 4 pairs uncoded). Ratchet: each rate rounded up to a
		// whole percent, plus 5 points.
		{"testdata/dedup_text_heldout109.tsv", 75, 0.05, 0.20, true},
		{"testdata/dedup_text_heldout110.tsv", 75, 0.05, 0.20, true},
		{"testdata/dedup_text_heldout111.tsv", 75, 0.10, 0.19, true},
		{"testdata/dedup_text_heldout112.tsv", 75, 0.15, 0.21, true},
		// Rounds 113 to 116, each measured once with the rule and coder
		// of commit 56350c2 (tuned on rounds 11 to 112): false merges
		// 0/48, 1/45 = 2.2%, 2/48 = 4.2% and 1/46 = 2.2%, missed merges
		// 0/44, 6/42 = 14.3%, 4/43 = 9.3% and 2/45 = 4.4% (8, 13, 9 and
		// 9 pairs uncoded). Ratchet: each rate rounded up to a whole
		// percent, plus 5 points.
		{"testdata/dedup_text_heldout113.tsv", 75, 0.05, 0.05, true},
		{"testdata/dedup_text_heldout114.tsv", 75, 0.08, 0.20, true},
		{"testdata/dedup_text_heldout115.tsv", 75, 0.10, 0.15, true},
		{"testdata/dedup_text_heldout116.tsv", 75, 0.08, 0.10, true},
		// Rounds 117 to 120, each measured once at commit 747829c (the
		// rule and coder of 56350c2, with a refactor that changes no
		// result): false merges 1/48 = 2.1%, 0/47, 2/47 = 4.3% and
		// 0/47, missed merges 5/45 = 11.1%, 4/45 = 8.9%, 5/44 = 11.4%
		// and 7/40 = 17.5% (7, 8, 9 and 13 pairs uncoded). Ratchet: each
		// rate rounded up to a whole percent, plus 5 points.
		{"testdata/dedup_text_heldout117.tsv", 75, 0.08, 0.17, true},
		{"testdata/dedup_text_heldout118.tsv", 75, 0.05, 0.14, true},
		{"testdata/dedup_text_heldout119.tsv", 75, 0.10, 0.17, true},
		{"testdata/dedup_text_heldout120.tsv", 75, 0.05, 0.23, true},
		// Rounds 121 to 124, each measured once at commit 1f921f5
		// (tuned on rounds 11 to 120): false merges 1/46 = 2.2%, 0/45,
		// 2/47 = 4.3% and 2/46 = 4.3%, missed merges 3/43 = 7.0%, 6/46
		// = 13.0%, 4/43 = 9.3% and 13/42 = 31.0% (11, 9, 10 and 12
		// pairs uncoded). Ratchet: each rate rounded up to a whole
		// percent, plus 5 points.
		{"testdata/dedup_text_heldout121.tsv", 75, 0.08, 0.12, true},
		{"testdata/dedup_text_heldout122.tsv", 75, 0.05, 0.18, true},
		{"testdata/dedup_text_heldout123.tsv", 75, 0.10, 0.15, true},
		{"testdata/dedup_text_heldout124.tsv", 75, 0.10, 0.36, true},
		// Rounds 125 to 128, each measured once at commit 6018c2a
		// (tuned on rounds 11 to 124): false merges 0/43, 1/48 = 2.1%,
		// 2/49 = 4.1% and 1/47 = 2.1%, missed merges 7/44 = 15.9%, 5/46
		// = 10.9%, 11/45 = 24.4% and 3/43 = 7.0% (13, 6, 6 and 10 pairs
		// uncoded). Ratchet: each rate rounded up to a whole percent,
		// plus 5 points.
		{"testdata/dedup_text_heldout125.tsv", 75, 0.05, 0.21, true},
		{"testdata/dedup_text_heldout126.tsv", 75, 0.08, 0.16, true},
		{"testdata/dedup_text_heldout127.tsv", 75, 0.10, 0.30, true},
		{"testdata/dedup_text_heldout128.tsv", 75, 0.08, 0.12, true},
		// Rounds 129 to 132, each measured once at commit 05be942
		// (tuned on rounds 11 to 128): false merges 1/48 = 2.1%, 0/46,
		// 2/48 = 4.2% and 0/47, missed merges 1/45 = 2.2%, 5/47 =
		// 10.6%, 2/44 = 4.5% and 3/45 = 6.7% (7, 7, 8 and 8 pairs
		// uncoded). Ratchet: each rate rounded up to a whole percent,
		// plus 5 points.
		{"testdata/dedup_text_heldout129.tsv", 75, 0.08, 0.08, true},
		{"testdata/dedup_text_heldout130.tsv", 75, 0.05, 0.16, true},
		{"testdata/dedup_text_heldout131.tsv", 75, 0.10, 0.10, true},
		{"testdata/dedup_text_heldout132.tsv", 75, 0.05, 0.12, true},
		// Rounds 133 to 136, each measured once at commit 18fe6d7
		// (tuned on rounds 11 to 132): false merges 1/48 = 2.1%, 0/46,
		// 0/46 and 2/43 = 4.7%, missed merges 5/46 = 10.9%, 7/40 =
		// 17.5%, 5/43 = 11.6% and 3/45 = 6.7% (6, 14, 11 and 12 pairs
		// uncoded). Ratchet: each rate rounded up to a whole percent,
		// plus 5 points.
		{"testdata/dedup_text_heldout133.tsv", 75, 0.08, 0.16, true},
		{"testdata/dedup_text_heldout134.tsv", 75, 0.05, 0.23, true},
		{"testdata/dedup_text_heldout135.tsv", 75, 0.05, 0.17, true},
		{"testdata/dedup_text_heldout136.tsv", 75, 0.10, 0.12, true},
		// Rounds 137 to 140, each measured once at commit 04e4734
		// (tuned on rounds 11 to 136): false merges 1/45 = 2.2%, 0/46,
		// 3/44 = 6.8% and 3/45 = 6.7%, missed merges 7/46 = 15.2%, 5/45
		// = 11.1%, 7/41 = 17.1% and 6/41 = 14.6% (9, 9, 15 and 14 pairs
		// uncoded). Ratchet: each rate rounded up to a whole percent,
		// plus 5 points.
		{"testdata/dedup_text_heldout137.tsv", 75, 0.08, 0.21, true},
		{"testdata/dedup_text_heldout138.tsv", 75, 0.05, 0.17, true},
		{"testdata/dedup_text_heldout139.tsv", 75, 0.12, 0.23, true},
		{"testdata/dedup_text_heldout140.tsv", 75, 0.12, 0.20, true},
		// Rounds 141 to 144, each measured once at commit d5c5e2b
		// (tuned on rounds 11 to 140): false merges 0/38, 0/48, 0/49
		// and 0/42, missed merges 8/46 = 17.4%, 6/44 = 13.6%, 1/46 =
		// 2.2% and 4/43 = 9.3% (16, 8, 5 and 15 pairs uncoded).
		// Ratchet: each rate rounded up to a whole percent, plus 5
		// points.
		{"testdata/dedup_text_heldout141.tsv", 75, 0.05, 0.23, true},
		{"testdata/dedup_text_heldout142.tsv", 75, 0.05, 0.19, true},
		{"testdata/dedup_text_heldout143.tsv", 75, 0.05, 0.08, true},
		{"testdata/dedup_text_heldout144.tsv", 75, 0.05, 0.15, true},
		// Rounds 145 to 148, each measured once at commit 95f1131
		// (tuned on rounds 11 to 144): false merges 3/49 = 6.1%, 1/47 =
		// 2.1%, 1/45 = 2.2% and 6/46 = 13.0%, missed merges 2/44 =
		// 4.5%, 2/42 = 4.8%, 8/44 = 18.2% and 6/43 = 14.0% (7, 11, 11
		// and 11 pairs uncoded). Five of the eleven false merges are of
		// two sources or two targets of one act whose sentences tell
		// the same background event (a bishop jailed, citizens sent
		// home), which the two reports share. Ratchet: each rate
		// rounded up to a whole percent, plus 5 points.
		{"testdata/dedup_text_heldout145.tsv", 75, 0.12, 0.10, true},
		{"testdata/dedup_text_heldout146.tsv", 75, 0.08, 0.10, true},
		{"testdata/dedup_text_heldout147.tsv", 75, 0.08, 0.24, true},
		{"testdata/dedup_text_heldout148.tsv", 75, 0.18, 0.19, true},
		// Rounds 149 to 152, each measured once at commit 88d94a5
		// (tuned on rounds 11 to 148): false merges 0/45, 1/43 = 2.3%,
		// 1/48 = 2.1% and 1/42 = 2.4%, missed merges 2/41 = 4.9%, 4/40
		// = 10.0%, 8/45 = 17.8% and 5/41 = 12.2% (14, 17, 7 and 17
		// pairs uncoded). Ratchet: each rate rounded up to a whole
		// percent, plus 5 points.
		{"testdata/dedup_text_heldout149.tsv", 75, 0.05, 0.10, true},
		{"testdata/dedup_text_heldout150.tsv", 75, 0.08, 0.15, true},
		{"testdata/dedup_text_heldout151.tsv", 75, 0.08, 0.23, true},
		{"testdata/dedup_text_heldout152.tsv", 75, 0.08, 0.18, true},
		// Rounds 153 to 156, each measured once at commit 193a29d
		// (tuned on rounds 11 to 152): false merges 0/45, 2/42 = 4.8%,
		// 1/45 = 2.2% and 1/47 = 2.1%, missed merges 7/44 = 15.9%, 3/47
		// = 6.4%, 9/47 = 19.1% and 5/46 = 10.9% (11, 11, 8 and 7 pairs
		// uncoded). Ratchet: each rate rounded up to a whole percent,
		// plus 5 points.
		{"testdata/dedup_text_heldout153.tsv", 75, 0.05, 0.21, true},
		{"testdata/dedup_text_heldout154.tsv", 75, 0.10, 0.12, true},
		{"testdata/dedup_text_heldout155.tsv", 75, 0.08, 0.25, true},
		{"testdata/dedup_text_heldout156.tsv", 75, 0.08, 0.16, true},
		// Rounds 157 to 160, each measured once at commit 2e983e0 (the
		// rule and coder of 193a29d, after two refactors that change no
		// result): false merges 0/46, 1/48 = 2.1%, 1/48 = 2.1% and 0/44,
		// missed merges 5/45 = 11.1%, 5/46 = 10.9%, 11/46 = 23.9% and
		// 7/43 = 16.3% (9, 6, 6 and 13 pairs uncoded). Ratchet: each
		// rate rounded up to a whole percent, plus 5 points.
		{"testdata/dedup_text_heldout157.tsv", 75, 0.05, 0.17, true},
		{"testdata/dedup_text_heldout158.tsv", 75, 0.08, 0.16, true},
		{"testdata/dedup_text_heldout159.tsv", 75, 0.08, 0.29, true},
		{"testdata/dedup_text_heldout160.tsv", 75, 0.05, 0.22, true},
		// Rounds 161 to 164, each measured once at commit 4a48ef2 (session
		// 12's final rule and coder): false merges 1/45 = 2.2%, 2/44 =
		// 4.5%, 1/50 = 2.0% and 2/48 = 4.2%, missed merges 7/40 = 17.5%,
		// 7/37 = 18.9%, 11/40 = 27.5% and 7/42 = 16.7% (15, 19, 10 and 10
		// pairs uncoded). Ratchet: each rate rounded up to a whole
		// percent, plus 5 points.
		{"testdata/dedup_text_heldout161.tsv", 75, 0.08, 0.23, true},
		{"testdata/dedup_text_heldout162.tsv", 75, 0.10, 0.24, true},
		{"testdata/dedup_text_heldout163.tsv", 75, 0.07, 0.33, true},
		{"testdata/dedup_text_heldout164.tsv", 75, 0.10, 0.22, true},
		// Rounds 165 to 168, each measured once at commit d530625 (tuned
		// on rounds 161 to 164): false merges 0/40, 2/49 = 4.1%, 3/40 =
		// 7.5% and 0/43, missed merges 13/39 = 33.3%, 10/43 = 23.3%,
		// 10/42 = 23.8% and 12/40 = 30.0% (21, 8, 18 and 17 pairs
		// uncoded). Ratchet: each rate rounded up to a whole percent, plus
		// 5 points.
		{"testdata/dedup_text_heldout165.tsv", 75, 0.05, 0.39, true},
		{"testdata/dedup_text_heldout166.tsv", 75, 0.10, 0.29, true},
		{"testdata/dedup_text_heldout167.tsv", 75, 0.13, 0.29, true},
		{"testdata/dedup_text_heldout168.tsv", 75, 0.05, 0.35, true},
		// Rounds 169 to 172, each measured once at commit 8b4ce90 (tuned
		// on rounds 161 to 168): false merges 5/47 = 10.6%, 2/46 = 4.3%,
		// 3/45 = 6.7% and 3/42 = 7.1%, missed merges 14/40 = 35.0%, 6/44
		// = 13.6%, 7/35 = 20.0% and 12/40 = 30.0% (13, 10, 20 and 18
		// pairs uncoded). Ratchet: each rate rounded up to a whole
		// percent, plus 5 points.
		{"testdata/dedup_text_heldout169.tsv", 75, 0.16, 0.40, true},
		{"testdata/dedup_text_heldout170.tsv", 75, 0.10, 0.19, true},
		{"testdata/dedup_text_heldout171.tsv", 75, 0.12, 0.25, true},
		{"testdata/dedup_text_heldout172.tsv", 75, 0.13, 0.35, true},
		// Rounds 173 to 180, each measured once at commit 6d1ba55 (tuned
		// on rounds 161 to 172): false merges 5/42 = 11.9%, 2/47 = 4.3%,
		// 4/45 = 8.9%, 1/44 = 2.3%, 0/49, 1/44 = 2.3%, 5/47 = 10.6% and
		// 1/39 = 2.6%, missed merges 7/40 = 17.5%, 13/41 = 31.7%, 13/43 =
		// 30.2%, 4/39 = 10.3%, 11/43 = 25.6%, 11/40 = 27.5%, 9/42 = 21.4%
		// and 5/37 = 13.5% (18, 12, 12, 17, 8, 16, 11 and 24 pairs
		// uncoded). Ratchet: each rate rounded up to a whole percent, plus
		// 5 points.
		{"testdata/dedup_text_heldout173.tsv", 75, 0.17, 0.23, true},
		{"testdata/dedup_text_heldout174.tsv", 75, 0.10, 0.37, true},
		{"testdata/dedup_text_heldout175.tsv", 75, 0.14, 0.36, true},
		{"testdata/dedup_text_heldout176.tsv", 75, 0.08, 0.16, true},
		{"testdata/dedup_text_heldout177.tsv", 75, 0.05, 0.31, true},
		{"testdata/dedup_text_heldout178.tsv", 75, 0.08, 0.33, true},
		{"testdata/dedup_text_heldout179.tsv", 75, 0.16, 0.27, true},
		{"testdata/dedup_text_heldout180.tsv", 75, 0.08, 0.19, true},
		// Rounds 181 to 188, each measured once at commit f53c5a3 (tuned
		// on rounds 161 to 180): false merges 3/48 = 6.2%, 1/45 = 2.2%,
		// 4/45 = 8.9%, 5/42 = 11.9%, 1/48 = 2.1%, 4/46 = 8.7%, 2/45 =
		// 4.4% and 3/40 = 7.5%, missed merges 15/46 = 32.6%, 10/43 =
		// 23.3%, 7/35 = 20.0%, 11/39 = 28.2%, 10/42 = 23.8%, 8/43 =
		// 18.6%, 8/39 = 20.5% and 7/36 = 19.4% (6, 12, 20, 19, 10, 11, 16
		// and 24 pairs uncoded). Ratchet: each rate rounded up to a whole
		// percent, plus 5 points.
		{"testdata/dedup_text_heldout181.tsv", 75, 0.12, 0.38, true},
		{"testdata/dedup_text_heldout182.tsv", 75, 0.08, 0.29, true},
		{"testdata/dedup_text_heldout183.tsv", 75, 0.14, 0.25, true},
		{"testdata/dedup_text_heldout184.tsv", 75, 0.17, 0.34, true},
		{"testdata/dedup_text_heldout185.tsv", 75, 0.08, 0.29, true},
		{"testdata/dedup_text_heldout186.tsv", 75, 0.14, 0.24, true},
		{"testdata/dedup_text_heldout187.tsv", 75, 0.10, 0.26, true},
		// (74 coded pairs since session 21: "A Tunisian national was
		// indicted" lost the source it took from its own subject)
		{"testdata/dedup_text_heldout188.tsv", 70, 0.13, 0.25, true},
		// Rounds 189 to 196, each measured once at commit 500564a (tuned
		// on rounds 161 to 188): false merges 2/47 = 4.3%, 2/48 = 4.2%,
		// 1/45 = 2.2%, 2/42 = 4.8%, 3/44 = 6.8%, 2/47 = 4.3%, 2/47 = 4.3%
		// and 1/44 = 2.3%, missed merges 17/40 = 42.5%, 9/42 = 21.4%,
		// 8/34 = 23.5%, 9/33 = 27.3%, 9/43 = 20.9%, 10/44 = 22.7%, 6/42 =
		// 14.3% and 8/41 = 19.5% (13, 10, 21, 25, 13, 9, 11 and 15 pairs
		// uncoded). Ratchet: each rate rounded up to a whole percent, plus
		// 5 points; round 192 coded 75 pairs, and may code 70.
		{"testdata/dedup_text_heldout189.tsv", 75, 0.10, 0.48, true},
		{"testdata/dedup_text_heldout190.tsv", 75, 0.10, 0.27, true},
		{"testdata/dedup_text_heldout191.tsv", 75, 0.08, 0.29, true},
		{"testdata/dedup_text_heldout192.tsv", 70, 0.10, 0.33, true},
		{"testdata/dedup_text_heldout193.tsv", 75, 0.12, 0.26, true},
		{"testdata/dedup_text_heldout194.tsv", 75, 0.10, 0.28, true},
		{"testdata/dedup_text_heldout195.tsv", 75, 0.10, 0.20, true},
		{"testdata/dedup_text_heldout196.tsv", 75, 0.08, 0.25, true},
		// Rounds 197 to 204, each measured once at commit 2fb16d1 (tuned
		// on rounds 161 to 196): false merges 1/42 = 2.4%, 3/42 = 7.1%,
		// 2/47 = 4.3%, 1/48 = 2.1%, 3/45 = 6.7%, 0/42, 2/48 = 4.2% and
		// 1/41 = 2.4%, missed merges 9/41 = 22.0%, 7/43 = 16.3%, 6/40 =
		// 15.0%, 10/44 = 22.7%, 7/39 = 17.9%, 6/37 = 16.2%, 9/39 = 23.1%
		// and 6/34 = 17.6% (17, 15, 13, 8, 16, 21, 13 and 25 pairs
		// uncoded). Ratchet: each rate rounded up to a whole percent, plus
		// 5 points; round 204 coded 75 pairs, and may code 70.
		{"testdata/dedup_text_heldout197.tsv", 75, 0.08, 0.27, true},
		{"testdata/dedup_text_heldout198.tsv", 75, 0.13, 0.22, true},
		{"testdata/dedup_text_heldout199.tsv", 75, 0.10, 0.20, true},
		{"testdata/dedup_text_heldout200.tsv", 75, 0.08, 0.28, true},
		{"testdata/dedup_text_heldout201.tsv", 75, 0.12, 0.23, true},
		{"testdata/dedup_text_heldout202.tsv", 75, 0.05, 0.22, true},
		{"testdata/dedup_text_heldout203.tsv", 75, 0.10, 0.29, true},
		{"testdata/dedup_text_heldout204.tsv", 70, 0.08, 0.23, true},
		// Rounds 205 to 212, each measured once at commit 1a3a904 (tuned
		// on rounds 161 to 204): false merges 0/43, 2/46 = 4.3%, 2/45 =
		// 4.4%, 3/40 = 7.5%, 4/48 = 8.3%, 1/44 = 2.3%, 1/44 = 2.3% and
		// 4/44 = 9.1%, missed merges 8/40 = 20.0%, 11/40 = 27.5%, 8/44 =
		// 18.2%, 9/38 = 23.7%, 9/44 = 20.5%, 9/39 = 23.1%, 12/35 = 34.3%
		// and 15/42 = 35.7% (17, 14, 11, 22, 8, 17, 21 and 14 pairs
		// uncoded). Ratchet: each rate rounded up to a whole percent, plus
		// 5 points.
		{"testdata/dedup_text_heldout205.tsv", 75, 0.05, 0.25, true},
		{"testdata/dedup_text_heldout206.tsv", 75, 0.10, 0.33, true},
		{"testdata/dedup_text_heldout207.tsv", 75, 0.10, 0.24, true},
		{"testdata/dedup_text_heldout208.tsv", 75, 0.13, 0.29, true},
		{"testdata/dedup_text_heldout209.tsv", 75, 0.14, 0.26, true},
		{"testdata/dedup_text_heldout210.tsv", 75, 0.08, 0.29, true},
		{"testdata/dedup_text_heldout211.tsv", 75, 0.08, 0.40, true},
		{"testdata/dedup_text_heldout212.tsv", 75, 0.15, 0.41, true},
		// Rounds 213 to 220, each measured once at commit f904689 (the
		// session's final rule and coder): false merges 1/41 = 2.4%, 0/45,
		// 1/47 = 2.1%, 1/44 = 2.3%, 4/43 = 9.3%, 0/43, 0/44 and 2/44 =
		// 4.5%, missed merges 11/35 = 31.4%, 9/43 = 20.9%, 9/43 = 20.9%,
		// 7/39 = 17.9%, 9/34 = 26.5%, 6/41 = 14.6%, 11/41 = 26.8% and
		// 10/39 = 25.6% (24, 12, 10, 17, 23, 16, 15 and 17 pairs
		// uncoded). Ratchet: each rate rounded up to a whole percent, plus
		// 5 points; rounds 213 and 217 coded 76 and 77 pairs, and may code
		// 70.
		{"testdata/dedup_text_heldout213.tsv", 70, 0.08, 0.37, true},
		{"testdata/dedup_text_heldout214.tsv", 75, 0.05, 0.26, true},
		{"testdata/dedup_text_heldout215.tsv", 75, 0.08, 0.26, true},
		{"testdata/dedup_text_heldout216.tsv", 75, 0.08, 0.23, true},
		{"testdata/dedup_text_heldout217.tsv", 70, 0.15, 0.32, true},
		{"testdata/dedup_text_heldout218.tsv", 75, 0.05, 0.20, true},
		{"testdata/dedup_text_heldout219.tsv", 75, 0.05, 0.32, true},
		{"testdata/dedup_text_heldout220.tsv", 75, 0.10, 0.31, true},
		{"testdata/dedup_text_heldout221.tsv", 75, 0.10, 0.29, true},
		{"testdata/dedup_text_heldout222.tsv", 75, 0.05, 0.36, true},
		{"testdata/dedup_text_heldout223.tsv", 75, 0.12, 0.25, true},
		{"testdata/dedup_text_heldout224.tsv", 75, 0.05, 0.39, true},
		{"testdata/dedup_text_heldout225.tsv", 75, 0.12, 0.32, true},
		{"testdata/dedup_text_heldout226.tsv", 75, 0.08, 0.15, true},
		{"testdata/dedup_text_heldout227.tsv", 75, 0.08, 0.27, true},
		{"testdata/dedup_text_heldout228.tsv", 75, 0.12, 0.18, true},
		// Rounds 229 to 232 (session 15), written by four writers who
		// saw no code, each measured once at commit 9fbea31 (the session's
		// final rule and coder): false merges 2/45 = 4.4%, 2/45 = 4.4%,
		// 3/47 = 6.4% and 2/48 = 4.2%, missed merges 11/41 = 26.8%,
		// 6/39 = 15.4%, 10/44 = 22.7% and 7/41 = 17.1% (14, 16, 9 and
		// 11 pairs uncoded). At the session's first commit (47d7536):
		// false merges the same, missed 12/41, 7/39, 10/44 and 7/41.
		// Ratchet: each rate rounded up to a whole percent, plus 5 points.
		{"testdata/dedup_text_heldout229.tsv", 75, 0.10, 0.32, true},
		{"testdata/dedup_text_heldout230.tsv", 75, 0.10, 0.21, true},
		{"testdata/dedup_text_heldout231.tsv", 75, 0.12, 0.28, true},
		{"testdata/dedup_text_heldout232.tsv", 75, 0.10, 0.23, true},
		// Rounds 233 to 236 (session 15, a second set), written by four
		// other writers who saw no code, each measured once at commit
		// 75ea4f7 (the session's final coder): false merges 4/49 = 8.2%,
		// 3/48 = 6.2%, 2/44 = 4.5% and 2/44 = 4.5%, missed merges 8/36 =
		// 22.2%, 9/43 = 20.9%, 9/43 = 20.9% and 5/39 = 12.8% (15, 9, 13
		// and 17 pairs uncoded). At the session's first commit (47d7536):
		// false merges the same, missed 8/36, 9/43, 10/43 and 5/39.
		// Ratchet: each rate rounded up to a whole percent, plus 5 points.
		{"testdata/dedup_text_heldout233.tsv", 75, 0.14, 0.28, true},
		{"testdata/dedup_text_heldout234.tsv", 75, 0.12, 0.26, true},
		{"testdata/dedup_text_heldout235.tsv", 75, 0.10, 0.26, true},
		{"testdata/dedup_text_heldout236.tsv", 75, 0.10, 0.18, true},
		// Rounds 237 to 240 (session 16), written by four other writers
		// who saw no code, each measured once at commit 4a1d8b9 (the
		// session's final coder): false merges 1/46 = 2.2%, 2/44 = 4.5%,
		// 2/45 = 4.4% and 3/40 = 7.5%, missed merges 7/40 = 17.5%, 9/41 =
		// 22.0%, 4/39 = 10.3% and 7/38 = 18.4% (14, 15, 16 and 22 pairs
		// uncoded). At the session's first commit (870ff0c), read for
		// totals: the same counts. (The seven missed pairs of round 237
		// were printed at that first reading by mistake; nothing was
		// tuned on them.)
		// Ratchet: each rate rounded up to a whole percent, plus 5 points.
		{"testdata/dedup_text_heldout237.tsv", 75, 0.08, 0.23, true},
		{"testdata/dedup_text_heldout238.tsv", 75, 0.10, 0.27, true},
		{"testdata/dedup_text_heldout239.tsv", 75, 0.10, 0.16, true},
		{"testdata/dedup_text_heldout240.tsv", 75, 0.13, 0.24, true},
		// Rounds 241 to 244 (session 17), written by four other writers
		// who saw no code, read at the session's first commit (d9fa186)
		// for their totals only and run once at d04c9dc (the session's
		// last coding commit): false merges 1/49 = 2.0%, 3/41 = 7.3%,
		// 3/38 = 7.9% and 4/47 = 8.5%, missed merges 11/46 = 23.9%, 5/29
		// = 17.2%, 11/36 = 30.6% and 11/45 = 24.4% (5, 30, 26 and 8
		// pairs uncoded; the few coded pairs of rounds 242 and 243, about
		// the Sahel and East Asia, need a lower floor). At d9fa186: the
		// same but for round 242's missed merges (6/29), round 243's
		// false merges (4/39 of 75 coded) and round 244's missed merges
		// (10/44 of 91 coded). Ratchet: each rate rounded up to a whole
		// percent, plus 5 points.
		{"testdata/dedup_text_heldout241.tsv", 75, 0.07, 0.29, true},
		{"testdata/dedup_text_heldout242.tsv", 60, 0.13, 0.23, true},
		{"testdata/dedup_text_heldout243.tsv", 60, 0.13, 0.36, true},
		{"testdata/dedup_text_heldout244.tsv", 75, 0.14, 0.30, true},
		// Rounds 245 to 248 (session 18), written by four other writers
		// who saw no code, read at the session's first commit (387d92b)
		// for their totals only and run once at 855c669 (the session's
		// last coding commit): false merges 5/47 = 10.6%, 2/45 = 4.4%,
		// 2/49 = 4.1% and 1/41 = 2.4%, missed merges 14/44 = 31.8%, 5/40
		// = 12.5%, 6/43 = 14.0% and 8/38 = 21.1% (9, 15, 8 and 21 pairs
		// uncoded). At 387d92b: false 11/181 and missed 37/165 in all
		// (round 245 15/44 missed, round 246 3/45 false, round 248 11/38
		// missed). Ratchet: each rate rounded up to a whole percent, plus
		// 5 points.
		{"testdata/dedup_text_heldout245.tsv", 75, 0.16, 0.37, true},
		{"testdata/dedup_text_heldout246.tsv", 70, 0.10, 0.18, true},
		{"testdata/dedup_text_heldout247.tsv", 75, 0.10, 0.19, true},
		{"testdata/dedup_text_heldout248.tsv", 65, 0.08, 0.27, true},
		// Rounds 249 to 252 (session 19), written by four other writers
		// who saw no code, read at the session's first commit (6dc08e3)
		// for their totals only and run once at 732b55f (the session's
		// last coding commit): false merges 2/43 = 4.7%, 3/40 = 7.5%,
		// 2/40 = 5.0% and 1/34 = 2.9%, missed merges 6/40 = 15.0%,
		// 11/39 = 28.2%, 9/36 = 25.0% and 6/36 = 16.7% (17, 21, 24 and
		// 30 pairs uncoded). At 6dc08e3: false 8/156 and missed 31/149
		// in all (round 249 6/39 missed, round 250 10/38 missed, round
		// 251 2/39 false). Ratchet: each rate rounded up to a whole
		// percent, plus 5 points.
		{"testdata/dedup_text_heldout249.tsv", 75, 0.10, 0.20, true},
		{"testdata/dedup_text_heldout250.tsv", 70, 0.13, 0.34, true},
		{"testdata/dedup_text_heldout251.tsv", 70, 0.10, 0.30, true},
		{"testdata/dedup_text_heldout252.tsv", 60, 0.08, 0.22, true},
		// Rounds 253 to 256 (session 20), written by four other writers
		// who saw no code, read at the session's first commit (fff2659)
		// for their totals only and run once at e7e85c8 (the session's
		// last coding commit): false merges 2/47 = 4.3%, 0/39 = 0.0%,
		// 4/44 = 9.1% and 0/45 = 0.0%, missed merges 9/40 = 22.5%,
		// 9/37 = 24.3%, 2/40 = 5.0% and 3/42 = 7.1% (13, 24, 16 and 13
		// pairs uncoded). At fff2659 the same but for round 256's 0/44
		// false merges: one pair more was coded at e7e85c8. Ratchet: each
		// rate rounded up to a whole percent, plus 5 points.
		{"testdata/dedup_text_heldout253.tsv", 80, 0.10, 0.28, true},
		{"testdata/dedup_text_heldout254.tsv", 70, 0.05, 0.30, true},
		{"testdata/dedup_text_heldout255.tsv", 75, 0.15, 0.10, true},
		{"testdata/dedup_text_heldout256.tsv", 80, 0.05, 0.13, true},
		// Rounds 257 to 260 (session 20, second set), written by four
		// other writers who saw no code, read at the session's first
		// commit (fff2659) for their totals only and run once at c5cefd0
		// (the session's last coding commit): false merges 3/47 = 6.4%,
		// 2/45 = 4.4%, 3/42 = 7.1% and 3/48 = 6.2%, missed merges 6/44 =
		// 13.6%, 5/40 = 12.5%, 3/37 = 8.1% and 10/46 = 21.7% (9, 15, 21
		// and 6 pairs uncoded). At fff2659: false 12/183 and missed
		// 25/168 in all. Ratchet: each rate rounded up to a whole
		// percent, plus 5 points.
		{"testdata/dedup_text_heldout257.tsv", 85, 0.12, 0.19, true},
		{"testdata/dedup_text_heldout258.tsv", 75, 0.10, 0.18, true},
		{"testdata/dedup_text_heldout259.tsv", 70, 0.13, 0.14, true},
		{"testdata/dedup_text_heldout260.tsv", 85, 0.12, 0.27, true},
		// Rounds 261 to 264 (session 21), written by four other writers
		// who saw no code, read at the session's first commit (f16ca56)
		// for their totals only and run once at 17e8a95 (the session's
		// first coding commit): false merges 3/40 = 7.5%, 1/41 = 2.4%,
		// 2/47 = 4.3% and 0/46, missed merges 8/38 = 21.1%, 4/34 =
		// 11.8%, 9/42 = 21.4% and 3/41 = 7.3% (22, 25, 11 and 13 pairs
		// uncoded); the same at f16ca56. Ratchet: each rate rounded up to
		// a whole percent, plus 5 points.
		{"testdata/dedup_text_heldout261.tsv", 75, 0.13, 0.27, true},
		{"testdata/dedup_text_heldout262.tsv", 75, 0.08, 0.17, true},
		{"testdata/dedup_text_heldout263.tsv", 85, 0.10, 0.27, true},
		{"testdata/dedup_text_heldout264.tsv", 85, 0.05, 0.13, true},
		// Rounds 265 to 268 (session 21, second set), written by four
		// other writers who saw no code, read at the session's first
		// commit (f16ca56) for their totals only and run once at 0684598
		// (later changes are measured by rounds 269 to 272): false merges 0/42, 3/37 =
		// 8.1%, 2/42 = 4.8% and 1/45 = 2.2%, missed merges 4/38 = 10.5%,
		// 7/40 = 17.5%, 14/36 = 38.9% and 8/43 = 18.6% (20, 23, 22 and
		// 12 pairs uncoded). At f16ca56: false 6/166 and missed 36/157 in
		// all. Ratchet: each rate rounded up to a whole percent, plus 5
		// points.
		{"testdata/dedup_text_heldout265.tsv", 80, 0.05, 0.16, true},
		{"testdata/dedup_text_heldout266.tsv", 75, 0.14, 0.23, true},
		{"testdata/dedup_text_heldout267.tsv", 75, 0.10, 0.44, true},
		{"testdata/dedup_text_heldout268.tsv", 85, 0.08, 0.24, true},
		// Rounds 269 to 272 (session 21, third set), written by four
		// other writers who saw no code, read at the session's first
		// commit (f16ca56) for their totals only and run once at 000ecae
		// (before the session's last coding change, a gerund's doer):
		// false merges 3/45 = 6.7%,
		// 3/43 = 7.0%, 1/44 = 2.3% and 3/42 = 7.1%, missed merges 4/40 =
		// 10.0%, 5/39 = 12.8%, 9/33 = 27.3% and 7/34 = 20.6% (15, 18, 23
		// and 24 pairs uncoded); the same at f16ca56. Ratchet: each rate
		// rounded up to a whole percent, plus 5 points.
		{"testdata/dedup_text_heldout269.tsv", 85, 0.12, 0.15, true},
		{"testdata/dedup_text_heldout270.tsv", 80, 0.12, 0.18, true},
		{"testdata/dedup_text_heldout271.tsv", 75, 0.08, 0.33, true},
		{"testdata/dedup_text_heldout272.tsv", 75, 0.13, 0.26, true},
		// Rounds 273 to 276 (session 22, first set), written by four
		// other writers who saw no code, read at the session's first
		// commit (7359abb) for their totals only and run once at 84c4196:
		// false merges 0/49 = 0.0%, 2/45 = 4.4%, 1/49 = 2.0% and 3/44 =
		// 6.8%, missed merges 7/43 = 16.3%, 8/39 = 20.5%, 4/45 = 8.9% and
		// 5/33 = 15.2% (8, 16, 6 and 23 pairs uncoded); the same at
		// 7359abb. Ratchet: each rate rounded up to a whole percent, plus
		// 5 points.
		{"testdata/dedup_text_heldout273.tsv", 90, 0.05, 0.22, true},
		{"testdata/dedup_text_heldout274.tsv", 80, 0.10, 0.26, true},
		{"testdata/dedup_text_heldout275.tsv", 90, 0.07, 0.14, true},
		{"testdata/dedup_text_heldout276.tsv", 75, 0.12, 0.21, true},
		// Rounds 277 to 280 (session 22, second set), written by four
		// other writers who saw no code, read at 7359abb for their
		// totals only and run once at 207030b: false merges 0/48 = 0.0%,
		// 3/40 = 7.5%, 3/44 = 6.8% and 1/43 = 2.3%, missed merges 5/45 =
		// 11.1%, 5/34 = 14.7%, 9/44 = 20.5% and 3/37 = 8.1% (7, 26, 12
		// and 20 pairs uncoded); at 7359abb the same but 6/45 missed in
		// round 277. Ratchet: each rate rounded up to a whole percent,
		// plus 5 points.
		{"testdata/dedup_text_heldout277.tsv", 90, 0.05, 0.17, true},
		{"testdata/dedup_text_heldout278.tsv", 70, 0.13, 0.20, true},
		{"testdata/dedup_text_heldout279.tsv", 85, 0.12, 0.26, true},
		{"testdata/dedup_text_heldout280.tsv", 80, 0.08, 0.14, true},
		// Rounds 281 to 284 (session 22, third set), written by four
		// other writers who saw no code, read at 7359abb for their
		// totals only and run once at dab15cf: false merges 4/43 = 9.3%,
		// 1/46 = 2.2%, 2/42 = 4.8% and 3/45 = 6.7%, missed merges 3/39 =
		// 7.7%, 9/40 = 22.5%, 7/39 = 17.9% and 6/38 = 15.8% (18, 14, 19
		// and 17 pairs uncoded); at 7359abb the same but 7/38 missed in
		// round 284. Ratchet: each rate rounded up to a whole percent,
		// plus 5 points.
		{"testdata/dedup_text_heldout281.tsv", 80, 0.15, 0.13, true},
		{"testdata/dedup_text_heldout282.tsv", 85, 0.08, 0.28, true},
		{"testdata/dedup_text_heldout283.tsv", 80, 0.10, 0.23, true},
		{"testdata/dedup_text_heldout284.tsv", 80, 0.12, 0.21, true},
		// Rounds 285 to 288 (session 23), written by four other writers
		// who saw no code, read at d3fc60f for their totals only and run
		// once at 3ce3cbc: false merges 2/46 = 4.3%, 5/44 = 11.4%, 1/45 =
		// 2.2% and 0/48 = 0.0%, missed merges 1/39 = 2.6%, 6/37 = 16.2%,
		// 11/40 = 27.5% and 7/38 = 18.4% (15, 19, 15 and 14 pairs
		// uncoded); at d3fc60f 2/43, 5/44, 1/43 and 0/48 false, 0/35,
		// 6/36, 11/39 and 7/36 missed (22, 20, 18 and 16 uncoded).
		// Ratchet: each rate rounded up to a whole percent, plus 5 points.
		{"testdata/dedup_text_heldout285.tsv", 85, 0.10, 0.08, true},
		{"testdata/dedup_text_heldout286.tsv", 80, 0.17, 0.22, true},
		{"testdata/dedup_text_heldout287.tsv", 85, 0.08, 0.33, true},
		{"testdata/dedup_text_heldout288.tsv", 85, 0.05, 0.24, true},
		// Rounds 289 to 292 (session 24), written by four other writers
		// who saw no code, read at fc3f635 for their totals only and run
		// once at 9e4b6cb: false merges 4/43 = 9.3%, 3/41 = 7.3%, 0/40 =
		// 0.0% and 4/45 = 8.9%, missed merges 5/35 = 14.3%, 6/37 =
		// 16.2%, 6/28 = 21.4% and 10/33 = 30.3% (22, 22, 32 and 22 pairs
		// uncoded); at fc3f635 4/43, 2/41, 0/40 and 4/45 false, 5/35,
		// 6/37, 6/27 and 10/33 missed (22, 22, 33 and 22 uncoded).
		// Ratchet: each rate rounded up to a whole percent, plus 5 points.
		{"testdata/dedup_text_heldout289.tsv", 75, 0.15, 0.20, true},
		{"testdata/dedup_text_heldout290.tsv", 75, 0.13, 0.22, true},
		{"testdata/dedup_text_heldout291.tsv", 65, 0.05, 0.27, true},
		{"testdata/dedup_text_heldout292.tsv", 75, 0.14, 0.36, true},
		// Rounds 293 to 296 (the western Indian Ocean, Central Africa and
		// the Gulf of Guinea, the Bay of Bengal and the Himalayas, Iberia
		// and the North Atlantic), written in session 25 by four writers
		// who saw no code, read at 871514e for their totals only and run
		// once at 5a169d2: false merges 6/42 = 14.3%, 1/44 = 2.3%, 2/45 =
		// 4.4% and 2/39 = 5.1%, missed merges 11/35 = 31.4%, 16/38 =
		// 42.1%, 14/37 = 37.8% and 10/36 = 27.8% (23, 18, 18 and 25 pairs
		// uncoded); at 871514e 6/42, 1/43, 2/45 and 2/39 false, 11/35,
		// 16/38, 14/37 and 10/35 missed (23, 19, 18 and 26 uncoded).
		// Ratchet: each rate rounded up to a whole percent, plus 5 points.
		{"testdata/dedup_text_heldout293.tsv", 75, 0.20, 0.37, true},
		{"testdata/dedup_text_heldout294.tsv", 80, 0.08, 0.48, true},
		{"testdata/dedup_text_heldout295.tsv", 80, 0.10, 0.43, true},
		{"testdata/dedup_text_heldout296.tsv", 75, 0.11, 0.33, true},
		// Rounds 297 to 300 (Turkey, northern Iraq and Syria; maritime
		// Southeast Asia; northern South America; the Taiwan Strait and
		// the East China Sea), written in session 26 by four writers who
		// saw no code, read at 7acdb37 for their totals only and run once
		// at c88dd25: false merges 1/39 = 2.6%, 2/38 = 5.3%, 5/37 = 13.5%
		// and 1/30 = 3.3%, missed merges 14/36 = 38.9%, 15/35 = 42.9%,
		// 15/30 = 50.0% and 17/27 = 63.0% (25, 27, 33 and 43 pairs
		// uncoded); at 7acdb37 1/39, 2/37, 5/36 and 1/30 false, 14/36,
		// 15/35, 15/30 and 17/27 missed (25, 28, 34 and 43 uncoded).
		// Ratchet: each rate rounded up to a whole percent, plus 5 points.
		{"testdata/dedup_text_heldout297.tsv", 75, 0.08, 0.44, true},
		{"testdata/dedup_text_heldout298.tsv", 70, 0.11, 0.48, true},
		{"testdata/dedup_text_heldout299.tsv", 65, 0.19, 0.55, true},
		{"testdata/dedup_text_heldout300.tsv", 55, 0.09, 0.68, true},
		// Rounds 301 to 304 (North America; the United Kingdom, Ireland,
		// France and the EU; Iran and Iraq with the United States; Egypt,
		// Libya, Sudan and Chad), written in session 27 by four writers
		// who saw no code, read at 8e9adf0 for their totals only and run
		// once at eb473f1: false merges 2/28 = 7.1%, 2/27 = 7.4%, 5/35 =
		// 14.3% and 5/44 = 11.4%, missed merges 13/25 = 52.0%, 18/27 =
		// 66.7%, 17/35 = 48.6% and 14/35 = 40.0% (47, 46, 30 and 21
		// pairs uncoded); at 8e9adf0 2/25, 2/27, 5/35 and 5/44 false,
		// 10/20, 21/29, 15/33 and 16/34 missed (55, 44, 32 and 22
		// uncoded). Ratchet as above.
		{"testdata/dedup_text_heldout301.tsv", 50, 0.13, 0.57, true},
		{"testdata/dedup_text_heldout302.tsv", 50, 0.13, 0.72, true},
		{"testdata/dedup_text_heldout303.tsv", 70, 0.20, 0.54, true},
		{"testdata/dedup_text_heldout304.tsv", 75, 0.17, 0.45, true},
		// Rounds 305 to 308 (India, Pakistan, Afghanistan and China;
		// Germany, Poland, Hungary and the EU with Russia; the Lake Chad
		// basin; Japan, Australia, the Philippines and the United States
		// with China), written in session 28 by four writers who saw no
		// code, read at 1c04237 for their totals only and run once at
		// 22337f0: false merges 6/38 = 15.8%, 4/45 = 8.9%, 3/42 = 7.1%
		// and 4/40 = 10.0%, missed merges 19/31 = 61.3%, 20/36 = 55.6%,
		// 20/31 = 64.5% and 21/39 = 53.8% (31, 19, 27 and 21 pairs
		// uncoded); at 1c04237 the same but 19/31 missed on round 307.
		// Ratchet as above.
		// (305's false-merge ratchet was raised from 0.21 in session
		// 36: air strikes told as nouns are coded since, and two diff
		// pairs about one strike's condemnation or reporting now merge
		// that strike's events, 8/38 = 21.1%)
		{"testdata/dedup_text_heldout305.tsv", 65, 0.22, 0.67, true},
		{"testdata/dedup_text_heldout306.tsv", 80, 0.14, 0.61, true},
		{"testdata/dedup_text_heldout307.tsv", 70, 0.13, 0.70, true},
		{"testdata/dedup_text_heldout308.tsv", 75, 0.15, 0.59, true},
		// Rounds 309 to 312, written at the start of session 29 and run
		// once at commit 15fa4bc (as at the session's start, 1efa237):
		// 86, 74, 77 and 76 coded pairs; false merges 2/42 = 4.8%, 2/40
		// = 5.0%, 4/39 = 10.3% and 5/38 = 13.2%; missed merges 12/44 =
		// 27.3%, 12/34 = 35.3%, 16/38 = 42.1% and 18/38 = 47.4%.
		// Ratchet: each rate rounded up to a whole percent, plus 5
		// points; the pairs floored to a multiple of 5.
		{"testdata/dedup_text_heldout309.tsv", 85, 0.10, 0.33, true},
		{"testdata/dedup_text_heldout310.tsv", 70, 0.10, 0.41, true},
		{"testdata/dedup_text_heldout311.tsv", 75, 0.16, 0.48, true},
		{"testdata/dedup_text_heldout312.tsv", 75, 0.19, 0.53, true},
		// Rounds 313 to 316 (the Korean peninsula and Japan; Latin America;
		// the Sahel and West Africa; the Western Balkans), written at the
		// start of session 30 by four writers who saw no code and run once
		// at commit 58c0f95, with the same results at the session's start
		// (8a7ca12): 72, 76, 80 and 75 coded pairs; false merges 9/39 =
		// 23.1%, 6/40 = 15.0%, 5/44 = 11.4% and 5/42 = 11.9%; missed
		// merges 16/33 = 48.5%, 18/36 = 50.0%, 10/36 = 27.8% and 10/33 =
		// 30.3%. Ratchet as above.
		{"testdata/dedup_text_heldout313.tsv", 70, 0.29, 0.54, true},
		{"testdata/dedup_text_heldout314.tsv", 75, 0.20, 0.55, true},
		{"testdata/dedup_text_heldout315.tsv", 80, 0.17, 0.33, true},
		{"testdata/dedup_text_heldout316.tsv", 75, 0.17, 0.36, true},
		// Rounds 317 to 320 (the South Caucasus; the Horn of Africa; the
		// Taiwan Strait and the western Pacific; the African Great Lakes),
		// written at the end of session 31 by four writers who saw no code
		// and run once at b068550, the start of session 32: 86, 86, 76
		// and 89 coded pairs; false merges 4/48 = 8.3%, 5/46 = 10.9%, 2/38
		// = 5.3% and 7/48 = 14.6%; missed merges 7/38 = 18.4%, 11/40 =
		// 27.5%, 17/38 = 44.7% and 12/41 = 29.3%. Ratchet as above.
		{"testdata/dedup_text_heldout317.tsv", 85, 0.14, 0.24, true},
		{"testdata/dedup_text_heldout318.tsv", 85, 0.16, 0.33, true},
		// (319: 74 coded pairs since session 33, when "calling the move
		// provocative" stopped being coded as a telephone call, 041, on
		// the two reports that had no other event)
		{"testdata/dedup_text_heldout319.tsv", 70, 0.11, 0.50, true},
		{"testdata/dedup_text_heldout320.tsv", 85, 0.20, 0.35, true},
		// Rounds 321 to 324 (the Gulf and Yemen; Central Asia; the
		// eastern Mediterranean and Libya; South Asia's smaller states),
		// written in session 33 by four writers who saw no code and run
		// once at 47c7788: 83, 89, 75 and 80 coded pairs; false merges
		// 3/46 = 6.5%, 4/49 = 8.2%, 5/41 = 12.2% and 10/45 = 22.2%;
		// missed merges 9/37 = 24.3%, 14/40 = 35.0%, 10/34 = 29.4% and
		// 8/35 = 22.9%. Ratchet as above.
		{"testdata/dedup_text_heldout321.tsv", 80, 0.12, 0.30, true},
		{"testdata/dedup_text_heldout322.tsv", 85, 0.14, 0.40, true},
		{"testdata/dedup_text_heldout323.tsv", 75, 0.18, 0.35, true},
		{"testdata/dedup_text_heldout324.tsv", 80, 0.28, 0.28, true},
		// Rounds 325 to 328 (West Africa and the Sahel; East Asian seas
		// and the Korean peninsula; Latin America; eastern Europe and
		// the Balkans), written in session 34 by four writers who saw no
		// code and run once at eacf3b8: 87, 76, 88 and 86 coded pairs;
		// false merges 4/47 = 8.5%, 8/41 = 19.5%, 5/46 = 10.9% and 8/44
		// = 18.2%; missed merges 13/40 = 32.5%, 7/35 = 20.0%, 4/42 =
		// 9.5% and 9/42 = 21.4%. Ratchet as above.
		{"testdata/dedup_text_heldout325.tsv", 85, 0.14, 0.38, true},
		{"testdata/dedup_text_heldout326.tsv", 75, 0.25, 0.25, true},
		{"testdata/dedup_text_heldout327.tsv", 85, 0.16, 0.15, true},
		{"testdata/dedup_text_heldout328.tsv", 85, 0.24, 0.27, true},
		// Rounds 329 to 332 (the Horn of Africa and the Great Lakes;
		// Southeast Asia and the Pacific; the Caucasus, Turkey and
		// Central Asia; the Gulf, Iraq, Iran, Yemen and the Levant),
		// written in session 35 by four writers who saw no code and run
		// once at 7ef1818: 83, 82, 81 and 93 coded pairs; false merges
		// 7/43 = 16.3%, 5/44 = 11.4%, 5/45 = 11.1% and 5/49 = 10.2%;
		// missed merges 9/40 = 22.5%, 9/38 = 23.7%, 13/36 = 36.1% and
		// 14/44 = 31.8%. Ratchet as above.
		{"testdata/dedup_text_heldout329.tsv", 80, 0.22, 0.28, true},
		{"testdata/dedup_text_heldout330.tsv", 80, 0.17, 0.29, true},
		{"testdata/dedup_text_heldout331.tsv", 80, 0.17, 0.42, true},
		{"testdata/dedup_text_heldout332.tsv", 90, 0.16, 0.37, true},
		// Rounds 333 to 336 (session 36; see dedup_README.md), run
		// once at 975af96: 81, 78, 82 and 72 coded pairs; false merges
		// 4/45 = 8.9%, 3/40 = 7.5%, 7/45 = 15.6% and 5/41 = 12.2%;
		// missed merges 12/36 = 33.3%, 11/38 = 28.9%, 21/37 = 56.8% and
		// 10/31 = 32.3%. Ratchet as above.
		{"testdata/dedup_text_heldout333.tsv", 80, 0.14, 0.39, true},
		{"testdata/dedup_text_heldout334.tsv", 75, 0.13, 0.34, true},
		{"testdata/dedup_text_heldout335.tsv", 80, 0.21, 0.62, true},
		{"testdata/dedup_text_heldout336.tsv", 70, 0.18, 0.38, true},
	} {
		t.Run(tc.file, func(t *testing.T) {
			c := dedupText(t, tc.file, tc.minPairs, tc.maxFalse, tc.maxMissed)
			if !tc.heldOut {
				tuning.add(c)
			}
		})
	}
	if tuning.same == 0 || tuning.diff == 0 {
		return // the subtests failed or were filtered out
	}
	fm, mm := tuning.rates()
	t.Logf("tuning sets together: false merges %d/%d = %.1f%%, missed merges %d/%d = %.1f%%",
		tuning.falseMerge, tuning.diff, 100*fm, tuning.missed, tuning.same, 100*mm)
	t.Logf("tuning sets together, by main events: false merges %d/%d, missed merges %d/%d",
		tuning.mainFalse, tuning.diff, tuning.mainMissed, tuning.same)
	if fm > 0.05 {
		t.Errorf("tuning sets: false merges %.1f%% > 5%% (issue 7)", 100*fm)
	}
	// The seven tuning sets gave 6/363 = 1.7% false and 31/347 = 8.9%
	// missed merges with the round-7 rule (14/363 and 37/347 with round
	// 6's, the coder unchanged).
	if mm > 0.10 {
		t.Errorf("tuning sets: missed merges %.1f%% > 10%% (issue 7)", 100*mm)
	}
}

// dedupCounts are the coded pairs of a text set and the rule's errors.
type dedupCounts struct {
	same, diff, missed, falseMerge int
	// mainMissed and mainFalse are missed and falseMerge counted by the
	// pairs' main events (textPairResult)
	mainMissed, mainFalse int
}

// add adds the counts of another set.
func (c *dedupCounts) add(o dedupCounts) {
	c.same += o.same
	c.diff += o.diff
	c.missed += o.missed
	c.falseMerge += o.falseMerge
	c.mainMissed += o.mainMissed
	c.mainFalse += o.mainFalse
}

// rates returns the false-merge and missed-merge rates.
func (c dedupCounts) rates() (falseRate, missedRate float64) {
	return float64(c.falseMerge) / float64(c.diff), float64(c.missed) / float64(c.same)
}

// textPairResult is what one text pair gave: whether both sides were
// coded, whether any event has mentions from both (merged), and whether
// the main events of the two do (mainMerged, see mainVerb).
type textPairResult struct {
	coded, merged, mainMerged bool
}

// mainVerb returns the start of the verb of a report's main event: of its
// events, the one whose verb stands nearest the root of its sentence's
// parse, the first of those on a tie. A report may also tell an act it
// refers to ("Jordan condemned Israel's raid on the mosque": the raid),
// which two reports of two condemnations share; their labels are about
// their main acts. The counts by main events are logged beside the others
// for what they show; the ratchets hold the counts by any merged event.
func mainVerb(sents []entente.Sentence, evs []entente.Event) int {
	best, bestDepth := -1, 1<<30
	for _, e := range evs {
		if e.Sentence < 0 || e.Sentence >= len(sents) {
			continue
		}
		toks := sents[e.Sentence].Tokens
		depth := len(toks)
		for i := range toks {
			if toks[i].Span.Start != e.VerbSpan.Start {
				continue
			}
			depth = 0
			for h := toks[i].Head; h >= 0 && h < len(toks) && depth < len(toks); h = toks[h].Head {
				depth++
			}
			break
		}
		if depth < bestDepth {
			best, bestDepth = e.VerbSpan.Start, depth
		}
	}
	return best
}

func dedupText(t *testing.T, file string, minPairs int, maxFalse, maxMissed float64) dedupCounts {
	chain, err := textChain()
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var same, diff, missed, falseMerge, uncoded int
	var mainMissed, mainFalse int // the same by main events (textPairResult)
	kinds := map[string][2]int{}  // kind: pairs, errors
	for i, l := range strings.Split(string(data), "\n") {
		line := i + 1
		if strings.HasPrefix(l, "#") || strings.TrimSpace(l) == "" {
			continue
		}
		c := strings.Split(l, "\t")
		if len(c) != 7 {
			t.Fatalf("line %d: %d fields", line, len(c))
		}
		label, kind := c[0], c[1]
		if label != "same" && label != "diff" {
			t.Fatalf("line %d: label %q", line, label)
		}
		r, report := textPair(t, chain, line, c[2:6])
		if !r.coded {
			uncoded++
			t.Logf("uncoded, line %d (%s %s): %s", line, label, kind, report)
			continue
		}
		k := kinds[label+" "+kind]
		k[0]++
		if label == "same" && !r.mainMerged {
			mainMissed++
			if r.merged {
				t.Logf("missed merge of the main events, line %d (%s): %s", line, kind, report)
			}
		}
		if label == "diff" && r.mainMerged {
			mainFalse++
		}
		if label == "diff" && r.merged && !r.mainMerged {
			t.Logf("merge of events other than the main ones only, line %d (%s): %s", line, kind, report)
		}
		if label == "same" {
			same++
			if !r.merged {
				missed++
				k[1]++
				t.Logf("missed merge, line %d (%s): %s", line, kind, report)
			}
		} else {
			diff++
			if r.merged {
				falseMerge++
				k[1]++
				t.Logf("false merge, line %d (%s): %s", line, kind, report)
			}
		}
		kinds[label+" "+kind] = k
	}
	names := make([]string, 0, len(kinds))
	for k := range kinds {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		t.Logf("  %-20s %2d pairs, %d wrong", k, kinds[k][0], kinds[k][1])
	}
	if same == 0 || diff == 0 || same+diff < minPairs {
		t.Fatalf("only %d coded pairs (%d same, %d diff; %d uncoded), want %d", same+diff, same, diff, uncoded, minPairs)
	}
	counts := dedupCounts{same: same, diff: diff, missed: missed, falseMerge: falseMerge, mainMissed: mainMissed, mainFalse: mainFalse}
	fm, mm := counts.rates()
	t.Logf("%d coded pairs (%d uncoded): false merges %d/%d = %.1f%%, missed merges %d/%d = %.1f%%",
		same+diff, uncoded, falseMerge, diff, 100*fm, missed, same, 100*mm)
	t.Logf("by main events: false merges %d/%d = %.1f%%, missed merges %d/%d = %.1f%%",
		mainFalse, diff, 100*float64(mainFalse)/float64(diff), mainMissed, same, 100*float64(mainMissed)/float64(same))
	if fm > maxFalse {
		t.Errorf("false merges %.1f%% > %.0f%%", 100*fm, 100*maxFalse)
	}
	if mm > maxMissed {
		t.Errorf("missed merges %.1f%% > %.0f%%", 100*mm, 100*maxMissed)
	}
	return counts
}

// textPair codes and stores the two sides of a pair (published date and
// text of each) in a fresh database and reports whether both sides were
// coded and whether an event has mentions from both, with a description of
// the coded events for the log.
func textPair(t *testing.T, chain *pipeline.Chain, line int, f []string) (textPairResult, string) {
	t.Helper()
	ctx := context.Background()
	var coded [2]entente.CodedArticle
	var main [2]int
	var report []string
	res := textPairResult{coded: true}
	for s := 0; s < 2; s++ {
		pub, err := time.Parse("2006-01-02", f[2*s])
		if err != nil {
			t.Fatalf("line %d: %v", line, err)
		}
		name := string(rune('A' + s))
		a := &entente.Article{ID: fmt.Sprintf("pair%d-%s", line, name), Source: dedupSource(line, name), Publisher: "Outlet " + name,
			Published: pub, Text: f[2*s+1]}
		sents := text.Split(a)
		out := chain.ProcessSentences(a, sents)
		coded[s] = out.CodedArticle
		main[s] = mainVerb(sents, out.Events)
		if len(out.Events) == 0 {
			res.coded = false
		}
		var evs []string
		for _, e := range out.Events {
			place := ""
			if e.Place != nil {
				place = e.Place.Name
			}
			evs = append(evs, fmt.Sprintf("%s>%s %s %s/%s %s @%q", e.Source, e.Target, e.Code,
				e.When.Date.Format("2006-01-02"), e.When.Precision, e.Modality, place))
		}
		report = append(report, name+"["+strings.Join(evs, "; ")+"]")
	}
	if !res.coded {
		return res, strings.Join(report, " ")
	}
	db, err := Open(ctx, ":memory:", Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	// Odd lines go in one batch, even lines in two: the rule must not
	// depend on batching.
	var put []entente.PutResult
	if line%2 == 1 {
		put, err = db.PutArticles(ctx, coded[:])
	} else if put, err = db.PutArticles(ctx, coded[:1]); err == nil {
		var r []entente.PutResult
		r, err = db.PutArticles(ctx, coded[1:])
		put = append(put, r...)
	}
	if err != nil {
		t.Fatalf("line %d: %v", line, err)
	}
	for _, r := range put {
		if r.Status != entente.PutAdded && r.Status != entente.PutDuplicate {
			t.Fatalf("line %d: %+v", line, r)
		}
	}
	var shared int
	if err := db.SQL().QueryRowContext(ctx, `SELECT COUNT(*) FROM (SELECT m.event_id FROM mentions m
		GROUP BY m.event_id HAVING COUNT(DISTINCT m.article_id) > 1)`).Scan(&shared); err != nil {
		t.Fatal(err)
	}
	res.merged = shared > 0
	var mains int
	if err := db.SQL().QueryRowContext(ctx, `SELECT COUNT(*) FROM mentions a JOIN articles aa ON aa.id = a.article_id
		JOIN mentions b ON b.event_id = a.event_id JOIN articles ba ON ba.id = b.article_id
		WHERE aa.source = ? AND a.verb_start = ? AND ba.source = ? AND b.verb_start = ?`,
		dedupSource(line, "A"), main[0], dedupSource(line, "B"), main[1]).Scan(&mains); err != nil {
		t.Fatal(err)
	}
	res.mainMerged = mains > 0
	return res, strings.Join(report, " ")
}

// dedupSource names the source of one side of a text pair.
func dedupSource(line int, side string) string { return fmt.Sprintf("dedup_text:%d%s", line, side) }
