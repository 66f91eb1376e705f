#!/usr/bin/env bash
# Loads the embedded store's Neo4j Browser in headless Chromium and lists every host it tried to reach.
#   ./techgraph serve &   then   bench/neo4j-browser-offline.sh [BROWSER_URL]
# BROWSER_URL defaults to the address serve prints (TECHGRAPH_BROWSER_PORT, TECHGRAPH_BOLT_PORT).
# Prints the hosts contacted (only 127.0.0.1 is expected) and whether the connect form is prefilled.
set -euo pipefail
browser_port="${TECHGRAPH_BROWSER_PORT:-7474}"
bolt_port="${TECHGRAPH_BOLT_PORT:-7687}"
url="${1:-http://127.0.0.1:$browser_port/browser/?dbms=bolt://neo4j@127.0.0.1:$bolt_port&preselectAuthMethod=NATIVE}"
chromium="${CHROME_BIN:-/usr/bin/chromium}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# the flags of ../shared/stack.md (trap 9); the net log records every request and DNS lookup
"$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --user-data-dir="$work/profile" --log-net-log="$work/net.json" \
  --virtual-time-budget=30000 --dump-dom "$url" > "$work/dom.html" 2> "$work/chromium.err" || true

python3 - "$work/net.json" "$work/dom.html" "$bolt_port" <<'PY'
import json, re, sys
from urllib.parse import urlparse
net, dom, bolt = sys.argv[1], open(sys.argv[2], encoding="utf-8", errors="replace").read(), sys.argv[3]
text = open(net, encoding="utf-8", errors="replace").read().rstrip()
try:
    log = json.loads(text)
except ValueError:
    log = json.loads(text.rstrip(",") + "]}")  # a net log cut short by exit has no closing brackets
page, background = set(), set()
origin = None
for event in log.get("events", []):
    params = event.get("params") or {}
    url, initiator = params.get("url"), params.get("initiator")
    if not isinstance(url, str) or initiator is None:
        continue
    host = urlparse(url).hostname or ""
    if initiator == "not an origin":
        background.add(host)  # Chromium's own calls (updates, accounts, autofill), not the page's
    else:
        page.add((host, url.split("?")[0]))
local = {"127.0.0.1", "localhost"}
outside = sorted({u for h, u in page if h not in local})
print("page requests:", len(page), "to", ", ".join(sorted({h for h, _ in page})) or "nothing")
print("page requests to outside hosts:", ", ".join(outside) if outside else "none")
print("Chromium's own background calls (not the page's):", ", ".join(sorted(background)) or "none")
print("page loaded:", "yes" if "Neo4j Browser" in dom or "neo4j" in dom.lower() else "no")
print("connect form prefilled with bolt://127.0.0.1:%s and user neo4j:" % bolt,
      "yes" if ("127.0.0.1:%s" % bolt) in dom and 'value="neo4j"' in dom else "no")
sys.exit(1 if outside else 0)
PY
