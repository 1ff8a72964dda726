package web

import (
	"fmt"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"
)

// checkRawQuery refuses a query string that no form or link of ours
// makes and that handlers would otherwise read silently: a %-escape that
// is not one (Go's parser drops the whole parameter), bytes that are not
// UTF-8, or a control character (NUL, ESC, DEL, C1; tab, newline and
// carriage return are allowed, as pasted text holds them). The error
// names the parameter, as every 400 does.
func checkRawQuery(raw string) error {
	for part := range strings.SplitSeq(raw, "&") {
		if part == "" {
			continue
		}
		rawName, rawValue, _ := strings.Cut(part, "=")
		name, err := url.QueryUnescape(rawName)
		if err != nil {
			return badParam(rawName, "the name is not %%-escaped properly")
		}
		if err := checkText(name); err != nil {
			return badParam(name, "the name %s", err)
		}
		value, err := url.QueryUnescape(rawValue)
		if err != nil {
			return badParam(name, "the value is not %%-escaped properly (%s)", err)
		}
		if err := checkText(value); err != nil {
			return badParam(name, "the value %s", err)
		}
	}
	return nil
}

// checkText says what makes s unfit as a parameter's name or value.
func checkText(s string) error {
	if !utf8.ValidString(s) {
		return fmt.Errorf("is not valid UTF-8")
	}
	for _, r := range s {
		if unicode.IsControl(r) && r != '\t' && r != '\n' && r != '\r' {
			return fmt.Errorf("holds the control character %U", r)
		}
	}
	return nil
}
