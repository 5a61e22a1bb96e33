"""Shared machinery of the organisation and programme patterns: word tokens with offsets, head
nouns recognised in any case, and the nominative of a name found in an oblique case.

Latvian specifics: in a name such as "Francijas Lauksaimniecības kameras" only the head noun
("kameras" -> "kamera") and the definite adjectives that agree with it ("Rīgas Tehniskās
universitātes" -> "Rīgas Tehniskā universitāte") inflect; genitive modifiers stay as written.
Forms are never typed by hand: they come from ``normalize.inflect`` (``noun_forms``,
``adjective_forms``) and a reading is accepted only if generating it gives the surface back.

Offsets are half-open ``[start, end)`` into the text the tokens come from.
"""

from __future__ import annotations

import functools
from collections.abc import Container, Iterable
from dataclasses import dataclass

import regex

from ..lexicon import read_lines

#: Case preference when a form is ambiguous ("kameras": gen sg, nom/acc pl): singular first.
_CASE_ORDER = ("nom", "gen", "dat", "acc", "loc", "ins", "voc")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalpha()

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def acronym(self) -> bool:
        """ "ES", "IZM", "IeM": at least two letters, mostly upper-case."""
        t = self.text.rstrip("+")
        ups = sum(c.isupper() for c in t)
        return len(t) >= 2 and t.isalpha() and ups >= 2 and ups >= len(t) - 1


_TOKEN = regex.compile(
    r"""
      \p{L}[\p{L}\p{M}\d’'\-]*\+?    # a word (hyphenated, "Erasmus+")
    | \d+(?:[.,]\d+)*\.?            # a number, with an ordinal dot
    | [^\s\p{L}\d]                  # one punctuation character
    """,
    regex.VERBOSE,
)


def tokens(text: str) -> list[Token]:
    """Words, numbers and single punctuation characters of ``text`` with their offsets."""
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


@dataclass(frozen=True, slots=True)
class HeadReading:
    lemma: str
    case: str
    number: str  # "sg" | "pl"
    gender: str  # "m" | "f"


def lemma_gender(lemma: str) -> str:
    """Grammatical gender from the nominative ending (-a, -e, plural -es: feminine)."""
    return "f" if lemma.endswith(("a", "e", "es", "as")) else "m"


@functools.cache
def head_table(lemmas: tuple[str, ...]) -> dict[str, HeadReading]:
    """Every case form (lower-case) of the head nouns ``lemmas`` -> its preferred reading."""
    from ..normalize import inflect

    table: dict[str, HeadReading] = {}
    rank: dict[str, tuple[int, int]] = {}
    for lemma in lemmas:
        g = lemma_gender(lemma)
        plural_only = lemma.endswith("es") and g == "f"  # "pamatnostādnes"
        forms = inflect.noun_forms(lemma)
        for (case, number), form in forms.items():
            if not form:
                continue
            if plural_only and number == "sg":
                continue
            key = form.lower()
            r = (
                0 if number == "sg" or plural_only else 1,
                _CASE_ORDER.index(case) if case in _CASE_ORDER else 9,
            )
            if key not in rank or r < rank[key]:
                rank[key] = r
                table[key] = HeadReading(lemma, case, number, g)
        table.setdefault(lemma.lower(), HeadReading(lemma, "nom", "pl" if plural_only else "sg", g))
        rank.setdefault(lemma.lower(), (0, 0))
    return table


def nominative_head(reading: HeadReading, surface: str) -> str:
    """The nominative of a head noun, keeping the surface's capitalisation."""
    from ..normalize import inflect

    if reading.number == "pl" and not reading.lemma.endswith("es"):
        nom = inflect.noun_forms(reading.lemma).get(("nom", "pl"), reading.lemma)
    else:
        nom = reading.lemma
    return _same_case(nom, surface)


def _same_case(word: str, model: str) -> str:
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


@functools.cache
def _adjective_lemma(word: str, gender: str, case: str, number: str) -> str | None:
    """The masculine indefinite/definite nominative lemma of ``word`` if it is a DEFINITE
    adjective form agreeing with a head of ``gender``/``case``/``number`` (verified by
    regenerating it), else None."""
    from ..normalize import inflect

    low = word.lower()
    for k in range(1, 5):
        stem = low[:-k]
        if len(stem) < 3:
            break
        for ending in ("ais", "s", "is", "š"):
            try:
                forms = inflect.adjective_forms(stem + ending)
            except (ValueError, KeyError):
                continue
            if forms.get(("def", gender, case, number)) == low and forms.get(
                ("def", gender, "nom", number)
            ):
                return stem + ending
    return None


@functools.cache
def _adjective_nominative(word: str, gender: str, case: str, number: str) -> str | None:
    """The nominative of ``word`` if it is a DEFINITE adjective form agreeing with a head of
    ``gender``/``case``/``number`` (verified by regenerating it), else None."""
    from ..normalize import inflect

    lemma = _adjective_lemma(word, gender, case, number)
    if lemma is None:
        return None
    nom = inflect.adjective_forms(lemma).get(("def", gender, "nom", number))
    return _same_case(nom, word) if nom else None


def nominative_name(words: list[Token], head: Token, reading: HeadReading) -> str:
    """The nominative of the name ``words`` (ending with ``head``): the head, the definite
    adjectives right before it that agree with it ("Tehniskās universitātes") and capitalised
    agreeing adjectives further left ("Nacionālajā pētniecības padomē": "Nacionālā") are put in
    the nominative. A lower-case adjective before a genitive noun agrees with that noun
    ("reģionālās attīstības aģentūras") and stays, unless its form cannot agree with that noun
    ("klīnisko universitātes slimnīcu": "klīniskā")."""
    out = [w.text for w in words]
    out[-1] = nominative_head(reading, head.text)
    if reading.case == "nom":
        return " ".join(out)
    adjacent = True
    for i in range(len(words) - 2, -1, -1):
        nom = _adjective_nominative(words[i].text, reading.gender, reading.case, reading.number)
        if nom is None:
            adjacent = False
            continue
        if adjacent or words[i].capitalised or not _fits_next(words[i], words[i + 1], reading):
            out[i] = nom
    return " ".join(out)


def _fits_next(adj: Token, noun: Token, reading: HeadReading) -> bool:
    """Could ``adj`` be a genitive adjective agreeing with the genitive ``noun`` after it?
    ("reģionālās attīstības": yes; "klīnisko universitātes", "klīniskajā universitātes": no,
    so the adjective agrees with the head further right.) Judged by the noun's ending: "-s"
    singular (either gender), "-u" plural, "-a"/"-ā"/"-š" masculine singular."""
    low = noun.text.lower()
    if low.endswith("s"):
        keys = [("f", "sg"), ("m", "sg")]
    elif low.endswith("u"):
        keys = [("f", "pl"), ("m", "pl")]
    elif low.endswith(("a", "ā", "š")):
        keys = [("m", "sg")]
    else:
        return True
    from ..normalize import inflect

    lemma = _adjective_lemma(adj.text, reading.gender, reading.case, reading.number)
    if lemma is None:
        return True
    forms = inflect.adjective_forms(lemma)
    return any(forms.get(("def", g, "gen", n)) == adj.text.lower() for g, n in keys)


def agrees_with(tok: Token, reading: HeadReading) -> bool:
    """``tok`` is a definite adjective agreeing with a head of ``reading`` ("stratēģisko")."""
    return tok.is_word and (
        _adjective_nominative(tok.text, reading.gender, reading.case, reading.number) is not None
    )


#: Endings of lower-case words that can sit inside a name as genitive modifiers
#: ("Izglītības un zinātnes", "Tehniskā regulējuma", "ES fondu").
_MODIFIER_ENDINGS = ("s", "š", "u", "a", "ā")


@functools.cache
def _stopwords() -> frozenset[str]:
    return frozenset(w.casefold() for w in read_lines("lv", "name_stopwords.txt"))


def modifier_word(tok: Token, reading: HeadReading | None = None) -> bool:
    """A word that may continue a name leftwards: an acronym, a genitive-looking word
    ("Izglītības", "zinātnes", "darba", "fondu"), or a capitalised definite adjective agreeing
    with the head ("Nacionālo ... plānu"). Sentence adverbs ("Kopumā") never are."""
    if not tok.is_word or tok.text.casefold() in _stopwords():
        return False
    if tok.acronym:
        return True
    if not tok.capitalised and _nominative_s(tok.text) and tok.text[-2] != "n":
        return False  # "vadītājs": a nominative (genitives in consonant + s: "valsts", "ūdens")
    if tok.text.endswith(_MODIFIER_ENDINGS) and len(tok.text) > 2:
        return True
    if tok.text.endswith("o") and _genitive_plural_adjective(tok.text):
        return True  # "Sociālo un darba lietu": an adjective of a plural genitive modifier
    return (
        tok.capitalised
        and reading is not None
        and _adjective_nominative(tok.text, reading.gender, reading.case, reading.number)
        is not None
    )


@functools.cache
def _genitive_plural_adjective(word: str) -> bool:
    """``word`` is a definite adjective in the genitive plural ("Sociālo", "starptautisko"),
    verified by regenerating it: it agrees with a genitive plural modifier after it."""
    return any(_adjective_lemma(word, g, "gen", "pl") is not None for g in ("m", "f"))


def _plural_genitive(tok: Token, heads: Container[str]) -> bool:
    """A head noun in the genitive plural sits inside a name as a modifier ("Lauksaimnieku
    biedrību asociācija"); other head forms end one."""
    from ..normalize import inflect

    reading = heads.get(tok.text.lower()) if isinstance(heads, dict) else None
    if reading is None:
        return False
    return bool(inflect.noun_forms(reading.lemma).get(("gen", "pl")) == tok.text.lower())


def _person_before(toks: list[Token], conj: int) -> bool:
    """Does a person's name end right before the "un" at ``conj``? The word there is a
    masculine nominative ("Kalniņš", "Liepiņš", "Ozols": never a genitive modifier), or it
    follows a capitalised word that reads as a known given name ("Gunāru Vītolu")."""
    from ..normalize import inflect

    if conj < 1:
        return False
    left = toks[conj - 1]
    low = left.text.casefold()
    if left.capitalised and (low.endswith(("š", "is")) or _nominative_s(low)):
        return True
    if conj < 2 or not left.capitalised or not toks[conj - 2].capitalised:
        return False
    given = inflect.given_name_lemmas()
    return any(c in given for c in inflect.nominative_candidates(toks[conj - 2].text))


def _nominative_s(low: str) -> bool:
    """A word in -s right after a consonant other than t ("Ozols", "Vilks"): a masculine
    nominative, never the genitive modifier of a name (genitives end in -as/-es/-us/-a/-u; the
    6th-declension "valsts" ends in -ts)."""
    return len(low) > 3 and low.endswith("s") and low[-2] not in "aeiouāēīūt"


def _tight(a: Token, b: Token) -> bool:
    return a.end == b.start


def name_run(
    toks: list[Token],
    head_idx: int,
    *,
    reading: HeadReading | None = None,
    blocked: Iterable[tuple[int, int]] = (),
    heads: Container[str] = (),
    max_words: int = 8,
) -> tuple[int, list[Token]] | None:
    """The name ending at ``toks[head_idx]``: walk left over modifier words, "un" between them
    and parenthesised acronyms ("Eiropas Savienības (ES) kohēzijas politikas"), then start at
    the leftmost capitalised word. Capitalised words open a name, so no lower-case word may
    precede one ("Latvija tika pārstāvētā Centrālāzijas ..." starts at "Centrālāzijas").
    Returns (start token index, name words without the parentheses, head included) or None
    when no capitalised word opens it.

    Inside the run: definite adjectives agreeing with the head right before it, in any case
    and lower-case too ("stratēģisko plānu"); a parenthesised lower-case modifier, kept as
    written ("Budžeta un finanšu (nodokļu) komisija"); two capitalised words joined by a dash
    without spaces, one word of the name ("Latvijas–Lietuvas").

    ``reading``: the head's case, for agreeing adjectives; ``blocked``: spans a name may not
    enter (other entities' mentions); ``heads``: lower-case head-noun forms, which end a name
    and so cannot sit inside another ("ES programmas un digitālās platformas" is two phrases)."""
    spans = list(blocked)

    def is_blocked(t: Token) -> bool:
        return any(t.start < e and s < t.end for s, e in spans)

    def agrees(t: Token) -> bool:
        return reading is not None and agrees_with(t, reading)

    i = head_idx - 1
    taken: list[tuple[int, Token]] = []  # (index of the word's first token, word), right to left
    seen_capital = False
    adjacent = True  # only agreeing adjectives between here and the head so far
    while i >= 0 and len(taken) < max_words:
        t = toks[i]
        if t.text == ")" and i >= 2 and toks[i - 2].text == "(":
            inner = toks[i - 1]
            if inner.acronym:
                i -= 3  # "(ES)" inside the name is dropped from it
                continue
            if (
                not inner.capitalised
                and modifier_word(inner)
                and not is_blocked(inner)
                and i >= 3
                and modifier_word(toks[i - 3], reading)
            ):
                group = Token(toks[i - 2].start, t.end, f"({inner.text})")
                taken.append((i - 2, group))  # "(nodokļu)" stays in the name as written
                adjacent = False
                i -= 3
                continue
            break
        if is_blocked(t):
            break
        if t.text.lower() in heads and not _plural_genitive(t, heads):
            # another head ends the name, unless it is a lower-case genitive after an adjective
            # of this head: "klīniskā universitātes slimnīca"
            if t.capitalised or i == 0 or toks[i - 1].capitalised or not agrees(toks[i - 1]):
                break
        if (
            t.text in "-–—"
            and taken
            and taken[-1][1].capitalised
            and i > 0
            and _tight(toks[i - 1], t)
            and _tight(t, taken[-1][1])
            and toks[i - 1].capitalised
            and modifier_word(toks[i - 1], reading)
            and not is_blocked(toks[i - 1])
        ):
            left, (_, right) = toks[i - 1], taken.pop()
            joined = Token(left.start, right.end, left.text + t.text + right.text)
            taken.append((i - 1, joined))  # "Latvijas–Lietuvas": one word of the name
            i -= 2
            continue
        if t.text == "un" and taken and i > 0 and modifier_word(toks[i - 1], reading):
            if seen_capital and not toks[i - 1].capitalised:
                break
            if _person_before(toks, i):
                break  # "Māris Kalniņš un Jelgavas ... dome": a person, then the organisation
            taken.append((i, t))
            adjacent = False
            i -= 1
            continue
        if (
            t.text == ","
            and any(w.text == "un" for _, w in taken)
            and i > 0
            and _tight(toks[i - 1], t)
            and modifier_word(toks[i - 1], reading)
            and not is_blocked(toks[i - 1])
            and not (seen_capital and not toks[i - 1].capitalised)
        ):
            left = toks[i - 1]  # "Aizsardzības, iekšlietu un ...": a listed modifier
            taken.append((i - 1, Token(left.start, t.end, left.text + ",")))
            seen_capital = seen_capital or left.capitalised
            i -= 2
            continue
        if (
            not seen_capital
            and agrees(t)
            and (adjacent or (reading is not None and not _fits_next(t, taken[-1][1], reading)))
        ):
            seen_capital = t.capitalised
            taken.append((i, t))  # "stratēģisko plānu": an adjective agreeing with the head
            i -= 1
            continue
        if not modifier_word(t, reading) or (seen_capital and not t.capitalised):
            break
        seen_capital = seen_capital or t.capitalised
        adjacent = adjacent and agrees(t)
        taken.append((i, t))
        i -= 1
    taken.reverse()
    # start at the leftmost capitalised word (lower-case words before it are not the name)
    while taken and (not taken[0][1].capitalised or taken[0][1].text == "un"):
        taken.pop(0)
    if not taken:
        return None
    if isinstance(heads, dict) and any(
        _singular_head_agreeing(w, heads, taken[0][1]) for _, w in taken[1:]
    ):
        return None  # "ar Centrālo ... aģentūru ministrija": the name ends at the inner head
    words = [w for _, w in taken] + [toks[head_idx]]
    return taken[0][0], words


def _singular_head_agreeing(tok: Token, heads: dict[str, HeadReading], first: Token) -> bool:
    """``tok`` is a head form read as a genitive plural inside the name ("aģentūru") that also
    reads as a singular case form, and the name's first word is a definite adjective agreeing
    with that singular ("Centrālo ... aģentūru"): the words up to ``tok`` are a name of their
    own, not a modifier of the next head."""
    reading = heads.get(tok.text.lower())
    return (
        reading is not None
        and reading.number == "sg"
        and first is not tok
        and agrees_with(first, reading)
    )
