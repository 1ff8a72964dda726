package corpus

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// BadEntries reports the entries of a data file that were left out, each
// as "file:line: reason". A loader that returns it also returns the other
// entries, which are good to use: one bad line never costs the rest.
type BadEntries struct {
	Problems []string
}

func (e *BadEntries) Error() string { return strings.Join(e.Problems, "; ") }

// IsBadEntries reports whether err only lists bad entries, so that the
// entries returned with it can be used.
func IsBadEntries(err error) bool {
	var be *BadEntries
	return errors.As(err, &be)
}

// readEntries reads the JSON array dir/name and decodes each element with
// check, which returns "" for a good entry or why it is left out. A
// missing file is an empty list; a file that is not a JSON array is an
// error naming the file and line.
func readEntries(dir, name string, check func(raw json.RawMessage, n int) string) error {
	path := filepath.Join(dir, name)
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('[') {
		return fmt.Errorf("%s:%d: not a JSON array of entries", path, lineAt(data, dec.InputOffset()))
	}
	bad := &BadEntries{}
	for n := 1; dec.More(); n++ {
		start := dec.InputOffset()
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return fmt.Errorf("%s:%d: %s", path, lineAt(data, syntaxOffset(err, dec.InputOffset())), jsonReason(err))
		}
		if why := check(raw, n); why != "" {
			bad.Problems = append(bad.Problems, fmt.Sprintf("%s:%d: entry %d %s; it is left out", path, lineAt(data, skipSpace(data, start)), n, why))
		}
	}
	if len(bad.Problems) > 0 {
		return bad
	}
	return nil
}

// lineAt is the 1-based line of a byte offset.
func lineAt(data []byte, off int64) int {
	off = min(max(off, 0), int64(len(data)))
	return bytes.Count(data[:off], []byte("\n")) + 1
}

// skipSpace moves an offset past white space and the comma between entries.
func skipSpace(data []byte, off int64) int64 {
	for off < int64(len(data)) && strings.ContainsRune(" \t\r\n,", rune(data[off])) {
		off++
	}
	return off
}

func syntaxOffset(err error, fallback int64) int64 {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return se.Offset
	}
	return fallback
}

func jsonReason(err error) string {
	return strings.TrimPrefix(err.Error(), "json: ")
}

// decodeEntry decodes one entry, answering why it cannot be used.
func decodeEntry(raw json.RawMessage, v any) string {
	if err := json.Unmarshal(raw, v); err != nil {
		return "cannot be read (" + jsonReason(err) + ")"
	}
	return ""
}
