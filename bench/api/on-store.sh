#!/usr/bin/env bash
# API latency on an existing store: starts `./techgraph serve` on the data folder DATA (no sample corpus, no
# Browser), waits for /health, then bench/api/clients.py measures p50/p99 of the realtime question, an entity
# page, a compare and a depth-2 graph, uncached, at 1, 8 and 32 clients. Figures to stdout; the store is kept.
#   bench/api/on-store.sh DATA
#   SECONDS_PER_LEVEL=10 CLIENTS=1,8,32 JAVA_OPTS=... bench/api/on-store.sh DATA
# A store of N generated documents: TECHGRAPH_DATA=DATA ./techgraph import FOLDER (bench/api/scale.sh does it).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
data="${1:?usage: bench/api/on-store.sh DATA (a data folder written by ./techgraph)}"
[ -d "$data" ] || { echo "on-store.sh: no data folder at $data" >&2; exit 2; }
cd "$root"

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

./techgraph --version >/dev/null # builds when needed, outside the measurement
export TECHGRAPH_SKIP_BUILD=1 TECHGRAPH_SAMPLE_CORPUS=false TECHGRAPH_BROWSER=false TECHGRAPH_DATA="$data"
export TECHGRAPH_PORT="$(free_port)" TECHGRAPH_BOLT_PORT="$(free_port)"
log="$(mktemp /tmp/techgraph-on-store.XXXXXX.log)"
./techgraph serve </dev/null >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -f "$log"' EXIT
until curl -sf "http://127.0.0.1:$TECHGRAPH_PORT/health" >/dev/null; do
  kill -0 "$pid" 2>/dev/null || { cat "$log"; exit 1; }
  sleep 1
done
stats="$(curl -sf "http://127.0.0.1:$TECHGRAPH_PORT/api/stats")"
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), JAVA_OPTS=${JAVA_OPTS:-launcher default}"
echo "store $data: $(python3 -c 'import json,sys; s=json.load(sys.stdin); print(", ".join(f"{k} {v}" for k, v in s.items() if not isinstance(v, (dict, list))))' <<<"$stats")"
python3 bench/api/clients.py --base "http://127.0.0.1:$TECHGRAPH_PORT" \
  --clients "${CLIENTS:-1,8,32}" --seconds "${SECONDS_PER_LEVEL:-10}"
