package corpus

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// ManifestFile is the manifest's file name inside a corpus directory.
const ManifestFile = "manifest.json"

// Entry records what is known about one file of the corpus before reading
// it: what a crawler would know.
type Entry struct {
	Path           string `json:"path"` // relative to the corpus root, forward slashes
	Council        string `json:"council,omitempty"`
	Committee      string `json:"committee,omitempty"`
	Date           string `json:"date,omitempty"`            // YYYY-MM-DD when known
	Format         string `json:"format,omitempty"`          // format of the file as stored
	OriginalFormat string `json:"original_format,omitempty"` // format the council published
	SourceURL      string `json:"source_url,omitempty"`
	MeetingID      string `json:"meeting_id,omitempty"` // the council's own meeting id (ModernGov)
	FetchedAt      string `json:"fetched_at,omitempty"` // RFC 3339
	ETag           string `json:"etag,omitempty"`
	LastModified   string `json:"last_modified,omitempty"`
	Note           string `json:"note,omitempty"`
}

// Manifest is the list of known files, keyed by path, and the meetings a
// fetch found were not held (so have no minutes to store).
type Manifest struct {
	Files   []Entry   `json:"files"`
	NotHeld []NotHeld `json:"not_held,omitempty"`

	// byPath maps a path to its position in Files, built by LoadManifest
	// and kept by Put and Save: a fetch or an index run looks up every
	// file of the corpus, which a scan of Files made quadratic. Where
	// Files was set or changed by hand, Lookup scans and Put builds the
	// map again.
	byPath  map[string]int
	indexed int // len(Files) when byPath was last brought up to date
}

// NotHeld is a meeting a council's listing or meeting page says was not
// held: cancelled, postponed or withdrawn. Coverage reads these so that a
// month without minutes for that reason is not reported as a gap.
type NotHeld struct {
	Council   string `json:"council"`   // display name
	Committee string `json:"committee"` // display name
	MeetingID string `json:"meeting_id"`
	Date      string `json:"date"`   // YYYY-MM-DD
	Reason    string `json:"reason"` // "cancelled", "postponed" or "withdrawn"
}

// PutNotHeld adds or replaces the record of a meeting not held, keyed by
// council, committee and meeting id.
func (m *Manifest) PutNotHeld(n NotHeld) {
	for i, o := range m.NotHeld {
		if o.Council == n.Council && o.Committee == n.Committee && o.MeetingID == n.MeetingID {
			m.NotHeld[i] = n
			return
		}
	}
	m.NotHeld = append(m.NotHeld, n)
}

// readJSON decodes the data file dir/name into v. A missing file leaves v
// as it is and reports found=false; a malformed one is an error naming the
// file.
func readJSON(dir, name, what string, v any) (found bool, err error) {
	path := filepath.Join(dir, name)
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("read %s %s: %w", what, path, err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		return false, fmt.Errorf("parse %s %s: %w", what, path, err)
	}
	return true, nil
}

// LoadManifest reads dir/manifest.json. A missing manifest is an empty one;
// a malformed one is an error naming the file.
func LoadManifest(dir string) (*Manifest, error) {
	var m Manifest
	if _, err := readJSON(dir, ManifestFile, "manifest", &m); err != nil {
		return nil, err
	}
	path := filepath.Join(dir, ManifestFile)
	for i, e := range m.Files {
		if e.Path == "" {
			return nil, fmt.Errorf("manifest %s: entry %d has no path", path, i+1)
		}
		m.Files[i].Path = filepath.ToSlash(filepath.Clean(e.Path))
	}
	m.reindex()
	return &m, nil
}

// Lookup returns the entry for a path relative to the corpus root. It only
// reads, so that the workers of an indexing run may share the manifest.
func (m *Manifest) Lookup(rel string) (Entry, bool) {
	rel = filepath.ToSlash(rel)
	if m.fresh() {
		i, ok := m.byPath[rel]
		if !ok {
			return Entry{}, false
		}
		if m.Files[i].Path == rel {
			return m.Files[i], true
		}
	}
	for _, e := range m.Files { // Files was changed by hand since
		if e.Path == rel {
			return e, true
		}
	}
	return Entry{}, false
}

// Put adds or replaces the entry with e's path.
func (m *Manifest) Put(e Entry) {
	e.Path = filepath.ToSlash(e.Path)
	if !m.fresh() || m.byPath == nil {
		m.reindex()
	}
	i, ok := m.byPath[e.Path]
	if ok && m.Files[i].Path != e.Path {
		m.reindex()
		i, ok = m.byPath[e.Path]
	}
	if ok {
		m.Files[i] = e
		return
	}
	m.Files = append(m.Files, e)
	m.byPath[e.Path] = len(m.Files) - 1
	m.indexed = len(m.Files)
}

// fresh reports whether byPath was built for Files as it is (as far as a
// cheap check can tell: Files is only ever appended to by Put and sorted
// by Save, which keep the map).
func (m *Manifest) fresh() bool {
	return m.indexed == len(m.Files) && (m.byPath != nil || len(m.Files) == 0)
}

// reindex builds byPath from Files. Where two entries share a path, the
// first wins, as the scan did.
func (m *Manifest) reindex() {
	m.byPath = make(map[string]int, len(m.Files))
	for i := len(m.Files) - 1; i >= 0; i-- {
		m.byPath[m.Files[i].Path] = i
	}
	m.indexed = len(m.Files)
}

// Save writes the manifest to dir/manifest.json, sorted by path, through a
// temporary file and a rename so that a crash never leaves half a manifest.
func (m *Manifest) Save(dir string) error {
	sort.Slice(m.Files, func(i, j int) bool { return m.Files[i].Path < m.Files[j].Path })
	m.reindex() // the positions moved
	sort.Slice(m.NotHeld, func(i, j int) bool {
		a, b := m.NotHeld[i], m.NotHeld[j]
		return a.Council+"\x00"+a.Committee+"\x00"+a.Date+"\x00"+a.MeetingID < b.Council+"\x00"+b.Committee+"\x00"+b.Date+"\x00"+b.MeetingID
	})
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return fmt.Errorf("encode manifest: %w", err)
	}
	return WriteFileAtomic(filepath.Join(dir, ManifestFile), append(data, '\n'))
}

// WriteFileAtomic writes data to path through a temporary file in the same
// directory and a rename.
func WriteFileAtomic(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("create directory for %s: %w", path, err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// IsDataFile reports whether a corpus-relative path is one of the corpus's
// own data files rather than minutes.
func IsDataFile(rel string) bool {
	rel = filepath.ToSlash(rel)
	if strings.Contains(rel, "/") {
		return false
	}
	switch rel {
	case ManifestFile, CouncilsFile, TopicsFile, SynonymsFile, InspectionsFile, AuthoritiesFile, SourcesFile:
		return true
	}
	// Documentation at the root: README.md, INSPECTIONS.md and the like.
	base := strings.TrimSuffix(rel, filepath.Ext(rel))
	return strings.HasPrefix(rel, ".") || base == strings.ToUpper(base)
}
