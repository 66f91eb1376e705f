#!/usr/bin/env python3
"""Load on a running TechGraph service: readers and importers at once, for a fixed time.

Prints, per endpoint, requests, errors and p50/p99 latency, then the documents posted, stored and lost
(a document is lost when its import did not answer 200, or answered 200 but is not listed afterwards).
Standard library only. See docs/hardening.md for the figures and the command.
"""
import argparse
import json
import random
import statistics
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

READS = [
    ("technologies", "/api/technologies?suitedFor=real-time%20applications"),
    ("technologies", "/api/technologies?kind=Framework&limit=20"),
    ("compare", "/api/compare?a=Python&b=JavaScript"),
    ("entities", "/api/entities?q=py"),
    ("ask", "/api/ask?q=frameworks%20suited%20to%20realtime"),
    ("stats", "/api/stats"),
    ("graph", "/api/graph?limit=100"),
    ("health", "/health"),
]
CYPHER = '{"query": "MATCH (t:Framework)-[r:SUITED_FOR]->(u:UseCase) RETURN t.name, u.name LIMIT 20", "params": {}}'
NAMES = ["Zorblang", "Nimbel", "Quillium", "Frobnic", "Tarnish", "Velloq", "Brindle", "Oskaro"]


def article(run, writer, n):
    rnd = random.Random(writer * 100_000 + n)
    lines = [f"# Load notes {run} {writer}-{n}", ""]
    for _ in range(6):
        a, b = rnd.sample(NAMES, 2)
        lines.append(f"{a} is a web framework written in Python. {a} and {b} are used for back end development. "
                     f"{b} is well suited to real-time applications. Python is known for its clean syntax.")
        lines.append("")
    return "\n".join(lines).encode()


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.latencies = {}
        self.errors = {}
        self.statuses = {}

    def add(self, endpoint, seconds, status):
        with self.lock:
            self.latencies.setdefault(endpoint, []).append(seconds)
            if status != 200:
                self.errors[endpoint] = self.errors.get(endpoint, 0) + 1
                key = (endpoint, status)
                self.statuses[key] = self.statuses.get(key, 0) + 1


def call(base, path, data=None, headers=None, method=None, timeout=60):
    req = urllib.request.Request(base + path, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()
    except Exception:  # connection refused or reset, timeout: an error all the same
        return 0, b""


def reader(base, stats, stop, seed):
    rnd = random.Random(seed)
    while not stop.is_set():
        if rnd.random() < 0.1:
            start = time.perf_counter()
            status, _ = call(base, "/api/cypher", CYPHER.encode(), {"Content-Type": "application/json"})
            stats.add("cypher", time.perf_counter() - start, status)
        else:
            name, path = rnd.choice(READS)
            start = time.perf_counter()
            status, _ = call(base, path)
            stats.add(name, time.perf_counter() - start, status)


def importer(base, token, run, writer, stats, stop, posted, failed):
    n = 0
    headers = {"Content-Type": "text/markdown"}
    if token:
        headers["Authorization"] = "Bearer " + token
    while not stop.is_set():
        source = f"load/{run}/w{writer}-{n}.md"
        start = time.perf_counter()
        # imports queue behind each other (one write at a time): give them long to answer
        status, body = call(base, "/api/documents?source=" + urllib.parse.quote(source), article(run, writer, n),
                            headers, timeout=600)
        stats.add("import", time.perf_counter() - start, status)
        (posted if status == 200 else failed).append((source, status, body[:200]))
        n += 1


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", default="http://127.0.0.1:8080")
    ap.add_argument("--token", default="")
    ap.add_argument("--readers", type=int, default=32)
    ap.add_argument("--importers", type=int, default=4)
    ap.add_argument("--seconds", type=int, default=60)
    ap.add_argument("--keep", action="store_true", help="keep the imported documents (default: remove them)")
    args = ap.parse_args()

    run = str(int(time.time()))
    stats, stop = Stats(), threading.Event()
    posted, failed = [], []
    threads = [threading.Thread(target=reader, args=(args.base, stats, stop, i)) for i in range(args.readers)]
    threads += [threading.Thread(target=importer, args=(args.base, args.token, run, w, stats, stop, posted, failed))
                for w in range(args.importers)]
    began = time.perf_counter()
    for t in threads:
        t.start()
    time.sleep(args.seconds)
    stop.set()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - began

    # a document is lost when it is not listed once the service has finished what it was given
    lost = []
    for attempt in range(30):
        status, body = call(args.base, "/api/documents", timeout=120)
        listed = {d["source"] for d in json.loads(body)["items"]} if status == 200 else set()
        lost = [s for s, _, _ in posted + failed if s not in listed]
        if not lost:
            break
        time.sleep(2)

    print(f"{args.readers} readers + {args.importers} importers for {elapsed:.0f} s against {args.base}")
    print(f"{'endpoint':<14}{'requests':>10}{'errors':>8}{'p50 ms':>10}{'p99 ms':>10}")
    total = errors = 0
    for endpoint in sorted(stats.latencies):
        lat = stats.latencies[endpoint]
        err = stats.errors.get(endpoint, 0)
        total += len(lat)
        errors += err
        print(f"{endpoint:<14}{len(lat):>10}{err:>8}{pct(lat, 50) * 1000:>10.0f}{pct(lat, 99) * 1000:>10.0f}")
    print(f"{'all':<14}{total:>10}{errors:>8}   ({total / elapsed:.0f} requests/s)")
    for (endpoint, code), count in sorted(stats.statuses.items()):
        print(f"  {endpoint}: {count} x status {code}")
    print(f"documents: {len(posted) + len(failed)} posted, {len(posted)} answered 200, {len(lost)} lost "
          f"(not listed afterwards)")
    for source, code, text in failed[:5]:
        print(f"  not answered 200: {source} ({code}) {text!r}")

    if not args.keep:
        headers = {"Authorization": "Bearer " + args.token} if args.token else {}
        for source, _, _ in posted + failed:
            call(args.base, "/api/documents/" + urllib.parse.quote(source, safe=""), headers=headers,
                 method="DELETE")
    return 1 if errors or lost else 0


if __name__ == "__main__":
    raise SystemExit(main())
