"""Round trips: a generated calendar date rendered the ways releases write it parses back to the
same ISO value; and the dates extractor never raises and keeps the span invariant on any text.

Hypothesis settings come from the conftest profile (derandomised in CI); ``deadline=None``
because the first call compiles the rule patterns.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools

from hypothesis import given, settings
from hypothesis import strategies as st

from lv_month_forms import HAND_FORMS
from newsparse.document import AnnotatedDoc
from newsparse.extract.dates import extract_dates

LV_FORMS = HAND_FORMS  # hand-written locative, genitive, dative of each month
EN_MONTHS = [calendar.month_name[i] for i in range(13)]

DATES = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))


@functools.cache
def _backend(lang: str):  # type: ignore[no-untyped-def]
    from newsparse.nlp.rules import RulesBackend

    return RulesBackend(lang)


def extract(
    text: str, language: str = "lv", published: dt.date | None = None
) -> list[tuple[str, str | None]]:
    adoc = AnnotatedDoc(
        text=text, doc=_backend(language).annotate(text), language=language, published=published
    )
    mentions = extract_dates(adoc)
    for m in mentions:
        assert text[m.start : m.end] == m.text
    return [(m.value, m.end_value) for m in mentions]


@settings(deadline=None, max_examples=150)
@given(DATES, st.integers(0, 2))
def test_lv_full_date(d: dt.date, case: int) -> None:
    text = f"Sanāksme notika {d.year}. gada {d.day}. {LV_FORMS[d.month][case]} Rīgā."
    assert extract(text) == [(d.isoformat(), None)]


@settings(deadline=None, max_examples=150)
@given(DATES, st.booleans())
def test_numeric(d: dt.date, padded: bool) -> None:
    rendered = (
        f"{d.day:02d}.{d.month:02d}.{d.year}." if padded else f"{d.day}.{d.month:02d}.{d.year}"
    )
    assert extract(f"Lēmums pieņemts {rendered} sēdē.") == [(d.isoformat(), None)]


@settings(deadline=None, max_examples=150)
@given(DATES, st.integers(1, 5), st.sampled_from(["-", "–", " – "]))
def test_lv_day_range(d: dt.date, span: int, dash: str) -> None:
    last_day = calendar.monthrange(d.year, d.month)[1]
    end = d.replace(day=min(d.day + span, last_day))
    if end == d:
        return
    text = f"Forums notiks {d.year}. gada {d.day}.{dash}{end.day}. {LV_FORMS[d.month][0]}."
    assert extract(text) == [(d.isoformat(), end.isoformat())]


@settings(deadline=None, max_examples=150)
@given(DATES, st.booleans())
def test_english(d: dt.date, month_first: bool) -> None:
    name = EN_MONTHS[d.month]
    rendered = f"{name} {d.day}, {d.year}" if month_first else f"{d.day} {name} {d.year}"
    assert extract(f"The meeting took place on {rendered} in Riga.", "en") == [
        (d.isoformat(), None)
    ]


@settings(deadline=None, max_examples=100)
@given(DATES)
def test_inferred_year_is_within_six_months_of_anchor(anchor: dt.date) -> None:
    d = anchor + dt.timedelta(days=40)
    if not dt.date(1901, 1, 1) <= d <= dt.date(2098, 12, 31):
        return
    text = f"Sēde notiks {d.day}. {LV_FORMS[d.month][0]}."
    assert extract(text, published=anchor) == [(d.isoformat(), None)]


FRAGMENTS = [
    "2020",
    "1999",
    ". ",
    ".",
    "gada",
    "g.",
    "14",
    "3",
    "31",
    ".-",
    "–",
    " ",
    ", ",
    "oktobrī",
    "marts",
    "aprīļa",
    "okt.",
    "no",
    "līdz",
    "un",
    "š.g.",
    "pērn",
    "Otrdien,",
    "\n",
    "31.02.2020.",
    "15.10.2020",
    "2021-06-30",
    "May",
    "October",
    "from",
    "to",
    "between",
    "and",
    "in",
    "klase",
    "4,63",
    "“",
    "SIA",
]


@settings(deadline=None, max_examples=300)
@given(
    st.lists(st.sampled_from(FRAGMENTS), max_size=25).map("".join) | st.text(max_size=80),
    st.sampled_from(["lv", "en"]),
    st.one_of(st.none(), DATES),
)
def test_never_raises_and_spans_hold(text: str, language: str, published: dt.date | None) -> None:
    adoc = AnnotatedDoc(
        text=text, doc=_backend(language).annotate(text), language=language, published=published
    )
    first = extract_dates(adoc)
    for m in first:
        assert text[m.start : m.end] == m.text
        assert m.end_value is None or m.end_value >= m.value
    assert [m.start for m in first] == sorted(m.start for m in first)
    for w in adoc.warnings:
        assert w.start is not None and w.end is not None and 0 <= w.start < w.end <= len(text)
    again = AnnotatedDoc(text=text, doc=adoc.doc, language=language, published=published)
    assert extract_dates(again) == first  # deterministic
