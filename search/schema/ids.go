package schema

import (
	"fmt"
	"path"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Slug turns a display name into a lower-case, hyphenated, URL-safe slug:
// "Kent County Council" becomes "kent-county-council" and
// "Children's Services" becomes "childrens-services". Accents are dropped.
func Slug(s string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r): // combining accent: drop
		case r == '\'' || r == '’' || r == '‘':
			// apostrophes join: "children's" -> "childrens"
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(unicode.ToLower(r))
		default:
			hyphen = true
		}
	}
	return b.String()
}

// MeetingID derives a readable, URL-safe meeting ID from the source file's
// path relative to the corpus: "kent/corporate-parenting-panel/2013-12-13.pdf"
// becomes "kent--corporate-parenting-panel--2013-12-13". The extension is
// dropped, so the same meeting keeps its ID if its file changes format.
// Minutes named as such ("2013-12-13.minutes.pdf") have the ID of
// "2013-12-13.pdf"; another paper of the meeting keeps its kind in its ID
// ("2013-12-13.agenda.pdf" is "…--2013-12-13-agenda"), see PaperOf.
func MeetingID(sourcePath string) string {
	if kind, _, minutes := PaperOf(sourcePath); kind == KindMinutes {
		sourcePath = minutes
	}
	p := strings.TrimSuffix(sourcePath, path.Ext(sourcePath))
	parts := strings.Split(p, "/")
	var out []string
	for _, part := range parts {
		if s := Slug(part); s != "" {
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		return "meeting"
	}
	return strings.Join(out, "--")
}

// ItemID is the ID of the seq-th item (1-based) of a meeting.
func ItemID(meetingID string, seq int) string {
	return fmt.Sprintf("%s--i%02d", meetingID, seq)
}

// FrontID is the ID under which a meeting's text outside its items (its
// Header: heading, attendance, an agenda front sheet) is searchable: the
// item ID of position 0, before the first item.
func FrontID(meetingID string) string { return ItemID(meetingID, 0) }

// MeetingOfItem returns the meeting ID embedded in an item ID, or "" when
// id is not an item ID.
func MeetingOfItem(id string) string {
	i := strings.LastIndex(id, "--i")
	if i <= 0 {
		return ""
	}
	return id[:i]
}

// CouncilSlug is the slug of a council's name without the words councils'
// names add or leave out ("council", "county", "borough", "city",
// "metropolitan", "district", "of", "the", "royal", "london"): "Kent
// County Council" and "Kent" are both "kent", "Bristol, City of" is
// "bristol", "London Borough of Barnet" is "barnet". A name of nothing
// but those words keeps them all ("City of London" is "city-of-london").
// The corpus's councils and the register of authorities both use it, so
// that one council gets one slug.
func CouncilSlug(name string) string {
	slug := strings.Replace(Slug(name), "city-and-county", "city-county", 1) // "Limerick City and County Council"
	var keep []string
	for _, w := range strings.Split(slug, "-") {
		switch w {
		case "council", "county", "borough", "city", "metropolitan", "district", "of", "the", "royal", "london":
			continue
		}
		keep = append(keep, w)
	}
	if len(keep) == 0 {
		return slug
	}
	return strings.Join(keep, "-")
}
