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

# build once (when sources changed), then measure without the launcher's build check
"$root/techgraph" --version >/dev/null
export TECHGRAPH_SKIP_BUILD=1

data="$(mktemp -d /tmp/techgraph-bench-XXXXXX)"
trap 'rm -rf "$data"' EXIT
export TECHGRAPH_DATA="$data" TECHGRAPH_BOLT_PORT="${BENCH_BOLT_PORT:-17697}" TECHGRAPH_BROWSER=false
unset NEO4J_URI

# runs one ./techgraph command, keeps its whole output in bench/out/<name>.log, prints the figure lines
step() {
  local name="$1"; shift
  echo
  echo "== $name =="
  if ! "$root/techgraph" "$@" > "$out/$name.log" 2>&1; then
    echo "(exit code $?; see $out/$name.log)"
  fi
  # strip colour codes (Maven's) so every figure line starts at the line's beginning
  sed 's/\x1b\[[0-9;]*m//g' "$out/$name.log" | grep -E '^(extract|import|documents|failed|skipped|error)' \
    | grep -v ' docs (' || true
}

step extract-all-cores extract --stats --no-progress -o "$out/extract.json" "$corpus"
step extract-one-thread extract --stats --no-progress --threads 1 -o "$out/extract-1.json" "$corpus"
step import-fresh-store import --stats --no-progress "$corpus"
step import-again-unchanged import --stats --no-progress "$corpus"
