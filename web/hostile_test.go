package web

import (
	"encoding/xml"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/councilminutes/minutes/search/schema"
)

// withHostileNames adds councils and committees whose names and titles a
// spreadsheet would take for formulas. Their names share slugs ("+1",
// "\t=1" and "\r=1" are all "1"), so each is given one of its own.
func withHostileNames(meetings []schema.Meeting) []schema.Meeting {
	for i, start := range []string{"-2+3", "=1+1", "+1", "@SUM(A1)", "\t=1", "\r=1"} {
		m := testMeeting(start+" Council", start+" Committee", "2022-01-10",
			item(start, start+" Ofsted", "Ofsted visited.", []string{"ofsted"}))
		m.CouncilSlug, m.CommitteeSlug = fmt.Sprintf("hostile-%d", i), "committee"
		m.SourcePath, m.ID = m.CouncilSlug+"/committee/2022-01-10.txt", ""
		m.AssignIDs()
		meetings = append(meetings, m)
	}
	return meetings
}

// TestCSVNeutralisesFormulas: in both exports no text cell starts with a
// character a spreadsheet reads as the start of a formula.
func TestCSVNeutralisesFormulas(t *testing.T) {
	h := newHandler(t, newTestIndex(t, withHostileNames))
	for _, target := range []string{"/api/search?q=ofsted&format=csv", "/api/compare?q=ofsted&format=csv"} {
		rec := get(t, h, target)
		if rec.Code != http.StatusOK {
			t.Fatalf("%s: status %d: %s", target, rec.Code, rec.Body)
		}
		rows := readCSV(t, rec.Body.String())
		seen := 0
		for _, row := range rows[1:] {
			for _, c := range row {
				if c != "" && strings.ContainsRune(formulaStarts, rune(c[0])) {
					t.Errorf("%s: cell %q reaches the spreadsheet as it is", target, c)
				}
				if strings.HasPrefix(c, "'-2+3") {
					seen++
				}
			}
		}
		if seen == 0 {
			t.Errorf("%s: the hostile council is not in the export", target)
		}
	}
}

func TestCell(t *testing.T) {
	for in, want := range map[string]string{
		"-2+3 Committee": "'-2+3 Committee", "=HYPERLINK(\"x\")": "'=HYPERLINK(\"x\")", "+1": "'+1", "@A1": "'@A1",
		"\tx": "'\tx", "\rx": "'\rx", "Kent": "Kent", "": "", "2+2": "2+2", "a-b": "a-b",
	} {
		if got := cell(in); got != want {
			t.Errorf("cell(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestAbsoluteLinksNeverFromHost: the feed's and the item page's absolute
// links come from the configured base URL, or are relative, whatever Host
// the request names.
func TestAbsoluteLinksNeverFromHost(t *testing.T) {
	id := schema.ItemID("kent--corporate-parenting-panel--2013-12-13", 1)
	tests := []struct {
		name, base, wantPrefix string
	}{
		{"configured", "https://minutes.example.org/", "https://minutes.example.org/items/"},
		{"configured with a path", "https://example.org/minutes", "https://example.org/minutes/items/"},
		{"none: relative", "", "/items/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHandler(t, testIndex(t), func(c *Config) { c.BaseURL = tt.base })
			for _, target := range []string{"/feeds/search?q=ofsted", "/items/" + id} {
				req := httptest.NewRequest(http.MethodGet, target, nil)
				req.Host = "evil.example"
				req.Header.Set("X-Forwarded-Host", "evil.example")
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				body := rec.Body.String()
				if rec.Code != http.StatusOK || strings.Contains(body, "evil.example") {
					t.Errorf("%s: status %d, evil.example in the answer: %v", target, rec.Code, strings.Contains(body, "evil.example"))
				}
				if !strings.Contains(body, tt.wantPrefix) {
					t.Errorf("%s: no link starting %s", target, tt.wantPrefix)
				}
			}
			var feed atomFeed
			if err := xml.Unmarshal(get(t, h, "/feeds/search?q=ofsted").Body.Bytes(), &feed); err != nil {
				t.Fatal(err)
			}
			for _, e := range feed.Entries {
				if !strings.HasPrefix(e.Link.Href, tt.wantPrefix) || !strings.Contains(e.ID, ":") {
					t.Errorf("entry link %q id %q", e.Link.Href, e.ID)
				}
			}
		})
	}
}

func TestCheckBaseURL(t *testing.T) {
	for _, bad := range []string{"minutes.example.org", "ftp://x", "https://", "https://x/?a=1", "https://x/#f", "https://u@x", "javascript:alert(1)"} {
		if _, err := CheckBaseURL(bad); err == nil {
			t.Errorf("CheckBaseURL(%q) accepted", bad)
		}
		if _, err := New(Config{Searcher: testIndex(t), BaseURL: bad}); err == nil {
			t.Errorf("New with base URL %q accepted", bad)
		}
	}
	if got, err := CheckBaseURL("https://minutes.example.org/"); err != nil || got != "https://minutes.example.org" {
		t.Errorf("CheckBaseURL = %q, %v", got, err)
	}
}
