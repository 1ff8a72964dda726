package moderngov

import "testing"

func TestStoredName(t *testing.T) {
	for title, want := range map[string]string{
		"Corporate Parenting Panel (Old)":              "Corporate Parenting Panel",
		"Cabinet (OLD)":                                "Cabinet",
		"Audit Committee - old":                        "Audit Committee",
		"Scrutiny Board [Archived]":                    "Scrutiny Board",
		"Planning Committee (pre May 2019)":            "Planning Committee",
		"Children's Panel (until 2021)":                "Children's Panel",
		"Schools Forum (2014-2019)":                    "Schools Forum",
		"Health Scrutiny Panel (Historic)":             "Health Scrutiny Panel",
		"Corporate Parenting Panel":                    "Corporate Parenting Panel",
		"Old Town Area Committee":                      "Old Town Area Committee",
		"Children and Young People (Scrutiny)":         "Children and Young People (Scrutiny)",
		"Licensing Sub-Committee (Hackney Carriages)":  "Licensing Sub-Committee (Hackney Carriages)",
		"Pension Fund Committee (Local Pension Board)": "Pension Fund Committee (Local Pension Board)",
		"(Old)": "(Old)",
		"Scrutiny Commission - Children and Families": "Scrutiny Commission - Children and Families",
	} {
		if got := (committee{Title: title}).storedName(); got != want {
			t.Errorf("storedName(%q) = %q, want %q", title, got, want)
		}
	}
}
