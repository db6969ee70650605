package web

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"entente"
)

const chromiumPath = "/usr/bin/chromium"

// browser starts headless Chromium with a fresh profile, or skips the test
// when Chromium is not installed (and fails when CI is set).
func browser(t *testing.T) context.Context {
	t.Helper()
	path := chromiumPath
	if _, err := os.Stat(path); err != nil {
		p, lerr := exec.LookPath("chromium")
		if lerr != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("chromium is not installed and CI is set: %v", err)
			}
			t.Skipf("chromium is not installed: %v", err)
		}
		path = p
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 1000),
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	t.Cleanup(cancel)
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(acancel)
	bctx, bcancel := chromedp.NewContext(actx)
	t.Cleanup(bcancel)
	if err := chromedp.Do(bctx); err != nil {
		t.Fatalf("starting chromium: %v", err)
	}
	return bctx
}

// artifacts is the folder for screenshots, outside the repository.
func artifacts(t *testing.T) string {
	dir := filepath.Join(os.TempDir(), "entente-web-artifacts")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// shoot saves a full-page screenshot and logs its path.
func shoot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	p := filepath.Join(artifacts(t), name+".png")
	if err := os.WriteFile(p, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", p)
}

// count returns the number of elements matching a CSS selector.
func count(t *testing.T, ctx context.Context, sel string) int {
	t.Helper()
	n, err := chromedp.Run(ctx, chromedp.Evaluate[int](fmt.Sprintf("document.querySelectorAll(%q).length", sel)))
	if err != nil {
		t.Fatalf("counting %s: %v", sel, err)
	}
	return n
}

func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	ts, st := testServer(t, 300, Config{})
	ctx := browser(t)
	step := func(name string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		sctx, cancel := context.WithTimeout(ctx, 20*time.Second)
		defer cancel()
		if err := chromedp.Do(sctx, actions...); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	location := func() string {
		t.Helper()
		loc, err := chromedp.Run(ctx, chromedp.Location())
		if err != nil {
			t.Fatalf("location: %v", err)
		}
		return loc
	}

	// The overview lists the active dyads and the latest articles.
	step("overview", chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#dyads")))
	if n := count(t, ctx, "#dyads tbody tr"); n == 0 {
		t.Error("overview lists no dyads")
	}
	if n := count(t, ctx, "#articles tbody tr"); n == 0 {
		t.Error("overview lists no articles")
	}
	shoot(t, ctx, "overview")

	// The network is drawn, and a tie leads to its dyad.
	step("network", chromedp.Navigate(ts.URL+"/network?at=2024-06-01&unit=year"),
		chromedp.WaitVisible(chromedp.CSS("#network svg")))
	if n := count(t, ctx, "#network svg line"); n == 0 {
		t.Error("the network has no ties drawn")
	}
	if n := count(t, ctx, "#network svg circle"); n == 0 {
		t.Error("the network has no nodes drawn")
	}
	shoot(t, ctx, "network")
	var loc string
	step("network to dyad", chromedp.Click(chromedp.CSS(`#ties a[href="/dyad/PAK/RUS"]`)),
		chromedp.WaitVisible(chromedp.CSS("#chart svg")))
	loc = location()
	if !strings.HasSuffix(loc, "/dyad/PAK/RUS") {
		t.Errorf("clicking the PAK–RUS tie led to %s", loc)
	}
	if n := count(t, ctx, "#chart svg polyline"); n == 0 {
		t.Error("the dyad chart has no index line")
	}
	shoot(t, ctx, "dyad")

	// From the dyad's events table on to an event with its evidence.
	step("dyad to event", chromedp.Click(chromedp.CSS(`table.events tbody tr:first-child td:first-child a`)),
		chromedp.WaitVisible(chromedp.CSS("#evidence")))
	loc = location()
	if !strings.Contains(loc, "/event/") {
		t.Errorf("clicking an event led to %s", loc)
	}
	for _, sel := range []string{"#evidence mark.src", "#evidence mark.verb", "#evidence mark.tgt"} {
		if count(t, ctx, sel) != 1 {
			t.Errorf("the evidence has no single %s", sel)
		}
	}
	shoot(t, ctx, "event")
	step("event to article", chromedp.Click(chromedp.CSS("#article-link")),
		chromedp.WaitVisible(chromedp.CSS("article.text")))
	loc = location()
	if !strings.Contains(loc, "/article/") {
		t.Errorf("the article link led to %s", loc)
	}

	// Search finds the events of matching articles.
	step("search", chromedp.Navigate(ts.URL+"/search?q=shelled"), chromedp.WaitVisible(chromedp.CSS("main h1")))
	if n := count(t, ctx, "table.events tbody tr"); n == 0 {
		t.Error("searching for a verb of the corpus found no events")
	}
	shoot(t, ctx, "search")

	// Markup in an article never runs: not in the event page, not in the
	// article page, not in the overview that lists its title.
	var hostileEvent int64
	for _, e := range storeEvents(t, st, entente.EventFilter{Dyad: [2]string{"RUS", "PAK"}, From: synthStart.AddDate(0, 0, 700)}) {
		if e.ArticleID == hostileID {
			hostileEvent = e.StoreID
		}
	}
	for _, path := range []string{fmt.Sprintf("/event/%d", hostileEvent), "/article/" + url.PathEscape(hostileID), "/"} {
		step("hostile "+path, chromedp.Navigate(ts.URL+path), chromedp.WaitVisible(chromedp.CSS("main")),
			chromedp.Sleep(200*time.Millisecond))
		ran, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`typeof window.__xss !== "undefined"`))
		if err != nil {
			t.Fatal(err)
		}
		if ran {
			t.Errorf("%s: script from the article ran", path)
		}
		if n := count(t, ctx, "main img, main script, main [onerror], main [onmouseover]"); n != 0 {
			t.Errorf("%s: %d elements made from article markup", path, n)
		}
	}
	step("hostile event", chromedp.Navigate(ts.URL+fmt.Sprintf("/event/%d", hostileEvent)), chromedp.WaitVisible(chromedp.CSS("#evidence")))
	shown, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#evidence")))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(shown, `<img src=x onerror=`) || !strings.Contains(shown, "<script>") {
		t.Errorf("the hostile sentence is not shown as text: %q", shown)
	}
	shoot(t, ctx, "hostile-event")
}
