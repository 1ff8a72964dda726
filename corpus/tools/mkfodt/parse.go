package main

import (
	"bufio"
	"strings"
)

// kind is the sort of a block of the source.
type kind int

const (
	paragraph kind = iota
	heading
	listItem
	tableRow
	columnsStart
	columnsEnd
	pageBreak
)

// block is one paragraph-level construct of the source.
type block struct {
	kind  kind
	level int      // heading level (1-3) or list depth (1-)
	text  string   // paragraph, heading or list text
	cells []string // table cells
}

// parse reads the markup described in doc.go into blocks.
func parse(sc *bufio.Scanner) ([]block, error) {
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	var blocks []block
	var para []string
	flush := func() {
		if len(para) > 0 {
			blocks = append(blocks, block{kind: paragraph, text: strings.Join(para, " ")})
			para = nil
		}
	}
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), " \r")
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "":
			flush()
		case trimmed == "::: columns":
			flush()
			blocks = append(blocks, block{kind: columnsStart})
		case trimmed == "::: pagebreak":
			flush()
			blocks = append(blocks, block{kind: pageBreak})
		case trimmed == ":::":
			flush()
			blocks = append(blocks, block{kind: columnsEnd})
		case strings.HasPrefix(trimmed, "#"):
			flush()
			level := len(trimmed) - len(strings.TrimLeft(trimmed, "#"))
			blocks = append(blocks, block{kind: heading, level: min(level, 3), text: clean(trimmed[level:])})
		case strings.HasPrefix(trimmed, "- "):
			flush()
			indent := len(line) - len(strings.TrimLeft(line, " "))
			blocks = append(blocks, block{kind: listItem, level: 1 + indent/2, text: clean(trimmed[2:])})
		case strings.HasPrefix(trimmed, "|"):
			flush()
			if cells := splitRow(trimmed); cells != nil {
				blocks = append(blocks, block{kind: tableRow, cells: cells})
			}
		default:
			para = append(para, clean(trimmed))
		}
	}
	flush()
	return blocks, sc.Err()
}

// splitRow returns the cells of a "| a | b |" row, or nil for a separator row.
func splitRow(line string) []string {
	inner := strings.TrimSuffix(strings.TrimPrefix(line, "|"), "|")
	if strings.Trim(inner, "|-: ") == "" {
		return nil
	}
	parts := strings.Split(inner, "|")
	cells := make([]string, len(parts))
	for i, p := range parts {
		cells[i] = clean(p)
	}
	return cells
}

// clean drops Markdown emphasis markers and surrounding space.
func clean(s string) string {
	s = strings.ReplaceAll(s, "**", "")
	s = strings.ReplaceAll(s, "*", "")
	return strings.TrimSpace(s)
}
