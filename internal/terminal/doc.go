// Package terminal makes text from files, manifests and councils' sites
// safe to print on an operator's terminal: Escape writes control
// characters as visible escapes, so a name can neither send the terminal
// a command (retitle it, clear it, move the cursor) nor start a line of
// its own.
package terminal
