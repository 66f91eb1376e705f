#!/usr/bin/env bash
# Prints the folder of a generated corpus with at least MAX documents of about 4 KB
# (bench/out/import-corpus-MAX, made by bench/make-corpus.py when missing). Run from the repository root.
#   bench/corpus-for.sh MAX
set -euo pipefail
max="$1"
corpus="bench/out/import-corpus-$max"
if [ ! -d "$corpus" ]; then
  # make-corpus writes documents of about 4 KB: ask for a little more than needed
  python3 bench/make-corpus.py --out "$corpus" --mb "$(( max * 5 / 1000 + 1 ))" >/dev/null
fi
echo "$corpus"
