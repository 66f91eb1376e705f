#!/usr/bin/env python3
"""Missed SUITED_FOR and HAS_TRAIT facts whose two ends the export knows, sorted by what the export made of the
gold sentence instead (round 21's study of who a use case or trait belongs to).

    python3 bench/concept-link-misses.py EXPORT_PREFIX SET... [--list]

EXPORT_PREFIX/SET.json, e.g. /tmp/me-dev2.json for prefix /tmp/me-, is the export of eval/SET. Only read sets:
the check set and the blind sets are refused, because this prints their sentences. Per miss the categories are:
the export has the same type and target from that sentence on another technology (a wrong subject), or on the
same technology with the other polarity, or another concept on the right technology (the concept's name or
phrase is what is missing), or only other facts, or nothing from the sentence at all; and whether the sentence
names the gold subject (else it comes from a pronoun, a heading, a label or the paragraph). --list prints every
miss with the export's facts from its sentence. Names are compared after the scorer's norm() only, so the
counts are approximate.
"""
import collections
import glob
import json
import os
import re
import subprocess
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
sys.path.insert(0, str(SHARED))
import score as S  # noqa: E402  (the shared scorer's norm())

NOT_READ = {"dev11", "dev12", "dev13", "fresh"}
TYPES = ("SUITED_FOR", "HAS_TRAIT", "USED_WITH", "COMPARED_WITH", "WRITTEN_IN", "RUNS_ON", "COMPILES_TO", "PART_OF")
LINE = re.compile(r"^\s+(.+?) (" + "|".join(TYPES) + r") (.+) \((positive|negative)\)")


def misses(prefix, s):
    export = f"{prefix}{s}.json"
    report = subprocess.run([sys.executable, str(SHARED / "score.py"), "-v", f"eval/{s}", export],
                            capture_output=True, text=True, env=dict(os.environ, PYTHONHASHSEED="0")).stdout
    data = json.load(open(export))
    names = set()
    for e in data["entities"]:
        names.update(S.norm(a) for a in [e["name"]] + (e.get("aliases") or []))
    by_sentence = collections.defaultdict(list)
    for r in data["relations"]:
        for ev in r.get("evidence", []):
            by_sentence[ev["sentence"].strip()].append((r["source"], r["type"], r["target"], r["polarity"]))
    gold = []
    for f in glob.glob(f"eval/{s}/*.gold.json"):
        for d in json.load(open(f))["documents"]:
            gold += [(d["file"], r) for r in d["relations"]]
    inside = False
    for line in report.splitlines():
        if not line.startswith(" "):
            inside = line.startswith("missed") and "relations" in line
            continue
        m = LINE.match(line) if inside else None
        if not m or m.group(2) not in ("SUITED_FOR", "HAS_TRAIT"):
            continue
        src, typ, tgt, pol = m.groups()
        if S.norm(src) not in names or S.norm(tgt) not in names:
            continue
        for f, r in gold:
            if (r["source"], r["type"], r["target"], r["polarity"]) == (src, typ, tgt, pol):
                sentence = (r.get("sentence") or "").strip()
                yield s, f, (src, typ, tgt, pol), sentence, by_sentence.get(sentence, [])
                break


def category(fact, made):
    src, typ, tgt, pol = fact
    for s, t, g, p in made:
        if t == typ and g.lower() == tgt.lower():
            return "polarity" if s.lower() == src.lower() else "same target, other technology"
    concepts = [x for x in made if x[1] in ("SUITED_FOR", "HAS_TRAIT")]
    if any(x[0] == src for x in concepts):
        return "right technology, other concept"
    if concepts:
        return "other concept on other technology"
    return "only technology relations" if made else "nothing from the sentence"


def main(argv):
    listing = "--list" in argv
    args = [a for a in argv if a != "--list"]
    if len(args) < 2:
        sys.exit(__doc__)
    prefix, sets = args[0], args[1:]
    refused = NOT_READ.intersection(sets)
    if refused:
        sys.exit(f"not a read set: {', '.join(sorted(refused))}")
    counts, types = collections.Counter(), collections.Counter()
    for s in sets:
        for s_, f, fact, sentence, made in misses(prefix, s):
            types[fact[1]] += 1
            named = "named" if fact[0].split()[0].lower() in sentence.lower() else "not named"
            counts[(category(fact, made), named)] += 1
            if listing:
                print(f"== {s_}/{f}: {' '.join(fact[:3])} ({fact[3]})\n   S: {sentence}")
                for x in made:
                    print(f"   X: {' '.join(x[:3])} ({x[3]})")
    print(sum(types.values()), "misses with both ends exported:", dict(types))
    for (cat, named), n in counts.most_common():
        print(f"{n:5d}  {cat} (subject {named} in the sentence)")


if __name__ == "__main__":
    main(sys.argv[1:])
