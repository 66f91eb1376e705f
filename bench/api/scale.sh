#!/usr/bin/env bash
# API latency as the corpus grows: for each N, `./techgraph import` writes N generated documents into a new
# embedded store in a temporary folder (the command opens the store itself; no service runs meanwhile), then
# bench/api/on-store.sh starts a service on it and measures p50/p99 of the realtime question, an entity page, a
# compare and a depth-2 graph, uncached, at 1, 8 and 32 clients. Figures to stdout; the store is deleted
# afterwards unless KEEP=1 (then its folder is printed, for bench/api/on-store.sh).
#   bench/api/scale.sh [N...]            default: 1000 10000
#   SECONDS_PER_LEVEL=10 CLIENTS=1,8,32 KEEP=1 bench/api/scale.sh 100000
# The corpus is bench/make-corpus.py's (documents of about 4 KB), shared with bench/import-bench.sh.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
sizes=("${@:-1000 10000}")
# shellcheck disable=SC2206
sizes=(${sizes[*]})
max=0; for n in "${sizes[@]}"; do [ "$n" -gt "$max" ] && max=$n; done
corpus="$(bench/corpus-for.sh "$max")"

mapfile -t files < <(find "$corpus" -type f | sort)

./techgraph --version >/dev/null # builds when needed, outside the measurement

for n in "${sizes[@]}"; do
  work="$(mktemp -d /tmp/techgraph-scale.XXXXXX)"
  [ "${KEEP:-}" = 1 ] || trap 'rm -rf "$work"' EXIT
  mkdir "$work/docs"
  for f in "${files[@]:0:$n}"; do
    ln -s "$root/$f" "$work/docs/${f//\//_}"
  done
  echo
  echo "== $n documents =="
  started=$(date +%s)
  TECHGRAPH_SKIP_BUILD=1 TECHGRAPH_SAMPLE_CORPUS=false TECHGRAPH_DATA="$work/data" \
    ./techgraph import "$work/docs" 2>&1 | tail -n 3
  echo "imported in $(( $(date +%s) - started )) s; load average $(cut -d' ' -f1-3 /proc/loadavg)"
  bench/api/on-store.sh "$work/data"
  if [ "${KEEP:-}" = 1 ]; then echo "store kept in $work/data"; else rm -rf "$work"; trap - EXIT; fi
done
