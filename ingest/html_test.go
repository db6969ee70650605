package ingest

import (
	"strings"
	"testing"
	"time"
)

// body is a paragraph long enough for readability to take the page as an article.
const body = `<p>The delegation arrived on Tuesday for three days of talks on trade, energy and security, officials said, and was received at the airport by the deputy foreign minister.</p>
<p>Both sides said they hoped to sign an agreement on visas before the end of the year, and to open a new consulate in the north of the country.</p>`

func page(head, bodyHTML string) string {
	return "<!doctype html><html><head>" + head + "</head><body>" + bodyHTML + "</body></html>"
}

func TestReadHTML(t *testing.T) {
	tests := []struct {
		name, in              string
		title, url, publisher string
		dateSource            string
		published             time.Time
		lang                  string
		mustHave, mustNot     []string
		captionCount          int // times "Caption text" may appear
	}{
		{name: "meta date and og tags",
			in: page(`<title>Tag title | Site</title><meta property="og:title" content="OG title"><meta property="og:url" content="https://e.org/og">
<meta property="og:site_name" content="Site"><meta property="article:published_time" content="2024-02-03T04:05:06Z">`, "<article>"+body+"</article>"),
			title: "OG title", url: "https://e.org/og", publisher: "Site", dateSource: DateFromMeta,
			published: time.Date(2024, 2, 3, 4, 5, 6, 0, time.UTC), lang: "en", mustHave: []string{"delegation arrived"}},
		{name: "canonical wins over og:url; JSON-LD date",
			in: page(`<title>T</title><link rel="canonical" href="https://e.org/canon"><meta property="og:url" content="https://e.org/og">
<script type="application/ld+json">[{"@type":"NewsArticle","headline":"LD headline","datePublished":"2023-12-31","publisher":"LD Pub"}]</script>`, "<article>"+body+"</article>"),
			title: "LD headline", url: "https://e.org/canon", publisher: "LD Pub", dateSource: DateFromJSONLD,
			published: time.Date(2023, 12, 31, 0, 0, 0, 0, time.UTC), lang: "en"},
		{name: "time element and html lang",
			in:    `<html lang="de"><head><title>Zeit</title></head><body><article><time datetime="2022-07-08T10:00:00Z">8. Juli</time>` + body + `</article></body></html>`,
			title: "Zeit", dateSource: DateFromTimeElement, published: time.Date(2022, 7, 8, 10, 0, 0, 0, time.UTC), lang: "de"},
		{name: "boilerplate dropped",
			in: page(`<title>Boiler</title>`, `<nav><a href="/">Home</a><a href="/w">World news section</a></nav>
<header class="masthead">Site masthead words</header><main><article><h1>Boiler</h1>
<figure><figcaption>Caption text for the photo.</figcaption></figure>`+body+`
<figure><figcaption>Caption text for the photo.</figcaption></figure>
<div class="related-posts"><h2>Related posts</h2><ul><li><a href="/1">Another story</a></li></ul></div>
<h2>Read more</h2><ul><li><a href="/2">Yet another story</a></li></ul>
<p>Read more: <a href="/3">A third story about something</a></p>
<div class="social-share"><a href="#">Share this</a></div></article></main><footer>Footer words</footer>`),
			title: "Boiler", lang: "en", mustHave: []string{"delegation arrived", "consulate"},
			mustNot:      []string{"World news section", "masthead", "Another story", "Yet another story", "third story", "Share this", "Footer words", "Related posts"},
			captionCount: 1},
		{name: "a boilerplate class on the article itself",
			in:    page(`<title>Classy</title>`, `<article class="story has-comments share-enabled">`+body+`</article>`),
			title: "Classy", lang: "en", mustHave: []string{"delegation arrived", "consulate"}},
		{name: "malformed markup still reads",
			in:    `<html><head><title>Broken</title><body><div><p>Unclosed paragraph about a ceasefire agreed on Monday.<p>Another <b>bold <i>claim</b> made</div></span></table>`,
			title: "Broken", lang: "en", mustHave: []string{"ceasefire", "Another bold claim made"}},
		{name: "latin-1 page",
			in:    "<html><head><meta charset=\"iso-8859-1\"><title>Caf\xe9</title></head><body><p>Le caf\xe9 est ferm\xe9 depuis lundi.</p></body></html>",
			title: "Café", lang: "en", mustHave: []string{"Le café est fermé"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, st := readString(t, "page.html", tt.in, Options{})
			if len(arts) != 1 {
				t.Fatalf("got %d articles, errors %v", len(arts), st.Errors)
			}
			a := arts[0]
			if a.Title != tt.title || a.URL != tt.url || a.Publisher != tt.publisher || a.DateSource != tt.dateSource ||
				!a.Published.Equal(tt.published) || a.Language != tt.lang {
				t.Errorf("got title %q url %q publisher %q date %v (%s) lang %q", a.Title, a.URL, a.Publisher, a.Published, a.DateSource, a.Language)
			}
			for _, s := range tt.mustHave {
				if !strings.Contains(a.Text, s) {
					t.Errorf("text lacks %q:\n%s", s, a.Text)
				}
			}
			for _, s := range tt.mustNot {
				if strings.Contains(a.Text, s) {
					t.Errorf("text keeps boilerplate %q:\n%s", s, a.Text)
				}
			}
			if n := strings.Count(a.Text, "Caption text"); n > max(tt.captionCount, 0) || tt.captionCount > 0 && n != tt.captionCount {
				t.Errorf("caption appears %d times, want %d", n, tt.captionCount)
			}
			if strings.HasPrefix(a.Text, a.Title+"\n") {
				t.Errorf("headline left at the head of the text")
			}
		})
	}
}

func TestReadHTMLWithoutText(t *testing.T) {
	for _, in := range []string{"<html><head><title>Empty</title></head><body></body></html>", "<html><body><nav><a href='/'>Home</a></nav></body></html>", "<!-- only a comment -->"} {
		arts, st := readString(t, "empty.html", in, Options{Format: FormatHTML})
		if len(arts) != 0 || st.Skipped != 1 || len(st.Errors) != 1 || st.Errors[0].Input != "empty.html" {
			t.Errorf("%q: got %d articles, %+v", in, len(arts), st)
		}
	}
}

func TestReadFeedRSS(t *testing.T) {
	in := `<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title><language>en-us</language>
<item><title>One</title><link>https://e.org/1</link><guid>g1</guid><pubDate>Mon, 15 Sep 2025 08:45:00 +0200</pubDate>
<description>&lt;p&gt;First &amp;amp; only.&lt;/p&gt;&lt;p&gt;Second.&lt;/p&gt;</description></item>
<item><title>Two</title><description>Plain text item.</description></item>
<item><title>Empty</title><description>   </description></item>
</channel></rss>`
	arts, st := readString(t, "feed.xml", in, Options{})
	if len(arts) != 2 || st.Skipped != 1 || st.Articles != 2 {
		t.Fatalf("got %d articles, %+v", len(arts), st)
	}
	a := arts[0]
	if a.ID != "g1" || a.Title != "One" || a.URL != "https://e.org/1" || a.Publisher != "Desk" || a.Language != "en-us" ||
		a.DateSource != DateFromInput || !a.Published.Equal(time.Date(2025, 9, 15, 6, 45, 0, 0, time.UTC)) || a.Source != "feed.xml#1" {
		t.Errorf("first item: %+v", a)
	}
	if got := paras(a.Text, a.Paragraphs); strings.Join(got, "|") != "First & only.|Second." {
		t.Errorf("paragraphs %q", got)
	}
	if b := arts[1]; b.ID != ContentID(b.Text) || b.Text != "Plain text item." || !b.Published.IsZero() {
		t.Errorf("second item: %+v", b)
	}
}

func TestReadFeedMalformed(t *testing.T) {
	for _, in := range []string{`<?xml version="1.0"?><rss version="2.0"><channel><title>Cut`, `<rss><channel><item><title>x</title></item>`, `<feed xmlns="http://www.w3.org/2005/Atom"><entry>`} {
		arts, st := readString(t, "bad.rss", in, Options{})
		for _, a := range arts {
			checkArticle(t, a)
		}
		if st.Skipped == 0 || len(st.Errors) == 0 || st.Errors[0].Input != "bad.rss" {
			t.Errorf("%q: want the feed reported, got %+v", in, st)
		}
	}
}
