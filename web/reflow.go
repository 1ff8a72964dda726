package web

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// listMarker starts a line that is an item of a list: "a)", "(b)", "iv)",
// "1.", "2)", "3.1", a bullet or a dash.
var listMarker = regexp.MustCompile(`^(\(?[a-z]\)|\(?[ivx]+\)|\(?\d+(\.\d+)*[.)]?|[·•▪‣◦*–-])\s`)

// blankLine separates the blocks of a text.
var blankLine = regexp.MustCompile(`\n[ \t]*\n`)

// reflow turns the text of a minute, as a PDF laid it out, into
// paragraphs to show: lines within a paragraph joined (the PDF's line
// breaks made a narrow ragged column), each item of a list (a), b), 1.,
// bullets) a paragraph of its own, table rows (with " | ") kept as lines,
// and a paragraph cut by a page break (ending without a stop, the next
// starting in lower case) joined again.
func reflow(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	var out []string
	joinNext := false // the last paragraph may go on in the next block
	for _, block := range blankLine.Split(text, -1) {
		for i, para := range blockParagraphs(block) {
			if i == 0 && joinNext && len(out) > 0 && startsLower(para) {
				out[len(out)-1] += " " + para
			} else {
				out = append(out, para)
			}
		}
		if len(out) > 0 {
			joinNext = !endsSentence(out[len(out)-1])
		}
	}
	return out
}

// blockParagraphs splits a block of lines at list items and table rows and
// joins the other lines.
func blockParagraphs(block string) []string {
	var out []string
	open := false // the last paragraph takes more lines
	for _, line := range strings.Split(block, "\n") {
		line = strings.Join(strings.Fields(line), " ")
		switch {
		case line == "":
			continue
		case strings.Contains(line, " | "):
			out = append(out, line)
			open = false
		case !open || listMarker.MatchString(line):
			out = append(out, line)
			open = true
		default:
			out[len(out)-1] += " " + line
		}
	}
	return out
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r) && !listMarker.MatchString(s)
}

// endsSentence reports whether a paragraph ends as a sentence or a
// heading does, so that the next block starts a new one.
func endsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(`.:;?!)"'”’|`, r)
}

// decisionParts splits a decision into its opening words and its
// lettered or numbered parts ("RESOLVED that: a) …; b) …", "(i) …
// (ii) …"), each part with its own marker, so that the page lists them
// one by one. A decision without parts is all opening words.
func decisionParts(d string) (intro string, parts []string) {
	paras := blockParagraphs(strings.ReplaceAll(d, "\r\n", "\n"))
	if len(paras) > 1 {
		if listMarker.MatchString(paras[0]) {
			return "", paras
		}
		// the first part may start on the opening line: "Resolved: (i) That …"
		intro, first := splitInline(paras[0])
		if len(first) == 0 {
			if m := firstPart.FindStringSubmatchIndex(paras[0]); m != nil {
				intro, first = strings.TrimSpace(paras[0][:m[2]]), []string{paras[0][m[2]:]}
			}
		}
		return intro, append(first, paras[1:]...)
	}
	return splitInline(strings.Join(strings.Fields(d), " "))
}

// firstPart finds the first part of a list begun on an opening line,
// after a colon or a dash: "Resolved: (i) That".
var firstPart = regexp.MustCompile(`[:\-–]\s*(\(?(a|i|1)\)\s)`)

// inlinePart finds "a) ", "(b) " or "(iv) " after a space or at the start.
var inlinePart = regexp.MustCompile(`(?:^|\s)(\(?([a-z]|[ivx]{1,4})\)\s)`)

// romans are the numbers of parts counted in roman numerals.
var romans = []string{"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"}

// nextPart is the marker after label in its sequence: b after a, ii
// after i.
func nextPart(label string, roman bool) string {
	if roman {
		for i, r := range romans[:len(romans)-1] {
			if r == label {
				return romans[i+1]
			}
		}
		return ""
	}
	return string(rune(label[0]) + 1)
}

// splitInline splits a one-line decision at parts that follow one another
// from a) (or (i)), each after the first coming after a colon, a semicolon,
// a comma or a full stop (and maybe "and"): "that a) x; b) y; and c) z".
func splitInline(line string) (string, []string) {
	var starts []int
	want, roman := "", false
	for _, m := range inlinePart.FindAllStringSubmatchIndex(line, -1) {
		label := line[m[4]:m[5]]
		before := strings.TrimSuffix(strings.TrimSpace(line[:m[2]]), " and")
		switch {
		case want == "" && (label == "a" || label == "i"):
			roman = label == "i"
		case want != "" && label == want && strings.ContainsAny(lastByte(before), ";,:."):
		default:
			continue
		}
		starts = append(starts, m[2])
		want = nextPart(label, roman)
	}
	if len(starts) < 2 {
		return line, nil
	}
	intro := strings.TrimSpace(line[:starts[0]])
	var parts []string
	for i, s := range starts {
		end := len(line)
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		parts = append(parts, strings.TrimSpace(line[s:end]))
	}
	return intro, parts
}

func lastByte(s string) string {
	if s == "" {
		return ""
	}
	return s[len(s)-1:]
}
