package indexer

import (
	"regexp"
	"strings"
)

// emailField is a line of an e-mail's header as a mail program prints
// it above the text of a message pasted, forwarded or saved as a page:
// "From: Clerk <clerk@…>", "Sent: Thursday, March 20, 2025 4:02 PM".
var emailField = regexp.MustCompile(`(?i)^(from|sent|date|to|cc|bcc|subject|importance|attachments)\s*:\s*\S`)

// afterEmailHeader returns the line after the last e-mail header block
// (From, then Sent or Date, To and Subject: three fields or more, From
// among them, on consecutive lines) between lines from and to, when some
// text follows it before to: the minutes under a covering e-mail start
// there, and the e-mail's note and sent date above are not their heading.
// It returns from when there is none.
func afterEmailHeader(ls []line, from, to int) int {
	end := from
	for i := from; i < to; i++ {
		fields, hasFrom := 0, false
		j := i
		for ; j < to && j-i < 10; j++ {
			m := emailField.FindStringSubmatch(ls[j].Text)
			if m == nil {
				break
			}
			fields++
			hasFrom = hasFrom || strings.EqualFold(m[1], "from")
		}
		if fields >= 3 && hasFrom {
			if k := nextNonBlank(ls, j, to-j); k >= 0 && k < to {
				end = j
			}
		}
		i = j
	}
	return end
}
