package indexer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/councilminutes/minutes/search/schema"
)

// nameParts splits a printed name into its given part (initials or first
// names, and a bracketed initial: "Collins (J)") and its surname with any
// particle ("Ó Ceallaigh", "de Burca"). After initials, every word is the
// surname ("J. Cotter Coughlan"); after a first name, the last word is.
func nameParts(name string) (given []string, surname string, marked bool) {
	name = strings.TrimSpace(name)
	if i := strings.IndexByte(name, '('); i > 0 && initialBracket.MatchString(strings.TrimSpace(name[i:])) {
		given = append(given, strings.Trim(name[i:], "(). "))
		name, marked = strings.TrimSpace(name[:i]), true
	}
	// "M.Collins", "J.M. Smith": initials run together; "O’ Brien", "Mc
	// Creesh": a surname cut after its prefix
	name = strings.NewReplacer(".", ". ", "’ ", "’", "' ", "'").Replace(name)
	words := strings.Fields(name)
	for i := 0; i+1 < len(words); i++ {
		if w := strings.ToLower(words[i]); w == "mc" || w == "mac" && isLowerStart(words[i+1]) {
			words[i] += words[i+1]
			words = append(words[:i+1], words[i+2:]...)
		}
	}
	if len(words) == 0 {
		return given, "", marked
	}
	k := 0
	// "Ó Ceallaigh": a particle printed without a dot is no initial
	for k < len(words)-1 && isInitial(words[k]) && !(namePrefixes[strings.ToLower(words[k])] && !strings.HasSuffix(words[k], ".")) {
		k++
	}
	if k == 0 {
		k = len(words) - 1
		for k > 0 && namePrefixes[strings.ToLower(words[k-1])] {
			k--
		}
	}
	for _, w := range words[:k] {
		given = append(given, strings.TrimRight(w, "."))
	}
	return given, strings.Join(words[k:], " "), marked
}

// isLowerStart reports a word starting in lower case.
func isLowerStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// isInitial reports an initial: "J", "J.", "JM".
func isInitial(w string) bool {
	w = strings.TrimRight(w, ".")
	if w == "" || utf8.RuneCountInString(w) > 2 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// surnameKey is the slug of a name's surname, the key of a person no one
// else at the meeting shares a surname with.
func surnameKey(name string) string {
	_, s, _ := nameParts(name)
	return schema.Slug(s)
}

// initialKey is the key of a person told apart by the first letter of
// their given name: "j-sheahan".
func initialKey(given []string, surname string) string {
	if len(given) == 0 {
		return schema.Slug(surname)
	}
	r, _ := utf8.DecodeRuneInString(given[0])
	return schema.Slug(string(r) + " " + surname)
}

// assignKeys gives each person of a meeting their key: the surname, with
// the first initial kept where the minutes print one to tell people apart
// ("Collins (J)"), where two people of the meeting with different
// initials share the surname, or where an official shares a member's
// surname; a name printed without an initial then keeps the surname
// alone. officials says which of people are officials. The same name
// gets the same key throughout the meeting.
func assignKeys(people []*schema.Person, officials map[*schema.Person]bool) {
	initials := map[string]map[string]bool{} // surname slug -> first initials seen
	marks := map[string]bool{}               // surname slugs printed with a distinguishing initial
	sides := map[string]map[bool]bool{}      // surname slug -> officials, members seen
	for _, p := range people {
		given, surname, marked := nameParts(p.Name)
		s := schema.Slug(surname)
		marks[s] = marks[s] || marked
		if initials[s] == nil {
			initials[s], sides[s] = map[string]bool{}, map[bool]bool{}
		}
		sides[s][officials[p]] = true
		if len(given) > 0 {
			initials[s][strings.ToUpper(firstLetter(given[0]))] = true
		}
	}
	for _, p := range people {
		given, surname, _ := nameParts(p.Name)
		s := schema.Slug(surname)
		if len(given) > 0 && (marks[s] || len(initials[s]) > 1 || len(sides[s]) > 1) {
			p.Key = initialKey(given, surname)
		} else {
			p.Key = s
		}
	}
}

// roster is a meeting's attendees by the slug of their surname, with the
// first letter of their given name ("" when none is printed).
type roster map[string][]rosterEntry

type rosterEntry struct {
	person  schema.Person
	initial string
}

// newRoster indexes the attendees of a meeting for resolve.
func newRoster(attended []schema.Person) roster {
	r := roster{}
	for _, a := range attended {
		given, surname, _ := nameParts(a.Name)
		e := rosterEntry{person: a}
		if len(given) > 0 {
			e.initial = firstLetter(given[0])
		}
		s := schema.Slug(surname)
		r[s] = append(r[s], e)
	}
	return r
}

// resolve finds the person of the attendance that a name printed in an
// item means: the one attendee with that surname (and first initial, when
// both have one). ok is false when none or several match.
func (r roster) resolve(name string) (schema.Person, bool) {
	given, surname, _ := nameParts(name)
	var found schema.Person
	n := 0
	for _, a := range r[schema.Slug(surname)] {
		if len(given) > 0 && a.initial != "" && !strings.EqualFold(firstLetter(given[0]), a.initial) {
			continue
		}
		if n > 0 && a.person.Key == found.Key {
			continue
		}
		found = a.person
		n++
	}
	return found, n == 1
}

func firstLetter(s string) string {
	r, _ := utf8.DecodeRuneInString(s)
	return string(r)
}

// readPeople keys the people of a meeting's attendance and finds, in each
// item, who moved, seconded, voted or is named (itempeople.go).
func readPeople(m *schema.Meeting) {
	a := &m.Attendance
	var all []*schema.Person
	officials := map[*schema.Person]bool{}
	for k, list := range [][]schema.Person{a.Officials, a.Chair, a.Members, a.Apologies, a.Absent} {
		for i := range list {
			all = append(all, &list[i])
			officials[&list[i]] = k == 0
		}
	}
	assignKeys(all, officials)
	attended := append(a.Attended(), a.Apologies...)
	attended = append(attended, a.Absent...)
	r := newRoster(attended)
	for i := range m.Items {
		m.Items[i].People = itemPeople(m.Items[i], r)
	}
}
