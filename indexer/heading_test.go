package indexer

import "testing"

// TestReadHeading checks the council, committee and date read from the
// heading of minutes, written the many ways minutes write them, and the
// dates that are not the meeting's.
func TestReadHeading(t *testing.T) {
	tests := []struct {
		name                     string
		text                     string
		council, committee, date string
		from                     string
	}{
		{"parish council, date wrapped after ON",
			"MINUTES OF THE MEETING OF KELSWORTH PARISH COUNCIL HELD IN THE COMMUNITY CENTRE ON\nTHURSDAY MARCH 3RD 2016 AT 7.30PM\n",
			"Kelsworth Parish Council", "Parish Council", "2016-03-03", "heading"},
		{"body before 'meeting', date on the next line",
			"Minutes of the Ashby Parish Council meeting\nAt 7.30pm on Monday 9 May 2016 in the Village Hall\n",
			"Ashby Parish Council", "Parish Council", "2016-05-09", "heading"},
		{"a committee of a London borough",
			"MINUTES OF THE MEETING OF THE CHILDREN AND YOUNG PEOPLE SCRUTINY SUB-COMMITTEE OF THE LONDON BOROUGH OF ASHWORTH PARK HELD AT THE TOWN HALL ON WEDNESDAY 4 DECEMBER 2024 AT 7.30 PM\n",
			"London Borough of Ashworth Park", "Children and Young People Scrutiny Sub-Committee", "2024-12-04", "heading"},
		{"committee of a council",
			"Minutes of a meeting of the Planning Committee of Ashby Parish Council held on 3 March 2020\n",
			"Ashby Parish Council", "Planning Committee", "2020-03-03", "heading"},
		{"printed minutes of a principal council",
			"KENT COUNTY COUNCIL\n\nCABINET\n\nMINUTES of a meeting of the Cabinet held in the Council Chamber, Sessions\nHouse, County Hall, Maidstone on Thursday, 9 January 2025.\n",
			"", "Cabinet", "2025-01-09", "heading"},
		{"proceedings, OCR'd ordinal",
			"MINUTES OF PROCEEDINGS AT MEETING OF THE MUNICIPAL DISTRICT OF ADARE-RATHKEALE HELD AT ARAS SEAN FINN,\nRATHKEALE, ON TUESDAY, 14™ JULY, 2015, AT 9.00 A.M.\n",
			"", "Municipal District of Adare-Rathkeale", "2015-07-14", "heading"},
		{"a committee named before 'meeting of'",
			"MINUTES OF PROCEEDINGS AT JOINT POLICING SUB COMMITTEE MEETING OF THE MUNICIPAL DISTRICT OF CAPPAMORE-\nKILMALLOCK HELD IN ARAS MAINCHIN SEOIGHE ON THURSDAY, 29TH MARCH, 2018\n",
			"", "Joint Policing Sub Committee of Municipal District of Cappamore- Kilmallock", "2018-03-29", "heading"},
		{"a council's committee, possessive",
			"Minutes of Limerick City & County Council’s Travel and Transportation Strategic Policy Committee held on 10 October 2016\n",
			"Limerick City & County Council", "Travel and Transportation Strategic Policy Committee", "2016-10-10", "heading"},
		{"a meeting of … was held",
			"COMMUNITY STRATEGIC POLICY\nCOMMITTEE\nA meeting of the Community Strategic Policy Committee was held in the Centre on Wednesday\n16th September, 2015 at 2.30p.m.\n",
			"", "Community Strategic Policy Committee", "2015-09-16", "heading"},
		{"a date with no year takes the year its weekday falls in beside the minutes' dated lines",
			"Minutes of the Meeting of Ashby Parish Council held on Tuesday 4th February at 7.30pm\n12. Minutes of the meeting held on 7th January 2025\nApproved.\n",
			"Ashby Parish Council", "Parish Council", "2025-02-04", "heading"},
		{"a yearless date after a dated one is not read",
			"Minutes of the Meeting of Ashby Parish Council held on Tuesday 4th February 2025\nSite visit Saturday 1st February\n",
			"Ashby Parish Council", "Parish Council", "2025-02-04", "heading"},
		{"a yearless next meeting is not the meeting's",
			"Minutes of the Meeting of Ashby Parish Council\nNext meeting: Tuesday 4th March at 7.30pm\n",
			"Ashby Parish Council", "Parish Council", "", ""},
		{"the next meeting's date is not the meeting's",
			"Corporate Parenting Group\nNext meeting: 12 June 2016\nHeld on 3 June 2016\n",
			"", "", "2016-06-03", "top lines"},
		{"front matter dates the page, the heading the meeting",
			"---\ntitle: March minutes\ndate: 2022-04-01\n---\n\nMinutes of the Ousby Parish Council meeting held on Monday 7th March 2022\n",
			"Ousby Parish Council", "Parish Council", "2022-03-07", "heading"},
		{"a front matter date is the page's, never the meeting's",
			"---\ntitle: Minutes\ndate: 2022-04-01\n---\n\nThe parish council met.\n",
			"", "", "", ""},
		{"the council's sitting named before 'meeting of', the date on the next line",
			"Minutes of the Parish Council Meeting of Cotesby and Wrayton Parish Council\nMonday 4th November 2024, 7pm, Wrayton Methodist Hall\n",
			"Cotesby and Wrayton Parish Council", "Parish Council", "2024-11-04", "heading"},
		{"a parish meeting of electors, ordinary",
			"HOLLINGTON PARISH MEETING\n\nMinutes of the Ordinary Parish Meeting held on Monday 20th May 2024 in\nthe Church Room at 7.30 p.m.\n",
			"", "Parish Meeting", "2024-05-20", "heading"},
		{"a town's annual meeting of electors",
			"Minutes of the Annual Town Meeting held on Tuesday 7 May 2024 at the Guildhall\n",
			"", "Annual Town Meeting", "2024-05-07", "heading"},
		{"the body before a dash",
			"**Fairleigh Parish Council – minutes of the March meeting**\n\nPresent: Cllrs Dean (Chair), Ellis\n",
			"Fairleigh Parish Council", "Parish Council", "", ""},
		{"a list of other meetings' minutes above the heading",
			"Minutes\n- Minutes 3 February 2025\n- Minutes 6 January 2025\nMinutes of the Planning Committee held on 3 March 2025\n",
			"", "Planning Committee", "2025-03-03", "heading"},
		{"a hearing is no body that met",
			"Minutes of a hearing held in the Committee Room, Woldingham Town Hall, on Thursday 10th August 2023 at 10.00 a.m.\n",
			"", "", "2023-08-10", "top lines"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls := readLines(tt.text)
			h := readHeading(ls, 0, len(ls))
			date := ""
			if h.HasDate {
				date = h.Date.Format("2006-01-02")
			}
			if h.Council != tt.council || h.Committee != tt.committee || date != tt.date || h.DateFrom != tt.from {
				t.Errorf("readHeading = %q, %q, %q (%s); want %q, %q, %q (%s)", h.Council, h.Committee, date, h.DateFrom,
					tt.council, tt.committee, tt.date, tt.from)
			}
		})
	}
}
