package search

import (
	"context"
	"encoding/json"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/search/engine"
	"github.com/councilminutes/minutes/search/schema"
)

// TestMeetingReadBackWhole: a meeting's record stores its items' titles,
// numbers, topics and bodies nowhere but in the items' own records, and
// the meeting read back is the meeting indexed, field for field, with a
// dictionary made of the batch (enough text for one) and without.
func TestMeetingReadBackWhole(t *testing.T) {
	long := strings.Repeat("The panel heard how placements had changed over the year. ", 400)
	for _, tc := range []struct {
		name string
		text string
	}{
		{"without a dictionary", "Placements were discussed."},
		{"with a dictionary", long},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ix, err := Create(filepath.Join(t.TempDir(), "ix"), Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer ix.Close()
			path := "kent/corporate-parenting-panel/2023-01-05.txt"
			m := &schema.Meeting{
				Council: "Kent County Council", CouncilSlug: "kent", Committee: "Corporate Parenting Panel",
				CommitteeSlug: "corporate-parenting-panel", Date: "2023-01-05", DateSource: schema.DateFromText,
				Venue: "Sessions House", Title: "Corporate Parenting Panel", Format: "text", SourcePath: path,
				SourceURL: "https://example.org/m/1", Present: []string{"Cllr A"}, Warnings: []string{},
				Items: []schema.Item{
					{Number: "1", Title: "Apologies", Text: "None.", Decisions: []string{}, Topics: []string{}, Procedural: true},
					{Number: "2", Title: "Placements report", Agenda: "To note the report.", Text: tc.text,
						Decisions: []string{"RESOLVED that the report be noted."}, Topics: []string{"placements", "finance"},
						People: []schema.Person{{Name: "Smith", Title: "Councillor", Role: "moved", Key: "smith"}}},
					{Title: "Any other business", Text: "", Topics: nil},
				},
			}
			m.AssignIDs()
			if err := ix.Apply(context.Background(), []FileChange{{Path: path, Hash: "h1", Meeting: m}}); err != nil {
				t.Fatal(err)
			}
			got, err := ix.Meeting(context.Background(), m.ID)
			if err != nil {
				t.Fatal(err)
			}
			want := *m
			want.Hash = "h1"
			if !reflect.DeepEqual(got.Meeting, want) {
				t.Errorf("meeting read back\n got %+v\nwant %+v", got.Meeting, want)
			}

			docs, err := ix.storedDocs(context.Background(), []string{meetingDocID(m.ID)}, []string{engine.FieldRecord})
			if err != nil {
				t.Fatal(err)
			}
			stored, err := ix.meetingRecord(m.ID, docs[meetingDocID(m.ID)].Fields[engine.FieldRecord])
			if err != nil {
				t.Fatal(err)
			}
			raw, _ := json.Marshal(stored)
			for _, s := range []string{"Placements report", "placements", "noted"} {
				if strings.Contains(string(raw), s) {
					t.Errorf("the meeting's record holds %q, which its item's record holds", s)
				}
			}
		})
	}
}
