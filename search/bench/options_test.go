package bench

import (
	"flag"
	"strings"
	"testing"
)

func TestOptionsFlags(t *testing.T) {
	var o Options
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	o.Flags(fs)
	if err := fs.Parse([]string{"--items", "500", "--clients", "3", "--write-jsonl", "x.jsonl", "--baseline=false"}); err != nil {
		t.Fatal(err)
	}
	if o.Items != 500 || o.Clients != 3 || o.WriteJSONL != "x.jsonl" || o.Baseline || o.Queries != DefaultQueries {
		t.Fatalf("parsed %+v", o)
	}
	var d Options
	d.Flags(flag.NewFlagSet("bench", flag.ContinueOnError))
	if d.Items != DefaultItems || d.Clients != DefaultClients || !d.Baseline || d.Batch != DefaultBatch {
		t.Fatalf("defaults %+v", d)
	}
}

func TestOptionsCheck(t *testing.T) {
	tests := []struct {
		opts Options
		want string
	}{
		{Options{}, ""},
		{Options{Items: -1}, "--items"},
		{Options{Clients: -2}, "--clients"},
		{Options{Queries: -2}, "--queries"},
		{Options{Batch: -1}, "--batch"},
		{Options{JSONL: "a", WriteJSONL: "b"}, "--jsonl and --write-jsonl"},
	}
	for _, tt := range tests {
		o, err := tt.opts.withDefaults()
		if tt.want == "" {
			if err != nil || o.Items != DefaultItems || o.Clients != DefaultClients {
				t.Errorf("%+v: %v, %+v", tt.opts, err, o)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%+v: error %v, want one naming %s", tt.opts, err, tt.want)
		}
	}
}
