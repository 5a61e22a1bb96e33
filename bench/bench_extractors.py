"""Milliseconds of CPU per release for every extractor of the pipeline, on synthetic ~2 KB
Latvian releases (bench/generate.py, our own templates), with the backend's own annotation time
and a bare ``spacy.blank("lv")`` tokenisation of the same texts as the floor, all measured in
this process.

    .venv/bin/python bench/bench_extractors.py [--docs 200] [--size 2048]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import ReleaseGenerator

from newsparse import Parser
from newsparse.pipeline import Pipeline


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--size", type=int, default=2048)
    args = ap.parse_args()

    gen = ReleaseGenerator(seed=7, size=args.size)
    texts = [gen.release(i).text for i in range(args.docs)]
    parser = Parser(backend="rules")
    pipeline = Pipeline()
    parser.parse(texts[0])  # warm-up: lexicons, gazetteers and patterns are built once

    import spacy

    blank = spacy.blank("lv")
    t0 = time.process_time()
    for t in texts:
        blank(t)
    floor = (time.process_time() - t0) / len(texts)

    t0 = time.process_time()
    adocs = [parser.annotate(t) for t in texts]
    annotate = (time.process_time() - t0) / len(texts)

    per: dict[str, float] = {}
    for comp, func in pipeline._funcs:
        t0 = time.process_time()
        for adoc in adocs:
            adoc.results[comp.name] = list(func(adoc))
        per[comp.name] = (time.process_time() - t0) / len(texts)

    t0 = time.process_time()
    for t in texts:
        parser.parse(t)
    whole = (time.process_time() - t0) / len(texts)

    chars = sum(map(len, texts)) / len(texts)
    print(f"{len(texts)} synthetic releases, {chars:.0f} chars on average; CPU ms per release")
    print(f"{'spacy.blank(lv) tokenisation (floor)':40} {floor * 1e3:8.3f}   1.00x")
    print(f"{'rules backend annotate':40} {annotate * 1e3:8.3f} {annotate / floor:6.2f}x")
    for name, sec in per.items():
        print(f"{'extract ' + name:40} {sec * 1e3:8.3f} {sec / floor:6.2f}x")
    total = sum(per.values())
    print(f"{'all extractors':40} {total * 1e3:8.3f} {total / floor:6.2f}x")
    print(f"{'parse_release end to end':40} {whole * 1e3:8.3f} {whole / floor:6.2f}x")
    print(f"=> {1 / whole:.0f} releases/s on one core (rules backend)")


if __name__ == "__main__":
    main()
