package indexer

import (
	"math"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"
)

// rawItem is one agenda item as cut from the text, before its parts
// (agenda, minute, decisions) are told apart.
type rawItem struct {
	Number string
	Title  string
	Ref    string // an agenda reference printed under the title: "(Item 4)"
	Said   string // the number's label as printed: "Item" of "Item 6"
	Body   []line
	Joined bool // Body is a flattened table row: hard line breaks are not paragraphs
}

// splitResult is the text cut into a header (everything before the first
// item, so that no word is lost) and items, with how they were found.
type splitResult struct {
	Header []line
	Items  []rawItem
	Method string // numbered, references, headings, table, sections, whole
	// Starts are the candidates chosen as item starts, and Chains the best
	// sequence of every family, best first (for confidence and --explain).
	Starts []candidate
	Chains []chain
	Cands  []candidate
	Region int // the line where the minutes start (after an agenda front sheet)
	// Tail is an agenda pack's papers after the minutes (reports, a work
	// programme): no items of the minutes, kept as text outside them.
	Tail []line
}

// Item-finding methods, as reported in splitResult.Method and
// schema.Structure.Method.
const (
	MethodNumbered   = "numbered"   // a sequence of item numbers
	MethodReferences = "references" // headings each with an agenda reference "(Item N)"
	MethodHeadings   = "headings"   // unnumbered headings of one look
	MethodTable      = "table"      // a ModernGov item table flattened to text
	MethodSections   = "sections"   // no item structure found: the document's sections
	MethodWhole      = "whole"      // no structure at all: the whole text is one item
)

// minChainScore is the least score a chain needs to be taken as the
// items; below it the document is cut into sections or kept whole.
const minChainScore = 1.5

// gapWeight is the least weight of an unnumbered heading taken between
// two numbered items.
const gapWeight = 1.2

// minHeadingsScore is the least score of unnumbered headings taken as
// the items (at least two of them).
const minHeadingsScore = 0.5

// splitItems cuts the lines of a document into a header and items. It
// scores every line that could start an item (candidates.go), finds the
// best sequence of each numbering family or heading look (sequence.go),
// and takes the best one; failing that, the document's sections, or the
// whole text as one item.
func splitItems(ls []line) splitResult {
	if end := minutesEnd(ls, minutesStart(ls)); end < len(ls) {
		res := splitLines(ls[:end])
		res.Tail = ls[end:]
		if res.Method == MethodNumbered {
			res = moreMinutes(ls, end, res)
		}
		return res
	}
	return splitLines(ls)
}

// moreMinutes adds to a pack's first set of minutes, which end at line
// end, the items of the sets printed after it under the next agenda
// items' marks (a sub-committee's minutes, to note), each numbered in a
// sequence of its own. Their headings and the papers after them are kept
// in the tail, as text outside the items.
func moreMinutes(ls []line, end int, res splitResult) splitResult {
	var tail []line
	for end < len(ls) {
		next := nextMinutes(ls, end)
		if next < 0 {
			break
		}
		to := minutesEnd(ls, next)
		sub := splitLines(ls[next:to])
		if sub.Method != MethodNumbered || len(sub.Items) < 2 {
			break
		}
		tail = append(append(tail, ls[end:next]...), sub.Header...)
		res.Items = append(res.Items, sub.Items...)
		for _, c := range sub.Starts {
			c.Line += next
			res.Starts = append(res.Starts, c)
		}
		end = to
	}
	if tail != nil {
		res.Tail = append(tail, ls[end:]...)
	}
	return res
}

// splitLines is splitItems on the lines of one set of minutes.
func splitLines(ls []line) splitResult {
	if res, ok := splitTableRows(ls); ok {
		return res
	}
	from := minutesStart(ls)
	cs := findCandidates(ls, from, len(ls))
	chains := rankChains(cs)
	res := splitResult{Chains: chains, Cands: cs, Region: from}
	if len(chains) > 0 && acceptable(cs, chains[0]) && explainsMost(ls, from, cs[chains[0].Picks[0]].Line) {
		best := outermost(ls, from, cs, chains)
		picks := best.Picks
		switch {
		case best.Family == "ref":
			res.Method = MethodReferences
		case strings.HasPrefix(best.Family, "headings"):
			return headingItems(ls, cs, picks, res)
		default:
			res.Method = MethodNumbered
			picks = fillNumberGaps(cs, best.Family, picks)
			picks = takenOutOfOrder(cs, best.Family, picks)
			picks = letteredSubItems(cs, picks)
			picks = groupSubItems(ls, cs, picks)
			picks = pairTwins(ls, cs, picks)
			picks = fillGaps(ls, cs, picks)
			if twins := secondColumn(ls, cs, picks); twins != nil {
				return cutLongHeader(ls, cs, joinColumns(cutAt(ls, cs, append(picks, twins...), res), len(picks)))
			}
		}
		return cutLongHeader(ls, cs, cutAt(ls, cs, picks, res))
	}
	if sentenceHeadingsShown(ls, from, len(ls)) {
		// no structure found, but short sentence-case lines head the
		// text's paragraphs again and again: read them as headings
		// (all of them: the pattern, not each line's look, is the evidence)
		scs := findCandidatesIn(ls, from, len(ls), true)
		var picks []int
		for k, c := range scs {
			if c.Family == "" && c.Skip == 1 && sentenceHeading(ls, c.Line, from, len(ls)) {
				picks = append(picks, k)
			}
		}
		if len(picks) >= minSentenceHeadings && explainsMost(ls, from, scs[picks[0]].Line) {
			return headingItems(ls, scs, picks, splitResult{Chains: rankChains(scs), Cands: scs, Region: from})
		}
	}
	if picks := coarseSections(ls, cs, sectionStarts(cs)); len(picks) >= 2 {
		res.Method = MethodSections
		return cutAt(ls, cs, picks, res)
	}
	res.Method = MethodWhole
	res.Items = []rawItem{{Body: ls}}
	return res
}

// headingItems cuts the lines at the unnumbered headings picked.
func headingItems(ls []line, cs []candidate, picks []int, res splitResult) splitResult {
	res.Method = MethodHeadings
	picks = dropBareHeadings(ls, cs, picks)
	res = cutLongHeader(ls, cs, cutAt(ls, cs, picks, res))
	numbersBelowHeadings(res.Items)
	return res
}

// outermost returns the best chain, unless it is of sub-numbers ("(i)",
// "(a)", "5.1") printed inside the first item of an acceptable chain of
// whole numbers: sub-items nest inside items, so the outer numbering is
// the items ("1. Support Services Directorate", then "(a)", "(i)"…).
func outermost(ls []line, from int, cs []candidate, chains []chain) chain {
	best := chains[0]
	if !allSub(cs, best) {
		return best
	}
	start := cs[best.Picks[0]].Line
	for _, ch := range chains[1:] {
		if !allSub(cs, ch) && cs[ch.Picks[0]].Line < start && acceptable(cs, ch) && explainsMost(ls, from, cs[ch.Picks[0]].Line) {
			return ch
		}
	}
	return best
}

// allSub reports whether every item of a chain is a sub-number.
func allSub(cs []candidate, ch chain) bool {
	for _, k := range ch.Picks {
		if cs[k].Family == "" || !cs[k].Feats.has(fSub) {
			return false
		}
	}
	return true
}

// acceptable reports whether a chain is strong enough to be the items:
// enough score, and two items or one with a label, reference or heading.
func acceptable(cs []candidate, ch chain) bool {
	if strings.HasPrefix(ch.Family, "headings") {
		return len(ch.Picks) >= 2 && ch.Score >= minHeadingsScore
	}
	if ch.Score < minChainScore {
		return false
	}
	if len(ch.Picks) >= 2 {
		return true
	}
	c := cs[ch.Picks[0]]
	return c.Feats.has(fTitle) && (c.Feats&(fRef|fLabel|fMarkdown) != 0 || c.Family != "" && !c.Feats.has(fSub) && c.Feats.has(fBody))
}

// explainsMost reports whether items starting at line first would hold
// most of the words from line from: a reading that leaves most of a long
// text before its first item explains little of the document. A heading
// with attendance lists runs to a few hundred words.
func explainsMost(ls []line, from, first int) bool {
	before := wordCount(ls[from:first])
	return before <= 300 || float64(before) <= 0.5*float64(wordCount(ls[from:]))
}

// fillGaps adds to a numbered sequence the unnumbered headings printed
// just like its items (the same heading mark, bold, size, capitals and
// agenda reference, at the same indentation, not a table's row): "Public
// Forum" between minutes 4 and 5 of a parish council, but not "REASONS"
// in capitals inside a licensing decision.
func fillGaps(ls []line, cs []candidate, picks []int) []int {
	const look = fMarkdown | fBold | fLarge | fCaps | fRef
	counts := map[feature]int{}
	for _, k := range picks {
		counts[cs[k].Feats&look]++
	}
	var style feature
	for f, n := range counts {
		if n*10 >= len(picks)*7 { // shared by seven items in ten
			style = f
		}
	}
	if style == 0 {
		return picks
	}
	var indents []float64
	for _, k := range picks {
		indents = append(indents, float64(ls[cs[k].Line].Indent))
	}
	sort.Float64s(indents)
	indent := indents[len(indents)/2] // where the items' headings start
	level := itemsLevel(ls, cs, picks)
	gaps := map[int][]int{} // the headings taken after item n
	var tail []int          // those after the last item
	next := 0
	for k := range cs {
		if next < len(picks) && picks[next] == k {
			next++
			continue
		}
		c := cs[k]
		if next == 0 || c.Family != "" || c.Weight < gapWeight || c.Feats&look != style ||
			c.Feats.has(fDocHeading) || !c.Feats.has(fBody) || strings.Count(c.Title, ")") > strings.Count(c.Title, "(") || strings.Contains(ls[c.Line].Text, " | ") || ls[c.Line].Tab > 0 ||
			math.Abs(float64(ls[c.Line].Indent)-float64(indent)) > 1 || level > 0 && ls[c.Line].Level > level {
			continue // only between two items, never a signature after the last, a table's head, a sub-heading or a title's wrapped end "… 2018)"
		}
		if wrappedOn(ls, c.Line) {
			continue // a paragraph set in bold capitals, its lines apart: "… TO TACKLE THE RISING ISSUE" / "OF ANY SOCIAL BEHAVIOUR"
		}
		if next == len(picks) {
			tail = append(tail, k) // inside the last item: counted, never taken
			continue
		}
		before := picks[next-1]
		if g := gaps[next-1]; len(g) > 0 {
			before = g[len(g)-1]
		}
		last := cs[before]
		if j := nextNonBlank(ls, last.Line+last.Skip, c.Line); j >= 0 && j < c.Line {
			gaps[next-1] = append(gaps[next-1], k) // the item before has text of its own
		}
	}
	seen := map[string]int{} // how often each heading stands, the last item's included
	for _, g := range gaps {
		for _, k := range g {
			seen[strings.ToLower(cs[k].Title)]++
		}
	}
	for _, k := range tail {
		seen[strings.ToLower(cs[k].Title)]++
	}
	out := make([]int, 0, len(picks)+1)
	if k := leadHeading(ls, cs, picks[0], style, look, indent, level); k >= 0 {
		out = append(out, k)
	}
	for n, p := range picks {
		out = append(out, p)
		g := gaps[n]
		if len(g) > 0 && n+1 < len(picks) && consecutive(cs[p], cs[picks[n+1]]) && (len(g) > 1 && (allLabels(cs, g) || anyRepeated(cs, g, seen)) || allParts(cs, g)) {
			// A run of short headings between two items numbered one
			// after the other: the sub-headings of the first
			// ("Representations", "Evidence of the parties", "Reasons"),
			// where numbering that skips leaves room for unnumbered items
			// ("Highways", "Correspondence"). A run holding a heading
			// that stands again in another item ("Reasons" in case
			// after case of a hearing) is sub-headings however long its
			// others are ("Summary of the Licensing Officer's report").
			// One heading alone is a sub-heading when it names a part
			// of a minute ("Recommendations to Cabinet", "Reasons").
			continue
		}
		for _, k := range g {
			if seen[strings.ToLower(cs[k].Title)] == 1 { // not a sub-heading repeated in item after item
				out = append(out, k)
			}
		}
	}
	return out
}

// wrappedOn reports a line that goes on from a long line above it with
// no stop, colon or closing quote at its end: a paragraph's next line,
// set apart by the blank lines a converter put between its lines.
func wrappedOn(ls []line, i int) bool {
	j := prevNonBlank(ls, i-1, 2)
	if j < 0 {
		return false
	}
	t := strings.TrimSpace(ls[j].Text)
	if utf8.RuneCountInString(t) < 70 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return !strings.ContainsRune(".:;?!’'\")”)]", r)
}

// leadHeading returns the unnumbered heading printed just like the items
// (look, indentation, level) right above the first of them, with text of
// its own: the public's session a parish or town council holds before
// its first minute ("Public participation", "Open forum"); -1 when there
// is none. An attendance label ("Present"), a part's heading ("PART I",
// "Unrestricted items"), the document's title or a dated line is none.
func leadHeading(ls []line, cs []candidate, first int, style, look feature, indent float64, level int8) int {
	k := first - 1
	if k < 0 {
		return -1
	}
	c := cs[k]
	t := strings.TrimSpace(c.Title)
	if c.Family != "" || c.Weight < gapWeight || c.Feats&look != style || c.Feats.has(fDocHeading) || !c.Feats.has(fBody) ||
		ls[c.Line].Tab > 0 || strings.Contains(ls[c.Line].Text, " | ") || math.Abs(float64(ls[c.Line].Indent)-indent) > 1 ||
		level > 0 && ls[c.Line].Level != level || labelLine.MatchString(t) || leadNotItem.MatchString(t) || len(findDates(t)) > 0 {
		return -1
	}
	if j := nextNonBlank(ls, c.Line+c.Skip, cs[first].Line); j < 0 || j >= cs[first].Line {
		return -1 // no text of its own: a title over the items
	}
	return k
}

// leadNotItem is a heading above a document's first item that is no item
// of its own: a part or session of the meeting, the document's title.
var leadNotItem = regexp.MustCompile(`(?i)^(?:part\b|section\b|(?:un)?restricted\b|exempt\b|confidential\b|open (?:business|items|session)\b|public (?:business|items)\b|items?\b|business\b|(?:draft |approved |confirmed )?minutes\b|agenda\b|notes?\b|record\b|summary\b)`)

// partHeading is the name of a part of a minute printed as a heading of
// its own: what was recommended, resolved or decided and why, to whom.
// Between two minutes numbered one after the other it is no item.
var partHeading = regexp.MustCompile(`(?i)^(?:recommendations?|resolved|resolutions?|decisions?|reasons?(?: for (?:the )?(?:decisions?|recommendations?))?|alternative options(?: considered)?|actions? agreed)` +
	`(?: (?:to|of|for) (?:the )?(?:cabinet|council|full council|executive|board|committee|panel|mayor|leader|portfolio holder|cabinet member))?:?$`)

// allParts reports headings that each name a part of a minute.
func allParts(cs []candidate, ks []int) bool {
	for _, k := range ks {
		if !partHeading.MatchString(strings.TrimSpace(cs[k].Title)) {
			return false
		}
	}
	return true
}

// allLabels reports headings of five words or fewer each: the labels of
// an item's parts, not the subjects of items of their own ("Update on
// Rural Development Programme (Mr. Dara McGuigan)").
func allLabels(cs []candidate, ks []int) bool {
	for _, k := range ks {
		if len(strings.Fields(cs[k].Title)) > 5 {
			return false
		}
	}
	return true
}

// anyRepeated reports whether one of the headings ks stands more than
// once in the document: a sub-heading repeated in item after item.
func anyRepeated(cs []candidate, ks []int, seen map[string]int) bool {
	for _, k := range ks {
		if seen[strings.ToLower(cs[k].Title)] > 1 {
			return true
		}
	}
	return false
}

// consecutive reports two items numbered one after the other in the
// first one's family.
func consecutive(a, b candidate) bool {
	x, okA := keyIn(a, a.Family)
	y, okB := keyIn(b, a.Family)
	return okA && okB && stepSize(a.Family, x, y) == 1
}

// itemsLevel is the heading level (Markdown or HTML) the items' headings
// share, 0 when they are no headings or of mixed levels: a heading deeper
// than the items' own ("### Decision" under "## 4. Title") is a
// sub-heading, never an item.
func itemsLevel(ls []line, cs []candidate, picks []int) int8 {
	var level int8
	for _, k := range picks {
		l := ls[cs[k].Line]
		if !l.Heading || level != 0 && l.Level != level {
			return 0
		}
		level = l.Level
	}
	return level
}

// pairTwins joins an item printed twice with one number, as bilingual
// minutes print it in two columns ("1. Croeso ac ymddiheuriadau", then
// "1. Welcome and apologies"): the item starts at the first of the two
// and its title is both, "Croeso ac ymddiheuriadau / Welcome and
// apologies". A twin has the chosen item's number and family, another
// title, and lies after the item before it with at most 300 words
// between the two.
func pairTwins(ls []line, cs []candidate, picks []int) []int {
	out := append([]int(nil), picks...)
	for n, k := range picks {
		c := cs[k]
		floor := 0
		if n > 0 {
			floor = cs[picks[n-1]].Line + cs[picks[n-1]].Skip
		}
		for j := k - 1; j >= 0 && cs[j].Line >= floor; j-- {
			t := cs[j]
			if t.Family != c.Family || t.Key != c.Key || !t.Feats.has(fTitle) || !c.Feats.has(fTitle) ||
				strings.EqualFold(t.Title, c.Title) || wordCount(ls[t.Line:c.Line]) > 300 {
				continue
			}
			t.Title = t.Title + " / " + c.Title
			cs[j] = t
			out[n] = j
			break
		}
	}
	return out
}

// secondColumn finds the twins of the chosen items printed after the
// last of them, in order: bilingual minutes in a table of two columns
// read one column after the other ("112. Ymddiheuriadau" … "118. …",
// then "112. Apologies" … "118. …"). Every item must have its twin (same
// number and family, another title), the second sequence must stop where
// the first does, and the two columns must hold about as many words (a
// report's sections after a parish's items are no translation); nil when
// they do not.
func secondColumn(ls []line, cs []candidate, picks []int) []int {
	if len(picks) < 3 {
		return nil
	}
	var twins []int
	j := picks[len(picks)-1] + 1
	for _, k := range picks {
		c := cs[k]
		for j < len(cs) && !(cs[j].Family == c.Family && cs[j].Key == c.Key && cs[j].Number == c.Number) {
			j++
		}
		if j == len(cs) || !cs[j].Feats.has(fTitle) || strings.EqualFold(cs[j].Title, c.Title) {
			return nil
		}
		twins = append(twins, j)
		j++
	}
	last := cs[picks[len(picks)-1]]
	for ; j < len(cs); j++ {
		if cs[j].Family == last.Family && cs[j].Feats.has(fTitle) {
			return nil // the numbers go on: another sequence, not a translation
		}
	}
	first := wordCount(ls[cs[picks[0]].Line:cs[twins[0]].Line])
	second := wordCount(ls[cs[twins[0]].Line:])
	if second*2 < first || second > first*2 {
		return nil
	}
	return twins
}

// joinColumns folds the second column's items (res.Items[n:]) into the
// first's: "Ymddiheuriadau / Apologies", the twin's number and text after
// the item's own, so that every word stays with its item.
func joinColumns(res splitResult, n int) splitResult {
	for i := 0; i < n && n+i < len(res.Items); i++ {
		it, twin := &res.Items[i], res.Items[n+i]
		it.Title = it.Title + " / " + twin.Title
		// a new slice: the body is the document's lines, which an append would overwrite
		it.Body = append(append([]line(nil), it.Body...), line{})
		it.Body = append(it.Body, parseLine(strings.TrimSpace(twin.Said+" "+twin.Number)))
		it.Body = append(it.Body, twin.Body...)
	}
	res.Items, res.Starts = res.Items[:n], res.Starts[:n]
	return res
}

// sectionStarts are the headings to cut a document into when it has no
// item structure: every unnumbered heading with positive weight, and
// every titled number, in order.
func sectionStarts(cs []candidate) []int {
	// Plain lines head sections only where two or more of them name
	// agenda business ("Apologies", "Date of Next Meeting"), not in an
	// OCR'd text whose stray short lines ("For Councillor X") look alike.
	agenda := 0
	for _, c := range cs {
		if plainLine(c) && c.Feats.has(fAgendaWord) {
			agenda++
		}
	}
	var out []int
	end := -1
	for k, c := range cs {
		if c.Weight <= 0 || !c.Feats.has(fTitle) || c.Feats.has(fDocHeading) || c.Line < end {
			continue
		}
		if plainLine(c) && agenda < 2 {
			continue
		}
		out = append(out, k)
		end = c.Line + c.Skip
	}
	return out
}

// plainLine reports an unnumbered heading with no typography and no
// agenda reference: a short line of a typed text (plainHeading).
func plainLine(c candidate) bool {
	return c.Number == "" && c.Ref < 0 && c.Feats&(fBold|fCaps|fMarkdown|fLarge) == 0
}

// minSectionWords is the fewest words a section keeps to itself when a
// text is cut at its headings: a shorter one (a table's caption, its
// bold total row, a signature) joins the section before it.
const minSectionWords = 40

// coarseSections drops the section starts whose sections would hold
// fewer than minSectionWords words, so that a budget's tables, cut at
// every bold caption and total, stay in the section that presents them.
// No text is dropped: a short section's lines join the one before.
func coarseSections(ls []line, cs []candidate, picks []int) []int {
	var out []int
	for n, k := range picks {
		end := len(ls)
		if n+1 < len(picks) {
			end = cs[picks[n+1]].Line
		}
		if len(out) > 0 && wordCount(ls[cs[k].Line:end]) < minSectionWords {
			continue
		}
		out = append(out, k)
	}
	return out
}

// dropBareHeadings drops the unnumbered headings with no text of their
// own before the next one, a table's column heads ("Year",
// "Levy Funded", "Revenue") printed in bold like the headings: their
// words join the item before. A standard agenda title keeps its place
// even with no text ("Apologies" then "None"). The first heading is kept
// unless it is a table's head row ("Item / discussion | Action") over
// two or more headings: its words then stay in the text before them.
func dropBareHeadings(ls []line, cs []candidate, picks []int) []int {
	out := picks[:1:1]
	if first := cs[picks[0]]; len(picks) >= 3 && strings.Contains(ls[first.Line].Text, " | ") && first.Rest == "" &&
		wordCount(ls[min(first.Line+first.Skip, cs[picks[1]].Line):cs[picks[1]].Line]) == 0 {
		out = out[:0]
	}
	for n, k := range picks[1:] {
		c := cs[k]
		end := len(ls)
		if n+2 < len(picks) {
			end = cs[picks[n+2]].Line
		}
		body := wordCount(ls[min(c.Line+c.Skip, end):end])
		if c.Rest != "" {
			body += len(strings.Fields(c.Rest))
		}
		if body == 0 && !c.Feats.has(fAgendaWord) {
			continue
		}
		out = append(out, k)
	}
	return out
}

// headerKeep is how many lines of a long text before the first item stay
// its header (heading, attendance) when the rest is cut into items.
const headerKeep = 200

// cutLongHeader cuts a text of over maxItemWords words before the first
// item (a long document whose numbered items start late) into its
// sections, or else into one item, so that no part of a document is a
// book in one piece: its first lines stay the header.
func cutLongHeader(ls []line, cs []candidate, res splitResult) splitResult {
	first := len(res.Header)
	if wordCount(res.Header[res.Region:]) <= maxItemWords {
		return res
	}
	keep := min(first, res.Region+headerKeep)
	var before []int
	for _, k := range sectionStarts(cs) {
		if c := cs[k]; c.Line >= keep && c.Line+c.Skip <= first {
			before = append(before, k)
		}
	}
	var items []rawItem
	if len(before) == 0 || cs[before[0]].Line > keep {
		end := first
		if len(before) > 0 {
			end = cs[before[0]].Line
		}
		items = append(items, rawItem{Body: ls[keep:end]})
	}
	for n, k := range before {
		c := cs[k]
		end := first
		if n+1 < len(before) {
			end = cs[before[n+1]].Line
		}
		items = append(items, rawItem{Number: c.Number, Said: c.Said, Title: c.Title, Body: ls[c.Line+c.Skip : end]})
	}
	res.Header = ls[:keep]
	res.Items = append(items, res.Items...)
	return res
}

// cutAt cuts the lines at the chosen candidates: the header is every line
// before the first, each item runs to the next.
func cutAt(ls []line, cs []candidate, picks []int, res splitResult) splitResult {
	first := cs[picks[0]].Line
	res.Header = ls[:first]
	for n, k := range picks {
		c := cs[k]
		end := len(ls)
		if n+1 < len(picks) {
			end = cs[picks[n+1]].Line
		}
		from := min(c.Line+c.Skip, end)
		body := ls[from:end]
		if c.Rest != "" {
			body = append([]line{parseLine(c.Rest)}, body...)
		}
		it := rawItem{Number: c.Number, Said: c.Said, Title: c.Title, Body: body}
		if c.Ref >= 0 && c.Skip > 0 && refLine.MatchString(ls[c.Line+c.Skip-1].Text) {
			it.Ref = ls[c.Line+c.Skip-1].Text
		}
		res.Items = append(res.Items, it)
		res.Starts = append(res.Starts, c)
	}
	return res
}
