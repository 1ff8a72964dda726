package pdftext

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/internal/shared"
)

// minRecall is the share of pdftotext's words each real PDF must keep.
const minRecall = 0.99

// TestRealDocs extracts the real council and Ofsted PDFs in
// ../shared/real-docs and compares Document.Text with poppler's reading
// stored beside each (NAME.pdftotext.txt): it must keep at least minRecall
// of pdftotext's words, split none of them in two and run none of them
// into its neighbour. Document.Body, which leaves out repeated running
// headers and footers, must still hold every word of Text but page numbers.
func TestRealDocs(t *testing.T) {
	pdfs := realPDFs(t)
	if len(pdfs) == 0 {
		t.Fatal("no PDFs in real-docs")
	}
	for _, path := range pdfs {
		name := strings.TrimSuffix(filepath.Base(path), ".pdf")
		t.Run(name, func(t *testing.T) {
			ref, err := os.ReadFile(strings.TrimSuffix(path, ".pdf") + ".pdftotext.txt")
			if err != nil {
				t.Fatal(err)
			}
			doc, err := Extract(context.Background(), path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := renderLines(doc.Lines); got != doc.Text {
				t.Error("Text is not the rendering of Lines")
			}
			recall := wordRecall(doc.Text, string(ref))
			t.Logf("word recall %.4f", recall)
			if recall < minRecall {
				t.Errorf("word recall against pdftotext %.4f, want >= %.2f", recall, minRecall)
			}
			if split := splitWords(doc.Text, string(ref)); len(split) > 0 {
				t.Errorf("words split in two: %q", split)
			}
			if run := runTogether(doc.Text, string(ref)); len(run) > 0 {
				t.Errorf("words run into their neighbour: %q", run)
			}
			if lost := lostFigures(doc.Text, string(ref)); len(lost) > 0 {
				t.Errorf("figures lost a point, comma, slash or colon: %q", lost)
			}
		})
	}
}

// figure is a number with a decimal point, thousands comma, slash or
// colon inside it: 0.67, 94,067, 2024/25, 10:30.
var figure = regexp.MustCompile(`\d+(?:[.,/:]\d+)+`)

// lostFigures returns the figures of ref that got does not hold as
// written: a point or slash lost inside a quoted figure changes it ("0 67",
// "2024 25"), which word recall, reading runs of digits, does not see.
func lostFigures(got, ref string) []string {
	var out []string
	seen := make(map[string]bool)
	for _, f := range figure.FindAllString(ref, -1) {
		if !seen[f] && !strings.Contains(got, f) {
			out = append(out, f)
		}
		seen[f] = true
	}
	return out
}

var alnum = regexp.MustCompile(`[a-z0-9]+`)

// scoreWords are the words as score.py counts them: runs of lower-case
// letters and digits.
func scoreWords(text string) []string { return alnum.FindAllString(strings.ToLower(text), -1) }

// wordRecall is the share of ref's words (a multiset) found in got, as
// score.py measures it.
func wordRecall(got, ref string) float64 {
	have := make(map[string]int)
	for _, w := range scoreWords(got) {
		have[w]++
	}
	want := scoreWords(ref)
	kept := 0
	for _, w := range want {
		if have[w] > 0 {
			have[w]--
			kept++
		}
	}
	return float64(kept) / float64(max(1, len(want)))
}

// tokens are the whitespace-separated words of text, lower case, with
// everything but letters and digits removed: "Crow-Brown" is one word,
// as it is to a reader.
func tokens(text string) []string {
	var out []string
	for _, f := range strings.Fields(text) {
		if w := strings.Join(scoreWords(f), ""); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// splitWords returns the pairs of adjacent words of got that make one
// word of ref when one of them is not a word of ref ("A pologies"). It
// is score.py's check on whole words, so that a compound whose hyphen
// pdftotext dropped at a line end ("Crow-" "Brown" read "CrowBrown") is
// not taken for a split.
func splitWords(got, ref string) []string {
	known := count(tokens(ref))
	seen := make(map[string]bool)
	var out []string
	g := tokens(got)
	for i := 0; i+1 < len(g); i++ {
		a, b := g[i], g[i+1]
		if known[a+b] > 0 && !(known[a] > 0 && known[b] > 0) && !seen[a+" "+b] {
			seen[a+" "+b] = true
			out = append(out, a+" "+b)
		}
	}
	return out
}

// runTogether returns the words of got that are two adjacent words of
// ref joined, and no word of ref ("ApologiesNone").
func runTogether(got, ref string) []string {
	have := count(tokens(got))
	r := tokens(ref)
	known := count(r)
	seen := make(map[string]bool)
	var out []string
	for i := 0; i+1 < len(r); i++ {
		w := r[i] + r[i+1]
		if have[w] > 0 && known[w] == 0 && !seen[w] {
			seen[w] = true
			out = append(out, r[i]+"+"+r[i+1])
		}
	}
	return out
}

func count(words []string) map[string]int {
	m := make(map[string]int)
	for _, w := range words {
		m[w]++
	}
	return m
}

func TestWordChecks(t *testing.T) {
	ref := "270. Apologies for Absence from Mr CrowBrown and Mr Webb in 2024-25"
	if got := splitWords("270. A pologies for Absence", ref); len(got) != 1 || got[0] != "a pologies" {
		t.Errorf("splitWords found %q, want [a pologies]", got)
	}
	if got := splitWords("from Mr Crow-Brown and Mr Webb in 2024-\n25", ref); len(got) != 1 || got[0] != "2024 25" {
		t.Errorf("splitWords found %q, want [2024 25]", got)
	}
	if got := runTogether("ApologiesFor Absence", ref); len(got) != 1 || got[0] != "apologies+for" {
		t.Errorf("runTogether found %q", got)
	}
	if got := lostFigures("a ratio of 0 67 and £94,067 in 2024/25", "a ratio of 0.67 and £94,067 in 2024/25"); len(got) != 1 || got[0] != "0.67" {
		t.Errorf("lostFigures found %q, want [0.67]", got)
	}
	if r := wordRecall("Apologies for Absence", "Apologies for Absence from Mr"); r != 0.6 {
		t.Errorf("wordRecall = %v, want 0.6", r)
	}
}

// realPDFs lists the PDFs of ../shared/real-docs: the printed minutes and
// the papers beside their pdftotext readings.
func realPDFs(t *testing.T) []string {
	t.Helper()
	var pdfs []string
	for _, dir := range []string{"minutes", "pdf-text"} {
		found, err := filepath.Glob(filepath.Join(shared.Path(t, "real-docs", dir), "*.pdf"))
		if err != nil {
			t.Fatal(err)
		}
		pdfs = append(pdfs, found...)
	}
	return pdfs
}
