package bench

import (
	"math"
	"math/rand/v2"
	"strings"
)

// Syllables from which names of people, places and organisations are made.
var (
	onsets = []string{"b", "br", "c", "ch", "d", "f", "g", "gr", "h", "k", "l", "m", "n", "p", "r", "s", "sh", "st", "t", "th", "w", "wh"}
	vowels = []string{"a", "e", "i", "o", "u", "ea", "ai", "ow"}
	codas  = []string{"", "n", "r", "l", "m", "s", "t", "ck", "nd", "rn"}

	placeEnds   = []string{"ton", "ford", "ley", "by", "ham", "bury", "field", "worth", "wick", "stead", "mouth", "borough"}
	surnameEnds = []string{"son", "well", "man", "er", "ington", "wood", "ley", "es", "ridge", "hurst"}
	firstNames  = []string{"Amelia", "Ben", "Carol", "David", "Emma", "Faisal", "Grace", "Harjit", "Ian", "Jane", "Kwame",
		"Laura", "Mohammed", "Nicola", "Oliver", "Priya", "Rachel", "Sam", "Tom", "Una", "Victoria", "William", "Yasmin", "Zoe"}
	orgKinds = []string{"Housing Trust", "Family Support Network", "Foundation", "Youth Partnership", "Community Trust",
		"Fostering Agency", "Learning Trust", "Health Partnership", "Carers Association", "Children's Centre"}
	schoolKinds = []string{"Primary School", "Academy", "High School", "Children's Home", "Nursery School", "College"}
)

// nameMaker makes new, distinct proper names from syllables.
type nameMaker struct {
	used map[string]bool
}

// newName returns a new capitalised name of one or two syllables plus one of ends.
func (m *nameMaker) newName(r *rand.Rand, ends []string) string {
	for {
		var b strings.Builder
		for i := 0; i < 1+r.IntN(2); i++ {
			b.WriteString(onsets[r.IntN(len(onsets))])
			b.WriteString(vowels[r.IntN(len(vowels))])
			b.WriteString(codas[r.IntN(len(codas))])
		}
		b.WriteString(ends[r.IntN(len(ends))])
		s := b.String()
		if !m.used[s] {
			m.used[s] = true
			return strings.ToUpper(s[:1]) + s[1:]
		}
	}
}

// heapsPool draws names so that the number of distinct names grows like
// a*n^beta after n draws (Heaps' law): a draw is a new name with
// probability a*beta*n^(beta-1), otherwise a repeat of an earlier draw
// (so frequent names stay frequent, as in a Yule process).
type heapsPool struct {
	a, beta float64
	draws   []int32
	names   []string
	fresh   func(r *rand.Rand) string
}

func newHeapsPool(a, beta float64, fresh func(r *rand.Rand) string) *heapsPool {
	return &heapsPool{a: a, beta: beta, fresh: fresh}
}

// draw returns one name, new or repeated.
func (p *heapsPool) draw(r *rand.Rand) string {
	n := float64(len(p.draws) + 1)
	pNew := p.a * p.beta * math.Pow(n, p.beta-1)
	if len(p.names) == 0 || r.Float64() < pNew {
		p.names = append(p.names, p.fresh(r))
		p.draws = append(p.draws, int32(len(p.names)-1))
		return p.names[len(p.names)-1]
	}
	id := p.draws[r.IntN(len(p.draws))]
	p.draws = append(p.draws, id)
	return p.names[id]
}
