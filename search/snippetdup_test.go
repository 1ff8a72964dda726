package search

import "testing"

func TestRepeatsPassage(t *testing.T) {
	decision := "NOTED\nthe report outlining Central Bedfordshire Council’s Children’s Services Post <mark>Ofsted</mark> Inspection Plan."
	tests := []struct {
		name    string
		frag    string
		earlier []string
		want    bool
	}{
		{"nothing shown yet", decision, nil, false},
		{"the same passage cut elsewhere", "… Bedfordshire Council’s Children’s Services Post <mark>Ofsted</mark> Inspection Plan.\n\nPoints and comments included:", []string{decision}, true},
		{"the agenda's words for it", "To consider a report outlining Central Bedfordshire Council’s Children’s Services Post <mark>Ofsted</mark> Inspection Action Plan.", []string{decision}, true},
		{"apostrophes alike", "…council&#39;s children&#39;s services post <mark>ofsted</mark> inspection", []string{decision}, true},
		{"escaped alike", "…the children&#39;s services post <mark>ofsted</mark> inspection plan", []string{"of the children&#39;s services post <mark>Ofsted</mark> plan"}, true},
		{"another passage", "The letter from the <mark>Ofsted</mark> monitoring visit was received.", []string{decision}, false},
		{"one new match beside a repeated one", "Services Post <mark>Ofsted</mark> Inspection Plan and the <mark>Ofsted</mark> letter of May", []string{decision}, false},
		{"a match near the edge, with little context", "<mark>Ofsted</mark> Inspection", []string{decision}, false},
		{"a phrase match", "Council’s Children’s Services <mark>Post</mark> <mark>Ofsted</mark> Inspection Plan", []string{decision}, true},
	}
	for _, tt := range tests {
		if got := repeatsPassage(tt.frag, tt.earlier); got != tt.want {
			t.Errorf("%s: repeatsPassage = %v, want %v", tt.name, got, tt.want)
		}
	}
}
