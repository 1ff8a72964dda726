package web

import "strings"

// councilName is a council's name for a page, or "Council unknown".
func councilName(name string) string {
	if strings.TrimSpace(name) == "" {
		return "Council unknown"
	}
	return name
}

// committeeName is a committee's name for a page, or "Committee unknown".
func committeeName(name string) string {
	if strings.TrimSpace(name) == "" {
		return "Committee unknown"
	}
	return name
}
