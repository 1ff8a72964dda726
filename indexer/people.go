package indexer

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/councilminutes/minutes/search/schema"
)

// titles maps the forms of address printed before a name (lower case,
// without a dot) to the one a person is given: "Cllr" and "Cmhlr" (Irish
// Comhairleoir) are Councillor, "Messrs" is Mr.
var titles = map[string]string{
	"councillor": "Councillor", "councillors": "Councillor", "cllr": "Councillor", "cllrs": "Councillor",
	"cmhlr": "Councillor", "comhairleoir": "Councillor", "clir": "Councillor", "clirs": "Councillor", "councilor": "Councillor", "alderman": "Alderman",
	"mr": "Mr", "messrs": "Mr", "mrs": "Mrs", "ms": "Ms", "miss": "Miss", "mx": "Mx", "mesdames": "Mrs",
	"dr": "Dr", "prof": "Prof", "professor": "Prof", "sir": "Sir", "dame": "Dame", "lord": "Lord", "lady": "Lady",
	"rev": "Rev", "revd": "Rev", "reverend": "Rev", "fr": "Fr", "father": "Fr", "canon": "Canon", "senator": "Senator",
}

// pluralTitles are the titles that name several people: "Councillors
// Brennan, Butler and Walsh".
var pluralTitles = map[string]bool{"councillors": true, "cllrs": true, "clirs": true, "messrs": true, "mesdames": true}

var (
	// A role printed beside a name: "Chairman", "Vice-Chair", "Deputy
	// Mayor", "An Cathaoirleach", "Leas-Chathaoirleach", "in the Chair".
	roleWords = regexp.MustCompile(`(?i)^(?:the\s+|an\s+)?(?:(?:deputy|vice|lord|leas|acting|outgoing|incoming)[-\s]*)*(?:chair(?:man|woman|person)?|c?h?athaoirleach|mayor|leader(?:\s+of\s+the\s+(?:council|opposition))?|presiding\s+member|convenor|convener|in\s+the\s+chair|clerk|cabinet\s+member(?:\s+for\s+[\w\s,&]+)?|portfolio\s+holder(?:\s+for\s+[\w\s,&]+)?)$`)
	// A role that chairs: not a vice or deputy.
	chairRole = regexp.MustCompile(`(?i)^(?:the\s+|an\s+)?(?:lord\s+|acting\s+)?(?:chair(?:man|woman|person)?|cathaoirleach|mayor|presiding\s+member|convenor|convener|in\s+the\s+chair)$`)
	// A count closing a list of voters: "(26)", "**(3)**", "- 12".
	closingCount = regexp.MustCompile(`[\s.,;:*-]*\(?\s*\d{1,3}\s*\)?[\s.*]*$`)
	// A bracket holding a distinguishing initial: "Collins (J)", "(M.)".
	initialBracket = regexp.MustCompile(`^\(\s*[A-Z]{1,2}\.?\s*\)$`)
	// Words of an office held by an officer: "(Head of Democratic Services)".
	officeWords = regexp.MustCompile(`(?i)\b(?:officer|director|head|manager|clerk|chief|executive|engineer|planner|solicitor|lawyer|adviser|advisor|assistant|secretary|administrator|librarian|treasurer|superintendent|inspector|sergeant|garda|police|co-ordinator|coordinator|architect|accountant|auditor|scrutiny|democratic|services)\b`)
	// "(Substitute for Mr G Lymer)", "(substituting)".
	substitute = regexp.MustCompile(`(?i)^\(\s*substitut`)
	// "… in the Chair" after a name.
	inTheChair = regexp.MustCompile(`(?i)[,\s]+(?:was\s+)?in\s+the\s+chair$`)
	// Splits a list at commas, semicolons, "and" and "&" between names.
	entrySplit = regexp.MustCompile(`\s*(?:[,;]|\s&\s|\band\b)\s*`)
)

// namePrefixes join the next word into a surname: "Ó Ceallaigh",
// "de Burca", "Mac Gearailt".
var namePrefixes = map[string]bool{"ó": true, "o": true, "ní": true, "nic": true, "ui": true, "uí": true, "mac": true, "mag": true,
	"de": true, "di": true, "du": true, "van": true, "von": true, "le": true, "la": true, "st": true, "st.": true, "da": true, "del": true}

// titleOf returns the title that word w (with any dot) is, or "".
func titleOf(w string) string {
	return titles[strings.ToLower(strings.TrimRight(w, ".:,"))]
}

// parsePeople reads a list of people as attendance lists and votes print
// them: "Councillors Brennan, Butler, Collins (M) and Walsh",
// "Mrs J M Pennington (Chairman), Mr R Aldous (Vice-Chairman)", "Mr A
// Abbott Mrs I Carrick Mr K Clifton" (columns), "Councillor L. Galvin,
// Mayor", "Chief Executive (Mr. C. Murray), Director, Community Services
// (Ms. J. Brown)". Entries that name nobody (a bare role, a sentence)
// are left out; the list as printed stays in the meeting's text.
func parsePeople(s string) []schema.Person {
	s = strings.TrimSpace(closingCount.ReplaceAllString(collapseSpace(strings.ReplaceAll(s, "*", "")), ""))
	s = strings.TrimRight(s, ".;, ")
	if s == "" {
		return nil
	}
	if rolesOutside(s) {
		return parseRoleBrackets(s)
	}
	return parseList(s)
}

// parseList reads a list of names, each with an optional title and a
// bracket after it.
func parseList(s string) []schema.Person {
	var out []schema.Person
	title := ""
	for _, entry := range splitEntries(s) {
		for _, piece := range splitAtTitles(entry) {
			p, plural := parsePerson(piece, title)
			if plural != "" {
				title = plural
			}
			switch {
			case p.Name != "":
				out = append(out, p)
			case p.Role != "" && len(out) > 0 && out[len(out)-1].Role == "":
				out[len(out)-1].Role = p.Role // "Councillor L. Galvin, Mayor"
			}
		}
	}
	return out
}

// splitEntries cuts a list of people at commas, semicolons, "and" and
// "&" outside brackets, for reading each entry as a person: a bracket
// printed after a separator ("Chief Executive, (Mr. C. Murray)") is an
// entry of its own.
func splitEntries(s string) []string {
	return slices.DeleteFunc(cutList(s, entrySplit, false), func(p string) bool { return honoursOnly.MatchString(p) })
}

// cutList cuts a list at the separators sep matches outside brackets; a
// bracket goes with the entry just before it ("Collins (J)", "Smith
// (Chairman)"), and, when attachAfterSep is false, only if no separator
// ends that entry.
func cutList(s string, sep *regexp.Regexp, attachAfterSep bool) []string {
	var out []string
	depth, start := 0, 0
	flush := func(piece string) {
		for _, p := range sep.Split(piece, -1) {
			if p = strings.TrimSpace(strings.Trim(strings.TrimSpace(p), ".;,:")); p != "" {
				out = append(out, p)
			}
		}
	}
	attach := false
	for i, r := range s {
		switch r {
		case '(':
			if depth == 0 {
				before := strings.TrimSpace(s[start:i])
				attach = len(out) > 0 || before != ""
				if !attachAfterSep && before != "" && (strings.HasSuffix(before, ",") || strings.HasSuffix(before, ";") || strings.HasSuffix(before, " and")) {
					attach = false
				}
				flush(s[start:i])
				start = i
			}
			depth++
		case ')':
			if depth > 0 {
				depth--
			}
			if depth == 0 && start < i && s[start] == '(' {
				if n := len(out); n > 0 && attach {
					out[n-1] += " " + s[start:i+1]
				} else {
					out = append(out, s[start:i+1])
				}
				start = i + 1
			}
		}
	}
	if start < len(s) {
		flush(s[start:])
	}
	return out
}

// splitAtTitles cuts an entry holding several titled names printed in
// columns without commas: "Mr A Abbott Mrs I Carrick" is two.
func splitAtTitles(entry string) []string {
	words := strings.Fields(entry)
	var out []string
	start := 0
	depth := 0 // a title inside a bracket is not a new entry: "(Substitute for Mr G Lymer)"
	for i := 1; i < len(words); i++ {
		depth += strings.Count(words[i-1], "(") - strings.Count(words[i-1], ")")
		if depth <= 0 && titleOf(words[i]) != "" && i-start >= 2 && !pluralTitles[strings.ToLower(strings.TrimRight(words[start], "."))] {
			out = append(out, strings.Join(words[start:i], " "))
			start = i
		}
	}
	return append(out, strings.Join(words[start:], " "))
}

// parsePerson reads one entry of a list: an optional title, a name, an
// optional bracket (a distinguishing initial or a role). title is the
// title of a plural title earlier in the list ("Councillors A, B");
// plural is set when this entry starts one.
func parsePerson(entry, title string) (p schema.Person, plural string) {
	entry = strings.TrimSpace(strings.TrimLeft(entry, "—–-•·*:> "))
	if roleWords.MatchString(entry) {
		return schema.Person{Role: roleName(entry)}, ""
	}
	var bracket string
	if i := strings.IndexByte(entry, '('); i > 0 && strings.HasSuffix(entry, ")") {
		bracket = strings.TrimSpace(entry[i:])
		entry = strings.TrimSpace(entry[:i])
	}
	words := strings.Fields(entry)
	if len(words) > 1 && roleWords.MatchString(words[0]) { // "Mayor Michael Sheahan"
		p.Role = roleName(words[0])
		words = words[1:]
	}
	for len(words) > 0 {
		t := titleOf(words[0])
		if t == "" {
			break
		}
		if pluralTitles[strings.ToLower(strings.TrimRight(words[0], ".:"))] {
			plural = t
		}
		title = t
		words = words[1:]
	}
	p.Title = title
	if plural != "" {
		p.Title = plural
	}
	switch {
	case bracket == "":
	case initialBracket.MatchString(bracket):
		words = append(words, bracket)
	case roleWords.MatchString(strings.Trim(bracket, "() ")), officeWords.MatchString(bracket), substitute.MatchString(bracket):
		p.Role = roleName(strings.Trim(bracket, "() "))
	}
	if loc := inTheChair.FindStringIndex(strings.Join(words, " ")); loc != nil { // "Councillor Smith in the Chair"
		words = strings.Fields(strings.Join(words, " ")[:loc[0]])
		p.Role = "Chair"
	}
	name := strings.Join(words, " ")
	if !looksLikeName(name) {
		return schema.Person{Role: p.Role}, plural
	}
	p.Name = name
	return p, plural
}

// roleName is a role as it is given: "Chairman", "Deputy Mayor",
// "Cathaoirleach" (the Irish article dropped), "Chair" for "in the Chair".
func roleName(s string) string {
	s = collapseSpace(strings.Trim(s, "() ,.;"))
	l := strings.ToLower(s)
	for _, p := range []string{"the ", "an "} {
		if strings.HasPrefix(l, p) {
			s, l = s[len(p):], l[len(p):]
		}
	}
	if l == "in the chair" {
		return "Chair"
	}
	if strings.ToUpper(s) == s {
		s = titleCase(s)
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// looksLikeName reports whether s can be a person's name: one to five
// words, each starting with a capital or an initial (the particles of
// names, "de", "van", apart), not initials alone, without digits, and
// without the words of offices and headings ("Director", "Services",
// "Present").
func looksLikeName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 || strings.ContainsAny(s, ":@/0123456789") {
		return false
	}
	initials := 0
	for i, w := range words {
		if strings.ContainsRune(w, '(') && !(i == len(words)-1 && initialBracket.MatchString(w)) {
			return false
		}
		if isInitial(w) {
			initials++
		}
		if notNameWords[strings.ToLower(strings.Trim(w, ".,;"))] {
			return false
		}
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "(‘'\""))
		if unicode.IsUpper(r) || namePrefixes[strings.ToLower(w)] {
			continue
		}
		return false
	}
	return initials < len(words) && !roleWords.MatchString(s)
}

// notNameWords are words of offices, places and headings that lists
// hold but that are no part of a person's name.
var notNameWords = map[string]bool{"none": true, "nil": true, "all": true, "members": true, "councillors": true, "officers": true,
	"officials": true, "apologies": true, "present": true, "absent": true, "attendance": true, "representatives": true, "reps": true,
	"director": true, "directorate": true, "services": true, "service": true, "development": true, "council": true, "officer": true,
	"superintendent": true, "inspector": true, "sergeant": true, "headquarters": true, "department": true, "executive": true,
	"manager": true, "engineer": true, "planner": true, "administrator": true, "chairman": true, "chairperson": true, "chair": true,
	"cathaoirleach": true, "mayor": true, "leisure": true, "emergency": true, "community": true, "towns": true, "association": true,
	"committee": true, "group": true, "lccc": true, "rip": true, "coach": true,
	// the words of departments that officials' lists run into names
	// when a PDF's line breaks are lost ("Service Director, Quality and
	// Improvement Allison Parkinson")
	"quality": true, "improvement": true, "operations": true, "children": true, "adults": true, "commissioning": true,
	"safeguarding": true, "education": true, "housing": true, "finance": true, "planning": true, "governance": true,
	"resources": true, "policy": true, "strategy": true, "performance": true, "legal": true, "corporate": true,
	"health": true, "care": true, "social": true, "representative": true, "diocesan": true, "parent": true, "governor": true}

// rolesOutside reports a list of officials printed as "Role (Name)":
// brackets holding titled names, with the role before them.
func rolesOutside(s string) bool {
	n := 0
	for _, m := range bracketRe.FindAllStringSubmatch(s, -1) {
		inner := strings.Fields(m[1])
		if len(inner) >= 2 && titleOf(inner[0]) != "" {
			n++
		}
	}
	return n >= 1 && !strings.HasPrefix(strings.TrimSpace(s), "(")
}

var bracketRe = regexp.MustCompile(`\(([^()]*)\)`)

// parseRoleBrackets reads "Chief Executive (Mr. C. Murray), Director,
// Community Services (Ms. J. Brown), Senior Engineers (Messrs. A. B and
// C. D)": each bracket of titled names closes an entry whose role is the
// text before it.
func parseRoleBrackets(s string) []schema.Person {
	var out []schema.Person
	rest := s
	for {
		m := bracketRe.FindStringSubmatchIndex(rest)
		if m == nil {
			break
		}
		role := strings.Trim(collapseSpace(rest[:m[0]]), " ,;.")
		role = strings.TrimPrefix(strings.TrimPrefix(role, "and "), "& ")
		inner := rest[m[2]:m[3]]
		rest = rest[m[1]:]
		people := parseList(inner)
		if len(people) == 0 { // "Smith (Chairman)": a name and its role
			out = append(out, parseList(role+" ("+inner+")")...)
			continue
		}
		for _, p := range people {
			if p.Role == "" && role != "" {
				p.Role = role
			}
			out = append(out, p)
		}
	}
	if tail := strings.Trim(rest, " ,;.&"); tail != "" {
		out = append(out, parseList(strings.TrimPrefix(tail, "and "))...)
	}
	return out
}
