package indexer

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/councilminutes/minutes/search/schema"
)

var (
	// The line that opens one side of a recorded vote: "For", "FOR:",
	// "For (21)", "Against 16", "Abstentions: 2", "In favour - 12",
	// "**Against**", "Tá"/"Níl"/"Staon" (Irish), with the members on
	// that side after it or on the lines below.
	voteSide = regexp.MustCompile(`^(?i)(for|against|abstain(?:ed|ing|ers)?|abstentions?|in\s+favour|voting\s+(?:for|against)|tá|níl|staon)(?:\s+the\s+(?:motion|amendment|proposal|recommendations?|resolution))?\s*[:\-–—]?\s*(?:\(\s*(\d{1,3})\s*\)|(\d{1,3})\b)?\s*[:\-–—.]?\s*(.*)$`)
	// "There were no abstentions", "There was one abstention".
	noAbstentions = regexp.MustCompile(`(?i)\bthere\s+(?:were|was)\s+(no|one|two|three|four|five|\d{1,2})\s+abstentions?\b`)
	// Counts in a sentence: "For 21, Against 16, Abstentions 2", "(For:
	// 12; Against: 3)", "21 votes for and 16 against", "by 21 votes to
	// 16 with 2 abstentions".
	countsNamed = regexp.MustCompile(`(?i)\b(?:for|in\s+favour)\s*[:\-–]?\s*\(?(\d{1,3})\)?\s*[,;]?\s*(?:and\s+)?against\s*[:\-–]?\s*\(?(\d{1,3})\)?(?:\s*[,;]?\s*(?:and\s+)?(?:abstentions?|abstain(?:ed|ing)?)\s*[:\-–]?\s*\(?(\d{1,3})\)?)?`)
	countsFirst = regexp.MustCompile(`(?i)\b(\d{1,3})\s+(?:votes?\s+)?(?:for|in\s+favour)(?:\s+of\s+the\s+\w+)?\s*[,;]?\s*(?:and\s+|with\s+)?(\d{1,3})\s+(?:votes?\s+)?against(?:\s*[,;]?\s*(?:and\s+|with\s+)?(\d{1,3}|no|one|two|three)\s+abstentions?)?`)
	countsBy    = regexp.MustCompile(`(?i)\bby\s+(\d{1,3})\s+votes?\s+to\s+(\d{1,3})(?:[,\s]+with\s+(\d{1,3}|no|one|two|three)\s+abstentions?)?`)
)

// numberWords are the counts of abstentions written in words.
var numberWords = map[string]int{"no": 0, "none": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}

// count reads a count in figures or words; -1 when there is none.
func count(s string) int {
	if s == "" {
		return -1
	}
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	if n, ok := numberWords[strings.ToLower(s)]; ok {
		return n
	}
	return -1
}

// voteBlock is a recorded vote printed as lists: lines [start, end) of
// the minute, the counts and names of each side.
type voteBlock struct {
	start, end int
	votes      schema.Votes
}

// sideOf is the side of a vote a voteSide word names: "for", "against",
// "abstain".
func sideOf(w string) string {
	w = strings.ToLower(w)
	switch {
	case strings.HasPrefix(w, "against"), w == "níl", w == "voting against":
		return "against"
	case strings.HasPrefix(w, "abst"), w == "staon":
		return "abstain"
	}
	return "for"
}

// voteBlocks finds the recorded votes of a minute printed as a list of
// sides, each with its count or its members: "For (21)" and the names
// below it, "Against:" and its names "(38)", "There were no
// abstentions". A block needs a counted For side and an Against or
// Abstain side, or a count printed with its For side. The names of an election ("For Mr. A") are
// no For side.
func voteBlocks(lines []string) []voteBlock {
	var out []voteBlock
	for i := 0; i < len(lines); i++ {
		b, ok := readVoteBlock(lines, i)
		if !ok {
			continue
		}
		out = append(out, b)
		i = b.end - 1
	}
	return out
}

// readVoteBlock reads a vote block starting at line i, if one does.
func readVoteBlock(lines []string, i int) (voteBlock, bool) {
	side, n, rest, ok := voteSideLine(lines[i])
	if !ok || side != "for" {
		return voteBlock{}, false
	}
	b := voteBlock{start: i}
	explicit := n >= 0 // "For (21)": a count printed with the side
	seen := map[string]bool{}
	counted := map[string]bool{} // sides with a count
	j := i
	for {
		names := rest
		k := j + 1
		// the members of this side: on the lines below, up to the next side
		for ; k < len(lines) && k < j+40; k++ {
			t := strings.TrimSpace(strings.Trim(strings.TrimSpace(lines[k]), "*"))
			if t == "" {
				continue
			}
			if _, _, _, isSide := voteSideLine(lines[k]); isSide || !namesLike(t) || noAbstentions.MatchString(t) {
				break
			}
			names = strings.TrimSpace(names + ", " + t)
		}
		if m := closingCount.FindString(names); n < 0 && m != "" && strings.Contains(m, "(") {
			n = count(strings.Trim(m, "()*., -"))
		}
		people := parsePeople(names)
		if n < 0 && len(people) > 0 {
			n = len(people)
		}
		if n >= 0 && !seen[side] {
			b.set(side, n, people)
			seen[side], counted[side] = true, true
		}
		b.end = k
		// the next line: another side, a note of abstentions, or the end
		for k < len(lines) && strings.TrimSpace(lines[k]) == "" {
			k++
		}
		if k >= len(lines) {
			break
		}
		if m := noAbstentions.FindStringSubmatch(lines[k]); m != nil {
			b.votes.Abstain, seen["abstain"] = count(m[1]), true
			b.end = k + 1
			break
		}
		next, nn, nrest, isSide := voteSideLine(lines[k])
		if !isSide || seen[next] {
			break
		}
		side, n, rest, j = next, nn, nrest, k
	}
	return b, counted["for"] && (seen["against"] || seen["abstain"] || explicit)
}

// set records one side's count and names.
func (b *voteBlock) set(side string, n int, people []schema.Person) {
	var names []string
	for _, p := range people {
		names = append(names, p.Name)
	}
	switch side {
	case "for":
		b.votes.For, b.votes.ForNames = n, names
	case "against":
		b.votes.Against, b.votes.AgainstNames = n, names
	default:
		b.votes.Abstain, b.votes.AbstainNames = n, names
	}
}

// voteSideLine reads a line that opens a side of a vote: its side, its
// count (-1 when none) and the names after it. A line whose rest is a
// sentence, or one candidate's name ("For Mr. Peter Casey"), is none.
func voteSideLine(l string) (side string, n int, rest string, ok bool) {
	t := strings.TrimSpace(strings.ReplaceAll(l, "*", ""))
	m := voteSide.FindStringSubmatch(t)
	if m == nil {
		return "", -1, "", false
	}
	n = count(m[2])
	if n < 0 {
		n = count(m[3])
	}
	rest = strings.TrimSpace(m[4])
	if rest != "" {
		f := strings.Fields(rest)
		plural := pluralTitles[strings.ToLower(strings.TrimRight(f[0], ".:"))]
		if !namesLike(rest) || (!plural && !strings.Contains(rest, ",") && n < 0) {
			return "", -1, "", false
		}
	}
	return sideOf(m[1]), n, rest, true
}

// inlineVotes reads the counts of a vote given in a sentence.
func inlineVotes(s string) (*schema.Votes, bool) {
	if !mentions(s, "against", "vote") {
		return nil, false
	}
	for _, re := range []*regexp.Regexp{countsNamed, countsFirst, countsBy} {
		if m := re.FindStringSubmatch(s); m != nil {
			v := &schema.Votes{For: count(m[1]), Against: count(m[2])}
			if a := count(m[3]); a > 0 {
				v.Abstain = a
			}
			return v, true
		}
	}
	return nil, false
}
