"""The rules backend: ``spacy.blank("lv")`` tokenisation fixed for press-release text, plus
sentence starts, crude POS and lemmas for the words extractors care about. Needs no model.

``doc.text`` is always the source text (spaCy's tokenizer never drops a character).

Tokenisation (Latvian), on top of spaCy's defaults:

- a number with its ordinal period is one token, as in the Latvian treebank: ``"15."``,
  ``"2020."``; so is a numeric date with its final period: ``"15.10.2020."`` (the period is
  part of the Latvian date, and there is no second period when the date ends a sentence);
- ``"2020.gadam"`` -> ``"2020."`` ``"gadam"``; ``"14.-15."`` -> ``"14."`` ``"-"`` ``"15."``;
- a hyphen between letters does not split: ``"Kalniņa-Lukaševica"``, ``"e-pasts"`` stay whole
  (dashes – — between letters still split);
- abbreviations listed in ``resources/lv/abbreviations.tsv`` keep their periods: ``"milj."``,
  ``"š.g."``, ``"u.c."``;
- ``"Erasmus+"`` stays one token; ``"EUR"`` and ``"€"`` are tokens of their own (``"5€"``,
  ``"€5"``, ``"5EUR"`` split).

Sentences: a new sentence starts after a line break, and after sentence-final punctuation (or a
token ending in a period that is not a title abbreviation or a one/two-digit ordinal) when the
next word starts with a capital letter, a digit or an opening quote. Crude, like the POS below.

POS (``pos_``) is CRUDE and must not be relied on for more than this: ``SPACE`` whitespace,
``PUNCT``/``SYM`` punctuation and symbols, ``NUM`` numbers and numeric dates, ``ADJ`` with
``NumType=Ord`` for ordinals (``"15."``, as Stanza's Latvian models tag them), the lexicon's POS
for words in the lemma table, ``PROPN`` for other capitalised words that do not start a sentence,
``X`` for everything else.

Lemmas (``lemma_``): from a form -> lemma table generated once from the nominatives of
newsparse's own lexicons (months, countries, roles ...) with ``normalize/inflect.py``; other
tokens keep their surface form as lemma. The table is built on first use and cached.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.language import Language
    from spacy.tokens import Doc

NAME = "rules"

# --------------------------------------------------------------------------- tokenizer

#: Whole-token matches checked before any affix is split off (spaCy ``token_match``).
_TOKEN_MATCH = regex.compile(
    r"""
    (?: \d{1,2} \. \d{1,2} \. \d{4} \.?   # numeric date, final period included: 15.10.2020.
      | \d+ \.                            # ordinal with its period: 15.  2020.
    )
    \Z
    """,
    regex.VERBOSE,
)

#: Strings spaCy's URL matcher would keep whole but that are "2020.gadam"-like.
_NOT_URL = regex.compile(r"\d+\.\p{L}")

#: Hyphen-like characters that still split between letters (the plain hyphen does not).
_DASHES = r"–|—|--|---|——|~"

#: Currency codes split off a preceding number ("5EUR" -> "5" "EUR").
_CURRENCY_CODES = r"EUR|USD|GBP|CHF|SEK|NOK|DKK|PLN|RUB|JPY|CNY"


def _latvian_affixes() -> tuple[list[str], list[str], list[str]]:
    """spaCy's default prefix/suffix/infix patterns, with the Latvian changes documented above."""
    from spacy.lang.char_classes import (
        ALPHA,
        ALPHA_LOWER,
        ALPHA_UPPER,
        CONCAT_QUOTES,
        CURRENCY,
        LIST_CURRENCY,
        LIST_ELLIPSES,
        LIST_ICONS,
        LIST_PUNCT,
        LIST_QUOTES,
        PUNCT,
        UNITS,
    )

    prefixes = [
        *("§", "%", "=", "—", "–", r"\+(?![0-9])"),
        *LIST_PUNCT,
        *LIST_ELLIPSES,
        *LIST_QUOTES,
        *LIST_CURRENCY,
        *LIST_ICONS,
    ]
    suffixes = (
        LIST_PUNCT
        + LIST_ELLIPSES
        + LIST_QUOTES
        + LIST_ICONS
        + ["—", "–"]
        + [
            r"(?<=[0-9])\+",
            r"(?<=°[FfCcKk])\.",
            rf"(?<=[0-9])(?:{CURRENCY})",
            rf"(?<=[0-9])(?:{_CURRENCY_CODES})",
            rf"(?<=[0-9])(?:{UNITS})",
            # a period after a letter, symbol or quote is punctuation; after a digit it is the
            # ordinal period and stays (spaCy's default also splits it after digits)
            r"(?<=[{al}{e}{p}(?:{q})])\.".format(
                al=ALPHA_LOWER, e=r"%²\-\+", q=CONCAT_QUOTES, p=PUNCT
            ),
            rf"(?<=[{ALPHA_UPPER}][{ALPHA_UPPER}])\.",
        ]
    )
    infixes = (
        LIST_ELLIPSES
        + LIST_ICONS
        + [
            r"(?<=[0-9])[+\-\*^](?=[0-9-])",
            r"(?<=[0-9]\.)(?:-|–|—)(?=[0-9])",  # 14.-15.
            rf"(?<=[0-9]\.)(?=[{ALPHA}])",  # 2020.gadam (zero-width split)
            rf"(?<=[{ALPHA_LOWER}{CONCAT_QUOTES}])\.(?=[{ALPHA_UPPER}{CONCAT_QUOTES}])",
            rf"(?<=[{ALPHA}]),(?=[{ALPHA}])",
            rf"(?<=[{ALPHA}])(?:{_DASHES})(?=[{ALPHA}])",
            rf"(?<=[{ALPHA}0-9])[:<>=/](?=[{ALPHA}])",
        ]
    )
    return prefixes, suffixes, infixes


@dataclass(frozen=True, slots=True)
class Abbreviation:
    """One row of ``resources/lv/abbreviations.tsv``."""

    form: str
    kind: str  # "title" | "measure" | "other"


@functools.cache
def abbreviations(lang: str = "lv") -> dict[str, Abbreviation]:
    """Abbreviation surface -> row, with capitalised variants of lower-case entries."""
    from ..errors import ResourceError
    from ..lexicon import read_tsv

    if lang != "lv":
        return {}
    out: dict[str, Abbreviation] = {}
    for row in read_tsv("lv", "abbreviations.tsv"):
        form, kind = row.get("abbr", ""), row.get("kind", "")
        if not form.endswith(".") or kind not in ("title", "measure", "other"):
            raise ResourceError("resources/lv/abbreviations.tsv", None, f"bad row {row!r}")
        for variant in (form, form[:1].upper() + form[1:]):
            out.setdefault(variant, Abbreviation(variant, kind))
    return out


def _url_match(base: Callable[[str], object] | None) -> Callable[[str], object] | None:
    if base is None:
        return None

    def url_match(s: str) -> object:
        return None if _NOT_URL.match(s) else base(s)

    return url_match


@functools.cache
def _nlp(lang: str) -> Language:
    """``spacy.blank(lang)`` with the Latvian tokenizer fixes (``lv`` only)."""
    import spacy
    from spacy.symbols import ORTH  # type: ignore[import-not-found]
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    nlp = spacy.blank(lang)
    if lang != "lv":
        return nlp
    prefixes, suffixes, infixes = _latvian_affixes()
    tok: Any = nlp.tokenizer  # spaCy's Tokenizer (a Cython class)
    tok.prefix_search = compile_prefix_regex(prefixes).search
    tok.suffix_search = compile_suffix_regex(suffixes).search
    tok.infix_finditer = compile_infix_regex(infixes).finditer
    tok.token_match = _TOKEN_MATCH.match
    tok.url_match = _url_match(tok.url_match)
    for form in abbreviations("lv"):
        tok.add_special_case(form, [{ORTH: form}])
    return nlp


# --------------------------------------------------------------------------- lemmas, POS


@dataclass(frozen=True, slots=True)
class LexEntry:
    """What the rules backend knows about one word form."""

    lemma: str
    pos: str
    morph: str = ""


@dataclass(frozen=True, slots=True)
class LemmaSource:
    """A lexicon whose entries feed the lemma table.

    ``column``: the lemma (nominative) column; ``kind``: how forms are generated: ``noun``
    (``inflect.noun_forms``; a multiword entry is treated as a phrase), ``phrase``
    (``inflect.phrase_forms``: only the words that inflect get lemmas, genitive modifiers stay
    unlemmatised), ``name`` (``inflect.name_forms``), ``verb`` (the forms are listed in the
    row's other columns). ``gender_column``: passed to the inflection functions when set.
    ``only``: (column, value) filter on rows. Missing files are skipped (lexicons arrive one by
    one).
    """

    file: str
    column: str
    pos: str
    kind: str
    gender_column: str | None = None
    only: tuple[str, str] | None = None


LEMMA_SOURCES: tuple[LemmaSource, ...] = (
    LemmaSource("months.tsv", "lv", "NOUN", "noun"),
    LemmaSource("weekdays.tsv", "lv", "NOUN", "noun"),
    LemmaSource("roles.tsv", "lemma", "NOUN", "noun", gender_column="gender"),
    LemmaSource("amount_scales.tsv", "lemma", "NOUN", "noun", only=("kind", "noun")),
    LemmaSource("speech_verbs.tsv", "lemma", "VERB", "verb"),
    LemmaSource("countries.tsv", "lemma", "PROPN", "phrase"),
    LemmaSource("regions.tsv", "lemma", "PROPN", "phrase"),
    LemmaSource("organizations.tsv", "lemma", "", "phrase"),
    LemmaSource("programmes.tsv", "lemma", "", "phrase"),
    LemmaSource("given_names.tsv", "name", "PROPN", "name", gender_column="gender"),
)

_CASE_NAMES = {
    "nom": "Nom",
    "gen": "Gen",
    "dat": "Dat",
    "acc": "Acc",
    "ins": "Ins",
    "loc": "Loc",
    "voc": "Voc",
}
_NUMBER_NAMES = {"sg": "Sing", "pl": "Plur"}

#: (form, lemma, morph) readings, ``morph`` in UD notation ("Case=Gen|Number=Sing") or "".
Reading = tuple[str, str, str]


def _rows(source: LemmaSource) -> list[dict[str, str]]:
    from ..errors import ResourceError
    from ..lexicon import read_tsv

    try:
        rows = read_tsv("lv", source.file)
    except ResourceError:
        return []
    if source.only is not None:
        key, value = source.only
        rows = tuple(r for r in rows if r.get(key) == value)
    return [r for r in rows if r.get(source.column)]


def _gender(row: dict[str, str], source: LemmaSource) -> str | None:
    g = row.get(source.gender_column or "", "").strip().lower()
    return g if g in ("m", "f") else None


def _morph(case: str | None, number: str | None = None) -> str:
    parts = []
    if case in _CASE_NAMES:
        parts.append(f"Case={_CASE_NAMES[case]}")
    if number in _NUMBER_NAMES:
        parts.append(f"Number={_NUMBER_NAMES[number]}")
    return "|".join(parts)


def _phrase_readings(inflect: Any, phrase: str) -> Iterable[Reading]:
    words = phrase.split()
    forms_by_case = [(form.split(), case) for form, case in inflect.phrase_forms(phrase).items()]
    forms_by_case = [(f, c) for f, c in forms_by_case if len(f) == len(words)]
    for i, lemma in enumerate(words):
        if len({f[i] for f, _ in forms_by_case} | {lemma}) < 2:
            continue  # an uninflected word (genitive modifier, conjunction): lemma unknown
        yield lemma, lemma, _morph("nom")
        for forms, case in forms_by_case:
            yield forms[i], lemma, _morph(case)


def _readings(source: LemmaSource, row: dict[str, str]) -> Iterable[Reading]:
    """The (form, lemma, morph) readings one lexicon row contributes."""
    lemma = row[source.column]
    if source.kind == "verb":
        yield lemma, lemma, "VerbForm=Inf"
        for key, value in row.items():
            if key not in (source.column, "note") and value:
                for form in value.replace(",", " ").split():
                    yield form, lemma, ""
        return
    try:
        from ..normalize import inflect  # type: ignore[attr-defined,unused-ignore]
    except ImportError:  # the inflection module is not there yet: single-word nominatives
        if " " not in lemma:
            yield lemma, lemma, ""
        return
    gender = _gender(row, source)
    if source.kind == "name":
        for form, case in inflect.name_forms(lemma, gender=gender).items():
            yield form, lemma, _morph(case)
    elif source.kind == "noun" and " " not in lemma:
        for (case, number), form in inflect.noun_forms(lemma, gender=gender).items():
            yield form, lemma, _morph(case, number)
    else:
        yield from _phrase_readings(inflect, lemma)


@functools.cache
def lemma_table(lang: str = "lv") -> dict[str, LexEntry]:
    """Form -> :class:`LexEntry` for every generated form of the lexicons' words (built once).

    Keys are the forms as generated and their lower-case variant. Where one form has readings
    from several lemmas the alphabetically first lemma wins (deterministic); ``morph`` is kept
    only when every reading of the form agrees on it.
    """
    if lang != "lv":
        return {}
    readings: dict[str, dict[tuple[str, str], set[str]]] = {}
    for source in LEMMA_SOURCES:
        for row in _rows(source):
            for form, lemma, morph in _readings(source, row):
                if form:
                    readings.setdefault(form, {}).setdefault((lemma, source.pos), set()).add(morph)
    table: dict[str, LexEntry] = {}
    for form in sorted(readings):
        options = readings[form]
        lemma, pos = min(options)
        morphs = set().union(*options.values())
        morph = next(iter(morphs)) if len(morphs) == 1 else ""
        table[form] = LexEntry(lemma, pos, morph)
    for form in sorted(readings):
        low = form.lower()
        if low != form and low not in table:
            e = table[form]
            table[low] = LexEntry(e.lemma if e.pos == "PROPN" else e.lemma.lower(), e.pos, e.morph)
    return table


_ORDINAL = regex.compile(r"\d+\.\Z")
_NUMBER = regex.compile(r"[+\-−]?\d[\d\s.,]*\Z")
_DATE = regex.compile(r"\d{1,2}\.\d{1,2}\.\d{4}\.?\Z")
_SYMBOL = regex.compile(r"[\p{Sc}\p{Sm}%‰§°#&@*+/\\|^~]+\Z")
_PUNCT = regex.compile(r"[\p{P}]+\Z")
_SENT_END = frozenset({".", "!", "?", "…", "...", "?!", "!?", "!!", "??"})
#: Quotation marks and brackets; whether one opens is decided by :func:`_opens`.
_QUOTES_BRACKETS = frozenset("\"„“”«»‘’'()[]")
_ALWAYS_OPEN = frozenset("„«([")
_ALWAYS_CLOSE = frozenset("”»)]’")
#: After these a capitalised word may begin a clause (no PROPN guess): ":" "–" "—" "-" "•".
_CLAUSE_OPENERS = frozenset({":", "–", "—", "-", "•", "*"})


def _analyse(word: str, table: dict[str, LexEntry]) -> tuple[str, str, str]:
    """(lemma, pos, morph) of a word out of context; ``pos`` "" = decide from context."""
    entry = table.get(word) or table.get(word.lower())
    if entry is not None:
        return entry.lemma, entry.pos, entry.morph
    if word.isspace():
        return word, "SPACE", ""
    if _DATE.match(word):
        return word, "NUM", ""
    if _ORDINAL.match(word):
        return word, "ADJ", "NumType=Ord"
    if _NUMBER.match(word):
        return word, "NUM", "NumType=Card"
    if _SYMBOL.match(word):
        return word, "SYM", ""
    if _PUNCT.match(word):
        return word, "PUNCT", ""
    return word, "", ""


def _starts_upper(word: str) -> bool:
    return word[:1].isupper()


class RulesBackend:
    """Tokenises with spaCy's tokenizer (Latvian fixes above); no model files needed."""

    name = NAME

    def __init__(self, lang: str = "lv") -> None:
        self.lang = lang
        self.nlp = _nlp(lang)
        self._table = lemma_table(lang)
        self._abbr = abbreviations(lang)
        self._cache: dict[str, tuple[str, str, str]] = {}

    @property
    def version(self) -> str:
        from importlib.metadata import version

        return f"spacy {version('spacy')} tokenizer + newsparse rules"

    def _word(self, word: str) -> tuple[str, str, str]:
        got = self._cache.get(word)
        if got is None:
            got = _analyse(word, self._table)
            if len(self._cache) < 200_000:
                self._cache[word] = got
        return got

    def _ends_sentence(self, word: str, nxt: str, nxt_opens: bool) -> bool:
        """Whether a sentence ends after ``word`` when the next word is ``nxt``."""
        if word in _SENT_END:
            return _starts_upper(nxt) or nxt[:1].isdigit() or nxt_opens
        if not word.endswith(".") or len(word) < 2:
            return False
        abbr = self._abbr.get(word)
        if abbr is not None and abbr.kind == "title":
            return False
        if _ORDINAL.match(word) and len(word) <= 3:  # "5. Saeima": ordinals before names
            return False
        return _starts_upper(nxt) or nxt_opens

    def annotate(self, text: str) -> Doc:
        """Tokens, sentence starts, crude POS and lemmas of ``text``."""
        doc = self.nlp(text)
        self._annotate_doc(doc)
        return doc

    def annotate_many(self, texts: Iterable[str]) -> list[Doc]:
        """:meth:`annotate` for many texts, in order."""
        docs = list(self.nlp.pipe(texts))
        for doc in docs:
            self._annotate_doc(doc)
        return docs

    def _sentence_starts(self, words: list[str], opens: list[bool]) -> list[bool]:
        """Sentence starts: token 0, the first word after a line break, and after
        sentence-final punctuation (closing quotes/brackets stay with their sentence)."""
        starts = [False] * len(words)
        starts[0] = True
        prev = -1  # the previous non-space token
        newline = False
        for i, w in enumerate(words):
            if w.isspace():
                newline = newline or "\n" in w
                continue
            if prev >= 0:
                starts[i] = newline or self._boundary(words, opens, prev, i)
            newline = False
            prev = i
        return starts

    def _boundary(self, words: list[str], opens: list[bool], prev: int, i: int) -> bool:
        w, pw = words[i], words[prev]
        if w in _QUOTES_BRACKETS and not opens[i]:
            return False  # a closing quote or bracket stays with the sentence before it
        if pw in _QUOTES_BRACKETS and not opens[prev]:
            k = prev
            while k >= 0 and (
                words[k].isspace() or (words[k] in _QUOTES_BRACKETS and not opens[k])
            ):
                k -= 1
            if k < 0 or not (words[k] in _SENT_END or words[k].endswith(".")):
                return False
            return _starts_upper(w) or w[:1].isdigit() or opens[i]
        return self._ends_sentence(pw, w, opens[i])

    def _annotate_doc(self, doc: Doc) -> None:
        import numpy
        from spacy.attrs import LEMMA, MORPH, POS, SENT_START  # type: ignore[import-not-found]

        n = len(doc)
        if n == 0:
            return
        strings = doc.vocab.strings
        morphology = doc.vocab.morphology
        pos_ids = _pos_ids()
        words = [t.text for t in doc]
        space_after = [t.whitespace_ != "" or t.is_space for t in doc]
        opens = [
            w in _QUOTES_BRACKETS
            and _opens(w, i == 0 or space_after[i - 1], space_after[i] or i + 1 == n)
            for i, w in enumerate(words)
        ]
        starts = self._sentence_starts(words, opens)
        rows = numpy.zeros((n, 4), dtype="uint64")
        not_start = numpy.uint64(2**64 - 1)  # -1: explicitly not a sentence start
        clause_start = True  # at a sentence start or after a colon/dash (and quotes after them)
        for i, w in enumerate(words):
            lemma, pos, morph = self._word(w)
            if starts[i]:
                clause_start = True
            if not pos:
                pos = "PROPN" if _starts_upper(w) and not clause_start else "X"
            if pos != "SPACE":  # an opening quote keeps a clause start: „Labi," ...
                clause_start = (opens[i] and clause_start) or w in _CLAUSE_OPENERS
            rows[i, 0] = strings.add(lemma)
            rows[i, 1] = pos_ids[pos]
            rows[i, 2] = 1 if starts[i] else not_start
            rows[i, 3] = morphology.add(morph) if morph else 0
        doc.from_array([LEMMA, POS, SENT_START, MORPH], rows)  # type: ignore[arg-type]


def _opens(ch: str, space_before: bool, space_after: bool) -> bool:
    """Whether a quote/bracket token opens (rather than closes) a quotation or parenthesis.
    „ ( « always open; ” ) » always close; " “ ' decide by spacing (space before, none after)."""
    if ch in _ALWAYS_OPEN:
        return True
    if ch in _ALWAYS_CLOSE:
        return False
    return space_before and not space_after


@functools.cache
def _pos_ids() -> dict[str, int]:
    from spacy.parts_of_speech import IDS  # type: ignore[import-not-found]

    return {k: int(v) for k, v in IDS.items() if k}
