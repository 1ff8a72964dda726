package indexer

import (
	"context"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/councilminutes/minutes/search/schema"
)

// rawMarkup finds Markdown or HTML shown as it is written: emphasis marks,
// a heading's hashes, a link's target, a rule, a quote mark, a tag, an
// entity, a run of underscores standing alone ("(b) __ traffic", "|__|":
// a converter's underline or blank, shown raw in a snippet).
var rawMarkup = regexp.MustCompile(`(?m)\*\*|\*[^\s*][^*\n]*\*|(?:^|[\s|])__+(?:\pL|[\s|]|$)|^#{1,6}\s|\]\(|^\s*(?:[-*_]\s*){3,}$|^>\s|</?(?:[a-z]+|!--)[^<>]{0,80}>|&(?:nbsp|amp|lt|gt|quot|#\d+);`)

// markupIn returns the first raw markup in an extracted meeting's titles,
// texts and decisions, or "".
func markupIn(t *testing.T, path string) string {
	t.Helper()
	m, err := Extract(context.Background(), path, ExtractOptions{})
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return markupInMeeting(m)
}

// markupInMeeting returns the first raw markup left in a meeting's titles,
// texts and decisions, with a little of its context, or "".
func markupInMeeting(m schema.Meeting) string {
	check := []string{m.Title, m.Committee, m.Council, m.Venue}
	for _, it := range m.Items {
		check = append(check, it.Title, it.Text, it.Agenda)
		check = append(check, it.Decisions...)
	}
	for _, s := range check {
		if loc := rawMarkup.FindStringIndex(s); loc != nil {
			from, to := max(0, loc[0]-30), min(len(s), loc[1]+30)
			return s[from:to]
		}
	}
	return ""
}

// TestMarkdownReadAsMarkdown holds the Markdown documents of the dev and
// hold-out sets and the fixtures to titles and texts without raw Markdown
// or HTML: emphasis, headings, links, rules, quotes and inline tags
// become structure or are dropped, their words kept.
func TestMarkdownReadAsMarkdown(t *testing.T) {
	var paths []string
	for _, dir := range []string{"testdata/devset", "testdata/holdout", "testdata/fixtures", "testdata/seeds"} {
		p, _ := filepath.Glob(filepath.Join(dir, "[^R]*.md")) // not the sets' README.md
		paths = append(paths, p...)
	}
	if len(paths) < 10 {
		t.Fatalf("%d Markdown documents; want the dev and hold-out sets'", len(paths))
	}
	for _, p := range paths {
		if raw := markupIn(t, p); raw != "" {
			t.Errorf("%s: raw markup in %q", p, raw)
		}
	}
}

// TestRealCorpusMarkdown reads the real minutes of ../shared/real-corpus,
// Markdown made from PDFs (page rules, <small> banners on scanned pages,
// quotes): no raw markup is left in any title, text or decision.
func TestRealCorpusMarkdown(t *testing.T) {
	docs := realCorpusDocs(t)
	var bad []string
	for _, d := range docs {
		if d.Err != nil {
			t.Errorf("%s: %v", d.Path, d.Err)
			continue
		}
		if raw := markupInMeeting(d.Meeting); raw != "" {
			bad = append(bad, d.Path+": "+raw)
		}
	}
	if len(bad) > 0 {
		t.Errorf("raw markup in %d of %d documents, e.g. %q", len(bad), len(docs), bad[:min(len(bad), 5)])
	}
}
