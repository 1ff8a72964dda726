package indexer

import (
	"bytes"

	"github.com/councilminutes/minutes/indexer/moderngov"
	"github.com/councilminutes/minutes/search/schema"
)

// parseModernGov reads ModernGov GetMeeting XML (as fetched from a
// council's web service) through package moderngov.
func parseModernGov(data []byte) (schema.Meeting, error) {
	return moderngov.ParseMeeting(bytes.NewReader(data))
}
