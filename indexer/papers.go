package indexer

import "github.com/councilminutes/minutes/search/schema"

// setKind says which kind of paper a file is (minutes, agenda, report,
// decision), from its name as the corpus lays papers out beside minutes
// (schema.PaperOf), and for a paper other than minutes which meeting it
// belongs to. A paper is read like minutes: its items are its numbered
// sections, its heading gives the council, committee and date.
func setKind(m *schema.Meeting) {
	kind, _, minutes := schema.PaperOf(m.SourcePath)
	m.Kind = kind
	if kind != schema.KindMinutes {
		m.ForMeeting = schema.MeetingID(minutes)
	}
}
