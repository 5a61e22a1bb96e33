"""Sentence and clause boundaries for the organisation, programme and funding rules.

Press-release text is cut at line breaks (headings, list items) and after ``.!?…`` followed by
an upper-case letter, a digit or an opening quote, except after an initial ("J. Reirs") or a
number ("2. ES un Centrālāzijas ministru sanāksme", "27. Februārī" in headings). Clauses are
cut inside a sentence at ``;``, ``:``, and at a comma that opens a subordinate or coordinate
clause (``, kur``, ``, un``, ``, kas`` ...; the connectives are data in ``clause_openers.txt``).

All offsets are half-open ``[start, end)`` into the text given, trimmed of surrounding spaces.
"""

from __future__ import annotations

import bisect
import functools
import itertools

import regex

from ..lexicon import read_lines

_SENT_END = regex.compile(
    r"""
    (?<=
        (?<! \b\p{Lu} )           # not the dot of an initial ("J. Reirs")
        (?<! \b\d{1,4} )          # not an ordinal or a date part ("2. ES", "27. Februārī")
        [.!?…]
    )
    [”"’»]?                       # a closing quote stays with its sentence
    (?= \s+ [„“"«‘(]? [\p{Lu}\d] )  # the next sentence starts upper-case or with a digit
    """,
    regex.VERBOSE,
)
_LINE_BREAK = regex.compile(r"\n\s*")


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` in order (see the module docstring)."""
    cuts = {0, len(text)}
    for m in _LINE_BREAK.finditer(text):
        cuts.add(m.start())
        cuts.add(m.end())
    for m in _SENT_END.finditer(text):
        cuts.add(m.end())
    ordered = sorted(cuts)
    out: list[tuple[int, int]] = []
    for a, b in itertools.pairwise(ordered):
        t = _trim(text, a, b)
        if t:
            out.append(t)
    return out


@functools.cache
def _clause_cut() -> regex.Pattern[str]:
    words = "|".join(
        sorted(
            (regex.escape(w) for w in read_lines("lv", "clause_openers.txt")), key=len, reverse=True
        )
    )
    return regex.compile(
        rf"""
        [;:]\s                              # a semicolon or colon ends a clause
      | ,\s+(?=(?i:{words})\b)             # ", kur ...", ", un ..." open a new clause
        """,
        regex.VERBOSE,
    )


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause spans of the sentence ``text[start:end]``."""
    cuts = [start, end]
    for m in _clause_cut().finditer(text, start, end):
        cuts.append(m.end())
    out: list[tuple[int, int]] = []
    ordered = sorted(set(cuts))
    for a, b in itertools.pairwise(ordered):
        t = _trim(text, a, b)
        if t:
            out.append(t)
    return out


class Segments:
    """Sentence lookup by offset for one text (built once per document)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.sents = sentences(text)
        self._starts = [s for s, _ in self.sents]

    def index(self, pos: int) -> int:
        """Index of the sentence containing ``pos`` (or the one before a gap)."""
        return max(0, bisect.bisect_right(self._starts, pos) - 1)

    def sentence(self, pos: int) -> tuple[int, int]:
        return self.sents[self.index(pos)]

    def clause(self, pos: int) -> tuple[int, int]:
        s, e = self.sentence(pos)
        for a, b in clauses(self.text, s, e):
            if a <= pos < b:
                return (a, b)
        return (s, e)

    def sentence_initial(self, pos: int) -> bool:
        """True when ``pos`` is the first word of its sentence (after opening quotes/bullets)."""
        s, _ = self.sentence(pos)
        head = self.text[s:pos]
        return regex.fullmatch(r"[\s\p{Pi}\p{Ps}„“\"'«*\-–•\d.)]*", head) is not None
