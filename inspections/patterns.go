package inspections

import "regexp"

// The patterns Mine uses, all matched against lower-cased text. Each is a
// plain list of wordings; add to them when minutes say it another way.
var (
	// inspectionContext: the clause is about an inspection at all.
	inspectionContext = regexp.MustCompile(`\bofsted\b|\binspect(?:ion|ions|ed|ors?)\b|` +
		`\bfocus(?:s?ed)? visits?\b|\bmonitoring visits?\b|\bjtai\b|\bimprovement notice\b|` +
		// "children's services were judged inadequate": a service graded is an inspection outcome.
		`\bservices?\s+(?:was|were|had been|has been|have been|is|are)\s+(?:judged|rated|graded)\b`)

	// inspectorate: the text speaks of an inspectorate inspecting a
	// council's services, or of a children's service being graded. A
	// sentence needs it, or an item that has it, for its "inspection" to be
	// one: bait boxes, footpaths and rented homes are inspected too.
	inspectorate = regexp.MustCompile(`\bofsted\b|\binspectorates?\b|\bhmi\b|\bhmip\b|\bcqc\b|\bcare quality commission\b|` +
		`\bfocus(?:s?ed)? visits?\b|\bmonitoring visits?\b|\bjtai\b|\bjoint targeted area\b|\bilacs\b|\bsif\b|` +
		`\bsingle inspection\b|\bimprovement notice\b|\bsend (?:inspection|area|revisit)|\blocal area send\b|` +
		`\bchildren'?s (?:social care |social )?services?\s+(?:was|were|had been|has been|have been|is|are)\s+(?:judged|rated|graded)\b`)

	// schoolWords: the sentence is about an inspection of a school or
	// college, not of the council's services, unless it names those too.
	schoolWords     = regexp.MustCompile(`\bschools?\b|\bacadem(?:y|ies)\b|\bcolleges?\b|\bnurser(?:y|ies)\b|\bpupil referral\b`)
	councilServices = regexp.MustCompile(`\bchildren'?s services\b|\bsocial care\b|\blocal authority\b|\bthe council\b`)

	// futureWords, near an inspection word, mean the clause looks forward
	// or is hypothetical: "an inspection is expected next year".
	futureWords = regexp.MustCompile(`^(?:will|shall|would|could|might|expect|expected|expects|expecting|` +
		`anticipate|anticipated|planned|planning|prepare|preparing|preparation|preparations|ready|readiness|` +
		`forthcoming|upcoming|next|scheduled|aim|aims|aiming|aspire|aspiration|ambition|hope|hopes|hoping|` +
		`if|mock|awaiting|await|due)$`)

	// otherWords: the clause is about other councils or inspection rules,
	// not about this council's inspection.
	otherWords = regexp.MustCompile(`\bauthorities\b|\bother councils\b|\bnationally\b|\bnational average\b|` +
		`\bstatistical neighbours\b|\bframework\b|\bguidance\b|\bhandbook\b|\bcriteria\b|\bregime\b`)

	// judgementWord is a judgement as minutes write it; satisfactory and
	// adequate are the grades used before 2013.
	judgementWord = `(outstanding|good|requires improvement(?: to be good)?|requiring improvement|inadequate|satisfactory|adequate)`

	// judgedAs: "judged inadequate", "rated Good overall", "rated the
	// service good", "found to be good", "a rating of 'satisfactory'".
	judgedAs = regexp.MustCompile(`\b(?:(?:judged|rated|graded|deemed)(?:\s+[\w'’-]+){0,4}?|` +
		`found to be|judgement of|judgment of|rating of|grade of|grading of|outcome of|` +
		`(?:grade|judgement|judgment|rating) (?:was|is|remains|remained))\s+(?:as\s+|to be\s+|being\s+)?['"‘“]?` + judgementWord)

	// foundTo: "Ofsted found services to be good", "inspectors judged the
	// service as inadequate".
	foundTo = regexp.MustCompile(`\b(?:ofsted|ofsted's|inspectors?|the inspection)\s+(?:found|judged|rated|graded|assessed|concluded)` +
		`\s+(?:that\s+)?(?:[\w'’-]+\s+){0,5}?(?:to be|as|was|were|are|is|remain|remained)?\s*['"‘“]?` + judgementWord)

	// judgementNoun: "the Inadequate Ofsted judgement", "a good rating",
	// "an inadequate inspection".
	judgementNoun = regexp.MustCompile(judgementWord + `['"’”]?\s+(?:ofsted\s+)?(?:judgement|judgment|rating|grade|outcome|inspection)\b`)

	// riPhrase: "requires improvement to be good" is an Ofsted grade wherever it appears.
	riPhrase = regexp.MustCompile(`requires improvement to be good`)

	// pastEvent: wordings that report an inspection that has happened,
	// without a judgement or a date.
	pastEvent = regexp.MustCompile(`\b(?:following|since|after|in response to|responding to)\s+(?:the|an|its|our|their|a)\s+` +
		`(?:recent\s+|last\s+|latest\s+)?(?:[\w'’/-]+\s+){0,3}?(?:inspection|focus(?:s?ed)? visit|monitoring visit|jtai)\b|` +
		`\b(?:ofsted|inspectors?|inspection)\s+(?:found|judged|rated|reported|identified|concluded|highlighted|noted)\b|` +
		`\b(?:findings|feedback|outcome|outcomes|letter|report)\s+(?:given\s+|made\s+|identified\s+)?` +
		`(?:from|of|by)\s+(?:the\s+)?(?:ofsted|inspection|inspectors)\b|` +
		`\binspectors[’']? letter\b|\binspected in\b|` +
		`\b(?:lifting of|lifted|issued|removal of|removed)\s+(?:the\s+|an\s+)?improvement notice\b|\bimprovement notice\s+(?:was|had been|has been)\s+(?:lifted|issued|removed)\b`)

	// monthYear and year find when: "March 2015", "12 December 2013", "in 2019".
	monthYear = regexp.MustCompile(`\b(january|february|march|april|may|june|july|august|september|october|november|december|` +
		`jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s+((?:19|20)\d\d)\b`)
	year = regexp.MustCompile(`\b((?:19|20)\d\d)\b`)

	// words splits a clause into words for the nearness test.
	words = regexp.MustCompile(`[\p{L}\p{N}'’]+`)
)

// nearWords is how many words either side of an inspection word a future
// word must be to veto the clause.
const nearWords = 6

// Kinds as minutes name them, most specific first.
var kindWordings = []struct {
	re   *regexp.Regexp
	kind string
}{
	{regexp.MustCompile(`\bfocus(?:s?ed)? visit`), KindFocusedVisit},
	{regexp.MustCompile(`\bmonitoring visit`), KindMonitoringVisit},
	{regexp.MustCompile(`\bjtai\b|\bjoint targeted area`), KindJTAI},
	{regexp.MustCompile(`\bimprovement notice\b|\bsend (?:inspection|area|revisit)|\barea send\b|\blocal area\b|` +
		`\bchildren in care(?:/| inspection)|\bcare leavers inspection\b|\blooked after children inspection\b|` +
		`\byouth (?:justice|offending)\b|\bchildren'?s homes?\b|\bfostering agency\b|\badoption agency\b`), KindOther},
}

var months = map[string]string{"jan": "01", "feb": "02", "mar": "03", "apr": "04", "may": "05", "jun": "06",
	"jul": "07", "aug": "08", "sep": "09", "oct": "10", "nov": "11", "dec": "12"}
