package pdftext

import (
	"bytes"
	"context"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strings"
)

// The native reader in a child process. The parent sends a childRequest
// on the child's standard input and reads a childResponse from its
// standard output, both gob-encoded. The child limits its own memory; the
// parent kills it when the context ends, which stops it whatever it is
// doing: the PDF library has allocations sized by the file (a cross-reference
// table of a trillion entries) that no check of ours can interrupt, and
// that kill a process outright.

type childRequest struct {
	Path   string
	Size   int64
	Opts   Options // its Child is not used by the child
	Memory int64   // bytes
}

type childResponse struct {
	Pages     [][]wireLine
	Warnings  []string
	ImageOnly []int
	Err       string // "" when the document was read
	Kind      int    // index of the error's sentinel in sentinels, -1 for none
}

// wireLine is a textLine as sent by the child.
type wireLine struct {
	Text               string
	Para, Margin       bool
	Placed             bool
	Size, X0, X1, Y    float64
	Tab                float64
	Glyphs, BoldGlyphs int
}

// sentinels are the errors a child's error may wrap, by index.
var sentinels = []error{ErrEncrypted, ErrNoText, ErrTooLarge, ErrTooManyPages, ErrTimeout,
	ErrUnreadable, ErrTooMuchContent, context.Canceled, context.DeadlineExceeded}

// childError is an error of the child: its message, and the sentinel it
// wrapped there.
type childError struct {
	msg  string
	kind error
}

func (e childError) Error() string { return e.msg }
func (e childError) Unwrap() error { return e.kind }

// ServeChild is the child's side: it reads one request from in, reads the
// PDF's text layer within the memory limit and writes the response to out.
// A program that sets Options.Child runs it when started with that command.
func ServeChild(ctx context.Context, in io.Reader, out io.Writer) error {
	var req childRequest
	if err := gob.NewDecoder(io.LimitReader(in, 1<<20)).Decode(&req); err != nil {
		return fmt.Errorf("pdftext child: read request: %w", err)
	}
	if err := limitMemory(req.Memory); err != nil {
		return fmt.Errorf("pdftext child: %w", err)
	}
	resp := childResponse{Kind: -1}
	res, err := readNativeSafe(ctx, req.Path, req.Size, req.Opts)
	if err != nil {
		resp.Err = err.Error()
		for i, s := range sentinels {
			if errors.Is(err, s) {
				resp.Kind = i
				break
			}
		}
	} else {
		resp.Warnings, resp.ImageOnly = res.warnings, res.imageOnly
		for _, p := range res.pages {
			resp.Pages = append(resp.Pages, toWire(p))
		}
	}
	return gob.NewEncoder(out).Encode(resp)
}

// readNativeChild runs the native reader in a child process started with
// opts.Child.
func readNativeChild(ctx context.Context, path string, size int64, opts Options) (*nativeResult, error) {
	memory := opts.ChildMemory
	if memory == 0 {
		memory = DefaultChildMemory
	}
	var req bytes.Buffer
	if err := gob.NewEncoder(&req).Encode(childRequest{Path: path, Size: size, Opts: opts, Memory: memory}); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrUnreadable, err)
	}
	cmd := exec.CommandContext(ctx, opts.Child[0], opts.Child[1:]...)
	stdout := &limitedBuffer{max: maxChildOutput}
	stderr := &limitedBuffer{max: 4096}
	cmd.Stdin, cmd.Stdout, cmd.Stderr = &req, stdout, stderr
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		msg := shorten(strings.Join(strings.Fields(stderr.buf.String()), " "), 200)
		if strings.Contains(msg, "out of memory") {
			return nil, fmt.Errorf("%w: the reader ran out of its %d MiB of memory", ErrTooMuchContent, memory>>20)
		}
		return nil, fmt.Errorf("%w: the reader process failed (%v): %s", ErrUnreadable, err, msg)
	}
	if stdout.overflow {
		return nil, fmt.Errorf("%w: the reader's answer is larger than %d bytes", ErrTooMuchContent, maxChildOutput)
	}
	var resp childResponse
	if err := gob.NewDecoder(&stdout.buf).Decode(&resp); err != nil {
		return nil, fmt.Errorf("%w: the reader's answer: %v", ErrUnreadable, err)
	}
	if resp.Err != "" {
		kind := ErrUnreadable
		if resp.Kind >= 0 && resp.Kind < len(sentinels) {
			kind = sentinels[resp.Kind]
		}
		return nil, childError{resp.Err, kind}
	}
	res := &nativeResult{warnings: resp.Warnings, imageOnly: resp.ImageOnly}
	for _, p := range resp.Pages {
		res.pages = append(res.pages, fromWire(p))
	}
	return res, nil
}

// maxChildOutput bounds the child's answer: the text limit's worth of
// lines, with room for their positions.
const maxChildOutput = 4 * DefaultMaxTextBytes

func toWire(lines []textLine) []wireLine {
	if lines == nil {
		return nil
	}
	out := make([]wireLine, len(lines))
	for i, l := range lines {
		out[i] = wireLine{l.text, l.para, l.margin, l.placed, l.size, l.x0, l.x1, l.y, l.tab, l.glyphs, l.bold}
	}
	return out
}

func fromWire(lines []wireLine) []textLine {
	if lines == nil {
		return nil
	}
	out := make([]textLine, len(lines))
	for i, l := range lines {
		out[i] = textLine{text: l.Text, para: l.Para, margin: l.Margin, placed: l.Placed,
			size: l.Size, x0: l.X0, x1: l.X1, y: l.Y, tab: l.Tab, glyphs: l.Glyphs, bold: l.BoldGlyphs}
	}
	return out
}
