package moderngov

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFetchCommitteesOfOneTitle: two committees of one title (a
// committee recreated under its old title, a sub-committee listed twice)
// that met on the same day are stored as two files; the second was
// stored over the first, both reported "stored".
func TestFetchCommitteesOfOneTitle(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		switch r.URL.Path {
		case "/mgWebService.asmx/GetCommittees":
			io.WriteString(w, `<committees>`+
				`<committee><committeeid>7</committeeid><committeetitle>Licensing Sub-Committee</committeetitle></committee>`+
				`<committee><committeeid>8</committeeid><committeetitle>Licensing Sub-Committee</committeetitle></committee>`+
				`</committees>`)
		case "/mgWebService.asmx/GetMeetings":
			c := q.Get("lCommitteeId")
			fmt.Fprintf(w, "<getmeetings><meetings><meeting><meetingid>%s01</meetingid><meetingdate>10/01/2024</meetingdate></meeting>"+
				"<meeting><meetingid>%s02</meetingid><meetingdate>1%s/02/2024</meetingdate></meeting></meetings></getmeetings>", c, c, c)
		case "/mgWebService.asmx/GetMeeting":
			id := q.Get("lMeetingId")
			fmt.Fprintf(w, `<getmeeting><meeting><meetingid>%s</meetingid><minutepublished>True</minutepublished>`+
				`<agenda><agendaitem><agendaitemnumber>1</agendaitemnumber><agendaitemtitle>Premises licence</agendaitemtitle>`+
				`<minutesnonemptyhtmlbody>&lt;p&gt;Application %s granted.&lt;/p&gt;</minutesnonemptyhtmlbody></agendaitem></agenda>`+
				`</meeting></getmeeting>`, id, id)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	dir := t.TempDir()
	opts := fetchOpts(srv.URL, srv.Client(), dir)
	opts.Council, opts.Committees, opts.From, opts.To = "Testshire Council", []string{"licensing"}, "2024", "2024-12"
	sum, err := Fetch(context.Background(), opts)
	if err != nil {
		t.Fatalf("Fetch: %v", err)
	}
	if len(sum.Stored) != 4 {
		t.Errorf("stored %d meetings, want 4", len(sum.Stored))
	}
	var xmls []string
	for _, f := range corpusFiles(t, dir) {
		if strings.HasSuffix(f, ".xml") {
			xmls = append(xmls, f)
		}
	}
	if len(xmls) != 4 {
		t.Fatalf("files %v; want the 4 meetings' each", xmls)
	}
	for _, id := range []string{"701", "702", "801", "802"} {
		found := false
		for _, f := range xmls {
			data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(f)))
			if err != nil {
				t.Fatal(err)
			}
			found = found || strings.Contains(string(data), "Application "+id+" granted")
		}
		if !found {
			t.Errorf("meeting %s: its minutes are in no file", id)
		}
	}
}
