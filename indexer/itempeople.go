package indexer

import (
	"regexp"

	"github.com/councilminutes/minutes/search/schema"
)

// Roles of the people of an item (schema.Item.People), strongest first:
// one person is listed once, with the strongest role they had.
const (
	roleMoved    = "moved"
	roleSeconded = "seconded"
	roleVoted    = "voted"
	roleNamed    = "named" // named in the minute with a title ("Councillor Keary asked…")
)

var roleRank = map[string]int{roleMoved: 0, roleSeconded: 1, roleVoted: 2, roleNamed: 3}

// titledName is a name printed after a form of address in a minute's
// text: "Councillor Keary", "Cllr. J. Collins", "Mr Murray", "Cmhlr Ó
// Ceallaigh", "Councillor Collins (J)".
var titledName = regexp.MustCompile(`\b(?:Councillor|Cllr|Cmhlr|Comhairleoir|Mr|Mrs|Ms|Miss|Dr|Alderman)\.?[ \t]+((?:[A-ZÁÉÍÓÚ][\p{L}’'\-]*\.?[ \t]*){1,3}(?:[ \t]*\([A-Z]\))?)`)

// itemPeople lists who moved, seconded or voted in an item's decisions,
// and the attendees named with a title in its title or text. A mover or voter the
// attendance does not list is kept under the name printed; a name in the
// text is kept only when it is an attendee's, so that people spoken of
// (a minister, an applicant) are not taken for people of the meeting.
func itemPeople(it schema.Item, attended roster) []schema.Person {
	var out []schema.Person
	at := map[string]int{}
	add := func(name, role string, mustAttend bool) {
		if name == "" {
			return
		}
		p, ok := attended.resolve(name)
		if !ok {
			if mustAttend {
				return
			}
			p = schema.Person{Name: name, Key: surnameKey(name)}
		}
		if p.Key == "" {
			return
		}
		p.Role = role
		if k, seen := at[p.Key]; seen {
			if roleRank[role] < roleRank[out[k].Role] {
				out[k].Role = role
			}
			return
		}
		at[p.Key] = len(out)
		out = append(out, p)
	}
	for _, d := range it.DecisionDetails {
		add(d.Mover, roleMoved, false)
		add(d.Seconder, roleSeconded, false)
		if d.Votes != nil {
			for _, names := range [][]string{d.Votes.ForNames, d.Votes.AgainstNames, d.Votes.AbstainNames} {
				for _, n := range names {
					add(n, roleVoted, false)
				}
			}
		}
	}
	for _, m := range titledName.FindAllStringSubmatch(it.Title+"\n"+it.Text, -1) {
		add(cleanPersonName(m[1]), roleNamed, true)
	}
	return out
}
