package indexer

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
)

// LastRunFile is where every run keeps its summary: beside the index, not
// in it (the index folder belongs to bleve), so that `minutes coverage`
// and the council pages can list the files that could not be read.
func LastRunFile(index string) string {
	return index + ".last-run.json"
}

// LoadLastRun reads the summary the last run over the index kept. It
// returns nil, without error, when no run has kept one.
func LoadLastRun(index string) (*Summary, error) {
	data, err := os.ReadFile(LastRunFile(index))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read last run: %w", err)
	}
	var s Summary
	if err := json.Unmarshal(data, &s); err != nil {
		return nil, fmt.Errorf("read last run %s: %w", LastRunFile(index), err)
	}
	return &s, nil
}
