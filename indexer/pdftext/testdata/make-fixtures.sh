#!/bin/sh
# make-fixtures.sh regenerates the PDF fixtures of indexer/pdftext from the
# sources in testdata/src (text of the seed minutes in the Markdown subset
# of corpus/tools/mkfodt) and the malformed variants derived from them.
#
# Needs Go, LibreOffice (soffice), Chromium, qpdf and poppler-utils (pdftoppm).
# The fixtures are committed; run this only when a source changes:
#   sh indexer/pdftext/testdata/make-fixtures.sh
set -eu

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# pdf NAME HEADER [MKFODT FLAGS...]: src/NAME.md to NAME.pdf.
pdf() {
	name=$1 header=$2
	shift 2
	(cd "$repo" && go run ./corpus/tools/mkfodt -header "$header" "$@" "$here/src/$name.md") >"$work/$name.fodt"
	soffice -env:UserInstallation="file://$work/profile" --headless \
		--convert-to pdf:writer_pdf_Export --outdir "$work" "$work/$name.fodt" >/dev/null 2>&1
	mv "$work/$name.pdf" "$here/$name.pdf"
	echo "wrote $name.pdf"
}

pdf twocolumn "Cheshire East Council - Corporate Parenting Committee - 9 May 2018"
pdf table "Luton Borough Council - Children Services Review Group - Action tracker"
pdf headers "Cheshire East Council - Corporate Parenting Committee - 9 May 2018"
pdf hyphenated "Kent County Council - Corporate Parenting Panel - 13 December 2013" -soft-hyphens
pdf long "Minutes of five councils - bundled corpus" -font-size 14

# chromium.pdf: the Luton minutes printed by Chromium (CID fonts, Identity-H).
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --no-pdf-header-footer \
	--print-to-pdf="$here/chromium.pdf" "$here/src/chromium.html" >/dev/null 2>&1

# typography.pdf: underlined titles after a tab, bold and italic parts of a word, small
# capitals, letter spacing (wide, narrow, tight), superscripts, kerning, justified lines
# (src/typography.fodt, written by hand); spacing.pdf: the same kinds of text printed by
# Chromium (src/spacing.html: CSS letter-spacing, word-spacing, justified, small-caps).
soffice -env:UserInstallation="file://$work/profile" --headless \
	--convert-to pdf:writer_pdf_Export --outdir "$here" "$here/src/typography.fodt" >/dev/null 2>&1
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --no-pdf-header-footer \
	--print-to-pdf="$here/spacing.pdf" "$here/src/spacing.html" >/dev/null 2>&1

# kinds-chromium.pdf: footnote marks as superscripts after words, soft hyphens inside words
# (Chromium draws them as spaces of no advance), no-break spaces, ligature characters, small
# capitals, two CSS columns and a table with wrapped cells (src/kinds.html).
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --no-pdf-header-footer \
	--print-to-pdf="$here/kinds-chromium.pdf" "$here/src/kinds.html" >/dev/null 2>&1

# Malformed inputs, all derived from a good PDF.
good="$repo/corpus/kent/corporate-parenting-panel/2013-12-13.pdf"
: >"$here/empty.pdf"
size=$(wc -c <"$good")
head -c $((size / 2)) "$good" >"$here/truncated.pdf"
printf 'Minutes of the Corporate Parenting Panel, 13 December 2013.\nThis is plain text saved with a .pdf name.\n' >"$here/notapdf.pdf"
qpdf --allow-weak-crypto --encrypt secret owner 128 --use-aes=n -- "$good" "$here/encrypted-rc4.pdf"
qpdf --encrypt secret owner 256 -- "$good" "$here/encrypted-aes256.pdf"
# Encrypted with an empty user password: any reader opens them without asking.
qpdf --encrypt "" owner 128 --use-aes=y -- "$here/table.pdf" "$here/encrypted-open-aes128.pdf"
qpdf --encrypt "" owner 256 -- "$here/table.pdf" "$here/encrypted-open-aes256.pdf"
# shifted-xref.pdf: every offset in the cross-reference table points 7 bytes too far.
qpdf --qdf --object-streams=disable "$good" "$work/plain.pdf"
awk '/^[0-9]{10} [0-9]{5} n/ { printf "%010d %s n\n", $1 + 7, $2; next } { print }' "$work/plain.pdf" >"$here/shifted-xref.pdf"
# broken-xref.pdf: startxref points at the start of the file, not at the table.
awk 'prev == "startxref" { print "0"; prev = ""; next } { print; prev = $0 }' "$work/plain.pdf" >"$here/broken-xref.pdf"
# scan.pdf: page 1 of the Luton minutes as a 150 dpi image with no text layer.
pdftoppm -r 100 -gray -f 1 -l 1 -png -singlefile "$repo/corpus/luton/scrutiny-children-services-review-group/2021-03-02.pdf" "$work/scan"
{
	printf '<?xml version="1.0" encoding="UTF-8"?>\n'
	printf '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">\n'
	printf '<office:body><office:text><text:p><draw:frame draw:name="scan" text:anchor-type="as-char" svg:width="16cm" svg:height="22.6cm"><draw:image><office:binary-data>'
	base64 -w0 "$work/scan.png"
	printf '</office:binary-data></draw:image></draw:frame></text:p></office:text></office:body></office:document>\n'
} >"$work/scan.fodt"
soffice -env:UserInstallation="file://$work/profile" --headless \
	--convert-to pdf:writer_pdf_Export --outdir "$work" "$work/scan.fodt" >/dev/null 2>&1
mv "$work/scan.pdf" "$here/scan.pdf"
echo "wrote malformed fixtures"
