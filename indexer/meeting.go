package indexer

import (
	"fmt"
	"path"
	"regexp"
	"strings"
	"time"

	"github.com/councilminutes/minutes/indexer/corpus"
	"github.com/councilminutes/minutes/search/schema"
)

var (
	// "Minutes- Corporate Parenting Board- 20 July 2021", the title of a
	// previous-minutes item naming the committee.
	minutesTitleCommittee = regexp.MustCompile(`(?i)^minutes\s*[-–—:]\s*(.{3,80}?)\s*[-–—]`)
	// "the minutes of the meeting of the Corporate Parenting Panel held on"
	minutesOfCommittee = regexp.MustCompile(`(?i)minutes\s+of\s+the\s+(?:\w+\s+)?meeting\s+of\s+(?:the\s+)?(.{3,80}?)\s+held\b`)
	// A date in a source URL: /2013-12-13/, 20131213, 13-Dec-2013.
	urlDate = regexp.MustCompile(`(?:19|20)\d{2}-\d{2}-\d{2}|(?:^|\D)(?:19|20)\d{6}(?:\D|$)|\d{1,2}(?:st|nd|rd|th)?[-_ ]` + monthPattern + `[-_ ](?:19|20)\d{2}`)
)

// setCouncil fills the meeting's council from, in order: the user's
// option, the manifest, the header, mentions in the text.
func setCouncil(m *schema.Meeting, h headerInfo, opts ExtractOptions) {
	var name, from string
	switch {
	case opts.Council != "":
		name, from = opts.Council, "option"
	case opts.Entry != nil && opts.Entry.Council != "":
		name, from = opts.Entry.Council, "manifest"
	case h.Council != "":
		name, from = h.Council, "text"
	}
	if name == "" {
		if c, n := mentionedCouncil(opts.Councils, m); n > 0 {
			name, from = c.Name, "mentions"
			m.Warnings = append(m.Warnings, fmt.Sprintf("council %q guessed from %d mentions in the text", c.Name, n))
		}
	}
	if name == "" {
		if folder := corpusFolder(opts.Rel, 0); folder != "" {
			name, from = folderName(opts.Councils, folder), "folder"
			m.Warnings = append(m.Warnings, fmt.Sprintf("council %q taken from the corpus folder %q", name, folder))
		}
	}
	if name == "" {
		m.Warnings = append(m.Warnings, "no council found in the text, the manifest, the options or the corpus folder")
		return
	}
	m.Council, m.CouncilSlug = opts.Councils.Normalise(name)
	m.CouncilSource = from
	if from != "text" && h.Council != "" {
		if _, slug := opts.Councils.Normalise(h.Council); slug != m.CouncilSlug {
			m.Warnings = append(m.Warnings, fmt.Sprintf("the text names council %q but the %s says %q", h.Council, from, name))
		}
	}
}

// mentionedCouncil finds the known council the meeting's text names most
// often, at least twice.
func mentionedCouncil(cs corpus.Councils, m *schema.Meeting) (corpus.Council, int) {
	if len(cs) == 0 {
		return corpus.Council{}, 0
	}
	texts := []string{m.Header}
	for _, it := range m.Items {
		texts = append(texts, it.Title, it.Agenda, it.Text)
	}
	var best corpus.Council
	bestN := 0
	for _, c := range cs {
		n := 0
		for _, name := range append([]string{c.Name}, c.Aliases...) {
			if len(name) < 5 {
				continue // short aliases ("KCC") are too ambiguous
			}
			k := 0
			for _, t := range texts {
				k += countWord(t, name)
			}
			n = max(n, k)
		}
		if n > bestN {
			best, bestN = c, n
		}
	}
	if bestN < 2 {
		return corpus.Council{}, 0
	}
	return best, bestN
}

// countWord counts where word occurs in s between word boundaries,
// ignoring case, without copying s.
func countWord(s, word string) int {
	n := 0
	if word == "" {
		return 0
	}
	first := word[0] | 0x20
	for i := 0; i+len(word) <= len(s); i++ {
		if s[i]|0x20 != first || !strings.EqualFold(s[i:i+len(word)], word) {
			continue
		}
		end := i + len(word)
		if (i == 0 || !isWordByte(s[i-1])) && (end == len(s) || !isWordByte(s[end])) {
			n++
			i = end - 1
		}
	}
	return n
}

// isWordByte reports ASCII letters, digits and underscore.
func isWordByte(b byte) bool {
	return b == '_' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

// setCommittee fills the committee from the manifest, the header, or the
// previous-minutes item.
func setCommittee(m *schema.Meeting, h headerInfo, items []schema.Item, opts ExtractOptions) {
	switch {
	case opts.Entry != nil && opts.Entry.Committee != "":
		m.Committee, m.CommitteeSource = opts.Entry.Committee, "manifest"
	case h.Committee != "":
		m.Committee, m.CommitteeSource = h.Committee, "text"
	default:
		for _, it := range items {
			if !it.Procedural {
				continue
			}
			for _, s := range []string{it.Title, it.Agenda, it.Text} {
				if mm := minutesTitleCommittee.FindStringSubmatch(s); mm != nil {
					m.Committee = strings.TrimSpace(mm[1])
				} else if mm := minutesOfCommittee.FindStringSubmatch(s); mm != nil {
					m.Committee = strings.TrimSpace(mm[1])
				}
				if m.Committee != "" {
					m.CommitteeSource = "previous minutes"
					m.Warnings = append(m.Warnings, fmt.Sprintf("committee %q inferred from the minutes of the previous meeting", m.Committee))
					break
				}
			}
			if m.Committee != "" {
				break
			}
		}
	}
	if m.Committee == "" {
		if folder := corpusFolder(opts.Rel, 1); folder != "" {
			m.Committee, m.CommitteeSource = folderName(nil, folder), "folder"
			m.Warnings = append(m.Warnings, fmt.Sprintf("committee %q taken from the corpus folder %q", m.Committee, folder))
		}
	}
	if m.Committee == "" {
		m.Warnings = append(m.Warnings, "no committee found in the text, the manifest or the corpus folder")
	}
	m.CommitteeSlug = schema.Slug(m.Committee)
}

// setDate fills the date and says where it came from: the manifest, the
// text's heading, the file name, a source URL, or nowhere.
func setDate(m *schema.Meeting, h headerInfo, filePath string, opts ExtractOptions) {
	textDate := ""
	if h.HasDate {
		textDate = h.Date.Format("2006-01-02")
	}
	// A manifest is written by hand or by other tools: a date that is not
	// one ("9999-99-99", "13/12/2013") is said and left out, and the text
	// or the file name dates the meeting, as without it.
	manifestDate := ""
	if opts.Entry != nil && opts.Entry.Date != "" {
		if _, err := time.Parse("2006-01-02", opts.Entry.Date); err == nil {
			manifestDate = opts.Entry.Date
		} else {
			m.Warnings = append(m.Warnings, fmt.Sprintf("the manifest's date %q is not a date (YYYY-MM-DD): left out", opts.Entry.Date))
		}
	}
	switch {
	case manifestDate != "":
		m.Date, m.DateSource = manifestDate, schema.DateFromManifest
		if textDate != "" && textDate != m.Date {
			m.Warnings = append(m.Warnings, fmt.Sprintf("the manifest date %s differs from the date in the text %s: kept the manifest's", m.Date, textDate))
		}
	case textDate != "" && strings.HasPrefix(h.DateFrom, "front matter"):
		// A front matter date is as often the day the page was published.
		m.Date, m.DateSource = textDate, schema.DateInferred
		m.Warnings = append(m.Warnings, fmt.Sprintf("meeting date %s taken from the %s: it may be the day the page was published", textDate, h.DateFrom))
	case textDate != "":
		m.Date, m.DateSource = textDate, schema.DateFromText
	default:
		name := path.Base(strings.ReplaceAll(filePath, "\\", "/"))
		if t, ok := dateInFileName(name); ok {
			m.Date, m.DateSource = t.Format("2006-01-02"), schema.DateFromFilename
			return
		}
		if opts.Entry != nil && opts.Entry.SourceURL != "" {
			if s := urlDate.FindString(opts.Entry.SourceURL); s != "" {
				if t, ok := dateInFileName(s); ok {
					m.Date, m.DateSource = t.Format("2006-01-02"), schema.DateInferred
					m.Warnings = append(m.Warnings, "meeting date inferred from the source URL")
					return
				}
			}
		}
		m.Date, m.DateSource = "", schema.DateUnknown
		m.Warnings = append(m.Warnings, "meeting date unknown: not in the manifest, the heading of the text or the file name")
	}
}

// meetingTitle is "Committee, 13 December 2013".
func meetingTitle(m *schema.Meeting, fileName string) string {
	name := m.Committee
	if name == "" {
		name = m.Council
	}
	if name == "" {
		name = strings.TrimSuffix(fileName, path.Ext(fileName))
	}
	if m.Date == "" {
		return name
	}
	if t, ok := ParseDate(m.Date); ok {
		return name + ", " + t.Format("2 January 2006")
	}
	return name + ", " + m.Date
}

// corpusFolder returns the n-th folder (from 0) of a corpus-relative path
// laid out as council/committee/file, or "" when the path has no such
// folder.
func corpusFolder(rel string, n int) string {
	parts := strings.Split(rel, "/")
	if len(parts) < n+2 {
		return ""
	}
	return parts[n]
}

// folderName turns a folder name into a display name: the known council's
// name when the folder is its slug or alias, else the words title-cased
// ("st-albans" becomes "St Albans").
func folderName(cs corpus.Councils, folder string) string {
	if c, ok := cs.Resolve(folder); ok {
		return c.Name
	}
	return titleCase(strings.ToUpper(strings.Join(strings.FieldsFunc(folder, func(r rune) bool { return r == '-' || r == '_' }), " ")))
}
