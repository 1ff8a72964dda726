// Package progress shows how far a long run has got: files indexed,
// councils fetched, items written. On a terminal it keeps one live line,
// rewritten in place, with what is done, the rate and the time left;
// anywhere else (a log file, a pipe, a test) it writes a plain line now
// and then. Log lines written through the Printer appear above the live
// line instead of tearing it. Names shown in the line are escaped with
// internal/terminal, so a council's site cannot send the terminal
// commands.
//
// The commands fetch, index and bench share it.
package progress
