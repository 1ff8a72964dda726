package indexer

import (
	"context"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/councilminutes/minutes/search/schema"
)

// words splits text into lower-case words of letters and digits.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// meetingWords is every word the meeting keeps: header, metadata and the
// items' titles, agenda texts, minutes and decisions.
func meetingWords(m schema.Meeting) map[string]int {
	bag := map[string]int{}
	add := func(s string) {
		for _, w := range words(s) {
			bag[w]++
		}
	}
	add(m.Header)
	add(m.Title)
	add(m.Venue)
	for _, l := range [][]string{m.Present, m.Apologies, m.InAttendance} {
		add(strings.Join(l, " "))
	}
	for _, it := range m.Items {
		add(it.Number + " " + it.Title + " " + it.Agenda + " " + it.Text)
	}
	return bag
}

// coverage is the share of the words of the source text (after
// normalisation, which drops link residue such as "pdf icon PDF 98 KB")
// that the meeting keeps, counting repeats.
func coverage(source string, m schema.Meeting) (float64, []string) {
	bag := meetingWords(m)
	src := words(normaliseText(source))
	if len(src) == 0 {
		return 1, nil
	}
	kept := 0
	var lost []string
	for _, w := range src {
		if bag[w] > 0 {
			bag[w]--
			kept++
		} else if len(lost) < 20 {
			lost = append(lost, w)
		}
	}
	return float64(kept) / float64(len(src)), lost
}

// Structural markers the extraction turns into structure rather than
// text: the label before an item number ("Item 5:", "Minute 23/045").
// ModernGov's "Minutes:" label is kept as text and so counted.
var itemLabelMarker = regexp.MustCompile(`(?im)^(\s*(?:#+\s*)?)(?:agenda\s+item|item|minute)\s+(\S*\d)`)

func dropMarkers(s string) string {
	return itemLabelMarker.ReplaceAllString(s, "$1$2")
}

// TestWordCoverage checks that no words are lost between a fixture's text
// and the extracted meeting ("nothing lost"). The notice "view the full
// minutes text for item N", replaced by "…", is the only expected loss.
func TestWordCoverage(t *testing.T) {
	opts := testOptions(t)
	// GetMeeting XML is not here: package moderngov reads it, and its
	// fields (IDs, links, attendance) are not the minutes' words.
	paths := append(fixtureFiles(t), "testdata/pdf/kent-2013-12-13.pdf")
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, err := readSource(context.Background(), path, opts)
			if err != nil {
				t.Fatal(err)
			}
			m, err := Extract(context.Background(), path, opts)
			if err != nil {
				t.Fatal(err)
			}
			text := truncation.ReplaceAllString(src.Text, " ")
			if src.Format == FormatHTML {
				text = src.Text
			}
			cov, lost := coverage(dropMarkers(text), m)
			t.Logf("%s: word coverage %.4f", filepath.Base(path), cov)
			if cov < 0.99 {
				t.Errorf("word coverage %.4f < 0.99; first lost words: %q", cov, lost)
			}
		})
	}
}
