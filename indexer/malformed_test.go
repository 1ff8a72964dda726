package indexer

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/search/schema"
)

func writeTemp(t *testing.T, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestExtractMalformed checks that bad input gives a clear error naming
// the file, or a meeting with warnings, and never a panic.
func TestExtractMalformed(t *testing.T) {
	binary := make([]byte, 4096)
	for i := range binary {
		binary[i] = byte(i * 7)
	}
	tests := []struct {
		name    string
		file    string
		data    []byte
		opts    ExtractOptions
		wantErr string // substring of the error; "" for no error
		isErr   error
		warning string // substring of a warning when there is no error
	}{
		{name: "zero bytes", file: "empty.txt", data: nil, wantErr: "empty file"},
		{name: "binary", file: "minutes.txt", data: binary, wantErr: "looks binary"},
		{name: "blank text", file: "blank.txt", data: []byte("\n\n   \n"), wantErr: "no text"},
		{name: "fake pdf", file: "minutes.pdf", data: []byte("this is not a pdf"), isErr: ErrUnsupported},
		{name: "broken pdf", file: "broken.pdf", data: []byte("%PDF-1.4\n1 0 obj garbage"), wantErr: "broken.pdf"},
		{name: "fake docx", file: "minutes.docx", data: []byte("PK\x03\x04 not really a zip"), wantErr: "docx"},
		{name: "unknown extension", file: "minutes.xlsx", data: []byte("PK\x03\x04"), isErr: ErrUnsupported},
		{name: "other xml", file: "feed.xml", data: []byte("<?xml version=\"1.0\"?><rss></rss>"), isErr: ErrUnsupported},
		{name: "too large", file: "big.txt", data: []byte(strings.Repeat("word ", 100)), opts: ExtractOptions{MaxBytes: 10}, wantErr: "larger than"},
		{name: "html without items", file: "page.html", data: []byte("<html><body><p>No items.</p></body></html>"), warning: "no agenda items found"},
		{name: "html without structure", file: "page.html", data: []byte("<html><body><p>The committee met and talked about a number of things without any agenda.</p></body></html>"), warning: "whole text is one item"},
		{name: "html without text", file: "empty.html", data: []byte("<html><body><script>x()</script></body></html>"), wantErr: "no text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeTemp(t, tt.file, tt.data)
			m, err := Extract(context.Background(), path, tt.opts)
			switch {
			case tt.wantErr != "" || tt.isErr != nil:
				if err == nil {
					t.Fatalf("no error; want one (meeting %+v)", m)
				}
				if !strings.Contains(err.Error(), path) {
					t.Errorf("error %q does not name the file", err)
				}
				if tt.wantErr != "" && !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("error %q; want it to say %q", err, tt.wantErr)
				}
				if tt.isErr != nil && !errors.Is(err, tt.isErr) {
					t.Errorf("error %q is not %v", err, tt.isErr)
				}
			default:
				if err != nil {
					t.Fatalf("Extract: %v", err)
				}
				if !strings.Contains(strings.Join(m.Warnings, "\n"), tt.warning) {
					t.Errorf("warnings %q; want one saying %q", m.Warnings, tt.warning)
				}
			}
		})
	}
}

// TestExtractMetadataSources checks where the council and date come from
// when a manifest entry or file name says something.
func TestExtractMetadataSources(t *testing.T) {
	kent, err := os.ReadFile("testdata/seeds/003_8be5532615bc3ab7.txt")
	if err != nil {
		t.Fatal(err)
	}
	central, err := os.ReadFile("testdata/seeds/000_fc41dadad03eceb3.txt")
	if err != nil {
		t.Fatal(err)
	}
	base := testOptions(t)
	tests := []struct {
		name       string
		file       string
		data       []byte
		entry      *corpus.Entry
		council    string
		date       string
		dateSource string
		warning    string
	}{
		{"manifest agrees", "kent.txt", kent, &corpus.Entry{Council: "Kent", Committee: "Corporate Parenting Panel", Date: "2013-12-13"},
			"kent", "2013-12-13", schema.DateFromManifest, ""},
		{"manifest disagrees", "kent.txt", kent, &corpus.Entry{Council: "Kent", Date: "2013-12-14"},
			"kent", "2013-12-14", schema.DateFromManifest, "differs from the date in the text 2013-12-13"},
		{"manifest date not a date", "kent.txt", kent, &corpus.Entry{Council: "Kent", Date: "9999-99-99"},
			"kent", "2013-12-13", schema.DateFromText, `the manifest's date "9999-99-99" is not a date`},
		{"manifest date in another form", "2018-01-22.txt", central, &corpus.Entry{Date: "22/01/2018"},
			"central-bedfordshire", "2018-01-22", schema.DateFromFilename, `the manifest's date "22/01/2018" is not a date`},
		{"date from file name", "2018-01-22.txt", central, nil,
			"central-bedfordshire", "2018-01-22", schema.DateFromFilename, "guessed from"},
		{"date from source URL", "minutes.txt", central, &corpus.Entry{SourceURL: "https://example.org/minutes/2018-01-22/cpp.pdf"},
			"central-bedfordshire", "2018-01-22", schema.DateInferred, "inferred from the source URL"},
		{"body dates are not meeting dates", "minutes.txt", central, nil,
			"central-bedfordshire", "", schema.DateUnknown, "meeting date unknown"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := base
			opts.Entry = tt.entry
			m, err := Extract(context.Background(), writeTemp(t, tt.file, tt.data), opts)
			if err != nil {
				t.Fatal(err)
			}
			if m.CouncilSlug != tt.council || m.Date != tt.date || m.DateSource != tt.dateSource {
				t.Errorf("council %q date %q (%s); want %q %q (%s)", m.CouncilSlug, m.Date, m.DateSource, tt.council, tt.date, tt.dateSource)
			}
			if tt.warning != "" && !strings.Contains(strings.Join(m.Warnings, "\n"), tt.warning) {
				t.Errorf("warnings %q; want one saying %q", m.Warnings, tt.warning)
			}
			if m.SourcePath != tt.file || m.ID == "" || m.Items[0].ID == "" {
				t.Errorf("ids not assigned: file %q id %q", m.SourcePath, m.ID)
			}
		})
	}
}

// TestCouncilOption checks that the user's --council wins and is normalised.
func TestCouncilOption(t *testing.T) {
	opts := testOptions(t)
	opts.Council = "LUTON BOROUGH COUNCIL"
	m, err := Extract(context.Background(), "testdata/seeds/004_e8740f46709c5b46.txt", opts)
	if err != nil {
		t.Fatal(err)
	}
	if m.Council != "Luton Borough Council" || m.CouncilSlug != "luton" {
		t.Errorf("council = %q (%s); want Luton Borough Council (luton)", m.Council, m.CouncilSlug)
	}
}
