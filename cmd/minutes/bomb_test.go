package main

import (
	"bytes"
	"compress/zlib"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/councilminutes/minutes/indexer"
	"github.com/councilminutes/minutes/internal/rawpdf"
)

// maxIndexRSS is the peak resident memory `minutes index` may reach on a
// corpus holding decompression bombs.
const maxIndexRSS = 1 << 30

// TestIndexContainsHostilePDFs runs `minutes index` on a corpus of two
// real minutes and two hostile PDFs built here: a 1.6 MB file whose content
// stream inflates to 256 MiB of text operators, and a 300-byte file whose
// cross-reference table would make the PDF library allocate terabytes
// (which ended the whole process before PDFs were read in a child). The
// hostile files must be reported as failed, the others indexed, and the
// run must stay within maxIndexRSS, its children included.
func TestIndexContainsHostilePDFs(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 256 MiB decompression bomb")
	}
	dir := t.TempDir()
	corpusDir := filepath.Join(dir, "corpus")
	committee := filepath.Join(corpusDir, "testshire", "cabinet")
	if err := os.MkdirAll(committee, 0o755); err != nil {
		t.Fatal(err)
	}
	for src, dst := range map[string]string{
		"kent/corporate-parenting-panel/2013-12-13.pdf":                "2013-12-13.pdf",
		"luton/scrutiny-children-services-review-group/2021-03-02.pdf": "2021-03-02.pdf",
	} {
		data, err := os.ReadFile(filepath.Join(bundledCorpus, src))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(committee, dst), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	writeFile(t, filepath.Join(committee, "2024-01-01.pdf"), inflatingPDF(256<<20))
	writeFile(t, filepath.Join(committee, "2024-02-01.pdf"), hugeXrefPDF())

	report := filepath.Join(dir, "report.json")
	cmd := child("index", "--corpus", corpusDir, "--index", filepath.Join(dir, "index"),
		"--file-timeout", "60s", "--report", report)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("minutes index: %v\n%s", err, out)
	}
	rss := cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss << 10 // kilobytes on Linux
	t.Logf("peak RSS %d MiB, %v user, %v system", rss>>20, cmd.ProcessState.UserTime(), cmd.ProcessState.SystemTime())
	if rss > maxIndexRSS {
		t.Errorf("peak RSS %d MiB, want under %d MiB", rss>>20, maxIndexRSS>>20)
	}
	data, err := os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}
	var sum indexer.Summary
	if err := json.Unmarshal(data, &sum); err != nil {
		t.Fatal(err)
	}
	failed := map[string]string{}
	for _, f := range sum.Failures {
		failed[f.File] = f.Reason
	}
	for _, f := range []string{"testshire/cabinet/2024-01-01.pdf", "testshire/cabinet/2024-02-01.pdf"} {
		if !strings.Contains(failed[f], "too much content") {
			t.Errorf("%s: failure %q, want too much content", f, failed[f])
		}
	}
	if sum.Indexed != 2 || sum.Failed != 2 {
		t.Errorf("indexed %d, failed %d; want the 2 real minutes indexed and the 2 hostile files failed\n%s", sum.Indexed, sum.Failed, out)
	}
}

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// inflatingPDF is a one-page PDF whose content stream inflates to n bytes
// of text operators.
func inflatingPDF(n int) []byte {
	var z bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&z, zlib.BestSpeed)
	chunk := []byte(strings.Repeat("(AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA) Tj ", 1<<10))
	zw.Write([]byte("BT /F1 10 Tf 72 700 Td "))
	for written := 0; written < n; written += len(chunk) {
		zw.Write(chunk)
	}
	zw.Close()
	return rawpdf.Write(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R /Resources << /Font << /F1 3 0 R >> >> >>",
		fmt.Sprintf("<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream", z.Len(), z.Bytes()))
}

// hugeXrefPDF has a cross-reference section numbered near a trillion.
func hugeXrefPDF() []byte {
	data := rawpdf.Write("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>")
	i := bytes.Index(data, []byte("trailer"))
	return append(append(data[:i:i], "999999999999 1\n0000000009 00000 n \n"...), data[i:]...)
}
