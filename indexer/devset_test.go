package indexer

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"text/tabwriter"

	"github.com/councilminutes/minutes/internal/golden"
)

// The development set (testdata/devset, see its README): documents in
// layouts the extractor was not written against, each with what a careful
// reader finds in it. TestDevSet scores Extract on them and holds the
// scores to the committed baseline.

const devSetDir = "testdata/devset"

// devExpected is a NAME.expected.json: null committee, council or date
// means the document states none, and the extractor should say so ("").
type devExpected struct {
	Family    string      `json:"family"`
	Council   *string     `json:"council"`
	Committee *string     `json:"committee"`
	Date      *string     `json:"date"`
	Items     [][2]string `json:"items"`
	Notes     string      `json:"notes"`
}

// docScore is how Extract did on one document.
type docScore struct {
	Family     string  `json:"family"`
	Found      int     `json:"items_found"`
	Expected   int     `json:"items_expected"`
	Matched    int     `json:"items_matched"`
	Numbers    int     `json:"numbers_right"` // matched items whose number is as printed
	Date       bool    `json:"date"`
	Committee  bool    `json:"committee"`
	Council    bool    `json:"council"`
	WordRecall float64 `json:"word_recall"`
	got        string  // what Extract said, for the table
	lost       string  // some of the words lost, for the table
}

// figures sum up documents: shares of 1, rounded to 3 places.
type figures struct {
	Documents     int     `json:"documents"`
	ItemPrecision float64 `json:"item_precision"`
	ItemRecall    float64 `json:"item_recall"`
	ItemF1        float64 `json:"item_f1"`
	Numbers       float64 `json:"numbers"` // of matched items, number as printed
	Date          float64 `json:"date"`
	Committee     float64 `json:"committee"`
	Council       float64 `json:"council"`
	WordRecallMin float64 `json:"word_recall_min"`
}

// devScores is the baseline file, testdata/devset/scores.json.
type devScores struct {
	Overall   figures             `json:"overall"`
	Families  map[string]figures  `json:"families"`
	Documents map[string]docScore `json:"documents"`
}

// TestDevSet extracts every dev-set document with no manifest, councils
// list or corpus folder, so council, committee and date come from the text
// alone; prints the scores per document, family and overall; and fails
// when a figure falls more than 0.005 below testdata/devset/scores.json or
// a document newly loses over 1% of its words. -update rewrites the baseline.
func TestDevSet(t *testing.T) { scoreSet(t, devSetDir, "TestDevSet") }

// scoreSet scores every document of a set's folder (dir: the dev set or
// the hold-out set, laid out alike), prints the table, and holds the
// figures to the folder's scores.json; test names the test for messages.
func scoreSet(t *testing.T, dir, test string) {
	scores := devScores{Families: map[string]figures{}, Documents: map[string]docScore{}}
	byFamily := map[string][]docScore{}
	var all []docScore
	for _, name := range devSetDocuments(t, dir) {
		s := scoreDevDocument(t, dir, name)
		scores.Documents[name] = s
		byFamily[s.Family] = append(byFamily[s.Family], s)
		all = append(all, s)
	}
	for family, ss := range byFamily {
		scores.Families[family] = sumUp(ss)
	}
	scores.Overall = sumUp(all)
	t.Log("\n" + devSetTable(scores))

	path := filepath.Join(dir, "scores.json")
	if golden.Update() {
		data, err := json.MarshalIndent(scores, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, append(data, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read the baseline (run go test ./indexer -run %s -update to write it): %v", test, err)
	}
	var base devScores
	if err := json.Unmarshal(data, &base); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	compareDevScores(t, base, scores)
}

// devSetDocuments lists the documents of a set's folder: every file with a
// NAME.expected.json. A file without one fails the test, so that none is
// silently left out.
func devSetDocuments(t *testing.T, dir string) []string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]bool{}
	for _, e := range entries {
		have[e.Name()] = true
	}
	var docs []string
	for _, e := range entries {
		name := e.Name()
		switch {
		case e.IsDir() || strings.HasSuffix(name, ".expected.json"),
			name == "README.md", name == "scores.json", strings.HasPrefix(name, "."):
		case have[strings.TrimSuffix(name, filepath.Ext(name))+".expected.json"]:
			docs = append(docs, name)
		default:
			t.Errorf("%s has no %s.expected.json", name, strings.TrimSuffix(name, filepath.Ext(name)))
		}
	}
	if len(docs) == 0 {
		t.Fatal("no documents in " + dir)
	}
	return docs
}

// scoreDevDocument extracts one document of the folder dir and scores it
// against its expected file.
func scoreDevDocument(t *testing.T, dir, name string) docScore {
	path := filepath.Join(dir, name)
	stem := strings.TrimSuffix(name, filepath.Ext(name))
	data, err := os.ReadFile(filepath.Join(dir, stem+".expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var want devExpected
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&want); err != nil || want.Family == "" {
		t.Fatalf("%s.expected.json: %v (family %q)", stem, err, want.Family)
	}
	s := docScore{Family: want.Family, Expected: len(want.Items)}
	ref, err := documentText(path)
	if err != nil {
		t.Fatalf("%s: the document's own words: %v", name, err)
	}
	m, err := Extract(context.Background(), path, ExtractOptions{})
	if err != nil {
		// A document Extract cannot read scores nothing and loses every word.
		s.got = "error: " + err.Error()
		s.Date, s.Committee, s.Council = want.Date == nil, want.Committee == nil, want.Council == nil
		return s
	}
	var got, wantTitles []string
	for _, it := range m.Items {
		got = append(got, it.Title)
	}
	for _, it := range want.Items {
		wantTitles = append(wantTitles, it[1])
	}
	pairs := matchItems(got, wantTitles)
	s.Found, s.Matched = len(got), len(pairs)
	for _, p := range pairs {
		if sameNumber(m.Items[p[0]].Number, want.Items[p[1]][0]) {
			s.Numbers++
		}
	}
	s.Date = m.Date == deref(want.Date)
	s.Committee = nameRight(m.Committee, want.Committee)
	s.Council = nameRight(m.Council, want.Council)
	kept, err := keptText(m)
	if err != nil {
		t.Fatal(err)
	}
	refWords, keptWords := countWords(ref), countWords(kept)
	s.WordRecall = round3(wordRecall(refWords, keptWords))
	s.lost = lostWords(refWords, keptWords)
	s.got = fmt.Sprintf("date %q, committee %q, council %q", m.Date, m.Committee, m.Council)
	return s
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// nameRight: a null expected name is right only when none was given.
func nameRight(got string, want *string) bool {
	if want == nil {
		return got == ""
	}
	return sameName(got, *want)
}

// sameNumber compares item numbers as printed, ignoring case, spaces and a
// trailing full stop or bracket.
func sameNumber(got, want string) bool {
	clean := func(s string) string {
		// "1 ." (a stop set apart, as OCR prints it) is "1", as the README says: spaces ignored
		return strings.ToLower(strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), ".):")))
	}
	return clean(got) == clean(want)
}

// sumUp adds documents' scores into figures.
func sumUp(ss []docScore) figures {
	var f figures
	var found, expected, matched, numbers, date, committee, council int
	f.WordRecallMin = 1
	for _, s := range ss {
		found, expected, matched, numbers = found+s.Found, expected+s.Expected, matched+s.Matched, numbers+s.Numbers
		date, committee, council = date+b2i(s.Date), committee+b2i(s.Committee), council+b2i(s.Council)
		f.WordRecallMin = min(f.WordRecallMin, s.WordRecall)
	}
	n := len(ss)
	f.Documents = n
	f.ItemPrecision, f.ItemRecall = share(matched, found), share(matched, expected)
	if f.ItemPrecision+f.ItemRecall > 0 {
		f.ItemF1 = round3(2 * f.ItemPrecision * f.ItemRecall / (f.ItemPrecision + f.ItemRecall))
	}
	f.Numbers = share(numbers, matched)
	f.Date, f.Committee, f.Council = share(date, n), share(committee, n), share(council, n)
	return f
}

func share(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return round3(float64(a) / float64(b))
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// compareDevScores fails for every figure that fell more than 0.005 below
// the baseline, and for every document under 0.99 word recall that was not
// already there.
func compareDevScores(t *testing.T, base, now devScores) {
	const slack = 0.005
	check := func(what string, was, is float64) {
		if is < was-slack {
			t.Errorf("%s fell from %.3f to %.3f", what, was, is)
		}
	}
	checkFigures := func(what string, was, is figures) {
		check(what+" item precision", was.ItemPrecision, is.ItemPrecision)
		check(what+" item recall", was.ItemRecall, is.ItemRecall)
		check(what+" item F1", was.ItemF1, is.ItemF1)
		check(what+" item numbers", was.Numbers, is.Numbers)
		check(what+" date", was.Date, is.Date)
		check(what+" committee", was.Committee, is.Committee)
		check(what+" council", was.Council, is.Council)
	}
	checkFigures("overall", base.Overall, now.Overall)
	for family, is := range now.Families {
		was, ok := base.Families[family]
		if !ok || was.Documents != is.Documents {
			t.Errorf("family %s has %d documents, the baseline %d: review the table and run -update", family, is.Documents, was.Documents)
			continue
		}
		checkFigures(family, was, is)
	}
	for name, is := range now.Documents {
		was, ok := base.Documents[name]
		if !ok {
			t.Errorf("%s is not in the baseline: review the table and run -update", name)
			continue
		}
		check(name+" word recall", was.WordRecall, is.WordRecall)
		if is.WordRecall < 0.99 && was.WordRecall >= 0.99 {
			t.Errorf("%s loses words: recall %.3f, under 0.99", name, is.WordRecall)
		}
	}
	for name := range base.Documents {
		if _, ok := now.Documents[name]; !ok {
			t.Errorf("%s is in the baseline but not in the set: run -update", name)
		}
	}
}

// devSetTable is the report: one row per document, then per family and overall.
func devSetTable(s devScores) string {
	var b strings.Builder
	w := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "document\tfamily\titems found/expected/matched\tdate\tcommittee\tcouncil\twords\textracted")
	names := slices.Sorted(func(yield func(string) bool) {
		for n := range s.Documents {
			if !yield(n) {
				return
			}
		}
	})
	for _, n := range names {
		d := s.Documents[n]
		lost := ""
		if d.WordRecall < 0.99 {
			lost = " LOSES WORDS"
		}
		fmt.Fprintf(w, "%s\t%s\t%d/%d/%d\t%s\t%s\t%s\t%.3f%s\t%s\n", n, d.Family, d.Found, d.Expected, d.Matched,
			okMark(d.Date), okMark(d.Committee), okMark(d.Council), d.WordRecall, lost, d.got)
	}
	for _, n := range names {
		if d := s.Documents[n]; d.lost != "" && d.WordRecall < 0.99 {
			fmt.Fprintf(w, "%s loses: %s\n", n, d.lost)
		}
	}
	fmt.Fprintln(w, "\nfamily\tdocs\titem P\tR\tF1\tnumbers\tdate\tcommittee\tcouncil\tmin words")
	families := slices.Sorted(func(yield func(string) bool) {
		for f := range s.Families {
			if !yield(f) {
				return
			}
		}
	})
	row := func(name string, f figures) {
		fmt.Fprintf(w, "%s\t%d\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.3f\n", name, f.Documents, f.ItemPrecision,
			f.ItemRecall, f.ItemF1, f.Numbers, f.Date, f.Committee, f.Council, f.WordRecallMin)
	}
	for _, f := range families {
		row(f, s.Families[f])
	}
	row("OVERALL", s.Overall)
	w.Flush()
	return b.String()
}

func okMark(ok bool) string {
	if ok {
		return "ok"
	}
	return "-"
}
