package pdftext

import (
	"bytes"
	"testing"
)

func TestRebuildXref(t *testing.T) {
	for _, c := range []struct {
		name, in string
		ok       bool
		root     string
	}{
		{"objects and a trailer", "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n", true, "/Root 1 0 R"},
		{"catalog found without a trailer", "%PDF-1.4\n7 0 obj\n<< /Pages 8 0 R /Type /Catalog >>\nendobj\n8 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n", true, "/Root 7 0 R"},
		{"a root that is no object", "%PDF-1.4\n2 0 obj\n<< >>\nendobj\ntrailer << /Root 9 0 R >>", false, ""},
		{"no objects", "%PDF-1.4\nnothing here", false, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			out, ok := rebuildXref([]byte(c.in))
			if ok != c.ok {
				t.Fatalf("ok = %v, want %v", ok, c.ok)
			}
			if ok && (!bytes.HasPrefix(out, []byte(c.in)) || !bytes.Contains(out, []byte("trailer\n<< /Size")) || !bytes.Contains(out, []byte(c.root))) {
				t.Errorf("rebuilt file %q; want the input, a table and a trailer with %s", out, c.root)
			}
		})
	}
}

// FuzzRebuildXref: any bytes give a rebuilt file that starts with them,
// or none, never a panic.
func FuzzRebuildXref(f *testing.F) {
	f.Add([]byte("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n"))
	f.Add([]byte("1 0 obj 2 0 obj /Type/Catalog 99999999 0 obj /Root 1 0 R /ID [<00> <01>] /Encrypt 3 0 R"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if out, ok := rebuildXref(data); ok && !bytes.HasPrefix(out, data) {
			t.Fatal("rebuilt file does not start with the input")
		}
	})
}
