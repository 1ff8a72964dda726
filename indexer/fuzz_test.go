package indexer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// maxFuzzText bounds fuzz inputs so that the instrumented fuzzer keeps a
// useful pace on the shared 2-core machine.
const maxFuzzText = 4 << 10

// addFixtureSeeds adds the text of the seed and fixture minutes, cut to
// maxFuzzText bytes, to a fuzz corpus.
func addFixtureSeeds(f *testing.F) {
	for _, dir := range []string{"testdata/seeds", "testdata/fixtures"} {
		paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, p := range paths {
			if data, err := os.ReadFile(p); err == nil {
				f.Add(string(data[:min(len(data), maxFuzzText)]))
			}
		}
	}
}

// FuzzSplitItems feeds arbitrary text through the item splitter and item
// builder: they must not panic, must find at least one item in any text
// with words, and must keep every word of the input somewhere.
func FuzzSplitItems(f *testing.F) {
	addFixtureSeeds(f)
	f.Add("12 Apology for Absence\n13 Minutes\n")
	f.Add("No. | Item |\n---|---|\nA | b\n|\n|\n")
	f.Add("29.\n\nMinutes\n\nMinutes:\n\nRESOLVED\n\n1. that")
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > maxFuzzText {
			return
		}

		ls := readLines(normaliseText(text))
		res := splitItems(ls)
		for k := 1; k < len(res.Starts); k++ {
			if res.Starts[k].Line <= res.Starts[k-1].Line {
				t.Fatalf("item starts out of order: %+v", res.Starts)
			}
		}
		if st := assess(res, ls); st.Confidence < 0 || st.Confidence > 1 || st.Method != res.Method {
			t.Fatalf("structure %+v for method %q", st, res.Method)
		}
		hasWords := len(words(normaliseText(text))) > 0
		if hasWords && len(res.Items) == 0 {
			t.Fatalf("no items from text with words: %q", text)
		}
		var kept strings.Builder
		kept.WriteString(joinLines(res.Header))
		for _, r := range res.Items {
			it, _ := buildItem(r)
			kept.WriteString("\n" + r.Number + " " + r.Title + " " + it.Agenda + " " + it.Text)
			for _, d := range it.Decisions {
				if !strings.Contains(collapseSpace(it.Text), strings.SplitN(collapseSpace(d), " ", 2)[0]) {
					t.Fatalf("decision %q not taken from the text %q", d, it.Text)
				}
			}
		}
		readHeader(res.Header)
		bag := map[string]int{}
		for _, w := range words(kept.String()) {
			bag[w]++
		}
		src := dropMarkers(truncation.ReplaceAllString(normaliseText(text), " "))
		lost := 0
		for _, w := range words(src) {
			if bag[w] > 0 {
				bag[w]--
			} else {
				lost++
			}
		}
		if n := len(words(src)); n >= 20 && float64(lost) > 0.02*float64(n)+2 {
			t.Fatalf("%d of %d words lost from %q", lost, n, text)
		}
	})
}

// FuzzParseDate checks the date parser on arbitrary text: no panic, and a
// date found is valid and reads back the same when written out.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"Friday, 13 December 2013", "Wednesday, 9th May, 2018 4.00 pm",
		"2 March 2021 at 6.00 pm", "13/12/2013", "13.12.13", "2013-12-13", "December 13, 2013",
		"13th Dec 2013", "31/02/2020", "99/99/99", "Sept 31st 2019"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := ParseDate(s)
		findTime(s)
		isDateLine(s)
		if !ok {
			return
		}
		if d.Year() < 1900 || d.Year() > 2100 {
			t.Fatalf("ParseDate(%q) = %v: year out of range", s, d)
		}
		back, ok := ParseDate(d.Format("Monday, 2 January 2006"))
		if !ok || !back.Equal(d) {
			t.Fatalf("ParseDate(%q) = %v does not read back (%v, %v)", s, d, back, ok)
		}
	})
}

// FuzzReadNumber feeds arbitrary lines to the item number reader: no
// panic, and a number found is printed at the start of the line and
// leaves the rest of it.
func FuzzReadNumber(f *testing.F) {
	for _, s := range []string{"286.\tApologies", "1.0 Apologies", "19.03.4 Finance", "P/23/12 Planning", "Item 5: Budget",
		"Minute No. 45 – Apologies", "(ii) a condition", "IV. Finance", "12a Late item", "7.30pm", "29.", "A2 Minutes"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, ok := readNumber(s)
		if !ok {
			return
		}
		if n.Number == "" || !strings.Contains(s, n.Number) || !strings.HasSuffix(s, n.Rest) {
			t.Fatalf("readNumber(%q) = %+v: number or rest not from the line", s, n)
		}
		if n.Family == "" || n.Key < 0 {
			t.Fatalf("readNumber(%q) = %+v: no family or a negative key", s, n)
		}
	})
}

// FuzzReadHeading feeds arbitrary text to the heading reader: no panic,
// and a date found is a real calendar date.
func FuzzReadHeading(f *testing.F) {
	addFixtureSeeds(f)
	f.Add("MINUTES OF THE MEETING OF KELSWORTH PARISH COUNCIL HELD ON\nTHURSDAY MARCH 3RD 2016")
	f.Add("---\ndate: 2022-04-01\n---\nMinutes of the Ousby Parish Council meeting")
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > maxFuzzText {
			return
		}
		ls := readLines(text)
		h := readHeading(ls, 0, len(ls))
		if h.HasDate && (h.Date.Year() < 1900 || h.Date.Year() > 2100 || h.DateFrom == "") {
			t.Fatalf("readHeading(%q): date %v from %q", text, h.Date, h.DateFrom)
		}
		splitBody(h.Council + " " + h.Committee)
	})
}
