package pdftext

import (
	"context"
	"os"
	"testing"
)

func BenchmarkExtract(b *testing.B) {
	fi, err := os.Stat(kentPDF)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(fi.Size())
	for b.Loop() {
		if _, err := Extract(context.Background(), kentPDF, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkExtractLong(b *testing.B) {
	for b.Loop() {
		if _, err := Extract(context.Background(), "testdata/long.pdf", Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
