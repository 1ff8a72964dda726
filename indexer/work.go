package indexer

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"sync"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/search"
	"github.com/councilminutes/minutes/search/schema"
)

// job is one meeting to bring up to date: the files that give its meeting
// ID (usually one), and the hashes the index holds for them.
type job struct {
	meetingID string
	files     []jobFile
	indexed   map[string]string
}

// jobFile is one file of a job with what extraction needs to know of it.
type jobFile struct {
	file  SourceFile
	entry *corpus.Entry // the manifest entry, nil when none
	opts  ExtractOptions
	// companion is the structured minutes kept beside printed minutes
	// that are the meeting's document: indexed in their place when they
	// cannot be read (companion.go).
	companion *jobFile
}

// readFile is a jobFile read: its bytes and its hash.
type readFile struct {
	jf        jobFile
	data      []byte
	hash      string
	companion *readFile // the job file's companion, read
}

// outcome is what a worker made of a job: the index changes to write
// together (the meeting, and the removal of its files that lost to it),
// the files that failed, and whether nothing changed.
type outcome struct {
	job       job
	changes   []search.FileChange
	failures  []Failure
	duplicate *Duplicate
	unchanged bool
	skipped   int // files not indexed on their own (unchanged, or linked as alternatives)
}

// runJobs runs the jobs on opts.Workers workers and sends back every
// outcome. A panic inside extraction becomes that file's failure.
func runJobs(ctx context.Context, root *os.Root, jobs []job, opts Options) <-chan outcome {
	n := max(opts.Workers, 1)
	in := make(chan job)
	out := make(chan outcome, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range in {
				out <- runJob(ctx, root, j, opts)
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

// runJob reads the job's files, each opened once (readVerified); skips
// them when the index holds them unchanged; else extracts them and, when
// several hold the meeting, keeps the fullest (chooseFullest).
func runJob(ctx context.Context, root *os.Root, j job, opts Options) outcome {
	o := outcome{job: j}
	var read []readFile
	for _, jf := range j.files {
		data, err := readVerified(root, jf.file, opts.MaxBytes)
		if err != nil {
			o.failures = append(o.failures, Failure{File: jf.file.Rel, Reason: err.Error()})
			continue
		}
		read = append(read, readCompanion(root, readFile{jf: jf, data: data, hash: contentHash(data, jf.entry)}, opts))
	}
	if len(read) == 0 {
		return o
	}
	hash := groupHash(read) // of the files that could be read: one unreadable is reported and does not cost a re-write
	if !opts.Full {
		for rel, h := range j.indexed {
			if h == hash {
				o.unchanged, o.skipped = true, len(read)
				if len(j.files) > 1 && len(j.indexed) == 1 { // several indexed: meetings of other dates (splitByDate)
					o.duplicate = unchangedDuplicate(j, rel)
				}
				return o
			}
		}
	}
	var got []extracted
	for _, rf := range read {
		m, err := extractOrCompanion(ctx, rf)
		if err != nil {
			o.failures = append(o.failures, Failure{File: rf.jf.file.Rel, Reason: err.Error()})
			continue
		}
		got = append(got, extracted{rel: rf.jf.file.Rel, hash: rf.hash, meeting: m, words: textWords(&m)})
	}
	if len(got) == 0 {
		return o
	}
	keptRels := map[string]bool{}
	for i, group := range splitByDate(got) {
		id := j.meetingID
		if i > 0 {
			id = distinctID(j.meetingID, group[0].rel)
		}
		kept, dup := chooseFullest(id, group)
		h := hash
		if len(o.failures) > 0 {
			h = kept.hash // not the whole group's: the failed files are read again next run
		}
		m := kept.meeting
		if i > 0 {
			asDistinct(&m, id, j.meetingID, got[0].rel)
		} else if m.ID != id { // kept from a retired committee's folder (currentFolderID)
			m.ID = id
			m.AssignIDs()
		}
		m.Hash = h
		if o.duplicate == nil {
			o.duplicate = dup
		}
		o.skipped += len(group) - 1
		o.changes = append(o.changes, search.FileChange{Path: kept.rel, Hash: h, Meeting: &m})
		keptRels[kept.rel] = true
	}
	for rel := range j.indexed {
		if !keptRels[rel] {
			o.changes = append(o.changes, search.FileChange{Path: rel}) // indexed before; now an alternative
		}
	}
	return o
}

// unchangedDuplicate reports, on a run that finds a group unchanged, which
// of its files the index holds.
func unchangedDuplicate(j job, kept string) *Duplicate {
	d := &Duplicate{MeetingID: j.meetingID, Kept: kept,
		Reason: fmt.Sprintf("%d files give meeting ID %s; unchanged since the fullest was indexed", len(j.files), j.meetingID)}
	for _, f := range j.files {
		if f.file.Rel != kept {
			d.Alternatives = append(d.Alternatives, f.file.Rel)
		}
	}
	return d
}

// extractOne extracts one file from its bytes, within the file's time
// limit; a panic becomes its error, and so does a meeting without items
// or any text outside them.
func extractOne(ctx context.Context, rf readFile) (m schema.Meeting, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("extraction crashed: %v", r)
		}
	}()
	eo := rf.jf.opts
	if eo.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, eo.Timeout)
		defer cancel()
	}
	eo.Data = rf.data
	m, err = Extract(ctx, rf.jf.file.Path, eo)
	if err == nil && len(m.Items) == 0 && strings.TrimSpace(m.Header) == "" {
		// a short text with no items ("Meeting cancelled.") is kept as
		// the meeting's text outside its items, so its words are found
		err = fmt.Errorf("no agenda items found")
	}
	return m, err
}

// contentHash is the sha256 of the file's bytes, its manifest entry and
// the extractor version: a change to any of them means re-extracting it.
func contentHash(data []byte, entry *corpus.Entry) string {
	h := sha256.New()
	h.Write(data)
	h.Write([]byte("\x00extractor " + extractorVersion))
	if entry != nil {
		e := *entry
		e.FetchedAt = "" // a re-fetch of identical bytes changes nothing
		raw, _ := json.Marshal(e)
		h.Write([]byte("\x00manifest "))
		h.Write(raw)
	}
	return hex.EncodeToString(h.Sum(nil))
}
