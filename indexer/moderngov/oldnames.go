package moderngov

import (
	"regexp"
	"strings"
)

// retiredMark is what a ModernGov site adds to the title of a committee
// it has replaced or stopped, keeping its meetings listed: "Corporate
// Parenting Panel (Old)", "Cabinet (OLD)", "Audit Committee - old",
// "Scrutiny Board (Archived)", "Planning Committee (pre May 2019)",
// "Children's Panel (until 2021)", "Schools Forum (2014-2019)".
var retiredMark = regexp.MustCompile(`(?i)\s*(?:[(\[]\s*(?:old|archived?|historic(?:al)?|former|defunct|disbanded|expired|inactive|no longer (?:meets|in use)|(?:pre|prior to|before|until|to)[ -][^()\[\]]{1,30}|\d{4}\s*[-–]\s*\d{2,4})\s*[)\]]|\s[-–]\s*(?:old|archived?|historic(?:al)?|former))\s*$`)

// storedName is the name a committee's minutes are stored and indexed
// under: its title without the mark of a retired committee, so that the
// minutes of "Corporate Parenting Panel (Old)" and of the "Corporate
// Parenting Panel" that replaced it are one committee, as they are to
// those who read them across the years. The title itself (which
// --committee patterns match, and progress lines show) keeps the mark.
// Two meetings on one day stay apart (nameApart).
func (c committee) storedName() string {
	name := strings.TrimSpace(retiredMark.ReplaceAllString(c.Title, ""))
	if name == "" {
		return c.Title
	}
	return name
}
