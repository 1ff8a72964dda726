package moderngov

import (
	"fmt"
	"strings"

	"github.com/councilminutes/minutes/indexer/corpus"
)

// Fetch records in manifest notes how the files of one meeting belong
// together. A note is a list of clauses separated by "; ".
//
//   - The printed minutes PDF stored beside a meeting's structured minutes
//     (.xml, or .html from the fallback) is a companion: its entry's note
//     says "companion of <path of the .xml>", and the .xml entry's note says
//     "printed minutes: <path of the .pdf>". The indexer indexes the
//     structured minutes once, skips companions (IsCompanion), and uses the
//     companion's source_url as the meeting's source link (PrintedMinutes).
//     Printed minutes that a site serves as a web page (a link to
//     mgPrintedMinutes.aspx rather than to a PDF) are stored as
//     <date>.minutes.html instead of <date>.pdf, in the same roles.
//   - When the structured minutes hold no minutes text (items listed with
//     nothing under them, or text cut short), the roles are reversed: the
//     .xml or .html is the companion of the .pdf, whose entry has no note,
//     and the PDF is indexed like any other.
//   - Minutes found attached to the next meeting are stored on their own
//     (no .xml: the meeting's own record has no minutes), with the note
//     "minutes attached to meeting <id> (<date>)". They are not companions
//     and are indexed like any PDF.
const (
	companionPrefix = "companion of "
	printedPrefix   = "printed minutes: "
	attachedPrefix  = "minutes attached to meeting "
)

// IsCompanion reports whether a manifest entry is the companion of another
// file (the printed minutes PDF of structured minutes): the indexer must
// not index it on its own.
func IsCompanion(e corpus.Entry) bool {
	_, ok := CompanionOf(e)
	return ok
}

// CompanionOf returns the corpus-relative path of the file that e
// accompanies, and whether e is a companion at all.
func CompanionOf(e corpus.Entry) (string, bool) {
	return noteValue(e.Note, companionPrefix)
}

// PrintedMinutes returns the corpus-relative path of the printed minutes
// stored beside the structured minutes of entry e, if any. The entry of
// that path has the PDF's own URL as its source_url.
func PrintedMinutes(e corpus.Entry) (string, bool) {
	return noteValue(e.Note, printedPrefix)
}

// noteValue returns the rest of the first clause of note that starts with
// prefix.
func noteValue(note, prefix string) (string, bool) {
	for _, clause := range strings.Split(note, "; ") {
		if v, ok := strings.CutPrefix(strings.TrimSpace(clause), prefix); ok && v != "" {
			return v, true
		}
	}
	return "", false
}

// attachedNote is the note of minutes taken from the next meeting.
func attachedNote(next meetingRef) string {
	return fmt.Sprintf("%s%s (%s)", attachedPrefix, next.ID, next.Date)
}
