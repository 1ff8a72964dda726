package indexer

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/indexer/moderngov"
	"github.com/councilminutes/minutes/search/schema"
)

// A fetched meeting whose structured minutes (a ModernGov documents page
// or GetMeeting XML) hold no minutes text is indexed from its printed
// minutes, the structured file being their companion (package moderngov's
// notes). When the printed minutes cannot be read (a broken PDF), the
// meeting is indexed from its companion instead: the items' titles and
// agenda text, and the link to the council's page, rather than nothing.

// companionsOf maps each file that a companion accompanies to the
// companion's job file (made by newJob).
func companionsOf(files []SourceFile, manifest *corpus.Manifest, newJob func(SourceFile) jobFile) map[string]jobFile {
	out := map[string]jobFile{}
	var byRel map[string]SourceFile // made at the first companion
	for _, e := range manifest.Files {
		of, ok := moderngov.CompanionOf(e)
		if !ok {
			continue
		}
		if byRel == nil {
			byRel = make(map[string]SourceFile, len(files))
			for _, f := range files {
				byRel[f.Rel] = f
			}
		}
		if f, ok := byRel[e.Path]; ok {
			out[of] = newJob(f)
		}
	}
	return out
}

// readCompanion reads a job file's companion, if it has one, and returns
// it with the file's hash joined with the companion's, so that a change
// to either re-reads the meeting. A companion that cannot be read is left
// out: the file itself is what is indexed.
func readCompanion(root *os.Root, rf readFile, opts Options) readFile {
	if rf.jf.companion == nil {
		return rf
	}
	c := *rf.jf.companion
	data, err := readVerified(root, c.file, opts.MaxBytes)
	if err != nil {
		return rf
	}
	cr := readFile{jf: c, data: data, hash: contentHash(data, c.entry)}
	rf.companion = &cr
	sum := sha256.Sum256([]byte(rf.hash + "\x00companion " + cr.hash))
	rf.hash = hex.EncodeToString(sum[:])
	return rf
}

// extractOrCompanion extracts a file, or, when that fails and it has a
// companion, the companion in its place (under the file's path, so the
// index holds the meeting once), with a warning naming the failure.
func extractOrCompanion(ctx context.Context, rf readFile) (schema.Meeting, error) {
	m, err := extractOne(ctx, rf)
	if err == nil || rf.companion == nil {
		return m, err
	}
	cm, cerr := extractOne(ctx, *rf.companion)
	if cerr != nil {
		return m, err
	}
	cm.Warnings = append(cm.Warnings, fmt.Sprintf("the printed minutes %s could not be read (%v): the meeting is indexed from %s",
		rf.jf.file.Rel, err, rf.companion.jf.file.Rel))
	return cm, nil
}
