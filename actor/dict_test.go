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
		ws, err := parsePhrase(tt.in, tt.conn, false)
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
