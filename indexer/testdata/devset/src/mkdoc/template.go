package main

import (
	"fmt"
	"html"
	"strings"
)

// prologue is everything before the body: fonts, paragraph and list
// styles, the page layout and the running header and footer.
func prologue(s settings, columns string) string {
	font := "Liberation Sans"
	if s.font == "serif" {
		font = "Liberation Serif"
	}
	var tabs strings.Builder
	if len(s.tabs) > 0 {
		tabs.WriteString("<style:tab-stops>")
		for _, t := range s.tabs {
			fmt.Fprintf(&tabs, `<style:tab-stop style:position="%scm"/>`, t)
		}
		tabs.WriteString("</style:tab-stops>")
	}
	pageColumns := ""
	if s.columns != "" {
		pageColumns = fmt.Sprintf(`<style:columns fo:column-count="%s" fo:column-gap="0.8cm"/>`, s.columns)
	}
	prefix, suffix, ok := strings.Cut(s.numlabel, "#")
	if !ok {
		prefix, suffix = "", "."
	}
	numLabel := fmt.Sprintf(`style:num-prefix="%s" style:num-suffix="%s"`, html.EscapeString(prefix), html.EscapeString(suffix))
	return fmt.Sprintf(styles, font, s.size, tabs.String(), s.margins, columns,
		running("header", s.header), running("footer", s.footer), pageColumns, numLabel)
}

// running is a header or footer element with page-number fields, or nothing.
func running(kind, text string) string {
	if text == "" {
		return ""
	}
	t := html.EscapeString(text)
	t = strings.ReplaceAll(t, "%n", `<text:page-number text:select-page="current">1</text:page-number>`)
	t = strings.ReplaceAll(t, "%m", `<text:page-count>1</text:page-count>`)
	t = strings.ReplaceAll(t, `\t`, "<text:tab/>")
	return fmt.Sprintf(`<style:%[1]s><text:p text:style-name="Running">%[2]s</text:p></style:%[1]s>`, kind, t)
}

// styles: 1 font, 2 size, 3 tab stops, 4 margins, 5 column styles,
// 6 header, 7 footer, 8 page columns.
const styles = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="%[1]s" svg:font-family="'%[1]s'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties style:tab-stop-distance="1.27cm"/>
  <style:text-properties style:font-name="%[1]s" fo:font-size="%[2]spt" fo:language="en" fo:country="GB"/>
 </style:default-style>
 <style:style style:name="P" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm">%[3]s</style:paragraph-properties>
 </style:style>
 <style:style style:name="H1" style:family="paragraph" style:parent-style-name="P">
  <style:paragraph-properties fo:text-align="center" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="14pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="H2" style:family="paragraph" style:parent-style-name="P">
  <style:paragraph-properties fo:text-align="center" fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="C" style:family="paragraph" style:parent-style-name="P">
  <style:paragraph-properties fo:text-align="center"/>
 </style:style>
 <style:style style:name="R" style:family="paragraph" style:parent-style-name="P">
  <style:paragraph-properties fo:text-align="end"/>
 </style:style>
 <style:style style:name="B" style:family="paragraph" style:parent-style-name="P">
  <style:paragraph-properties fo:margin-top="0.25cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="U" style:family="paragraph" style:parent-style-name="B">
  <style:text-properties style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/>
 </style:style>
 <style:style style:name="I1" style:family="paragraph" style:parent-style-name="P">
  <style:paragraph-properties fo:margin-left="1.27cm" fo:text-indent="-1.27cm"><style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties>
 </style:style>
 <style:style style:name="I2" style:family="paragraph" style:parent-style-name="P">
  <style:paragraph-properties fo:margin-left="2.54cm" fo:text-indent="-1.27cm"><style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties>
 </style:style>
 <style:style style:name="Bul" style:family="paragraph" style:parent-style-name="P">
  <style:paragraph-properties fo:margin-left="1.9cm" fo:text-indent="-0.63cm"><style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties>
 </style:style>
 <style:style style:name="Break" style:family="paragraph">
  <style:paragraph-properties fo:break-before="page"/>
 </style:style>
 <style:style style:name="CellText" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.05cm"/>
  <style:text-properties fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="Running" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"><style:tab-stops><style:tab-stop style:position="16cm" style:type="right"/></style:tab-stops></style:paragraph-properties>
  <style:text-properties fo:font-size="8pt"/>
 </style:style>
 <style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Under" style:family="text"><style:text-properties style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/></style:style>
 <text:list-style style:name="Num">
  <text:list-level-style-number text:level="1" %[9]s style:num-format="1">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.27cm" fo:text-indent="-1.27cm" fo:margin-left="1.27cm"/></style:list-level-properties>
  </text:list-level-style-number>
 </text:list-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="A4">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="%[4]scm" fo:margin-right="%[4]scm">%[8]s</style:page-layout-properties>
  <style:header-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-bottom="0.5cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.5cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="Tbl" style:family="table">
  <style:table-properties style:width="16cm" table:align="margins" fo:margin-top="0.1cm" fo:margin-bottom="0.3cm"/>
 </style:style>
 <style:style style:name="Cell" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000"/>
 </style:style>
 <style:style style:name="CellPlain" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.08cm" fo:border="none"/>
 </style:style>
%[5]s</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="A4">%[6]s%[7]s</style:master-page>
</office:master-styles>
`
