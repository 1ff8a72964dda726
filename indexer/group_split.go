package indexer

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"github.com/councilminutes/minutes/search/schema"
)

// splitByDate parts the files of one meeting ID (in path order) into the
// meetings they hold: files whose dates differ are different meetings
// whose names happen to slug alike ("a b.txt" and "a-b.txt", "Cabinet
// 5.1.23.pdf" and "cabinet-5-1-23.pdf"), and each must be indexed, or
// the words of all but one are lost. A file whose date is unknown joins
// the first meeting. Files of one date stay together, for chooseFullest.
func splitByDate(got []extracted) [][]extracted {
	var groups [][]extracted
	byDate := map[string]int{}
	for _, e := range got {
		d := e.meeting.Date
		i, ok := byDate[d]
		switch {
		case ok:
		case d == "" && len(groups) > 0:
			i = 0
		default:
			i = len(groups)
			byDate[d] = i
			groups = append(groups, nil)
		}
		groups[i] = append(groups[i], e)
	}
	return groups
}

// distinctID is the meeting ID of a further meeting whose file's name
// gives the ID of another: the ID and a short hash of its path, stable
// as long as the file keeps its name.
func distinctID(meetingID, rel string) string {
	h := sha256.Sum256([]byte(rel))
	return meetingID + "-" + hex.EncodeToString(h[:3])
}

// asDistinct gives a meeting the ID id (distinctID's, for a further
// meeting of the shared meetingID), with its items renumbered under it and
// a warning saying why.
func asDistinct(m *schema.Meeting, id, meetingID, first string) {
	m.ID = id
	m.AssignIDs()
	m.Warnings = append(m.Warnings, fmt.Sprintf(
		"%s also gives meeting ID %s but holds a meeting of another date: this one is indexed as %s", first, meetingID, m.ID))
}
