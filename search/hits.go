package search

import (
	"cmp"
	"context"
	"html"
	"strings"
	"unicode/utf8"

	bsearch "github.com/blevesearch/bleve/v2/search"
	bq "github.com/blevesearch/bleve/v2/search/query"

	"github.com/councilminutes/minutes/search/schema"
)

// hitFields are the stored fields a hit is made from.
var hitFields = []string{
	fieldMeetingID, fieldFile, fieldCouncil, fieldCouncilName, fieldCommittee, fieldCommitteeName,
	fieldDateString, fieldItemNumber, fieldTitle, fieldHeading, fieldTopics, fieldSourceURL, fieldAgenda, fieldText, fieldKind,
}

// snippetFields are highlighted, best first: what was decided, then the
// minute, the agenda text and the title.
var snippetFields = []string{fieldDecisions, fieldText, fieldAgenda, fieldTitle, fieldHeading}

// Snippet limits.
const (
	maxSnippets      = 3
	fallbackSnippetN = 200 // runes of plain text when nothing is highlighted
)

// pageHits fetches the stored fields and snippets of a page of matches of
// q with a second search limited to their IDs, so that the search over
// every match reads neither term locations nor stored fields. Hits keep
// the page's order and scores; one deleted in between is left out.
func (ix *Index) pageHits(ctx context.Context, q bq.Query, page []*bsearch.DocumentMatch, highlight bool) ([]Hit, error) {
	out := []Hit{}
	if len(page) == 0 {
		return out, nil
	}
	ids := make([]string, len(page))
	for i, h := range page {
		ids[i] = h.ID
	}
	byID, err := ix.hitsByID(ctx, q, ids, highlight)
	if err != nil {
		return nil, err
	}
	for _, h := range page {
		if hit, ok := byID[h.ID]; ok {
			hit.Score = h.Score
			out = append(out, hit)
		}
	}
	return out, nil
}

// hit turns a bleve match into a Hit.
func (ix *Index) hit(h *bsearch.DocumentMatch) Hit {
	f := h.Fields
	council := str(f[fieldCouncil])
	return Hit{
		ID:            h.ID,
		MeetingID:     str(f[fieldMeetingID]),
		Council:       council,
		CouncilName:   ix.councilName(council, str(f[fieldCouncilName])),
		Committee:     str(f[fieldCommittee]),
		CommitteeName: str(f[fieldCommitteeName]),
		Date:          str(f[fieldDateString]),
		ItemNumber:    str(f[fieldItemNumber]),
		Title:         cmp.Or(str(f[fieldTitle]), str(f[fieldHeading])),
		Snippets:      snippets(h),
		Topics:        nonNil(strs(f[fieldTopics])),
		Score:         h.Score,
		SourcePath:    str(f[fieldFile]),
		CouncilURL:    str(f[fieldSourceURL]),
		Kind:          cmp.Or(str(f[fieldKind]), schema.KindMinutes),
	}
}

// snippets picks up to maxSnippets highlighted fragments (already
// HTML-escaped by bleve's html formatter, matches in <mark>), each
// showing a passage the others do not, or, when nothing was highlighted,
// the escaped start of the text.
func snippets(h *bsearch.DocumentMatch) []string {
	out := []string{}
	seen := map[string]bool{}
	for _, field := range snippetFields {
		if (field == fieldTitle || field == fieldHeading) && len(out) > 0 {
			break // the title is shown anyway
		}
		for _, frag := range h.Fragments[field] {
			if len(out) == maxSnippets || !strings.Contains(frag, "<mark>") || seen[frag] || repeatsPassage(frag, out) {
				continue
			}
			seen[frag] = true
			out = append(out, strings.TrimSpace(frag))
		}
	}
	if len(out) > 0 {
		return out
	}
	text := str(h.Fields[fieldText])
	if text == "" {
		text = str(h.Fields[fieldAgenda])
	}
	if text = strings.TrimSpace(text); text == "" {
		return out
	}
	return []string{html.EscapeString(truncate(text, fallbackSnippetN))}
}

// truncate cuts s to about n runes at a space, adding "…".
func truncate(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n]
	cut := string(r)
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return cut + "…"
}
