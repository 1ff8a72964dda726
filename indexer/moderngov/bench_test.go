package moderngov

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

func BenchmarkParseMeeting(b *testing.B) {
	data, err := os.ReadFile("testdata/site/meeting-1001.xml")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ParseMeeting(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseMeetingLarge parses a meeting of 400 items with long
// minutes, many entities and many text runs.
func BenchmarkParseMeetingLarge(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("<getmeeting><meeting><meetingdate>13/11/2017</meetingdate><agenda>")
	para := strings.Repeat("The Panel&amp;#39;s report &amp;amp; plan was discussed at length. ", 20)
	for i := 0; i < 400; i++ {
		sb.WriteString("<agendaitem><agendaitemnumber>1</agendaitemnumber><agendaitemtitle>Item &amp;#39;x&amp;#39;</agendaitemtitle><minutesnonemptyhtmlbody>")
		for j := 0; j < 5; j++ {
			sb.WriteString("&lt;p&gt;" + para + "&lt;/p&gt;<!-- c -->")
		}
		sb.WriteString("&lt;p&gt;RESOLVED that:&lt;/p&gt;&lt;p&gt;(i) it be noted.&lt;/p&gt;</minutesnonemptyhtmlbody></agendaitem>")
	}
	sb.WriteString("</agenda></meeting></getmeeting>")
	data := []byte(sb.String())
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ParseMeeting(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}
