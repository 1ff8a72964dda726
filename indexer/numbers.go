package indexer

import "strings"

// numberKey tells a number's style and its place in an increasing
// sequence: "29" is plain 290, "5.1" dotted 5001, "IV" roman 4,
// "CPP/17/22" slash:CPP/17 22.
func numberKey(n string) (family string, key int, ok bool) {
	switch {
	case strings.Contains(n, "/"):
		i := strings.LastIndex(n, "/")
		k := atoi(n[i+1:])
		return "slash:" + n[:i], k, k >= 0
	case strings.Contains(n, "."):
		i := strings.Index(n, ".")
		a, b := atoi(n[:i]), atoi(n[i+1:])
		return "dotted", a*1000 + b, a >= 0 && b >= 0
	case n[0] >= '0' && n[0] <= '9':
		digits := strings.TrimRightFunc(n, func(r rune) bool { return r < '0' || r > '9' })
		k := atoi(digits) * 30
		if len(digits) < len(n) {
			k += int(strings.ToLower(n[len(digits):])[0]-'a') + 1
		}
		return "plain", k, true
	default:
		v := romanValue(n)
		return "roman", v, v > 0
	}
}

// romanValue reads a Roman numeral written in canonical form ("IV", not
// "IIII"), up to 150; 0 when s is not one.
func romanValue(s string) int {
	vals := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100}
	total := 0
	for i := 0; i < len(s); i++ {
		v := vals[s[i]]
		if i+1 < len(s) && vals[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	if total <= 0 || total > 150 || toRoman(total) != s {
		return 0
	}
	return total
}

// toRoman writes n as a Roman numeral.
func toRoman(n int) string {
	var b strings.Builder
	for _, p := range []struct {
		v int
		s string
	}{{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for n >= p.v {
			b.WriteString(p.s)
			n -= p.v
		}
	}
	return b.String()
}
