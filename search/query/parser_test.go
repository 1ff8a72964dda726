package query

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/internal/golden"
)

func TestParseGolden(t *testing.T) {
	queries := []string{
		``,
		`   `,
		`ofsted`,
		`foster carers`,
		`adoption OR fostering`,
		`adoption | fostering`,
		`(adoption OR fostering) placement`,
		`adoption -agency`,
		`adoption -"agency staff"`,
		`+ofsted inspection`,
		`NOT ofsted`,
		`"care leavers" housing`,
		`safeguard*`,
		`title:ofsted`,
		`title:"care leavers"`,
		`title:(adoption OR fostering)`,
		`council:kent committee:corporate-parenting-panel`,
		`topic:ofsted AND staffing`,
		`Staffing - update`,
		`co-opted members`,
		`4:00 pm`,
		`“curly quotes”`,
		`a OR b c OR d`,
		`((a))`,
	}
	var b strings.Builder
	for _, q := range queries {
		n, err := Parse(q)
		if err != nil {
			fmt.Fprintf(&b, "%s\n\terror: %v\n", q, err)
			continue
		}
		fmt.Fprintf(&b, "%s\n\t%s\n", q, n)
	}
	golden.Check(t, filepath.Join("testdata", "parse.golden"), []byte(b.String()))
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		query string
		want  string // part of the message
	}{
		{`(adoption OR fostering`, "unbalanced parenthesis at position 1"},
		{`adoption OR fostering)`, "unbalanced parenthesis at position 22"},
		{`"care leavers`, "unterminated phrase starting at position 1"},
		{`*ster`, "leading wildcard refused at position 1"},
		{`foster *`, "leading wildcard refused at position 8"},
		{`fo*`, "too short"},
		{`fo*ster`, "only at the end of a word at position 3"},
		{`OR adoption`, "OR at position 1 has nothing on its left"},
		{`adoption OR`, "OR at position 10 has nothing on its right"},
		{`titel:ofsted`, `unknown field "titel" at position 1`},
		{`title:`, "field title: at position 1 has no value"},
		{`kind:"minute books"`, "is not a kind of paper"},
		{`care kind:zzz`, `kind "zzz" at position 11 is not a kind of paper (known: minutes, agenda, report, decision)`},
		{`kind:minutes`, ""},
		{`kind:Agenda`, ""},
		{`kind:(minutes OR report)`, ""},
		{`kind:rep*`, ""},
		{`()`, "empty parentheses at position 1"},
		{`adoption -`, ""}, // a lone dash is punctuation: no error
		{strings.Repeat("a ", 70), "too many terms"},
		{strings.Repeat("x", MaxLength+1), "the limit is 1000"},
		{strings.Repeat("(", 10) + "a" + strings.Repeat(")", 10), "nested deeper"},
	}
	for _, tt := range tests {
		_, err := Parse(tt.query)
		if tt.want == "" {
			if err != nil {
				t.Errorf("Parse(%q) = %v, want no error", tt.query, err)
			}
			continue
		}
		if err == nil {
			t.Errorf("Parse(%q): no error, want %q", tt.query, tt.want)
			continue
		}
		if !errors.Is(err, ErrSyntax) {
			t.Errorf("Parse(%q) error %v does not wrap ErrSyntax", tt.query, err)
		}
		if !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Parse(%q) error %q, want it to contain %q", tt.query, err, tt.want)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{`ofsted`, `(a OR b) -c`, `title:"x y"`, `safe*`, `"unterminated`, `a | (b`, `council:(kent OR luton)`, `+a -b NOT c`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := Parse(s)
		if err != nil {
			if !errors.Is(err, ErrSyntax) {
				t.Fatalf("Parse(%q) error %v does not wrap ErrSyntax", s, err)
			}
			return
		}
		if n == nil {
			t.Fatalf("Parse(%q) returned nil node and nil error", s)
		}
		_ = n.String()
		_ = Build(n, Options{})
		if _, err := Relax(s, Options{}); err != nil {
			t.Fatalf("Relax(%q): %v after Parse succeeded", s, err)
		}
		m, err := NewMarker(s, Options{})
		if err != nil {
			t.Fatalf("NewMarker(%q): %v after Parse succeeded", s, err)
		}
		text := "The care of children, O’Brien's wind farm: " + s
		last := 0
		for _, sp := range m.Spans(FieldText, text) {
			if sp[0] < last || sp[1] <= sp[0] || sp[1] > len(text) {
				t.Fatalf("NewMarker(%q): span %v out of order in %q", s, sp, text)
			}
			last = sp[1]
		}
	})
}
