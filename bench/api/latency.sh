#!/usr/bin/env bash
# Latency of a few answers against a running service, one request at a time: median and 90th percentile
# of N requests (after 10 warm-up requests) per URL. The technologies URL varies its limit so the
# service's 2-second answer cache does not serve it; /api/ask and /api/compare are asked as a user would.
#   bench/api/latency.sh [BASE_URL] [N]      (default http://127.0.0.1:8080, 100)
set -euo pipefail
base="${1:-http://127.0.0.1:8080}"
n="${2:-100}"

measure() {
  local label="$1" url="$2" vary="${3:-}"
  for i in $(seq 1 10); do curl -s -o /dev/null "$base$url${vary:+$i}"; done
  for i in $(seq 1 "$n"); do
    curl -s -o /dev/null -w '%{time_total}\n' "$base$url${vary:+$((i % 400 + 50))}"
  done | sort -n | awk -v label="$label" '{ t[NR] = $1 } END {
      printf "%-48s median %6.1f ms  p90 %6.1f ms  (n=%d)\n", label, t[int(NR / 2) + 1] * 1000, t[int(NR * 0.9)] * 1000, NR }'
}

measure "ask: languages suited to real-time applications" "/api/ask?q=languages+suited+to+real-time+applications"
measure "ask: is Python good for real-time applications" "/api/ask?q=is+Python+good+for+real-time+applications"
measure "technologies: Language, real time (uncached)" "/api/technologies?kind=Language&suitedFor=real+time&limit=" vary
measure "compare: Python and JavaScript" "/api/compare?a=Python&b=JavaScript"
