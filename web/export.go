package web

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"html"
	"slices"
	"strconv"
	"strings"

	"github.com/councilminutes/minutes/search"
)

// MaxExportRows bounds a CSV export of a search.
const MaxExportRows = 5000

// searchCSV pages through every match of req (up to MaxExportRows) and
// writes one CSV row per item.
func (s *Server) searchCSV(ctx context.Context, req search.Request) (*download, error) {
	req.Group = ""
	req.Page = 1
	req.Size = search.MaxSize
	req.After = nil
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	// missing: the words of a relaxed query the item lacks (see search.Result.Relaxed)
	_ = w.Write([]string{"id", "council", "committee", "date", "item_number", "title", "url", "snippet", "missing"})
	rows := 0
	for rows < MaxExportRows {
		res, err := s.search.Search(ctx, req)
		if err != nil {
			return nil, fmt.Errorf("export page %d: %w", req.Page, err)
		}
		for _, h := range res.Hits {
			if rows == MaxExportRows {
				break
			}
			_ = w.Write([]string{h.ID, cell(h.CouncilName), cell(h.CommitteeName), h.Date, cell(h.ItemNumber),
				cell(h.Title), s.base() + itemPath(h.ID), cell(plainSnippets(h.Snippets)), cell(strings.Join(h.Missing, "; "))})
			rows++
		}
		if len(res.Hits) < req.Size || uint64(rows) >= res.Total {
			break
		}
		// Prefer search_after keys; fall back to page numbers.
		if len(res.Next) > 0 {
			req.After = res.Next
		} else if req.Page++; req.Page > search.MaxPage {
			break
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return nil, fmt.Errorf("write csv: %w", err)
	}
	return &download{ContentType: "text/csv; charset=utf-8", Filename: "minutes-search.csv", Body: buf.Bytes()}, nil
}

// compareCSV writes the compare matrix one cell a row; thin says the
// council's (by committee, the committee's) record there is too thin to
// compare (see markThin). By committee, committee and committee_name
// follow the council's columns.
func compareCSV(res *search.CompareResult) (*download, error) {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	byCommittee := res.By == search.ByCommittee
	head := []string{"council", "council_name", "period", "count", "items", "share", "thin", "thin_reason",
		"population_0_25", "per_10k_0_25"}
	if byCommittee {
		head = slices.Insert(head, 2, "committee", "committee_name")
	}
	_ = w.Write(head)
	for _, row := range res.Rows {
		for _, c := range row.Cells {
			pop, per := "", ""
			if row.Population > 0 && c.Per10k != nil {
				pop, per = strconv.Itoa(row.Population), strconv.FormatFloat(*c.Per10k, 'f', 4, 64)
			}
			rec := []string{row.Key, cell(row.Label), cell(c.Period), strconv.Itoa(c.Count),
				strconv.Itoa(c.Items), strconv.FormatFloat(c.Share, 'f', 4, 64), strconv.FormatBool(c.Thin), cell(c.ThinReason),
				pop, per}
			if byCommittee {
				rec[0], rec[1] = row.CouncilSlug, cell(row.CouncilName)
				rec = slices.Insert(rec, 2, row.CommitteeSlug, cell(row.CommitteeName))
			}
			_ = w.Write(rec)
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return nil, fmt.Errorf("write csv: %w", err)
	}
	return &download{ContentType: "text/csv; charset=utf-8", Filename: "minutes-compare.csv", Body: buf.Bytes()}, nil
}

// plainSnippet turns a highlighted snippet into plain text: <mark> tags
// dropped, entities unescaped.
func plainSnippet(s string) string {
	s = strings.NewReplacer("<mark>", "", "</mark>", "").Replace(s)
	return html.UnescapeString(s)
}

// plainSnippets joins a hit's snippets as one line of plain text, each
// passage apart from the next by one " … ".
func plainSnippets(snippets []string) string {
	var parts []string
	for _, s := range snippets {
		s = strings.Join(strings.Fields(plainSnippet(s)), " ")
		if s = strings.TrimSpace(strings.Trim(s, "…")); s != "" {
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	out := strings.Join(parts, " … ")
	if first := strings.TrimSpace(plainSnippet(snippets[0])); strings.HasPrefix(first, "…") {
		out = "… " + out
	}
	if last := strings.TrimSpace(plainSnippet(snippets[len(snippets)-1])); strings.HasSuffix(last, "…") {
		out += " …"
	}
	return out
}

// lacks says which words of a relaxed query a hit lacks, for plain text.
func lacks(h search.Hit) string {
	if len(h.Missing) == 0 {
		return ""
	}
	return "[Does not hold: " + strings.Join(h.Missing, ", ") + "] "
}

// cell guards a text cell against spreadsheet formula injection: a value
// starting with =, +, -, @, tab or carriage return (any of which a
// spreadsheet may take for the start of a formula) gets a leading
// apostrophe, which spreadsheets show as text and do not evaluate.
func cell(s string) string {
	if s != "" && strings.ContainsRune(formulaStarts, rune(s[0])) {
		return "'" + s
	}
	return s
}

// formulaStarts are the first characters cell neutralises.
const formulaStarts = "=+-@\t\r"
