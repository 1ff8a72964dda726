package schema

import (
	"path"
	"strings"
)

// Kinds of paper, as in Meeting.Kind. Minutes are the record of a
// meeting; the others are papers of the same meeting, laid out beside its
// minutes as <date>.<kind>.<ext> (see PaperOf).
const (
	KindMinutes  = "minutes"
	KindAgenda   = "agenda"
	KindReport   = "report"
	KindDecision = "decision" // a record or notice of decisions
)

// Kinds lists the kinds of paper in the order pages show them.
var Kinds = []string{KindMinutes, KindAgenda, KindReport, KindDecision}

// IsKind reports whether k is one of Kinds.
func IsKind(k string) bool {
	for _, x := range Kinds {
		if x == k {
			return true
		}
	}
	return false
}

// PaperOf reads a file's kind of paper from its name, laid out as
// <stem>.<kind>[-<label>].<ext> beside the minutes <stem>.<ext>:
//
//	2024-03-01.pdf                    minutes
//	2024-03-01.minutes.pdf            minutes
//	2024-03-01.agenda.pdf             agenda
//	2024-03-01.report-budget-2024.pdf report, labelled "budget-2024"
//	2024-03-01.decisions.pdf          decision (or .decision.)
//	2024-03-01-2.agenda.pdf           agenda of the second meeting that day
//
// It returns the kind, the label after the kind ("" when none) and the
// corpus path the meeting's minutes have or would have (the same folder
// and stem, the same extension), whose MeetingID names the meeting the
// paper belongs to. A name without a kind is minutes.
func PaperOf(sourcePath string) (kind, label, minutesPath string) {
	ext := path.Ext(sourcePath)
	stem := strings.TrimSuffix(sourcePath, ext)
	dot := strings.LastIndexByte(stem, '.')
	if dot < 0 || strings.ContainsRune(stem[dot:], '/') {
		return KindMinutes, "", sourcePath
	}
	word := strings.ToLower(stem[dot+1:])
	word, label, _ = strings.Cut(word, "-")
	switch word {
	case "minutes":
		kind = KindMinutes
	case "agenda":
		kind = KindAgenda
	case "report":
		kind = KindReport
	case "decision", "decisions":
		kind = KindDecision
	default:
		return KindMinutes, "", sourcePath
	}
	return kind, label, stem[:dot] + ext
}
