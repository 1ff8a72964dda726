package pdftext

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
)

// Rebuilding a broken cross-reference table. The PDF library finds every
// object through the table that startxref points at; when that pointer or
// the table is wrong (a file cut and re-joined, a tool that rewrote the
// objects but not their offsets) it reads nothing, and the text was left
// to pdftotext, or lost where it is missing. rebuildXref scans the file
// for its objects ("12 0 obj") as PDF readers do, and appends a table of
// where they are, with a trailer naming the catalog, so that the library
// reads the file through the new table.

var (
	objHeader = regexp.MustCompile(`(?:^|[\r\n\s])(\d{1,7})[ \t\r\n]+(\d{1,5})[ \t\r\n]+obj\b`)
	rootRef   = regexp.MustCompile(`/Root[ \t\r\n]*(\d{1,7})[ \t\r\n]+(\d{1,5})[ \t\r\n]+R`)
	catalog   = regexp.MustCompile(`/Type[ \t\r\n]*/Catalog\b`)
	trailerID = regexp.MustCompile(`/ID[ \t\r\n]*\[[^\]]{0,600}\]`)
	encrypt   = regexp.MustCompile(`/Encrypt[ \t\r\n]*(\d{1,7})[ \t\r\n]+(\d{1,5})[ \t\r\n]+R`)
)

// maxRebuiltObjects bounds the objects of a rebuilt table.
const maxRebuiltObjects = 1 << 20

// rebuildXref returns data with a cross-reference table of the objects
// found in it appended, and false when it finds no objects or no catalog.
// An object defined twice is taken at its last definition, as an
// incremental update would have it.
func rebuildXref(data []byte) ([]byte, bool) {
	offsets := map[int]struct{ off, gen int }{}
	maxNum := 0
	for _, m := range objHeader.FindAllSubmatchIndex(data, -1) {
		num, err1 := strconv.Atoi(string(data[m[2]:m[3]]))
		gen, err2 := strconv.Atoi(string(data[m[4]:m[5]]))
		if err1 != nil || err2 != nil || num <= 0 || num >= maxRebuiltObjects {
			continue
		}
		offsets[num] = struct{ off, gen int }{m[2], gen}
		maxNum = max(maxNum, num)
	}
	if len(offsets) == 0 {
		return nil, false
	}
	root := ""
	if ms := rootRef.FindAllSubmatch(data, -1); len(ms) > 0 {
		m := ms[len(ms)-1]
		if n, _ := strconv.Atoi(string(m[1])); offsets[n].off > 0 {
			root = fmt.Sprintf("%s %s R", m[1], m[2])
		}
	}
	if root == "" {
		root = catalogRef(data, offsets)
	}
	if root == "" {
		return nil, false
	}
	var b bytes.Buffer
	b.Grow(len(data) + 20*(maxNum+1) + 200)
	b.Write(data)
	b.WriteString("\n")
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", maxNum+1)
	for n := 1; n <= maxNum; n++ {
		if o, ok := offsets[n]; ok {
			fmt.Fprintf(&b, "%010d %05d n \n", o.off, o.gen)
		} else {
			b.WriteString("0000000000 65535 f \n")
		}
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root %s", maxNum+1, root)
	if ms := encrypt.FindAllSubmatch(data, -1); len(ms) > 0 {
		m := ms[len(ms)-1]
		fmt.Fprintf(&b, " /Encrypt %s %s R", m[1], m[2])
	}
	if ids := trailerID.FindAll(data, -1); len(ids) > 0 {
		b.WriteString(" ")
		b.Write(ids[len(ids)-1])
	}
	fmt.Fprintf(&b, " >>\nstartxref\n%d\n%%%%EOF\n", xref)
	return b.Bytes(), true
}

// catalogRef finds the object that holds /Type /Catalog: the last object
// header before the catalog's dictionary.
func catalogRef(data []byte, offsets map[int]struct{ off, gen int }) string {
	locs := catalog.FindAllIndex(data, -1)
	if len(locs) == 0 {
		return ""
	}
	at := locs[len(locs)-1][0]
	best, bestOff := 0, -1
	for n, o := range offsets {
		if o.off < at && o.off > bestOff {
			best, bestOff = n, o.off
		}
	}
	if bestOff < 0 {
		return ""
	}
	return fmt.Sprintf("%d %d R", best, offsets[best].gen)
}
