#!/usr/bin/env bash
# 60 s of 32 readers and 4 importers against a running service; prints requests, errors, lost documents
# and p50/p99 per endpoint. Start the service first (./techgraph serve), then:
#   bench/load/run.sh                      # against http://127.0.0.1:${TECHGRAPH_PORT:-8080}
#   bench/load/run.sh --seconds 10         # any option of load.py (--readers, --importers, --keep)
# Uses TECHGRAPH_TOKEN for the imports when it is set. Exit status 1 when any request failed or a
# document was lost.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
exec python3 "$here/load.py" --base "http://127.0.0.1:${TECHGRAPH_PORT:-8080}" --token "${TECHGRAPH_TOKEN:-}" "$@"
