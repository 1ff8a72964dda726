package indexer

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// maxDocxXML bounds the uncompressed size of word/document.xml.
const maxDocxXML = 32 << 20

// docxText reads the paragraphs of a Word document (word/document.xml of
// the zip), one line per paragraph, tabs and breaks kept.
func docxText(data []byte) (string, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", fmt.Errorf("read docx zip: %w", err)
	}
	var doc *zip.File
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			doc = f
		}
	}
	if doc == nil {
		return "", errors.New("docx has no word/document.xml")
	}
	rc, err := doc.Open()
	if err != nil {
		return "", fmt.Errorf("open word/document.xml: %w", err)
	}
	defer rc.Close()
	xmlData, err := io.ReadAll(io.LimitReader(rc, maxDocxXML+1))
	if err != nil {
		return "", fmt.Errorf("read word/document.xml: %w", err)
	}
	if len(xmlData) > maxDocxXML {
		return "", fmt.Errorf("word/document.xml larger than %d bytes", maxDocxXML)
	}
	return wordXMLText(xmlData)
}

// wordXMLText walks WordprocessingML: w:t is text, w:tab a tab, w:br and
// w:cr line breaks, and each w:p ends a line. Table cells end with a tab
// so a row stays on one line.
func wordXMLText(data []byte) (string, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	var b strings.Builder
	inText := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", fmt.Errorf("parse word/document.xml: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "t":
				inText = true
			case "tab":
				b.WriteByte('\t')
			case "br", "cr":
				b.WriteByte('\n')
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "t":
				inText = false
			case "p":
				b.WriteByte('\n')
			}
		case xml.CharData:
			if inText {
				b.Write(t)
			}
		}
	}
	return b.String(), nil
}
