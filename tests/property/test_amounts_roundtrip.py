"""Round trip: a Decimal amount written the Latvian (or English) way parses back to itself."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from newsparse.normalize.numbers import find_money, parse_amount, parse_money

# money: whole units up to 10^12, or with exactly two decimals (cents)
units = st.integers(min_value=0, max_value=10**12)
cents = st.integers(min_value=0, max_value=10**10).map(lambda n: Decimal(n).scaleb(-2))
spaces = st.sampled_from([" ", "\u00a0", "\u202f"])


def groups(n: int, sep: str) -> str:
    """1234567 -> "1 234 567" with ``sep`` between groups of three."""
    s = str(n)
    parts = []
    while len(s) > 3:
        parts.append(s[-3:])
        s = s[:-3]
    parts.append(s)
    return sep.join(reversed(parts))


def lv(value: Decimal, sep: str = " ") -> str:
    """Latvian: groups by a space, decimal comma ("1 234 567,89")."""
    whole, _, frac = f"{value:.2f}".partition(".")
    text = groups(int(whole), sep)
    return text if value == value.to_integral_value() else f"{text},{frac}"


def en(value: Decimal) -> str:
    """English: groups by a comma, decimal point ("1,234,567.89")."""
    return f"{value:,.2f}" if value != value.to_integral_value() else f"{int(value):,}"


@given(units, spaces)
def test_latvian_integers(n: int, sep: str) -> None:
    assert parse_amount(lv(Decimal(n), sep)) == n


@given(cents)
def test_latvian_decimal_comma(value: Decimal) -> None:
    assert parse_amount(lv(value)) == value


@given(cents)
def test_latvian_dot_groups(value: Decimal) -> None:
    text = lv(value).replace(" ", ".")
    if "," not in text and text.count(".") == 1 and len(text.split(".")[0]) <= 3:
        text += ",00"  # "1.500" alone is read as 1500 anyway; keep the case unambiguous
    assert parse_amount(text) == value


@given(units)
def test_eur_prefix(n: int) -> None:
    assert parse_money(f"EUR {lv(Decimal(n))}") == (n, "EUR")


@given(cents)
def test_eiro_suffix_in_a_sentence(value: Decimal) -> None:
    text = f"Projektam piešķirti {lv(value)} eiro."
    (m,) = find_money(text)
    assert (m.amount, m.currency) == (value, "EUR")
    assert text[m.start : m.end] == m.text


@given(
    st.integers(min_value=1, max_value=9999),
    st.sampled_from([("milj.", 10**6), ("mljrd.", 10**9), ("tūkst.", 10**3), ("miljoni", 10**6)]),
)
def test_scale_words(tenths: int, scale: tuple[str, int]) -> None:
    word, factor = scale
    value = Decimal(tenths) / 10
    written = f"{value.normalize():f}".replace(".", ",")  # "2,5", "250"
    assert parse_amount(f"{written} {word}") == value * factor


@given(cents)
def test_english(value: Decimal) -> None:
    assert parse_amount(en(value), lang="en") == value
