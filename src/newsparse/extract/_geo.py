"""Shared machinery of the country and region extractors: gazetteer rows -> every case form,
the gazetteers, and the filters that decide whether a gazetteer hit is a place.

Forms are generated, never typed: ``normalize.inflect.phrase_forms`` for a name phrase, one
case at a time over the parts of a coordinated name ("Bosnija un Hercegovina" ->
"Bosnijas un Hercegovinas", "Gvineja-Bisava" -> "Gvinejas-Bisavas"), and the plural paradigm
for capitalised masculine plurals in -i ("Balkāni", "Apvienotie Arābu Emirāti"), which the
phrase rules read as indeclinable foreign words.

Filters (rule ids in the docs and tests; ``Country``/``Region`` carry no rule field):

- ``geo.capital``: a Latvian hit must start with a capital letter (place names are capitalised
  in Latvian; "latviešu" never reaches the gazetteer, and a lower-case hit is a common word);
- ``geo.caution_word``: a name that is also a common word ("Gana" = "enough", "Malta" =
  "ground") is not taken at the start of a sentence, where the capital says nothing;
- ``geo.caution_given``: a name that is also a given name ("Dominika") is not taken right
  before or after another capitalised word (a person's name);
- ``geo.block``: a listed phrase holding a place word but naming something else ("Baltijas
  jūra", "New Jersey") wins as the longer match and is dropped.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from ..lexicon import read_tsv
from ..normalize.inflect import CASES, adjective_forms, noun_forms, phrase_forms

if TYPE_CHECKING:  # the gazetteer module is imported on first use
    from ..gazetteer import Gazetteer


@dataclass(frozen=True, slots=True)
class GeoEntry:
    """One place of a gazetteer: ``key`` is the ISO code (countries) or the canonical name
    (regions); ``name`` the canonical name reported."""

    key: str
    name: str
    kind: str  # "name" | "alt" | "abbr" | "region" | "block"
    caution: str = ""  # "" | "word" | "given"

    @property
    def block(self) -> bool:
        return self.kind == "block"


@dataclass(frozen=True, slots=True)
class GeoHit:
    """A gazetteer payload: the entry, the case of the form that matched (None: as written) and,
    for an abbreviation in a case-insensitive gazetteer, the exact surface it must have."""

    entry: GeoEntry
    case: str | None
    exact: str | None = None


@dataclass(frozen=True, slots=True)
class GeoMatch:
    start: int
    end: int
    text: str
    entry: GeoEntry
    case: str | None


# --------------------------------------------------------------------------- forms

_COORD = regex.compile(r" un |-")


def _case_forms(part: str, gender: str | None) -> dict[str, str]:
    """case -> form of one nominative (part of a) name, every case present."""
    forms = noun_forms(part, gender or None)
    number = "sg" if ("nom", "sg") in forms else "pl"
    return {case: forms.get((case, number), part) for case in CASES}


def _plural_masc_forms(lemma: str) -> dict[str, str] | None:
    """Forms of a capitalised masculine plural in -i ("Balkāni", "Apvienotie Arābu Emirāti"):
    the head declines as a plural noun, plural definite adjectives ("-ie") before it agree."""
    words = lemma.split(" ")
    head = words[-1]
    if not (head[:1].isupper() and head.endswith("i") and len(head) > 3):
        return None
    head_forms = noun_forms(head[0].lower() + head[1:], "m")  # lower-case: a plural reading
    if ("nom", "pl") not in head_forms or ("nom", "sg") in head_forms:
        return None
    adjs: dict[int, dict[tuple[str, str, str, str], str]] = {}
    for i, w in enumerate(words[:-1]):
        if w[:1].isupper() and w.endswith("ie") and len(w) > 4:
            try:
                adjs[i] = adjective_forms(w[:-2] + "ais")
            except ValueError:
                continue
    out: dict[str, str] = {}
    for case in CASES:
        parts = list(words)
        parts[-1] = head[0] + head_forms[(case, "pl")][1:]
        for i, forms in adjs.items():
            parts[i] = forms[("def", "m", case, "pl")]
        out.setdefault(" ".join(parts), case)
    return out


def name_forms(lemma: str, inflect: str = "", gender: str = "") -> dict[str, str]:
    """``form -> case`` of a nominative place name (the nominative included; when two cases
    share a form the earlier case is kept). ``inflect``: "" generate, "no" as written, "each"
    coordinated parts inflected together."""
    if inflect == "no":
        return {lemma: "nom"}
    if inflect == "each":
        seps = _COORD.findall(lemma)
        parts = _COORD.split(lemma)
        per_part = [_case_forms(p, gender) for p in parts]
        out: dict[str, str] = {lemma: "nom"}
        for case in CASES:
            built = per_part[0][case]
            for sep, forms in zip(seps, per_part[1:], strict=True):
                built += sep + forms[case]
            out.setdefault(built, case)
        return out
    plural = _plural_masc_forms(lemma)
    if plural is not None:
        return plural
    forms = phrase_forms(lemma, gender or None)
    forms.setdefault(lemma, "nom")
    return forms


def case_table(lemma: str, inflect: str = "", gender: str = "") -> dict[str, str]:
    """case -> form for all seven cases. ``name_forms`` lists a form once, under the earliest
    case; a case it leaves out has the form of the case it coincides with in Latvian
    (accusative plural = nominative for feminine plurals, instrumental = accusative in the
    singular and dative in the plural, vocative = nominative)."""
    by_case: dict[str, str] = {}
    for form, case in name_forms(lemma, inflect, gender).items():
        by_case.setdefault(case, form)
    head = regex.split(r"[ -]", lemma)[-1]
    paradigm = noun_forms(head[:1].lower() + head[1:], gender or None)
    plural = ("nom", "sg") not in paradigm
    fallback = {"ins": "dat" if plural else "acc"}
    out: dict[str, str] = {}
    for case in CASES:
        c = case
        while c not in by_case:
            c = fallback.get(c, "nom")
        out[case] = by_case[c]
    return out


# --------------------------------------------------------------------------- gazetteers


@dataclass(frozen=True, slots=True)
class GeoLexicon:
    names: Gazetteer[GeoHit]  # every form (Latvian: case-insensitive; English: as written)
    entries: tuple[GeoEntry, ...]


def _rows(lang: str, file: str) -> tuple[dict[str, str], ...]:
    return read_tsv(lang, file)


def _build(
    lang: str,
    items: Iterable[tuple[GeoEntry, str, str, str]],  # (entry, lemma, inflect, gender)
) -> GeoLexicon:
    from ..gazetteer import Gazetteer  # built on first use

    names: list[tuple[str, GeoHit]] = []
    abbrs: list[tuple[str, GeoHit]] = []  # one trie for all: abbreviations checked exactly
    entries: list[GeoEntry] = []
    for entry, lemma, inflect, gender in items:
        entries.append(entry)
        if entry.kind == "abbr":
            abbrs.append((lemma, GeoHit(entry, None, exact=lemma)))
        elif lang == "lv":
            for form, case in name_forms(lemma, inflect, gender).items():
                names.append((form, GeoHit(entry, case)))
        else:
            names.append((lemma, GeoHit(entry, None)))
    return GeoLexicon(
        names=Gazetteer.build(names + abbrs, inflect=False, case_sensitive=lang != "lv", lang=lang),
        entries=tuple(entries),
    )


def geo_lang(lang: str | None) -> str:
    """The resource language used for a document language (English for "en", else Latvian)."""
    return "en" if lang == "en" else "lv"


@functools.cache
def country_lexicon(lang: str = "lv") -> GeoLexicon:
    """Countries of ``countries.tsv`` (``lv`` or ``en``), every form, built once."""
    canonical: dict[str, str] = {}
    rows = _rows(lang, "countries.tsv")
    for row in rows:
        if row["kind"] == "name":
            canonical.setdefault(row["code"], row["lemma"])
    items = [
        (
            GeoEntry(
                key=row["code"],
                name=canonical.get(row["code"], row["lemma"]),
                kind=row["kind"],
                caution=row.get("caution", ""),
            ),
            row["lemma"],
            row.get("inflect", ""),
            row.get("gender", ""),
        )
        for row in rows
    ]
    return _build(lang, items)


@functools.cache
def region_lexicon(lang: str = "lv") -> GeoLexicon:
    """Regions of ``regions.tsv`` (``lv`` or ``en``), every form, built once."""
    items = []
    for row in _rows(lang, "regions.tsv"):
        name = row.get("canonical") or row["lemma"]
        items.append(
            (
                GeoEntry(key=name, name=name, kind=row["kind"], caution=row.get("caution", "")),
                row["lemma"],
                row.get("inflect", ""),
                row.get("gender", ""),
            )
        )
    return _build(lang, items)


# --------------------------------------------------------------------------- matching

_WORD = regex.compile(r"\p{L}[\p{L}\p{M}’'\-]*")
_SENT_START = regex.compile(r"(?:^|[.!?…:;]|\n)[\s\p{Pi}\p{Ps}„“\"'«*\-–—•\d.)]*$")


def sentence_initial(text: str, pos: int) -> bool:
    """``pos`` opens a sentence or a line (after quotes, bullets or a list number)."""
    return _SENT_START.search(text, max(0, pos - 40), pos) is not None


def _given_name_context(text: str, m: GeoMatch, others: Sequence[GeoMatch]) -> bool:
    """A capitalised word (not itself a place) right before or after the match."""
    after = _WORD.match(text, m.end + 1) if text[m.end : m.end + 1] == " " else None
    if after and after.group()[:1].isupper() and not any(o.start == after.start() for o in others):
        return True
    before = text[: m.start]
    if before.endswith(" "):
        prev = regex.search(r"(\p{L}[\p{L}\p{M}’'\-]*) $", before)
        if prev and prev.group(1)[:1].isupper() and not sentence_initial(text, prev.start(1)):
            return not any(o.end == prev.end(1) for o in others)
    return False


def find_places(
    lex: GeoLexicon, text: str, lang: str, skip: Sequence[tuple[int, int]] = ()
) -> list[GeoMatch]:
    """Place mentions of ``text``: gazetteer hits after the capital, caution and block filters,
    non-overlapping, sorted by start."""
    skip_list = list(skip) or None
    found = [
        GeoMatch(g.start, g.end, g.text, g.payload.entry, g.payload.case)
        for g in lex.names.find(text, skip=skip_list)
        if g.payload.exact is None or g.text == g.payload.exact  # abbreviations as written
    ]
    out: list[GeoMatch] = []
    for m in found:
        if m.entry.block:
            continue
        if lang == "lv" and not m.text[:1].isupper():
            continue  # geo.capital
        if m.entry.caution == "word" and sentence_initial(text, m.start):
            continue  # geo.caution_word
        if m.entry.caution == "given" and _given_name_context(text, m, found):
            continue  # geo.caution_given
        out.append(m)
    return out
