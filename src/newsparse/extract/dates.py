"""Extractor for ``dates``: calendar dates and date ranges in the body, day or month precision.

How it works
------------
1. Every rule (a ``regex`` pattern composed from the named sub-patterns below, plus a builder)
   proposes candidates over the exact text. Latvian rules run on Latvian (and unsupported-language)
   documents, English rules on English ones; numeric ("15.10.2020.") and ISO rules on both.
2. ``_resolve_overlaps`` keeps the longest candidate where candidates overlap ("14.-15. oktobrī"
   beats "15. oktobrī"), then the earliest, then the rule listed first.
3. Missing years are inferred (``_resolve_year``), the values are validated (31.02. -> W202) and
   ISO values built. Every mention is returned, sorted by start; the eval dedupes values.

Offsets are half-open ``[start, end)`` into ``adoc.text``; ``text[start:end] == mention.text``.
A weekday directly before the date joins the span ("Otrdien, 27. februārī"); a weekday alone is
never a date. Matches overlapping ``adoc.skip_spans`` (the "Publicēts:" line) are ignored.

Year inference, in order (documented decision, tested in ``tests/unit/test_dates.py``):
  a. a relative-year phrase before the date ("š.g.", "pērn", "nākamā gada") + the anchor date;
  b. the explicit year of a date phrase EARLIER in the same sentence (nearest one):
     "2019. gada 5. martā un 7. martā";
  c. the anchor date (reference date, else publication date): the year that puts the date
     nearest to the anchor (``normalize.dates.nearest_year``, within about six months);
  d. without an anchor: a date phrase later in the sentence, else a bare 19xx/20xx year in the
     sentence (nearest; years of year ranges like "2021.-2027. gada" never count):
     "Otrdien, 27. februārī, ... izstāde SIA - 2024" with no publication date;
  e. otherwise the mention is dropped with warning W201.
Later date phrases and bare years rank below the anchor because a sentence easily names another
year ("22. jūnijā parakstīja līgumu, par ko vienojās 2016. gada oktobrī"; "Kopš 2015. gada ...
22. jūnijā" in a release of June 2017 are both 2017-06-22).

Not dates: bare years ("2020. gadā"), year ranges, ordinals before other words ("2. ES ...",
"8.-10. klase"), decimals, times, weekdays alone.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import regex

from ..document import AnnotatedDoc
from ..errors import WarningCode
from ..model import DateMention
from ..normalize.dates import (
    en_month_forms,
    iso,
    lv_month_abbreviations,
    lv_month_forms,
    make_date,
    month_number,
    nearest_year,
    relative_years,
    weekday_forms,
)

#: Every ``DateMention.rule`` this extractor can emit, with an example of what fires it.
MENTION_RULES: dict[str, str] = {
    "date.lv_full": "2020. gada 14. oktobrī",
    "date.lv_day_month_year": "27 jūnijs 2017",
    "date.lv_relative": "š.g. 24. februārī",
    "date.lv_day_month": "14. oktobrī (year inferred)",
    "date.lv_day_range": "2020. gada 14.-15. oktobrī",
    "date.lv_day_list": "14., 15. un 16. oktobrī (one mention per day)",
    "date.lv_range": "no 2016. gada 26. aprīļa līdz 2023. gada 31. decembrim",
    "date.lv_month_range": "no 2020. gada oktobra līdz 2021. gada martam",
    "date.lv_year_month": "2020. gada oktobrī",
    "date.lv_relative_month": "šā gada martā",
    "date.lv_month_bare": "oktobrī (year inferred)",
    "date.numeric": "15.10.2020.",
    "date.numeric_range": "14.-15.10.2020.",
    "date.iso": "2020-10-15",
    "date.en_full": "16 October 2023, October 16, 2023",
    "date.en_day_month": "16 October (year inferred)",
    "date.en_day_range": "October 14-15, 2020",
    "date.en_day_list": "14 and 15 October, October 14 and 15 (one mention per day)",
    "date.en_range": "30 September - 2 October 2020",
    "date.en_month_year": "October 2020",
    "date.en_month_bare": "in October (year inferred)",
}

# --------------------------------------------------------------------------- candidates


@dataclass(frozen=True, slots=True)
class _Point:
    """One end of a date: ``year`` None when it must be inferred, ``day`` None for a month."""

    year: int | None
    month: int
    day: int | None
    rel: int | None = None  # relative-year offset from a phrase like "pērn" (-1)


@dataclass(frozen=True, slots=True)
class _Cand:
    """A proposed mention before year inference; ``group`` is the whole rule match (one match
    may yield several mentions: "14. un 15. oktobrī")."""

    start: int
    end: int
    rule: str
    first: _Point
    last: _Point | None  # the end of a range, else None
    group: tuple[int, int]


_Builder = Callable[["regex.Match[str]", str], list[_Cand]]


@dataclass(frozen=True, slots=True)
class _Rule:
    id: str
    pattern: regex.Pattern[str]
    build: _Builder


# --------------------------------------------------------------------------- sub-patterns

H = r"[^\S\n]"  # horizontal whitespace (NBSP too): a date never spans a line break
DASH = rf"{H}*[-‐‑‒–—]{H}*"  # hyphen, en/em dash between the two ends of a range
NOT_AFTER_NUM = r"(?<![\p{N}])(?<![\p{N}][.,])"  # not inside "1.15." / "4,63"
YEAR_RANGE_LEFT = rf"(?<!\p{{N}}\.?{H}*[-‐‑‒–—]{H}*)"  # not the 2nd year of "2021.-2027."


def _alt(words: Sequence[str]) -> str:
    """A regex alternation of literal words, longest first (so "oktobrim" beats "oktobri")."""
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@functools.cache
def _lv_sub() -> dict[str, str]:
    """Latvian sub-patterns as format fields for the rule templates."""
    forms = lv_month_forms()
    loc = [f for f, (_n, case) in forms.items() if case == "loc" and not f.endswith("os")]
    loc += [f.capitalize() for f in loc]  # sentence-initial "Oktobrī ..."
    gen = [f for f, (_n, case) in forms.items() if case == "gen" and not f.endswith("u")]
    # "šā gada" with any horizontal whitespace, "š.g." also spaced "š. g."
    rel = "|".join(
        regex.escape(p).replace(r"\ ", rf"{H}+").replace(r"\.", rf"\.{H}?")
        for p, _off in relative_years()
    )
    return {
        # any month form, any letter case ("Oktobrī" in titles), or an abbreviation "okt."
        "MON": rf"(?i:{_alt([*forms, *lv_month_abbreviations()])})(?!\p{{L}})",
        # full month words only (month-precision rules: an abbreviation alone is too weak)
        "MONW": rf"(?i:{_alt(list(forms))})(?!\p{{L}})",
        # bare month: lower-case locative ("oktobrī"), or genitive before "sākumā/beigās/vidū"
        "MONBARE": rf"(?:{_alt(loc)})(?!\p{{L}})"
        rf"|(?:{_alt(gen)})(?={H}+(?:sākum|beig|vid)\p{{L}}*)",
        "REL": rf"(?<!\p{{L}})(?i:{rel})(?!\p{{L}})",
        "WD": rf"(?<!\p{{L}})(?i:{_alt(list(weekday_forms('lv')))}),?{H}+",
        "H": H,
        "DASH": DASH,
    }


@functools.cache
def _start_guard(lang: str, months: bool) -> str:
    """A cheap test every rule match must pass at its first character, put in front of each
    language pattern for speed (the ``regex`` engine would otherwise try every optional prefix
    at every position): a digit, or the initial of a word a date can start with (weekday,
    relative phrase, "no"/"from"/"between", and a month for rules that may start with one
    (``months``), at a word start or glued to a word ("attēls22.jūnijā")."""
    if lang == "en":
        words = [*weekday_forms("en"), "from", "between"]
        if months:
            words += en_month_forms()
    else:
        words = [*weekday_forms("lv"), *(p for p, _ in relative_years()), "no"]
        if months:
            words += [*lv_month_forms(), *lv_month_abbreviations()]
    initials = sorted({c for w in words for c in (w[0].lower(), w[0].upper())})
    first = "".join(regex.escape(c) for c in initials)
    return rf"(?=[\p{{N}}{first}])(?:(?<![\p{{L}}\p{{N}}])|(?<=\p{{L}})(?=\p{{N}}))"


def _lv(template: str, *, month_first: bool = False, **extra: str) -> regex.Pattern[str]:
    """Compile a Latvian rule template: ``{MON}``-style fields, ``{Y1}``/``{D1}``-style groups;
    ``month_first``: a match may start with the month word (month-precision rules)."""
    sub = dict(_lv_sub())
    for s in ("1", "2"):
        sub[f"Y{s}"] = (
            rf"{NOT_AFTER_NUM}{YEAR_RANGE_LEFT}(?P<y{s}>(?:19|20)\d{{2}})"
            rf"\.{H}*(?i:gada(?!\p{{L}})|g\.){H}*"
        )
        sub[f"R{s}"] = rf"(?P<rel{s}>{sub['REL']}){H}*"
        sub[f"D{s}"] = rf"{NOT_AFTER_NUM}(?P<d{s}>[0-3]?\d)(?:\.{H}*|{H}+)"
        sub[f"M{s}"] = rf"(?P<mon{s}>{sub['MON']})"
        sub[f"MW{s}"] = rf"(?P<mon{s}>{sub['MONW']})"
    # a year after the month: "26.-27.marts, 2015", "27 jūnijs 2017" (not "..., 2020. gadā")
    sub["TAIL"] = rf"(?:(?:,{H}*|{H}+)(?P<ty>(?:19|20)\d{{2}})(?!\p{{N}})(?!\.?{H}*(?:gad|g\.)))"
    sub.update(extra)
    guard = _start_guard("lv", month_first)
    return regex.compile(guard + template.format(**sub), regex.V1 | regex.X)


# --------------------------------------------------------------------------- builders


def _int(m: regex.Match[str], name: str) -> int | None:
    v = m.groupdict().get(name)
    return int(v) if v else None


def _rel(m: regex.Match[str], name: str) -> int | None:
    v = m.groupdict().get(name)
    if not v:
        return None
    key = regex.sub(r"\s+", " ", v.lower()).replace(". ", ".")
    return next((off for p, off in relative_years() if p == key), None)


def _mon(m: regex.Match[str], name: str, lang: str) -> int | None:
    v = m.groupdict().get(name)
    if not v:
        return None
    if lang == "en":
        return en_month_forms().get(v)
    if v[:1].isupper() and not v.isupper():
        # Latvian months are lower-case; a capitalised "Marta", "Maija", "Augusts" after a
        # number is a name in a numbered list ("2. Marta Liepa"). Only the locative, which no
        # name takes in such lists, is accepted capitalised ("Oktobrī" in a heading).
        form = lv_month_forms().get(v.lower())
        return form[0] if form is not None and form[1] == "loc" else None
    return month_number(v)


def _span(m: regex.Match[str], rule: str, first: _Point, last: _Point | None) -> _Cand:
    return _Cand(m.start(), m.end(), rule, first, last, (m.start(), m.end()))


def _day_ok(*days: int | None) -> bool:
    return all(d is None or 1 <= d <= 31 for d in days)


def _build_single(rule_full: str, rule_tail: str, rule_rel: str, rule_bare: str) -> _Builder:
    """One day+month, its year from a prefix ("2020. gada"), a tail (", 2015"), a relative
    phrase ("š.g.") or none (inferred later); the rule id says which."""

    def build(m: regex.Match[str], lang: str) -> list[_Cand]:
        mon, day = _mon(m, "mon1", lang), _int(m, "d1")
        if mon is None or not _day_ok(day):
            return []
        year, tail = _int(m, "y1"), _int(m, "ty")
        rel = _rel(m, "rel1")
        rule = (
            rule_full
            if year is not None
            else rule_tail
            if tail is not None
            else rule_rel
            if rel is not None
            else rule_bare
        )
        return [_span(m, rule, _Point(year if year is not None else tail, mon, day, rel), None)]

    return build


def _build_day_range(rule: str) -> _Builder:
    """Two days of one month: "14.-15. oktobrī", "no 14. līdz 16. oktobrim", "October 14-15"."""

    def build(m: regex.Match[str], lang: str) -> list[_Cand]:
        mon, d1, d2 = _mon(m, "mon1", lang), _int(m, "d1"), _int(m, "d2")
        if mon is None or not _day_ok(d1, d2):
            return []
        year = _int(m, "y1") or _int(m, "ty")
        rel = _rel(m, "rel1")
        return [_span(m, rule, _Point(year, mon, d1, rel), _Point(year, mon, d2, rel))]

    return build


def _build_range(rule: str, *, month_precision: bool = False) -> _Builder:
    """Two full ends: "30. septembrī – 2. oktobrī", "no 2016. gada 26. aprīļa līdz 2023. gada
    31. decembrim", month ranges "no 2020. gada oktobra līdz 2021. gada martam"."""

    def build(m: regex.Match[str], lang: str) -> list[_Cand]:
        m1, m2 = _mon(m, "mon1", lang), _mon(m, "mon2", lang)
        d1, d2 = (None, None) if month_precision else (_int(m, "d1"), _int(m, "d2"))
        if m1 is None or m2 is None or not _day_ok(d1, d2):
            return []
        y1, y2, ty = _int(m, "y1"), _int(m, "y2"), _int(m, "ty")
        if y2 is None and ty is not None:
            y2 = ty
        r1, r2 = _rel(m, "rel1"), _rel(m, "rel2")
        if month_precision and y1 is None and y2 is None and r1 is None and r2 is None:
            if not (m["mon1"].islower() and m["mon2"].islower()):
                return []  # "Marta-Maija" without a year is a double given name
        return [_span(m, rule, _Point(y1, m1, d1, r1), _Point(y2, m2, d2, r2))]

    return build


def _build_day_list(rule: str) -> _Builder:
    """ "14. un 15. oktobrī", "14., 15. un 16. oktobrī", "14 and 15 May", "May 14 and 15": one
    mention per day; the month (and year) are written once, in the ``last`` group (day first)
    or the ``first`` group (month first), and the other days span their number only."""

    def build(m: regex.Match[str], lang: str) -> list[_Cand]:
        mon = _mon(m, "mon1", lang)
        middle = [int(d.rstrip(".")) for d in m.captures("dm")]
        days = [_int(m, "d1"), *middle, _int(m, "d2")]
        if mon is None or not _day_ok(*days):
            return []
        year, rel = _int(m, "y1") or _int(m, "ty"), _rel(m, "rel1")
        g = (m.start(), m.end())
        spans = [m.span("first"), *m.spans("dm"), m.span("last")]
        return [
            _Cand(s, e, rule, _Point(year, mon, d, rel), None, g)
            for (s, e), d in zip(spans, days, strict=True)
        ]

    return build


def _build_month(rule_year: str, rule_rel: str, rule_bare: str) -> _Builder:
    """A month-precision date: "2020. gada oktobrī", "šā gada martā", "October 2020", "oktobrī"."""

    def build(m: regex.Match[str], lang: str) -> list[_Cand]:
        mon = _mon(m, "mon1", lang)
        if mon is None:
            return []
        year = _int(m, "y1") or _int(m, "ty")
        rel = _rel(m, "rel1")
        rule = rule_year if year is not None else rule_rel if rel is not None else rule_bare
        return [_span(m, rule, _Point(year, mon, None, rel), None)]

    return build


def _build_numeric(rule: str, rule_range: str) -> _Builder:
    """ "15.10.2020.", "5.03.2024", ranges "14.-15.10.2020.", ISO "2020-10-15"."""

    def build(m: regex.Match[str], lang: str) -> list[_Cand]:
        y, mo, d = _int(m, "y1"), _int(m, "m1"), _int(m, "d1")
        if y is None or mo is None or d is None:
            return []
        last = _Point(y, mo, d)
        d0 = _int(m, "d0")
        if d0 is not None:  # "14.-15.10.2020.", "30.12.-2.01.2021" (start year from the end)
            start = _Point(_int(m, "y0"), _int(m, "m0") or mo, d0)
            return [_span(m, rule_range, start, last)]
        return [_span(m, rule, last, None)]

    return build


# --------------------------------------------------------------------------- rules


@functools.cache
def _lv_rules() -> tuple[_Rule, ...]:
    pre1 = r"(?:{WD})?(?:{R1}|{Y1})?"  # weekday, then a relative phrase or "2020. gada"
    rules = [
        _Rule(
            "date.lv_range",
            _lv(
                r"(?:(?P<no>(?<!\p{{L}})(?i:no)){H}+" + pre1 + r"{D1}{M1}{H}+(?i:līdz){H}+"
                r"|" + pre1 + r"{D1}{M1}{DASH})"
                r"(?:{R2}|{Y2})?{D2}{M2}(?!{DASH}\d){TAIL}?"
            ),
            _build_range("date.lv_range"),
        ),
        _Rule(
            "date.lv_day_range",
            _lv(
                r"(?:(?<!\p{{L}})(?i:no){H}+)?"
                + pre1
                + r"{NOT_AFTER_NUM}(?P<d1>[0-3]?\d)\.?(?:{DASH}|{H}+(?i:līdz){H}+)"
                r"(?P<d2>[0-3]?\d)(?:\.{H}*|{H}+){M1}{TAIL}?",
                NOT_AFTER_NUM=NOT_AFTER_NUM,
            ),
            _build_day_range("date.lv_day_range"),
        ),
        _Rule(
            "date.lv_day_list",
            _lv(
                r"(?P<first>" + pre1 + r"{NOT_AFTER_NUM}(?P<d1>[0-3]?\d)\.)"
                r"(?:,{H}+(?P<dm>[0-3]?\d\.)(?=,?{H}))*"
                r"{H}+(?i:un){H}+(?P<last>(?P<d2>[0-3]?\d)(?:\.{H}*|{H}+){M1}{TAIL}?)",
                NOT_AFTER_NUM=NOT_AFTER_NUM,
            ),
            _build_day_list("date.lv_day_list"),
        ),
        _Rule(
            "date.lv_day",
            _lv(pre1 + r"{D1}{M1}{TAIL}?"),
            _build_single(
                "date.lv_full", "date.lv_day_month_year", "date.lv_relative", "date.lv_day_month"
            ),
        ),
        _Rule(
            "date.lv_month_range",
            _lv(
                r"(?:(?P<no>(?<!\p{{L}})(?i:no)){H}+(?:{R1}|{Y1})?{MW1}{H}+(?i:līdz){H}+"
                r"|(?<!\p{{L}})(?:{R1}|{Y1})?{MW1}{DASH})(?:{R2}|{Y2})?{MW2}",
                month_first=True,
            ),
            _build_range("date.lv_month_range", month_precision=True),
        ),
        _Rule(
            "date.lv_month",
            _lv(r"(?:{R1}|{Y1}){MW1}"),
            _build_month("date.lv_year_month", "date.lv_relative_month", "date.lv_month_bare"),
        ),
        _Rule(
            "date.lv_month_bare",
            # not after "gada": "2021.-2027. gada martā" names no single year
            _lv(r"(?<!\p{{L}})(?<!(?i:gada|g\.){H}+)(?P<mon1>{MONBARE})", month_first=True),
            _build_month("date.lv_year_month", "date.lv_relative_month", "date.lv_month_bare"),
        ),
    ]
    return tuple(rules)


@functools.cache
def _en_sub() -> dict[str, str]:
    mon = rf"(?:{_alt(list(en_month_forms()))})(?![\p{{L}}])"
    days = weekday_forms("en")
    wd = _alt([w.capitalize() for w in days] + [w.upper() for w in days])
    return {"MON": mon, "WD": rf"(?<!\p{{L}})(?:{wd}),?{H}+", "H": H, "DASH": DASH}


def _en(template: str) -> regex.Pattern[str]:
    sub = dict(_en_sub())
    for s in ("1", "2"):
        year = rf"(?P<y{s}>(?:19|20)\d{{2}})(?!\p{{N}})"
        day = rf"{NOT_AFTER_NUM}(?P<d{s}>[0-3]?\d)(?:st|nd|rd|th)?(?![\p{{N}}\p{{L}}])"
        mon = rf"(?P<mon{s}>{sub['MON']})"
        sub[f"Y{s}"] = year
        sub[f"D{s}"] = day
        sub[f"M{s}"] = mon
        # one date, day first ("14 October 2020", "14th of October") or month first
        # ("October 14, 2020"); the year is optional (inferred)
        sub[f"P{s}"] = (
            rf"(?:{day}{H}+(?:of{H}+)?{mon}(?:,?{H}+{year})?"
            rf"|{mon}{H}+{day}(?:,?{H}*{year})?)"
        )
    return regex.compile(_start_guard("en", True) + template.format(**sub), regex.V1 | regex.X)


@functools.cache
def _en_rules() -> tuple[_Rule, ...]:
    # a month alone is a date only after a temporal preposition: "in May", "since October"
    bare_ctx = (
        r"(?<=(?<!\p{L})(?:in|In|since|Since|until|Until|till|during|During|early|late|mid"
        r"|end\ of|beginning\ of)[\ -])"
    )
    return (
        _Rule(
            "date.en_range",
            _en(
                r"(?:(?<!\p{{L}})(?:from|From){H}+)?(?:{WD})?{P1}"
                r"(?:{DASH}|{H}+(?:to|until|till|through){H}+)(?:{WD})?{P2}"
            ),
            _build_range("date.en_range"),
        ),
        _Rule(
            "date.en_day_range",
            _en(
                r"(?:(?:(?<!\p{{L}})(?:between|Between){H}+{D1}{H}+and{H}+{D2}"
                r"|(?:(?<!\p{{L}})(?:from|From){H}+)?"
                r"{D1}(?:{DASH}|{H}+(?:to|until|till|through){H}+){D2})"
                r"{H}+(?:of{H}+)?{M1}(?:,?{H}+{Y1})?"
                r"|{M1}{H}+{D1}{DASH}{D2}(?:,?{H}*{Y1})?)"
            ),
            _build_day_range("date.en_day_range"),
        ),
        _Rule(
            "date.en_day_list",
            _en(
                r"(?:(?P<first>{D1})(?:,{H}+(?P<dm>[0-3]?\d)(?![\p{{N}}\p{{L}}]))*,?{H}+and{H}+"
                r"(?P<last>{D2}{H}+(?:of{H}+)?{M1}(?:,?{H}+{Y1})?)"
                r"|(?P<first>{M1}{H}+{D1})(?:,{H}+(?P<dm>[0-3]?\d)(?![\p{{N}}\p{{L}}]))*,?{H}+and{H}+"
                r"(?P<last>{D2}(?:,?{H}*{Y1})?))"
            ),
            _build_day_list("date.en_day_list"),
        ),
        _Rule(
            "date.en_day",
            _en(r"(?:{WD})?{P1}"),
            _build_single("date.en_full", "date.en_full", "date.en_day_month", "date.en_day_month"),
        ),
        _Rule(
            "date.en_month",
            _en(r"(?<!\p{{L}}){M1},?{H}+{Y1}"),
            _build_month("date.en_month_year", "date.en_month_year", "date.en_month_bare"),
        ),
        _Rule(
            "date.en_month_bare",
            _en(bare_ctx.replace("{", "{{").replace("}", "}}") + r"{M1}(?!{H}*\d)"),
            _build_month("date.en_month_year", "date.en_month_year", "date.en_month_bare"),
        ),
    )


@functools.cache
def _numeric_rules() -> tuple[_Rule, ...]:
    sep_end = r"(?![\p{N}])(?!\.\p{N})"
    return (
        _Rule(
            "date.numeric",
            regex.compile(
                rf"""
                (?=\d){NOT_AFTER_NUM}(?<![/\-])   # the (?=\d) first makes the scan ~10x faster
                (?:(?P<d0>[0-3]?\d)\.                               # a range start: "14.-",
                   (?:(?P<m0>[01]?\d)\.(?:(?P<y0>(?:19|20)\d{{2}})\.?)?)?  # "30.09.-", "1.9.2020.-"
                   {DASH})?
                (?P<d1>[0-3]?\d)\.(?P<m1>[01]?\d)\.                  # day. month.
                (?P<y1>(?:19|20)\d{{2}})\.?                          # year, Latvian final period
                {sep_end}
                """,
                regex.V1 | regex.X,
            ),
            _build_numeric("date.numeric", "date.numeric_range"),
        ),
        _Rule(
            "date.iso",
            regex.compile(
                r"(?=\d)(?<![\p{N}\p{L}/\-.])(?P<y1>(?:19|20)\d{2})-(?P<m1>[01]\d)-(?P<d1>[0-3]\d)"
                r"(?![\p{N}\p{L}/\-])",
                regex.V1,
            ),
            _build_numeric("date.iso", "date.iso"),
        ),
    )


def rules_for(language: str) -> tuple[_Rule, ...]:
    """The rules run on a document of ``language`` (lv rules for anything but English)."""
    lang_rules = _en_rules() if language == "en" else _lv_rules()
    return lang_rules + _numeric_rules()


# --------------------------------------------------------------------------- trigger windows

_WORD = regex.compile(r"\p{L}+\.?")
_WINDOW_REACH = 100  # characters around a month word that a rule match may extend over


@functools.cache
def _month_triggers(language: str) -> tuple[frozenset[str], bool]:
    """Month words that trigger the language rules; the bool says matching is case-folded."""
    if language == "en":
        return frozenset(en_month_forms()), False
    return frozenset([*lv_month_forms(), *lv_month_abbreviations()]), True


def month_windows(text: str, language: str) -> list[tuple[int, int]]:
    """Disjoint ``[start, end)`` windows of ``text`` around month words, where the language rules
    run (trigger, then verify: the patterns stay precise, the scan stays cheap).

    A window reaches ``_WINDOW_REACH`` characters either side of its month words, never past a
    line break (no date spans one), and ends on whitespace, so the patterns' look-aheads see
    the same thing as on the whole text; look-behinds see the whole text anyway.
    """
    forms, fold = _month_triggers(language)
    hits: list[tuple[int, int]] = []
    for m in _WORD.finditer(text):
        w = m.group().lower() if fold else m.group()
        if w in forms or w.rstrip(".") in forms:
            hits.append(m.span())
    windows: list[tuple[int, int]] = []
    n = len(text)
    for hs, he in hits:
        line_start = text.rfind("\n", 0, hs) + 1
        line_end = text.find("\n", he)
        line_end = n if line_end < 0 else line_end
        s = max(line_start, hs - _WINDOW_REACH)
        while s > line_start and not text[s - 1].isspace():
            s -= 1
        e = min(line_end, he + _WINDOW_REACH)
        while e < line_end and not text[e].isspace():
            e += 1
        if windows and s <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], e))
        else:
            windows.append((s, e))
    return windows


# --------------------------------------------------------------------------- overlap policy


def _resolve_overlaps(cands: Sequence[tuple[int, _Cand]]) -> list[_Cand]:
    """The one overlap policy: keep whole rule matches (groups) longest first, then earliest,
    then by rule order (``rank``); a group overlapping a kept one is dropped."""
    groups: dict[tuple[int, int, int], list[_Cand]] = {}
    for rank, c in cands:
        groups.setdefault((c.group[0], c.group[1], rank), []).append(c)
    order = sorted(groups, key=lambda k: (-(k[1] - k[0]), k[0], k[2]))
    kept: list[tuple[int, int]] = []
    out: list[_Cand] = []
    for key in order:
        s, e, _rank = key
        if any(s < ke and ks < e for ks, ke in kept):
            continue
        kept.append((s, e))
        out.extend(groups[key])
    return sorted(out, key=lambda c: (c.start, c.end))


# --------------------------------------------------------------------------- years

_BARE_YEAR = regex.compile(
    rf"""
    {NOT_AFTER_NUM}(?<![/\-\p{{L}}])
    {YEAR_RANGE_LEFT}                 # not the second year of "2021.-2027."
    (?P<y>(?:19|20)\d{{2}})
    (?![\p{{N}}\p{{L}}])
    (?!\.?{H}*[-‐‑‒–—]{H}*\p{{N}})    # not the first year of a range either
    """,
    regex.V1 | regex.X,
)

_SENT_END = regex.compile(r"[.!?…]+[\"”»’)\]]*[^\S\n]+(?=[„“\"«(\[]?\p{Lu})|\n")
_LAST_WORD = regex.compile(r"(\S+)$")


def sentence_starts(text: str) -> list[int]:
    """Start offsets of the sentences of ``text`` (for year inference only): a line break always
    ends one; ". " + capital does unless the word before is an initial ("A. Krauze") or a
    number ("2. ES", an ordinal)."""
    starts = [0]
    for m in _SENT_END.finditer(text):
        if m.group() != "\n":
            w = _LAST_WORD.search(text, max(0, m.start() - 40), m.start())
            word = w.group(1) if w else ""
            if regex.fullmatch(r"\p{Lu}|\p{N}+", word):
                continue
        starts.append(m.end())
    return starts


@dataclass(slots=True)
class _YearContext:
    """What year inference needs: sentence starts, explicit date-phrase years and bare years by
    offset, and the anchor date."""

    starts: list[int]
    phrase_years: list[tuple[int, int]]  # (offset, year) of date phrases with explicit years
    bare_years: list[tuple[int, int]]
    anchor: dt.date | None

    def sentence(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos) - 1

    def nearest(self, pool: list[tuple[int, int]], c: _Cand, *, before: bool = False) -> int | None:
        """The year in ``pool`` nearest to ``c`` in its sentence (only before it if ``before``)."""
        sent = self.sentence(c.start)
        near = [
            (min(abs(off - c.start), abs(off - c.end)), off, y)
            for off, y in pool
            if self.sentence(off) == sent
            and not (c.start <= off < c.end)
            and (not before or off < c.start)
        ]
        return min(near)[2] if near else None


def _resolve_year(c: _Cand, p: _Point, ctx: _YearContext) -> int | None:
    """The year of a point without one (order a-e in the module docstring)."""
    if p.rel is not None and ctx.anchor is not None:
        return ctx.anchor.year + p.rel
    y = ctx.nearest(ctx.phrase_years, c, before=True)
    if y is not None:
        return y
    if ctx.anchor is not None:
        return nearest_year(ctx.anchor, p.month, p.day)
    y = ctx.nearest(ctx.phrase_years, c)
    return y if y is not None else ctx.nearest(ctx.bare_years, c)


def _years(c: _Cand, ctx: _YearContext) -> tuple[int, int | None] | None:
    """(start year, end year) for a candidate, filling missing years; None if unresolvable."""
    f, last = c.first, c.last
    if last is None:
        y = f.year if f.year is not None else _resolve_year(c, f, ctx)
        return None if y is None else (y, None)

    def key(p: _Point) -> tuple[int, int]:
        return (p.month, p.day or 0)

    if f.year is not None and last.year is not None:
        return f.year, last.year
    if last.year is not None:  # "no 1. marta līdz 2020. gada 15. aprīlim"
        return (last.year if key(f) <= key(last) else last.year - 1), last.year
    y1 = f.year if f.year is not None else _resolve_year(c, f, ctx)
    if y1 is None:
        return None
    return y1, (y1 if key(f) <= key(last) else y1 + 1)  # "30. decembrī – 2. janvārī"


# --------------------------------------------------------------------------- extractor


def extract_dates(adoc: AnnotatedDoc) -> list[DateMention]:
    """Every date mention of the body, sorted by start (duplicates of a value included).

    Unresolvable years -> W201 and the mention is skipped; impossible dates (31.02.2020.,
    a range ending before it starts) -> W202 and skipped.
    """
    text = adoc.text
    lang_rules = _en_rules() if adoc.language == "en" else _lv_rules()
    windows = month_windows(text, adoc.language)
    cands: list[tuple[int, _Cand]] = []
    for rank, rule in enumerate(lang_rules + _numeric_rules()):
        spans = windows if rank < len(lang_rules) else [(0, len(text))]
        for ws, we in spans:
            for m in rule.pattern.finditer(text, ws, we):
                if adoc.skipped(m.start(), m.end()):
                    continue
                cands.extend((rank, c) for c in rule.build(m, adoc.language))
    kept = _resolve_overlaps(cands)

    phrase_years = sorted(
        {(c.start, y) for c in kept for y in (c.first.year, c.last.year if c.last else None) if y}
    )
    bare_years = [
        (m.start(), int(m["y"]))
        for m in _BARE_YEAR.finditer(text)
        if not adoc.skipped(m.start(), m.end())
    ]
    ctx = _YearContext(sentence_starts(text), phrase_years, bare_years, adoc.anchor_date)

    out: list[DateMention] = []
    for c in kept:
        span = text[c.start : c.end]
        years = _years(c, ctx)
        if years is None:
            adoc.warn(
                WarningCode.YEAR_UNRESOLVED,
                f"no year for {span!r} (no year in its sentence, no publication/reference date)",
                c.start,
                c.end,
            )
            continue
        y1, y2 = years
        value, end_value = _value(y1, c.first), None
        if c.last is not None and y2 is not None:
            end_value = _value(y2, c.last)
        if value is None or (c.last is not None and end_value is None):
            adoc.warn(WarningCode.INVALID_DATE, f"{span!r} is not a calendar date", c.start, c.end)
            continue
        if end_value is not None and end_value < value:
            msg = f"{span!r}: the range ends before it starts"
            adoc.warn(WarningCode.INVALID_DATE, msg, c.start, c.end)
            continue
        out.append(
            DateMention(
                text=span,
                start=c.start,
                end=c.end,
                value=value,
                end_value=end_value,
                precision="day" if c.first.day is not None else "month",
                rule=c.rule,
            )
        )
    return out


def _value(year: int, p: _Point) -> str | None:
    """ISO value of a point in ``year``, None when the day does not exist in that month."""
    if p.day is None:
        return iso(year, p.month) if 1 <= p.month <= 12 else None
    return iso(year, p.month, p.day) if make_date(year, p.month, p.day) else None
