package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"html"
	"net/url"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/councilminutes/minutes/inspections"
	"github.com/councilminutes/minutes/internal/terminal"
	"github.com/councilminutes/minutes/research"
	"github.com/councilminutes/minutes/search"
	"github.com/councilminutes/minutes/web"
)

func runSearch(ctx context.Context, e *env, args []string) error {
	var (
		indexDir, corpusDir                                         string
		councils, committees, topics, regions, types, people, kinds multiFlag
		req                                                         search.Request
		asJSON                                                      bool
	)
	fs := flag.NewFlagSet("search", flag.ContinueOnError)
	fs.StringVar(&indexDir, "index", "./data/minutes.bleve", "index folder")
	fs.StringVar(&corpusDir, "corpus", "./corpus", "corpus folder whose synonyms and topic names to use (when not given and ./corpus is missing: the one the index was built from)")
	fs.Var(&councils, "council", "only this council (slug; repeatable)")
	fs.Var(&committees, "committee", "only this committee (slug; repeatable)")
	fs.Var(&topics, "topic", "only this topic (slug; repeatable)")
	fs.Var(&people, "person", "only the items of this person (key, as person:, e.g. galvin or j-collins; repeatable)")
	fs.Var(&kinds, "kind", "only this kind of paper: minutes, agenda, report, decision (repeatable)")
	fs.Var(&regions, "region", "only councils of this region in the register (slug, e.g. north-west; repeatable)")
	fs.Var(&types, "type", "only councils of this type in the register (slug, e.g. unitary-authority; repeatable)")
	fs.StringVar(&req.NeighboursOf, "neighbours-of", "", "only this council (slug) and its statistical neighbours")
	fs.StringVar(&req.Moved, "moved", "", "only councils whose overall judgement moved so, e.g. inadequate..good")
	for _, sub := range inspections.SubJudgementNames {
		sub := sub
		fs.Func(strings.ReplaceAll(sub.Name, "_", "-"), "a judgement of "+sub.Label+": only councils (or, with --after/--before, inspections) so judged",
			func(v string) error { req.SubJudgements.Set(sub.Name, v); return nil })
	}
	fs.StringVar(&req.From, "from", "", "from this date (YYYY, YYYY-MM or YYYY-MM-DD)")
	fs.StringVar(&req.To, "to", "", "up to this date (YYYY, YYYY-MM or YYYY-MM-DD)")
	fs.StringVar(&req.Sort, "sort", search.SortRelevance, "relevance, date (oldest first) or -date (newest first)")
	fs.IntVar(&req.Size, "size", 10, "results to show")
	fs.IntVar(&req.Page, "page", 1, "page of results")
	fs.BoolVar(&req.DecisionsOnly, "decisions", false, "match only the decisions")
	fs.BoolVar(&asJSON, "json", false, "print the answer as JSON, as /api/search does")
	var after, before, within string
	fs.StringVar(&after, "after", "", `"inspection": only items within --within after an inspection of their council`)
	fs.StringVar(&before, "before", "", `"inspection": only items within --within before an inspection of their council`)
	fs.StringVar(&req.Judgement, "judgement", "", "only councils with an inspection so judged (inadequate, requires-improvement, good, outstanding); with --after/--before, only those inspections")
	fs.StringVar(&within, "within", "", "with --after/--before: the window, e.g. 12m or 2y (default 12m)")
	rest, err := parseFlags(fs, e, args)
	if err != nil {
		return err
	}
	// 0 would silently mean the default to the search layer: refuse it here
	if req.Size < 1 || req.Size > search.MaxSize {
		return fmt.Errorf("%w: --size: %d is out of range 1-%d", errUsage, req.Size, search.MaxSize)
	}
	if req.Page < 1 || req.Page > search.MaxPage {
		return fmt.Errorf("%w: --page: %d is out of range 1-%d", errUsage, req.Page, search.MaxPage)
	}
	if err := checkSlugFlags(map[string][]string{"--council": councils, "--committee": committees, "--topic": topics,
		"--person": people, "--region": regions, "--type": types}); err != nil {
		return err
	}
	req.Query = strings.Join(rest, " ")
	req.Councils, req.Committees, req.Topics, req.Regions, req.Types = councils, committees, topics, regions, types
	req.People, req.Kinds = people, kinds
	req.Highlight = true
	if req.RelativeTo, req.WithinMonths, err = relativeFlags(after, before, within); err != nil {
		return err
	}
	corpusDir = indexCorpus(fs, corpusDir, indexDir)
	opts := searchOptions(corpusDir, e.log)
	if corpusDir != "" {
		if opts, err = research.WithRecord(opts, corpusDir); err != nil {
			return err
		}
	}

	ix, err := search.Open(indexDir, opts)
	if err != nil {
		if errors.Is(err, search.ErrLocked) {
			return fmt.Errorf("index %s is held by a running server; %s: %w", indexDir, askServer(indexDir, req.Query), err)
		}
		return fmt.Errorf("open index %s (run `minutes index` first?): %w", indexDir, err)
	}
	defer ix.Close()
	res, err := ix.Search(ctx, req)
	if err != nil {
		if errors.Is(err, search.ErrBadRequest) {
			return fmt.Errorf("%w: %v", errUsage, err)
		}
		return err
	}
	if asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(web.SearchJSON(res)) // what /api/search answers, links included
	}
	printHits(e, res)
	for _, n := range res.Notes {
		fmt.Fprintf(e.stdout, "\nnote: %s\n", terminal.Escape(n))
	}
	for _, s := range res.Suggestions {
		fmt.Fprintf(e.stdout, "\ninstead of %q, try: %s\n", terminal.Escape(s.Word), terminal.Escape(strings.Join(append(s.Spellings, s.Synonyms...), ", ")))
	}
	return nil
}

// askServer says how to ask the server holding an index instead, at the
// address it noted beside the index (serverFile).
func askServer(indexDir, q string) string {
	data, err := os.ReadFile(serverFile(indexDir))
	base := strings.TrimSpace(string(data))
	if err != nil || !strings.HasPrefix(base, "http") {
		return "ask the server that holds it (GET /api/search?q=... on its address)"
	}
	return "ask it instead: curl '" + base + "/api/search?" + url.Values{"q": {q}}.Encode() + "'"
}

// relativeFlags reads --after/--before inspection and --within into the
// request's RelativeTo and WithinMonths.
func relativeFlags(after, before, within string) (string, int, error) {
	relative := ""
	for _, f := range []struct{ name, value string }{{"after", after}, {"before", before}} {
		switch f.value {
		case "":
		case "inspection":
			if relative != "" {
				return "", 0, fmt.Errorf("%w: --after and --before cannot be used together", errUsage)
			}
			relative = f.name
		default:
			return "", 0, fmt.Errorf("%w: --%s: %q is not \"inspection\"", errUsage, f.name, f.value)
		}
	}
	if within == "" {
		return relative, 0, nil
	}
	months, err := inspections.ParseWithin(within)
	if err != nil {
		return "", 0, fmt.Errorf("%w: --within: %v", errUsage, err)
	}
	return relative, months, nil
}

// printHits prints a result as a table for people.
func printHits(e *env, res *search.Result) {
	if res.Relaxed {
		fmt.Fprintf(e.stdout, "%d items hold some of the words of %q, %d hold them all (%.1f ms)\n\n", res.Total, res.Query, res.AllWordsTotal, res.TookMS)
	} else {
		fmt.Fprintf(e.stdout, "%d items match %q (%.1f ms)\n\n", res.Total, res.Query, res.TookMS)
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tCOUNCIL\tCOMMITTEE\tITEM\tTITLE\tID")
	for _, h := range res.Hits {
		date := h.Date
		if date == "" {
			date = "undated"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", terminal.Escape(date), terminal.Escape(h.CouncilName), terminal.Escape(h.CommitteeName),
			terminal.Escape(h.ItemNumber), terminal.Escape(clip(h.Title, 60)), terminal.Escape(h.ID))
	}
	tw.Flush()
	for _, h := range res.Hits {
		if len(h.Snippets) > 0 || len(h.Missing) > 0 {
			fmt.Fprintf(e.stdout, "\n%s\n", terminal.Escape(h.ID))
		}
		if len(h.Missing) > 0 {
			fmt.Fprintf(e.stdout, "  does not hold: %s\n", terminal.Escape(strings.Join(h.Missing, ", ")))
		}
		if len(h.Snippets) > 0 {
			fmt.Fprintf(e.stdout, "  %s\n", terminal.Escape(plainSnippet(h.Snippets[0])))
		}
	}
}

// plainSnippet turns an HTML snippet with <mark> tags into terminal text
// with the matches in [brackets].
func plainSnippet(s string) string {
	s = strings.NewReplacer("<mark>", "[", "</mark>", "]").Replace(s)
	return clip(strings.Join(strings.Fields(html.UnescapeString(s)), " "), 300)
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
