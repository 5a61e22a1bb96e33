"""The bad-input table: every class of junk input has a defined outcome — a typed
``InputError``, or a record (with a coded warning where something was odd). Never a crash."""

from __future__ import annotations

import time

import pytest

from newsparse import InputError, Parser
from newsparse.model import Release

LV_BODY = (
    "Izglītības un zinātnes ministrija 2021. gada 3. martā Rīgā rīkoja sanāksmi ar Igaunijas un "
    "Lietuvas pārstāvjiem par sadarbību augstākajā izglītībā."
)

HTML_BROKEN = (
    "<html><head><style>p {color: red}</style><script>alert('x')</script></head><body>"
    "<!-- komentārs --><div><p>" + LV_BODY + " &amp; &lt;tags&gt; &#8222;citāts&#8220;"
    "<p>Otrā <b>rindkopa<div></span></body>"
)

# (id, input, outcome): outcome is "InputError" or ("record", expected warning code or None)
TABLE: list[tuple[str, object, object]] = [
    ("empty-string", "", "InputError"),
    ("whitespace-only", " \n\t \r\n ", "InputError"),
    ("binary-bytes", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "InputError"),
    ("not-str-or-bytes", 3.14, "InputError"),
    ("cp1257-bytes", LV_BODY.encode("cp1257"), ("record", None)),
    ("utf8-bom-bytes", ("\ufeff" + LV_BODY).encode("utf-8"), ("record", None)),
    ("twenty-mb", "ā" * 20_000_000, "InputError"),
    ("one-mb-line-no-spaces", "x" * 1_000_000, ("record", None)),
    ("one-mb-digits-dots", "12.3." * 200_000, ("record", None)),
    ("html-broken", HTML_BROKEN, ("record", None)),
    (
        "unbalanced-quote",
        LV_BODY + " Ministre sacīja: „Mēs turpināsim darbu. Un vēl.",
        ("record", "W101"),
    ),
    (
        "nested-quotes",
        LV_BODY + " Ministre sacīja: „Projekts “Zaļā skola” turpināsies.”",
        ("record", None),
    ),
    ("only-numbers", "12 345 678 90 2021 15 03", ("record", "W002")),
    (
        "latvian-with-cyrillic",
        LV_BODY + " Tikās ar Арын Орсариев no Kazahstānas.",
        ("record", None),
    ),
    (
        "russian",
        "Министр иностранных дел Латвии встретился с коллегами из Литвы и Эстонии.",
        ("record", "W003"),
    ),
    (
        "english",
        "The Minister of Foreign Affairs of Latvia met the Prime Minister of Lithuania on 3 March 2021.",
        ("record", None),
    ),
    ("control-characters", LV_BODY + "\x00\x07\x1b", ("record", "W004")),
    ("lone-surrogate", LV_BODY + " \udc80 beigas", ("record", "W004")),
    (
        "impossible-date",
        "Sanāksme notiks 31.02.2020. Rīgā, to rīko Finanšu ministrija.",
        ("record", "W202"),
    ),
    (
        "malformed-amount",
        "Projektam piešķirti 1,2,3 eiro no valsts budžeta, informē ministrija.",
        ("record", "W301"),
    ),
]


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser(backend="rules")


@pytest.mark.parametrize(
    ("source", "outcome"), [(s, o) for _, s, o in TABLE], ids=[i for i, _, _ in TABLE]
)
def test_bad_input_outcome(parser: Parser, source: object, outcome: object) -> None:
    if outcome == "InputError":
        with pytest.raises(InputError):
            parser.parse(source)  # type: ignore[arg-type]
        return
    assert isinstance(outcome, tuple)
    _, code = outcome
    start = time.perf_counter()
    r = parser.parse(source)  # type: ignore[arg-type]
    assert time.perf_counter() - start < 120  # a hang, not a speed check
    assert isinstance(r, Release)
    for s in r.spans():
        assert r.text[s.start : s.end] == s.text
    codes = [w.code for w in r.warnings]
    assert "W901" not in codes, [w.message for w in r.warnings]  # no extractor crashed
    if code is not None:
        assert code in codes, codes
