"""Latvian inflection: every case form of nouns, adjectives, noun phrases and person names, and
the inverse (a surface form -> the nominatives it may come from).

Gazetteers (countries, organisations, roles, programmes, given names) are stored once, in the
nominative; their case forms come from here, never typed by hand. The declension tables are data
(``resources/lv/inflection.json``); this module holds the logic: which paradigm a word follows,
consonant alternation, agreement of adjectives with their head noun inside a phrase.

Cases are ``nom gen dat acc ins loc voc``; numbers ``sg pl``; genders ``m f``.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..lexicon import read_json

__all__ = [
    "CASES",
    "adjective_forms",
    "given_name_lemmas",
    "name_forms",
    "nominative_candidates",
    "noun_forms",
    "person_nominative",
    "phrase_forms",
]

CASES = ("nom", "gen", "dat", "acc", "ins", "loc", "voc")
NUMBERS = ("sg", "pl")

#: Paradigms tried when reading a surface form back, the more frequent first.
_READ_ORDER = ("n1", "n4", "n1sh", "n5", "n2", "n3", "n6", "n4m", "n5m", "n2s")
#: Cases tried when reading a surface form back, the more frequent in releases first.
_VOWELS = frozenset("aāeēiīoōuū")
_LABIAL_J = frozenset({"bj", "mj", "pj", "vj", "fj"})  # alternated labials (Gulbis -> Gulbja)
_CASE_RANK = {c: i for i, c in enumerate(("nom", "gen", "dat", "acc", "loc", "ins", "voc"))}


@dataclass(frozen=True, slots=True)
class _Paradigm:
    name: str
    nom: str  # the nominative singular ending
    gender: str
    sg: tuple[str, ...]  # endings in CASES order; a leading "^" alternates the stem
    pl: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Tables:
    paradigms: dict[str, _Paradigm]
    plural_only: dict[str, str]  # nominative plural ending -> paradigm
    exceptions: tuple[tuple[str, str, bool], ...]  # (word end, paradigm, alternates), longest first
    alternations: tuple[tuple[str, str], ...]  # longest first
    name_alternations: tuple[tuple[str, str], ...]
    adjectives: dict[tuple[str, str, str], tuple[str, ...]]  # (definiteness, gender, number)
    adjective_suffixes: tuple[str, ...]
    sh_stems: tuple[str, ...]
    particles: frozenset[str]
    function_words: frozenset[str]


def _pairs(table: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    items = [(k, str(v)) for k, v in table.items() if not k.startswith("_")]
    return tuple(sorted(items, key=lambda kv: (-len(kv[0]), kv[0])))


@functools.cache
def _tables() -> _Tables:
    raw = read_json("lv", "inflection.json")
    paradigms = {
        name: _Paradigm(name, p["nom"], p["gender"], tuple(p["sg"]), tuple(p["pl"]))
        for name, p in raw["nouns"].items()
    }
    exceptions = sorted(
        (
            (k.casefold(), v[0], bool(v[1]))
            for k, v in raw["noun_exceptions"].items()
            if k[0] != "_"
        ),
        key=lambda t: (-len(t[0]), t[0]),
    )
    adjectives = {
        (d, g, n): tuple(endings)
        for d, by_gender in raw["adjectives"].items()
        if not d.startswith("_")
        for g, by_number in by_gender.items()
        for n, endings in by_number.items()
    }
    return _Tables(
        paradigms=paradigms,
        plural_only={k: v for k, v in raw["plural_only"].items() if not k.startswith("_")},
        exceptions=tuple(exceptions),
        alternations=_pairs(raw["alternations"]),
        name_alternations=_pairs(raw["name_alternations"]),
        adjectives=adjectives,
        adjective_suffixes=tuple(raw["adjective_suffixes"]["suffixes"]),
        sh_stems=tuple(raw["sh_stems"]["endings"]),
        particles=frozenset(raw["indeclinable_particles"]),
        function_words=frozenset(raw["function_words"]["words"]),
    )


# --------------------------------------------------------------------------- nouns


@dataclass(frozen=True, slots=True)
class _Reading:
    """How a nominative word declines: its paradigm, stem and whether it is plural-only."""

    paradigm: _Paradigm
    stem: str
    alternations: tuple[tuple[str, str], ...]  # empty: the stem never alternates
    plural_only: bool = False


def _alternate(stem: str, table: tuple[tuple[str, str], ...]) -> str:
    for old, new in table:
        if stem.endswith(old):
            return stem[: -len(old)] + new
    return stem


def _declinable_shape(word: str) -> bool:
    """Acronyms, numbers and words ending in a non-letter ("Erasmus+") do not decline."""
    if len(word) < 2 or not word[-1].isalpha() or not word[-2].isalpha():
        return False
    if word.isupper() or any(ch.isdigit() for ch in word):
        return False
    return True


def _classify(
    word: str,
    gender: str | None = None,
    number: str | None = None,
    *,
    name: bool = False,
    surname: bool = False,
) -> _Reading | None:
    """The declension of the nominative ``word`` (None: it does not decline). Given names in
    -is alternate only l/n (Gatis -> Gata), surnames like nouns (Lācis -> Lāča)."""
    r = _classify_ending(word, gender, number, name=name, surname=surname)
    if r is None or not r.stem or r.stem[-1].casefold() in _VOWELS:
        return None  # a declining stem ends in a consonant ("Samoa", "Andrea" do not decline)
    return r


def _classify_ending(
    word: str, gender: str | None, number: str | None, *, name: bool, surname: bool
) -> _Reading | None:
    if not _declinable_shape(word):
        return None
    t = _tables()
    p = t.paradigms
    low = word.casefold()
    alt = t.name_alternations if name and not surname else t.alternations
    if not name:
        for end, par, alternates in t.exceptions:
            if low == end or (low.endswith(end) and len(low) >= len(end) + 3):
                para = p[par]
                table = t.alternations if alternates else ()
                if low.endswith(para.pl[0]) and para.pl[0] != para.nom and end.endswith(para.pl[0]):
                    return _Reading(para, word[: -len(para.pl[0])], table, plural_only=True)
                return _Reading(para, word[: -len(para.nom)], table)
    masc = gender == "m"
    fem = gender == "f"
    if low.endswith("is"):
        if fem or number == "pl":  # "Valstis", "Cēsis": a plural of the 6th declension
            return None if name else _Reading(p["n6"], word[:-2], t.alternations, True)
        return _Reading(p["n2"], word[:-2], alt)
    if low.endswith("us"):
        return None if fem else _Reading(p["n3"], word[:-2], ())
    if low.endswith("š"):
        return None if fem else _Reading(p["n1sh"], word[:-1], ())
    if low.endswith(("as", "es")) and not name and not masc:
        plural = p[t.plural_only[low[-2:]]]  # "pamatnostādnes", "Filipīnas": plural only
        return _Reading(plural, word[:-2], t.alternations, plural_only=True)
    if low.endswith("s"):
        if fem:
            return None if name else _Reading(p["n6"], word[:-1], t.alternations)
        return _Reading(p["n1"], word[:-1], ())
    if low.endswith("a"):
        return _Reading(p["n4m" if masc else "n4"], word[:-1], ())
    if low.endswith("e"):
        return _Reading(p["n5m" if masc else "n5"], word[:-1], alt if not name else ())
    if low.endswith("i") and not name and (number == "pl" or word[0].islower()):
        return _Reading(p["n1"], word[:-1], (), plural_only=True)  # "fondi", "Tuvie Austrumi"
    return None


def _decline(r: _Reading) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    numbers = ("pl",) if r.plural_only else NUMBERS
    for number in numbers:
        endings = r.paradigm.sg if number == "sg" else r.paradigm.pl
        for case, ending in zip(CASES, endings, strict=True):
            if ending.startswith("^"):
                form = _alternate(r.stem, r.alternations) + ending[1:]
            elif not ending:
                continue  # a bare-stem vocative ("Pēter") is not a form worth matching
            else:
                form = r.stem + ending
            out[(case, number)] = form
    if r.paradigm.name == "n1" and r.stem.endswith(_tables().sh_stems) and not r.plural_only:
        out[("nom", "sg")] = r.stem + "š"  # after ļ/ņ the nominative is -š
    return out


@functools.lru_cache(maxsize=16384)
def _noun_forms(lemma: str, gender: str | None) -> dict[tuple[str, str], str]:
    words = lemma.split(" ")
    head = words[-1]
    prefix = " ".join(words[:-1]) + " " if len(words) > 1 else ""
    reading = _classify(head, gender)
    if reading is None:
        return {(c, n): lemma for n in NUMBERS for c in CASES}
    return {k: prefix + v for k, v in _decline(reading).items()}


def noun_forms(lemma: str, gender: str | None = None) -> dict[tuple[str, str], str]:
    """Every case form of the Latvian noun ``lemma``: ``(case, number) -> form``.

    The declension follows from the ending (and ``gender`` where the ending is ambiguous:
    masculine -a/-e, feminine -s). Feminine -as/-es lemmas are plural-only and give plural keys
    only; indeclinable words (acronyms, foreign words, "Erasmus+") give the lemma for every key.
    A multiword lemma inflects its last word.

    >>> noun_forms("ministrija")[("gen", "sg")]
    'ministrijas'
    >>> noun_forms("brālis")[("gen", "sg")]
    'brāļa'
    """
    return dict(_noun_forms(lemma, gender))


# --------------------------------------------------------------------------- adjectives


def _sh(stem: str) -> bool:
    return stem.endswith(_tables().sh_stems)


@functools.lru_cache(maxsize=8192)
def _adjective_forms(lemma: str) -> dict[tuple[str, str, str, str], str]:
    low = lemma.casefold()
    if low.endswith("ais"):
        stem = lemma[:-3]
    elif low.endswith("š"):
        stem = lemma[:-1]
    elif low.endswith("s") and not low.endswith(("is", "us", "as", "es", "ās", "os", "ss")):
        stem = lemma[:-1]
    else:
        raise ValueError(f"not the masculine nominative of an adjective: {lemma!r}")
    if len(stem) < 2 or not stem.isalpha():
        raise ValueError(f"not the masculine nominative of an adjective: {lemma!r}")
    t = _tables()
    out: dict[tuple[str, str, str, str], str] = {}
    for (d, g, n), endings in t.adjectives.items():
        for case, ending in zip(CASES, endings, strict=True):
            out[(d, g, case, n)] = stem + ending
    if _sh(stem):
        for case in ("nom", "voc"):
            out[("indef", "m", case, "sg")] = stem + "š"
    return out


def adjective_forms(lemma: str) -> dict[tuple[str, str, str, str], str]:
    """Every form of the adjective ``lemma`` (masculine nominative, indefinite "tehnisks" or
    definite "tehniskais"): ``(definiteness, gender, case, number) -> form``.

    Raises ``ValueError`` when ``lemma`` is not an adjective nominative.

    >>> adjective_forms("tehniskais")[("def", "f", "gen", "sg")]
    'tehniskās'
    """
    return dict(_adjective_forms(lemma))


def _adjective_reading(word: str, gender: str, number: str) -> tuple[str, str] | None:
    """(definiteness, stem) when ``word`` is a nominative adjective agreeing with a head of
    ``gender``/``number``: definite endings always, indefinite ones only on adjectival stems."""
    t = _tables()
    low = word.casefold()
    if not word.isalpha() or low in t.function_words:
        return None
    for d in ("def", "indef"):
        nom = t.adjectives[(d, gender, number)][0]
        endings = (nom, "š") if d == "indef" and gender == "m" and number == "sg" else (nom,)
        for ending in endings:
            if not low.endswith(ending) or len(low) - len(ending) < 2:
                continue
            stem = word[: -len(ending)]
            if d == "indef" and not stem.casefold().endswith(t.adjective_suffixes):
                continue
            if d == "def" and gender == "m" and number == "sg" and not low.endswith("ais"):
                continue
            return d, stem
    return None


# --------------------------------------------------------------------------- phrases


def _head_index(words: Sequence[str]) -> int | None:
    """The head noun of a nominative phrase: the rightmost word with a nominative ending (words
    after it, like a locative "... Latvijā" or "2020. gadam", stay as they are)."""
    t = _tables()
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        low = w.casefold()
        if not _declinable_shape(w) or low in t.function_words:
            continue
        if low.endswith(("os", "ās", "ēs", "īs", "ūs")):
            continue  # locative plurals
        if low.endswith(("s", "š", "a", "e", "i")):
            return i
    return None


def _phrase_number(words: Sequence[str], head: int) -> tuple[str | None, str | None]:
    """(gender, number) a plural definite adjective before the head shows ("Savienotās Valstis",
    "Tuvie Austrumi", over genitives: "Apvienotie Arābu Emirāti"), else (None, None)."""
    low = words[head].casefold()
    for j in range(head - 1, -1, -1):
        prev = words[j].casefold()
        adjacent = j == head - 1
        if adjacent or words[j][:1].isupper():
            if prev.endswith("ās") and len(prev) > 4 and low.endswith(("as", "es", "is")):
                return "f", "pl"
            if prev.endswith("ie") and len(prev) > 4 and low.endswith("i"):
                return "m", "pl"
        if not prev.endswith(("u", "as", "es", "s", "a")):
            break  # only genitive-looking modifiers are looked past
    return None, None


def _co_heads(words: Sequence[str], head: int, reading: _Reading) -> list[int]:
    """Indices of proper nouns coordinated with a capitalised head that decline alike and so
    take the same case ("Bosnija un Hercegovina")."""
    out = []
    j = head
    while j >= 2 and words[j - 1] == "un" and words[head][:1].isupper():
        r = _classify(words[j - 2])
        if r is None or r.paradigm.name != reading.paradigm.name or not words[j - 2][:1].isupper():
            break
        out.append(j - 2)
        j -= 2
    return out


def _word_forms(word: str, gender: str | None, number: str | None) -> dict[tuple[str, str], str]:
    """(case, number) -> form of a head word; a hyphenated word whose parts all decline
    inflects every part ("Gvineja-Bisava" -> "Gvinejas-Bisavas"), otherwise its last part."""
    parts = word.split("-")
    readings = [_classify(p, gender, number) for p in parts]
    if len(parts) > 1 and all(readings):
        declined = [_decline(r) for r in readings if r is not None]
        keys = set.intersection(*(set(d) for d in declined))
        return {k: "-".join(d[k] for d in declined) for k in keys}
    last = readings[-1]
    if last is None:
        return {}
    prefix = "-".join(parts[:-1]) + "-" if len(parts) > 1 else ""
    return {k: prefix + v for k, v in _decline(last).items()}


@functools.lru_cache(maxsize=16384)
def _phrase_forms(phrase: str, gender: str | None) -> dict[str, str]:
    words = phrase.split()
    if not words:
        return {}
    hi = _head_index(words)
    if hi is None:
        return {phrase: "nom"}
    g_adj, number = _phrase_number(words, hi)
    reading = _classify(words[hi].split("-")[-1], gender or g_adj, number)
    if reading is None:
        return {phrase: "nom"}
    num = "pl" if reading.plural_only else "sg"
    g = gender or g_adj or reading.paradigm.gender
    head_forms = _word_forms(words[hi], gender or g_adj, number)
    co_heads = {
        j: _word_forms(words[j], gender or g_adj, number) for j in _co_heads(words, hi, reading)
    }
    # agreeing adjectives: the contiguous run before the head ("ārkārtējais un pilnvarotais
    # vēstnieks"), and further left, over genitive modifiers, capitalised definite ones
    # ("Nacionālais attīstības plāns")
    adjectives: dict[int, tuple[str, str]] = {}
    adjacent = True
    first = min(co_heads, default=hi)
    for j in range(first - 1, -1, -1):
        w = words[j]
        if w.casefold() == "un" and adjacent and j - 1 in range(len(words)):
            continue
        a = _adjective_reading(w, g, num)
        if a is not None and (adjacent or (a[0] == "def" and w[:1].isupper())):
            adjectives[j] = a
            continue
        adjacent = False
        if w.casefold() != "un" and not w.casefold().endswith(("as", "es", "s", "u", "a")):
            break  # only genitive-looking modifiers ("finanšu un līgumu") are skipped over
    t = _tables()
    out: dict[str, str] = {phrase: "nom"}
    for case in CASES:
        head = head_forms.get((case, num))
        if head is None:
            continue
        ci = CASES.index(case)
        parts = list(words)
        parts[hi] = head
        for j, forms in co_heads.items():
            parts[j] = forms.get((case, num), words[j])
        for j, (d, stem) in adjectives.items():
            parts[j] = stem + t.adjectives[(d, g, num)][ci]
            if d == "indef" and g == "m" and num == "sg" and case in ("nom", "voc"):
                parts[j] = words[j]
        out.setdefault(" ".join(parts), case)
    return out


def phrase_forms(phrase: str, gender: str | None = None) -> dict[str, str]:
    """``form -> case`` for a nominative noun phrase: the head noun and the adjectives that agree
    with it inflect; genitive modifiers and words after the head stay. The nominative is
    included; when two cases share a form the earlier case in ``CASES`` is kept.

    >>> phrase_forms("Rīgas Tehniskā universitāte")["Rīgas Tehniskajā universitātē"]
    'loc'
    >>> phrase_forms("Amerikas Savienotās Valstis")["Amerikas Savienotajām Valstīm"]
    'dat'
    """
    return dict(_phrase_forms(phrase, gender))


# --------------------------------------------------------------------------- person names


def _name_word_gender(word: str, gender: str | None) -> str | None:
    if gender:
        return gender
    return "f" if word.casefold().endswith(("a", "e")) else "m"


def _name_part_forms(part: str, gender: str | None, surname: bool = False) -> dict[str, str] | None:
    """case -> form of one name word without hyphens (None: it does not decline)."""
    t = _tables()
    if part in t.particles or part.endswith(".") or not part[:1].isupper():
        return None
    if gender is None and part.casefold().endswith(("as", "es")):
        return None  # "-as"/"-es" is no Latvian name nominative unless known masculine
    reading = _classify(part, _name_word_gender(part, gender), "sg", name=True, surname=surname)
    if reading is None:
        return None
    forms = _decline(reading)
    if reading.paradigm.name == "n1" and part.casefold().endswith("s"):
        forms[("nom", "sg")] = part  # a name keeps its own spelling ("Burjans")
    return {c: f for (c, n), f in forms.items() if n == "sg"}


@functools.lru_cache(maxsize=16384)
def _name_forms(name: str, gender: str | None) -> dict[str, str]:
    words = name.split()
    if len(words) == 1 and "-" not in name:  # a given name or a surname alone: both readings
        out = _name_forms_of(words, gender, surname_at=-1)
        for form, case in _name_forms_of(words, gender, surname_at=0).items():
            out.setdefault(form, case)
        return out
    return _name_forms_of(words, gender, surname_at=len(words) - 1)


def _name_forms_of(words: list[str], gender: str | None, surname_at: int) -> dict[str, str]:
    """form -> case of the name ``words`` whose word ``surname_at`` is the surname."""
    name = " ".join(words)
    parts_forms: list[list[dict[str, str] | str]] = []
    declines = False
    for i, w in enumerate(words):
        pieces: list[dict[str, str] | str] = []
        for piece in w.split("-"):
            f = _name_part_forms(piece, gender, i == surname_at) if piece else None
            pieces.append(f if f is not None else piece)
            declines = declines or f is not None
        parts_forms.append(pieces)
    if not declines:
        return {name: "nom"}
    out: dict[str, str] = {name: "nom"}
    for case in CASES:
        built = []
        complete = True
        for pieces in parts_forms:
            word_parts = []
            for p in pieces:
                if isinstance(p, str):
                    word_parts.append(p)
                elif case in p:
                    word_parts.append(p[case])
                else:
                    complete = False
            built.append("-".join(word_parts))
        if complete:
            out.setdefault(" ".join(built), case)
    return out


def name_forms(name: str, gender: str | None = None) -> dict[str, str]:
    """``form -> case`` of a person name: every word inflects in the same case, hyphenated parts
    each on their own ("Kalniņa-Lukaševica" -> "Kalniņas-Lukaševicas"); initials, particles
    ("fon", "van") and foreign names that do not decline stay. A name that does not decline at
    all gives ``{name: "nom"}``. ``gender`` (``"m"``/``"f"``) settles -a/-e/-s; without it each
    word's ending decides.

    >>> name_forms("Līga Lejiņa")["Līgas Lejiņas"]
    'gen'
    >>> name_forms("Jānis Kalniņš")["Jānim Kalniņam"]
    'dat'
    """
    return dict(_name_forms(name, gender))


# --------------------------------------------------------------------------- reading back


def _unalternate(stem: str, table: tuple[tuple[str, str], ...]) -> list[str]:
    out = [stem]
    for old, new in table:
        if new != old and stem.endswith(new):
            out.append(stem[: -len(new)] + old)
    return out


@functools.lru_cache(maxsize=16384)
def _candidates(word: str) -> tuple[str, ...]:
    if not _declinable_shape(word):
        return (word,)
    t = _tables()
    low = word.casefold()
    scored: dict[str, tuple[int, int, bool, int]] = {}

    def consider(cand: str, case: str, number: str, para: _Paradigm) -> None:
        # "Rozīšs" after "Rozītis"; "Bērtuļš" after "Bērtulis" (-š follows ļ/ņ mostly in -iņš)
        # readings Latvian seldom has rank after the usual one with the same ending: "Rozīšs",
        # "Gulbjs", "Lāčs" (-s after an alternated consonant; but -ičs: Rinkēvičs) after
        # "Rozītis", "Gulbis", "Lācis";
        # "Bērtuļš" after "Bērtulis" (-š follows ļ/ņ mostly in -iņš); "Eglīsis" after "Eglītis"
        late = (
            (
                para.name == "n1"
                and (
                    cand[-2:-1] in "šž"
                    or cand[-3:-1] in _LABIAL_J
                    or (cand[-2:-1] == "č" and cand[-3:-2] != "i")
                )
            )
            or (para.name == "n1sh" and not cand.endswith("iņš"))
            or (para.name == "n2" and cand.endswith("sis"))
        )
        rank = (NUMBERS.index(number), _CASE_RANK[case], late, _READ_ORDER.index(para.name))
        if cand not in scored or rank < scored[cand]:
            scored[cand] = rank

    for name in _READ_ORDER:
        para = t.paradigms[name]
        for number in NUMBERS:
            endings = para.sg if number == "sg" else para.pl
            for case, ending in zip(CASES, endings, strict=True):
                bare = ending.lstrip("^")
                if not bare or not low.endswith(bare) or len(low) - len(bare) < 2:
                    continue
                stem = word[: -len(bare)]
                if stem[-1:].casefold() in _VOWELS:
                    continue  # a Latvian noun stem ends in a consonant
                stems = _unalternate(stem, t.alternations) if ending.startswith("^") else [stem]
                for s in stems:
                    noms = [s + para.nom]
                    if number == "pl" and para.pl[0].lstrip("^") != para.nom:
                        noms.append(s + para.pl[0].lstrip("^"))  # a plural-only lemma
                    for nom in noms:
                        if nom.endswith("s") and para.name == "n1" and _sh(s):
                            continue  # "Kalniņs" is not Latvian: "Kalniņš" is read by n1sh
                        if para.name == "n1sh" and not _sh(s):
                            continue
                        if _verifies(nom, word, para):
                            consider(nom, case, number, para)
    ordered = sorted(scored, key=lambda c: (scored[c], c))
    return tuple(ordered) if ordered else (word,)


def _verifies(nominative: str, word: str, para: _Paradigm) -> bool:
    """Does ``nominative``, declined in ``para``, give ``word``? (Noun or name alternation.)"""
    t = _tables()
    low = nominative.casefold()
    for plural_only in (False, True):
        end = para.pl[0].lstrip("^") if plural_only else para.nom
        if not low.endswith(end) or len(low) <= len(end):
            continue
        stem = nominative[: -len(end)]
        for table in (t.alternations, t.name_alternations, ()):
            r = _Reading(para, stem, table, plural_only)
            if word in _decline(r).values() or (word == nominative and not plural_only):
                return True
    return False


def nominative_candidates(word: str) -> list[str]:
    """The nominatives ``word`` may be a form of, the most likely first (singular readings
    before plural ones, then nominative, genitive, dative, accusative ...; frequent
    declensions first). Every candidate is verified: declining it gives ``word`` back. An
    indeclinable word gives itself.

    >>> nominative_candidates("Kalniņam")[0]
    'Kalniņš'
    """
    return list(_candidates(word))


@functools.cache
def _given_names() -> dict[str, str]:
    from ..lexicon import read_tsv

    return {row["name"]: row["gender"] for row in read_tsv("lv", "given_names.tsv")}


@functools.cache
def given_name_lemmas() -> frozenset[str]:
    """The given names of the lexicon (``resources/lv/given_names.tsv``), nominative."""
    return frozenset(_given_names())


def _given_name_gender(words: Sequence[str]) -> str | None:
    """The gender of the first word that reads as a known given name ("Līgu" -> Līga -> f)."""
    given = _given_names()
    for w in words:
        for cand in _candidates(w):
            if cand in given:
                return given[cand]
    return None


def _typical(nominative: str, gender: str | None) -> bool:
    """Does a name nominative end as names of ``gender`` do (m: -s/-š, f: -a/-e)? Any does
    when the gender is unknown; a word that does not decline always does."""
    if gender is None or _name_part_forms(nominative, gender) is None:
        return True
    low = nominative.casefold()
    return low.endswith(("s", "š")) if gender == "m" else low.endswith(("a", "e"))


def person_nominative(words: str | Sequence[str], gender: str | None = None) -> str:
    """A person name as written ("Līgas Lejiņas", or its words) back to the nominative: every
    declining word is read in the one case most of them support (ties: the more frequent case).

    >>> person_nominative("Zandas Kalniņas-Lukaševicas")
    'Zanda Kalniņa-Lukaševica'
    """
    ws = words.split() if isinstance(words, str) else list(words)
    gender = gender or _given_name_gender(ws)
    given = _given_names()
    readings: list[list[dict[str, str]]] = []  # per word, per hyphen part: case -> nominative
    votes: dict[str, int] = {}
    for wi, w in enumerate(ws):
        parts = []
        # the last word of a longer name is the surname (nouns' alternation: "Lāča" -> Lācis);
        # a word alone may be either
        styles = (wi == len(ws) - 1,) if len(ws) > 1 else (False, True)
        for piece in w.split("-"):
            options: dict[str, str] = {}
            cands = [c for c in _candidates(piece) if piece and _typical(c, gender)]
            cands.sort(key=lambda c: c not in given)
            for cand in cands:  # a known given name first ("Kārli" -> Kārlis, not "Kārle")
                for surname in styles:
                    for case, form in (_name_part_forms(cand, gender, surname) or {}).items():
                        if form == piece:
                            options.setdefault(case, cand)
            for case in options:
                votes[case] = votes.get(case, 0) + 1
            parts.append(options)
        readings.append(parts)
    if not votes:
        return " ".join(ws)
    best = min(votes, key=lambda c: (-votes[c], _CASE_RANK[c]))
    out = []
    for w, parts in zip(ws, readings, strict=True):
        pieces = w.split("-")
        out.append("-".join(o.get(best, p) for p, o in zip(pieces, parts, strict=True)))
    return " ".join(out)
