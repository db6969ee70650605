package actor

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"entente"
	"entente/cameo"
	"entente/internal/sharedtest"
	"entente/text"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in      string
		want    int
		wantErr bool
	}{
		{"090120", 20090120, false},
		{"300101", 20300101, false},
		{"310101", 19310101, false},
		{"19220101", 19220101, false},
		{"2004017", 0, true},
		{"201005011", 0, true},
		{"091320", 0, true},
		{"09012x", 0, true},
	}
	for _, tt := range tests {
		got, err := parseDate(tt.in)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("parseDate(%q) = %d, %v; want %d, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

func TestParseCodeBlocks(t *testing.T) {
	tests := []struct {
		in      string
		want    []datedCode
		wantErr bool
	}{
		{"[PAKGOV]", []datedCode{{code: "PAKGOV"}}, false},
		{"[USAGOV >090120]", []datedCode{{code: "USAGOV", from: 20090120, dated: true}}, false},
		{"[USAGOV > 090120]", []datedCode{{code: "USAGOV", from: 20090120, dated: true}}, false},
		{"[AZEGOV 030101-050731]", []datedCode{{code: "AZEGOV", from: 20030101, to: 20050731, dated: true}}, false},
		{"[AFG <790101]", []datedCode{{code: "AFG", to: 19790101, dated: true}}, false},
		{"[USAGOV 19820101]", []datedCode{{code: "USAGOV", from: 19820101, dated: true}}, false},
		{"[IGOUNO 970101-061231] [ELI]", []datedCode{{code: "IGOUNO", from: 19970101, to: 20061231, dated: true}, {code: "ELI"}}, false},
		{"[---]", []datedCode{{code: "---"}}, false},
		{"[PAKGOV", nil, true},
		{"[]", nil, true},
		{"[PAK-GOV]", nil, true},
		{"[QQQXYZ]", nil, true},
		{"[USAGOV 0901-0902]", nil, true},
	}
	for _, tt := range tests {
		got, err := parseCodeBlocks(tt.in, true)
		if (err != nil) != tt.wantErr {
			t.Errorf("parseCodeBlocks(%q) error %v, want error %v", tt.in, err, tt.wantErr)
			continue
		}
		if tt.wantErr {
			continue
		}
		if len(got) != len(tt.want) {
			t.Errorf("parseCodeBlocks(%q) = %+v, want %+v", tt.in, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("parseCodeBlocks(%q)[%d] = %+v, want %+v", tt.in, i, got[i], tt.want[i])
			}
		}
	}
}

func TestParsePhraseConnectors(t *testing.T) {
	tests := []struct {
		in   string
		conn Connectors
		want string // key, "*" for a stem, "~" for a gap after the word
	}{
		{"AL_GORE", ConnectTABARI, "al gore*"},
		{"AL GORE", ConnectTABARI, "al~ gore*"}, // "al" is too short to be a stem
		{"ALAN GORE", ConnectTABARI, "alan*~ gore*"},
		{"AL_GORE_", ConnectTABARI, "al gore"},
		{"AL GORE", ConnectPETRARCH, "al~ gore"},
		{"AL GORE", ConnectExact, "al gore"},
		{"SYRIA'S_GOVERNMENT_", ConnectTABARI, "syria 's government"},
		{"AL-QAEDA_", ConnectTABARI, "al qaeda"},
		{"U.S._ARMY_", ConnectTABARI, "us army"},
		{"UN", ConnectTABARI, "un"},
		{"EL_QAIDA__", ConnectTABARI, "el qaida"},
	}
	for _, tt := range tests {
		ws, err := parsePhrase(tt.in, tt.conn, false, 0)
		if err != nil {
			t.Errorf("parsePhrase(%q): %v", tt.in, err)
			continue
		}
		var parts []string
		for _, w := range ws {
			s := w.key
			if w.stem {
				s += "*"
			}
			if w.gap {
				s += "~"
			}
			parts = append(parts, s)
		}
		if got := strings.Join(parts, " "); got != tt.want {
			t.Errorf("parsePhrase(%q, %v) = %q, want %q", tt.in, tt.conn, got, tt.want)
		}
	}
}

// matchCodes loads one actors file and returns the codes found in a text.
func matchCodes(t *testing.T, opts Options, dict, txt string) []string {
	t.Helper()
	m, err := Load(opts, File{Name: "test.actors", Format: FormatActors, Data: []byte(dict)})
	if err != nil {
		t.Fatal(err)
	}
	a := &entente.Article{Text: txt}
	var codes []string
	for _, mm := range m.Match(a, text.Split(a), time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC)) {
		codes = append(codes, mm.Span.Of(txt)+"="+mm.Code)
	}
	return codes
}

// TestMinStem: a three-letter last word is a stem under TABARI's rules,
// and matches only whole (with its plural) when Options.MinStem is 4, as
// entente's dictionaries are loaded.
func TestMinStem(t *testing.T) {
	dict := "PLA [CHNMIL]\nSYRI [SYR]\n"
	for _, tt := range []struct {
		minStem   int
		txt, want string
	}{
		{0, "The Place was calm.", "Place=CHNMIL"},
		{4, "The Place was calm.", ""},
		{4, "The PLA moved.", "PLA=CHNMIL"},
		{4, "Syrians left.", "Syrians=SYR"},
	} {
		got := strings.Join(matchCodes(t, Options{NoValidate: true, MinStem: tt.minStem}, dict, tt.txt), " ")
		if got != tt.want {
			t.Errorf("MinStem %d, %q: got %q, want %q", tt.minStem, tt.txt, got, tt.want)
		}
	}
}

func TestMatchConnectors(t *testing.T) {
	dict := "AL_GORE [AGR]\nAL GORE_ [TEN]\nSYRI [SYR]\nFRODO_ [HOB]\n"
	tests := []struct {
		txt  string
		want string
	}{
		{"Al Gore spoke.", "Al Gore=AGR"},
		{"Al Gores spoke.", "Al Gores=AGR"},
		{"Al Smith Gore spoke.", "Al Smith Gore=TEN"},
		{"Syrians and Syria's leader.", "Syrians=SYR Syria=SYR"},
		{"Frodos left.", "Frodos=HOB"},
		{"Frodoville was quiet.", ""},
	}
	for _, tt := range tests {
		got := strings.Join(matchCodes(t, Options{NoValidate: true}, dict, tt.txt), " ")
		if got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.txt, got, tt.want)
		}
	}
}

func TestMatchDatedCodes(t *testing.T) {
	dict := "JOHN_DOE_\n\t[USAELI <20090119]\n\t[USAGOV 20090120-20170120]\n\t[USAELI]\nJANE_ROE_ [---]\n"
	m, err := Load(Options{}, File{Name: "t", Format: FormatActors, Data: []byte(dict)})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		date string
		want string
	}{
		{"2009-01-19", "USAELI"},
		{"2009-01-20", "USAGOV"},
		{"2017-01-20", "USAGOV"},
		{"2017-01-21", "USAELI"},
	}
	for _, tt := range tests {
		d, _ := time.Parse("2006-01-02", tt.date)
		a := &entente.Article{Text: "John Doe met Jane Roe."}
		ms := m.Match(a, text.Split(a), d)
		if len(ms) != 1 || ms[0].Code != tt.want {
			t.Errorf("on %s: got %+v, want one mention %s (Jane Roe has the null code)", tt.date, ms, tt.want)
		}
	}
}

func TestMalformedLines(t *testing.T) {
	dict := "GOOD_ [PAK]\nBAD_ [PAKGOV\n\t[USAGOV 0901]\n+ALSO_GOOD_\nWORSE_ [XX]\nFINE_ [IND]\n"
	var reported []error
	m, err := Load(Options{Report: func(err error) { reported = append(reported, err) }},
		File{Name: "bad.actors", Format: FormatActors, Data: []byte(dict)})
	if err != nil {
		t.Fatal(err)
	}
	wantLines := []int{2, 3, 5}
	if len(reported) != len(wantLines) {
		t.Fatalf("reported %v, want errors on lines %v", reported, wantLines)
	}
	for i, e := range reported {
		var ee *entente.Error
		if !errors.As(e, &ee) || ee.Input != "bad.actors" || ee.Line != wantLines[i] {
			t.Errorf("error %d = %v, want bad.actors:%d", i, e, wantLines[i])
		}
	}
	// The record whose root line is malformed has no code: its synonym
	// ALSO_GOOD matches and codes nothing.
	a := &entente.Article{Text: "Good, Fine and Also Good."}
	if got := len(m.Match(a, text.Split(a), time.Time{})); got != 2 {
		t.Errorf("the good lines should still load: got %d mentions, want 2", got)
	}
	if _, err := Load(Options{Strict: true}, File{Name: "bad.actors", Format: FormatActors, Data: []byte(dict)}); err == nil ||
		!strings.Contains(err.Error(), "bad.actors:2") {
		t.Errorf("strict load: error %v, want one naming bad.actors:2", err)
	}
}

func TestStrayBytes(t *testing.T) {
	dict := "COTE_D\uFFFDIVOIRE_ [CIV]\nLIAMINE_Z\x1aEROUAL_ [DZAGOV]\n"
	got := strings.Join(matchCodes(t, Options{Strict: true}, dict, "Cote d'Ivoire and Liamine Zeroual."), " ")
	if !strings.Contains(got, "=CIV") || !strings.Contains(got, "=DZAGOV") {
		t.Errorf("got %q, want both actors", got)
	}
}

func TestAgentsFormat(t *testing.T) {
	agents := "!PERSON! = MAN, MEN\nBUSINESS!PERSON! [~BUS]\nPOLICE {} [~COP]\nATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]\nRIGHTS_GROUP [NGO~]\nDEPARMENT_OF_ENVIRONMENT [~ENV}\nNOCODE [GOV]\n"
	var reported []error
	m, err := Load(Options{Report: func(err error) { reported = append(reported, err) }},
		File{Name: "a.agents", Format: FormatAgents, Data: []byte(agents), Connectors: ConnectPETRARCH})
	if err != nil {
		t.Fatal(err)
	}
	if len(reported) != 1 || !strings.Contains(reported[0].Error(), "a.agents:7") {
		t.Errorf("reported %v, want one error on line 7", reported)
	}
	tests := []struct {
		phrase string
		code   string
		before bool
		ok     bool
	}{
		{"businessmen", "BUS", false, true},
		{"businessman", "BUS", false, true},
		{"police", "COP", false, true},
		{"polices", "", false, false},
		{"attorneys general", "JUD", false, true},
		{"rights groups", "NGO", true, true},
		{"department of environment", "", false, false},
		{"deparment of environment", "ENV", false, true},
	}
	for _, tt := range tests {
		a, ok := m.LookupAgent(tt.phrase)
		if ok != tt.ok || a.Code != tt.code || a.Before != tt.before {
			t.Errorf("LookupAgent(%q) = %+v, %v; want %s before=%v %v", tt.phrase, a, ok, tt.code, tt.before, tt.ok)
		}
	}
	if got := CombineAgent("PAK", Agent{Code: "NGO", Before: true}); got != "NGOPAK" {
		t.Errorf("CombineAgent NGO~ = %s", got)
	}
	if got := CombineAgent("AFGREB", Agent{Code: "REB"}); got != "AFGREB" {
		t.Errorf("CombineAgent with a part already there = %s", got)
	}
}

func TestDiscards(t *testing.T) {
	m, err := Load(Options{}, File{Name: "d", Format: FormatDiscards, Data: []byte("+WORLD CUP\nBASEBALL\nOLYMPIC_\n")})
	if err != nil {
		t.Fatal(err)
	}
	a := &entente.Article{Text: "Pakistan lost the World Cup final. Baseballs flew. The Olympics began. Olympic games."}
	sents := text.Split(a)
	hits := m.Discards(a, sents)
	var got []string
	for _, h := range hits {
		got = append(got, h.Span.Of(a.Text)+map[bool]string{true: "+", false: ""}[h.Story])
	}
	if strings.Join(got, "|") != "World Cup+|Baseballs|Olympic" {
		t.Errorf("discards = %q", got)
	}
}

// TestDefaultCodesValid checks that every code of the default dictionaries
// is made of valid CAMEO parts, and that they load cleanly with Strict.
func TestDefaultCodesValid(t *testing.T) {
	files, err := DefaultFiles()
	if err != nil {
		t.Fatal(err)
	}
	m, err := Load(Options{Strict: true, NoValidate: true}, files...)
	if err != nil {
		t.Fatal(err)
	}
	codes := m.Codes()
	if len(codes) < 10000 {
		t.Fatalf("only %d codes in the defaults", len(codes))
	}
	bad := 0
	for _, c := range codes {
		if err := cameo.ValidActorCode(c.Code); err != nil {
			bad++
			if bad <= 20 {
				t.Errorf("%s: %v", c.Entry, err)
			}
		}
	}
	if _, err := Default(); err != nil {
		t.Fatalf("Default: %v", err)
	}
}

// TestDemoDictionaries loads TABARI's and PETRARCH's validation
// dictionaries, which use fictional actors and WEIS-era codes.
func TestDemoDictionaries(t *testing.T) {
	dir := sharedtest.Path(t, "conformance")
	for _, c := range []struct {
		path   string
		format Format
		conn   Connectors
	}{
		{"tabari/TABARI.Demo.actors", FormatActors, ConnectTABARI},
		{"tabari/Validate.agents", FormatAgents, ConnectTABARI},
		{"petrarch/PETR.Validate.actors.txt", FormatActors, ConnectPETRARCH},
		{"petrarch/PETR.Validate.agents.txt", FormatAgents, ConnectPETRARCH},
		{"petrarch/PETR.Validate.discards.txt", FormatDiscards, ConnectPETRARCH},
	} {
		data, err := os.ReadFile(dir + "/" + c.path)
		if err != nil {
			t.Fatal(err)
		}
		m, err := Load(Options{NoValidate: true}, File{Name: c.path, Format: c.format, Data: data, Connectors: c.conn})
		if err != nil {
			t.Fatal(err)
		}
		s := m.Stats()
		if s.Actors+s.Agents+s.Discards == 0 {
			t.Errorf("%s: nothing loaded", c.path)
		}
		for _, w := range m.Warnings() {
			t.Logf("%v", w)
		}
	}
}

// TestSpecialAndCompoundCodes checks TABARI's special codes ([###], [+++])
// and coded compounds ([A/B]), whose "#" is not a comment.
func TestSpecialAndCompoundCodes(t *testing.T) {
	dict := "KRAKEN [###] ; sea monster\nHYDRA [### <19890101] [HYD] # dated\nMAZE [+++]\nTWIN_CITIES [AAA/BBB]\n" +
		"TRIPLE_ALLIANCE [AAA/BBB/CCC]\nDUAL_MONARCHY\n\t[AAA/BBB <19180101]\n\t[AAA]\n"
	tests := []struct {
		txt  string
		want string
	}{
		{"The Kraken spoke.", "Kraken=###"},
		{"The Hydra spoke.", "Hydra=HYD"},
		{"A Maze spoke.", "Maze=+++"},
		{"Twin Cities spoke.", "Twin Cities=AAA Twin Cities=BBB"},
		{"The Triple Alliance spoke.", "Triple Alliance=AAA Triple Alliance=BBB Triple Alliance=CCC"},
		{"The Dual Monarchy spoke.", "Dual Monarchy=AAA"},
	}
	for _, tt := range tests {
		var reported []error
		got := strings.Join(matchCodes(t, Options{NoValidate: true, Report: func(err error) { reported = append(reported, err) }}, dict, tt.txt), " ")
		if got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.txt, got, tt.want)
		}
		if len(reported) > 0 {
			t.Errorf("reported %v", reported)
		}
	}
	// Special codes take no agent and are no antecedent.
	m, err := Load(Options{NoValidate: true},
		File{Name: "a", Format: FormatActors, Data: []byte(dict + "GONDOR [FRA]\n")},
		File{Name: "g", Format: FormatAgents, Data: []byte("TROOPS {} [~MIL]\n"), Connectors: ConnectPETRARCH})
	if err != nil {
		t.Fatal(err)
	}
	a := &entente.Article{Text: "Gondor met the Kraken. Its troops left. Twin Cities troops came."}
	var got []string
	for _, mm := range m.Match(a, text.Split(a), time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC)) {
		got = append(got, mm.Span.Of(a.Text)+"="+mm.Code)
	}
	want := "Gondor=FRA Kraken=### Its troops=FRAMIL Twin Cities troops=AAAMIL Twin Cities troops=BBBMIL"
	if g := strings.Join(got, " "); g != want {
		t.Errorf("got %q, want %q", g, want)
	}
	if !IsSpecial(DiscardCode) || !IsSpecial(ComplexCode) || IsSpecial("---") {
		t.Error("IsSpecial")
	}
}

// TestDateRangeSpacing checks restrictions written with spaces around the
// operator and with 8-digit dates, as PETRARCH's dictionaries have them.
func TestDateRangeSpacing(t *testing.T) {
	tests := []struct {
		in      string
		want    datedCode
		wantErr bool
	}{
		{"[HOBGOV 19950601 - 19990815]", datedCode{code: "HOBGOV", from: 19950601, to: 19990815, dated: true}, false},
		{"[HOBGOV 950601 - 990815]", datedCode{code: "HOBGOV", from: 19950601, to: 19990815, dated: true}, false},
		{"[HOBGOV 950601 -990815]", datedCode{code: "HOBGOV", from: 19950601, to: 19990815, dated: true}, false},
		{"[HOB < 950601]", datedCode{code: "HOB", to: 19950601, dated: true}, false},
		{"[ELR/GAL > 20010101]", datedCode{code: "ELR/GAL", from: 20010101, dated: true}, false},
		{"[HOB 950601 990815]", datedCode{}, true},
		{"[950601-990815]", datedCode{}, true},
		{"[AAA950601-990815]", datedCode{}, true},
		{"[AAA//BBB]", datedCode{}, true},
	}
	for _, tt := range tests {
		got, err := parseCodeBlocks(tt.in, false)
		if (err != nil) != tt.wantErr {
			t.Errorf("parseCodeBlocks(%q) error %v, want error %v", tt.in, err, tt.wantErr)
			continue
		}
		if !tt.wantErr && (len(got) != 1 || got[0] != tt.want) {
			t.Errorf("parseCodeBlocks(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

// TestSynonymDatedRecord checks a record whose codes are all on indented
// lines after its synonyms, after a loosely written "<! -- -->" comment
// line, which must not hide the rest of the file.
func TestSynonymDatedRecord(t *testing.T) {
	dict := "<! -- a loose comment -->\n<NOUN>\nCROWDS_\n</NOUN>\nMARY_ROE_ # default\n+QUEEN_MARY_\n\t[XXXCIV <20080120] # first\n" +
		"\t[XXXGOV 20080121 - 20121109]\n\t[XXXELI > 20121110]\nCROWDS_ [ZZZ]\n"
	for _, tt := range []struct{ date, want string }{
		{"2001-01-01", "Queen Mary=XXXCIV"},
		{"2010-06-01", "Queen Mary=XXXGOV"},
		{"2015-06-01", "Queen Mary=XXXELI"},
	} {
		m, err := Load(Options{NoValidate: true, Strict: true}, File{Name: "t", Format: FormatActors, Data: []byte(dict)})
		if err != nil {
			t.Fatal(err)
		}
		d, _ := time.Parse("2006-01-02", tt.date)
		a := &entente.Article{Text: "Queen Mary met Crowds."}
		var got []string
		for _, mm := range m.Match(a, text.Split(a), d) {
			got = append(got, mm.Span.Of(a.Text)+"="+mm.Code)
		}
		if g := strings.Join(got, " "); g != tt.want+" Crowds=ZZZ" {
			t.Errorf("on %s: got %q, want %q", tt.date, g, tt.want+" Crowds=ZZZ")
		}
	}
}

// TestConnectorInText checks that a word connector written in the text
// ("Dol_Amroth") matches the dictionary's connector, and that a word ending
// in "=" takes no regular ending.
func TestConnectorInText(t *testing.T) {
	dict := "PRINCE_OF_DOL_AMROTH [DOL]\nGOOSE= [GSE]\nSTONE_AGE [STA]\n"
	tests := []struct {
		txt  string
		want string
	}{
		{"The Prince of Dol_Amroth spoke.", "Prince of Dol_Amroth=DOL"},
		{"The Prince_of_Dol_Amroth spoke.", "Prince_of_Dol_Amroth=DOL"},
		{"The Prince of Dol Amroth spoke.", "Prince of Dol Amroth=DOL"},
		{"The Stone_Age ended.", "Stone_Age=STA"},
		{"A Goose spoke.", "Goose=GSE"},
		{"Gooses spoke.", ""},
	}
	for _, tt := range tests {
		got := strings.Join(matchCodes(t, Options{NoValidate: true}, dict, tt.txt), " ")
		if got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.txt, got, tt.want)
		}
	}
	// Token ranges still refer to the sentence's own tokens.
	m, err := Load(Options{NoValidate: true}, File{Name: "t", Format: FormatActors, Data: []byte(dict)})
	if err != nil {
		t.Fatal(err)
	}
	a := &entente.Article{Text: "Then the Prince of Dol_Amroth left."}
	sents := text.Split(a)
	ms := m.Match(a, sents, time.Time{})
	if len(ms) != 1 {
		t.Fatalf("mentions %+v", ms)
	}
	toks := sents[0].Tokens
	if r := ms[0].Tokens; a.Text[toks[r[0]].Span.Start:toks[r[1]-1].Span.End] != "Prince of Dol_Amroth" {
		t.Errorf("token range %v does not cover the mention", r)
	}
}

// TestAgentRules checks how agents find their actors: across "from", "of"
// and "in" (not for armed forces), through lists of agents and of actors,
// and the codes CAMEO gives the officials of bodies that are not states.
func TestAgentRules(t *testing.T) {
	actors := "GONDOR [GON]\n+GONDORIAN\nMORDOR [MOR]\nACME_CORP [GONBUS]\nORC_BAND [MORREB]\nGREAT_LEAGUE [IGOGLG]\n"
	agents := "SOLDIER [~MIL]\nTROOPS {} [~MIL]\nLAWMAKER [~LEG]\nOFFICIAL [~GOV]\nCHIEF_EXECUTIVE [~GOV]\n" +
		"FIGHTER [~UAF]\nDEPUTY [~COP]\nFOREIGN_MINISTER [~GOV]\nARMY_CHIEF [~MIL]\nACTIVIST [~OPP]\nSTUDENT [~EDU]\n"
	m, err := Load(Options{NoValidate: true},
		File{Name: "a", Format: FormatActors, Data: []byte(actors)},
		File{Name: "g", Format: FormatAgents, Data: []byte(agents), Connectors: ConnectPETRARCH})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		txt  string
		want string
	}{
		{"Soldiers from Gondor crossed.", "Soldiers from Gondor=GONMIL"},
		{"Activists in Gondor marched.", "Activists in Gondor=GONOPP"},
		{"Troops in Mordor waited.", "Mordor=MOR"},
		{"Lawmakers in Gondor and Mordor voted.", "Lawmakers in Gondor=GONLEG Mordor=MORLEG"},
		{"Students and lawmakers in Gondor met.", "Students=GONEDU lawmakers in Gondor=GONLEG"},
		{"Gondor's foreign minister, army chief and lawmakers met.", "Gondor's foreign minister=GONGOV army chief=GONMIL lawmakers=GONLEG"},
		{"Gondorian soldiers and officials met.", "Gondorian soldiers=GONMIL officials=GONGOV"},
		{"The Gondorian deputy foreign minister spoke.", "Gondorian deputy foreign minister=GONGOV"},
		{"The chief executive of Acme Corp spoke.", "chief executive of Acme Corp=GONBUS"},
		{"Great League officials spoke.", "Great League officials=IGOGLG"},
		{"Orc Band fighters attacked.", "Orc Band fighters=MORREB"},
		{"Gondorian fighters attacked.", "Gondorian fighters=GONUAF"},
	}
	for _, tt := range tests {
		a := &entente.Article{Text: tt.txt}
		var got []string
		for _, mm := range m.Match(a, text.Split(a), time.Time{}) {
			got = append(got, mm.Span.Of(a.Text)+"="+mm.Code)
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("%q: got %q, want %q", tt.txt, g, tt.want)
		}
	}
	// An agent with nothing to attach to, with Options.UnknownActor.
	m2, err := Load(Options{NoValidate: true, UnknownActor: "---"},
		File{Name: "g", Format: FormatAgents, Data: []byte(agents), Connectors: ConnectPETRARCH})
	if err != nil {
		t.Fatal(err)
	}
	a := &entente.Article{Text: "Students protested."}
	if ms := m2.Match(a, text.Split(a), time.Time{}); len(ms) != 1 || ms[0].Code != "---EDU" {
		t.Errorf("UnknownActor: got %+v, want one mention ---EDU", ms)
	}
}

// TestMinistStem: a Phoenix agent ending in the TABARI stem MINIST
// ("DEFENCE_MINIST") stands for the file's !MINIST! set under PETRARCH
// connectors, which match whole words only; without the set it stays as
// written.
func TestMinistStem(t *testing.T) {
	for _, tc := range []struct {
		file   string
		phrase string
		ok     bool
	}{
		{"!MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES\nDEFENCE_MINIST [~GOVMIL]\n", "defence ministry", true},
		{"!MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES\nDEFENCE_MINIST [~GOVMIL]\n", "defence ministers", true},
		{"!MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES\nDEFENCE_MINIST [~GOVMIL]\n", "defence minist", false},
		{"DEFENCE_MINIST [~GOVMIL]\n", "defence ministry", false},
		{"DEFENCE_MINIST [~GOVMIL]\n", "defence minist", true},
	} {
		m, err := Load(Options{}, File{Name: "a.agents", Format: FormatAgents, Data: []byte(tc.file), Connectors: ConnectPETRARCH})
		if err != nil {
			t.Fatal(err)
		}
		a, ok := m.LookupAgent(tc.phrase)
		if ok != tc.ok || ok && a.Code != "GOVMIL" {
			t.Errorf("%q in %q: %+v, %v; want %v", tc.phrase, tc.file, a, ok, tc.ok)
		}
	}
}
