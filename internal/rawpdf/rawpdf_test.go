package rawpdf

import (
	"bytes"
	"fmt"
	"testing"
)

// TestWriteOffsets checks that every entry of the cross-reference table
// points at its object and that startxref points at the table.
func TestWriteOffsets(t *testing.T) {
	objects := []string{"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"}
	b := Write(objects...)
	xref := bytes.Index(b, []byte("xref\n"))
	if !bytes.HasSuffix(b, []byte(fmt.Sprintf("startxref\n%d\n%%%%EOF\n", xref))) {
		t.Fatalf("startxref does not point at the table at %d:\n%s", xref, b)
	}
	for i := range objects {
		var off int
		entry := b[xref+len("xref\n0 3\n0000000000 65535 f \n")+20*i:]
		if _, err := fmt.Sscanf(string(entry[:10]), "%d", &off); err != nil {
			t.Fatal(err)
		}
		if want := fmt.Sprintf("%d 0 obj\n%s", i+1, objects[i]); !bytes.HasPrefix(b[off:], []byte(want)) {
			t.Errorf("entry %d points at %q, want %q", i+1, b[off:off+20], want)
		}
	}
}
