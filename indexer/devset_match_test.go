package indexer

import (
	"regexp"
	"strings"
)

// The matching rules of ../shared/real-docs/score.py, so that the dev set
// and the real documents are scored alike.

var (
	titleRef      = regexp.MustCompile(`\((?:ref|item)[^)]*\)`)
	titlePunct    = regexp.MustCompile(`[^\p{L}\p{N}_' ]+`)
	sittingBodies = regexp.MustCompile(`^(?:full|county|city|borough|district|parish|town|community)? ?council(?: meeting)?$`)
)

// normTitle lower-cases a title and drops "(Item N)" references and punctuation.
func normTitle(t string) string {
	t = titleRef.ReplaceAllString(strings.ToLower(t), " ")
	t = titlePunct.ReplaceAllString(strings.ReplaceAll(t, "\u2019", "'"), " ")
	return strings.Join(strings.Fields(t), " ")
}

// sameTitle reports whether an extracted title is the expected one: equal
// after normalising, one the other plus trailing words, or nearly equal at
// the start and not much longer.
func sameTitle(a, b string) bool {
	a, b = normTitle(a), normTitle(b)
	if a == "" || b == "" {
		return false
	}
	short, long := []rune(a), []rune(b)
	if len(long) < len(short) {
		short, long = long, short
	}
	s, l := string(short), string(long)
	if a == b || (len(strings.Fields(s)) >= 2 && strings.HasPrefix(l, s+" ")) {
		return true
	}
	head := long[:min(len(long), len(short)+3)]
	return matchRatio(short, head) >= 0.85 && float64(len(long)) <= 2.2*float64(len(short))+12
}

// sameName reports whether a council or committee name is the expected one:
// both a plain "Council" sitting, or three quarters of the shorter name's
// words shared.
func sameName(got, want string) bool {
	g, w := normTitle(got), normTitle(want)
	if sittingBodies.MatchString(g) && sittingBodies.MatchString(w) {
		return true
	}
	gs, ws := nameWords(g), nameWords(w)
	if len(gs) == 0 || len(ws) == 0 {
		return false
	}
	shared := 0
	for word := range gs {
		if ws[word] {
			shared++
		}
	}
	return float64(shared)/float64(min(len(gs), len(ws))) >= 0.75
}

func nameWords(s string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(s) {
		if w != "the" && w != "of" && w != "and" {
			set[w] = true
		}
	}
	return set
}

// matchItems pairs extracted titles with expected ones in order (the
// longest common subsequence under sameTitle) and returns the pairs as
// indexes into got and want.
func matchItems(got, want []string) [][2]int {
	L := make([][]int, len(got)+1)
	for i := range L {
		L[i] = make([]int, len(want)+1)
	}
	for i := len(got) - 1; i >= 0; i-- {
		for j := len(want) - 1; j >= 0; j-- {
			if sameTitle(got[i], want[j]) {
				L[i][j] = L[i+1][j+1] + 1
			} else {
				L[i][j] = max(L[i+1][j], L[i][j+1])
			}
		}
	}
	var pairs [][2]int
	for i, j := 0, 0; i < len(got) && j < len(want); {
		switch {
		case sameTitle(got[i], want[j]) && L[i][j] == L[i+1][j+1]+1:
			pairs = append(pairs, [2]int{i, j})
			i, j = i+1, j+1
		case L[i+1][j] >= L[i][j+1]:
			i++
		default:
			j++
		}
	}
	return pairs
}

// matchRatio is Python's difflib.SequenceMatcher(None, a, b).ratio(): twice
// the characters in matching blocks over the total length, with difflib's
// rule that characters making up over 1% of a long b are not used to start
// a match.
func matchRatio(a, b []rune) float64 {
	if len(a)+len(b) == 0 {
		return 1
	}
	b2j := map[rune][]int{}
	for j, r := range b {
		b2j[r] = append(b2j[r], j)
	}
	if len(b) >= 200 {
		limit := len(b)/100 + 1
		for r, js := range b2j {
			if len(js) > limit {
				delete(b2j, r)
			}
		}
	}
	matched := 0
	queue := [][4]int{{0, len(a), 0, len(b)}}
	for len(queue) > 0 {
		q := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		alo, ahi, blo, bhi := q[0], q[1], q[2], q[3]
		i, j, k := longestMatch(a, b, b2j, alo, ahi, blo, bhi)
		if k == 0 {
			continue
		}
		matched += k
		if alo < i && blo < j {
			queue = append(queue, [4]int{alo, i, blo, j})
		}
		if i+k < ahi && j+k < bhi {
			queue = append(queue, [4]int{i + k, ahi, j + k, bhi})
		}
	}
	return 2 * float64(matched) / float64(len(a)+len(b))
}

// longestMatch is difflib's find_longest_match without a junk function.
func longestMatch(a, b []rune, b2j map[rune][]int, alo, ahi, blo, bhi int) (int, int, int) {
	besti, bestj, best := alo, blo, 0
	j2len := map[int]int{}
	for i := alo; i < ahi; i++ {
		next := map[int]int{}
		for _, j := range b2j[a[i]] {
			if j < blo {
				continue
			}
			if j >= bhi {
				break
			}
			k := j2len[j-1] + 1
			next[j] = k
			if k > best {
				besti, bestj, best = i-k+1, j-k+1, k
			}
		}
		j2len = next
	}
	for besti > alo && bestj > blo && a[besti-1] == b[bestj-1] {
		besti, bestj, best = besti-1, bestj-1, best+1
	}
	for besti+best < ahi && bestj+best < bhi && a[besti+best] == b[bestj+best] {
		best++
	}
	return besti, bestj, best
}
