package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/councilminutes/minutes/indexer"
	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/internal/terminal"
	"github.com/councilminutes/minutes/search/schema"
)

// extracted is the JSON shape of `minutes extract --json`, one per file.
type extracted struct {
	File          string   `json:"file"`
	Council       string   `json:"council"`
	CouncilSlug   string   `json:"council_slug"`
	Committee     string   `json:"committee"`
	CommitteeSlug string   `json:"committee_slug"`
	Date          *string  `json:"date"`
	DateSource    string   `json:"date_source"`
	Time          string   `json:"time,omitempty"`
	Venue         string   `json:"venue"`
	Title         string   `json:"title"`
	Format        string   `json:"format"`
	Pages         int      `json:"pages"`
	Present       []string `json:"present,omitempty"`
	Apologies     []string `json:"apologies,omitempty"`
	InAttendance  []string `json:"in_attendance,omitempty"`
	// Attendance is who attended, as people: chair, members, officials,
	// apologies, absent.
	Attendance schema.Attendance `json:"attendance,omitzero"`
	// Kind is the kind of paper (minutes, agenda, report, decision);
	// ForMeeting the meeting ID a paper other than minutes belongs to.
	Kind       string          `json:"kind"`
	ForMeeting string          `json:"for_meeting,omitempty"`
	Items      []extractedItem `json:"items"`
	Warnings   []string        `json:"warnings"`
	// Preamble is every word outside the items (the heading, attendance,
	// an agenda front sheet): with the items, all that is searchable.
	Preamble        string           `json:"preamble"`
	Structure       schema.Structure `json:"structure"`
	CouncilSource   string           `json:"council_source,omitempty"`
	CommitteeSource string           `json:"committee_source,omitempty"`
}

type extractedItem struct {
	Number    string   `json:"number"`
	Title     string   `json:"title"`
	Agenda    string   `json:"agenda,omitempty"`
	Text      string   `json:"text"`
	Decisions []string `json:"decisions"`
	// DecisionDetails are the decisions as data (kind, mover, seconder,
	// votes, outcome); People who moved, seconded, voted or spoke.
	DecisionDetails []schema.Decision `json:"decision_details,omitempty"`
	People          []schema.Person   `json:"people,omitempty"`
	Topics          []string          `json:"topics"`
	Truncated       bool              `json:"truncated,omitempty"`
	Procedural      bool              `json:"procedural,omitempty"`
}

func runExtract(ctx context.Context, e *env, args []string) error {
	var (
		council, corpusDir string
		asJSON, ocr        bool
		explain            bool
	)
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.StringVar(&council, "council", "", "the council whose minutes these are (name or slug)")
	fs.StringVar(&corpusDir, "corpus", "./corpus", "corpus folder whose councils, topics and manifest to use")
	fs.BoolVar(&asJSON, "json", false, "print one JSON object per file")
	fs.BoolVar(&explain, "explain", false, "print each line chosen as an item heading and why, and the lines passed over")
	fs.BoolVar(&ocr, "ocr", false, "read PDFs without a text layer by OCR (needs tesseract and pdftoppm)")
	files, err := parseFlags(fs, e, args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("%w: name at least one FILE", errUsage)
	}
	manifest, _ := corpus.LoadManifest(corpusDir)
	councils, _ := corpus.LoadCouncils(corpusDir)
	topics, _ := corpus.LoadTopics(corpusDir)

	failed := 0
	enc := json.NewEncoder(e.stdout)
	enc.SetIndent("", "  ")
	for _, file := range files {
		opts := indexer.ExtractOptions{Rel: relToCorpus(corpusDir, file), Council: council,
			Councils: councils, Topics: topics, OCR: ocr,
			MaxBytes: indexer.DefaultMaxBytes, MaxPages: indexer.DefaultMaxPages, Timeout: indexer.DefaultTimeout,
			PDFChild: pdfChild()}
		if manifest != nil {
			if entry, ok := manifest.Lookup(opts.Rel); ok {
				opts.Entry = &entry
			}
		}
		if explain {
			ex, err := indexer.Explain(ctx, file, opts)
			if err != nil {
				failed++
				fmt.Fprintf(e.stderr, "minutes extract: %v\n", err)
				continue
			}
			printExplanation(e, file, ex)
			continue
		}
		m, err := indexer.Extract(ctx, file, opts)
		if err != nil {
			failed++
			fmt.Fprintf(e.stderr, "minutes extract: %s\n", terminal.Escape(err.Error()))
			continue
		}
		if asJSON {
			if err := enc.Encode(toExtracted(file, m)); err != nil {
				return err
			}
			continue
		}
		printMeeting(e, file, m)
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d files could not be read", failed, len(files))
	}
	return nil
}

// relToCorpus is file's path relative to the corpus when it lies inside it,
// else its base name.
func relToCorpus(corpusDir, file string) string {
	absCorpus, err1 := filepath.Abs(corpusDir)
	absFile, err2 := filepath.Abs(file)
	if err1 == nil && err2 == nil {
		if rel, err := filepath.Rel(absCorpus, absFile); err == nil && !strings.HasPrefix(rel, "..") {
			return filepath.ToSlash(rel)
		}
	}
	return filepath.Base(file)
}

func toExtracted(file string, m schema.Meeting) extracted {
	out := extracted{File: file, Council: m.Council, CouncilSlug: m.CouncilSlug, Committee: m.Committee,
		CommitteeSlug: m.CommitteeSlug, DateSource: m.DateSource, Time: m.Time, Venue: m.Venue,
		Title: m.Title, Format: m.Format, Pages: m.Pages, Present: m.Present, Apologies: m.Apologies,
		InAttendance: m.InAttendance, Attendance: m.Attendance, Kind: m.Kind, ForMeeting: m.ForMeeting, Items: []extractedItem{}, Warnings: m.Warnings,
		Preamble: m.Header, Structure: m.Structure, CouncilSource: m.CouncilSource, CommitteeSource: m.CommitteeSource}
	if out.Structure.Reasons == nil {
		out.Structure.Reasons = []string{}
	}
	if m.Date != "" {
		d := m.Date
		out.Date = &d
	}
	if out.Warnings == nil {
		out.Warnings = []string{}
	}
	for _, it := range m.Items {
		ei := extractedItem{Number: it.Number, Title: it.Title, Agenda: it.Agenda, Text: it.Text,
			Decisions: it.Decisions, DecisionDetails: it.DecisionDetails, People: it.People, Topics: it.Topics, Truncated: it.Truncated, Procedural: it.Procedural}
		if ei.Decisions == nil {
			ei.Decisions = []string{}
		}
		if ei.Topics == nil {
			ei.Topics = []string{}
		}
		out.Items = append(out.Items, ei)
	}
	return out
}

// printMeeting prints a meeting for people: its metadata, its items, and
// every warning.
func printMeeting(e *env, file string, m schema.Meeting) {
	w := e.stdout
	date := m.Date
	if date == "" {
		date = "unknown"
	}
	esc := terminal.Escape
	fmt.Fprintf(w, "%s\n  council:   %s (%s)\n  committee: %s (%s)\n  date:      %s (from %s)\n  venue:     %s\n  format:    %s\n",
		esc(file), esc(m.Council), esc(m.CouncilSlug), esc(m.Committee), esc(m.CommitteeSlug), esc(date), esc(m.DateSource), esc(m.Venue), esc(m.Format))
	fmt.Fprintf(w, "  items:     %d (%s, confidence %.2f)\n", len(m.Items), m.Structure.Method, m.Structure.Confidence)
	for _, it := range m.Items {
		fmt.Fprintf(w, "    %-8s %s", esc(it.Number), esc(clip(it.Title, 70)))
		if len(it.Decisions) > 0 {
			fmt.Fprintf(w, "  [%d decisions]", len(it.Decisions))
		}
		if len(it.Topics) > 0 {
			fmt.Fprintf(w, "  {%s}", esc(strings.Join(it.Topics, ", ")))
		}
		fmt.Fprintln(w)
	}
	for _, warn := range m.Warnings {
		fmt.Fprintf(w, "  warning: %s\n", esc(warn))
	}
	fmt.Fprintln(w)
}

// printExplanation prints, for whoever debugs a new layout, the lines
// chosen as item headings with the evidence for each, the heaviest lines
// passed over, and the best reading of each numbering family.
func printExplanation(e *env, file string, ex indexer.Explanation) {
	w := e.stdout
	m := ex.Meeting
	printMeeting(e, file, m)
	fmt.Fprintf(w, "structure: %s, confidence %.2f\n", m.Structure.Method, m.Structure.Confidence)
	for _, r := range m.Structure.Reasons {
		fmt.Fprintf(w, "  - %s\n", terminal.Escape(r))
	}
	if ex.Region > 0 {
		fmt.Fprintf(w, "the minutes start at line %d, after an agenda front sheet\n", ex.Region)
	}
	fmt.Fprintln(w, "\nchosen headings (line: text  [weight: features]):")
	for _, h := range ex.Chosen {
		fmt.Fprintf(w, "  %5d: %s\n         [%.1f, %s: %s]\n", h.Line, terminal.Escape(clip(h.Text, 90)), h.Weight, h.Family, h.Features)
	}
	if len(ex.Passed) > 0 {
		fmt.Fprintln(w, "\nheaviest lines passed over:")
		for _, h := range ex.Passed {
			fmt.Fprintf(w, "  %5d: %s\n         [%.1f, %s: %s]\n", h.Line, terminal.Escape(clip(h.Text, 90)), h.Weight, h.Family, h.Features)
		}
	}
	if len(ex.Readings) > 0 {
		fmt.Fprintln(w, "\nbest reading of each family (score, items, first .. last):")
		for _, r := range ex.Readings {
			fmt.Fprintf(w, "  %6.1f  %3d  %s: %s .. %s\n", r.Score, r.Items, r.Family, terminal.Escape(r.First), terminal.Escape(r.Last))
		}
	}
	fmt.Fprintln(w)
}
