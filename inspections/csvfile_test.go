package inspections

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestImport(t *testing.T) {
	tests := []struct {
		name    string
		csv     string
		mapping map[string]string
		want    []Inspection
		bad     []RowError
		fatal   string // non-empty: Import fails with an error containing it
	}{
		{
			name: "our columns, common spellings",
			csv: "council,kind,start_date,publication_date,judgement,report_url,source\n" +
				"luton,Full inspection,13/01/2020,2020-02-26,Inadequate,https://reports.ofsted.gov.uk/x,Ofsted report\n" +
				"kent,ILACS,2017-01-09,,Requires improvement to be good,,council press release\n" +
				"kent,focused visit,2019-06-04,,,,Ofsted letter\n" +
				"\n" +
				"middlesbrough,full,2 December 2019,,RI,,Ofsted report\n",
			want: []Inspection{
				{Council: "luton", Kind: KindFull, StartDate: "2020-01-13", PublicationDate: "2020-02-26", Judgement: JudgementInadequate, ReportURL: "https://reports.ofsted.gov.uk/x", Source: "Ofsted report"},
				{Council: "kent", Kind: KindFull, StartDate: "2017-01-09", Judgement: JudgementRequiresImprovement, Source: "council press release"},
				{Council: "kent", Kind: KindFocusedVisit, StartDate: "2019-06-04", Judgement: JudgementNone, Source: "Ofsted letter"},
				{Council: "middlesbrough", Kind: KindFull, StartDate: "2019-12-02", Judgement: JudgementRequiresImprovement, Source: "Ofsted report"},
			},
		},
		{
			name: "bad rows by line number",
			csv: "council,kind,start_date,judgement,source\n" +
				"luton,full,2020-01-13,inadequate,\n" + // line 2: no source
				"kent,full,2017-01-09,,x\n" + // line 3: full without a judgement: not recorded
				"kent,inspection visit,2017-01-09,good,x\n" + // line 4: unknown kind
				"kent,full,31/02/2017,good,x\n" + // line 5: no such date
				"kent,full,2017-01-09,excellent,x\n" + // line 6: unknown judgement
				"kent,monitoring visit,2017-01-09,good,x\n" + // line 7: a visit with a grade
				"kent,full,,good,x\n" + // line 8: no date
				"kent,full,2017-01-09,good,x\n", // line 9: good
			want: []Inspection{
				{Council: "kent", Kind: KindFull, StartDate: "2017-01-09", Judgement: JudgementNotRecorded, Source: "x"},
				{Council: "kent", Kind: KindFull, StartDate: "2017-01-09", Judgement: JudgementGood, Source: "x"},
			},
			bad: []RowError{
				{2, "source is empty: say where the entry came from"},
				{4, `unknown kind "inspection visit" (want full, focused-visit, monitoring-visit, jtai or other)`},
				{5, `start_date: date "31/02/2017" is not YYYY-MM-DD, DD/MM/YYYY or DD/MM/YY`},
				{6, `unknown judgement "excellent" (want outstanding, good, requires-improvement, inadequate, none or not-recorded)`},
				{7, `a monitoring-visit gives no judgement, but the row says "good" (use none)`},
				{8, "needs a start_date or a publication_date"},
			},
		},
		{
			name:    "column mapping and a constant source",
			csv:     "\ufeffLocal authority,Inspection type,Inspection start date,Overall effectiveness\nLuton,Full,13/01/2020,Inadequate\n",
			mapping: map[string]string{"council": "Local authority", "kind": "inspection type", "start_date": "Inspection start date", "judgement": "Overall effectiveness", "source": "=Ofsted data 2020"},
			want:    []Inspection{{Council: "luton", Kind: KindFull, StartDate: "2020-01-13", Judgement: JudgementInadequate, Source: "Ofsted data 2020"}},
		},
		{
			name:  "required column missing",
			csv:   "council,kind,start_date,judgement\nluton,full,2020-01-13,inadequate\n",
			fatal: `required column "source"`,
		},
		{name: "mapped column missing", csv: "a,b\n", mapping: map[string]string{"council": "LA"}, fatal: `column "LA" (mapped from council)`},
		{name: "unknown mapping key", csv: "a\n", mapping: map[string]string{"region": "x"}, fatal: `unknown column "region"`},
		{name: "empty file", csv: "", fatal: "empty"},
		{
			name: "broken quoting reported, later rows kept",
			csv:  "council,kind,start_date,judgement,source\nluton,\"full,2020-01-13,inadequate,x\n",
			bad:  []RowError{{2, "extraneous or missing \" in quoted-field"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, bad, err := Import(strings.NewReader(tt.csv), tt.mapping)
			if tt.fatal != "" {
				if err == nil || !strings.Contains(err.Error(), tt.fatal) {
					t.Fatalf("error %v, want one containing %q", err, tt.fatal)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("inspections:\n got %+v\nwant %+v", got, tt.want)
			}
			if !reflect.DeepEqual(bad, tt.bad) {
				t.Errorf("row errors:\n got %q\nwant %q", bad, tt.bad)
			}
		})
	}
}

func TestSaveMergesAndLoads(t *testing.T) {
	path := filepath.Join(t.TempDir(), "inspections.csv")
	if got, err := Load(path); err != nil || got != nil {
		t.Fatalf("missing file: got %v, %v; want nothing", got, err)
	}
	a := Inspection{Council: "luton", Kind: KindFull, StartDate: "2020-01-13", Judgement: JudgementInadequate, Source: "first"}
	b := Inspection{Council: "kent", Kind: KindFull, PublicationDate: "2017-03-01", Judgement: JudgementGood, Source: "x"}
	if err := Save(path, []Inspection{a, b}); err != nil {
		t.Fatal(err)
	}
	a2 := a
	a2.PublicationDate, a2.Source = "2020-02-26", "second"
	if err := Save(path, []Inspection{a2, b}); err != nil { // same keys: replaced, not added
		t.Fatal(err)
	}
	got, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	want := []Inspection{b, a2} // sorted by council
	if !reflect.DeepEqual(got, want) {
		t.Errorf("after two saves:\n got %+v\nwant %+v", got, want)
	}
	data, _ := os.ReadFile(path)
	if !strings.HasPrefix(string(data), strings.Join(Columns, ",")+"\n") {
		t.Errorf("file does not start with the header:\n%s", data)
	}
}

func TestLoadReportsBadRows(t *testing.T) {
	path := filepath.Join(t.TempDir(), "inspections.csv")
	os.WriteFile(path, []byte("council,kind,start_date,publication_date,judgement,report_url,source\nluton,full,2020-01-13,,inadequate,,\n"), 0o644)
	_, err := Load(path)
	if err == nil || !strings.Contains(err.Error(), path+":line 2: source is empty") {
		t.Fatalf("error %v, want one naming %s line 2", err, path)
	}
}

func TestLoadWantsSlugs(t *testing.T) {
	path := filepath.Join(t.TempDir(), "inspections.csv")
	os.WriteFile(path, []byte("council,kind,start_date,judgement,source\nKent County Council,full,2017-01-09,good,x\n"), 0o644)
	_, err := Load(path)
	if err == nil || !strings.Contains(err.Error(), `line 2: council "Kent County Council" is not a slug (did you mean "kent-county-council"?)`) {
		t.Fatalf("error %v, want one asking for a slug", err)
	}
}

func TestResolveCouncils(t *testing.T) {
	reg := NewRegister([]Authority{{Slug: "kent", Name: "Kent"}, {Slug: "luton", Name: "Luton"}})
	resolve := func(name string) (string, bool) {
		a, ok := reg.Match(name)
		return a.Slug, ok
	}
	insps := []Inspection{{Council: "kent-county-council"}, {Council: "luton"}, {Council: "narnia"}, {Council: "narnia"}}
	known, unknown := ResolveCouncils(insps, resolve)
	if len(known) != 2 || known[0].Council != "kent" || known[1].Council != "luton" {
		t.Errorf("known: %+v", known)
	}
	if !reflect.DeepEqual(unknown, []string{"narnia"}) {
		t.Errorf("unknown: %v", unknown)
	}
}

func TestBundledFileLoads(t *testing.T) {
	insps, err := Load(filepath.Join("data", "inspections.csv"))
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range insps {
		if in.Source == "" {
			t.Errorf("bundled inspection without a source: %+v", in)
		}
	}
}

func FuzzImport(f *testing.F) {
	f.Add("council,kind,start_date,judgement,source\nluton,full,13/01/2020,RI,x\n")
	f.Add("council,kind,publication_date,judgement,source\n\"kent\",\"focused visit\",2019-06-04,,\"a \"\"quoted\"\" source\"\n")
	f.Add("\ufeffcouncil,kind,start_date,source\nx,jtai,1 March 2018,y\n\"unterminated")
	f.Fuzz(func(t *testing.T, data string) {
		got, bad, err := Import(strings.NewReader(data), nil)
		if err != nil {
			return
		}
		for _, in := range got {
			if in.Source == "" || in.Council == "" || in.Kind == "" || in.Judgement == "" {
				t.Fatalf("accepted an incomplete inspection %+v", in)
			}
			if _, ok := in.Date(); !ok {
				t.Fatalf("accepted an inspection without a date %+v", in)
			}
		}
		for _, b := range bad {
			if b.Line < 2 || b.Message == "" {
				t.Fatalf("bad row error %+v", b)
			}
		}
	})
}
