#!/bin/sh
# regen.sh rebuilds the fifteenth hold-out set's PDFs and DOCX files, and each
# PDF's NAME.pdftotext.txt, from the sources here with the dev set's script
# (which says what it needs and how each kind of source is made). Usage:
#   sh indexer/testdata/holdout15/src/regen.sh          # every source
#   sh indexer/testdata/holdout15/src/regen.sh NAME...  # just these
set -eu
here=$(cd "$(dirname "$0")" && pwd)
exec sh "$here/../../devset/src/regen.sh" --src "$here" "$@"
