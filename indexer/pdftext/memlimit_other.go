//go:build !unix

package pdftext

// limitMemory does nothing where there are no resource limits; the child
// is still killed when the file is given up.
func limitMemory(n int64) error { return nil }
