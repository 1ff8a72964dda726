//go:build linux

package engine

import "syscall"

// dropPages takes the pages of a read-only file mapping out of the
// process's resident set (madvise MADV_DONTNEED): they stay in the page
// cache, and a later read maps them again from there, so the data is
// unchanged; only the process stops holding them.
func dropPages(b []byte) {
	if len(b) > 0 {
		_ = syscall.Madvise(b, syscall.MADV_DONTNEED) // advice only: nothing to do if refused
	}
}
