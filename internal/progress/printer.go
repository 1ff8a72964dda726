package progress

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/councilminutes/minutes/internal/terminal"
)

// Intervals between two showings of the line.
const (
	liveEvery  = 200 * time.Millisecond // redraw of the live line
	plainEvery = 10 * time.Second       // plain progress lines
)

// Printer shows the progress of one run on a writer (stderr). A nil
// *Printer shows nothing, so callers need not check. Its methods may be
// called from several goroutines.
type Printer struct {
	mu       sync.Mutex
	w        io.Writer
	live     bool // w is a terminal: one line redrawn in place
	every    time.Duration
	now      func() time.Time
	name     string // what runs: "fetch", "index"
	unit     string // what is counted, plural: "councils", "files"
	total    int    // how many there are; 0 when unknown
	done     int
	rateUnit string // what the rate counts; "" for unit
	work     int
	detail   string
	start    time.Time
	shown    time.Time // when the line was last shown
	drawn    bool      // the live line is on the terminal now
}

// New returns a Printer on w: live when w is a terminal, plain otherwise.
func New(w io.Writer) *Printer {
	return newPrinter(w, IsTerminal(w))
}

// NewLive returns a Printer that draws the live line on w whatever w is
// (for tests, and for callers that know better).
func NewLive(w io.Writer) *Printer { return newPrinter(w, true) }

func newPrinter(w io.Writer, live bool) *Printer {
	every := plainEvery
	if live {
		every = liveEvery
	}
	return &Printer{w: w, live: live, every: every, now: time.Now}
}

// Start begins a run of total units (0 when unknown) on w, and returns
// its Printer: w itself when it is a *Printer (so the caller that made it
// keeps its log lines above the live line), else a new one on w. A nil w
// gives a nil Printer.
func Start(w io.Writer, name, unit string, total int) *Printer {
	if w == nil {
		return nil
	}
	p, ok := w.(*Printer)
	if !ok {
		p = New(w)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.name, p.unit, p.total = name, unit, total
	p.done, p.work, p.rateUnit, p.detail = 0, 0, "", ""
	p.start, p.shown = p.now(), time.Time{}
	return p
}

// IsTerminal reports whether w is a terminal (a character device that is
// not known to be dumb).
func IsTerminal(w io.Writer) bool {
	f, ok := w.(interface{ Stat() (os.FileInfo, error) })
	if !ok {
		return false
	}
	fi, err := f.Stat()
	if err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	return os.Getenv("TERM") != "dumb"
}

// Live reports whether the Printer draws a live line.
func (p *Printer) Live() bool { return p != nil && p.live }

// RateOf makes the rate count something other than the units: requests
// for a fetch that counts councils.
func (p *Printer) RateOf(unit string) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.rateUnit = unit
}

// SetTotal changes the number of units, when it grows as the run learns
// more.
func (p *Printer) SetTotal(total int) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.total = total
	p.show(false)
}

// Add counts n more units done.
func (p *Printer) Add(n int) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done += n
	p.show(false)
}

// Work counts n more of what the rate counts (see RateOf).
func (p *Printer) Work(n int) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.work += n
	p.show(false)
}

// Detail sets the text shown after the counts; it is escaped.
func (p *Printer) Detail(format string, args ...any) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.detail = terminal.Escape(fmt.Sprintf(format, args...))
	p.show(false)
}

// Finish shows the line a last time and, on a terminal, ends it so that
// what follows starts on a line of its own.
func (p *Printer) Finish() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.live && p.shown.IsZero() {
		return // a short run: no progress lines, not even the last
	}
	p.show(true)
	if p.live && p.drawn {
		io.WriteString(p.w, "\n")
		p.drawn = false
	}
}

// Write writes log lines above the live line: it clears the line, writes
// b and draws the line again. Elsewhere it writes b as it is. The caller
// escapes what b holds (slog's text handler quotes it).
func (p *Printer) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.live || !p.drawn {
		return p.w.Write(b)
	}
	io.WriteString(p.w, "\r\x1b[K")
	n, err := p.w.Write(b)
	if len(b) > 0 && b[len(b)-1] != '\n' {
		io.WriteString(p.w, "\n")
	}
	p.draw()
	return n, err
}

// show draws the live line, or writes a plain line, if it is time to (or
// now, with force).
func (p *Printer) show(force bool) {
	if p.unit == "" {
		return // not started
	}
	now := p.now()
	if !force && now.Sub(p.shown) < p.every {
		return
	}
	if !force && !p.live && p.shown.IsZero() && now.Sub(p.start) < p.every {
		return // a short run needs no progress lines
	}
	p.shown = now
	if p.live {
		p.draw()
		return
	}
	fmt.Fprintf(p.w, "%s: %s\n", p.name, p.line(now))
}

// draw writes the live line over the current one.
func (p *Printer) draw() {
	fmt.Fprintf(p.w, "\r%s: %s\x1b[K", p.name, p.line(p.now()))
	p.drawn = true
}
