#!/usr/bin/env python3
"""Precision per extraction rule over the evaluation sets.

For every rule id that facts keep (a structure rule and a relation rule joined by "+" count for both), prints
how many exported relations it took part in, how many match gold (tp), how many are wrong (fp), its precision,
and how many gold relations only it found (lost if the rule went). Run from the repository root:

    python3 bench/rule-report.py                      # seeds, eval/extra, eval/dev
    python3 bench/rule-report.py --sets extra dev holdout
    python3 bench/rule-report.py --export /tmp/x.json --gold eval/dev   # an export made beforehand

The scorer is ../shared/eval/score.py (or $TECHGRAPH_SHARED/eval/score.py).
"""
import argparse
import collections
import importlib.util
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("TECHGRAPH_SHARED") or os.path.join(os.path.dirname(ROOT), "shared")
if not os.path.isdir(SHARED) and os.path.isdir("/work/shared"):
    SHARED = "/work/shared"


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", os.path.join(SHARED, "eval", "score.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def set_paths(name):
    if name == "seeds":
        return os.path.join(SHARED, "seeds"), os.path.join(SHARED, "eval", "seeds.gold.json")
    return os.path.join(ROOT, "eval", name), os.path.join(ROOT, "eval", name)


def extract(docs):
    env = dict(os.environ, TECHGRAPH_SKIP_BUILD=os.environ.get("TECHGRAPH_SKIP_BUILD", "1"))
    # TECHGRAPH_EXTRACT names another command to run instead of ./techgraph extract (a faster classpath)
    command = os.environ.get("TECHGRAPH_EXTRACT", os.path.join(ROOT, "techgraph") + " extract").split()
    out = subprocess.run(command + [docs], capture_output=True, text=True, env=env, check=True)
    return json.loads(out.stdout)


def rule_parts(rel):
    parts = set()
    for r in rel.get("rules") or []:
        parts.update(r.split("+"))
    return parts


def typed(result):
    t = result["relations"]["typed"]
    return t["tp"], t["export"] - t["tp"], t["gold_found"]


def report(scorer, gold_docs, export, stats):
    """Adds each rule's counts to stats; returns how many gold relations the set has (recall's denominator)."""
    relations = export.get("relations", [])
    base = scorer.score(gold_docs, export)
    base_found = typed(base)[2]
    rules = sorted({p for r in relations for p in rule_parts(r)})
    for rule in rules:
        mine = [r for r in relations if rule in rule_parts(r)]
        only = dict(export, relations=mine)
        tp, fp, _ = typed(scorer.score(gold_docs, only))
        without = dict(export, relations=[r for r in relations
                                          if not all(rule in p.split("+") for p in r.get("rules") or [])])
        lost = base_found - typed(scorer.score(gold_docs, without))[2]
        s = stats[rule]
        s[0] += len(mine)
        s[1] += tp
        s[2] += fp
        s[3] += lost
    return base["relations"]["typed"]["gold"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", nargs="*", default=["seeds", "extra", "dev"])
    ap.add_argument("--export")
    ap.add_argument("--gold")
    args = ap.parse_args()
    scorer = load_scorer()
    stats = collections.defaultdict(lambda: [0, 0, 0, 0])
    gold_total = 0
    if args.export:
        with open(args.export) as f:
            gold_total += report(scorer, scorer.load_gold(args.gold), json.load(f), stats)
        names = [args.gold]
    else:
        names = args.sets
        for name in names:
            docs, gold = set_paths(name)
            gold_total += report(scorer, scorer.load_gold(gold), extract(docs), stats)
    # recall: the share of all gold relations of these sets that the rule's facts match
    print("rules over: %s (%d gold relations)" % (", ".join(names), gold_total))
    print("%-42s %6s %5s %5s %6s %6s %5s" % ("rule", "facts", "tp", "fp", "prec", "recall", "only"))
    for rule, (n, tp, fp, lost) in sorted(stats.items(), key=lambda kv: ((kv[1][1] / (kv[1][1] + kv[1][2])) if kv[1][1] + kv[1][2] else 1.0, -kv[1][0], kv[0])):
        judged = tp + fp
        prec = "%.2f" % (tp / judged) if judged else "-"
        recall = "%.3f" % (tp / gold_total) if gold_total else "-"
        print("%-42s %6d %5d %5d %6s %6s %5d" % (rule, n, tp, fp, prec, recall, lost))


if __name__ == "__main__":
    sys.exit(main())
