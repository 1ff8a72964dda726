package search

import (
	"errors"
	"path/filepath"
	"testing"

	"github.com/blevesearch/bleve/v2"
)

// TestOpenRefusesAnotherSchema: an index written with another mapping
// version is refused with ErrStaleIndex, so callers rebuild it instead of
// answering from fields that are not there.
func TestOpenRefusesAnotherSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ix")
	ix, err := Create(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	if ix, err = Open(path, Options{}); err != nil {
		t.Fatalf("reopen a fresh index: %v", err)
	}
	ix.Close()

	raw, err := bleve.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	raw.SetInternal([]byte(schemaKey), []byte("1"))
	raw.Close()
	if _, err := Open(path, Options{}); !errors.Is(err, ErrStaleIndex) {
		t.Fatalf("Open of an old index = %v, want ErrStaleIndex", err)
	}
}
