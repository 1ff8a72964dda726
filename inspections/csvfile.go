package inspections

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"strings"
)

// RowError is a bad row of an imported file: its line number (1-based, the
// header is line 1) and what is wrong with it.
type RowError struct {
	Line    int    `json:"line"`
	Message string `json:"message"`
}

func (e RowError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Message) }

// maxRowErrors bounds the errors Import collects before it gives up on a file.
const maxRowErrors = 1000

// Import reads inspections from CSV, validating every row. mapping maps our
// column names (Columns) to the file's own header names, for files that name
// them differently; a mapping value starting with "=" is a constant for
// every row, e.g. {"source": "=Ofsted annual data 2023"}. Unmapped columns
// are looked up under our own names, ignoring case and spaces. The good rows
// come back as inspections, the bad ones as RowErrors; the error is for a
// file that cannot be read at all (no header, a required column missing).
// Council names are slugged ("Central Bedfordshire" becomes
// "central-bedfordshire"); ResolveCouncils maps them onto known councils.
func Import(r io.Reader, mapping map[string]string) ([]Inspection, []RowError, error) {
	return read(r, mapping, false)
}

// read is Import; strict reads the data file, which must hold slugs and
// explicit judgements.
func read(r io.Reader, mapping map[string]string, strict bool) ([]Inspection, []RowError, error) {
	var out []Inspection
	bad, err := readTable(r, mapping, Columns, []string{"council", "kind", "source"}, func(_ int, row map[string]string) error {
		in, err := fromRow(row, strict)
		if err == nil {
			out = append(out, in)
		}
		return err
	}, func(c columns) error {
		_, start := c.index["start_date"]
		_, published := c.index["publication_date"]
		if !start && !published && c.constant["start_date"] == "" && c.constant["publication_date"] == "" {
			return fmt.Errorf("the header %q has neither start_date nor publication_date", strings.Join(c.header, ","))
		}
		return nil
	})
	return out, bad, err
}

// readTable reads a CSV file whose columns are ours (found under our names
// or through mapping), calling row with each record's values keyed by our
// column names and its line. A row's error becomes a RowError with its line; check, when
// not nil, may refuse the columns found. required columns must be found
// (or be constants).
func readTable(r io.Reader, mapping map[string]string, ours, required []string,
	row func(line int, values map[string]string) error, check func(columns) error) ([]RowError, error) {
	for o := range mapping {
		if !slices.Contains(ours, o) {
			return nil, fmt.Errorf("mapping names unknown column %q (ours are %s)", o, strings.Join(ours, ", "))
		}
	}
	cr := csv.NewReader(skipBOM(r))
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, errors.New("import: the file is empty (want a header line)")
	}
	if err != nil {
		return nil, fmt.Errorf("import: read header: %w", err)
	}
	cols, err := resolveColumns(header, mapping, ours, required)
	if err == nil && check != nil {
		err = check(cols)
	}
	if err != nil {
		return nil, fmt.Errorf("import: %w", err)
	}

	var bad []RowError
	for len(bad) < maxRowErrors {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			bad = append(bad, RowError{Line: pe.StartLine, Message: pe.Err.Error()})
			continue
		}
		if err != nil {
			return bad, fmt.Errorf("import: %w", err)
		}
		if blank(rec) {
			continue
		}
		line, _ := cr.FieldPos(0)
		if err := row(line, cols.row(rec)); err != nil {
			bad = append(bad, RowError{Line: line, Message: strings.ReplaceAll(err.Error(), "\n", "; ")})
		}
	}
	return bad, nil
}

// columns says where each of our columns comes from in a file.
type columns struct {
	header   []string
	index    map[string]int    // our column -> field index
	constant map[string]string // our column -> constant value
}

// resolveColumns finds our columns in a header. The required ones must be
// there (or be constants); the others may be absent.
func resolveColumns(header []string, mapping map[string]string, ours, required []string) (columns, error) {
	c := columns{header: header, index: map[string]int{}, constant: map[string]string{}}
	for _, o := range ours {
		want, mapped := mapping[o]
		if mapped && strings.HasPrefix(want, "=") {
			c.constant[o] = strings.TrimPrefix(want, "=")
			continue
		}
		if !mapped {
			want = o
		}
		for i, h := range header {
			if headerKey(h) == headerKey(want) {
				c.index[o] = i
				break
			}
		}
		if _, found := c.index[o]; found {
			continue
		}
		if mapped {
			return c, fmt.Errorf("column %q (mapped from %s) is not in the header %q", want, o, strings.Join(header, ","))
		}
		if slices.Contains(required, o) {
			return c, fmt.Errorf("required column %q is not in the header %q (map it with %s=THEIRS)", o, strings.Join(header, ","), o)
		}
	}
	return c, nil
}

// row returns one record's values keyed by our column names.
func (c columns) row(rec []string) map[string]string {
	row := make(map[string]string, len(c.index)+len(c.constant))
	for o, v := range c.constant {
		row[o] = v
	}
	for o, i := range c.index {
		if i < len(rec) {
			row[o] = strings.TrimSpace(rec[i])
		}
	}
	return row
}

// headerKey normalises a header name: "Start Date" and "start_date" match.
func headerKey(s string) string {
	return strings.ReplaceAll(squash(s), " ", "_")
}

func blank(rec []string) bool {
	for _, f := range rec {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}

// skipBOM drops a UTF-8 byte order mark, which spreadsheet exports add.
func skipBOM(r io.Reader) io.Reader {
	br := bufio.NewReader(r)
	if b, err := br.Peek(3); err == nil && bytes.Equal(b, []byte{0xEF, 0xBB, 0xBF}) {
		br.Discard(3)
	}
	return br
}

// Load reads and validates a data file written in our own columns. A
// missing file holds no inspections; any bad row is an error naming the
// file and the line.
func Load(path string) ([]Inspection, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("load inspections: %w", err)
	}
	defer f.Close()
	insps, bad, err := read(f, nil, true)
	if err != nil {
		return nil, fmt.Errorf("load inspections %s: %w", path, err)
	}
	if len(bad) > 0 {
		errs := make([]error, 0, len(bad))
		for _, b := range bad {
			errs = append(errs, fmt.Errorf("%s:%w", path, b))
		}
		return nil, fmt.Errorf("load inspections %s: %d bad rows: %w", path, len(bad), errors.Join(errs...))
	}
	return insps, nil
}
