package indexer

import (
	"bytes"
	"encoding/xml"
	"io"
	"strconv"
	"strings"
)

// wordLevel is one level of a Word list: how its numbers are written.
type wordLevel struct {
	format string // decimal, lowerLetter, upperRoman, bullet, none…
	text   string // "%1.", "%1.%2", "(%3)"
	start  int
}

// wordNumbering is what a document's numbering.xml says: the levels of
// each abstract list, which abstract list each numId uses and where it
// restarts. Lists sharing an abstract list share its counters, as in Word.
type wordNumbering struct {
	levels   map[string]map[int]wordLevel // abstractNumId → ilvl → level
	abstract map[string]string            // numId → abstractNumId
	restart  map[string]map[int]int       // numId → ilvl → start override
	counters map[string][]int             // abstractNumId → counter per level
	started  map[string]bool              // numIds whose start overrides were applied
}

// parseNumbering reads numbering.xml; nil data gives empty numbering.
func parseNumbering(data []byte) *wordNumbering {
	n := &wordNumbering{levels: map[string]map[int]wordLevel{}, abstract: map[string]string{},
		restart: map[string]map[int]int{}, counters: map[string][]int{}, started: map[string]bool{}}
	dec := xml.NewDecoder(bytes.NewReader(data))
	var absID, numID string
	ilvl := -1
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		val := attr(se, "val")
		switch se.Name.Local {
		case "abstractNum":
			absID, numID = attr(se, "abstractNumId"), ""
			n.levels[absID] = map[int]wordLevel{}
		case "num":
			numID, absID = attr(se, "numId"), ""
		case "lvl":
			ilvl, _ = strconv.Atoi(attr(se, "ilvl"))
			if absID != "" {
				n.levels[absID][ilvl] = wordLevel{format: "decimal", start: 1}
			}
		case "lvlOverride":
			ilvl, _ = strconv.Atoi(attr(se, "ilvl"))
		case "start", "numFmt", "lvlText":
			if absID == "" {
				continue
			}
			l := n.levels[absID][ilvl]
			switch se.Name.Local {
			case "start":
				l.start, _ = strconv.Atoi(val)
			case "numFmt":
				l.format = val
			case "lvlText":
				l.text = val
			}
			n.levels[absID][ilvl] = l
		case "abstractNumId":
			if numID != "" {
				n.abstract[numID] = val
			}
		case "startOverride":
			if numID != "" {
				if n.restart[numID] == nil {
					n.restart[numID] = map[int]int{}
				}
				n.restart[numID][ilvl], _ = strconv.Atoi(val)
			}
		}
	}
	return n
}

// next counts one more paragraph of list numID at level ilvl and returns
// its number as Word draws it ("31.", "(b)", "2.3"), or "" for bullets
// and unnumbered levels.
func (n *wordNumbering) next(numID string, ilvl int) string {
	absID, ok := n.abstract[numID]
	if !ok || ilvl < 0 || ilvl > 8 {
		return ""
	}
	levels := n.levels[absID]
	c := n.counters[absID]
	if c == nil {
		c = make([]int, 9)
		for i := range c {
			c[i] = levels[i].start - 1
		}
	}
	if !n.started[numID] {
		for lvl, start := range n.restart[numID] {
			if lvl >= 0 && lvl < 9 {
				c[lvl] = start - 1
			}
		}
		n.started[numID] = true
	}
	c[ilvl]++
	for i := ilvl + 1; i < 9; i++ { // deeper levels start again
		c[i] = levels[i].start - 1
	}
	n.counters[absID] = c
	l := levels[ilvl]
	if l.format == "bullet" || l.format == "none" || l.text == "" {
		return ""
	}
	out := l.text
	for i := 0; i <= ilvl; i++ {
		out = strings.ReplaceAll(out, "%"+strconv.Itoa(i+1), formatListNumber(c[i], levels[i].format))
	}
	return out
}

// formatListNumber writes a list counter in a Word number format.
func formatListNumber(v int, format string) string {
	switch format {
	case "lowerLetter", "upperLetter":
		if v < 1 {
			v = 1
		}
		s := strings.Repeat(string(rune('a'+(v-1)%26)), (v-1)/26+1)
		if format == "upperLetter" {
			s = strings.ToUpper(s)
		}
		return s
	case "lowerRoman":
		return strings.ToLower(toRoman(v))
	case "upperRoman":
		return toRoman(v)
	case "decimalZero":
		if v < 10 {
			return "0" + strconv.Itoa(v)
		}
	}
	return strconv.Itoa(v)
}

// wordStyle is what a paragraph style gives its paragraphs: bold type,
// list numbering, and the style it is based on.
type wordStyle struct {
	bold    bool
	numID   string
	ilvl    int
	basedOn string
}

// parseStyles reads styles.xml: each style's bold, numbering and parent.
func parseStyles(data []byte) map[string]wordStyle {
	styles := map[string]wordStyle{}
	dec := xml.NewDecoder(bytes.NewReader(data))
	var id string
	var inRun bool
	for {
		tok, err := dec.Token()
		if err == io.EOF || err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			s := styles[id]
			switch t.Name.Local {
			case "style":
				id = attr(t, "styleId")
				styles[id] = wordStyle{}
				continue
			case "basedOn":
				s.basedOn = attr(t, "val")
			case "rPr":
				inRun = true
			case "b":
				if inRun && on(t) {
					s.bold = true
				}
			case "numId":
				s.numID = attr(t, "val")
			case "ilvl":
				s.ilvl, _ = strconv.Atoi(attr(t, "val"))
			}
			if id != "" {
				styles[id] = s
			}
		case xml.EndElement:
			if t.Name.Local == "rPr" {
				inRun = false
			}
		}
	}
	return styles
}

// resolve follows a style's basedOn chain for bold and numbering.
func resolveStyle(styles map[string]wordStyle, id string) wordStyle {
	var out wordStyle
	for depth := 0; id != "" && depth < 10; depth++ {
		s, ok := styles[id]
		if !ok {
			break
		}
		out.bold = out.bold || s.bold
		if out.numID == "" && s.numID != "" {
			out.numID, out.ilvl = s.numID, s.ilvl
		}
		id = s.basedOn
	}
	return out
}

// attr returns the value of an element's attribute by local name.
func attr(se xml.StartElement, name string) string {
	for _, a := range se.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// on reports whether a toggle property such as <w:b/> is on: no value,
// or a value other than false, 0 and off.
func on(se xml.StartElement) bool {
	v := attr(se, "val")
	return v != "false" && v != "0" && v != "off" && v != "none"
}
