package main

import "os"

// pdfChildCommand is the hidden subcommand in which the minutes binary
// reads one PDF's text layer for its parent (pdftext.Options.Child), with
// its memory capped, killed when the file is given up. A PDF the PDF
// library cannot read in bounded memory or time then costs that process
// only, not the indexing run or the server.
const pdfChildCommand = "pdftext-child"

// pdfChild returns the command that starts the PDF reader's child: this
// binary with the hidden subcommand, or nil (read in this process) when
// the binary cannot be found.
func pdfChild() []string {
	exe, err := os.Executable()
	if err != nil {
		return nil
	}
	return []string{exe, pdfChildCommand}
}
