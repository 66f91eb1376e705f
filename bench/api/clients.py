#!/usr/bin/env python3
"""Uncached latency of the main answers at 1, 8 and 32 concurrent clients against a running service.

For each endpoint and each client count, the clients ask the same kind of question as fast as they can for a
fixed time; the one cached answer (technologies suited for a use case) varies its result limit on every
request, so the service's short answer cache never serves it. Prints one Markdown table row per endpoint and client
count: requests, errors, requests/s, p50 and p99 in milliseconds. Standard library only.

    python3 bench/api/clients.py --base http://127.0.0.1:8080 [--clients 1,8,32] [--seconds 10]
"""
import argparse
import itertools
import statistics
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

# (label, path template). The service keeps a technologies answer for 2 s, keyed by its criteria: that question
# cycles through 6 kinds x 500 limits, so a key comes back only after 3,000 requests (uncached up to 1,500
# requests/s). The other answers are not cached.
KINDS = ["", "Language", "Framework", "Runtime", "Library", "Tool"]
ENDPOINTS = [
    ("realtime question", "/api/technologies?suitedFor=real-time%20applications&kind={kind}&limit={limit}"),
    ("entity page", "/api/entities/Language/Python"),
    ("compare", "/api/compare?a=Python&b=JavaScript"),
    ("graph, depth 2", "/api/graph?focus=Python&depth=2"),
]


def ask(base, path, timeout):
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(base + path, timeout=timeout) as response:
            response.read()
            ok = response.status == 200
    except (urllib.error.URLError, OSError):
        ok = False
    return time.perf_counter() - started, ok


def run(base, template, clients, seconds, timeout):
    latencies, errors = [], [0]
    lock = threading.Lock()
    counter = itertools.count()
    deadline = time.monotonic() + seconds

    def client():
        mine, failed = [], 0
        while time.monotonic() < deadline:
            n = next(counter) % (len(KINDS) * 500)
            took, ok = ask(base, template.format(kind=KINDS[n // 500], limit=1 + n % 500), timeout)
            if ok:
                mine.append(took)
            else:
                failed += 1
        with lock:
            latencies.extend(mine)
            errors[0] += failed

    threads = [threading.Thread(target=client) for _ in range(clients)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    return latencies, errors[0], elapsed


def percentile(sorted_values, p):
    if not sorted_values:
        return float("nan")
    return sorted_values[min(len(sorted_values) - 1, int(len(sorted_values) * p))]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", default="http://127.0.0.1:8080", help="the service's base URL")
    ap.add_argument("--clients", default="1,8,32", help="comma-separated client counts")
    ap.add_argument("--seconds", type=float, default=10, help="time per endpoint and client count")
    ap.add_argument("--warmup", type=float, default=3, help="seconds of one client per endpoint before measuring")
    ap.add_argument("--timeout", type=float, default=30, help="seconds before a request counts as an error")
    args = ap.parse_args()
    counts = [int(c) for c in args.clients.split(",")]

    print("| endpoint | clients | requests | errors | requests/s | p50 ms | p99 ms |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for label, template in ENDPOINTS:
        run(args.base, template, 1, args.warmup, args.timeout)
        for clients in counts:
            latencies, errors, elapsed = run(args.base, template, clients, args.seconds, args.timeout)
            latencies.sort()
            print("| %s | %d | %d | %d | %.1f | %.1f | %.1f |" % (
                label, clients, len(latencies), errors, len(latencies) / elapsed,
                percentile(latencies, 0.50) * 1000, percentile(latencies, 0.99) * 1000), flush=True)


if __name__ == "__main__":
    main()
