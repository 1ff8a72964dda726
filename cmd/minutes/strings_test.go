package main

import "strings"

func containsFold(s, sub string) bool {
	return strings.Contains(strings.ToLower(strings.Join(strings.Fields(s), " ")), strings.ToLower(sub))
}

func join(ss []string) string { return strings.Join(ss, " ") }
