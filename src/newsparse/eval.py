"""Scoring records against gold annotations (the format of ``../shared/data/dev/GUIDE.md``).

A gold directory holds ``NNN.txt`` (metadata lines, ``---``, text) and ``NNN.json`` pairs. Each
text is parsed and compared field by field:

- set fields (dates as ``(value, end_value)``, countries, regions, organisations, programmes):
  micro precision/recall/F1 over all documents, each distinct item once per document;
- people: matched by name (Latvian-aware, below), F1, then title / organisation / quoted accuracy
  over the matched pairs;
- funding: a predicted item matches a gold one when their spans overlap in the text (the gold
  ``text`` is located in the document) or, failing that, when both carry the same amount; then
  amount / funder / programme accuracy over matched pairs;
- title, published, language: accuracy per document.

Latvian-aware matching: names are compared by a key that ignores case, quote marks, dash and
spacing variants ("2020.gadam" = "2020. gadam") and, as a second chance, by the stems of their
words (the final case ending removed), so "Līgas Lejiņas" still matches "Līga Lejiņa" in the
people alignment. An initial matches a full given name ("J. Reirs" = "Jānis Reirs").
Only this module knows the gold shape.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

import regex

from .model import Release

if TYPE_CHECKING:
    from .api import Parser

SET_FIELDS = ("dates", "countries", "regions", "organizations", "programmes")
ALL_FIELDS = (*SET_FIELDS, "people", "funding")

# --------------------------------------------------------------------------- name keys

_QUOTES = regex.compile(r"[\"'„“”«»‘’`]")
_DASH = regex.compile(r"\s*[-‐‑‒–—]\s*")
_DOTSPACE = regex.compile(r"(\d)\.\s*(?=\p{L})")
_WS = regex.compile(r"\s+")
# Latvian case/number endings, longest first: removed to get a word's stem.
_ENDINGS = tuple(
    sorted(
        "ajiem ajām ajos ajās ajam ajai iem ām ēm īm os ās ēs īs ais ai am im um ij us ie "
        "as es is s š a e i u ā ē ī ū o".split(),
        key=len,
        reverse=True,
    )
)


def name_key(s: str) -> str:
    """Case-, quote-, dash- and spacing-insensitive key of a name."""
    s = unicodedata.normalize("NFC", s)
    s = _QUOTES.sub("", s)
    s = _DASH.sub("-", s)
    s = _DOTSPACE.sub(r"\1. ", s)
    return str(_WS.sub(" ", s)).strip().casefold()


def _stem(word: str) -> str:
    for e in _ENDINGS:
        if len(word) > len(e) + 2 and word.endswith(e):
            return word[: -len(e)]
    return word


def stem_key(s: str) -> str:
    """``name_key`` with every word's final case ending removed (inflection-insensitive)."""
    return " ".join("-".join(_stem(part) for part in w.split("-")) for w in name_key(s).split(" "))


def names_match(a: str, b: str) -> bool:
    """Latvian-aware equality of two names (see the module docstring)."""
    return name_key(a) == name_key(b) or stem_key(a) == stem_key(b)


def person_match(pred: str, gold: str) -> bool:
    """Same person: equal names, or same surname with a compatible given name or initial."""
    if names_match(pred, gold):
        return True
    p, g = name_key(pred).split(" "), name_key(gold).split(" ")
    if not p or not g or (_stem(p[-1]) != _stem(g[-1]) and stem_key(p[-1]) != stem_key(g[-1])):
        return False
    if len(p) == 1 or len(g) == 1:  # surname only
        return True
    pf, gf = p[0].rstrip("."), g[0].rstrip(".")
    if len(pf) == 1 or len(gf) == 1:
        return pf[0] == gf[0]
    return _stem(pf) == _stem(gf)


# --------------------------------------------------------------------------- scores


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(slots=True)
class Accuracy:
    right: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 1.0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.right += int(ok)

    def to_dict(self) -> dict[str, Any]:
        return {"right": self.right, "total": self.total, "accuracy": round(self.value, 4)}


@dataclass(slots=True)
class DocResult:
    file: str
    misses: dict[str, list[str]] = field(default_factory=dict)
    false_hits: dict[str, list[str]] = field(default_factory=dict)
    wrong: list[str] = field(default_factory=list)  # attribute errors on matched items
    error: str | None = None


@dataclass(slots=True)
class Report:
    fields: dict[str, Counts] = field(default_factory=lambda: {f: Counts() for f in ALL_FIELDS})
    accuracies: dict[str, Accuracy] = field(default_factory=dict)
    docs: list[DocResult] = field(default_factory=list)
    failures: list[DocResult] = field(default_factory=list)

    def acc(self, name: str) -> Accuracy:
        return self.accuracies.setdefault(name, Accuracy())

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": len(self.docs),
            "failures": [{"file": d.file, "error": d.error} for d in self.failures],
            "fields": {k: v.to_dict() for k, v in self.fields.items()},
            "accuracy": {k: v.to_dict() for k, v in sorted(self.accuracies.items())},
            "details": [
                {"file": d.file, "misses": d.misses, "false_hits": d.false_hits, "wrong": d.wrong}
                for d in self.docs
            ],
        }

    def scores(self) -> dict[str, float]:
        """Flat ``{"dates.f1": ..., "people.title": ...}``: what the eval gate checks."""
        out = {f"{k}.f1": round(v.f1, 4) for k, v in self.fields.items()}
        out.update({k: round(v.value, 4) for k, v in self.accuracies.items()})
        return out


# --------------------------------------------------------------------------- alignment


def _align(
    preds: Sequence[Any], golds: Sequence[Any], same: Callable[[Any, Any], bool]
) -> tuple[list[tuple[Any, Any]], list[Any], list[Any]]:
    """Greedy 1:1 alignment in order: (pairs, unmatched preds, unmatched golds)."""
    free = list(range(len(preds)))
    pairs: list[tuple[Any, Any]] = []
    missed: list[Any] = []
    for g in golds:
        for i in free:
            if same(preds[i], g):
                pairs.append((preds[i], g))
                free.remove(i)
                break
        else:
            missed.append(g)
    return pairs, [preds[i] for i in free], missed


def _unique(items: Iterable[Any], key: Callable[[Any], Any]) -> list[Any]:
    seen: set[Any] = set()
    out = []
    for x in items:
        k = key(x)
        if k not in seen:
            seen.add(k)
            out.append(x)
    return out


def _score_set(
    report: Report,
    doc: DocResult,
    name: str,
    preds: list[Any],
    golds: list[Any],
    same: Callable[[Any, Any], bool],
    show_pred: Callable[[Any], str] = str,
    show_gold: Callable[[Any], str] = str,
) -> list[tuple[Any, Any]]:
    pairs, fps, fns = _align(preds, golds, same)
    c = report.fields[name]
    c.tp += len(pairs)
    c.fp += len(fps)
    c.fn += len(fns)
    if fns:
        doc.misses[name] = [show_gold(x) for x in fns]
    if fps:
        doc.false_hits[name] = [show_pred(x) for x in fps]
    return pairs


def _amount(x: Any) -> Decimal | None:
    if x is None:
        return None
    try:
        return Decimal(str(x))
    except InvalidOperation:
        return None


def _opt_eq(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return names_match(a, b)


def score_document(report: Report, file: str, release: Release, gold: dict[str, Any]) -> DocResult:
    """Add one document's comparison to ``report`` and return its details."""
    doc = DocResult(file=file)
    text = release.text

    report.acc("title").add(_opt_eq(release.title, gold.get("title")))
    report.acc("published").add(release.published == gold.get("published"))
    report.acc("language").add(release.language == gold.get("language"))
    for attr in ("title", "published", "language"):
        got, want = getattr(release, attr), gold.get(attr)
        ok = _opt_eq(got, want) if attr == "title" else got == want
        if not ok:
            doc.wrong.append(f"{attr}: got {got!r}, want {want!r}")

    # dates: distinct (value, end_value)
    pd = _unique(((d.value, d.end_value) for d in release.dates), key=lambda x: x)
    gd = _unique(((d["value"], d.get("end_value")) for d in gold.get("dates", [])), key=lambda x: x)
    _score_set(report, doc, "dates", pd, gd, lambda a, b: a == b)

    pc = _unique((c.code for c in release.countries), key=lambda x: x)
    gc = _unique(gold.get("countries", []), key=lambda x: x)
    _score_set(report, doc, "countries", pc, gc, lambda a, b: a == b)

    pr = _unique((r.name for r in release.regions), key=name_key)
    gr = _unique(gold.get("regions", []), key=name_key)
    _score_set(report, doc, "regions", pr, gr, names_match)

    po = _unique(((o.name, o.acronym) for o in release.organizations), key=lambda x: name_key(x[0]))
    go = _unique(gold.get("organizations", []), key=name_key)
    _score_set(
        report,
        doc,
        "organizations",
        po,
        go,
        lambda p, g: names_match(p[0], g) or (p[1] is not None and names_match(p[1], g)),
        show_pred=lambda p: p[0],
    )

    pp = _unique((p.name for p in release.programmes), key=name_key)
    gp = _unique(gold.get("programmes", []), key=name_key)
    _score_set(report, doc, "programmes", pp, gp, names_match)

    # people
    people_pairs = _score_set(
        report,
        doc,
        "people",
        list(release.people),
        list(gold.get("people", [])),
        lambda p, g: person_match(p.name, g["name"]),
        show_pred=lambda p: p.name,
        show_gold=lambda g: str(g["name"]),
    )
    for p, g in people_pairs:
        for attr, ok in (
            ("title", _opt_eq(p.title, g.get("title"))),
            ("organization", _opt_eq(p.organization, g.get("organization"))),
            ("quoted", bool(p.quoted) == bool(g.get("quoted"))),
        ):
            report.acc(f"people.{attr}").add(ok)
            if not ok:
                got, want = getattr(p, attr), g.get(attr)
                doc.wrong.append(f"{g['name']}.{attr}: got {got!r}, want {want!r}")

    # funding
    def gold_span(g: dict[str, Any]) -> tuple[int, int] | None:
        t = g.get("text") or ""
        i = text.find(t) if t else -1
        if i < 0 and t:
            m = regex.search(regex.escape(name_key(t)[:40]).replace(r"\ ", r"\s+"), text, regex.I)
            return (m.start(), m.start() + len(t)) if m else None
        return (i, i + len(t)) if i >= 0 else None

    def fund_same(p: Any, g: dict[str, Any]) -> bool:
        span = gold_span(g)
        if span is not None and p.start < span[1] and span[0] < p.end:
            return True
        ga, pa = _amount(g.get("amount")), p.amount
        return ga is not None and pa is not None and ga == pa

    fpairs = _score_set(
        report,
        doc,
        "funding",
        list(release.funding),
        list(gold.get("funding", [])),
        fund_same,
        show_pred=lambda f: f"{f.text!r} amount={f.amount}",
        show_gold=lambda g: f"{g.get('text')!r} amount={g.get('amount')}",
    )
    for p, g in fpairs:
        for attr, ok in (
            ("amount", _amount(g.get("amount")) == p.amount),
            ("funder", _opt_eq(p.funder, g.get("funder"))),
            ("programme", _opt_eq(p.programme, g.get("programme"))),
        ):
            report.acc(f"funding.{attr}").add(ok)
            if not ok:
                doc.wrong.append(
                    f"funding {g.get('text', '')[:40]!r}.{attr}: "
                    f"got {getattr(p, attr)!s}, want {g.get(attr)!s}"
                )
    report.docs.append(doc)
    return doc


# --------------------------------------------------------------------------- driver


def gold_pairs(gold_dir: Path) -> list[tuple[Path, Path]]:
    """``(txt, json)`` pairs of a gold directory, sorted by name."""
    pairs = []
    for j in sorted(gold_dir.glob("*.json")):
        t = j.with_suffix(".txt")
        if t.exists():
            pairs.append((t, j))
    return pairs


def evaluate_dir(gold_dir: Path, parser: Parser) -> Report:
    """Parse every gold text with ``parser`` and score it (a failing document is recorded)."""
    report = Report()
    for txt, js in gold_pairs(gold_dir):
        gold = json.loads(js.read_text(encoding="utf-8"))
        try:
            release = parser.parse(txt.read_bytes())
        except Exception as e:  # a crash is a finding of the evaluation, not its end
            report.failures.append(DocResult(file=txt.name, error=f"{type(e).__name__}: {e}"))
            continue
        score_document(report, txt.name, release, gold)
    return report


def format_table(report: Report) -> str:
    """A plain-text table of the scores."""
    lines = [f"documents: {len(report.docs)}  failures: {len(report.failures)}", ""]
    lines.append(f"{'field':<16}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}")
    for name, c in report.fields.items():
        lines.append(
            f"{name:<16}{c.precision:>8.3f}{c.recall:>8.3f}{c.f1:>8.3f}{c.tp:>6}{c.fp:>6}{c.fn:>6}"
        )
    lines.append("")
    lines.append(f"{'accuracy':<24}{'value':>8}{'n':>6}")
    for name, a in sorted(report.accuracies.items()):
        lines.append(f"{name:<24}{a.value:>8.3f}{a.total:>6}")
    for f in report.failures:
        lines.append(f"FAILED {f.file}: {f.error}")
    return "\n".join(lines)


def format_details(report: Report) -> str:
    """Every miss, false hit and attribute error, per document."""
    out = []
    for d in report.docs:
        if not (d.misses or d.false_hits or d.wrong):
            continue
        out.append(f"\n== {d.file}")
        for name, items in d.misses.items():
            for x in items:
                out.append(f"  MISS  {name:<14} {x}")
        for name, items in d.false_hits.items():
            for x in items:
                out.append(f"  FALSE {name:<14} {x}")
        for w in d.wrong:
            out.append(f"  WRONG {w}")
    return "\n".join(out)


# --------------------------------------------------------------------------- gate


def check_floors(
    scores: dict[str, float], floors: dict[str, float], eps: float = 1e-9
) -> list[str]:
    """Names of the scores below their floor (the eval gate)."""
    return [
        f"{k}: {scores.get(k, 0.0):.4f} < floor {v:.4f}"
        for k, v in sorted(floors.items())
        if scores.get(k, 0.0) + eps < v
    ]


def raise_floors(
    scores: dict[str, float], floors: dict[str, float], *, allow_regression: bool = False
) -> dict[str, float]:
    """New floors: each raised to the current score; lowered only with ``allow_regression``."""
    out = dict(floors)
    for k, v in scores.items():
        if k not in out or v > out[k] or allow_regression:
            out[k] = v
    return out
