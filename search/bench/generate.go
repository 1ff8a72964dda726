package bench

import (
	"math/rand/v2"
	"strings"
	"time"

	"github.com/councilminutes/minutes/search/schema"
)

// Corpus shape.
const (
	NumCouncils  = 150
	firstYear    = 2005
	corpusYears  = 20
	meanItemWord = 220 // mean words of generated text per item, besides the title and decisions
)

// council is one generated council with the committees it has.
type council struct {
	Name       string
	Committees []string
	Weight     int
}

// Generator makes a deterministic stream of synthetic agenda items grouped
// into meetings: the same seed gives the same items.
type Generator struct {
	r        *rand.Rand
	chain    *chain
	councils []council
	weights  int
	people   *heapsPool
	places   *heapsPool
	orgs     *heapsPool
	schools  *heapsPool
	seen     map[string]bool // council|committee|date of meetings made so far
	items    int
}

// NewGenerator returns a generator for the given seed.
func NewGenerator(seed int64) (*Generator, error) {
	c, err := trainChain()
	if err != nil {
		return nil, err
	}
	r := rand.New(rand.NewPCG(uint64(seed), 0x6d696e75746573))
	names := &nameMaker{used: map[string]bool{}}
	g := &Generator{r: r, chain: c, seen: map[string]bool{}}
	g.people = newHeapsPool(8, 0.6, func(r *rand.Rand) string {
		return firstNames[r.IntN(len(firstNames))] + " " + names.newName(r, surnameEnds)
	})
	g.places = newHeapsPool(6, 0.55, func(r *rand.Rand) string { return names.newName(r, placeEnds) })
	g.orgs = newHeapsPool(4, 0.55, func(r *rand.Rand) string {
		return names.newName(r, placeEnds) + " " + orgKinds[r.IntN(len(orgKinds))]
	})
	g.schools = newHeapsPool(4, 0.55, func(r *rand.Rand) string {
		return names.newName(r, placeEnds) + " " + schoolKinds[r.IntN(len(schoolKinds))]
	})
	for i := 0; i < NumCouncils; i++ {
		co := council{
			Name:   names.newName(r, placeEnds) + " " + councilKinds[r.IntN(len(councilKinds))],
			Weight: 1 + r.IntN(10),
		}
		perm := r.Perm(len(committees))
		for _, j := range perm[:3+r.IntN(4)] {
			co.Committees = append(co.Committees, committees[j])
		}
		g.councils = append(g.councils, co)
		g.weights += co.Weight
	}
	return g, nil
}

// Generate calls yield for n items, a meeting's items in order.
func (g *Generator) Generate(n int, yield func(Item) error) error {
	for n > 0 {
		items := g.Meeting()
		if len(items) > n {
			items = items[:n]
		}
		for _, it := range items {
			if err := yield(it); err != nil {
				return err
			}
		}
		n -= len(items)
	}
	return nil
}

// Meeting returns the items of the next generated meeting: 8 to 12 of
// them, the first ones procedural.
func (g *Generator) Meeting() []Item {
	co, committee, date := g.pickMeeting()
	mid := schema.MeetingID(meetingPath(co.Name, committee, date))
	n := 8 + g.r.IntN(5)
	items := make([]Item, 0, n)
	for seq := 1; seq <= n; seq++ {
		it := Item{ID: schema.ItemID(mid, seq), Council: co.Name, Committee: committee, Date: date, Topics: []string{}}
		if seq <= len(procedural) && g.r.IntN(4) != 0 {
			g.proceduralItem(&it, seq-1, date)
		} else {
			g.businessItem(&it)
		}
		items = append(items, it)
	}
	g.items += n
	return items
}

// meetingPath is the corpus-relative path a meeting would have as a file.
func meetingPath(council, committee, date string) string {
	return schema.Slug(council) + "/" + schema.Slug(committee) + "/" + date + ".txt"
}

// pickMeeting chooses a council (weighted), one of its committees and a
// weekday in the 20 years that no meeting of that committee has yet.
func (g *Generator) pickMeeting() (council, string, string) {
	for {
		w := g.r.IntN(g.weights)
		var co council
		for _, c := range g.councils {
			if w < c.Weight {
				co = c
				break
			}
			w -= c.Weight
		}
		committee := co.Committees[g.r.IntN(len(co.Committees))]
		day := time.Date(firstYear, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, g.r.IntN(corpusYears*365))
		for day.Weekday() == time.Saturday || day.Weekday() == time.Sunday {
			day = day.AddDate(0, 0, 1)
		}
		date := day.Format(time.DateOnly)
		key := co.Name + "|" + committee + "|" + date
		if !g.seen[key] {
			g.seen[key] = true
			return co, committee, date
		}
	}
}

// proceduralItem fills an apologies, declarations or minutes item.
func (g *Generator) proceduralItem(it *Item, kind int, date string) {
	p := procedural[kind]
	prev, _ := time.Parse(time.DateOnly, date)
	prevDate := prev.AddDate(0, 0, -7*(4+g.r.IntN(8))).Format("2 January 2006")
	it.Title = p.title
	it.Text = g.fill(p.text, nil, prevDate)
	it.Decisions = g.fill(p.decision, nil, prevDate)
}

// businessItem fills an item on one to three topics: a title, a minute of
// Markov sentences mixed with sentences naming people, places and
// organisations, and decisions.
func (g *Generator) businessItem(it *Item) {
	var ts []topic
	for _, j := range g.r.Perm(len(topics))[:1+g.r.IntN(3)] {
		ts = append(ts, topics[j])
		it.Topics = append(it.Topics, topics[j].Slug)
	}
	it.Title = g.fill(titleTemplates[g.r.IntN(len(titleTemplates))], ts, "")
	it.Title = strings.ToUpper(it.Title[:1]) + it.Title[1:]
	target := 40 + int(g.r.ExpFloat64()*float64(meanItemWord-40))
	if target > 1500 {
		target = 1500
	}
	var b strings.Builder
	words := 0
	for words < target {
		switch k := g.r.IntN(10); {
		case k < 6:
			words += g.chain.sentence(g.r, &b)
		case k < 8:
			words += g.writeSentence(&b, topicSentences[g.r.IntN(len(topicSentences))], ts)
		default:
			words += g.writeSentence(&b, entitySentences[g.r.IntN(len(entitySentences))], ts)
		}
	}
	it.Text = b.String()
	var d []string
	for i := 0; i < 1+g.r.IntN(2); i++ {
		d = append(d, g.fill(decisionTemplates[g.r.IntN(len(decisionTemplates))], ts, ""))
	}
	it.Decisions = strings.Join(d, " ")
}

func (g *Generator) writeSentence(b *strings.Builder, tmpl string, ts []topic) int {
	s := g.fill(tmpl, ts, "")
	if b.Len() > 0 {
		b.WriteByte(' ')
	}
	b.WriteString(s)
	return strings.Count(s, " ") + 1
}

// fill replaces the markers of a template (see vocab.go) with generated
// names, a phrase of one of the topics ts, and date.
func (g *Generator) fill(tmpl string, ts []topic, date string) string {
	if !strings.Contains(tmpl, "%") {
		return tmpl
	}
	var b strings.Builder
	for i := 0; i < len(tmpl); i++ {
		if tmpl[i] != '%' || i+1 == len(tmpl) {
			b.WriteByte(tmpl[i])
			continue
		}
		i++
		b.WriteString(g.marker(tmpl[i], ts, date))
	}
	return b.String()
}

func (g *Generator) marker(m byte, ts []topic, date string) string {
	switch m {
	case 'P':
		return g.people.draw(g.r)
	case 'L':
		return g.places.draw(g.r)
	case 'O':
		return g.orgs.draw(g.r)
	case 'S':
		return g.schools.draw(g.r)
	case 'R':
		return roles[g.r.IntN(len(roles))]
	case 'M':
		return months[g.r.IntN(len(months))]
	case 'D':
		return date
	case 'T':
		if len(ts) == 0 {
			return "the service"
		}
		t := ts[g.r.IntN(len(ts))]
		return t.Terms[g.r.IntN(len(t.Terms))]
	}
	return "%" + string(m) // unknown marker: left as written (TestTemplateMarkers guards vocab.go)
}
