package inspections

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/search/schema"

	"github.com/councilminutes/minutes/internal/golden"
)

func TestMineSentence(t *testing.T) {
	tests := []struct {
		sentence  string
		kind      string // "" means: must not match
		judgement string
		when      string
		inspected bool // the sentence's item speaks of an inspectorate
	}{
		// Each wording of the issue, and kin.
		{"In March 2015 children's services were judged inadequate.", KindFull, JudgementInadequate, "2015-03", false},
		{"Following the Ofsted inspection the service was judged inadequate.", KindFull, JudgementInadequate, "", false},
		{"The council's children's services were rated Good overall by Ofsted.", KindFull, JudgementGood, "", false},
		{"Ofsted rated the service as requires improvement to be good in 2018.", KindFull, JudgementRequiresImprovement, "2018", false},
		{"The Ofsted inspection concluded that services require improvement; the overall grade was requires improvement to be good.", KindFull, JudgementRequiresImprovement, "", false},
		{"Following the Ofsted inspection in March 2015, an improvement board was set up.", KindFull, "", "2015-03", false},
		{"A plan was developed in response to the January 2020 Ofsted inspection, where the service was judged inadequate.", KindFull, JudgementInadequate, "2020-01", false},
		{"Ofsted found services to be good.", KindFull, JudgementGood, "", false},
		{"Ofsted found that services for care leavers were outstanding.", KindFull, JudgementOutstanding, "", false},
		{"The Board noted the findings by Ofsted in November 2019.", KindFull, "", "2019-11", false},
		{"The group was established following the Inadequate Ofsted judgement of Children's Services.", KindFull, JudgementInadequate, "", false},
		{"The lifting of the Improvement Notice on 12 December 2013 is to be welcomed.", KindOther, "", "2013-12", false},
		{"The focused visit in July 2019 found that progress had been made.", KindFocusedVisit, "", "2019-07", false},
		{"Inspectors judged the service as inadequate during the monitoring visit.", KindMonitoringVisit, JudgementInadequate, "", false},
		{"The joint targeted area inspection (JTAI) in February 2018 highlighted delays.", KindJTAI, "", "2018-02", false},
		{"Instead of being content with Ofsted's rating of 'satisfactory', Kent should be looking to run 'good' services.", KindFull, "", "", false},
		{"The service was inspected in October 2017 and judged requires improvement.", KindFull, JudgementRequiresImprovement, "2017-10", true},
		{"Since the last inspection, when services were judged good, caseloads have risen.", KindFull, JudgementGood, "", true},

		{"Ofsted judged the council's children's services inadequate in 2019.", KindFull, JudgementInadequate, "2019", false},
		{"The authority was rated 'Good' in its last ILACS inspection in 2018.", KindFull, JudgementGood, "2018", false},
		{"In the 2019 inspection, Ofsted rated services as Requires Improvement to be Good.", KindFull, JudgementRequiresImprovement, "2019", false},
		{"The inspection report published in July 2019 rated the service good overall.", KindFull, JudgementGood, "2019-07", true},

		{"The Local Area SEND inspection in June 2019 found weaknesses.", KindOther, "", "2019-06", false},
		{"Following the Ofsted inspection, children's services were asked to send attendance data.", KindFull, "", "", false},

		// No inspectorate, in the sentence or its item: not an inspection
		// of the council's services (imitations of real minutes' wording).
		{"The service was inspected in October 2017 and judged requires improvement.", "", "", "", false},
		{"The contractor confirmed there had been no activity since the previous inspection of the bait boxes.", "", "", "", false},
		{"He said the majority of inspections in 2016 were of rented properties, and half of them failed.", "", "", "", false},
		{"Following the inspection of the footpaths in May 2016, repairs were carried out.", "", "", "", false},
		{"Non-compliance with the regulations was identified during inspections in 2017.", "", "", "", false},
		// Schools are inspected by Ofsted too, but are not the council's services.
		{"Following the Ofsted inspection, schools were asked to send attendance data.", "", "", "", false},
		{"St Mary's Primary School was judged good by Ofsted in March 2019.", "", "", "", false},
		{"Ofsted rated the council's children's services good, as it did most of its schools, in 2018.", KindFull, JudgementGood, "2018", false},

		// Must not match: no outcome or event, the future, other contexts.
		{"The council will respond to the inspection findings published in March 2020.", "", "", "", false},
		{"An inadequate response to the inspection would be costly.", "", "", "", false},
		{"An inspection is expected next year.", "", "", "", false},
		{"The service is preparing for inspection.", "", "", "", false},
		{"Officers were preparing for the Ofsted inspection expected in 2022.", "", "", "", false},
		{"Members raised concerns about inadequate housing for care leavers.", "", "", "", false},
		{"The service has made good progress since last year.", "", "", "", false},
		{"Case recording requires improvement in recording of visits.", "", "", "", false},
		{"The service will be inspected by Ofsted in 2022.", "", "", "", false},
		{"Ofsted's next focus visit was planned for March 2021.", "", "", "", false},
		{"The council hopes to be judged good at its next inspection.", "", "", "", false},
		{"If Ofsted judged the service inadequate, intervention would follow.", "", "", "", false},
		{"Had visits been made to local authorities rated as outstanding by Ofsted?", "", "", "", false},
		{"Post Ofsted Inspection Action Plan", "", "", "", false},
		{"New Ofsted inspection guidance had said that roles should be clear in 2013.", "", "", "", false},
		{"Only one case was deemed inadequate with over 80% rated as good.", "", "", "", false},
		{"Ofsted action plan for 2021-22 was approved by the Board.", "", "", "", false},
		{"The inspection found good practice in the fostering team.", KindFull, "", "", true}, // an event without a grade
		{"The inspection found good practice in the fostering team.", "", "", "", false},      // ... of what?
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			c, ok := mineSentence(tt.sentence, tt.inspected)
			if tt.kind == "" {
				if ok {
					t.Fatalf("matched %+v, want no match", c)
				}
				return
			}
			if !ok {
				t.Fatal("no match")
			}
			if c.Kind != tt.kind || c.Judgement != tt.judgement || c.When != tt.when {
				t.Errorf("got kind %q judgement %q when %q, want %q %q %q", c.Kind, c.Judgement, c.When, tt.kind, tt.judgement, tt.when)
			}
			if c.Source != FromMinutes || c.Sentence != tt.sentence {
				t.Errorf("got source %q sentence %q", c.Source, c.Sentence)
			}
		})
	}
}

// TestMineSeeds mines the five seed minutes (one item each) and compares
// the candidates with testdata/mine_seeds.golden.json.
func TestMineSeeds(t *testing.T) {
	files, err := filepath.Glob("testdata/00*.txt")
	if err != nil || len(files) != 5 {
		t.Fatalf("want the five seeds in testdata, got %d (%v)", len(files), err)
	}
	var got []Candidate
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		m := schema.Meeting{CouncilSlug: seedCouncil[filepath.Base(f)[:3]], SourcePath: filepath.Base(f),
			Items: []schema.Item{{Title: "Minutes", Text: string(b)}}}
		m.AssignIDs()
		got = append(got, Mine(m)...)
	}
	golden.CheckJSON(t, "testdata/mine_seeds.golden.json", got)

	// The sentences the issue names must be among them, read as it says.
	want := []Candidate{
		{Council: "luton", Kind: KindFull, Judgement: JudgementInadequate, When: "2020-01"},
		{Council: "middlesbrough", Kind: KindFull, When: "2019-11"},
		{Council: "middlesbrough", Kind: KindFull, Judgement: JudgementInadequate},
		{Council: "kent", Kind: KindOther, When: "2013-12"},
	}
	for _, w := range want {
		found := false
		for _, g := range got {
			found = found || (g.Council == w.Council && g.Kind == w.Kind && g.Judgement == w.Judgement && g.When == w.When)
		}
		if !found {
			t.Errorf("no candidate %+v", w)
		}
	}
	for _, g := range got {
		if strings.Contains(g.Sentence, "next focus visit") || strings.HasSuffix(g.Sentence, "?") {
			t.Errorf("mined a sentence about the future or a question: %q", g.Sentence)
		}
	}
}

var seedCouncil = map[string]string{"000": "central-bedfordshire", "001": "middlesbrough",
	"002": "cheshire-east", "003": "kent", "004": "luton"}

func TestSentences(t *testing.T) {
	text := "The Head of service\nfelt it was important to highlight the findings. Members agreed.\n\n" +
		"· First bullet · Second bullet | Cell text? Yes.\n- a list entry"
	want := []string{"The Head of service felt it was important to highlight the findings.", "Members agreed.",
		"First bullet", "Second bullet", "Cell text?", "Yes.", "a list entry"}
	got := sentences(text)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("sentences:\n got %q\nwant %q", got, want)
	}
}

func FuzzMine(f *testing.F) {
	f.Add("In response to the January 2020 Ofsted inspection, where the service was judged inadequate.")
	f.Add("Ofsted found services to be good; the grade was good. An inspection is expected next year?")
	f.Add("· | - a) Improvement Notice lifted on 12 Dec 2013")
	f.Fuzz(func(t *testing.T, text string) {
		m := schema.Meeting{ID: "m", CouncilSlug: "x", Items: []schema.Item{{ID: "m--i01", Text: text}}}
		for _, c := range Mine(m) {
			if c.Source != FromMinutes || c.Kind == "" || c.Sentence == "" || c.ItemID != "m--i01" {
				t.Fatalf("incomplete candidate %+v", c)
			}
			if len(c.Sentence) > maxSentence+len(" …") {
				t.Fatalf("sentence of %d bytes", len(c.Sentence))
			}
		}
	})
}

func BenchmarkMineSeeds(b *testing.B) {
	files, _ := filepath.Glob("testdata/00*.txt")
	var meetings []schema.Meeting
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		meetings = append(meetings, schema.Meeting{Items: []schema.Item{{Text: string(data)}}})
	}
	b.ResetTimer()
	for b.Loop() {
		for _, m := range meetings {
			Mine(m)
		}
	}
}
