package progress

import (
	"bytes"
	"os"
	"strings"
	"sync"
	"testing"
	"time"
)

// clock is a fake time source the tests move by hand.
type clock struct{ t time.Time }

func (c *clock) now() time.Time          { return c.t }
func (c *clock) advance(d time.Duration) { c.t = c.t.Add(d) }

func startAt(w *bytes.Buffer, live bool, c *clock, unit string, total int) *Printer {
	p := newPrinter(w, live)
	p.now = c.now
	return Start(p, "fetch", unit, total)
}

func TestLiveLine(t *testing.T) {
	var out bytes.Buffer
	c := &clock{t: time.Date(2025, 1, 1, 9, 0, 0, 0, time.UTC)}
	p := startAt(&out, true, c, "councils", 4)
	p.RateOf("requests")
	p.Work(20) // drawn at once: no rate yet
	c.advance(10 * time.Second)
	p.Add(1)
	c.advance(10 * time.Second)
	p.Work(20)
	p.Add(1) // within the interval: not drawn
	p.Detail("%d meetings, last from %s", 12, "Kent\x1b]0;pwned\x07")
	p.Write([]byte("level=WARN msg=\"slow site\"\n"))
	p.Finish()
	got := out.String()
	for _, want := range []string{
		"\rfetch: 0/4 councils\x1b[K",
		"\rfetch: 1/4 councils, 2.0 requests/s, about 30s left\x1b[K",
		"\r\x1b[Klevel=WARN msg=\"slow site\"\n\rfetch: 2/4 councils, 2.0 requests/s, about 20s left; 12 meetings, last from Kent\\x1b]0;pwned\\x07\x1b[K",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("live output lacks %q:\n%q", want, got)
		}
	}
	if strings.Contains(got, "\x1b]0;") {
		t.Errorf("a name reached the terminal unescaped: %q", got)
	}
	if !strings.HasSuffix(got, "\x1b[K\n") {
		t.Errorf("Finish does not end the live line: %q", got)
	}
	if n := strings.Count(got, "\n"); n != 2 {
		t.Errorf("live output has %d newlines, want 2 (the log line and the end): %q", n, got)
	}
}

func TestLiveLineIsThrottled(t *testing.T) {
	var out bytes.Buffer
	c := &clock{t: time.Now()}
	p := startAt(&out, true, c, "files", 1000)
	for i := 0; i < 1000; i++ {
		c.advance(time.Millisecond)
		p.Add(1)
	}
	if n := strings.Count(out.String(), "\r"); n < 4 || n > 6 {
		t.Errorf("a second of updates drew the line %d times, want about 5", n)
	}
}

func TestPlainLines(t *testing.T) {
	var out bytes.Buffer
	c := &clock{t: time.Now()}
	p := startAt(&out, false, c, "files", 300)
	for i := 0; i < 300; i++ {
		c.advance(100 * time.Millisecond)
		p.Add(1)
	}
	p.Finish()
	got := out.String()
	lines := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
	if len(lines) != 4 { // at 10s, 20s, 30s and the last
		t.Errorf("30s of work gave %d plain lines, want 4:\n%s", len(lines), got)
	}
	if strings.ContainsAny(got, "\r\x1b") {
		t.Errorf("plain output holds terminal controls: %q", got)
	}
	if lines[0] != "fetch: 100/300 files, 10.0 files/s, about 20s left" {
		t.Errorf("first line = %q", lines[0])
	}
	if last := lines[len(lines)-1]; last != "fetch: 300/300 files, 10.0 files/s" {
		t.Errorf("last line = %q", last)
	}
}

func TestShortRunsPrintNothing(t *testing.T) {
	var out bytes.Buffer
	c := &clock{t: time.Now()}
	p := startAt(&out, false, c, "files", 3)
	p.Add(3)
	p.Finish()
	if out.Len() != 0 {
		t.Errorf("a run shorter than the interval printed %q", out.String())
	}
}

func TestNilPrinterIsQuiet(t *testing.T) {
	var p *Printer = Start(nil, "index", "files", 3)
	p.Add(1)
	p.Work(1)
	p.Detail("x")
	p.SetTotal(4)
	p.Finish()
	if p.Live() {
		t.Error("a nil printer says it is live")
	}
}

func TestConcurrentUse(t *testing.T) {
	var out bytes.Buffer
	p := Start(NewLive(&out), "fetch", "councils", 40)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 10; j++ {
				p.Work(3)
				p.Add(1)
				p.Write([]byte("a log line\n"))
			}
		}()
	}
	wg.Wait()
	p.Finish()
	if !strings.Contains(out.String(), "40/40 councils") {
		t.Errorf("the last line does not count every council: %q", out.String())
	}
}

func TestIsTerminal(t *testing.T) {
	var b bytes.Buffer
	if IsTerminal(&b) {
		t.Error("a buffer is taken for a terminal")
	}
	f, err := os.CreateTemp(t.TempDir(), "log")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if IsTerminal(f) {
		t.Error("a regular file is taken for a terminal")
	}
}
