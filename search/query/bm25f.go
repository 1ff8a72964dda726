package query

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2/mapping"
	bsearch "github.com/blevesearch/bleve/v2/search"
	index "github.com/blevesearch/bleve_index_api"
)

// A word of a query is searched in several fields (title, agenda, text,
// heading) and in several forms (its light form, other forms of its
// stem). Scored as separate term clauses of a disjunction, each clause
// saturates on its own and bleve multiplies the sum by the share of
// clauses matched, so an item holding the word in its title and its text
// scored about six times one holding it only in its text, however often:
// a title naming the word once, over a text about something else,
// outranked every item that discussed it.
//
// wordQuery scores the word once per item as BM25F does: the occurrences
// of every field and form are weighed (by field, and by form: the light
// form counts whole, other forms of its stem a fifth), each field's count
// normalised by its length against that field's average, summed into one
// count, and that count saturated once, with one idf for the word. The
// occurrences count as they are, where bleve's BM25 takes their square
// root: four mentions of a word in a short item about it are more than
// twice one mention in passing.

// Scoring constants of wordQuery, those of bleve's BM25. On the ten
// judged sets, k1 from 0.9 to 2, b from 0.5 to 0.9, and a b of the
// title's own (0 to 1) or the text's (0.6, 0.85) raised the mean P@5 by
// one query at most and lowered a set's P@5 or nDCG@10.
const (
	bm25k1 = 1.2
	bm25b  = 0.75
	// otherFormWeight is what an occurrence of another form of the stem
	// counts, against 1 for the light form. The stemmer folds words of
	// other subjects together ("housing" and "house", "election" and
	// "elected"): at a third, an item naming a house three times scored
	// as one naming housing once, and such items took places in the top 5
	// of "notice of motion housing", "cycle lanes", "budget 2018". A fifth
	// raised the mean P@5 of the ten judged sets from 0.777 to 0.780 (no
	// set lower; held-out 3 and 4 lost 0.003 of nDCG@10, where "flood"
	// and "flooding" are one subject); 0.15 and 0.25 gained about as
	// much, a half and more lost.
	otherFormWeight = 1.0 / 5
	// listLineWeight is what an occurrence in a line of a list or table
	// counts, against 1 for one in a sentence of the text (linesField).
	listLineWeight = 0.2
)

// The lines field holds again the lines of an item's text that are
// entries of lists and cells of tables (search/lines.go). A word of the
// text that stands in such a line names one entry of a list about
// something else: a town's grants, the estates taken in charge, a row of
// a budget. Among a word's fields, the lines field takes back from the
// text's count 1 - listLineWeight of each occurrence found there,
// normalised by the text's length, so that it counts listLineWeight.

// wordQuery matches one word, in any of its forms, in any of fields.
type wordQuery struct {
	fields []textField
	forms  []wordForm
	boost  float64
}

// wordForm is one index term of a word and what an occurrence counts.
type wordForm struct {
	term   string
	weight float64
}

// newWordQuery matches token t in fields; exact keeps to its light form.
func newWordQuery(fields []textField, t Token, exact bool) *wordQuery {
	q := &wordQuery{fields: fields, boost: 1}
	// an occurrence of the light form is also indexed under the stem
	// (with StemPrefix when the stem differs), so it counts 1 in all
	lightWeight := 1.0
	if !exact && t.Stem != "" {
		lightWeight -= otherFormWeight
	}
	q.forms = append(q.forms, wordForm{t.Light, lightWeight})
	if !exact && t.Stem != "" {
		q.forms = append(q.forms, wordForm{StemPrefix + t.Stem, otherFormWeight})
		if t.Stem != t.Light {
			q.forms = append(q.forms, wordForm{t.Stem, otherFormWeight})
		}
	}
	return q
}

// SetBoost implements bleve's query.BoostableQuery.
func (q *wordQuery) SetBoost(b float64) { q.boost = b }

// Boost implements bleve's query.BoostableQuery.
func (q *wordQuery) Boost() float64 { return q.boost }

// Fields are the index fields the word is searched in.
func (q *wordQuery) Fields() []string {
	out := make([]string, len(q.fields))
	for i, f := range q.fields {
		out[i] = f.Name
	}
	return out
}

// Searcher implements bleve's query.Query.
func (q *wordQuery) Searcher(ctx context.Context, r index.IndexReader, _ mapping.IndexMapping, opts bsearch.SearcherOptions) (bsearch.Searcher, error) {
	scored := opts.Score != "none"
	s := &wordSearcher{opts: opts, boost: q.boost, queryWeight: 1}
	var docs float64
	var df uint64
	absent, err := q.joinedAbsent(ctx, r)
	if err != nil {
		return nil, err
	}
	for fi, f := range q.fields {
		avg, n, err := averageLength(ctx, r, f.Name)
		if err != nil {
			s.Close()
			return nil, err
		}
		docs = n
		for _, form := range q.forms {
			if strings.HasPrefix(form.term, JoinedPrefix) && (absent || f.Name == FieldLines) {
				// the lines of lists and tables are the text's again,
				// where the form is looked for: a lookup per segment saved
				continue
			}
			if err := bsearch.RecordTermSearcher(ctx); err != nil {
				s.Close()
				return nil, err
			}
			tfr, err := r.TermFieldReader(ctx, []byte(form.term), f.Name, scored, scored, false)
			if err != nil {
				s.Close()
				return nil, fmt.Errorf("word %s in %s: %w", form.term, f.Name, err)
			}
			if tfr.Count() == 0 {
				tfr.Close()
				continue
			}
			df = max(df, tfr.Count())
			s.count += tfr.Count()
			c := &wordCursor{r: tfr, weight: form.weight, fieldIdx: fi, field: f.Boost, avg: avg, text: f.Name == FieldText, lines: f.Name == FieldLines}
			if err := c.next(); err != nil {
				s.Close()
				return nil, err
			}
			s.cursors = append(s.cursors, c)
		}
	}
	// one idf for the word: its documents are at least those of its
	// commonest field and form
	s.idf = math.Log(1 + (docs-float64(df)+0.5)/(float64(df)+0.5))
	return s, nil
}

// joinedAbsent reports whether the query looks for a hyphenated word run
// together (JoinedPrefix) in the text field among others and the text
// field has none: then it is not looked for in the others, where such a
// word is rarer still. Nearly every word typed is none ("=ofsted"), and
// each field looked in costs a lookup per segment.
func (q *wordQuery) joinedAbsent(ctx context.Context, r index.IndexReader) (bool, error) {
	if !slices.ContainsFunc(q.fields, func(f textField) bool { return f.Name == FieldText }) {
		return false, nil
	}
	for _, form := range q.forms {
		if !strings.HasPrefix(form.term, JoinedPrefix) {
			continue
		}
		tfr, err := r.TermFieldReader(ctx, []byte(form.term), FieldText, false, false, false)
		if err != nil {
			return false, fmt.Errorf("word %s in %s: %w", form.term, FieldText, err)
		}
		n := tfr.Count()
		if err := tfr.Close(); err != nil {
			return false, err
		}
		return n == 0, nil
	}
	return false, nil
}

// averageLength is the average length of field and the number of
// documents, from the BM25 statistics in ctx (search/engine/bm25.go
// puts them there) or else from the reader, as bleve's term searcher
// takes them.
func averageLength(ctx context.Context, r index.IndexReader, field string) (avg, docs float64, err error) {
	var card int
	if stats, ok := ctx.Value(bsearch.BM25StatsKey).(*bsearch.BM25Stats); ok {
		docs, card = stats.DocCount, stats.FieldCardinality[field]
	} else {
		n, err := r.DocCount()
		if err != nil {
			return 0, 0, err
		}
		docs = float64(n)
		if br, ok := r.(index.BM25Reader); ok {
			if card, err = br.FieldCardinality(field); err != nil {
				return 0, 0, err
			}
		}
	}
	if docs == 0 || card == 0 {
		return 1, docs, nil
	}
	return math.Ceil(float64(card) / docs), docs, nil
}

// wordCursor walks the postings of one form of the word in one field.
type wordCursor struct {
	r        index.TermFieldReader
	at       *index.TermFieldDoc // nil once done
	buf      index.TermFieldDoc
	weight   float64 // of the form
	fieldIdx int     // which of the query's fields
	field    float64 // weight of the field
	avg      float64 // average length of the field
	text     bool    // the text field
	lines    bool    // the lines field: its count is taken from the text's
}

func (c *wordCursor) next() error {
	d, err := c.r.Next(c.buf.Reset())
	c.at = d
	return err
}

func (c *wordCursor) advance(id index.IndexInternalID) error {
	if c.at == nil || bytes.Compare(c.at.ID, id) >= 0 {
		return nil
	}
	d, err := c.r.Advance(id, c.buf.Reset())
	c.at = d
	return err
}

// wordSearcher is the searcher of a wordQuery.
type wordSearcher struct {
	cursors     []*wordCursor
	opts        bsearch.SearcherOptions
	idf, boost  float64
	queryWeight float64
	count       uint64
}

func (s *wordSearcher) Next(sctx *bsearch.SearchContext) (*bsearch.DocumentMatch, error) {
	var first index.IndexInternalID
	for _, c := range s.cursors {
		if c.at != nil && (first == nil || bytes.Compare(c.at.ID, first) < 0) {
			first = c.at.ID
		}
	}
	if first == nil {
		return nil, nil
	}
	d := sctx.DocumentMatchPool.Get()
	d.IndexInternalID = append(d.IndexInternalID[:0], first...)
	// the cursors come field by field: sum the weighted occurrences of
	// each field, normalise the sum by the field's length, and add it
	tfc := 0.0
	fieldIdx := -1
	var weighted, length float64
	var textNorm float64 // the text's length normalisation, for the lines field
	var cur *wordCursor
	flush := func() {
		switch {
		case weighted == 0:
		case cur.lines:
			if textNorm > 0 {
				tfc -= (1 - cur.field) * weighted / textNorm
			}
		default:
			norm := 1 - bm25b + bm25b*length/cur.avg
			if cur.text {
				textNorm = norm
			}
			tfc += cur.field * weighted / norm
		}
		weighted = 0
	}
	for _, c := range s.cursors {
		if c.at == nil || !bytes.Equal(c.at.ID, d.IndexInternalID) {
			continue
		}
		if c.fieldIdx != fieldIdx {
			flush()
		}
		fieldIdx, cur = c.fieldIdx, c
		weighted += c.weight * float64(c.at.Freq)
		if c.at.Norm > 0 {
			length = 1 / (c.at.Norm * c.at.Norm)
		}
		if err := c.next(); err != nil {
			sctx.DocumentMatchPool.Put(d)
			return nil, err
		}
	}
	flush()
	if s.opts.Score != "none" {
		d.Score = s.queryWeight * s.idf * bm25k1 * tfc / (bm25k1 + tfc)
		if s.opts.Explain {
			d.Expl = &bsearch.Explanation{Value: d.Score, Message: fmt.Sprintf("bm25f(count=%.3f, idf=%.3f, weight=%.3f)", tfc, s.idf, s.queryWeight)}
		}
	}
	return d, nil
}

func (s *wordSearcher) Advance(sctx *bsearch.SearchContext, id index.IndexInternalID) (*bsearch.DocumentMatch, error) {
	for _, c := range s.cursors {
		if err := c.advance(id); err != nil {
			return nil, err
		}
	}
	return s.Next(sctx)
}

func (s *wordSearcher) Close() error {
	var err error
	for _, c := range s.cursors {
		if cerr := c.r.Close(); err == nil {
			err = cerr
		}
	}
	return err
}

// Weight and SetQueryNorm weigh the word as bleve weighs a term: by its
// boost and idf, normalised over the query.
func (s *wordSearcher) Weight() float64 {
	w := s.boost * s.idf
	return w * w
}

func (s *wordSearcher) SetQueryNorm(n float64) { s.queryWeight = s.boost * s.idf * n }

// Count is an upper bound of the matches.
func (s *wordSearcher) Count() uint64 { return s.count }

func (s *wordSearcher) Min() int { return 0 }

func (s *wordSearcher) Size() int { return 64 + 96*len(s.cursors) }

func (s *wordSearcher) DocumentMatchPoolSize() int { return 1 }

// MarshalJSON shows the query in golden files and logs.
func (q *wordQuery) MarshalJSON() ([]byte, error) {
	fields := map[string]float64{}
	for _, f := range q.fields {
		fields[f.Name] = f.Boost
	}
	forms := map[string]float64{}
	for _, f := range q.forms {
		forms[f.term] = f.weight
	}
	return json.Marshal(map[string]any{"bm25f": map[string]any{"fields": fields, "forms": forms, "boost": q.boost}})
}
