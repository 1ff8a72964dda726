//go:build unix

package indexer

import "syscall"

// openNoBlock keeps an open of a file swapped for a named pipe from
// waiting for a writer; the pipe is then refused as not a regular file.
const openNoBlock = syscall.O_NONBLOCK
