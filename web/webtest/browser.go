package webtest

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// ActionTimeout bounds each step a Browser takes.
const ActionTimeout = 20 * time.Second

// Browser is a headless Chromium with one tab, bound to a test.
type Browser struct {
	t       testing.TB
	ctx     context.Context
	shots   string // screenshot directory
	BaseURL string // set by Serve
}

// FindChromium returns the path of a Chromium or Chrome binary, or "".
// MINUTES_CHROMIUM, when set, is the only candidate.
func FindChromium() string {
	if p := os.Getenv("MINUTES_CHROMIUM"); p != "" {
		if found, err := exec.LookPath(p); err == nil {
			return found
		}
		return ""
	}
	for _, name := range []string{"/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// New starts Chromium for t with a fresh profile, closed when t ends. With
// no Chromium it skips t, or fails it when CI=true.
func New(t testing.TB) *Browser {
	t.Helper()
	path := FindChromium()
	if path == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("webtest: no chromium found (set MINUTES_CHROMIUM or install chromium); browser tests are required when CI=true")
		}
		t.Skip("webtest: no chromium found; set MINUTES_CHROMIUM or install chromium to run browser tests")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx, chromedp.WithErrorf(t.Logf))
	t.Cleanup(func() {
		cancelCtx()
		cancelAlloc()
	})
	if err := chromedp.Do(ctx); err != nil { // starts the browser
		t.Fatalf("webtest: start chromium %s: %v", path, err)
	}
	shots := os.Getenv("MINUTES_SCREENSHOTS")
	if shots == "" {
		shots = t.TempDir()
	} else if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatalf("webtest: screenshot dir: %v", err)
	}
	return &Browser{t: t, ctx: ctx, shots: shots}
}

// Serve starts a loopback server for h, closed when the test ends, and
// makes its URL the base of Open.
func (b *Browser) Serve(h http.Handler) string {
	srv := httptest.NewServer(h)
	b.t.Cleanup(srv.Close)
	b.BaseURL = srv.URL
	return srv.URL
}

// Do runs actions in the tab, failing the test on error.
func (b *Browser) Do(actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, ActionTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		b.t.Fatalf("webtest: %v", err)
	}
}

// Open navigates to a path under BaseURL (or an absolute URL) and waits
// for the page to load.
func (b *Browser) Open(path string) {
	b.t.Helper()
	if !strings.HasPrefix(path, "http") {
		path = b.BaseURL + path
	}
	b.Do(chromedp.Navigate(path))
}

// Click clicks the first element matching a CSS selector and waits for the
// page it leads to.
func (b *Browser) Click(sel string) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, ActionTimeout)
	defer cancel()
	if _, err := chromedp.RunResponse(ctx, chromedp.Click(sel, chromedp.NodeVisible)); err != nil {
		b.t.Fatalf("webtest: click %s: %v", sel, err)
	}
}

// Submit types text into the field matching sel and submits its form,
// waiting for the answer.
func (b *Browser) Submit(sel, text string) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, ActionTimeout)
	defer cancel()
	Run(b, chromedp.Evaluate[bool]("(e => !!e && (e.value = '', true))(document.querySelector("+jsString(sel)+"))"))
	b.Do(chromedp.SendKeys(sel, text, chromedp.NodeVisible))
	if _, err := chromedp.RunResponse(ctx, chromedp.Submit(sel)); err != nil {
		b.t.Fatalf("webtest: submit %s: %v", sel, err)
	}
}

// Text returns the visible text of the first element matching sel.
func (b *Browser) Text(sel string) string {
	b.t.Helper()
	return Run(b, chromedp.Text(sel, chromedp.NodeVisible))
}

// Count returns how many elements match a CSS selector.
func (b *Browser) Count(sel string) int {
	b.t.Helper()
	return Run(b, chromedp.Evaluate[int]("document.querySelectorAll("+jsString(sel)+").length"))
}

// Location returns the tab's current URL.
func (b *Browser) Location() string {
	b.t.Helper()
	return Run(b, chromedp.Location())
}

// Run runs one action returning a value, failing the test on error.
func Run[T any](b *Browser, a chromedp.Action[T]) T {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, ActionTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		b.t.Fatalf("webtest: %v", err)
	}
	return v
}

// Screenshot saves a full-page PNG of the tab as name.png and logs its path.
func (b *Browser) Screenshot(name string) string {
	b.t.Helper()
	png := Run(b, chromedp.FullScreenshot(100))
	path := filepath.Join(b.shots, name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		b.t.Fatalf("webtest: save screenshot: %v", err)
	}
	b.t.Logf("screenshot %s", path)
	return path
}

// ScreenshotOf saves a PNG of the first element matching sel as name.png
// and logs its path.
func (b *Browser) ScreenshotOf(sel, name string) string {
	b.t.Helper()
	png := Run(b, chromedp.Screenshot(sel, chromedp.NodeVisible))
	path := filepath.Join(b.shots, name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		b.t.Fatalf("webtest: save screenshot: %v", err)
	}
	b.t.Logf("screenshot %s", path)
	return path
}

// Viewport resizes the tab, e.g. to 375 wide for a phone.
func (b *Browser) Viewport(width, height int64) {
	b.t.Helper()
	b.Do(chromedp.EmulateViewport(width, height))
}

func jsString(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`, "\n", `\n`).Replace(s) + "'"
}

// PageWidth is the width of the open page: more than the viewport's means
// the page scrolls sideways.
func (b *Browser) PageWidth() int {
	b.t.Helper()
	return Run(b, chromedp.Evaluate[int]("document.documentElement.scrollWidth"))
}

// OutOfView lists the elements matching sel (the start of each one's
// markup) that are not wholly within the viewport's width as the page
// opens: those a reader must scroll sideways to see.
func (b *Browser) OutOfView(sel string) []string {
	b.t.Helper()
	return Run(b, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll(`+jsString(sel)+`))
  .filter(e => { const r = e.getBoundingClientRect(); return r.left < 0 || r.right > window.innerWidth; })
  .map(e => e.outerHTML.slice(0, 120))`))
}

// ConsoleErrors starts collecting what the open tab reports as errors:
// uncaught exceptions and console.error or console.warn calls. The
// returned function gives those since the last call to it.
func (b *Browser) ConsoleErrors() func() []string {
	var mu sync.Mutex
	var got []string
	_ = chromedp.Listen(b.ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *cdpruntime.EventExceptionThrown:
			msg := e.ExceptionDetails.Text
			if e.ExceptionDetails.Exception != nil {
				msg += " " + e.ExceptionDetails.Exception.Description
			}
			got = append(got, "exception: "+msg)
		case *cdpruntime.EventConsoleAPICalled:
			if e.Type == cdpruntime.ConsoleAPICalledTypeError || e.Type == cdpruntime.ConsoleAPICalledTypeWarning {
				var parts []string
				for _, a := range e.Args {
					parts = append(parts, string(a.Value)+a.Description)
				}
				got = append(got, string(e.Type)+": "+strings.Join(parts, " "))
			}
		}
	})
	return func() []string {
		mu.Lock()
		defer mu.Unlock()
		out := got
		got = nil
		return out
	}
}
