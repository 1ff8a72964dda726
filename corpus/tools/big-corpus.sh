#!/usr/bin/env bash
# Makes a large corpus for measuring indexing memory and speed: copies of
# the bundled minutes (PDFs and text) under many councils and committees,
# until the folder holds at least SIZE_MB megabytes.
#
#   corpus/tools/big-corpus.sh /tmp/big 1024
#   /usr/bin/time -v go run ./cmd/minutes index --corpus /tmp/big --index /tmp/big.bleve
set -euo pipefail
out=${1:?usage: big-corpus.sh OUT_DIR SIZE_MB}
size_mb=${2:-1024}
here=$(cd "$(dirname "$0")/.." && pwd)
mapfile -t sources < <(cd "$here" && find . -mindepth 3 -type f \( -name '*.pdf' -o -name '*.txt' \) ! -path './tools/*' | sort)
mkdir -p "$out"
total=0 i=0
while [ $((total / 1048576)) -lt "$size_mb" ]; do
  for src in "${sources[@]}"; do
    council="council-$((i % 300))"
    committee="committee-$(((i / 300) % 4))"
    ext="${src##*.}"
    dest="$out/$council/$committee/meeting-$i.$ext"
    mkdir -p "$(dirname "$dest")"
    cp "$here/$src" "$dest"
    total=$((total + $(stat -c %s "$dest")))
    i=$((i + 1))
  done
done
echo "$i files, $((total / 1048576)) MB in $out"
