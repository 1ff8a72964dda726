#!/usr/bin/env bash
# Brings the register of children's services authorities and Ofsted's ILACS
# inspections (authorities.csv, inspections.csv) from the two files of
# JT-39/ofsted-ilacs-scrape-tool (see inspections/data/INSPECTIONS.md) into
# the record the program carries (inspections/data, embedded at build), or
# into CORPUS_DIR when given, through
# `minutes inspections import`, which validates every row. The register goes
# first: the inspections' councils are matched to it.
#
#   corpus/tools/import-ofsted.sh ../shared/data/ofsted-ilacs [CORPUS_DIR]
#
# The command exits 1 when rows are left out (the register's three former
# authorities, which have no type, population or neighbours): they are listed.
set -uo pipefail
src=${1:?usage: import-ofsted.sh DATA_DIR [CORPUS_DIR]}
here=$(cd "$(dirname "$0")" && pwd)
corpus=${2:-$here/../../inspections/data}
args() { grep -v '^#' "$here/$1"; }
mapfile -t register < <(args ofsted-ilacs-register.args)
mapfile -t history < <(args ofsted-ilacs-history.args)
cd "$here/../.."
go run ./cmd/minutes inspections import "${register[@]}" --corpus "$corpus" "$src/Provider_data_lookup.csv"
go run ./cmd/minutes inspections import "${history[@]}" --corpus "$corpus" "$src/ofsted_csc_ilacs_history.csv"
