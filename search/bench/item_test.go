package bench

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestJSONLRoundTrip(t *testing.T) {
	items := generate(t, 5, 300)
	var buf bytes.Buffer
	jw := NewJSONLWriter(&buf)
	for _, it := range items {
		if err := jw.Write(it); err != nil {
			t.Fatal(err)
		}
	}
	if err := jw.Flush(); err != nil {
		t.Fatal(err)
	}
	if lines := strings.Count(buf.String(), "\n"); lines != len(items) {
		t.Fatalf("%d lines for %d items", lines, len(items))
	}
	var back []Item
	if err := ReadJSONL(&buf, "items.jsonl", func(it Item) error { back = append(back, it); return nil }); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(items, back) {
		t.Fatal("items read back differ from the items written")
	}
}

func TestReadJSONLErrors(t *testing.T) {
	good := `{"id":"a","council":"Kent County Council","committee":"Panel","date":"2020-01-02","topics":[],"title":"T","text":"x","decisions":""}`
	tests := []struct {
		name, input, want string
		items             int
	}{
		{"good with blank lines", good + "\n\n  \n" + good + "\n", "", 2},
		{"no final newline", good, "", 1},
		{"bad json", good + "\n{\"id\":", "items.jsonl:2:", 1},
		{"bad date", strings.Replace(good, "2020-01-02", "2 Jan 2020", 1), "items.jsonl:1: date \"2 Jan 2020\"", 0},
		{"no council", strings.Replace(good, "Kent County Council", "", 1), "items.jsonl:1: council is empty", 0},
		{"no committee", strings.Replace(good, `"Panel"`, `""`, 1), "items.jsonl:1: committee is empty", 0},
		{"no text", strings.Replace(strings.Replace(good, `"T"`, `""`, 1), `"x"`, `""`, 1), "title and text are both empty", 0},
		{"wrong type", strings.Replace(good, `"topics":[]`, `"topics":"ofsted"`, 1), "items.jsonl:1:", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := 0
			err := ReadJSONL(strings.NewReader(tt.input), "items.jsonl", func(Item) error { n++; return nil })
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("unexpected error: %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Fatalf("error %v, want one containing %q", err, tt.want)
			}
			if n != tt.items {
				t.Errorf("%d items read, want %d", n, tt.items)
			}
		})
	}
}

func TestReadJSONLStopsOnYieldError(t *testing.T) {
	stop := errors.New("stop")
	in := strings.Repeat(`{"council":"C","committee":"P","date":"2020-01-02","text":"x"}`+"\n", 3)
	n := 0
	err := ReadJSONL(strings.NewReader(in), "f", func(Item) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Fatalf("err %v after %d items, want stop after 1", err, n)
	}
}

func FuzzReadJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a","council":"C","committee":"P","date":"2020-01-02","topics":["x"],"title":"T","text":"x","decisions":"d"}`))
	f.Add([]byte("\n\n{}\n"))
	f.Add([]byte(`{"date":"2020-13-40"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		_ = ReadJSONL(bytes.NewReader(data), "fuzz", func(it Item) error {
			if it.check() != nil {
				t.Fatalf("ReadJSONL yielded an item that fails check: %+v", it)
			}
			return nil
		})
	})
}
