"""Money amounts: ``parse_amount("1,5 milj.") -> Decimal("1500000")`` and ``find_money(text)``.

Latvian writing conventions handled (the lexical parts are data in ``resources/<lang>/``):

- digit groups separated by a space, a no-break space or a thin space (``924 410``), or by dots
  (``1.234.567``); a decimal comma (``17,76``); English ``1,234,567.89`` / ``1.2``;
- a single separator followed by exactly three digits and no scale word is a thousands separator
  in either language (``1.500 eiro``, ``250,000 euros``): money is not written with three decimals;
  with a scale word it is a decimal (``1,500 milj.`` = 1 500 000);
- scale words after the number, abbreviated or as nouns in any case (``milj.``, ``mljrd.``,
  ``tūkst.``, ``miljoni``, ``miljonu``, ``tūkstošiem``; ``amount_scales.tsv``);
- written-out numerals in any case and gender (``piecu miljardu``, ``divas`` ...; ``numerals.tsv``);
- currency words, codes and signs before or after the number (``eiro``, ``EUR 250 000``, ``€5``,
  ``latu``; ``currencies.tsv``).

Amounts are ``Decimal`` in units of the currency; an integral value is returned without exponent
or fraction digits (``Decimal("17760000")``, not ``Decimal("17760000.00")``). Offsets are half-open
``[start, end)`` into the exact text given.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import regex

from ..errors import InputError
from ..lexicon import read_tsv

# --------------------------------------------------------------------------- lexicon

#: Characters that may separate digit groups: space, no-break space, thin and narrow no-break space.
_GROUP_SPACES = " \u00a0\u2009\u202f"


@dataclass(frozen=True, slots=True)
class MoneyLexicon:
    """The word lists of one language, every form already generated.

    ``numerals``/``scales_ci``/``currencies_ci`` are keyed by lower-cased forms (matched
    case-insensitively); ``scales_cs``/``currencies_cs`` hold abbreviations, codes and signs,
    matched exactly.
    """

    numerals: dict[str, Decimal]
    hundreds: frozenset[str]  # numeral forms that multiply what precedes them ("simti")
    scales_ci: dict[str, Decimal]
    scales_cs: dict[str, Decimal]
    currencies_ci: dict[str, str]
    currencies_cs: dict[str, str]
    prefix_currencies: dict[str, str]  # codes and signs, which may also stand before the number


def _noun_case_forms(lemma: str) -> set[str]:
    """Every case form (singular and plural) of a Latvian noun or noun-phrase lemma."""
    forms = {lemma}
    try:
        from . import inflect  # the shared generator; imported lazily (it loads its own tables)
    except ImportError:  # pragma: no cover - only while the generator is not installed
        return forms
    if " " in lemma:
        forms.update(inflect.phrase_forms(lemma))
        # the plural of the head as well: "ASV dolāri", "ASV dolāru"
        *mods, head = lemma.split(" ")
        forms.update(" ".join([*mods, f]) for f in inflect.noun_forms(head).values())
    else:
        forms.update(inflect.noun_forms(lemma).values())
    return {f for f in forms if f}


def _numeral_forms(lemma: str, paradigm: str) -> set[str]:
    """Case/gender forms of a Latvian cardinal numeral (see the header of ``numerals.tsv``)."""
    if paradigm == "indecl":
        return {lemma}
    if paradigm == "plural":  # pieci: masc -i -u -iem -us -os; fem -as -u -ām -as -ās
        stem = lemma[:-1]
        return {stem + e for e in ("i", "u", "iem", "us", "os", "as", "ām", "ās")}
    if paradigm == "adj":  # viens: masc -s -a -am -u -ā; fem -a -as -ai -u -ā
        stem = lemma[:-1]
        return {stem + e for e in ("s", "a", "am", "u", "ā", "as", "ai")}
    if paradigm == "trīs":
        return {lemma, "triju", "trijiem", "trim", "trijos", "trijās", "trijām"}
    if (
        paradigm == "simts"
    ):  # simts, simt; simta, simtam, simtu, simtā; simti, simtiem, simtus, simtos
        stem = lemma[:-1]
        return {lemma, stem} | {stem + e for e in ("a", "am", "u", "ā", "i", "iem", "us", "os")}
    raise ValueError(f"unknown numeral paradigm {paradigm!r} for {lemma!r}")


@functools.cache
def money_lexicon(lang: str = "lv") -> MoneyLexicon:
    """The amount vocabulary of ``lang`` ("lv" or "en"), loaded once."""
    numerals: dict[str, Decimal] = {}
    hundreds: set[str] = set()
    for row in read_tsv(lang, "numerals.tsv"):
        forms = _numeral_forms(row["lemma"], row["paradigm"])
        for f in forms:
            numerals[f.lower()] = Decimal(row["value"])
        if row["paradigm"] == "simts":
            hundreds.update(f.lower() for f in forms)
    scales_ci: dict[str, Decimal] = {}
    scales_cs: dict[str, Decimal] = {}
    for row in read_tsv(lang, "amount_scales.tsv"):
        value = Decimal(row["value"])
        if row["kind"] == "noun":
            for f in _noun_case_forms(row["lemma"]):
                scales_ci[f.lower()] = value
        elif lang == "en":
            scales_ci[row["lemma"].lower()] = value
        else:
            scales_cs[row["lemma"]] = value
    currencies_ci: dict[str, str] = {}
    currencies_cs: dict[str, str] = {}
    prefix: dict[str, str] = {}
    for row in read_tsv(lang, "currencies.tsv"):
        lemma, code, kind = row["lemma"], row["code"], row["kind"]
        if kind == "noun":
            for f in _noun_case_forms(lemma):
                currencies_ci[f.lower()] = code
        elif kind == "word":
            currencies_ci[lemma.lower()] = code
        else:  # code, symbol
            currencies_cs[lemma] = code
            prefix[lemma] = code
    return MoneyLexicon(
        numerals=numerals,
        hundreds=frozenset(hundreds),
        scales_ci=scales_ci,
        scales_cs=scales_cs,
        currencies_ci=currencies_ci,
        currencies_cs=currencies_cs,
        prefix_currencies=prefix,
    )


# --------------------------------------------------------------------------- patterns


def _alternation(forms: Iterable[str], *, ignore_case: bool) -> str:
    """A regex alternation of literal forms, longest first (so "miljoniem" beats "miljoni")."""
    alts = sorted({regex.escape(f) for f in forms if f}, key=len, reverse=True)
    if not alts:
        return r"(?!x)x"  # matches nothing
    body = "|".join(alts)
    return f"(?i:{body})" if ignore_case else f"(?:{body})"


# A number written in digits, with any grouping; validity is decided by _parse_digits, so that
# "1,2,3" is found (and reported) rather than silently read as "1,2".
_DIGITS = rf"""
    (?<![\d.,])                               # not the tail of a longer number
    \d+
    (?:
        [{_GROUP_SPACES}](?=\d{{3}}(?!\d))\d{{3}}  # a space-separated group of exactly 3 digits
      | [.,]\d+                               # a dot or comma group (checked later)
    )*
    (?![\d])
"""


@functools.cache
def money_pattern(lang: str = "lv") -> regex.Pattern[str]:
    """The compiled pattern of an amount with its currency and/or scale word."""
    lex = money_lexicon(lang)
    word_end = r"(?!\w)"
    scale = (
        "(?:"
        + _alternation(lex.scales_ci, ignore_case=True)
        + word_end
        + "|"
        + _alternation(lex.scales_cs, ignore_case=False)
        + "(?(?<=\\.)|(?!\\w)))"  # an abbreviation with its dot may touch the next char
    )
    cur_post = (
        "(?:"
        + _alternation(lex.currencies_ci, ignore_case=True)
        + word_end
        + "|"
        + _alternation(lex.currencies_cs, ignore_case=False)
        + "(?![\\p{L}\\d]))"
    )
    cur_pre = _alternation(lex.prefix_currencies, ignore_case=False)
    numeral = _alternation(lex.numerals, ignore_case=True) + word_end
    pattern = rf"""
        (?:(?<![\p{{L}}\d])(?P<pre>{cur_pre})\s?)?       # EUR 250 000 | €5 | $ 3
        (?:
            (?P<num>{_DIGITS})                           # 924 410 | 1,5 | 1.234.567,89
          | (?<![\p{{L}}\d])
            (?P<words>{numeral}(?:\s+{numeral})*)        # piecu | divi simti | pusotra
        )
        (?:\s*(?P<scale>{scale}))?                       # milj. | miljardu | million
        (?:\s*(?P<post>{cur_post}))?                     # eiro | EUR | latu | €
    """
    return regex.compile(pattern, regex.VERBOSE)


# --------------------------------------------------------------------------- parsing


def _integral(value: Decimal) -> Decimal:
    """``value`` without a fraction part when it is a whole number (17760000, not 17760000.00)."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def _groups_ok(groups: list[str]) -> bool:
    """Thousands groups: the first 1-3 digits, every other exactly 3."""
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def _parse_digits(num: str, *, has_scale: bool) -> Decimal:
    """A digit string with Latvian or English separators; raises ``InputError`` when ambiguous
    or malformed ("1,2,3")."""
    s = regex.sub(f"[{_GROUP_SPACES}]", " ", num.strip())
    seps = [c for c in s if c in " .,"]
    if not seps:
        return Decimal(s)
    kinds = set(seps)
    parts = regex.split(r"[ .,]", s)
    if any(not p.isdigit() for p in parts):
        raise InputError(f"not a number: {num!r}")
    if len(kinds) == 1:
        sep = seps[0]
        if sep == " " or len(seps) > 1:  # every separator groups thousands
            if not _groups_ok(parts):
                raise InputError(f"bad digit grouping in {num!r}")
            return Decimal("".join(parts))
        # one dot or one comma: decimal, unless it is followed by exactly 3 digits and no scale
        if len(parts[1]) == 3 and not has_scale and len(parts[0]) <= 3:
            return Decimal("".join(parts))
        return Decimal(f"{parts[0]}.{parts[1]}")
    # mixed: the last separator is the decimal mark if it occurs once, the rest group thousands
    dec = seps[-1]
    if dec == " " or seps.count(dec) != 1:
        raise InputError(f"ambiguous separators in {num!r}")
    thousands = {c for c in seps[:-1]}
    if len(thousands) != 1:
        raise InputError(f"mixed thousands separators in {num!r}")
    int_parts, frac = parts[:-1], parts[-1]
    if not _groups_ok(int_parts):
        raise InputError(f"bad digit grouping in {num!r}")
    return Decimal(f"{''.join(int_parts)}.{frac}")


def _parse_words(words: str, lex: MoneyLexicon) -> Decimal:
    """Written-out numerals: units and tens add up, "simts"/"simti" multiplies ("divi simti")."""
    total = Decimal(0)
    for w in words.split():
        key = w.lower()
        if key not in lex.numerals:
            raise InputError(f"not a numeral: {w!r}")
        if key in lex.hundreds:
            total = (total or Decimal(1)) * lex.numerals[key]
        else:
            total += lex.numerals[key]
    return total


def _scale_value(scale: str, lex: MoneyLexicon) -> Decimal:
    if scale in lex.scales_cs:
        return lex.scales_cs[scale]
    return lex.scales_ci[scale.lower()]


def _currency_code(surface: str, lex: MoneyLexicon) -> str:
    if surface in lex.currencies_cs:
        return lex.currencies_cs[surface]
    return lex.currencies_ci[surface.lower()]


def _value(m: regex.Match[str], lex: MoneyLexicon) -> Decimal:
    scale = m.group("scale")
    if m.group("num") is not None:
        base = _parse_digits(m.group("num"), has_scale=scale is not None)
    else:
        base = _parse_words(m.group("words"), lex)
    if scale:
        base *= _scale_value(scale, lex)
    return _integral(base)


def parse_money(s: str, *, lang: str = "lv") -> tuple[Decimal, str | None]:
    """``(amount, ISO currency or None)`` of one amount string: ``"EUR 250 000"`` ->
    ``(Decimal("250000"), "EUR")``. Raises ``InputError`` when ``s`` is not exactly one amount."""
    lex = money_lexicon(lang)
    m = money_pattern(lang).fullmatch(s.strip())
    if m is None:
        raise InputError(f"not an amount: {s!r}")
    try:
        value = _value(m, lex)
    except InvalidOperation as e:
        raise InputError(f"not an amount: {s!r}") from e
    cur = m.group("pre") or m.group("post")
    return value, (_currency_code(cur, lex) if cur else None)


def parse_amount(s: str, *, lang: str = "lv") -> Decimal:
    """The amount of ``s`` in units: ``"924 410"`` -> 924410, ``"1,5 milj."`` -> 1500000,
    ``"piecu miljardu"`` -> 5000000000, ``"€ 1.2 million"`` -> 1200000 (currency ignored).

    Raises ``InputError`` (a ``ValueError``) for anything that is not one readable amount.
    """
    return parse_money(s, lang=lang)[0]


# --------------------------------------------------------------------------- finding


_WORD = regex.compile(r"\p{L}+")


@functools.cache
def _prefix_pattern(lang: str) -> regex.Pattern[str]:
    lex = money_lexicon(lang)
    return regex.compile(
        r"(?<![\p{L}\d])" + _alternation(lex.prefix_currencies, ignore_case=False) + r"|\d+"
    )


def _starts(text: str, lang: str) -> list[int]:
    """Where an amount can begin: a prefix currency, the first digit of a number, a numeral
    word. ``money_pattern`` is matched only there (the same leftmost matches as scanning every
    position, several times faster)."""
    numerals = money_lexicon(lang).numerals
    out = [m.start() for m in _prefix_pattern(lang).finditer(text)]
    out += [m.start() for m in _WORD.finditer(text) if m.group(0).lower() in numerals]
    return sorted(set(out))


@dataclass(frozen=True, slots=True)
class MoneyMatch:
    """An amount found in a text. ``amount`` is None when the digits could not be read
    (``1,2,3 eiro``); ``currency`` is None when only a scale word marks it as an amount."""

    start: int
    end: int
    text: str
    amount: Decimal | None
    currency: str | None
    rule: str


def find_money(text: str, *, lang: str = "lv") -> list[MoneyMatch]:
    """Every amount with a currency (``924 410 eiro``, ``EUR 250 000``) or a scale word
    (``19 miljoni``, ``5 mljrd.``) in ``text``, sorted by start.

    Bare numbers are not amounts. Rule ids: ``amount.digits``, ``amount.words`` (written-out
    numerals), ``amount.unparsed`` (amount-shaped but unreadable: ``amount`` is None).
    """
    lex = money_lexicon(lang)
    pattern = money_pattern(lang)
    out: list[MoneyMatch] = []
    last = 0
    for pos in _starts(text, lang):
        if pos < last:
            continue
        m = pattern.match(text, pos)
        if m is None or m.end() == pos:
            continue
        last = m.end()
        cur = m.group("pre") or m.group("post")
        if cur is None and m.group("scale") is None:
            continue
        if m.group("words") is not None and m.group("scale") is None and m.group("post") is None:
            continue  # "trīs" + a prefix sign is too weak
        start, end = m.span()
        # do not swallow the space before a currency that was not matched
        surface = text[start:end]
        stripped = surface.rstrip()
        end -= len(surface) - len(stripped)
        try:
            value: Decimal | None = _value(m, lex)
            rule = "amount.words" if m.group("words") is not None else "amount.digits"
        except (InputError, InvalidOperation):
            value, rule = None, "amount.unparsed"
        out.append(
            MoneyMatch(
                start=start,
                end=end,
                text=text[start:end],
                amount=value,
                currency=_currency_code(cur, lex) if cur else None,
                rule=rule,
            )
        )
    return out
