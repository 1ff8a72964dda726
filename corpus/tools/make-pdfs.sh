#!/bin/sh
# make-pdfs.sh regenerates the bundled corpus PDFs from their sources in
# corpus/tools/src (Markdown-like text taken from the seed minutes), laid out
# the way councils publish minutes: A4, council heading, numbered items, a
# running header line and a "Page N of M" footer.
#
# Needs Go and LibreOffice (Debian: apt-get install libreoffice-writer).
# The generated PDFs are committed, so a fresh clone does not need this.
# Usage (from anywhere): sh corpus/tools/make-pdfs.sh
set -eu

here=$(cd "$(dirname "$0")" && pwd)
corpus=$(dirname "$here")
repo=$(dirname "$corpus")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# make SOURCE OUT.pdf HEADER: one source file to one PDF.
make() {
	src=$1 out=$2 header=$3
	name=$(basename "$out" .pdf)
	(cd "$repo" && go run ./corpus/tools/mkfodt -header "$header" "$here/src/$src") >"$work/$name.fodt"
	# A private profile keeps the conversion independent of the user's settings.
	soffice -env:UserInstallation="file://$work/profile" --headless \
		--convert-to pdf:writer_pdf_Export --outdir "$work" "$work/$name.fodt" >/dev/null
	mkdir -p "$(dirname "$out")"
	mv "$work/$name.pdf" "$out"
	echo "wrote $out"
}

make kent-corporate-parenting-panel-2013-12-13.md \
	"$corpus/kent/corporate-parenting-panel/2013-12-13.pdf" \
	"Kent County Council - Corporate Parenting Panel - 13 December 2013"
make luton-scrutiny-children-services-review-group-2021-03-02.md \
	"$corpus/luton/scrutiny-children-services-review-group/2021-03-02.pdf" \
	"Luton Borough Council - Scrutiny Children Services Review Group - 2 March 2021"
