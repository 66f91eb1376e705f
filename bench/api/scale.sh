#!/usr/bin/env bash
# API latency as the corpus grows: for each N, a fresh service (`./techgraph serve`, embedded store in a
# temporary folder, no sample corpus) imports N generated documents through `./techgraph import`, then
# bench/api/clients.py measures p50/p99 of the realtime question, an entity page, a compare and a depth-2
# graph, uncached, at 1, 8 and 32 clients. Figures to stdout; the store is deleted afterwards.
#   bench/api/scale.sh [N...]            default: 1000 10000
#   SECONDS_PER_LEVEL=10 CLIENTS=1,8,32 bench/api/scale.sh 100000
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

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

./techgraph --version >/dev/null # builds when needed, outside the measurement
export TECHGRAPH_SKIP_BUILD=1 TECHGRAPH_SAMPLE_CORPUS=false TECHGRAPH_BROWSER=false
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), JAVA_OPTS=${JAVA_OPTS:-launcher default}"

for n in "${sizes[@]}"; do
  work="$(mktemp -d /tmp/techgraph-scale.XXXXXX)"
  export TECHGRAPH_DATA="$work/data" TECHGRAPH_PORT="$(free_port)" TECHGRAPH_BOLT_PORT="$(free_port)"
  mkdir "$work/docs"
  for f in "${files[@]:0:$n}"; do
    ln -s "$root/$f" "$work/docs/${f//\//_}"
  done
  ./techgraph serve </dev/null >"$work/serve.log" 2>&1 &
  pid=$!
  trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
  until curl -sf "http://127.0.0.1:$TECHGRAPH_PORT/health" >/dev/null; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/serve.log"; exit 1; }
    sleep 1
  done
  echo
  echo "== $n documents =="
  started=$(date +%s)
  ./techgraph import "$work/docs" 2>&1 | tail -n 3
  echo "imported in $(( $(date +%s) - started )) s through the service; load average $(cut -d' ' -f1-3 /proc/loadavg)"
  python3 bench/api/clients.py --base "http://127.0.0.1:$TECHGRAPH_PORT" \
    --clients "${CLIENTS:-1,8,32}" --seconds "${SECONDS_PER_LEVEL:-10}"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  trap - EXIT
  rm -rf "$work"
done
