package pdftext

import (
	"html"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

// words returns the multiset of words of text: lower case, punctuation
// removed from inside and around each whitespace-separated token.
func words(text string) map[string]int {
	out := make(map[string]int)
	for _, f := range strings.Fields(strings.ToLower(text)) {
		w := strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return r
			}
			return -1
		}, f)
		if w != "" {
			out[w]++
		}
	}
	return out
}

// wordF1 is the F1 score of got's words against want's, as multisets.
func wordF1(got, want string) (f1, precision, recall float64) {
	g, w := words(got), words(want)
	var ng, nw, common int
	for k, n := range g {
		ng += n
		common += min(n, w[k])
	}
	for _, n := range w {
		nw += n
	}
	if ng == 0 || nw == 0 {
		return 0, 0, 0
	}
	precision = float64(common) / float64(ng)
	recall = float64(common) / float64(nw)
	if common == 0 {
		return 0, precision, recall
	}
	return 2 * precision * recall / (precision + recall), precision, recall
}

// sourceText reads a fixture's source as plain text: Markdown markup
// lines ("::: columns") dropped, HTML tags removed; other markup is
// punctuation to wordF1.
func sourceText(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read source: %v", err)
	}
	var keep []string
	for _, l := range strings.Split(string(data), "\n") {
		if !strings.HasPrefix(strings.TrimSpace(l), ":::") {
			keep = append(keep, l)
		}
	}
	text := strings.Join(keep, "\n")
	if strings.HasSuffix(path, ".html") {
		text = html.UnescapeString(htmlTag.ReplaceAllString(htmlTitle.ReplaceAllString(text, ""), " "))
	}
	return text
}

var (
	htmlTag   = regexp.MustCompile(`<[^>]*>`)
	htmlTitle = regexp.MustCompile(`(?s)<head>.*</head>`)
)

var pageFooter = regexp.MustCompile(`(?m)^Page \d+ of \d+$`)

// popplerText is pdftotext's text of a PDF with the running header line
// and the page footers we printed removed, so that both sides are judged
// on the minutes alone.
func popplerText(t *testing.T, path, header string) string {
	t.Helper()
	bin := requireTool(t, "pdftotext")
	out, err := exec.Command(bin, "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return withoutRunning(string(out), header)
}

// withoutRunning removes the running header line and the page footers
// the fixtures print from text.
func withoutRunning(text, header string) string {
	text = pageFooter.ReplaceAllString(text, "")
	if header != "" {
		text = strings.ReplaceAll(text, header, "")
	}
	return text
}

// requireTool returns the path of a program, skipping the test when it is
// missing, except on CI (CI=true) where a missing tool fails the test.
func requireTool(t testing.TB, name string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err == nil {
		return path
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s is required on CI: %v", name, err)
	}
	t.Skipf("%s not installed: %v", name, err)
	return ""
}

func TestWordF1Helper(t *testing.T) {
	tests := []struct {
		got, want string
		f1        float64
	}{
		{"The Panel, noted.", "the panel noted", 1},
		{"a b", "a b c d", 2 * 1 * 0.5 / 1.5},
		{"", "a", 0},
		{"x y", "a b", 0},
		{"well-qualified staff", "wellqualified staff", 1},
	}
	for _, tt := range tests {
		if f1, _, _ := wordF1(tt.got, tt.want); f1 < tt.f1-1e-9 || f1 > tt.f1+1e-9 {
			t.Errorf("wordF1(%q, %q) = %v, want %v", tt.got, tt.want, f1, tt.f1)
		}
	}
}
