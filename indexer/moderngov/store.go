package moderngov

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"path"
)

// store is the corpus folder as the fetcher writes to it. Every path goes
// through an os.Root, so nothing is read or written outside the corpus,
// even through a symbolic link planted inside it; and every file is
// checked to be what its name says before it is written.
type store struct {
	root *os.Root
}

// openStore opens (creating it if need be) the corpus folder.
func openStore(dir string) (*store, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("corpus %s: %w", dir, err)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("corpus %s: %w", dir, err)
	}
	return &store{root: root}, nil
}

func (s *store) close() error { return s.root.Close() }

// read returns the stored file rel (corpus-relative, forward slashes).
func (s *store) read(rel string) ([]byte, error) {
	return s.root.ReadFile(rel)
}

// exists reports whether the regular file rel is stored.
func (s *store) exists(rel string) bool {
	fi, err := s.root.Lstat(rel)
	return err == nil && fi.Mode().IsRegular()
}

// writeIfChanged writes data to rel unless the file already holds exactly
// that, and reports whether it wrote. Data that is not what rel's
// extension says (checkContent) is refused and nothing is written. The
// file is written under a temporary name and renamed into place, so a
// crash never leaves half a file.
func (s *store) writeIfChanged(rel string, data []byte) (bool, error) {
	if err := checkContent(rel, data); err != nil {
		return false, err
	}
	if old, err := s.root.ReadFile(rel); err == nil && bytes.Equal(old, data) {
		return false, nil
	}
	if err := s.root.MkdirAll(path.Dir(rel), 0o755); err != nil {
		return false, fmt.Errorf("create folder for %s: %w", rel, err)
	}
	var suffix [8]byte
	rand.Read(suffix[:])
	tmp := path.Join(path.Dir(rel), "."+path.Base(rel)+".tmp-"+hex.EncodeToString(suffix[:]))
	f, err := s.root.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return false, fmt.Errorf("write %s: %w", rel, err)
	}
	defer s.root.Remove(tmp)
	_, werr := f.Write(data)
	if werr == nil {
		werr = f.Sync()
	}
	if cerr := f.Close(); werr == nil {
		werr = cerr
	}
	if werr != nil {
		return false, fmt.Errorf("write %s: %w", rel, werr)
	}
	if err := s.root.Rename(tmp, rel); err != nil {
		return false, fmt.Errorf("write %s: %w", rel, err)
	}
	return true, nil
}
