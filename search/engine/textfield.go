package engine

import (
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/size"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/councilminutes/minutes/search/query"
)

// textTerms is how the full-text fields are indexed: the terms of
// query.TextAnalyzer (each word's light form, and its stem with
// query.StemPrefix beside it; a hyphenated word also run together with
// query.JoinedPrefix, without a position, as a stem, and outside the
// field's length: "crosscutting" finds "cross-cutting"), the light forms with their positions, which
// phrases and nearness need, and without their byte offsets, which nothing
// reads (snippets find the words again, see search/snippets.go): an offset
// costs one byte in a posting's location instead of two or three, and in a
// body field holds a stop word beside the word instead (below).
// Stems have no positions (a tenth of the index at 20k items): a phrase is
// of light forms, and the nearness clauses (search/query/near.go) favour words
// next to each other in their light forms or as their bare stem, not in
// two other forms of theirs ("planned permissions" for "planning
// permission"); the judged sets' figures do not move.
//
// Nor have the stop words of an item's body (agenda, text, decisions:
// query.StopPositions), two words of every five positioned; their
// frequencies stay, so scores are unchanged. The location of each other
// word holds the stop word just before it in its Start and the one just
// after it in its End (query.StopID; 0 for none), so a phrase with a stop
// word ("care of the council") finds it beside its other words, and reads
// the stored text (query.FieldTexts, RecordTexts) only where no other word
// stands beside it. A field mapped without term vectors (lines, which no
// phrase reads) has no positions at all.
//
// Bleve's own text field cannot leave offsets out, so the mapped document's
// text fields are replaced by this one (withTextTerms).
type textTerms struct {
	words  *query.Analyser
	shared *Positions // nil: every location is the field's own
	// stopPositions: the stop words have positions (query.StopPositions)
	stopPositions bool
	name          string
	ap            []uint64
	value         []byte
	opts          index.FieldIndexingOptions
	length        int
	freqs         index.TokenFrequencies
}

// fullText lists the fields indexed as textTerms.
var fullText = map[string]bool{FieldTitle: true, FieldHeading: true, FieldAgenda: true, FieldText: true, FieldLines: true, FieldDecisions: true}

// withTextTerms replaces the full-text fields of a mapped document; words
// remembers the forms of words across documents, and shared holds the
// locations that fields which are not an element of a list point to.
func withTextTerms(doc *document.Document, words *query.Analyser, shared *Positions) {
	for i, f := range doc.Fields {
		tf, ok := f.(*document.TextField)
		if !ok || !fullText[tf.Name()] {
			continue
		}
		t := &textTerms{words: words, name: tf.Name(), ap: tf.ArrayPositions(), value: tf.Value(), opts: tf.Options(), stopPositions: query.StopPositions(tf.Name())}
		if len(t.ap) == 0 {
			t.shared = shared
		}
		doc.Fields[i] = t
	}
}

func (t *textTerms) Name() string                        { return t.name }
func (t *textTerms) ArrayPositions() []uint64            { return t.ap }
func (t *textTerms) Options() index.FieldIndexingOptions { return t.opts }
func (t *textTerms) Value() []byte                       { return t.value }
func (t *textTerms) NumPlainTextBytes() uint64           { return uint64(len(t.value)) }
func (t *textTerms) EncodedFieldType() byte              { return 't' }
func (t *textTerms) AnalyzedLength() int                 { return t.length }
func (t *textTerms) AnalyzedTokenFrequencies() index.TokenFrequencies {
	return t.freqs
}

// Text makes the field a text field for bleve's stored-field reading.
func (t *textTerms) Text() string { return string(t.value) }

func (t *textTerms) Size() int {
	n := 64 + len(t.name) + len(t.value) + len(t.ap)*size.SizeOfUint64
	if t.freqs != nil {
		n += t.freqs.Size()
	}
	return n
}

// Analyze reads the value's terms: the same tokens, in the same order, as
// query.TextAnalyzer, so that the field's length (and so BM25) is the same.
//
// A field is analysed once per document indexed, so its memory is taken
// in blocks (the term records, their bytes, the locations) rather than
// one allocation each: bleve keeps pointers into them until the batch's
// segment is built, and a block, once full, is never grown or moved.
func (t *textTerms) Analyze() {
	// first blocks for about six bytes a word and a term every other word
	words := len(t.value)/6 + 1
	t.freqs = make(index.TokenFrequencies, words/2)
	tfs := make([]index.TokenFreq, 0, words/2)
	terms := make([]byte, 0, 4*words)
	var locs []index.TokenLocation // the field's own, past the shared ones
	if t.shared == nil {
		locs = make([]index.TokenLocation, 0, words)
	}
	own := func(loc index.TokenLocation) *index.TokenLocation {
		if len(locs) == cap(locs) {
			locs = make([]index.TokenLocation, 0, blockOf(t.length/4))
		}
		locs = append(locs, loc)
		return &locs[len(locs)-1]
	}
	// add counts term and, for a position, gives it a location, whose
	// Start is stopBefore (query.StopID); it returns the term's record
	add := func(term string, pos, stopBefore int) *index.TokenFreq {
		tf, ok := t.freqs[term]
		if !ok {
			if len(tfs) == cap(tfs) {
				tfs = make([]index.TokenFreq, 0, blockOf(len(t.freqs)/4))
			}
			if len(terms)+len(term) > cap(terms) {
				terms = make([]byte, 0, max(len(term), 8*blockOf(len(t.freqs)/4)))
			}
			start := len(terms)
			terms = append(terms, term...)
			tfs = append(tfs, index.TokenFreq{Term: terms[start:len(terms):len(terms)]})
			tf = &tfs[len(tfs)-1]
			t.freqs[term] = tf
		}
		if loc := t.shared.at(pos); loc != nil && stopBefore == 0 {
			tf.Locations = append(tf.Locations, loc)
		} else if pos > 0 {
			tf.Locations = append(tf.Locations, own(index.TokenLocation{ArrayPositions: t.ap, Position: pos, Start: stopBefore}))
		}
		tf.SetFrequency(tf.Frequency() + 1)
		t.length++
		return tf
	}
	positions := t.opts.IncludeTermVectors()
	stopBefore := 0           // the stop word just read, 0: none
	var last *index.TokenFreq // the word just read, if it is not a stop word
	t.words.EachJoined(string(t.value), func(tok query.Token) {
		switch {
		case !positions:
			add(tok.Light, 0, 0)
		case tok.Stop && !t.stopPositions:
			// no position: the words beside it hold it (query.StopID)
			add(tok.Light, 0, 0)
			stopBefore = query.StopID(tok.Light)
			if last != nil {
				// its End: a location of its own, or a copy of the shared one
				i := len(last.Locations) - 1
				loc := last.Locations[i]
				if loc.Start == 0 {
					loc = own(*loc)
					last.Locations[i] = loc
				}
				loc.End = stopBefore
			}
			last = nil
		default:
			last = add(tok.Light, tok.Pos, stopBefore)
			stopBefore = 0
		}
		if tok.StemTerm != "" {
			add(tok.StemTerm, 0, 0) // no position: see above
		}
	}, func(tok query.Token) {
		// a hyphenated word run together: no position, as a stem, and
		// not counted in the field's length, so that every other word
		// scores as it did without it; not in the lines of lists and
		// tables, which are the text's again (searches look for it in
		// the text)
		if t.name == FieldLines {
			return
		}
		length := t.length
		add(query.JoinedPrefix+tok.Light, 0, 0)
		t.length = length
	})
}

// blockOf is the size of a further block of a field's memory, n bounded to
// 32-1024 records: a quarter of what the field took so far, when the first
// block's guess fell short.
func blockOf(n int) int {
	return min(max(n, 32), 1024)
}

// Positions is a table of token locations, one per position from 1 to
// sharedPositions, made once per index and never changed after, that the
// locations of text fields point to instead of one location of their own
// per word: a location is 64 bytes and a field had one for every word it
// holds, the largest part of what indexing allocates (BENCHMARKS.md,
// issue 16, third pass). Bleve reads a location's position (and field and
// array positions, both empty here) when it builds a segment; it writes
// to a location only when it merges two values of one field of a
// document (index.TokenFrequencies.MergeAll: the elements of a list),
// so a field that is an element of a list keeps locations of its own.
type Positions struct {
	locs []index.TokenLocation
}

// sharedPositions is how many positions the table holds: an agenda item's
// text is a few hundred words, and a longer field takes its own locations
// past the table (64 bytes a position, 1 MB in all).
const sharedPositions = 1 << 14

// NewPositions makes the table of shared locations.
func NewPositions() *Positions {
	p := &Positions{locs: make([]index.TokenLocation, sharedPositions+1)}
	for i := range p.locs {
		p.locs[i].Position = i
	}
	return p
}

// at is the shared location of position pos, nil for none (a nil table,
// position 0 meaning no location, or beyond the table).
func (p *Positions) at(pos int) *index.TokenLocation {
	if p == nil || pos <= 0 || pos >= len(p.locs) {
		return nil
	}
	return &p.locs[pos]
}
