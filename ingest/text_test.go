package ingest

import (
	"context"
	"strings"
	"testing"
	"time"

	"entente"
)

// paras returns the text of each span.
func paras(text string, spans []entente.Span) []string {
	var out []string
	for _, s := range spans {
		out = append(out, s.Of(text))
	}
	return out
}

func TestTextParagraphs(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"one line", "A single line.", []string{"A single line."}},
		{"blank lines", "First para.\n\nSecond para\nwraps here.\n\n\nThird.",
			[]string{"First para.", "Second para\nwraps here.", "Third."}},
		{"blank line with spaces", "One.\n  \t\nTwo.", []string{"One.", "Two."}},
		{"indented newswire", "CITY, Jan 1 - Lead runs\nover two lines.\n    Second paragraph\nwraps too.\n    Third.",
			[]string{"CITY, Jan 1 - Lead runs\nover two lines.", "Second paragraph\nwraps too.", "Third."}},
		{"uniform indentation is not a break", "Lead.\n  same indent\n  again",
			[]string{"Lead.\n  same indent\n  again"}},
		{"trailing spaces stay out", "One.   \n\nTwo.\t", []string{"One.", "Two."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spans := textParagraphs(tt.in)
			if err := checkParagraphs(tt.in, spans); err != nil {
				t.Fatal(err)
			}
			got := paras(tt.in, spans)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("paragraphs = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestStripSignOff(t *testing.T) {
	tests := []struct {
		in, want, publisher string
	}{
		{"The deal was signed.\n REUTER", "The deal was signed.", "Reuters"},
		{"Total 55.8 (33.7).        REUTER", "Total 55.8 (33.7).", "Reuters"},
		{"It ends here.\nReuter\n", "It ends here.", "Reuters"},
		{"The minister told Reuter", "The minister told Reuter", ""},
		{"Nothing to strip.", "Nothing to strip.", ""},
		{"REUTER", "REUTER", ""},
	}
	for _, tt := range tests {
		got, pub := stripSignOff(tt.in)
		if got != tt.want || pub != tt.publisher {
			t.Errorf("stripSignOff(%q) = %q, %q; want %q, %q", tt.in, got, pub, tt.want, tt.publisher)
		}
	}
}

func TestCleanText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"\uFEFFHello", "Hello"},
		{"a\r\nb\rc", "a\nb\nc"},
		{"\n\n  indented first\nsecond  \n\n", "indented first\nsecond"},
		{"bell\x07 and del\x7f", "bell  and del"},
		{"tab\tkept", "tab\tkept"},
	}
	for _, tt := range tests {
		if got := cleanText(tt.in); got != tt.want {
			t.Errorf("cleanText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// readString reads one input given as a string with the given name.
func readString(t *testing.T, name, in string, opts Options) ([]*entente.Article, Stats) {
	t.Helper()
	var out []*entente.Article
	st, err := ReadFrom(context.Background(), name, strings.NewReader(in), opts, func(a *entente.Article) error {
		checkArticle(t, a)
		out = append(out, a)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out, st
}

func TestReadText(t *testing.T) {
	date := time.Date(2025, 2, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, in         string
		opts             Options
		title, text      string
		id, dateSource   string
		published        time.Time
		publisher, url   string
		skipped, warning int
	}{
		{name: "front matter", in: "---\ntitle: A title\ndate: 2024-05-01\nid: x1\npublisher: Desk\nurl: https://e.org/1\nlanguage: fr\n---\nBody text.\n",
			title: "A title", text: "Body text.", id: "x1", dateSource: DateFromFrontMatter,
			published: time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC), publisher: "Desk", url: "https://e.org/1"},
		{name: "quoted values", in: "---\ntitle: 'Quoted: yes'\n---\nBody.", title: "Quoted: yes", text: "Body."},
		{name: "headline", in: "Short headline\n\nThe body follows.", title: "Short headline", text: "The body follows."},
		{name: "no headline without a blank line", in: "Short headline\nThe body follows.", text: "Short headline\nThe body follows."},
		{name: "no headline ending in a period", in: "A sentence.\n\nMore.", text: "A sentence.\n\nMore."},
		{name: "only a headline-like line", in: "Just one line", text: "Just one line"},
		{name: "flags fill gaps", in: "Body only.", opts: Options{Date: date, Title: "T", Publisher: "P", URL: "u"},
			title: "T", text: "Body only.", dateSource: DateFromFlag, published: date, publisher: "P", url: "u"},
		{name: "flags do not override", in: "---\ntitle: Own\ndate: 2024-01-02\n---\nBody.", opts: Options{Date: date, Title: "T"},
			title: "Own", text: "Body.", dateSource: DateFromFrontMatter, published: time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC)},
		{name: "bad front matter date is a warning", in: "---\ndate: someday\n---\nBody.", text: "Body.", warning: 1},
		{name: "unclosed front matter", in: "---\ntitle: x\nBody.", skipped: 1},
		{name: "only front matter", in: "---\ntitle: x\n---\n", skipped: 1},
		{name: "blank", in: " \n\n\t\n", skipped: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, st := readString(t, "in.txt", tt.in, tt.opts)
			if st.Skipped != tt.skipped || st.Warnings != tt.warning {
				t.Fatalf("skipped %d, warnings %d, want %d, %d (%v)", st.Skipped, st.Warnings, tt.skipped, tt.warning, st.Errors)
			}
			if tt.skipped > 0 {
				if len(arts) != 0 || len(st.Errors) == 0 || st.Errors[0].Input != "in.txt" {
					t.Fatalf("want no article and an error naming the input, got %d articles, %v", len(arts), st.Errors)
				}
				return
			}
			if len(arts) != 1 {
				t.Fatalf("got %d articles, want 1", len(arts))
			}
			a := arts[0]
			if a.Title != tt.title || a.Text != tt.text || a.DateSource != tt.dateSource ||
				!a.Published.Equal(tt.published) || a.Publisher != tt.publisher || a.URL != tt.url {
				t.Errorf("got %+v", a)
			}
			if tt.id != "" && a.ID != tt.id {
				t.Errorf("ID = %q, want %q", a.ID, tt.id)
			}
			if tt.id == "" && a.ID != ContentID(a.Text) {
				t.Errorf("ID = %q, want the content hash %q", a.ID, ContentID(a.Text))
			}
		})
	}
}

func TestContentIDStable(t *testing.T) {
	in := "Same text.\n\nTwice."
	a1, _ := readString(t, "one.txt", in, Options{})
	a2, _ := readString(t, "two.txt", "\uFEFF"+strings.ReplaceAll(in, "\n", "\r\n")+"\n", Options{})
	if len(a1) != 1 || len(a2) != 1 || a1[0].ID != a2[0].ID {
		t.Fatalf("IDs differ for the same text: %v %v", a1, a2)
	}
	a3, _ := readString(t, "three.txt", "Other text.", Options{})
	if a3[0].ID == a1[0].ID {
		t.Errorf("different texts share ID %q", a1[0].ID)
	}
}

func TestFrontMatterLen(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"Plain text.\n", 0},
		{"---\ntitle: T\n---\nBody.\n", 17},
		{"---\ntitle: T\n...\nBody.", 17},
		{"---\ntitle: T\nno closing line\n", 0},
		{"--- not front matter\n", 0},
	} {
		if got := FrontMatterLen(tc.in); got != tc.want {
			t.Errorf("FrontMatterLen(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}
