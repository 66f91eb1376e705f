#!/usr/bin/env bash
# Start-up of `./techgraph serve`, measured from outside as a user sees it.
#   bench/startup/run.sh [RUNS]     (default 5)
# The first run starts on an empty data folder (the sample corpus imports in the background); the others
# are warm restarts on the store it left. Each line: seconds to /health answering UP, to the first answered
# realtime question (Node.js in the body), resident memory and CPU seconds of the JVM then, the 1-minute load
# average when it started, and the start-up lines of the service's log. Uses TECHGRAPH_PORT,
# TECHGRAPH_BOLT_PORT, TECHGRAPH_BROWSER_PORT and TECHGRAPH_DATA when set, else ports 18181/17781/17481
# and a fresh folder under /tmp.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${1:-5}"
export TECHGRAPH_PORT="${TECHGRAPH_PORT:-18181}" TECHGRAPH_BOLT_PORT="${TECHGRAPH_BOLT_PORT:-17781}"
export TECHGRAPH_BROWSER_PORT="${TECHGRAPH_BROWSER_PORT:-17481}"
export TECHGRAPH_DATA="${TECHGRAPH_DATA:-$(mktemp -d /tmp/techgraph-startup.XXXXXX)/data}"
mkdir -p "$(dirname "$TECHGRAPH_DATA")"
log="$(dirname "$TECHGRAPH_DATA")/serve.log"
url="http://127.0.0.1:$TECHGRAPH_PORT"

"$root/techgraph" --version >/dev/null # builds when needed, outside the measurement
export TECHGRAPH_SKIP_BUILD=1
echo "store $TECHGRAPH_DATA, $(nproc) cores, JAVA_OPTS=${JAVA_OPTS:-launcher default}"

now_ms() { date +%s%3N; }

for run in $(seq 1 "$runs"); do
  load="$(cut -d' ' -f1 /proc/loadavg)"
  # the build's second serve records the class archive (written when it stops, adopted by the next start)
  recording=$(ls "$root"/api/target/techgraph-classes.jsa* 2>/dev/null | grep -qv '\.first$' || [ "$run" -eq 1 ] \
    || echo yes)
  start="$(now_ms)"
  "$root/techgraph" serve </dev/null >"$log" 2>&1 &
  pid=$!
  health="" first=""
  while kill -0 "$pid" 2>/dev/null; do
    if [ -z "$health" ] && curl -sf -m 2 "$url/health" 2>/dev/null | grep -q '"UP"'; then
      health=$(( $(now_ms) - start ))
    fi
    if [ -n "$health" ] && curl -sf -m 60 "$url/api/technologies?kind=Framework&suitedFor=realtime" 2>/dev/null \
        | grep -q '"Node.js"'; then
      first=$(( $(now_ms) - start ))
      break
    fi
    sleep 0.05
  done
  rss_kb="$(ps -o rss= -p "$pid" 2>/dev/null || echo 0)"
  cpu="$(ps -o cputimes= -p "$pid" 2>/dev/null || echo '?')"
  if [ "$run" -eq 1 ]; then kind="first start"
  elif [ "$recording" = yes ]; then kind="recording"
  else kind="warm restart"; fi
  printf '%-12s health %6.2f s  first answer %6.2f s  RSS %4d MB  CPU %s s  load %s\n' "$kind" \
    "$(echo "${health:-0} / 1000" | bc -l)" "$(echo "${first:-0} / 1000" | bc -l)" $(( ${rss_kb:-0} / 1024 )) \
    "$cpu" "$load"
  grep -E 'started in|Schema|store open|serving|sample corpus' "$log" | sed 's/^[0-9:.]* [A-Z]* *[^ ]* - /    /' \
    | cut -c1-160
  if [ "$run" -eq 1 ]; then
    # let the background import of the sample corpus finish before the store is reused
    until grep -q 'sample corpus' "$log" || ! kill -0 "$pid" 2>/dev/null; do sleep 1; done
    echo "    RSS after the sample corpus import: $(( $(ps -o rss= -p "$pid") / 1024 )) MB"
  fi
  kill "$pid"
  wait "$pid" 2>/dev/null || true
done
