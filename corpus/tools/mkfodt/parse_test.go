package main

import (
	"bufio"
	"bytes"
	"reflect"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	src := "# KENT COUNTY COUNCIL\n\nMINUTES of a\nmeeting held\n\n- 2. Mrs **Whittle**\n  - a) in response\n| Ref | Owner |\n|---|---|\n| 13 | Chair |\n::: columns\ntext\n:::\n::: pagebreak\n"
	blocks, err := parse(bufio.NewScanner(strings.NewReader(src)))
	if err != nil {
		t.Fatal(err)
	}
	want := []block{
		{kind: heading, level: 1, text: "KENT COUNTY COUNCIL"},
		{kind: paragraph, text: "MINUTES of a meeting held"},
		{kind: listItem, level: 1, text: "2. Mrs Whittle"},
		{kind: listItem, level: 2, text: "a) in response"},
		{kind: tableRow, cells: []string{"Ref", "Owner"}},
		{kind: tableRow, cells: []string{"13", "Chair"}},
		{kind: columnsStart},
		{kind: paragraph, text: "text"},
		{kind: columnsEnd},
		{kind: pageBreak},
	}
	if !reflect.DeepEqual(blocks, want) {
		t.Errorf("parse:\n got %+v\nwant %+v", blocks, want)
	}
}

func TestHyphenate(t *testing.T) {
	tests := map[string]string{
		"short":         "short",
		"recruitment":   "rec\u00adrui\u00adtment",
		"a&#39;bcdefgh": "a&#39;bcdefgh",
	}
	for in, want := range tests {
		if got := hyphenate(in); got != want {
			t.Errorf("hyphenate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWriteRejectsUnbalancedColumns(t *testing.T) {
	var buf bytes.Buffer
	err := write(bufio.NewWriter(&buf), []block{{kind: columnsEnd}}, options{fontSize: 11})
	if err == nil {
		t.Fatal("write accepted \":::\" without \"::: columns\"")
	}
}

func TestWriteFooterFields(t *testing.T) {
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	if err := write(w, []block{{kind: paragraph, text: "R&D <ok>"}}, options{header: "Kent", footer: "Page %n of %m", fontSize: 11}); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	out := buf.String()
	for _, s := range []string{"<text:page-number", "<text:page-count>", "R&amp;D &lt;ok&gt;", ">Kent</text:p>"} {
		if !strings.Contains(out, s) {
			t.Errorf("output lacks %q", s)
		}
	}
}
