"""Properties of parse_release over arbitrary text (hypothesis; derandomised under CI)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsparse import InputError, Parser
from newsparse.model import Release

PARSER = Parser(backend="rules")

# Text that looks like releases: Latvian words, numbers, dates, quotes, punctuation, markup.
PIECES = st.sampled_from(
    [
        "Izglītības",
        "un",
        "zinātnes",
        "ministrija",
        "ministrijas",
        "valsts",
        "sekretāre",
        "Līga",
        "Lejiņa",
        "Līgas",
        "Lejiņas",
        "Latvijā",
        "Tadžikistānas",
        "ES",
        "Erasmus+",
        "2020.",
        "gada",
        "14.",
        "-",
        "15.",
        "oktobrī",
        "15.10.2020.",
        "1,5",
        "milj.",
        "eiro",
        "„",
        "“",
        "”",
        '"',
        "«",
        "»",
        ",",
        ".",
        ":",
        "\n",
        "\n\n",
        "  ",
        "<p>",
        "</p>",
        "##",
        "Publicēts:",
        "norādīja",
        "uzsvēra",
        "ka",
        "924 410",
        "EUR",
        "€",
        "š.g.",
        "no",
        "līdz",
    ]
)
RELEASE_LIKE = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=60).map(" ".join)


def _check(text: str) -> Release | None:
    try:
        r = PARSER.parse(text)
    except InputError:
        return None
    for s in r.spans():
        assert r.text[s.start : s.end] == s.text, s
    assert "W901" not in [w.code for w in r.warnings], [w.message for w in r.warnings]
    return r


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_text_gives_record_or_input_error(text: str) -> None:
    _check(text)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(RELEASE_LIKE)
def test_release_like_text_spans_hold(text: str) -> None:
    _check(text)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(RELEASE_LIKE)
def test_deterministic_and_round_trips(text: str) -> None:
    r = _check(text)
    if r is None:
        return
    assert PARSER.parse(text) == r
    assert Release.from_dict(r.to_dict()) == r
