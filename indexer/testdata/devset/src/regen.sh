#!/bin/sh
# regen.sh rebuilds the dev set's PDFs and DOCX files from their sources here:
#   NAME.doc  -> mkdoc -> flat ODF -> LibreOffice -> ../NAME.pdf or ../NAME.docx (its "%out")
#   NAME.html -> headless Chromium print-to-PDF   -> ../NAME.pdf
# and, beside each source, NAME.pdftotext.txt: poppler's reading of the PDF,
# which the dev-set test uses as the document's own words. It is read with
# -raw because the default mode drops the hyphen of a compound broken at a
# line's end ("disability-" / "related" becomes "disabilityrelated").
#
# Needs Go, LibreOffice (Debian: apt-get install libreoffice-writer-nogui),
# Chromium and poppler-utils. Only the results are read by the tests, so CI
# needs none of this. Usage, from anywhere:
#   sh indexer/testdata/devset/src/regen.sh          # every source
#   sh indexer/testdata/devset/src/regen.sh NAME...  # just these
# Another set's sources (the hold-out sets' src/regen.sh call this):
#   sh indexer/testdata/devset/src/regen.sh --src DIR [NAME...]
# reads DIR's sources and writes to DIR's parent.
set -eu

mkdoc=$(cd "$(dirname "$0")/mkdoc" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
if [ "${1:-}" = --src ]; then
	here=$(cd "$2" && pwd)
	shift 2
fi
out=$(dirname "$here")
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
