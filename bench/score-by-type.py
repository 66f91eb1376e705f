#!/usr/bin/env python3
"""Precision and recall per relation type, from the shared scorer's verbose report.

    python3 bench/score-by-type.py GOLD EXPORT.json [SCORER]

SCORER defaults to ../shared/eval/score.py beside the repository. Per type: exported facts the scorer did
not count as extra are hits; precision = hits / (hits + extras), recall = hits / (hits + misses). Counts
can differ by one or two from the scorer's own totals where one exported fact matches several gold facts.
"""
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

# the relationship types of ../shared/graph-model.md; an entity name may hold capitals too ("IntelliJ IDEA")
TYPES = ("SUITED_FOR", "HAS_TRAIT", "USED_WITH", "COMPARED_WITH", "WRITTEN_IN", "RUNS_ON", "COMPILES_TO",
         "PART_OF")
TYPE = re.compile(r"^\s+.+? (" + "|".join(TYPES) + r") .+ \((positive|negative)\)")


def section_types(lines, headers):
    counts, inside = Counter(), False
    for line in lines:
        if not line.startswith(" "):
            inside = any(line.startswith(h) for h in headers)
            continue
        m = TYPE.match(line) if inside else None
        if m:
            counts[m.group(1)] += 1
    return counts


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    gold, export = sys.argv[1], sys.argv[2]
    scorer = sys.argv[3] if len(sys.argv) > 3 else str(Path(__file__).resolve().parents[2] / "shared/eval/score.py")
    report = subprocess.run([sys.executable, scorer, "-v", gold, export], capture_output=True, text=True,
                            check=True).stdout.splitlines()
    missed = section_types(report, ("missed core relations", "missed other relations"))
    extra = section_types(report, ("extra relations",))
    exported = Counter(r.get("type") for r in json.load(open(export)).get("relations", []))
    print(f"{'type':<14} {'P':>6} {'R':>6} {'F1':>6} {'hits':>5} {'extra':>5} {'missed':>6}")
    for t in sorted(set(missed) | set(exported), key=lambda t: -(missed[t] + exported[t])):
        hits = max(exported[t] - extra[t], 0)
        p = hits / (hits + extra[t]) if hits + extra[t] else 0.0
        r = hits / (hits + missed[t]) if hits + missed[t] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{t:<14} {p:6.3f} {r:6.3f} {f:6.3f} {hits:5d} {extra[t]:5d} {missed[t]:6d}")


if __name__ == "__main__":
    main()
