package terminal

import (
	"testing"
	"unicode/utf8"
)

func TestEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"kent/cpp/2013-12-13.pdf", "kent/cpp/2013-12-13.pdf"},
		{"Children’s Services – Comité", "Children’s Services – Comité"},
		{"a\x1b]0;pwned\x07b", `a\x1b]0;pwned\x07b`},
		{"\x1b[2J\x1b[H", `\x1b[2J\x1b[H`},
		{"x.txt\nfiles seen 0, indexed 0", `x.txt\nfiles seen 0, indexed 0`},
		{"a\rb\tc", `a\rb\tc`},
		{"del\x7f", `del\x7f`},
		{"c1\u009b31m", `c1\u009b31m`},
		{"bad\xffutf8\xc3", `bad\xffutf8\xc3`},
		{"real \uFFFD kept", "real \uFFFD kept"},
		{"rtl\u202eexe.pdf", `rtl\u202eexe.pdf`},
		{"line\u2028sep", `line\u2028sep`},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Escape(tt.in); got != tt.want {
			t.Errorf("Escape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzEscape(f *testing.F) {
	for _, s := range []string{"plain", "a\x1b[31mb", "\xff\xfe", "x\u202ey", "\u0085"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Escape(s)
		if !utf8.ValidString(got) {
			t.Fatalf("Escape(%q) = %q is not UTF-8", s, got)
		}
		for _, r := range got {
			if unsafe(r) {
				t.Fatalf("Escape(%q) = %q keeps %U", s, got, r)
			}
		}
		if Escape(got) != got {
			t.Errorf("Escape is not stable on %q", got)
		}
	})
}
