package search

import (
	"context"
	"fmt"
	"sort"
	"strings"

	index "github.com/blevesearch/bleve_index_api"

	"github.com/councilminutes/minutes/search/engine"
	"github.com/councilminutes/minutes/search/query"
)

// Suggestion limits.
const (
	maxSpellings = 3
	maxSynonyms  = 4
)

// fewHits: an answer with fewer items than this gets suggestions.
const fewHits = 3

// addSuggestions suggests, for each word of a query that found little
// (fewer than fewHits items) or was relaxed, the words of the index one
// edit away and the synonym groups that use the word.
func (ix *Index) addSuggestions(ctx context.Context, req Request, res *Result) error {
	if req.Query == "" || (res.Total >= fewHits && !res.Relaxed) {
		return nil
	}
	words, err := query.Words(req.Query)
	if err != nil {
		return nil // the search itself reported it
	}
	idx, err := ix.reader()
	if err != nil {
		return fmt.Errorf("suggestions: %w", err)
	}
	adv, err := idx.Advanced()
	if err != nil {
		return fmt.Errorf("suggestions: %w", err)
	}
	r, err := adv.Reader()
	if err != nil {
		return fmt.Errorf("suggestions: %w", err)
	}
	defer r.Close()
	dropped := strings.ToLower(strings.Join(res.Dropped, " "))
	syn := ix.synonyms.Load()
	offered := map[string]bool{} // synonyms are offered once
	for _, w := range words {
		toks := query.Tokens(w)
		if len(toks) != 1 {
			continue
		}
		t := toks[0]
		n, err := textCount(ctx, r, t.Light)
		if err != nil {
			return err
		}
		if n >= fewHits && !strings.Contains(dropped, strings.ToLower(w)) {
			continue // common enough, and kept
		}
		s := Suggestion{Word: w}
		if s.Spellings, err = spellings(r, t); err != nil {
			return err
		}
		for _, m := range syn.Containing(w) {
			if len(s.Synonyms) < maxSynonyms && !offered[m] {
				offered[m] = true
				s.Synonyms = append(s.Synonyms, m)
			}
		}
		if len(s.Spellings)+len(s.Synonyms) > 0 {
			res.Suggestions = append(res.Suggestions, s)
		}
	}
	return nil
}

// textCount is how many items hold term in the text or title.
func textCount(ctx context.Context, r index.IndexReader, term string) (uint64, error) {
	var n uint64
	for _, f := range []string{engine.FieldText, engine.FieldTitle} {
		tfr, err := r.TermFieldReader(ctx, []byte(term), f, false, false, false)
		if err != nil {
			return 0, fmt.Errorf("suggestions: %w", err)
		}
		n += tfr.Count()
		tfr.Close()
	}
	return n, nil
}

// spellings lists the words of the text one edit away from t, other than
// its own forms, most frequent first.
func spellings(r index.IndexReader, t query.Token) ([]string, error) {
	fuzzy, ok := r.(index.IndexReaderFuzzy)
	if !ok {
		return nil, nil
	}
	count := map[string]uint64{}
	for _, f := range []string{engine.FieldText, engine.FieldTitle} {
		fd, err := fuzzy.FieldDictFuzzy(f, t.Light, 1, "")
		if err != nil {
			return nil, fmt.Errorf("suggestions: %w", err)
		}
		for {
			e, err := fd.Next()
			if err != nil {
				fd.Close()
				return nil, fmt.Errorf("suggestions: %w", err)
			}
			if e == nil {
				break
			}
			if strings.HasPrefix(e.Term, query.StemPrefix) || strings.HasPrefix(e.Term, query.JoinedPrefix) || len(e.Term) < 3 {
				continue
			}
			if other := query.Tokens(e.Term); len(other) == 1 && (other[0].Light == t.Light || (t.Stem != "" && other[0].Stem == t.Stem)) {
				continue // a form of the word itself
			}
			count[e.Term] += e.Count
		}
		fd.Close()
	}
	var out []string
	for term := range count {
		out = append(out, term)
	}
	sort.Slice(out, func(i, j int) bool {
		if count[out[i]] != count[out[j]] {
			return count[out[i]] > count[out[j]]
		}
		return out[i] < out[j]
	})
	return out[:min(maxSpellings, len(out))], nil
}
