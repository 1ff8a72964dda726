#!/bin/sh
# ocr.sh remakes this set's OCR'd texts ../../ocr-*.txt: each typed page
# ocr-NAME.html printed by Chromium, rasterised as a scanner would (grey, at
# the resolution below, no anti-aliasing) and read by Tesseract, pages joined by form feeds.
# Tesseract's reading changes between versions: after remaking a text, check
# its expected file against the new text. Needs Chromium, poppler-utils and
# Tesseract. Usage: sh indexer/testdata/holdout4/src/ocr/ocr.sh [NAME...]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
names=$*
[ -n "$names" ] || names=$(cd "$here" && ls ocr-*.html | sed 's/\.html$//')
for name in $names; do
	# A scanner's low resolution, without anti-aliasing (jagged strokes).
	dpi=100
	[ "$name" = ocr-district-two-pages ] && dpi=150
	[ "$name" = ocr-parish-1998-typewriter ] && dpi=75
	chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
		--user-data-dir="$work/chromium" --print-to-pdf="$work/$name.pdf" \
		"file://$here/$name.html" 2>/dev/null
	rm -f "$work"/page-*.png
	pdftoppm -r "$dpi" -aa no -aaVector no -gray -png "$work/$name.pdf" "$work/page"
	out="$here/../../$name.txt"
	: >"$out"
	first=1
	for png in "$work"/page-*.png; do
		[ $first = 1 ] || printf '\f' >>"$out"
		first=0
		tesseract "$png" "$work/out" >/dev/null 2>&1
		cat "$work/out.txt" >>"$out"
	done
	echo "wrote $name.txt"
done
