package bench

// topic is one entry of the fixed topic list the generator tags items
// with: its slug, a display label and phrases that signal it in text.
type topic struct {
	Slug, Label string
	Terms       []string
}

// topics is the fixed topic list, modelled on what children's services
// committees discuss.
var topics = []topic{
	{"ofsted", "Ofsted inspection", []string{"Ofsted inspection", "inspection judgement", "Ofsted monitoring visit", "inspection framework"}},
	{"fostering", "Fostering", []string{"foster carers", "fostering service", "foster placements", "recruitment of foster carers"}},
	{"adoption", "Adoption", []string{"adoption", "regional adoption agency", "adoption orders", "adopters"}},
	{"care-leavers", "Care leavers", []string{"care leavers", "leaving care", "pathway plans", "staying put arrangements"}},
	{"children-in-care", "Children in care", []string{"children in care", "looked after children", "cared for children"}},
	{"send", "Special educational needs", []string{"special educational needs", "education health and care plans", "SEND reforms"}},
	{"attendance", "School attendance", []string{"school attendance", "persistent absence", "elective home education"}},
	{"exclusions", "Exclusions", []string{"exclusions", "permanent exclusions", "alternative provision"}},
	{"safeguarding", "Safeguarding", []string{"safeguarding", "safeguarding partnership", "child exploitation"}},
	{"child-protection", "Child protection", []string{"child protection plans", "child protection conferences", "section 47 enquiries"}},
	{"youth-justice", "Youth justice", []string{"youth justice", "youth offending service", "first time entrants"}},
	{"mental-health", "Mental health", []string{"emotional wellbeing", "mental health services", "CAMHS waiting times"}},
	{"early-help", "Early help", []string{"early help", "troubled families", "family hubs"}},
	{"sufficiency", "Placement sufficiency", []string{"placement sufficiency", "residential placements", "out of area placements"}},
	{"budget", "Budget", []string{"budget", "overspend", "medium term financial strategy", "savings proposals"}},
	{"workforce", "Workforce", []string{"social workers", "agency staff", "caseloads", "recruitment and retention"}},
	{"participation", "Participation", []string{"children in care council", "voice of the child", "participation"}},
	{"virtual-school", "Virtual school", []string{"virtual school", "personal education plans", "pupil premium plus"}},
	{"health", "Health of children in care", []string{"health assessments", "dental checks", "immunisations"}},
	{"asylum", "Unaccompanied children", []string{"unaccompanied asylum seeking children", "national transfer scheme"}},
	{"housing", "Housing", []string{"supported accommodation", "housing options", "homelessness"}},
	{"complaints", "Complaints", []string{"complaints", "compliments", "ombudsman"}},
	{"performance", "Performance", []string{"performance scorecard", "key performance indicators", "quarterly performance report"}},
	{"covid", "Covid-19", []string{"Covid 19", "pandemic", "virtual visits"}},
}

// committees are the committee names councils choose theirs from.
var committees = []string{
	"Corporate Parenting Panel", "Corporate Parenting Board", "Corporate Parenting Committee",
	"Children and Young People Scrutiny Committee", "Children's Services Overview and Scrutiny Committee",
	"Schools Forum", "Health and Wellbeing Board", "Cabinet", "Full Council", "Audit and Governance Committee",
	"Fostering Panel", "Safeguarding Children Partnership Board", "Education Select Committee",
	"Scrutiny Children Services Review Group", "Youth Justice Management Board",
}

// councilKinds end generated council names.
var councilKinds = []string{"County Council", "Borough Council", "City Council", "Council", "District Council", "Metropolitan Borough Council"}

// roles are officers' job titles.
var roles = []string{"Director of Children's Services", "Head of Service for Children in Care", "Virtual School Head",
	"Service Manager for Fostering", "Designated Nurse for Children in Care", "Democratic Services Officer",
	"Principal Social Worker", "Head of Quality Assurance", "Assistant Director for Education"}

// Templates of generated sentences. Markers: %P person, %L place, %O
// organisation, %S school, %R role, %T topic phrase, %D date, %M month.
var (
	entitySentences = []string{
		"Councillor %P asked whether the %O had been consulted on the proposals for %L.",
		"%P, %R, presented the report and answered questions from Members.",
		"The Committee heard from %P of the %O about the work being done in %L.",
		"Members had visited %S in %L and met staff and young people.",
		"A representative of the %O reported that referrals from %L had increased since the last report.",
		"%P thanked the staff of %S for their work with children and families in %L.",
	}
	topicSentences = []string{
		"The %R presented the report on %T and highlighted progress in %L.",
		"Members discussed %T and asked for a further report on %T to a future meeting.",
		"In response to a question from Councillor %P, officers explained that %T remained a priority.",
		"The report set out the position on %T across the county, including work with the %O.",
		"It was noted that %T had been raised by the %O and by young people in %L.",
	}
	decisionTemplates = []string{
		"RESOLVED – That the report be noted.",
		"RESOLVED that the update on %T be noted and a further report be brought to the %M meeting.",
		"RESOLVED: (i) that the Committee endorse the action plan on %T; (ii) that officers work with the %O on %T.",
		"AGREED that %P circulate the figures on %T for %L to Members.",
		"RESOLVED that the Committee thank %P and the %O for the presentation on %T.",
		"NOTED the report and the progress made on %T since the %M meeting.",
	}
	procedural = []struct{ title, text, decision string }{
		{"Apologies for Absence", "Apologies for absence were received from Councillors %P and %P.", ""},
		{"Declarations of Interest", "There were no declarations of interest.", ""},
		{"Minutes of the Previous Meeting", "To approve the minutes of the meeting held on %D as a correct record.",
			"RESOLVED – That the minutes of the meeting held on %D be approved as a correct record."},
	}
	titleTemplates = []string{"%T Update", "Report on %T", "%T in %L", "%O Annual Report", "Update from the %O on %T", "%T: Action Plan"}
	months         = []string{"January", "February", "March", "April", "May", "June", "July", "September", "October", "November", "December"}
)
