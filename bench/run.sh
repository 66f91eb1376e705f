#!/usr/bin/env bash
# Measures extraction and import throughput on the benchmark corpus and prints the figures.
#
#   bench/run.sh [--mb 12]     (generates bench/out/corpus when missing)
#
# The import goes into a fresh embedded store under /tmp on a non-default Bolt port, so it never touches
# ./data or a running service. Set BENCH_BOLT_PORT to choose the port (default 17697).
set -euo pipefail

bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$bench")"
out="$bench/out"
corpus="$out/corpus"
mkdir -p "$out"

if [ ! -d "$corpus" ] || [ "${1:-}" = "--mb" ]; then
  "$bench/make-corpus.sh" --out "$corpus" "$@"
fi
echo "corpus: $(find "$corpus" -type f | wc -l) files, $(du -sh "$corpus" | cut -f1) on disk; $(nproc) cores"

data="$(mktemp -d /tmp/techgraph-bench-XXXXXX)"
trap 'rm -rf "$data"' EXIT
export TECHGRAPH_DATA="$data" TECHGRAPH_BOLT_PORT="${BENCH_BOLT_PORT:-17697}" TECHGRAPH_BROWSER=false
unset NEO4J_URI

echo
echo "== extract (all cores) =="
"$root/techgraph" extract --stats -o "$out/extract.json" "$corpus" 2>&1 | grep -E "^(extract|failed|skipped)"
echo
echo "== extract (one thread) =="
"$root/techgraph" extract --stats --threads 1 -o "$out/extract-1.json" "$corpus" 2>&1 | grep -E "^(extract|failed|skipped)"
echo
echo "== import into a fresh embedded store =="
"$root/techgraph" import --stats "$corpus" 2>&1 | grep -E '^(import|documents|failed|skipped)'
echo
echo "== import again (every document unchanged) =="
"$root/techgraph" import --stats "$corpus" 2>&1 | grep -E '^(import|documents|failed|skipped)'
