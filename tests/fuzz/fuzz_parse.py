"""Long fuzz run of parse_release (not collected by pytest: run it as a script).

    .venv/bin/python tests/fuzz/fuzz_parse.py --n 100000 [--seed 0] [--workers 2]

Inputs come from a seeded generator mixing release-like pieces (Latvian words in cases, dates,
amounts, quote marks, markup, header lines) with random Unicode, random bytes and mutations
(truncation, duplication, control characters). Each input must give a ``Release`` whose every span
satisfies ``text[start:end] == span.text`` with no extractor failure (W901), or raise
``InputError``. Anything else is counted and the first failures are printed with their input.
Exit code 1 when any input failed.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import sys
import time

PIECES = [
    "Izglītības",
    "un",
    "zinātnes",
    "ministrija",
    "ministrijas",
    "ministrijai",
    "valsts",
    "sekretāre",
    "sekretāres",
    "parlamentārā",
    "Līga",
    "Lejiņa",
    "Līgas",
    "Lejiņas",
    "Jānim",
    "Reiram",
    "Kalniņa-Lukaševica",
    "L.",
    "J.Reirs",
    "Latvijā",
    "Latvijas",
    "Tadžikistānas",
    "ASV",
    "ES",
    "EK",
    "(IZM)",
    "Erasmus+",
    "ESF+",
    "Eiropas",
    "Savienības",
    "Komisija",
    "2020.",
    "gada",
    "2020.gada",
    "14.",
    "-",
    "–",
    "15.",
    "oktobrī",
    "12.janvārī",
    "15.10.2020.",
    "31.02.2020.",
    "š.g.",
    "no",
    "līdz",
    "decembrim",
    "1,5",
    "milj.",
    "mljrd.",
    "tūkst.",
    "eiro",
    "EUR",
    "€",
    "924 410",
    "1,2,3",
    "4,63",
    "%",
    "piecu",
    "miljardu",
    "„",
    "“",
    "”",
    '"',
    "«",
    "»",
    ",",
    ".",
    ":",
    ";",
    "(",
    ")",
    "\n",
    "\n\n",
    "  ",
    "\t",
    "<p>",
    "</p>",
    "<div>",
    "<script>",
    "</script>",
    "&amp;",
    "&#8222;",
    "##",
    "Publicēts:",
    "Published:",
    "norādīja",
    "uzsvēra",
    "sacīja",
    "ka",
    "pēc",
    "teiktā",
    "viņa",
    "said",
    "Minister",
    "of",
    "Foreign",
    "Affairs",
    "October",
    "14-15,",
    "url: https://www.izm.gov.lv/lv/x",
    "---",
    "<https://www.fm.gov.lv/x>",
]
ALPHABET = 'aābcčdeēfgģhiījkķlļmnņoprsštuūvzžAĀBCČDEĒFGĢHIĪJKĶLĻMNŅOPRSŠTUŪVZŽ0123456789 .,-–:;"„“”«»()\n+€%/'


def make_input(rng: random.Random) -> str | bytes:
    kind = rng.random()
    if kind < 0.55:
        s = " ".join(rng.choice(PIECES) for _ in range(rng.randint(0, 120)))
    elif kind < 0.75:
        s = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 400)))
    elif kind < 0.9:
        s = "".join(chr(rng.randint(0, 0x2FFFF)) for _ in range(rng.randint(0, 200)))
    else:
        return bytes(rng.randint(0, 255) for _ in range(rng.randint(0, 300)))
    if rng.random() < 0.2 and s:  # mutations
        i = rng.randrange(len(s))
        s = (
            s[:i]
            + rng.choice(["\x00", "\x07", "\ud800", "\udfff", "\u200b", s[i:] * 2, ""])
            + s[i:]
        )
    return s


def check_range(args: tuple[int, int, int]) -> tuple[int, int, list[str]]:
    start, stop, seed = args
    from newsparse import InputError, Parser

    parser = Parser(backend="rules")
    failures: list[str] = []
    ok = 0
    for i in range(start, stop):
        rng = random.Random(seed * 1_000_003 + i)
        src = make_input(rng)
        try:
            r = parser.parse(src)
        except InputError:
            ok += 1
            continue
        except Exception as e:
            failures.append(f"#{i} {type(e).__name__}: {e} | input={src!r:.300}")
            continue
        bad = [s for s in r.spans() if r.text[s.start : s.end] != s.text]
        crashed = [w.message for w in r.warnings if w.code == "W901"]
        if bad or crashed:
            failures.append(f"#{i} spans={bad[:2]} extractor={crashed[:2]} | input={src!r:.300}")
        else:
            ok += 1
    return stop - start, ok, failures


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    chunk = 2_000
    jobs = [(a, min(a + chunk, args.n), args.seed) for a in range(0, args.n, chunk)]
    t0 = time.perf_counter()
    total = ok = 0
    failures: list[str] = []
    with mp.get_context("spawn").Pool(args.workers) as pool:
        for n, k, f in pool.imap(check_range, jobs):
            total, ok = total + n, ok + k
            failures.extend(f)
            print(f"\r{total}/{args.n} inputs, {len(failures)} failures", end="", file=sys.stderr)
    dt = time.perf_counter() - t0
    print(
        f"\nfuzz: {total} inputs, {len(failures)} uncaught failures, {dt:.0f} s ({total / dt:.0f}/s)"
    )
    for f in failures[:20]:
        print(" ", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
