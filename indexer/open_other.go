//go:build !unix

package indexer

// openNoBlock is needed only where named pipes can stand in for files.
const openNoBlock = 0
