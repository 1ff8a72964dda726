//go:build !linux

package engine

// dropPages does nothing where MADV_DONTNEED's meaning for a file mapping
// (the pages read again from the file) is not Linux's.
func dropPages([]byte) {}
