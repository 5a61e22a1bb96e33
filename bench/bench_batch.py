"""Batch throughput and memory, as ratios against baselines measured in the same process.

    python bench/bench_batch.py                 # 1000 releases of about 2 KB
    python bench/bench_batch.py --n 300 --rss-docs 1000 --quick

Measures, on synthetic releases from bench/generate.py:

1. baseline: bare ``spacy.blank("lv")`` tokenisation of the same texts (docs/s);
2. the rules backend in this process (releases/s, and as a fraction of tokenisation speed), with
   a profile of where the time goes (decoding and format, language detection, tokenisation, each
   extractor);
3. the worker pool (``iter_parsed``, as ``newsparse batch`` runs it) with 1 and 2 workers:
   steady-state releases/s (from the first result on: worker start-up excluded), speed-up and
   parallel efficiency;
4. memory: peak RSS, and RSS growth over ``--rss-docs`` parses after a warm-up;
5. WARC reading (``iter_records`` over a .warc.gz of the same releases as HTML) against parsing.

Targets (issue 6): rules >= 200 releases/s per core on 2 KB releases; 2 workers >= 1.7x one;
RSS growth < 50 MB over 10k documents (``--rss-docs 10000``). Timings on a shared machine vary:
compare ratios, and rerun before concluding.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def _generator() -> Any:
    sys.path.insert(0, str(HERE))
    import generate  # bench/generate.py

    return generate


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3  # KiB on Linux


def _rate(n: int, seconds: float) -> float:
    return n / seconds if seconds > 0 else float("inf")


def _stages(parser: Any, texts: list[str]) -> list[tuple[str, float]]:
    """Milliseconds per release in each stage of ``Parser.parse``, timed directly (a profiler
    would inflate the pure-Python stages): decoding/format, language detection, tokenisation,
    and each extractor in pipeline order."""
    from newsparse.langid import detect_language
    from newsparse.sources import read_source

    totals: dict[str, float] = {}

    def add(name: str, seconds: float) -> None:
        totals[name] = totals.get(name, 0.0) + seconds

    clock = time.perf_counter
    for text in texts:
        t = clock()
        st = read_source(text, max_chars=parser.options.max_chars)
        add("read_source (decode, format, header)", clock() - t)
        t = clock()
        lang = detect_language(st.text) or "lv"
        add("language detection (langdetect)", clock() - t)
        t = clock()
        adoc = parser.annotate(st.text, language=lang, published=st.published, title=st.title)
        add("tokenisation (backend.annotate)", clock() - t)
        for comp, func in parser.pipeline._funcs:
            t = clock()
            try:
                adoc.results[comp.name] = list(func(adoc))
            except Exception:
                adoc.results[comp.name] = []
            add(f"extract_{comp.name}", clock() - t)
    return [(name, secs / len(texts) * 1000) for name, secs in totals.items()]


def _cpu(who: int) -> float:
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


def _pool_rate(texts: list[str], workers: int) -> tuple[float, float, float, float]:
    """Steady-state releases/s of the worker pool, its start-up time (s), and CPU milliseconds
    per release spent in the parent and in the workers (their start-up included)."""
    from newsparse.batch.output import release_json
    from newsparse.batch.runner import iter_parsed

    t0 = time.perf_counter()
    self0, kids0 = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
    first = None
    n = 0
    for _ in iter_parsed(texts, workers=workers, backend="rules", transform=release_json):
        n += 1
        if first is None:
            first = time.perf_counter()
    end = time.perf_counter()
    assert first is not None
    parent = (_cpu(resource.RUSAGE_SELF) - self0) / n * 1000
    kids = (_cpu(resource.RUSAGE_CHILDREN) - kids0) / n * 1000  # workers are reaped at the end
    return _rate(n - 1, end - first), first - t0, parent, kids


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=1000, help="releases per measurement")
    ap.add_argument("--size", type=int, default=2048, help="typical release length (characters)")
    ap.add_argument("--rss-docs", type=int, default=2000, help="parses for the RSS growth figure")
    ap.add_argument("--quick", action="store_true", help="skip the worker-pool measurement")
    args = ap.parse_args(argv)

    gen = _generator()
    texts = [r.text for r in gen.ReleaseGenerator(seed=7, size=args.size).releases(args.n)]
    mean_kb = sum(len(t.encode()) for t in texts) / len(texts) / 1024
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"{len(texts)} synthetic releases, mean {mean_kb:.2f} KB; {os.cpu_count()} CPUs, load {load}"
    )
    rows: list[tuple[str, str, str]] = []

    # 1. baseline: bare tokenisation
    import spacy

    nlp = spacy.blank("lv")
    for t in texts[:20]:
        nlp(t)
    t0 = time.perf_counter()
    for t in texts:
        nlp(t)
    tok = _rate(len(texts), time.perf_counter() - t0)
    rows.append(("spacy.blank('lv') tokenisation", f"{tok:8.1f} docs/s", "1.00x (baseline)"))

    # 2. rules backend in process
    from newsparse import Parser

    parser = Parser(backend="rules")
    for t in texts[:20]:
        parser.parse(t)
    rss_before = _rss_mb()
    t0 = time.perf_counter()
    for t in texts:
        parser.parse(t)
    rules = _rate(len(texts), time.perf_counter() - t0)
    rows.append(
        ("rules backend, in process", f"{rules:8.1f} rel/s", f"{rules / tok:.3f}x tokenisation")
    )

    # 3. worker pool
    if not args.quick:
        boot = _pool_rate(texts[:1], 1)[3]  # CPU ms of one worker's start-up (+ 1 release)
        r1, start1, par1, kid1 = _pool_rate(texts, 1)
        r2, start2, par2, kid2 = _pool_rate(texts, 2)
        kid1 -= boot / len(texts)
        kid2 -= 2 * boot / len(texts)
        rows.append(
            ("pool, 1 worker (steady state)", f"{r1:8.1f} rel/s", f"{r1 / rules:.2f}x in-process")
        )
        rows.append(
            ("pool, 2 workers (steady state)", f"{r2:8.1f} rel/s", f"{r2 / r1:.2f}x one worker")
        )
        rows.append(
            ("parallel efficiency (2 workers)", f"{r2 / (2 * r1) * 100:7.1f} %", "target >= 85 %")
        )
        rows.append(("pool start-up, 1 / 2 workers", f"{start1:6.1f} / {start2:.1f} s", ""))
        cpu = f"{par1:.1f}+{kid1:.1f} / {par2:.1f}+{kid2:.1f}"
        rows.append(
            ("CPU ms/rel parent+workers (no start-up)", cpu, "same worker CPU: no overhead")
        )

    # 4. memory
    more = gen.ReleaseGenerator(seed=11, size=args.size).releases(args.rss_docs)
    warm = 200
    rss_warm = 0.0
    for i, r in enumerate(more):
        parser.parse(r.text)
        if i == warm:
            rss_warm = _rss_mb()
    growth = _rss_mb() - rss_warm
    rows.append(
        (
            f"RSS growth, docs {warm}..{args.rss_docs}",
            f"{growth:8.1f} MB",
            f"RSS {rss_before:.0f} MB before",
        )
    )
    rows.append(("peak RSS of this process", f"{_peak_rss_mb():8.1f} MB", ""))

    # 5. WARC reading
    from newsparse.batch.readers import iter_records

    with tempfile.TemporaryDirectory() as tmp:
        warc = Path(tmp) / "bench.warc.gz"
        gen.write("warc", args.n, warc, seed=7, size=args.size)
        t0 = time.perf_counter()
        count = sum(1 for _ in iter_records([warc]))
        secs = time.perf_counter() - t0
        mb = warc.stat().st_size / 1e6
    read = _rate(count, secs)
    rows.append(
        (
            "WARC reading (.warc.gz, HTML)",
            f"{read:8.1f} docs/s",
            f"{read / rules:.1f}x parsing; {mb / secs:.1f} MB/s",
        )
    )

    width = max(len(r[0]) for r in rows)
    print()
    for name, value, ratio in rows:
        print(f"{name:<{width}}  {value:>18}  {ratio}")

    stages = _stages(parser, texts[: min(300, len(texts))])
    total = sum(ms for _, ms in stages)
    print(f"\nwhere parsing time goes (rules backend, {total:.2f} ms per release):")
    for label, ms in stages:
        print(f"  {label:<40} {ms:7.2f} ms  {ms / total * 100:5.1f} %")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
