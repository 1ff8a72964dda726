#!/bin/sh
# ocr-tesseract-scan.sh remakes ../ocr-tesseract-scan.txt: the typed page
# ocr-tesseract-scan.html (grey type, skewed by a CSS rotation) printed by
# Chromium, rasterised at a scanner's low resolution (100 dpi, grey) and read
# by Tesseract. Tesseract's reading changes between versions: after remaking
# it, check ../ocr-tesseract-scan.expected.json against the new text.
# Needs Chromium, poppler-utils and Tesseract.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
	--user-data-dir="$work/chromium" --print-to-pdf="$work/scan.pdf" \
	"file://$here/ocr-tesseract-scan.html" 2>/dev/null
pdftoppm -r 100 -gray -png -singlefile "$work/scan.pdf" "$work/page"
tesseract "$work/page.png" "$work/out" >/dev/null 2>&1
mv "$work/out.txt" "$here/../ocr-tesseract-scan.txt"
echo "wrote ocr-tesseract-scan.txt"
