package indexer

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"strings"
	"sync"
	"time"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/indexer/moderngov"
	"github.com/councilminutes/minutes/search"
	"github.com/councilminutes/minutes/search/query"
	"github.com/councilminutes/minutes/search/schema"
)

// extractorVersion is mixed into every file's hash: raising it makes the
// next run re-extract every file, as a change to extraction should.
const extractorVersion = "1"

// job is one file to extract, with the hash it will be recorded under.
type job struct {
	file SourceFile
	hash string
	opts ExtractOptions
}

// outcome is what a worker made of a job.
type outcome struct {
	job     job
	meeting schema.Meeting
	err     error
}

// Update brings an open index up to date with the corpus: it extracts new
// and changed files, deletes the items of files that are gone, and skips
// files whose content (and manifest entry) is unchanged, unless opts.Full.
// Each file's change is written atomically with its new hash, so a run that
// is killed leaves every file either old or new, and the next run finishes
// the job. One bad file never stops the run: it is listed in the summary.
func Update(ctx context.Context, ix *search.Index, opts Options) (*Summary, error) {
	log := opts.logger()
	sum := &Summary{Full: opts.Full}
	manifest, councils, topics := loadCorpusData(opts.Corpus, sum)

	files, passed, err := Walk(opts.Corpus)
	if err != nil {
		return sum, err
	}
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
	stems := stemCounts(files)
	var jobs []job
	present := make(map[string]bool, len(files))
	for _, f := range files {
		present[f.Rel] = true
		if opts.MaxBytes > 0 && f.Size > opts.MaxBytes {
			sum.fail(f.Rel, fmt.Sprintf("file is %d bytes, over the limit of %d (--max-bytes)", f.Size, opts.MaxBytes))
			continue
		}
		entry, inManifest := manifest.Lookup(f.Rel)
		if inManifest && moderngov.IsCompanion(entry) {
			// Printed minutes stored beside structured ones: the structured
			// items are indexed once, and this file is their source link.
			sum.Skipped++
			continue
		}
		hash, err := fileHash(f.Path, entry, inManifest)
		if err != nil {
			sum.fail(f.Rel, err.Error())
			continue
		}
		if !opts.Full && indexed[f.Rel] == hash && !edits.stale[f.Rel] {
			sum.Unchanged++
			sum.Skipped++
			continue
		}
		eo := ExtractOptions{Rel: f.Rel, Councils: councils, Topics: topics,
			MaxBytes: opts.MaxBytes, MaxPages: opts.MaxPages, Timeout: opts.Timeout, OCR: opts.OCR}
		if inManifest {
			e := printedMinutesLink(manifest, entry)
			eo.Entry = &e
		}
		jobs = append(jobs, job{file: f, hash: hash, opts: eo})
	}
	var deletes []search.FileChange
	for p := range indexed {
		if !present[p] {
			deletes = append(deletes, search.FileChange{Path: p})
		}
	}
	if len(jobs) == 0 && len(deletes) == 0 {
		log.Info("index is up to date", "files", len(files))
		return sum, edits.finish(ctx, ix, indexed, nil, opts, sum)
	}
	log.Info("indexing", "changed", len(jobs), "deleted", len(deletes), "unchanged", sum.Unchanged)

	w := &writer{ix: ix, sum: sum, limit: opts.BatchItems, progress: opts.Progress, total: len(jobs)}
	if err := w.apply(ctx, deletes); err != nil {
		return sum, err
	}
	sum.Deleted = len(deletes)
	for o := range extractAll(ctx, jobs, opts.Workers) {
		if o.err != nil {
			sum.fail(o.job.file.Rel, o.err.Error())
			w.done++
			continue
		}
		m := o.meeting
		if stems[fileStem(o.job.file.Rel)] > 1 {
			// Two files of one meeting name (a.pdf and a.txt): keep their IDs apart.
			m.ID = schema.MeetingID(strings.ReplaceAll(o.job.file.Rel, ".", "-"))
			m.AssignIDs()
		}
		m.Hash = o.job.hash
		if len(m.Warnings) > 0 {
			sum.Warnings = append(sum.Warnings, FileWarnings{File: o.job.file.Rel, Warnings: m.Warnings})
		}
		if err := w.add(ctx, search.FileChange{Path: o.job.file.Rel, Hash: o.job.hash, Meeting: &m}); err != nil {
			return sum, err
		}
	}
	if err := w.flush(ctx); err != nil {
		return sum, err
	}
	if err := ctx.Err(); err != nil {
		return sum, err
	}
	return sum, edits.finish(ctx, ix, indexed, jobs, opts, sum)
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

// extractAll runs Extract on the jobs with n workers and sends back every
// outcome. A panic inside extraction becomes that file's error.
func extractAll(ctx context.Context, jobs []job, n int) <-chan outcome {
	if n < 1 {
		n = 1
	}
	in := make(chan job)
	out := make(chan outcome, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range in {
				out <- extractOne(ctx, j)
			}
		}()
	}
	go func() {
		defer close(in)
		for _, j := range jobs {
			select {
			case in <- j:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() { wg.Wait(); close(out) }()
	return out
}

func extractOne(ctx context.Context, j job) (o outcome) {
	o.job = j
	defer func() {
		if r := recover(); r != nil {
			o.err = fmt.Errorf("extraction crashed: %v", r)
		}
	}()
	if j.opts.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, j.opts.Timeout)
		defer cancel()
	}
	o.meeting, o.err = Extract(ctx, j.file.Path, j.opts)
	if o.err == nil && len(o.meeting.Items) == 0 {
		o.err = fmt.Errorf("no agenda items found")
	}
	return o
}

// fileHash is the sha256 of the file's bytes, its manifest entry and the
// extractor version: a change to any of them means re-extracting the file.
func fileHash(p string, entry corpus.Entry, inManifest bool) (string, error) {
	f, err := os.Open(p)
	if err != nil {
		return "", fmt.Errorf("open: %w", err)
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", fmt.Errorf("read: %w", err)
	}
	h.Write([]byte("\x00extractor " + extractorVersion))
	if inManifest {
		e := entry
		e.FetchedAt = "" // a re-fetch of identical bytes changes nothing
		data, _ := json.Marshal(e)
		h.Write([]byte("\x00manifest "))
		h.Write(data)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func fileStem(rel string) string { return strings.TrimSuffix(rel, path.Ext(rel)) }

func stemCounts(files []SourceFile) map[string]int {
	n := make(map[string]int, len(files))
	for _, f := range files {
		n[fileStem(f.Rel)]++
	}
	return n
}

func joinRel(root, rel string) string {
	return root + string(os.PathSeparator) + strings.ReplaceAll(rel, "/", string(os.PathSeparator))
}

// writer gathers file changes into batches of about limit items and writes
// them; a file's items always go in one batch.
type writer struct {
	ix       *search.Index
	sum      *Summary
	limit    int
	pending  []search.FileChange
	items    int
	progress io.Writer
	total    int
	done     int
	last     time.Time
}

func (w *writer) add(ctx context.Context, c search.FileChange) error {
	w.pending = append(w.pending, c)
	w.items += len(c.Meeting.Items)
	if w.limit <= 0 || w.items >= w.limit {
		return w.flush(ctx)
	}
	return nil
}

func (w *writer) flush(ctx context.Context) error {
	if len(w.pending) == 0 {
		return nil
	}
	if err := w.apply(ctx, w.pending); err != nil {
		return err
	}
	for _, c := range w.pending {
		w.sum.Indexed++
		w.sum.Meetings++
		w.sum.Items += len(c.Meeting.Items)
	}
	w.done += len(w.pending)
	w.pending, w.items = nil, 0
	if w.progress != nil && time.Since(w.last) > 2*time.Second {
		w.last = time.Now()
		fmt.Fprintf(w.progress, "indexed %d of %d changed files\n", w.done, w.total)
	}
	return nil
}

func (w *writer) apply(ctx context.Context, changes []search.FileChange) error {
	if len(changes) == 0 {
		return nil
	}
	if err := w.ix.Apply(ctx, changes); err != nil {
		return fmt.Errorf("write index batch: %w", err)
	}
	return nil
}
