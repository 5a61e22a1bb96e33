"""Date normalisation: month and weekday words (Latvian in every case, English), relative-year
phrases, ISO rendering, year inference, and the parser of a single date string used for the
publication-date line.

Latvian month names are nouns of the 1st (``marts``, ``maijs``) or 2nd (``janvāris``,
``aprīlis``) declension; every case form is generated here from the nominative in
``resources/lv/months.tsv`` (nobody types inflected forms by hand). The 2nd declension
alternates the stem's final consonant in the genitive singular and the plural
(``aprīlis`` -> ``aprīļa``); ``-ris`` stems do not alternate (``oktobris`` -> ``oktobra``).
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Final

import regex

from ..lexicon import read_tsv

#: Case endings of the two masculine declensions month names belong to, by (case, number).
#: Vocative is left out on purpose: a month is never addressed, and the bare 1st-declension
#: vocative ("mart") would only add noise.
_ENDINGS: Final[dict[int, dict[tuple[str, str], str]]] = {
    1: {
        ("nom", "sg"): "s",
        ("gen", "sg"): "a",
        ("dat", "sg"): "am",
        ("acc", "sg"): "u",
        ("loc", "sg"): "ā",
        ("nom", "pl"): "i",
        ("gen", "pl"): "u",
        ("dat", "pl"): "iem",
        ("acc", "pl"): "us",
        ("loc", "pl"): "os",
    },
    2: {
        ("nom", "sg"): "is",
        ("gen", "sg"): "a",
        ("dat", "sg"): "im",
        ("acc", "sg"): "i",
        ("loc", "sg"): "ī",
        ("nom", "pl"): "i",
        ("gen", "pl"): "u",
        ("dat", "pl"): "iem",
        ("acc", "pl"): "us",
        ("loc", "pl"): "os",
    },
}

#: 2nd-declension consonant alternation (stem-final consonant -> alternated form), longest first.
_ALTERNATION: Final[tuple[tuple[str, str], ...]] = (
    ("sn", "šņ"),
    ("zn", "žņ"),
    ("sl", "šļ"),
    ("zl", "žļ"),
    ("ln", "ļņ"),
    ("l", "ļ"),
    ("n", "ņ"),
    ("s", "š"),
    ("z", "ž"),
    ("t", "š"),
    ("d", "ž"),
    ("c", "č"),
    ("p", "pj"),
    ("b", "bj"),
    ("m", "mj"),
    ("v", "vj"),
    ("f", "fj"),
)


def _alternate(stem: str) -> str:
    for plain, alt in _ALTERNATION:
        if stem.endswith(plain):
            return stem[: -len(plain)] + alt
    return stem  # -r-, vowels: no alternation


def lv_noun_forms(lemma: str) -> dict[tuple[str, str], str]:
    """(case, number) -> form for a masculine 1st (``-s``) or 2nd (``-is``) declension noun.

    Only what month names need; the general generator is ``newsparse.normalize.inflect``.
    """
    if lemma.endswith("is"):
        stem, decl = lemma[:-2], 2
    elif lemma.endswith("s"):
        stem, decl = lemma[:-1], 1
    else:
        raise ValueError(f"not a 1st/2nd declension masculine noun: {lemma!r}")
    out: dict[tuple[str, str], str] = {}
    for (case, number), ending in _ENDINGS[decl].items():
        alternates = decl == 2 and (number == "pl" or case == "gen")
        out[(case, number)] = (_alternate(stem) if alternates else stem) + ending
    return out


@functools.cache
def lv_month_forms() -> dict[str, tuple[int, str]]:
    """Lower-case Latvian month form -> (month number, case), singular and plural.

    Also accepts the unalternated stem where the 2nd declension alternates ("aprīla" beside
    "aprīļa"): a frequent slip in real text that still names the month unambiguously.
    """
    out: dict[str, tuple[int, str]] = {}
    for row in read_tsv("lv", "months.tsv"):
        n = int(row["number"])
        lemma = row["lv"].lower()
        for (case, _number), form in lv_noun_forms(lemma).items():
            out.setdefault(form, (n, case))
        if lemma.endswith("is"):
            stem = lemma[:-2]
            for (case, number), ending in _ENDINGS[2].items():
                if number == "pl" or case == "gen":
                    out.setdefault(stem + ending, (n, case))
    return out


@functools.cache
def lv_month_abbreviations() -> dict[str, int]:
    """Latvian abbreviations with their final period ("okt." -> 10), lower-case."""
    out: dict[str, int] = {}
    for row in read_tsv("lv", "months.tsv"):
        for a in filter(None, row.get("lv_abbr", "").split("|")):
            out[a.strip().lower()] = int(row["number"])
    return out


@functools.cache
def en_month_forms() -> dict[str, int]:
    """English month words as written (case-sensitive): "October", "OCTOBER", "Oct", "Oct.",
    "Sept." -> month number. English month names are always capitalised, so "may" (the verb)
    is not a month."""
    out: dict[str, int] = {}
    for row in read_tsv("lv", "months.tsv"):
        n = int(row["number"])
        names = [row["en"]]
        abbrs = [row["en_abbr"], *filter(None, row.get("en_alt", "").split("|"))]
        for name in names:
            out[name] = n
            out[name.upper()] = n
        for a in abbrs:
            a = a.strip()
            out[a] = n
            out[a + "."] = n
            out[a.upper()] = n
    return out


@functools.cache
def month_lexicon() -> dict[str, int]:
    """Every accepted month word (lower-case) -> month number: Latvian case forms generated from
    the nominative in ``months.tsv``, Latvian abbreviations, English names and abbreviations."""
    out: dict[str, int] = {form: n for form, (n, _case) in lv_month_forms().items()}
    out.update(lv_month_abbreviations())
    for form, n in en_month_forms().items():
        out.setdefault(form.lower(), n)
    return out


def month_number(word: str) -> int | None:
    """The month a (Latvian or English) month word names, in any case form; else None."""
    return month_lexicon().get(word.lower().strip())


@functools.cache
def weekday_forms(lang: str) -> dict[str, int]:
    """Weekday words that may stand before a date -> ISO weekday (1 = Monday), lower-case.

    Latvian: the adverb ("otrdien"), nominative ("otrdiena") and locative ("otrdienā"),
    generated from the 4th-declension nominative in ``weekdays.tsv``. English: the name and
    its abbreviation ("tuesday", "tue", "tue.").
    """
    out: dict[str, int] = {}
    for row in read_tsv("lv", "weekdays.tsv"):
        n = int(row["number"])
        if lang == "lv":
            lemma = row["lv"].lower()
            stem = lemma[:-1]  # -a (4th declension)
            for form in (stem, lemma, stem + "ā"):
                out[form] = n
        else:
            out[row["en"].lower()] = n
            out[row["en_abbr"].lower()] = n
            out[row["en_abbr"].lower() + "."] = n
    return out


@functools.cache
def relative_years() -> tuple[tuple[str, int], ...]:
    """(phrase, offset in years) from ``relative_years.tsv``, longest phrase first
    ("šā gada" 0, "pērn" -1, "nākamā gada" +1)."""
    rows = [(r["phrase"], int(r["offset"])) for r in read_tsv("lv", "relative_years.tsv")]
    return tuple(sorted(rows, key=lambda x: (-len(x[0]), x[0])))


def make_date(year: int, month: int, day: int) -> dt.date | None:
    """A calendar date, or None when it does not exist (31.02.)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def iso(year: int, month: int, day: int | None = None) -> str:
    """``YYYY-MM-DD``, or ``YYYY-MM`` for a month-precision value."""
    return f"{year:04d}-{month:02d}" if day is None else f"{year:04d}-{month:02d}-{day:02d}"


def nearest_year(anchor: dt.date, month: int, day: int | None = None) -> int:
    """The year that puts (month, day) nearest to ``anchor``: one of anchor.year - 1, anchor.year,
    anchor.year + 1.

    Why nearest rather than always the anchor year: releases speak of events a few weeks
    before or after publication, so "20. decembrī" in a release of 5 January is last December
    and "15. janvārī" in a release of 20 December is next January. Distances are in days (in
    months for month precision, compared against the anchor's month); a tie keeps the anchor
    year. A day that exists in no candidate year (30 February) yields the anchor year, so the
    caller's validation reports it.
    """
    best: tuple[int, int, int] | None = None  # (distance, |year - anchor.year|, year)
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        if day is None:
            dist = abs((year * 12 + month) - (anchor.year * 12 + anchor.month))
        else:
            d = make_date(year, month, day)
            if d is None:
                continue
            dist = abs((d - anchor).days)
        key = (dist, abs(year - anchor.year), year)
        if best is None or key < best:
            best = key
    return anchor.year if best is None else best[2]


_NUMERIC = regex.compile(r"^(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\.?$")
_ISO = regex.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})")
_DAY_MONTH_YEAR = regex.compile(
    r"^(?P<d>\d{1,2})(?:\.|st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>\p{L}+\.?),?\s+(?P<y>\d{4})\.?$"
)
_MONTH_DAY_YEAR = regex.compile(
    r"^(?P<mon>\p{L}+\.?)\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})$"
)
_LV_LONG = regex.compile(
    r"^(?P<y>\d{4})\.\s*(?:gada|g\.)\s*(?P<d>\d{1,2})\.\s*(?P<mon>\p{L}+\.?)$", regex.I
)


def parse_date_string(s: str) -> dt.date | None:
    """Parse one whole date string: "15.10.2020.", "2020-10-15", "27 jūnijs 2017",
    "2020. gada 15. oktobrī", "2020.g. 15.okt.", "15 October 2020", "October 15, 2020".
    Anything else (or a date that does not exist): None."""
    s = " ".join(s.split()).strip(" ,;")
    for rx in (_NUMERIC, _ISO):
        m = rx.match(s)
        if m:
            return make_date(int(m["y"]), int(m["m"]), int(m["d"]))
    for rx in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _LV_LONG):
        m = rx.match(s)
        if m:
            mon = month_number(m["mon"])
            if mon is not None:
                return make_date(int(m["y"]), mon, int(m["d"]))
    return None
