package webtest

import (
	"strings"
	"testing"
)

func TestLint(t *testing.T) {
	tests := []struct {
		name, body string
		want       string // a part of the one fault; "" for none
	}{
		{"clean", `<h2 id="y-2021">2021</h2><a href="#y-2021">x</a><label for="q">Q</label><input id="q"><time datetime="2021-03-02">2 March 2021</time>`, ""},
		{"empty datetime", `<time datetime="">date unknown</time>`, `datetime=""`},
		{"id with a space", `<h3 id="y-Date unknown">Date unknown</h3>`, "without whitespace"},
		{"repeated id", `<p id="a"></p><p id="a"></p>`, "used 2 times"},
		{"dangling reference", `<section aria-labelledby="nope"></section>`, `aria-labelledby="nope"`},
		{"a list in a link", `<a href="/a">one <span><select><option>x</option></select></span></a>`, "nested"},
		{"button in a link", `<a href="/a"><button>go</button></a>`, "nested"},
		{"links in an SVG image", `<svg role="img" aria-label="map"><a href="/a"><rect width="3" height="3"/></a></svg>`, `inside <svg role="img">`},
		{"links in an SVG group", `<svg role="group" aria-label="map"><a href="/a"><rect width="3" height="3"/></a></svg>`, ""},
		{"links in a scrolling region", `<div class="scroll" tabindex="0" role="region" aria-label="x"><a href="/a">a</a></div>`, ""},
		{"aria-label on a div", `<div aria-label="words">x</div>`, "without a role"},
		{"hidden input in a link is no control", `<a href="/a"><input type="hidden" name="x"></a>`, ""},
	}
	for _, tt := range tests {
		faults := Lint([]byte("<!doctype html><html lang=en><title>t</title>" + tt.body))
		switch {
		case tt.want == "" && len(faults) > 0:
			t.Errorf("%s: faults %q", tt.name, faults)
		case tt.want != "" && (len(faults) != 1 || !strings.Contains(faults[0], tt.want)):
			t.Errorf("%s: faults %q, want one with %q", tt.name, faults, tt.want)
		}
	}
}
