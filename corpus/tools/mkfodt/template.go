package main

// prologue is everything before the master page: namespaces, fonts and the
// paragraph, table and section styles. Its verbs are the body, level 1,
// level 2 and level 3 font sizes in points.
const prologue = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="%[1]gpt" fo:language="en" fo:country="GB"/>
 </style:default-style>
 <style:style style:name="Body" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.25cm" fo:text-align="justify"/>
 </style:style>
 <style:style style:name="H1" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.3cm" fo:text-align="center" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="%[2]gpt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="H2" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.3cm" fo:text-align="center" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="%[3]gpt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="H3" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="%[4]gpt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="L1" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-left="0.8cm"/>
 </style:style>
 <style:style style:name="L2" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-left="1.6cm"/>
 </style:style>
 <style:style style:name="L3" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-left="2.4cm"/>
 </style:style>
 <style:style style:name="Break" style:family="paragraph">
  <style:paragraph-properties fo:break-before="page"/>
 </style:style>
 <style:style style:name="CellText" style:family="paragraph">
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="Running" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="8pt"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="A4">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.4cm" fo:margin-right="2.4cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-bottom="0.6cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.6cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="Cols" style:family="section">
  <style:section-properties><style:columns fo:column-count="2" fo:column-gap="1cm"/></style:section-properties>
 </style:style>
 <style:style style:name="Tbl" style:family="table">
  <style:table-properties style:width="16.2cm" table:align="margins" fo:margin-top="0.2cm" fo:margin-bottom="0.3cm"/>
 </style:style>
 <style:style style:name="Cell" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/>
 </style:style>
</office:automatic-styles>
`

// masterPage holds the running header (first verb) and footer (second).
const masterPage = `<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="A4">
  <style:header><text:p text:style-name="Running">%s</text:p></style:header>
  <style:footer><text:p text:style-name="Running">%s</text:p></style:footer>
 </style:master-page>
</office:master-styles>
`
