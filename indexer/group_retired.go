package indexer

import (
	"path"
	"regexp"

	"github.com/councilminutes/minutes/search/schema"
)

// retiredFolder is a committee's folder named with the mark of a retired
// committee ("corporate-parenting-panel-old", "cabinet-archived",
// "planning-committee-pre-may-2019", "schools-forum-2014-2019"). Before
// fetch stored such a committee's minutes under the current committee's
// name (moderngov's storedName), it made these folders; a corpus fetched
// then and fetched again holds each meeting twice, in both folders.
var retiredFolder = regexp.MustCompile(`^(.+?)-(?:old|archived?|historic(?:al)?|former|defunct|disbanded|expired|inactive|(?:pre|prior-to|before|until)-[a-z0-9-]{1,30}|\d{4}-\d{2,4})$`)

// currentFolderID is, for a file in a retired committee's folder
// (council/committee-old/2019-05-01.pdf), the meeting ID the same file
// has in the current committee's folder (council/committee/…); ok is
// false for any other file. groupJobs makes the two one meeting when
// both are in the corpus: the fullest is indexed, the other linked as an
// alternative, and the index report lists them as duplicates.
func currentFolderID(rel string) (id string, ok bool) {
	dir, file := path.Split(rel)
	council, committee := path.Split(path.Clean(dir))
	m := retiredFolder.FindStringSubmatch(committee)
	if m == nil || council == "" {
		return "", false
	}
	return schema.MeetingID(council + m[1] + "/" + file), true
}
