package indexer

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/councilminutes/minutes/indexer/corpus"
)

// Extensions lists the file endings the indexer reads. Files with other
// endings in the corpus are passed over without complaint.
var extensions = map[string]bool{
	".pdf": true, ".txt": true, ".text": true, ".md": true, ".markdown": true,
	".html": true, ".htm": true, ".docx": true, ".xml": true,
}

// Supported reports whether the indexer reads files with this name's ending.
func Supported(name string) bool {
	return extensions[strings.ToLower(filepath.Ext(name))]
}

// SourceFile is one file of minutes found in a corpus.
type SourceFile struct {
	Path string // absolute or as joined with the corpus root
	Rel  string // relative to the corpus root, forward slashes
	Size int64
	// info is what the walk saw (without following links): the file that
	// is later opened must be this one (see readVerified).
	info fs.FileInfo
}

// Skipped is a file the walk passed over on purpose, with the reason.
type Skipped struct {
	Rel    string `json:"file"`
	Reason string `json:"reason"`
}

// Walk lists the files of minutes under root in a stable order. It skips
// the corpus's own data files, hidden files and folders, the tools folder,
// files of formats it does not read and symbolic links (never followed: a
// link could lead outside the corpus), and reports the links, the files of
// other formats (minutes.doc, a scan.jpg) and the hidden files of a format
// it reads (.2023-01-05.pdf) as passed over, so that none goes unnoticed.
func Walk(root string) ([]SourceFile, []Skipped, error) {
	info, err := os.Stat(root)
	if err != nil {
		return nil, nil, fmt.Errorf("corpus %s: %w", root, err)
	}
	if !info.IsDir() {
		return nil, nil, fmt.Errorf("corpus %s: not a directory", root)
	}
	var files []SourceFile
	var skipped []Skipped
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		if err != nil {
			skipped = append(skipped, Skipped{Rel: rel, Reason: err.Error()})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if rel == "." {
			return nil
		}
		name := d.Name()
		if d.IsDir() {
			if strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || rel == "tools" {
				return fs.SkipDir
			}
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			skipped = append(skipped, Skipped{Rel: rel, Reason: "symbolic link, not followed"})
			return nil
		}
		if corpus.IsDataFile(rel) {
			return nil
		}
		if !d.Type().IsRegular() {
			// a named pipe, socket or device: reading one could block the
			// run or never end, so it is named and not opened
			if !strings.HasPrefix(name, ".") {
				skipped = append(skipped, Skipped{Rel: rel, Reason: "not a regular file (" + fileKind(d.Type()) + "), not read"})
			}
			return nil
		}
		if reason := passOver(name); reason != "" {
			if reason != quietly {
				skipped = append(skipped, Skipped{Rel: rel, Reason: reason})
			}
			return nil
		}
		fi, err := d.Info()
		if err != nil {
			skipped = append(skipped, Skipped{Rel: rel, Reason: err.Error()})
			return nil
		}
		files = append(files, SourceFile{Path: path, Rel: rel, Size: fi.Size(), info: fi})
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("walk corpus %s: %w", root, err)
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Rel < files[j].Rel })
	return files, skipped, nil
}

// fileKind names a type of file that is neither a folder, a link nor a
// regular file.
func fileKind(t fs.FileMode) string {
	switch {
	case t&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case t&fs.ModeSocket != 0:
		return "a socket"
	case t&fs.ModeDevice != 0:
		return "a device"
	}
	return "a special file"
}

// quietly is passOver's answer for a file passed over without a word: a
// hidden file of another format (.DS_Store, .gitkeep).
const quietly = "-"

// passOver says why a regular file of the corpus is not read, or "".
func passOver(name string) string {
	hidden := strings.HasPrefix(name, ".")
	switch {
	case hidden && Supported(name):
		return "hidden file (its name starts with a dot), not read"
	case hidden:
		return quietly
	case !Supported(name):
		ext := strings.ToLower(filepath.Ext(name))
		if ext == "" {
			return "no file extension: not a format minutes are read from"
		}
		return fmt.Sprintf("%s is not a format minutes are read from", ext)
	}
	return ""
}
