#!/bin/sh
# regen.sh rebuilds the second hold-out set's PDFs and DOCX files from their
# sources here, exactly as the dev set's src/regen.sh does (and with the dev
# set's mkdoc, which it does not copy):
#   NAME.doc  -> mkdoc -> flat ODF -> LibreOffice -> ../NAME.pdf or ../NAME.docx (its "%out")
#   NAME.html -> headless Chromium print-to-PDF   -> ../NAME.pdf
# and, beside each source, NAME.pdftotext.txt: poppler's reading of the PDF
# (pdftotext -raw), which TestHoldOut2 uses as the document's own words.
#
# Needs Go, LibreOffice (Debian: apt-get install libreoffice-writer-nogui),
# Chromium and poppler-utils. Only the results are read by the tests, so CI
# needs none of this. Usage, from anywhere:
#   sh indexer/testdata/holdout2/src/regen.sh          # every source
#   sh indexer/testdata/holdout2/src/regen.sh NAME...  # just these
set -eu

here=$(cd "$(dirname "$0")" && pwd)
out=$(dirname "$here")
mkdoc=$(cd "$here/../../devset/src/mkdoc" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$mkdoc" && go build -o "$work/mkdoc" .)

# fromdoc NAME: a .doc source through LibreOffice.
fromdoc() {
	name=$1
	kind=$(sed -n 's/^%out //p' "$here/$name.doc")
	kind=${kind:-pdf}
	"$work/mkdoc" "$here/$name.doc" >"$work/$name.fodt"
	filter=writer_pdf_Export
	[ "$kind" = docx ] && filter='docx:MS Word 2007 XML'
	[ "$kind" = pdf ] && filter=pdf:writer_pdf_Export
	# A private profile keeps the conversion independent of the user's settings.
	soffice -env:UserInstallation="file://$work/profile" --headless \
		--convert-to "$filter" --outdir "$work" "$work/$name.fodt" >/dev/null 2>&1
	mv "$work/$name.$kind" "$out/$name.$kind"
	echo "wrote $name.$kind"
}

# fromhtml NAME: an .html source printed by Chromium, without the browser's
# own header and footer lines (a source that wants them draws them itself).
fromhtml() {
	name=$1
	chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
		--user-data-dir="$work/chromium" --print-to-pdf="$out/$name.pdf" \
		"file://$here/$name.html" 2>/dev/null
	echo "wrote $name.pdf"
}

names=$*
if [ -z "$names" ]; then
	names=$(cd "$here" && ls *.doc *.html 2>/dev/null | sed 's/\.[a-z]*$//')
fi
for name in $names; do
	if [ -f "$here/$name.doc" ]; then
		fromdoc "$name"
	elif [ -f "$here/$name.html" ]; then
		fromhtml "$name"
	else
		echo "no source $name.doc or $name.html in $here" >&2
		exit 1
	fi
	if [ -f "$out/$name.pdf" ]; then
		pdftotext -raw -enc UTF-8 "$out/$name.pdf" "$here/$name.pdftotext.txt"
	fi
done
