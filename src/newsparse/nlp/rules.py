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

import bisect
import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

NAME = "rules"

# --------------------------------------------------------------------------- tokenizer

#: Whole-token patterns checked before any affix is split off (spaCy ``token_match``); the
#: abbreviations of ``abbreviations.tsv`` are added to it in :func:`_token_match`.
_TOKEN_PATTERNS = r"""
    \d{1,2} \. \d{1,2} \. \d{4} \.?   # numeric date, final period included: 15.10.2020.
  | \d+ \.                            # ordinal with its period: 15.  2020.
"""


def _token_match(abbrs: Iterable[str]) -> Callable[[str], object]:
    """``token_match`` for the tokenizer: dates, ordinals and the listed abbreviations.

    Abbreviations go here rather than into spaCy special cases: special cases containing
    punctuation switch spaCy to a much slower matching path (3-4x the tokenisation time).
    """
    alternatives = "|".join(regex.escape(a) for a in sorted(abbrs, key=lambda a: (-len(a), a)))
    pattern = f"(?: {_TOKEN_PATTERNS} | {alternatives or '(?!)'} ) \\Z"
    match: Callable[[str], object] = regex.compile(pattern, regex.VERBOSE).match
    return match


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
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    nlp = spacy.blank(lang)
    if lang != "lv":
        return nlp
    prefixes, suffixes, infixes = _latvian_affixes()
    tok: Any = nlp.tokenizer  # spaCy's Tokenizer (a Cython class)
    tok.prefix_search = compile_prefix_regex(prefixes).search
    tok.suffix_search = compile_suffix_regex(suffixes).search
    tok.infix_finditer = compile_infix_regex(infixes).finditer
    tok.token_match = _token_match(abbreviations("lv"))
    tok.url_match = _url_match(tok.url_match)
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


def _phrase_readings(inflect: Any, phrase: str, *, proper: bool = False) -> Iterable[Reading]:
    words = phrase.split()
    forms_by_case = [(form.split(), case) for form, case in inflect.phrase_forms(phrase).items()]
    forms_by_case = [(f, c) for f, c in forms_by_case if len(f) == len(words)]
    for i, lemma in enumerate(words):
        if len({f[i] for f, _ in forms_by_case} | {lemma}) < 2:
            continue  # an uninflected word (genitive modifier, conjunction): lemma unknown
        if proper and not lemma[:1].isupper():
            continue  # "salas" in a proper name is not itself a proper noun
        yield lemma, lemma, _morph("nom")
        for forms, case in forms_by_case:
            yield forms[i], lemma, _morph(case)


def _readings(source: LemmaSource, row: dict[str, str]) -> Iterable[Reading]:
    """The (form, lemma, morph) readings one lexicon row contributes."""
    lemma = row[source.column]
    if row.get("inflect", "").strip().lower() == "no":  # an indeclinable name ("Erasmus+")
        return
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
        yield from _phrase_readings(inflect, lemma, proper=source.pos == "PROPN")


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
        if low != form and low not in table and table[form].pos != "PROPN":
            e = table[form]  # a lower-case "valstis" is no proper noun: PROPN keeps its capital
            table[low] = LexEntry(e.lemma.lower(), e.pos, e.morph)
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


# Word-type flags (computed once per distinct token string, see ``RulesBackend._info``)
_F_SPACE = 1  # whitespace token
_F_NEWLINE = 2  # whitespace containing a line break
_F_QB = 4  # quotation mark or bracket: opens or closes depending on context
_F_OPEN = 8  # always opens: „ « ( [
_F_CLOSE = 16  # always closes: ” » ) ] ’
_F_SENT_END = 32  # sentence-final punctuation: . ! ? …
_F_PERIOD_BREAK = 64  # ends in "." and may end a sentence (not a title abbreviation, not "5.")
_F_ENDS_PERIOD = 128  # ends in "."
_F_UPPER = 256  # starts with a capital letter
_F_DIGIT = 512  # starts with a digit
_F_CLAUSE = 1024  # a capital after it need not be a name: ":" "–" "-" "•"

_F_NAME_GUESS = 2048  # unknown capitalised word: PROPN unless clause-initial
_F_MORPH = 4096  # has morphological features to set
#: flags of a previous token after which a sentence may end
_MAY_END = _F_SENT_END | _F_PERIOD_BREAK | _F_QB
#: flags of a token after which the next word may start a sentence (quotes: also before)
_MAY_BREAK = _MAY_END | _F_NEWLINE
#: tokens :meth:`RulesBackend._annotate_doc` looks at individually
_SPECIAL = _MAY_BREAK | _F_NAME_GUESS | _F_MORPH

#: (lemma hash, POS id, morph hash or 0, flags)
WordInfo = tuple[int, int, int, int]

_NOT_SENT_START = 2**64 - 1  # -1 as uint64: explicitly not a sentence start


class RulesBackend:
    """Tokenises with spaCy's tokenizer (Latvian fixes above); no model files needed."""

    name = NAME

    def __init__(self, lang: str = "lv") -> None:
        self.lang = lang
        self.nlp = _nlp(lang)
        self._table = lemma_table(lang)
        self._abbr = abbreviations(lang)
        self._pos_ids = _pos_ids()
        # word-type table: one row per distinct token string (lemma, POS, morph, flags),
        # numpy columns grown by doubling, so a document's columns are one gather each
        import numpy

        self._index: dict[int, int] = {}  # orth hash -> row
        self._table_rows = numpy.zeros((1024, 4), dtype="uint64")

    @property
    def version(self) -> str:
        return _version()

    def annotate(self, text: str) -> Doc:
        """Tokens, sentence starts, crude POS and lemmas of ``text``."""
        doc = self.nlp(text)
        self._annotate_docs([doc])
        return doc

    def annotate_many(self, texts: Iterable[str], *, batch_docs: int = 256) -> list[Doc]:
        """:meth:`annotate` for many texts, in order (annotated ``batch_docs`` at a time)."""
        docs = list(self.nlp.pipe(texts))
        for i in range(0, len(docs), batch_docs):
            self._annotate_docs(docs[i : i + batch_docs])
        return docs

    def _info(self, orth: int, doc: Doc) -> int:
        """Analyse one token string out of context into a new row of the word-type table;
        returns the row."""
        word = doc.vocab.strings[orth]
        lemma, pos, morph = _analyse(word, self._table)
        flags = 0
        if word.isspace():
            flags |= _F_SPACE | (_F_NEWLINE if "\n" in word else 0)
        if word in _QUOTES_BRACKETS:
            flags |= _F_QB
            flags |= _F_OPEN if word in _ALWAYS_OPEN else 0
            flags |= _F_CLOSE if word in _ALWAYS_CLOSE else 0
        if word in _SENT_END:
            flags |= _F_SENT_END
        elif word.endswith(".") and len(word) >= 2:
            flags |= _F_ENDS_PERIOD
            abbr = self._abbr.get(word)
            title = abbr is not None and abbr.kind == "title"
            short_ordinal = _ORDINAL.match(word) is not None and len(word) <= 3  # "5. Saeima"
            if not title and not short_ordinal:
                flags |= _F_PERIOD_BREAK
        flags |= _F_UPPER if word[:1].isupper() else 0
        flags |= _F_DIGIT if word[:1].isdigit() else 0
        flags |= _F_CLAUSE if word in _CLAUSE_OPENERS else 0
        if not pos and flags & _F_UPPER:
            flags |= _F_NAME_GUESS  # PROPN unless at a clause start, else X
        if morph:
            flags |= _F_MORPH
        info = (
            doc.vocab.strings.add(lemma),
            self._pos_ids[pos or "X"],
            doc.vocab.morphology.add(morph) if morph else 0,
            flags,
        )
        row = len(self._index)
        if row == len(self._table_rows):
            import numpy

            grown = numpy.zeros((2 * row, 4), dtype="uint64")
            grown[:row] = self._table_rows
            self._table_rows = grown
        self._table_rows[row] = info
        self._index[orth] = row
        return row

    def _annotate_docs(self, docs: Sequence[Doc]) -> None:
        """Set LEMMA, POS, SENT_START (one ``from_array`` call per doc) and MORPH of every token.

        Vectorised over the tokens of all ``docs`` at once: per-string facts come from the
        word-type table (:meth:`_info`); context (sentence starts, quotes, the PROPN guess) is
        decided with array operations, and token by token only at the few positions with a
        quote, bracket or line break nearby.
        """
        import numpy
        from spacy.attrs import (  # type: ignore[import-not-found]
            LEMMA,
            ORTH,
            POS,
            SENT_START,
            SPACY,
        )

        docs = [d for d in docs if len(d)]
        if not docs:
            return
        lens = numpy.array([len(d) for d in docs], dtype="int64")
        firsts = numpy.concatenate(([0], numpy.cumsum(lens)[:-1]))
        lasts = firsts + lens - 1
        arrays = [d.to_array([ORTH, SPACY]) for d in docs]
        arr = arrays[0] if len(arrays) == 1 else numpy.concatenate(arrays)
        n = len(arr)
        orths: list[int] = arr[:, 0].tolist()
        trailing = arr[:, 1]

        index = self._index
        if len(index) > 500_000:  # bound the memory of a long-running worker
            index.clear()
        rows_of: list[int | None] = list(map(index.get, orths))
        if None in rows_of:
            doc0 = docs[0]  # every doc shares the vocabulary of ``self.nlp``
            for k, h in enumerate(orths):
                if rows_of[k] is None:
                    got = index.get(h)
                    rows_of[k] = got if got is not None else self._info(h, doc0)
        table = self._table_rows[numpy.array(rows_of, dtype="int64")]  # (n, 4) gather
        flags_np = table[:, 3].astype("int64")
        flags: list[int] = flags_np.tolist()
        bounds: list[int] = firsts.tolist()
        ends: list[int] = lasts.tolist()

        def doc_of(i: int) -> int:
            return bisect.bisect_right(bounds, i) - 1

        def where(mask: Any) -> list[int]:
            found: list[int] = numpy.flatnonzero(mask).tolist()
            return found

        nxt = numpy.zeros(n, dtype="int64")  # flags of the following token (0 at a doc end)
        nxt[:-1] = flags_np[1:]
        nxt[lasts] = 0
        prv = numpy.zeros(n, dtype="int64")  # flags of the preceding token (0 at a doc start)
        prv[1:] = flags_np[:-1]
        prv[firsts] = 0

        # quotes and brackets: „ ( open, ” ) close; " “ ' open after a space and before none
        opens: dict[int, bool] = {}
        for i in where(flags_np & _F_QB):
            f = flags[i]
            if f & (_F_OPEN | _F_CLOSE):
                opens[i] = bool(f & _F_OPEN)
            else:
                d = doc_of(i)
                before = i == bounds[d] or trailing[i - 1] or flags[i - 1] & _F_SPACE
                after = i == ends[d] or trailing[i] or flags[i + 1] & _F_SPACE
                opens[i] = bool(before) and not after

        def prev_word(i: int) -> tuple[int, bool]:
            """The previous non-space token in the same doc (-1: none) and whether a line
            break lies between."""
            k, lo, newline = i - 1, bounds[doc_of(i)], False
            while k >= lo and flags[k] & _F_SPACE:
                newline = newline or bool(flags[k] & _F_NEWLINE)
                k -= 1
            return (k if k >= lo else -1), newline

        # sentence starts; the common case, vectorised: ". Word" / "2020. Word", no quote or
        # line break; the rest token by token
        starts = numpy.full(n, _NOT_SENT_START, dtype="uint64")
        starts[firsts] = 1
        brk = (flags_np & _MAY_BREAK) != 0
        simple = brk & ((flags_np & (_F_QB | _F_SPACE)) == 0) & ((nxt & (_F_QB | _F_SPACE)) == 0)
        simple[lasts] = False
        ending = ((flags_np & _F_SENT_END) != 0) & ((nxt & (_F_UPPER | _F_DIGIT)) != 0)
        ending |= ((flags_np & _F_PERIOD_BREAK) != 0) & ((nxt & _F_UPPER) != 0)
        starts[1:][(simple & ending)[:-1]] = 1
        # a word right after a whitespace token with a line break
        starts[((prv & _F_NEWLINE) != 0) & ((flags_np & _F_SPACE) == 0)] = 1
        for j in where(brk & ~simple):
            i, end = j + 1, ends[doc_of(j)]
            while i <= end and flags[i] & _F_SPACE:
                i += 1
            if i > end or starts[i] == 1:
                continue
            k, newline = prev_word(i)
            if k >= 0 and (newline or self._boundary(flags, opens, k, i)):
                starts[i] = 1

        def clause_start(i: int) -> bool:
            """A capital here need not be a name: sentence start, first word, after ":" or a
            dash, or after an opening quote at such a position."""
            if starts[i] == 1:
                return True
            k, _ = prev_word(i)
            if k < 0 or flags[k] & _F_CLAUSE:
                return True
            return opens.get(k, False) and clause_start(k)

        # POS: unknown capitalised words are PROPN unless clause-initial
        pos = table[:, 1]
        propn = self._pos_ids["PROPN"]
        names = ((flags_np & _F_NAME_GUESS) != 0) & (starts != 1)
        plain_before = (prv & (_F_SPACE | _F_CLAUSE | _F_QB)) == 0
        plain_before[firsts] = False
        pos[names & plain_before] = propn
        for i in where(names & ~plain_before):
            if not clause_start(i):
                pos[i] = propn

        morph_col = table[:, 2].copy()
        table[:, 2] = starts  # reuse the gathered block as LEMMA, POS, SENT_START columns
        featured = where(morph_col)  # few tokens: cheaper than a MORPH column
        for d, doc in enumerate(docs):
            lo = bounds[d]
            doc.from_array([LEMMA, POS, SENT_START], table[lo : lo + len(doc), :3])
        for i in featured:
            d = doc_of(i)
            docs[d][i - bounds[d]].set_morph(int(morph_col[i]))  # type: ignore[attr-defined]

    @staticmethod
    def _boundary(flags: list[int], opens: dict[int, bool], prev: int, i: int) -> bool:
        """Whether token ``i`` starts a sentence, given the previous non-space token ``prev``
        (line breaks are handled by the caller)."""
        f, pf = flags[i], flags[prev]
        if f & _F_QB and not opens.get(i, False):
            return False  # a closing quote or bracket stays with the sentence before it
        next_starts = bool(f & _F_UPPER) or opens.get(i, False)
        if pf & _F_QB and not opens.get(prev, False):  # „Labi.” Tad ...: look behind the closers
            k = prev
            while k >= 0 and (
                flags[k] & _F_SPACE or (flags[k] & _F_QB and not opens.get(k, False))
            ):
                k -= 1
            if k < 0 or not flags[k] & (_F_SENT_END | _F_ENDS_PERIOD):
                return False
            return next_starts or bool(f & _F_DIGIT)
        if pf & _F_SENT_END:
            return next_starts or bool(f & _F_DIGIT)
        if pf & _F_PERIOD_BREAK:
            return next_starts
        return False


@functools.cache
def _pos_ids() -> dict[str, int]:
    from spacy.parts_of_speech import IDS  # type: ignore[import-not-found]

    return {k: int(v) for k, v in IDS.items() if k}


@functools.cache
def _version() -> str:
    from importlib.metadata import version  # reads package metadata from disk: once

    return f"spacy {version('spacy')} tokenizer + newsparse rules"
