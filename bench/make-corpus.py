#!/usr/bin/env python3
"""Builds a benchmark corpus by recombining the paragraphs of the bundled sample corpus.

Deterministic (fixed seed): the same arguments give the same files. Writes Markdown and plain text
documents of 8 to 24 paragraphs each into the output folder until the total size is reached.

    bench/make-corpus.py [--out bench/out/corpus] [--mb 12] [--seed 42]
"""
import argparse
import html
import pathlib
import random
import re
import shutil

ROOT = pathlib.Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "importer/src/main/resources/dev/techgraph/importer/corpus"


def paragraphs():
    """Prose paragraphs of the sample articles (headings and list items kept as they are)."""
    found = []
    for path in sorted(SAMPLES.iterdir()):
        if path.suffix in (".md", ".txt"):
            blocks = re.split(r"\n\s*\n", path.read_text(encoding="utf-8"))
        elif path.suffix == ".html":
            text = path.read_text(encoding="utf-8")
            text = re.sub(r"(?is)<(script|style|nav|header|footer)[^>]*>.*?</\1>", "", text)
            blocks = [html.unescape(re.sub(r"<[^>]+>", "", b)) for b in re.findall(r"(?is)<(?:p|li)[^>]*>(.*?)</(?:p|li)>", text)]
        else:
            continue
        for block in blocks:
            block = block.strip()
            if len(block) > 40 and not block.startswith("#"):
                found.append(block)
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "bench/out/corpus"))
    parser.add_argument("--mb", type=float, default=12.0, help="total size in MB (default 12)")
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    pool = paragraphs()
    out = pathlib.Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    target = int(args.mb * 1_000_000)
    total = 0
    count = 0
    while total < target:
        chosen = [rng.choice(pool) for _ in range(rng.randint(8, 24))]
        folder = out / f"{count // 500:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        if count % 3 == 2:
            name = folder / f"doc-{count:05d}.txt"
            body = f"Benchmark article {count}\n\n" + "\n\n".join(chosen) + "\n"
        else:
            name = folder / f"doc-{count:05d}.md"
            body = f"# Benchmark article {count}\n\n" + "\n\n".join(chosen) + "\n"
        data = body.encode("utf-8")
        name.write_bytes(data)
        total += len(data)
        count += 1
    print(f"{count} documents, {total / 1e6:.1f} MB from {len(pool)} sample paragraphs in {out}")


if __name__ == "__main__":
    main()
