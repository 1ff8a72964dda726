package indexer

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"

	"github.com/councilminutes/minutes/search/schema"
)

// Duplicate reports files that hold one meeting: they give the same
// meeting ID (the date spelt two ways, 2018-03-01.txt and 2018_03_01.txt,
// or the same minutes as a page and as a PDF). The fullest is indexed and
// the others are linked from it as alternative sources.
type Duplicate struct {
	MeetingID    string   `json:"meeting_id"`
	Kept         string   `json:"kept"`
	Alternatives []string `json:"alternatives"`
	Reason       string   `json:"reason"`
}

// groupJobs makes one job per meeting ID: the files that give it (usually
// one), in path order, with the hashes the index holds for them.
func groupJobs(files []jobFile, indexed map[string]string) []job {
	own := map[string]bool{}
	for _, f := range files {
		own[schema.MeetingID(f.file.Rel)] = true
	}
	byID := map[string]int{}
	var jobs []job
	for _, f := range files {
		id := schema.MeetingID(f.file.Rel)
		if current, ok := currentFolderID(f.file.Rel); ok && own[current] {
			id = current // a retired committee's folder beside the current one: one meeting
		}
		i, ok := byID[id]
		if !ok {
			i = len(jobs)
			byID[id] = i
			jobs = append(jobs, job{meetingID: id, indexed: map[string]string{}})
		}
		jobs[i].files = append(jobs[i].files, f)
		if h, ok := indexed[f.file.Rel]; ok {
			jobs[i].indexed[f.file.Rel] = h
		}
	}
	for i := range jobs {
		// path order, a retired folder's copy last: on a tie of words the
		// current folder's file is kept
		sort.Slice(jobs[i].files, func(a, b int) bool {
			ra, rb := jobs[i].files[a].file.Rel, jobs[i].files[b].file.Rel
			_, oldA := currentFolderID(ra)
			_, oldB := currentFolderID(rb)
			if oldA != oldB {
				return oldB
			}
			return ra < rb
		})
	}
	return jobs
}

// groupHash is the hash a meeting is recorded under: its file's hash, or
// for several files one hash of all their paths and hashes, so that a
// change to any of them (or a file joining or leaving) re-reads them all.
func groupHash(files []readFile) string {
	if len(files) == 1 {
		return files[0].hash
	}
	h := sha256.New()
	for _, f := range files {
		fmt.Fprintf(h, "%s\x00%s\n", f.jf.file.Rel, f.hash)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// extracted is one file of a job read into a meeting.
type extracted struct {
	rel     string
	hash    string
	meeting schema.Meeting
	words   int
}

// chooseFullest applies the rule for files that hold one meeting: the one
// with the most words of text (its header and its items' titles, agenda
// and minutes) is indexed; on a tie the first by path. The others become
// its Alternatives, and a warning on it says so.
func chooseFullest(meetingID string, got []extracted) (kept extracted, dup *Duplicate) {
	best := 0
	for i, e := range got {
		if e.words > got[best].words {
			best = i
		}
	}
	kept = got[best]
	if len(got) == 1 {
		return kept, nil
	}
	dup = &Duplicate{MeetingID: meetingID, Kept: kept.rel}
	var others []string
	for i, e := range got {
		if i == best {
			continue
		}
		dup.Alternatives = append(dup.Alternatives, e.rel)
		others = append(others, fmt.Sprintf("%s (%d words)", e.rel, e.words))
	}
	dup.Reason = fmt.Sprintf("%d files give meeting ID %s; the fullest (%d words) is indexed, the others are linked as alternative sources",
		len(got), meetingID, kept.words)
	kept.meeting.Alternatives = dup.Alternatives
	kept.meeting.Warnings = append(kept.meeting.Warnings, fmt.Sprintf(
		"the same meeting is also in %s: this file, with %d words, is indexed and the others are linked as alternative sources",
		strings.Join(others, ", "), kept.words))
	return kept, dup
}

// textWords counts the words of a meeting's text.
func textWords(m *schema.Meeting) int {
	n := len(strings.Fields(m.Header))
	for _, it := range m.Items {
		n += len(strings.Fields(it.Title)) + len(strings.Fields(it.Agenda)) + len(strings.Fields(it.Text))
	}
	return n
}
