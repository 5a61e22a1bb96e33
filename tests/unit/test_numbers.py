"""normalize/numbers.py: amounts in Latvian (and English) writing, on our own strings."""

from __future__ import annotations

from decimal import Decimal

import pytest

from newsparse.errors import InputError
from newsparse.normalize.numbers import find_money, money_pattern, parse_amount, parse_money

D = Decimal

# --------------------------------------------------------------------------- parse_amount

CASES = [
    # digit grouping
    ("318 250", D("318250"), "lv"),
    ("318\u00a0250", D("318250"), "lv"),
    ("4\u202f000\u202f000", D("4000000"), "lv"),
    ("1 234 567,89", D("1234567.89"), "lv"),
    ("1.234.567,89", D("1234567.89"), "lv"),
    ("12,5", D("12.5"), "lv"),
    ("1.500", D("1500"), "lv"),
    ("250,000", D("250000"), "en"),
    ("1,234,567.89", D("1234567.89"), "en"),
    # scale words, abbreviated and as nouns in any case
    ("1,5 milj.", D("1500000"), "lv"),
    ("1,500 milj.", D("1500000"), "lv"),
    ("7 mljrd.", D("7000000000"), "lv"),
    ("0,3 mlrd.", D("300000000"), "lv"),
    ("350 tūkst.", D("350000"), "lv"),
    ("12,34 miljonu", D("12340000"), "lv"),
    ("3,8 miljoni", D("3800000"), "lv"),
    ("40 miljoniem", D("40000000"), "lv"),
    ("6 tūkstoši", D("6000"), "lv"),
    ("2 miljardi", D("2000000000"), "lv"),
    ("1.2 million", D("1200000"), "en"),
    ("3bn", D("3000000000"), "en"),
    # written-out numerals in any case and gender
    ("septiņu miljardu", D("7000000000"), "lv"),
    ("divus miljonus", D("2000000"), "lv"),
    ("trīs miljoni", D("3000000"), "lv"),
    ("pusotra miljona", D("1500000"), "lv"),
    ("divdesmit pieci tūkstoši", D("25000"), "lv"),
    ("četri simti tūkstoši", D("400000"), "lv"),
    ("two million", D("2000000"), "en"),
    # currency before the number is ignored by parse_amount
    ("EUR 480 000", D("480000"), "lv"),
    ("€ 2.5 milj.", D("2500000"), "lv"),
    ("€ 1.2 million", D("1200000"), "en"),
]


@pytest.mark.parametrize(
    ("text", "value", "lang"),
    CASES,
    ids=[
        "space-groups",
        "nbsp-groups",
        "narrow-nbsp-groups",
        "space-groups-decimal-comma",
        "dot-groups-decimal-comma",
        "decimal-comma",
        "dot-thousands-no-scale",
        "en-comma-thousands",
        "en-full",
        "milj-abbr",
        "three-decimals-with-scale",
        "mljrd-abbr",
        "mlrd-abbr",
        "tukst-abbr",
        "miljonu-gen-pl",
        "miljoni-nom-pl",
        "miljoniem-dat-pl",
        "tukstosi-nom-pl",
        "miljardi-nom-pl",
        "en-million",
        "en-bn-touching",
        "words-gen",
        "words-acc",
        "words-tris",
        "words-pusotra",
        "words-tens-units",
        "words-hundreds",
        "en-words",
        "eur-prefix",
        "euro-sign-prefix",
        "en-euro-sign-million",
    ],
)
def test_parse_amount(text: str, value: Decimal, lang: str) -> None:
    got = parse_amount(text, lang=lang)
    assert got == value
    assert str(got) == str(value)  # no "1500000.0" or exponent


MONEY = [
    ("318 250 eiro", D("318250"), "EUR"),
    ("EUR 480 000", D("480000"), "EUR"),
    ("€5", D("5"), "EUR"),
    ("12 EUR", D("12"), "EUR"),
    ("100 latu", D("100"), "LVL"),
    ("20 ASV dolāru", D("20"), "USD"),
    ("5 000 USD", D("5000"), "USD"),
    ("3 milj. eiro", D("3000000"), "EUR"),
    ("2,5 miljoni", D("2500000"), None),
]


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    MONEY,
    ids=[
        "eiro",
        "eur-code-prefix",
        "sign-touching",
        "code-after",
        "latu-gen-pl",
        "asv-dolaru",
        "usd-code",
        "scale-and-currency",
        "no-currency",
    ],
)
def test_parse_money(text: str, value: Decimal, currency: str | None) -> None:
    assert parse_money(text) == (value, currency)


ERRORS = ["1,2,3", "12,34,56", "1 23", "", "eiro", "abc", "1.2.3,4,5"]


@pytest.mark.parametrize(
    "text",
    ERRORS,
    ids=[
        "commas-1-2-3",
        "commas-pairs",
        "short-group",
        "empty",
        "currency-only",
        "letters",
        "mixed-garbage",
    ],
)
def test_parse_amount_rejects(text: str) -> None:
    with pytest.raises(InputError):
        parse_amount(text)
    with pytest.raises(ValueError):  # InputError is a ValueError for callers that know no better
        parse_amount(text)


# --------------------------------------------------------------------------- find_money

FIND = [
    (
        "Projektam piešķirti 1,5 milj. eiro, bet nākamgad vēl 300 000 eiro.",
        [("1,5 milj. eiro", D("1500000"), "EUR"), ("300 000 eiro", D("300000"), "EUR")],
    ),
    (
        "Budžetā paredzēti EUR 75 000 un 12 tūkst. eiro.",
        [("EUR 75 000", D("75000"), "EUR"), ("12 tūkst. eiro", D("12000"), "EUR")],
    ),
    ("Kopā būs pieejami septiņi miljoni eiro.", [("septiņi miljoni eiro", D("7000000"), "EUR")]),
    ("Apgrozījums pieauga par 15 %.", []),
    ("Plānošanas periodā 2021.–2027. gadam un 2024. gada 5. martā.", []),
    ("Pasākumā piedalījās 5133 dalībnieki un 12 skolas.", []),
    ("Pirms eiro ieviešanas cenas bija latos.", []),
    (
        "Programmai ir kopējais budžets četru miljonu eiro apmērā.",
        [("četru miljonu eiro", D("4000000"), "EUR")],
    ),
    (
        "Šogad pieejami EUR 96 000. Pieteikties var līdz maijam.",
        [("EUR 96 000", D("96000"), "EUR")],
    ),
    ("Kopsumma ir 2.345.678 eiro.", [("2.345.678 eiro", D("2345678"), "EUR")]),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    FIND,
    ids=[
        "two-amounts",
        "prefix-code-and-tukst",
        "written-out",
        "percent-not-money",
        "years-not-money",
        "bare-numbers-not-money",
        "currency-word-alone",
        "written-out-genitive",
        "prefix-code-before-sentence-end",
        "dot-groups",
    ],
)
def test_find_money(text: str, expected: list[tuple[str, Decimal, str]]) -> None:
    got = find_money(text)
    assert [(m.text, m.amount, m.currency) for m in got] == expected
    for m in got:
        assert text[m.start : m.end] == m.text


def test_find_money_unparsed_is_reported_not_raised() -> None:
    text = "Summa bija 1,2,3 eiro."
    (m,) = find_money(text)
    assert (m.text, m.amount, m.rule) == ("1,2,3 eiro", None, "amount.unparsed")


def test_find_money_english() -> None:
    text = "The programme has a budget of EUR 1.2 million and €300,000 for grants."
    got = [(m.text, m.amount) for m in find_money(text, lang="en")]
    assert got == [("EUR 1.2 million", D("1200000")), ("€300,000", D("300000"))]


def test_find_money_equals_a_scan_of_every_position() -> None:
    """find_money tries the pattern only where an amount can begin; the result must be what
    scanning every position gives."""
    text = (
        "Piešķirti EUR 250 000 un €5, bet EUR  7 milj. nē; 1.234.567,89 eiro, A4 12 milj., "
        "piecu miljardu eiro, divi simti tūkst. EUR, 1,2,3 eiro, trīs eiro, 2021.–2027. gadam."
    )
    full = []
    for m in money_pattern("lv").finditer(text):
        if not (m.group("pre") or m.group("post") or m.group("scale")):
            continue
        if m.group("words") and not (m.group("scale") or m.group("post")):
            continue
        full.append((m.start(), m.start() + len(m.group(0).rstrip())))
    assert [(m.start, m.end) for m in find_money(text)] == full
    assert len(full) >= 8
