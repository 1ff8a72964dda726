package inspections

import (
	"errors"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/councilminutes/minutes/search/schema"
)

// The forms of a register's codes and web domains.
var (
	onsCode = regexp.MustCompile(`^[A-Z]\d{8}$`)
	digits  = regexp.MustCompile(`^\d+$`)
	domain  = regexp.MustCompile(`^[a-z0-9-]+(\.[a-z0-9-]+)+$`)
)

// ImportRegister reads a register of authorities from CSV, validating
// every row, with the column mapping of Import. A missing slug is made
// from the name (schema.CouncilSlug). Neighbours may be given as slugs,
// DfE codes or ONS codes, separated by ";" or ","; each must be an
// authority of the file. Rows that fail (a field missing or malformed, a
// slug or code given twice, a neighbour not in the file) come back as
// RowErrors and are left out.
func ImportRegister(r io.Reader, mapping map[string]string) ([]Authority, []RowError, error) {
	return readRegister(r, mapping, false)
}

type registerRow struct {
	line       int
	a          Authority
	neighbours []string // as written
}

func readRegister(r io.Reader, mapping map[string]string, strict bool) ([]Authority, []RowError, error) {
	var rows []registerRow
	bad, err := readTable(r, mapping, RegisterColumns, registerRequired, func(line int, row map[string]string) error {
		a, neighbours, err := authorityFromRow(row, strict)
		if err == nil {
			rows = append(rows, registerRow{line: line, a: a, neighbours: neighbours})
		}
		return err
	}, nil)
	if err != nil {
		return nil, bad, err
	}
	rows, more := linkNeighbours(rows)
	bad = append(bad, more...)
	sort.SliceStable(bad, func(i, j int) bool { return bad[i].Line < bad[j].Line })
	out := make([]Authority, len(rows))
	for i, row := range rows {
		out[i] = row.a
	}
	return out, bad, nil
}

// authorityFromRow builds an authority from one row, all but its
// neighbours, which it returns as written.
func authorityFromRow(row map[string]string, strict bool) (Authority, []string, error) {
	var errs []error
	a := Authority{
		Name:    strings.Join(strings.Fields(row["name"]), " "),
		URN:     row["urn"],
		LACode:  row["la_code"],
		ONSCode: strings.ToUpper(row["ons_code"]),
		Region:  strings.Join(strings.Fields(row["region"]), " "),
		Domain:  strings.ToLower(row["domain"]),
		Source:  strings.Join(strings.Fields(row["source"]), " "),
	}
	if a.Name == "" {
		errs = append(errs, errors.New("name is empty"))
	}
	a.Slug = row["slug"]
	switch {
	case a.Slug == "" && strict:
		errs = append(errs, errors.New("slug is empty"))
	case a.Slug == "":
		a.Slug = schema.CouncilSlug(a.Name)
	case schema.Slug(a.Slug) != a.Slug:
		errs = append(errs, fmt.Errorf("slug %q is not a slug (lower-case letters, digits and hyphens)", a.Slug))
	}
	a.OtherNames = otherNames(row["other_names"], a.Name)
	if a.URN != "" && !digits.MatchString(a.URN) {
		errs = append(errs, fmt.Errorf("urn %q is not a number", a.URN))
	}
	if !digits.MatchString(a.LACode) {
		errs = append(errs, fmt.Errorf("la_code %q is not a DfE number such as 301", a.LACode))
	}
	if !onsCode.MatchString(a.ONSCode) {
		errs = append(errs, fmt.Errorf("ons_code %q is not an ONS code such as E09000002", row["ons_code"]))
	}
	if a.Region == "" {
		errs = append(errs, errors.New("region is empty"))
	}
	a.Type = ""
	for _, t := range Types {
		if strings.EqualFold(strings.Join(strings.Fields(row["type"]), " "), t) {
			a.Type = t
		}
	}
	if a.Type == "" {
		errs = append(errs, fmt.Errorf("type %q is not one of %s", row["type"], strings.Join(Types, ", ")))
	}
	if a.Domain != "" && !domain.MatchString(a.Domain) {
		errs = append(errs, fmt.Errorf("domain %q is not a web domain such as barnet.gov.uk", row["domain"]))
	}
	pop, err := strconv.Atoi(strings.ReplaceAll(row["population_0_25"], ",", ""))
	if err != nil || pop <= 0 {
		errs = append(errs, fmt.Errorf("population_0_25 %q is not a positive number", row["population_0_25"]))
	}
	a.Population0to25 = pop
	neighbours := splitList(row["neighbours"])
	if len(neighbours) == 0 {
		errs = append(errs, errors.New("neighbours is empty: an authority has statistical neighbours (a former authority has none)"))
	}
	if a.Source == "" {
		errs = append(errs, errors.New("source is empty: say where the entry came from"))
	}
	return a, neighbours, errors.Join(errs...)
}

// linkNeighbours turns each row's neighbours into slugs and refuses rows
// whose slug or codes repeat an earlier row's, or that name a neighbour
// not among the rows kept; it repeats until every kept row's neighbours
// are kept too.
func linkNeighbours(rows []registerRow) ([]registerRow, []RowError) {
	var bad []RowError
	seen := map[string]int{} // "slug x", "la_code 301", ... -> line of the first row
	var unique []registerRow
	for _, row := range rows {
		var keys, dup []string
		for _, k := range [][2]string{{"slug", row.a.Slug}, {"la_code", row.a.LACode}, {"ons_code", row.a.ONSCode}, {"urn", row.a.URN}} {
			if k[1] == "" {
				continue
			}
			key := k[0] + " " + k[1]
			keys = append(keys, key)
			if line, ok := seen[key]; ok {
				dup = append(dup, fmt.Sprintf("%s is also on line %d", key, line))
			}
		}
		if len(dup) > 0 {
			bad = append(bad, RowError{Line: row.line, Message: strings.Join(dup, "; ")})
			continue
		}
		for _, k := range keys {
			seen[k] = row.line
		}
		unique = append(unique, row)
	}
	for {
		slugOf := map[string]string{}
		for _, row := range unique {
			for _, k := range []string{row.a.Slug, row.a.LACode, row.a.ONSCode} {
				slugOf[k] = row.a.Slug
			}
		}
		var kept []registerRow
		for _, row := range unique {
			row.a.Neighbours = nil
			var missing []string
			for _, n := range row.neighbours {
				s, ok := slugOf[strings.ToUpper(n)]
				if !ok {
					s, ok = slugOf[n]
				}
				switch {
				case !ok:
					missing = append(missing, n)
				case s == row.a.Slug:
					missing = append(missing, n+" (itself)")
				default:
					row.a.Neighbours = append(row.a.Neighbours, s)
				}
			}
			if len(missing) > 0 {
				bad = append(bad, RowError{Line: row.line, Message: fmt.Sprintf("neighbours not in the register: %s", strings.Join(missing, ", "))})
				continue
			}
			kept = append(kept, row)
		}
		if len(kept) == len(unique) {
			return kept, bad
		}
		unique = kept
	}
}

// splitList splits a list written "a; b", "a, b" or "[a, b]".
func splitList(s string) []string {
	s = strings.Trim(strings.TrimSpace(s), "[]")
	sep := ","
	if strings.Contains(s, ";") {
		sep = ";"
	}
	var out []string
	for _, p := range strings.Split(s, sep) {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// otherNames reads the other names of an authority, written "a; b" or, as
// some sources do, "[a, b]". In the latter, parts that together spell the
// authority's own name ("Bournemouth, Christchurch & Poole" in "[BCP,
// Bournemouth, Christchurch & Poole]") are kept whole.
func otherNames(s, name string) []string {
	if strings.Contains(s, ";") {
		return splitList(s)
	}
	parts := splitList(s)
	var out []string
	for i := 0; i < len(parts); i++ {
		j := i + 1
		for k := len(parts); k > i+1; k-- {
			if nameKey(strings.Join(parts[i:k], ", ")) == nameKey(name) {
				j = k
				break
			}
		}
		out = append(out, strings.Join(parts[i:j], ", "))
		i = j - 1
	}
	return out
}
