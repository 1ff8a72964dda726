package bench

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"
)

// Item is one agenda item as the benchmark reads and writes it, one JSON
// object a line. Council and Committee are display names; Date is
// YYYY-MM-DD; Topics are topic slugs; Decisions is one string.
type Item struct {
	ID        string   `json:"id"`
	Council   string   `json:"council"`
	Committee string   `json:"committee"`
	Date      string   `json:"date"`
	Topics    []string `json:"topics"`
	Title     string   `json:"title"`
	Text      string   `json:"text"`
	Decisions string   `json:"decisions"`
}

// textBytes is the size of the item's searchable text.
func (it *Item) textBytes() int {
	return len(it.Title) + len(it.Text) + len(it.Decisions)
}

// check says what is wrong with an item read from a file, if anything.
func (it *Item) check() error {
	switch {
	case it.Council == "":
		return errors.New("council is empty")
	case it.Committee == "":
		return errors.New("committee is empty")
	case it.Text == "" && it.Title == "":
		return errors.New("title and text are both empty")
	}
	if _, err := time.Parse(time.DateOnly, it.Date); err != nil {
		return fmt.Errorf("date %q is not YYYY-MM-DD", it.Date)
	}
	return nil
}

// maxLine is the longest JSONL line ReadJSONL accepts.
const maxLine = 16 << 20

// ReadJSONL reads items one JSON object a line from r and calls yield for
// each. Blank lines are skipped. name identifies r in errors (a file
// name); a bad line stops the read with an error naming the line.
func ReadJSONL(r io.Reader, name string, yield func(Item) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	line := 0
	for sc.Scan() {
		line++
		b := sc.Bytes()
		if len(trimSpace(b)) == 0 {
			continue
		}
		var it Item
		if err := json.Unmarshal(b, &it); err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
		if err := it.check(); err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
		if err := yield(it); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s after line %d: %w", name, line, err)
	}
	return nil
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	return b
}

// JSONLWriter writes items one JSON object a line.
type JSONLWriter struct {
	w   *bufio.Writer
	enc *json.Encoder
}

// NewJSONLWriter returns a writer of items to w. Call Flush at the end.
func NewJSONLWriter(w io.Writer) *JSONLWriter {
	bw := bufio.NewWriterSize(w, 1<<20)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &JSONLWriter{w: bw, enc: enc}
}

// Write writes one item as one line.
func (jw *JSONLWriter) Write(it Item) error {
	if err := jw.enc.Encode(it); err != nil {
		return fmt.Errorf("write item %s: %w", it.ID, err)
	}
	return nil
}

// Flush writes out what is buffered.
func (jw *JSONLWriter) Flush() error {
	if err := jw.w.Flush(); err != nil {
		return fmt.Errorf("flush items: %w", err)
	}
	return nil
}
