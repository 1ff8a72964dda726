package web

import (
	"encoding/json"

	"github.com/councilminutes/minutes/search"
	"github.com/councilminutes/minutes/search/schema"
)

// The JSON answers of the API (../shared/API.md; the README's API
// reference) are the types of this file and json_council.go: package web
// owns their field names, and builds each from search's plain values in
// one function here (SearchJSON, hitJSON, ...), making its links from
// IDs and paths (routes.go). Package search's types carry no JSON names.
// In Go a field holding a slug is named ...Slug and one holding a display
// name ...Name, whatever its JSON name: "council" is a slug in a hit and a
// name in a meeting, as the API has always had it.

// SearchAnswer is the JSON of GET /api/search and `minutes search --json`.
type SearchAnswer struct {
	Query         string                 `json:"query"`
	Total         uint64                 `json:"total"`
	TookMS        float64                `json:"took_ms"`
	Page          int                    `json:"page"`
	Size          int                    `json:"size"`
	Hits          []HitJSON              `json:"hits"`
	Facets        map[string][]FacetJSON `json:"facets"`
	Groups        []GroupJSON            `json:"groups,omitempty"`
	TotalGroups   int                    `json:"total_groups,omitempty"`
	Next          []string               `json:"next,omitempty"`
	Notes         []string               `json:"notes,omitempty"`
	Relaxed       bool                   `json:"relaxed,omitempty"`
	AllWordsTotal uint64                 `json:"all_words_total,omitempty"`
	Dropped       []string               `json:"dropped,omitempty"`
	Suggestions   []SuggestionJSON       `json:"suggestions,omitempty"`
}

// HitJSON is one matching item of a search (and of similar items).
type HitJSON struct {
	ID        string `json:"id"`
	MeetingID string `json:"meeting_id"`
	CouncilCommittee
	Date       Date     `json:"date"`
	ItemNumber string   `json:"item_number"`
	Title      string   `json:"title"`
	Snippets   []string `json:"snippets"`
	Topics     []string `json:"topics"`
	Score      float64  `json:"score"`
	URL        string   `json:"url"`        // the item's page
	SourceURL  string   `json:"source_url"` // the council's own URL of the minutes, else the server's copy
	Similarity float64  `json:"similarity,omitempty"`
	Missing    []string `json:"missing,omitempty"`
	Kind       string   `json:"kind"`
}

// Date is a meeting's date in JSON: "YYYY-MM-DD", or null when it is not
// known, as `minutes extract --json` has it (../shared/API.md), never "".
type Date string

// MarshalJSON writes null for an unknown date.
func (d Date) MarshalJSON() ([]byte, error) {
	if d == "" {
		return []byte("null"), nil
	}
	return json.Marshal(string(d))
}

// CouncilCommittee is the council and committee of a hit or a group, each by slug
// and by name.
type CouncilCommittee struct {
	CouncilSlug   string `json:"council"`
	CouncilName   string `json:"council_name"`
	CommitteeSlug string `json:"committee"`
	CommitteeName string `json:"committee_name"`
}

// GroupJSON is one meeting with its matching items (group=meeting).
type GroupJSON struct {
	MeetingID string `json:"meeting_id"`
	CouncilCommittee
	Date  Date      `json:"date"`
	Score float64   `json:"score"`
	Total int       `json:"total"`
	Hits  []HitJSON `json:"hits"`
}

// FacetJSON is one value of a facet.
type FacetJSON struct {
	Value  string `json:"value"`
	Label  string `json:"label"`
	Count  int    `json:"count"`
	Parent string `json:"parent,omitempty"`
}

// SuggestionJSON is what might be searched instead of one word.
type SuggestionJSON struct {
	Word      string   `json:"word"`
	Spellings []string `json:"spellings,omitempty"`
	Synonyms  []string `json:"synonyms,omitempty"`
}

// ItemJSON is GET /api/items/{id}: every hit field and the item in full.
type ItemJSON struct {
	HitJSON
	Agenda          string            `json:"agenda,omitempty"`
	Text            string            `json:"text"`
	Decisions       []string          `json:"decisions"`
	PrevID          string            `json:"prev_id"`
	NextID          string            `json:"next_id"`
	Truncated       bool              `json:"truncated,omitempty"`
	Venue           string            `json:"venue,omitempty"`
	TopicLabels     []string          `json:"topic_labels,omitempty"`
	DecisionDetails []schema.Decision `json:"decision_details,omitempty"`
	People          []schema.Person   `json:"people,omitempty"`
}

// SimilarAnswer is GET /api/items/{id}/similar.
type SimilarAnswer struct {
	ID            string    `json:"id"`
	OtherCouncils bool      `json:"other_councils"`
	Hits          []HitJSON `json:"hits"`
}

// MeetingJSON is GET /api/meetings/{id}: the meeting as schema.Meeting
// encodes it (the same JSON the index stores it in, so that the answer and
// the record cannot drift apart; "council" and "committee" are names,
// "council_slug" and "committee_slug" slugs), its council's name as the
// index labels it, and its page.
type MeetingJSON struct {
	schema.Meeting
	Date          Date   `json:"date"` // the meeting's date, null rather than "" when unknown
	CouncilName   string `json:"council_name"`
	CommitteeName string `json:"committee_name"`
	URL           string `json:"url"`
}

// SearchJSON is what /api/search answers for res: `minutes search --json`
// prints it too.
func SearchJSON(res *search.Result) *SearchAnswer {
	out := &SearchAnswer{Query: res.Query, Total: res.Total, TookMS: res.TookMS, Page: res.Page, Size: res.Size,
		Hits: each(res.Hits, hitJSON), Groups: each(res.Groups, groupJSON), TotalGroups: res.TotalGroups, Next: res.Next,
		Notes: res.Notes, Relaxed: res.Relaxed, AllWordsTotal: res.AllWordsTotal, Dropped: res.Dropped,
		Suggestions: each(res.Suggestions, suggestionJSON)}
	// The API promises "hits" as a list and "facets" as an object, even
	// when a search finds nothing.
	if out.Hits == nil {
		out.Hits = []HitJSON{}
	}
	out.Facets = make(map[string][]FacetJSON, len(res.Facets))
	for name, values := range res.Facets {
		out.Facets[name] = each(values, facetJSON)
		for i, f := range out.Facets[name] {
			if f.Value == "" && f.Label == "" && (name == "council" || name == "committee") {
				out.Facets[name][i].Label = unnamedLabel(name)
			}
		}
	}
	return out
}

// hitJSON is a hit with its links: its page, and its minutes at the
// council's own URL when known, else the server's copy.
func hitJSON(h search.Hit) HitJSON {
	return HitJSON{ID: h.ID, MeetingID: h.MeetingID, CouncilCommittee: CouncilCommittee{h.CouncilSlug, h.CouncilName, h.CommitteeSlug, h.CommitteeName},
		Date: Date(h.Date), ItemNumber: h.ItemNumber,
		Title: h.Title, Snippets: h.Snippets, Topics: h.Topics, Score: h.Score,
		URL: itemPath(h.ID), SourceURL: minutesLink(h.CouncilURL, h.SourcePath),
		Similarity: h.Similarity, Missing: h.Missing, Kind: h.Kind}
}

func groupJSON(g search.Group) GroupJSON {
	return GroupJSON{MeetingID: g.MeetingID, CouncilCommittee: CouncilCommittee{g.CouncilSlug, g.CouncilName, g.CommitteeSlug, g.CommitteeName},
		Date: Date(g.Date), Score: g.Score,
		Total: g.Total, Hits: each(g.Hits, hitJSON)}
}

func facetJSON(f search.Facet) FacetJSON {
	return FacetJSON{Value: f.Value, Label: f.Label, Count: f.Count, Parent: f.Parent}
}

func suggestionJSON(s search.Suggestion) SuggestionJSON {
	return SuggestionJSON{Word: s.Word, Spellings: s.Spellings, Synonyms: s.Synonyms}
}

func itemJSON(it *search.ItemDetail) *ItemJSON {
	return &ItemJSON{HitJSON: hitJSON(it.Hit), Agenda: it.Agenda, Text: it.Text, Decisions: it.Decisions,
		PrevID: it.PrevID, NextID: it.NextID, Truncated: it.Truncated, Venue: it.Venue,
		TopicLabels: it.TopicLabels, DecisionDetails: it.Details, People: it.People}
}

func meetingJSON(m *search.MeetingDetail) *MeetingJSON {
	return &MeetingJSON{Meeting: m.Meeting, Date: Date(m.Date), CouncilName: m.CouncilName, CommitteeName: m.Committee, URL: meetingPath(m.ID)}
}

// each maps a list, nil to nil, so that absent lists stay absent.
func each[T, U any](in []T, f func(T) U) []U {
	if in == nil {
		return nil
	}
	out := make([]U, len(in))
	for i, v := range in {
		out[i] = f(v)
	}
	return out
}
