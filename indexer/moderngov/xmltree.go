package moderngov

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"html"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// node is one element of a parsed XML document, with its name lower-cased
// and its namespace dropped, so that lookups ignore the case and nesting
// differences between ModernGov versions.
type node struct {
	name     string
	text     string // character data directly inside the element
	children []*node
	// markup is set for the elements that hold HTML (see htmlFields): the
	// element's content as HTML, whether the site escaped it as text or
	// embedded it as child elements.
	markup strings.Builder
}

// htmlFields are the elements whose content is HTML.
var htmlFields = map[string]bool{
	"minutesnonemptyhtmlbody": true, "minuteshtmlbody": true, "agendatext": true, "agendaitemtext": true,
}

// maxXMLDepth bounds nesting so that hostile input cannot exhaust the stack.
const maxXMLDepth = 200

// errNoXML marks an answer that is not an XML document at all (an HTML
// login page, an empty body).
var errNoXML = errors.New("not an xml document")

// parseXML reads an XML document into a tree. It is lenient about entities
// (HTML entities such as &nbsp; are accepted) and about element case, but a
// truncated or otherwise broken document is an error.
func parseXML(r io.Reader) (*node, error) {
	d := xml.NewDecoder(r)
	d.Strict = false
	d.Entity = xml.HTMLEntity
	d.CharsetReader = charset.NewReaderLabel
	root := &node{name: "#document"}
	stack := []*node{root}
	sawElement := false
	var inHTML *node // the open element whose content is HTML, if any
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("parse xml: %w", err)
		}
		top := stack[len(stack)-1]
		switch t := tok.(type) {
		case xml.StartElement:
			if len(stack) > maxXMLDepth {
				return nil, fmt.Errorf("parse xml: elements nested deeper than %d", maxXMLDepth)
			}
			sawElement = true
			n := &node{name: strings.ToLower(t.Name.Local)}
			top.children = append(top.children, n)
			stack = append(stack, n)
			if inHTML != nil {
				inHTML.markup.WriteString("<" + n.name + ">")
			} else if htmlFields[n.name] {
				inHTML = n
			}
		case xml.EndElement:
			if len(stack) == 1 {
				return nil, fmt.Errorf("parse xml: unexpected end element </%s>", t.Name.Local)
			}
			stack = stack[:len(stack)-1]
			if inHTML == top {
				inHTML = nil
			} else if inHTML != nil {
				inHTML.markup.WriteString("</" + top.name + ">")
			}
		case xml.CharData:
			top.text += string(t)
			switch {
			case inHTML == top:
				inHTML.markup.Write(t) // HTML escaped as text: now markup
			case inHTML != nil:
				inHTML.markup.WriteString(html.EscapeString(string(t)))
			}
		}
	}
	if !sawElement {
		return nil, errNoXML
	}
	if len(stack) != 1 {
		return nil, fmt.Errorf("parse xml: document ends inside <%s>", stack[len(stack)-1].name)
	}
	return root, nil
}

// child returns the first direct child with one of the given (lower-case)
// names, or nil.
func (n *node) child(names ...string) *node {
	if n == nil {
		return nil
	}
	for _, c := range n.children {
		for _, name := range names {
			if c.name == name {
				return c
			}
		}
	}
	return nil
}

// value returns the trimmed text of the first direct child with one of the
// given names, or "".
func (n *node) value(names ...string) string {
	c := n.child(names...)
	if c == nil {
		return ""
	}
	return strings.TrimSpace(c.text)
}

// htmlValue returns the HTML content of the first direct child with one of
// the given names, or "".
func (n *node) htmlValue(names ...string) string {
	c := n.child(names...)
	if c == nil {
		return ""
	}
	if len(c.children) == 0 {
		return c.text
	}
	return c.markup.String()
}

// find returns the first element with the given name at any depth below n
// (n itself included), searching depth first.
func (n *node) find(name string) *node {
	if n == nil {
		return nil
	}
	if n.name == name {
		return n
	}
	for _, c := range n.children {
		if f := c.find(name); f != nil {
			return f
		}
	}
	return nil
}

// findAll returns every element with the given name below n, in document
// order. It does not descend into a match, so nested look-alikes are left
// to their parent.
func (n *node) findAll(name string) []*node {
	var out []*node
	var walk func(*node)
	walk = func(x *node) {
		for _, c := range x.children {
			if c.name == name {
				out = append(out, c)
				continue
			}
			walk(c)
		}
	}
	if n != nil {
		walk(n)
	}
	return out
}

// xmlDecl matches an XML declaration and captures its encoding attribute.
var xmlDecl = regexp.MustCompile(`(?i)^<\?xml[^>]*?encoding\s*=\s*["']([^"']+)["'][^>]*\?>`)

// normaliseXML returns the document as UTF-8 without a byte-order mark and
// with its declaration saying so. Documents declared in another encoding
// are converted; undeclared bytes that are not valid UTF-8 are read as
// Windows-1252, which is what such pages turn out to be.
func normaliseXML(data []byte) ([]byte, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if bytes.HasPrefix(data, []byte("\xff\xfe")) || bytes.HasPrefix(data, []byte("\xfe\xff")) {
		return convert(data, "utf-16")
	}
	data = bytes.TrimLeft(data, " \t\r\n")
	label := ""
	if m := xmlDecl.FindSubmatch(data); m != nil {
		label = strings.ToLower(string(m[1]))
	}
	switch {
	case label == "" || label == "utf-8" || label == "utf8":
		if utf8.Valid(data) {
			return data, nil
		}
		return convert(data, "windows-1252")
	default:
		return convert(data, label)
	}
}

// convert decodes data from the named encoding to UTF-8 and rewrites the
// declaration's encoding.
func convert(data []byte, label string) ([]byte, error) {
	r, err := charset.NewReaderLabel(label, bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("convert xml from %q: %w", label, err)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("convert xml from %q: %w", label, err)
	}
	out = bytes.TrimPrefix(out, []byte("\xef\xbb\xbf"))
	if loc := xmlDecl.FindSubmatchIndex(out); loc != nil {
		out = append(append(append([]byte{}, out[:loc[2]]...), "utf-8"...), out[loc[3]:]...)
	}
	return out, nil
}
