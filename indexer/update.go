package indexer

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/indexer/moderngov"
	"github.com/councilminutes/minutes/internal/progress"
	"github.com/councilminutes/minutes/search"
	"github.com/councilminutes/minutes/search/query"
)

// extractorVersion is mixed into every file's hash: raising it makes the
// next run re-extract every file, as a change to extraction should.
// 2: PDF text keeps running headers once, splits no words, and renders
// tab stops as spaces rather than table cells.
// 3: topics from the taxonomy of council business in families, tagged
// with context (corpus/topics.json, or the built-in one).
// 4: items found by scored candidates and a sequence chosen as a whole;
// the text outside the items indexed as each meeting's front record.
// 5: more numbering shapes (CAB 12/23, P.123, (23/24) 45, A1..C1, 1618,
// 01.23, OCR's 5/l4), titles run into their text, a sequence's missing
// number filled, page rules and budget tables kept out of the items,
// dates "the 3rd day of March 2016", "16th-March-2021", "2OO1".
// 6: decisions as data (kind, mover, seconder, votes, outcome), the
// attendance as people, the people of each item, the kind of paper.
// 7: the fourth hold-out set's causes: labelled four-digit numbers,
// parish meetings of electors, committees named in Welsh, by a page's
// title or a lone EXECUTIVE heading, councils in Word footers and
// breadcrumbs, numbers OCR read as a column apart, capitals titles
// ending in a full stop ("FGP/23/58 APOLOGIES.").
// 8: the fifth hold-out set's causes: committees with their area in
// brackets, "ANNUAL MEETING OF THE COUNCIL", label tables without colons,
// a sub-committee "of the London Borough of …", numbers "OS.24/25.31",
// capitals titles run into "RESOLVED that …" or going on after a dash,
// an unnumbered "Minutes" heading, a pack's minutes under "Agenda Item
// N", a council in a page's closing links; ModernGov's "Minutes:" kept.
// 9: a run of a converter's image placeholders ("(Image omitted)") kept
// once, so that a budget book's charts no longer make items of 160,000
// characters; an item of over 2,500 words cut at the numbered sub-items
// inside it ("4(a)", "4(b)") and at item numbers the outer sequence
// missed.
// 10: the sixth hold-out set's causes: a meeting's date read from a
// page's running header or footer when the body never prints it; no
// committee read from a line whose date is before its dash ("held on
// 27 March 2025, 4.00pm – 6.00pm"); a Standing Advisory Council on
// Religious Education and the like taken for the body that met.
// 11: what a ModernGov page prints after its item table (the meeting's
// "Additional documents") kept with the meeting, not in the last item.
// 12: the seventh hold-out set's causes: numbers after a committee's
// dotted initials ("P.R.101"); a hearing's run of sub-headings holding
// one that stands again, the last item's counted too; lettered
// sub-items "4a", "4b" under item "4."; a committee's English name on
// the line after its Welsh one; an agenda pack's minutes after a short
// report start at their own heading; a table's bold head row over
// unnumbered headings no item; the PDF text layer's words no longer
// split at underlines or letter spacing.
// 13: web pages' chrome kept out of the items: a content area named by
// role="main" or a template's id ("content"), and breadcrumbs, cookie
// notices, menus and the site's header and footer inside or around it
// (ARIA roles, class and id names) kept with the meeting, not read as
// items ("1. Home", "2. Council and democracy"); ModernGov pages' "Minutes:"
// sub-heading no longer left at the end of each item's agenda text.
// 14: the eighth hold-out set's causes: a committee's single letter
// before a minute's number ("P 87"); numbers opening the paragraph under
// unnumbered headings; a part's heading ("Recommendations to Cabinet")
// between consecutive minutes no item; a name wrapped after "OF"; a kind
// of meeting ("Annual Meeting", "ANNUALMEETING") no committee, nor
// "at the Annual Budget Meeting", nor the council's name run into the
// committee's; a bold title broken after a dash; "out-" / "of-borough"
// keeps its hyphen.
// 15: the ninth hold-out set's causes: references with the year inside
// ("CYP(25)14", "2025/26-014"); a number's stop set apart ("41 .");
// Word's numbering label then its tab ("Item 1 – | Title"); a bilingual
// label ("Eitem 1 / Item 1:"); dates with the day in words ("the twelfth
// day of March 2025") and headings dated with no year ("Tuesday 4th
// February"); titles hard-wrapped in plain text; "the Full Council" no
// council's name; a council's name with its letters spaced out; a joint
// panel's council named by its host ("hosted by …"); OCR's "1O"; a
// line wholly in bold keeps its title's end after a dash.
// 16: PDFs: turned text read as lines (landscape pages with /Rotate,
// sideways headings, diagonal watermarks), not as single letters;
// a Type3 font's widths scaled by its FontMatrix; ToUnicode maps before
// encodings, glyph names as the Adobe Glyph List builds them ("f_i",
// "uni0066", "a.sc"), a WinAnsi base encoding's upper half; a warning
// naming fonts whose codes say no letter; the appearances of the
// annotations a page shows (filled form fields, free-text comments, stamps);
// a footnote's raised mark after a word set apart ("Vantreight 1"), and a
// space of no advance (Chromium's soft hyphen) no word break; Word's
// footnotes and endnotes after the paragraph citing them, its non-breaking
// hyphens; HTML's <sup> footnote marks set apart; with OCR, the pages of a
// PDF with a text layer that are images alone read by it; a broken
// cross-reference table rebuilt from the file's objects; a Word paragraph
// anchoring a text box keeps its own text, the box read once.
// 17: a run of underscores standing apart from words (a form's blank
// "Signed: ______", a converter's underline "(b) __ traffic") is written
// "…", never shown raw in a title or snippet; a meeting with no
// attendance above its first item reads the lists at the top of that
// item; post-nominal letters after a comma ("Mrs T Dean, MBE,") are no
// one in a list of names.
// 18: Word's Symbol and Wingdings bullets (U+F0B7, U+F06E, U+F0A7, …,
// private-use characters) read as the bullets they are drawn as.
// 19: a year at a line's start followed by a time ("2019 AT 3.30 P.M.", a
// heading's date wrapped) is no item number, nor is an initial whose next
// word closes a bracket ("J. Delaney), …"); "Officials in attendance"
// heads no item; "MEETING OF THE COUNCIL - Tuesday, …" is the Council's; a
// council year in brackets after a number is part of it ("Item 34 (25/26)");
// "full Town Council" of a sentence is the "Town Council", "full council" "Full Council".
// 20: an agenda pack's papers after the minutes (from the "Agenda Item N"
// after the meeting closed or the chair signed) are no items of them, kept
// as text outside the items; a pack's "Agenda Item N" over each paper is no
// running header; a bold title wrapped over three or four bold lines is
// whole; a committee named with commas ("the CHILDREN, FAMILIES AND …
// COMMITTEE held") is whole; "Minutes of the Executive" names the
// Executive; a header's "… Board Minutes" the Board.
// 21: parish and town references with the count before or after a year:
// "P.25.033", "44/24-25", "24-25/041", "Minute 2025-041"; the public's session printed like
// the items above the first ("Public participation") is an item (the twelfth
// hold-out set's causes); a page's buttons are read, set apart from the words
// beside them (accordions print their items' titles in buttons); "Mon 3 Mar 25",
// a two-digit year after a weekday the date falls on, is a date; "Minutes –
// Parish Council Meeting – date" names the Parish Council, "PLANNING COMMITTEE
// MEETING" the Planning Committee; a list of dated entries above the heading (a
// page's other meetings) names neither the date nor the body; a template's boxes
// in the content area ("Share this page", "Related documents") are chrome.
// 22: a PDF's line-end hyphen that nothing in the document explains is kept
// as a compound's ("in-" "house", "child-" "friendly") unless the document
// is hyphenated at syllables; a word ending after it ("care-" "ful") goes.
// 26: "Minute 15(a)", a number with a letter in brackets, is read as "15a"
// in its sequence and kept as printed; "Recommendation(s) from/of X" starts a
// title, not a decision (a full council's items from Cabinet or a committee).
// 27: minutes laid out as tables: a PDF table whose number and title cells
// wrap beside a wide cell of text is read row by row (not as two columns),
// the title whole before its text, and a head row repeated at a page's top
// is a running line; a Word paragraph's bold run-in title is marked bold
// (and the row's Action cell stays in the item); pdftotext -layout rows
// with references ("FC/24/101"), rows a few characters off and an Action
// column are read; a title wrapped over a cell's short lines, read cell by
// cell (pdftotext), is whole; a Word table's Minute No. column of empty
// automatically numbered paragraphs gives its numbers.
// 28: the thirteenth hold-out set's causes: a minute's number printed
// after its title (in brackets, at a right-hand tab or margin, after the
// last word, on the line below) read as the item's number and taken out
// of the title, when several headings close with a reference of one
// shape; side headings in a PDF's narrow left column read before the text
// beside them; a title run into its text ended where bold turns plain
// (Word) or at a capitals title's full stop; minutes under a covering
// e-mail dated and named from their own heading.
// 29: item boundaries in real minutes: a numbered title closed by a colon
// ("7. HUNT MUSEUM:", "6. Question submitted by Councillor Ryan:") is a
// title, unless it is a sentence opening a list or a list starting again
// at 1 inside an item; items taken out of their order ("agreed to take item
// 6 next": 4, 6, 5) stay items; a line going on from a long line above it
// with no stop (a bold paragraph's lines set apart) heads no unnumbered item.
// 30: the fourteenth hold-out set's causes: a title in title case closed
// by a full stop after a bare number and a tab ("1<tab>Roads – Approval.")
// read as a heading; a committee's name without the heading's "MINUTE of
// MEETING of the" before it, and OCR's "Counci1" read as Council; a
// page heading's title whole across a dash ("<h3>24a Premises licence
// review – The Anchor"), so lettered sub-items in headings are items;
// reports sub-numbered "4.1", "4.2" straight under a group heading in
// capitals or naming a kind of business ("4. REPORTS FOR APPROVAL") made
// items after it; a decision page's label headings ("<h2>Reasons for the
// decision:</h2>") its sections, its date the one labelled "Date of
// decision:" (not the publication or effective date), its council a
// "Borough of …" in its title or footer; in an agenda pack, a covering
// report under the minutes' agenda item passed over for the minutes'
// own heading (wrapped before "held on"), and a second set of minutes
// under the next agenda item's mark (a sub-committee's) made items too.
// 31: 29 and 30 together (the two branches were made side by side).
// 32: the fifteenth hold-out set's kinds: minutes with no numbering and no
// typography whose short sentence-case lines each head a paragraph with
// its text on the very next line ("Open forum" / "Residents asked
// …"), four times or more, read as unnumbered headings when nothing else
// structures the text; "ANNUAL PARISH MEETING" on its own line the body
// that met; a committee's name whose kind wrapped onto a line of its own
// ("… Joint Transport Partnership" / "Committee") joined; a capitals title's
// year wrapped onto the next line ("… CENTRES REVIEW" / "2011/12") kept;
// two councils' names on one line read as the first whole, and a short
// council name (a page's <title>) given way to the fuller one below it.
const extractorVersion = "32"

// Update brings an open index up to date with the corpus: it extracts new
// and changed files, deletes the items of files that are gone, and skips
// files whose content (and manifest entry) is unchanged, unless opts.Full.
// Each meeting's change is written atomically with its new hash, so a run
// that is killed leaves every file either old or new, and the next run
// finishes the job. Files that give one meeting ID are resolved by the
// rule of chooseFullest. One bad file never stops the run: it is listed in
// the summary; fetched printed minutes that cannot be read are stood in
// for by their companion, the meeting's page (companion.go).
func Update(ctx context.Context, ix *search.Index, opts Options) (*Summary, error) {
	log := opts.logger()
	sum := &Summary{Full: opts.Full}
	manifest, councils, topics := loadCorpusData(opts.Corpus, sum)

	files, passed, err := Walk(opts.Corpus)
	if err != nil {
		return sum, err
	}
	root, err := os.OpenRoot(opts.Corpus)
	if err != nil {
		return sum, fmt.Errorf("corpus %s: %w", opts.Corpus, err)
	}
	defer root.Close()
	sum.Passed = passed
	sum.Seen = len(files) + len(passed)
	sum.Skipped = len(passed)
	for _, e := range manifest.Files {
		if _, err := os.Stat(joinRel(opts.Corpus, e.Path)); err != nil {
			sum.fail(e.Path, "named in the manifest but not found")
		}
	}

	indexed, err := ix.Files()
	if err != nil {
		return sum, fmt.Errorf("read indexed files: %w", err)
	}
	edits, err := readDataEdits(ctx, ix, councils, topics, opts.Full || len(indexed) == 0)
	if err != nil {
		return sum, err
	}
	present := make(map[string]bool, len(files))
	newJob := func(f SourceFile) jobFile {
		jf := jobFile{file: f, opts: ExtractOptions{Rel: f.Rel, Councils: councils, Topics: topics,
			MaxBytes: opts.MaxBytes, MaxPages: opts.MaxPages, Timeout: opts.Timeout, OCR: opts.OCR,
			PDFChild: opts.PDFChild}}
		if entry, ok := manifest.Lookup(f.Rel); ok {
			e := printedMinutesLink(manifest, entry)
			jf.entry, jf.opts.Entry = &entry, &e
		}
		return jf
	}
	companions := companionsOf(files, manifest, newJob)
	var toRead []jobFile
	for _, f := range files {
		entry, inManifest := manifest.Lookup(f.Rel)
		if inManifest && moderngov.IsCompanion(entry) {
			// Printed minutes stored beside structured ones (or the other
			// way round): the meeting is indexed once, from the other file.
			// Not marked present, so that a companion indexed before it
			// became one leaves the index.
			sum.Skipped++
			continue
		}
		present[f.Rel] = true
		if opts.MaxBytes > 0 && f.Size > opts.MaxBytes {
			sum.fail(f.Rel, fmt.Sprintf("file is %d bytes, over the limit of %d (--max-bytes)", f.Size, opts.MaxBytes))
			continue
		}
		jf := newJob(f)
		if c, ok := companions[f.Rel]; ok {
			jf.companion = &c
		}
		toRead = append(toRead, jf)
	}
	jobs := groupJobs(toRead, edits.unstale(indexed))
	var deletes []search.FileChange
	for p := range indexed {
		if !present[p] {
			deletes = append(deletes, search.FileChange{Path: p})
		}
	}

	w := &writer{ix: ix, sum: sum, limit: opts.BatchItems}
	if err := w.apply(ctx, deletes); err != nil {
		return sum, err
	}
	sum.Deleted = len(deletes)
	written := map[string]bool{}
	p := progress.Start(opts.Progress, "index", "files", len(toRead))
	defer p.Finish()
	for o := range runJobs(ctx, root, jobs, opts) {
		p.Add(len(o.job.files))
		p.Detail("%d meetings written, %d files unchanged, %d failed", sum.Meetings, sum.Unchanged, sum.Failed)
		for _, f := range o.failures {
			sum.fail(f.File, f.Reason)
		}
		sum.Skipped += o.skipped
		if o.unchanged {
			sum.Unchanged += o.skipped
		}
		if o.duplicate != nil {
			sum.Duplicates = append(sum.Duplicates, *o.duplicate)
		}
		if len(o.changes) == 0 {
			continue
		}
		for _, c := range o.changes {
			written[c.Path] = true
			if c.Meeting != nil {
				sum.noteMeeting(c.Path, *c.Meeting)
			}
		}
		if err := w.add(ctx, o.changes); err != nil {
			return sum, err
		}
	}
	if err := w.flush(ctx); err != nil {
		return sum, err
	}
	p.Detail("%d meetings written, %d files unchanged, %d failed", sum.Meetings, sum.Unchanged, sum.Failed)
	if err := ctx.Err(); err != nil {
		return sum, err
	}
	if err := edits.finish(ctx, ix, indexed, written, opts, sum); err != nil {
		return sum, err
	}
	if sum.NoChange() {
		log.Info("index is up to date", "files", len(files))
	}
	return sum, nil
}

// printedMinutesLink returns the entry with its source URL pointing at the
// printed minutes PDF when structured minutes have one beside them.
func printedMinutesLink(manifest *corpus.Manifest, e corpus.Entry) corpus.Entry {
	if pdf, ok := moderngov.PrintedMinutes(e); ok {
		if pe, ok := manifest.Lookup(pdf); ok && pe.SourceURL != "" {
			e.SourceURL = pe.SourceURL
		}
	}
	return e
}

func (s *Summary) fail(file, reason string) {
	s.Failed++
	s.Failures = append(s.Failures, Failure{File: file, Reason: reason})
}

// loadCorpusData loads the manifest, councils and topics. A broken data file
// is reported as a failure and the run goes on without it; a bad entry of
// one is reported with its line and the run goes on with the others. The
// synonyms file, read by searches, is checked the same way.
func loadCorpusData(dir string, sum *Summary) (*corpus.Manifest, corpus.Councils, []corpus.Topic) {
	manifest, err := corpus.LoadManifest(dir)
	if err != nil {
		sum.fail(corpus.ManifestFile, err.Error()+" (indexing without it)")
		manifest = &corpus.Manifest{}
	}
	councils, err := corpus.LoadCouncils(dir)
	sum.dataProblem(corpus.CouncilsFile, err)
	topics, err := corpus.LoadTopics(dir)
	sum.dataProblem(corpus.TopicsFile, err)
	if syn, err := query.LoadSynonyms(joinRel(dir, corpus.SynonymsFile)); err == nil {
		for _, p := range syn.Problems() {
			sum.fail(corpus.SynonymsFile, p)
		}
	}
	return manifest, councils, topics
}

// dataProblem reports what loading a data file went wrong with.
func (s *Summary) dataProblem(file string, err error) {
	var bad *corpus.BadEntries
	switch {
	case err == nil:
	case errors.As(err, &bad):
		for _, p := range bad.Problems {
			s.fail(file, p)
		}
	default:
		s.fail(file, err.Error()+" (indexing without it)")
	}
}

func joinRel(root, rel string) string {
	return root + string(os.PathSeparator) + strings.ReplaceAll(rel, "/", string(os.PathSeparator))
}
