package indexer

import (
	"regexp"
	"strings"
)

// rawItem is one agenda item as cut from the text, before its parts
// (agenda, minute, decisions) are told apart.
type rawItem struct {
	Number string
	Title  string
	Body   []line
	Joined bool // Body is a flattened table row: hard line breaks are not paragraphs
}

// splitResult is the text cut into a header (what comes before the first
// item) and items.
type splitResult struct {
	Header []line
	Items  []rawItem
	Method string // how the items were found: numbered, table, headings, whole
}

// candidate is a line that may start an item.
type candidate struct {
	Line   int    // index of the line with the number
	Number string // as printed, without trailing punctuation
	Family string // numbering style: plain, dotted, roman, slash:PREFIX
	Key    int    // position in the numbering, increasing from item to item
	Title  string
	Skip   int    // lines taken by number and title (1 or 2 and blanks)
	Rest   string // text after a capitalised title on the same line
	Weight float64
}

const numberPattern = `(\d{1,2}\.\d{1,2}|\d{1,3}[a-zA-Z]?|[A-Z]{1,6}\d{0,4}/\d{1,4}(?:/\d{1,4})?|\d{1,4}/\d{1,4}|[IVXLC]{1,7})`

var (
	// "Item 5", "Minute 23/045", "Agenda item 3", "No. 4"
	labelPattern = `(?:(?i:agenda\s+item|item|minute|min\.?|no\.?)\s*){0,2}`
	// A number alone on its line: "29.", "Item 5:", "CPP/17/22"
	numberLine = regexp.MustCompile(`^` + labelPattern + numberPattern + `[.:)]?$`)
	// A number and a title on one line: "12 Apology for Absence", "65. Minutes",
	// "Item 5: Budget", "5.1 Fostering", "IV. Finance", "CPP/17/22 Minutes"
	numberTitle = regexp.MustCompile(`^` + labelPattern + numberPattern + `(?:[.:)]\s*|\s+[-–—:]?\s*)(\S.*)$`)
	// A label that only names an item: "Item 5" — gives the number more weight.
	hasLabel = regexp.MustCompile(`(?i)^(?:agenda\s+item|item|minute|min\.?)\b`)
	// An upper-case title followed by text on the same line.
	capsTitle = regexp.MustCompile(`^([A-Z][A-Z0-9'’&,/()\- ]{4,80}[A-Z0-9)])(?:\s*[-–—:.]\s+|\s+)([A-Z]?[a-z].*)$`)
	// Item references in brackets after a title: "(Item A2)", "(Ref: 8)".
	agendaRef = regexp.MustCompile(`\s*\((?i:item|ref|agenda item|minute|pages?)[^()]*\)\s*$`)
)

// findCandidates lists every line that could start an item.
func findCandidates(ls []line) []candidate {
	var out []candidate
	for i, l := range ls {
		if l.Bullet || l.Content == "" {
			continue
		}
		c := strings.TrimSpace(l.Text)
		if m := numberLine.FindStringSubmatch(c); m != nil {
			j := nextNonBlank(ls, i+1, 3)
			if j < 0 || ls[j].Bullet {
				continue
			}
			title := strings.TrimSpace(ls[j].Text)
			if numberLine.MatchString(title) || !titleLike(title, 25, true) {
				continue
			}
			if cand, ok := newCandidate(i, m[1], title, j-i+1, 1.5, hasLabel.MatchString(c), l.Heading); ok {
				out = append(out, withYearFirst(cand)...)
			}
			continue
		}
		if m := numberTitle.FindStringSubmatch(c); m != nil {
			title, skip := m[2], 1
			if next, ok := titleContinuation(ls, i, title); ok {
				title, skip = title+" "+next, 2
			}
			rest := ""
			if !titleLike(title, 22, false) {
				// "5. BUDGET MONITORING – The Head of Finance reported ..."
				caps := capsTitle.FindStringSubmatch(title)
				if caps == nil || !titleLike(caps[1], 12, false) {
					continue
				}
				title, rest, skip = caps[1], caps[2], 1
			}
			if cand, ok := newCandidate(i, m[1], title, skip, 1, hasLabel.MatchString(c), l.Heading); ok {
				cand.Rest = rest
				out = append(out, withYearFirst(cand)...)
			}
		}
	}
	return out
}

// titleContinuation returns the next line when it carries on a title
// wrapped by PDF layout: "16 Children's Services Ofsted Improvement Plan
// (Ref:" then "8)", or "... Care Leavers" then "inspection (Item B2)".
func titleContinuation(ls []line, i int, title string) (string, bool) {
	if i+1 >= len(ls) {
		return "", false
	}
	next := strings.TrimSpace(ls[i+1].Text)
	if next == "" || ls[i+1].Bullet || len(strings.Fields(next)) > 6 || strings.HasSuffix(next, ".") {
		return "", false
	}
	open := strings.Count(title, "(") > strings.Count(title, ")")
	lower := next[0] >= 'a' && next[0] <= 'z'
	ref := agendaRef.MatchString(" "+next) && strings.HasPrefix(next, "(")
	if open || lower || ref {
		return next, true
	}
	return "", false
}

// withYearFirst adds to a candidate numbered "101/24" the reading where
// the part before the slash counts items and the part after is the year,
// as in parish minutes ("101/24", "102/24"), beside the default reading
// where the last part counts ("24/101", "24/102").
func withYearFirst(c candidate) []candidate {
	i := strings.Index(c.Number, "/")
	if i <= 0 || strings.Count(c.Number, "/") != 1 {
		return []candidate{c}
	}
	k := atoi(c.Number[:i])
	if k < 0 {
		return []candidate{c}
	}
	alt := c
	alt.Family, alt.Key = "slash:*/"+c.Number[i+1:], k
	return []candidate{c, alt}
}

// newCandidate weighs a possible item start: labels ("Item 5"),
// headings and standard agenda titles make it more likely.
func newCandidate(at int, number, title string, skip int, weight float64, label, heading bool) (candidate, bool) {
	fam, key, ok := numberKey(number)
	if !ok {
		return candidate{}, false
	}
	if label {
		weight += 0.5
	}
	if heading {
		weight += 0.5
	}
	if knownAgendaTitle(title) {
		weight += 0.3
	}
	return candidate{Line: at, Number: number, Family: fam, Key: key, Title: title, Skip: skip, Weight: weight}, true
}

// chooseItems picks the item starts: the best chain of candidates of one
// numbering style whose numbers increase in small steps. Sub-paragraphs
// ("1.", "2." inside an item) restart their count and so fall out.
func chooseItems(cands []candidate) []candidate {
	var best []candidate
	bestScore := 0.0
	families := map[string]bool{}
	for _, c := range cands {
		families[c.Family] = true
	}
	for fam := range families {
		var fc []candidate
		for _, c := range cands {
			if c.Family == fam {
				fc = append(fc, c)
			}
		}
		chain, score := bestChain(fc)
		if score > bestScore || (score == bestScore && len(chain) > 0 && len(best) > 0 && chain[0].Line < best[0].Line) {
			best, bestScore = chain, score
		}
	}
	if len(best) == 1 && best[0].Weight < 1.5 {
		return nil // one lone number and title is too weak to trust
	}
	return best
}

// bestChain finds the heaviest sequence of candidates with increasing keys
// and steps of at most maxStep.
func bestChain(fc []candidate) ([]candidate, float64) {
	maxStep := 30 * 25 // plain: up to 25 numbers skipped
	if len(fc) > 0 {
		switch {
		case fc[0].Family == "dotted":
			maxStep = 3000 // 5.3 to 6.1 and so on
		case fc[0].Family != "plain":
			maxStep = 25
		}
	}
	score := make([]float64, len(fc))
	prev := make([]int, len(fc))
	top := -1
	for j := range fc {
		score[j], prev[j] = fc[j].Weight, -1
		for i := 0; i < j; i++ {
			step := fc[j].Key - fc[i].Key
			if step <= 0 || step > maxStep || fc[j].Line-fc[i].Line < 1 {
				continue
			}
			if fc[i].Line+fc[i].Skip > fc[j].Line {
				continue
			}
			if s := score[i] + fc[j].Weight; s > score[j] {
				score[j], prev[j] = s, i
			}
		}
		if top < 0 || score[j] > score[top] {
			top = j
		}
	}
	if top < 0 {
		return nil, 0
	}
	var chain []candidate
	for k := top; k >= 0; k = prev[k] {
		chain = append([]candidate{fc[k]}, chain...)
	}
	return chain, score[top]
}

// nextNonBlank returns the index of the first non-blank line from `from`
// within limit lines, or -1.
func nextNonBlank(ls []line, from, limit int) int {
	for j := from; j < len(ls) && j < from+limit+1; j++ {
		if strings.TrimSpace(ls[j].Text) != "" {
			return j
		}
	}
	return -1
}
