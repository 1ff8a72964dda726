package textenc

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDecode(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		html    bool
		want    string
		charset string
		note    string
		err     error
	}{
		{"utf-8", "caf\xc3\xa9 \xc2\xa3", false, "café £", "utf-8", "", nil},
		{"utf-8 bom", "\xef\xbb\xbfhello", false, "hello", "utf-8", "", nil},
		{"utf-16le bom", "\xff\xfeh\x00i\x00\xa3\x00", false, "hi£", "utf-16le", "decoded as UTF-16", nil},
		{"utf-16be bom", "\xfe\xff\x00h\x00i", false, "hi", "utf-16be", "decoded as UTF-16", nil},
		{"windows-1252", "\xa3100 for the Children\x92s Services", false, "£100 for the Children’s Services", "windows-1252", "not valid UTF-8: decoded as Windows-1252", nil},
		// the whole file decides, not its first few kilobytes
		{"windows-1252 late", strings.Repeat("a ", 5000) + "\x92", false, strings.Repeat("a ", 5000) + "’", "windows-1252", "not valid UTF-8: decoded as Windows-1252", nil},
		{"utf-16le without bom", "M\x00i\x00n\x00u\x00t\x00e\x00s\x00\n\x00", false, "Minutes\n", "utf-16le", "no byte-order mark: decoded as UTF-16 by its zero bytes", nil},
		// a web page's declaration counts when its bytes are not UTF-8 ...
		{"declared windows-1250", "<meta charset=\"windows-1250\"><p>\xa3ukasz", true, "<meta charset=\"windows-1250\"><p>Łukasz", "windows-1250", "not valid UTF-8: decoded as windows-1250, as the page declares", nil},
		{"declared iso-8859-1", "<meta charset=\"iso-8859-1\"><p>Caf\xe9", true, "<meta charset=\"iso-8859-1\"><p>Café", "windows-1252", "not valid UTF-8: decoded as Windows-1252", nil},
		// ... never in a text file, and never over bytes that read as UTF-8
		{"declaration in text", "<meta charset=\"windows-1250\"> \xa3", false, "<meta charset=\"windows-1250\"> £", "windows-1252", "not valid UTF-8: decoded as Windows-1252", nil},
		{"declared but utf-8", "<meta charset=\"windows-1250\"><p>Łukasz", true, "<meta charset=\"windows-1250\"><p>Łukasz", "utf-8", "", nil},
		{"binary", "\x00\x01\x02\x03binary", false, "", "", "", ErrBinary},
		{"control characters", "a\x01b\x02c\x03d\x04e\x05", false, "", "", "", ErrBinary},
		{"nul in windows-1252", "caf\xe9\x00", false, "", "", "", ErrBinary},
	}
	for _, tt := range tests {
		got, err := Decode([]byte(tt.in), tt.html)
		if !errors.Is(err, tt.err) {
			t.Errorf("%s: error %v; want %v", tt.name, err, tt.err)
			continue
		}
		if got.Text != tt.want || got.Charset != tt.charset || got.Note != tt.note {
			t.Errorf("%s: Decode = %q, %q, %q; want %q, %q, %q", tt.name, got.Text, got.Charset, got.Note, tt.want, tt.charset, tt.note)
		}
	}
}

// FuzzDecode: any bytes give valid UTF-8 text or an error, never a panic.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{"café", "\xff\xfeh\x00", "caf\xe9", "<meta charset=\"koi8-r\">\xe9", "M\x00i\x00n\x00u\x00"} {
		f.Add([]byte(s), true)
	}
	f.Fuzz(func(t *testing.T, data []byte, html bool) {
		got, err := Decode(data, html)
		if err == nil && !utf8.ValidString(got.Text) {
			t.Errorf("Decode(%q) = %q, not UTF-8", data, got.Text)
		}
	})
}
