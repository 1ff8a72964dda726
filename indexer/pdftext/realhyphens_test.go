package pdftext

import (
	"context"
	"html"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

// TestRealDocsKeepCompoundHyphens: in the real council and Ofsted PDFs
// (made by Word, which breaks lines at a compound's own hyphen and does
// not hyphenate words), a hyphen ending a printed line before a word in
// lower case is a compound's ("cross-" "cutting", "in-" "house"): the
// text keeps it, as pdftotext does not ("crosscutting"). The exception is
// a compound the document also prints run together elsewhere
// ("homeschooling"), which the text follows. The printed lines and words
// are poppler's (pdftotext -bbox-layout).
func TestRealDocsKeepCompoundHyphens(t *testing.T) {
	bin := requireTool(t, "pdftotext")
	pdfs := realPDFs(t)
	breaks := 0
	for _, path := range pdfs {
		out, err := exec.Command(bin, "-bbox-layout", path, "-").Output()
		if err != nil {
			t.Fatalf("pdftotext %s: %v", path, err)
		}
		lines, printed := printedLines(string(out))
		var want [][2]string
		for i := 0; i+1 < len(lines); i++ {
			a, b := lines[i], lines[i+1]
			if len(a) == 0 || len(b) == 0 {
				continue
			}
			last, first := a[len(a)-1], strings.TrimRightFunc(b[0], func(r rune) bool { return !unicode.IsLetter(r) })
			stem, ok := strings.CutSuffix(last, "-")
			if !ok || first == "" || !isLetters(first) || !startsWithLower(first) || !endsWithLetter(stem) {
				continue
			}
			stem = stem[strings.LastIndexByte(stem, '-')+1:]
			if printed[strings.ToLower(stem+first)] {
				continue
			}
			want = append(want, [2]string{stem, first})
		}
		if len(want) == 0 {
			continue
		}
		doc, err := Extract(context.Background(), path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		text := strings.ToLower(doc.Text)
		for _, w := range want {
			breaks++
			if compound := strings.ToLower(w[0] + "-" + w[1]); !strings.Contains(text, compound) {
				t.Errorf("%s: %q lost its hyphen at a line end", filepath.Base(path), compound)
			}
		}
	}
	if breaks < 50 {
		t.Errorf("%d compounds broken at a line end in the real PDFs, want over 50 (the test reads poppler's lines wrongly?)", breaks)
	}
}

var (
	bboxLine = regexp.MustCompile(`(?s)<line[^>]*>(.*?)</line>`)
	bboxWord = regexp.MustCompile(`<word[^>]*>(.*?)</word>`)
)

// printedLines reads pdftotext -bbox-layout's output: the words of each
// printed line, and every word printed, in lower case.
func printedLines(xml string) (lines [][]string, printed map[string]bool) {
	printed = make(map[string]bool)
	for _, l := range bboxLine.FindAllStringSubmatch(xml, -1) {
		var words []string
		for _, w := range bboxWord.FindAllStringSubmatch(l[1], -1) {
			word := html.UnescapeString(w[1])
			words = append(words, word)
			printed[normWord(word)] = true
		}
		lines = append(lines, words)
	}
	return lines, printed
}
