"""People: named persons, their role (``title``) and organisation, merged within a release.

Pipeline position: after ``organizations`` and ``countries`` (their mention spans are never
persons and give the organisation of a role); ``quotes`` later marks people as quoted.

How a person is found (rule ids in brackets, kept on the internal candidates):

- ``people.given_name``: a known given name (``resources/lv/given_names.tsv``, any case form but
  the locative) followed by a capitalised surname: "Annas Kalniņas", "ar Jāni Bērziņu".
- ``people.initial``: an initial before a surname: "A. Kalniņa", "J.Bērziņš"; its case read
  from the surname's ending (an alternated masculine genitive "K. Ozoliņa-Lāča", -as/-es
  feminine genitives) or from a reported-speech frame after it ("pēc J. Kalniņa teiktā").
- ``people.role_before``: a role (``roles.tsv``) right before two capitalised words, for names the
  lexicon does not know: "prezidentu Žerāru Lemuānu", "Prime Minister of Estonia, Kadri
  Tamm"; the role's case and gender read the name. A place ("vēstnieks Francijā X") or a
  scope ("padomnieks Eiropas lietās X", ``role_scopes.txt``) may stand between them.
- ``people.surname_shape`` (English): an unknown given name before a surname its ending marks.
- ``people.original_spelling``: a name followed by its original spelling in parentheses,
  "Marku Dibuā (Marc Dubois)"; the parenthesis itself is not a person.
- ``people.surname``: a later surname-only mention of a person already found ("Kalniņa uzsvēra");
  a form two people's surnames share goes to the one whose nominative it is.

Name shapes: hyphenated surnames ("Kalniņa-Ozola") and given names ("Anna-Marija"), lower-case
particles ("Ursula fon der Leiena", ``name_particles.txt``), initials with or without a space.
Not names: organisation, country, region and programme mentions, capitalised words from
``person_stopwords.txt``, and a name in the genitive inside the name of a street, school or
prize ("Krišjāņa Barona ielā", ``name_heads.txt``).

Latvian specifics: names inflect. The case and gender of a known given name (or of the role word
before the name, which agrees with it) fix how the surname is read back to the nominative:
"ministram Jānim Bērziņam" -> "Jānis Bērziņš", "direktori Nadiju Karimu-Benaui" -> "Nadija
Karima-Benaui".
Indeclinable foreign names ("Dibuā", "Rossi" in the nominative) stay as written, and so does a
foreign word that cannot be in the case the given names or the role show ("vēstnieka Takeši
Ogavas", "vēstnieces Helēnas Barbozu"; an unknown first given name before a known one,
"vēstnieka Renē Pjēra Lefevra"); after a role up to three unknown words in its case form a name
("prezidentu Žerāru Ivu Lemuānu"). A masculine
genitive with consonant alternation reads back with the shared inflection ("Lāča" -> "Lācis");
``surname_genitives.tsv`` decides the endings where that ranks a rarer nominative first
("Eglīša" -> "Eglītis", not Eglīsis); a surname written in the nominative later decides an
ambiguous earlier reading ("Jāni Liepu" ... "Jānis Liepa").

Roles: ``title`` is the nominative lemma of the role row that matched ("valsts sekretāre"), with
the field words before a field role ("izglītības un zinātnes ministre"; a field may have an
agreeing adjective, "nacionālās aizsardzības", ``role_field_adjectives.tsv``, and fields may
stack, "veselības aizsardzības"). A role under another role keeps that role in the genitive, as
written, before its own lemma ("ārlietu ministra vietnieks", "ģenerālsekretāra vietniece",
"valsts sekretāra p.i.": ``role_dependents.tsv``). ``organization`` comes from an
organisation mention right before the role (the genitive chain "Izglītības un zinātnes
ministrijas valsts sekretāre", "ES īpašais pārstāvis"), from the ministry of a field title when
the text names that ministry (not after a foreign country named earlier in the sentence), from a
coordinated role in the same case sharing it ("biedrības prezidentu X un direktori Y"; never a
title that names its own office, "Valsts prezidents"), or from an institution visited in the same
clause ("apmeklēja ... ministriju un tikās ar atbildīgo sekretāru ...").

English roles: the title as written with at most one field complement ("Minister of Foreign
Affairs"; listed fields in ``en/role_fields.txt`` end the title, so a name may follow without a
comma), "of the Ministry of ..." / "of the Foreign Affairs Committee" as the organisation (as
the organisations extractor names it), "of/to/in <country>" dropped ("Ambassador of Latvia to
Japan"); a "Minister of X" belongs to the "Ministry of X" the text names for the minister's
country ("Lithuanian Minister of Health" -> "Ministry of Health of Lithuania"; Latvia's own
ministry is named without the country). English names: a surname its ending marks
(``en/surname_endings.txt``: "Dalia Butkutė") needs no known given name; acronyms in
parentheses are no original spelling ("World Food Programme (WFP)").

Offsets: every mention is a half-open ``[start, end)`` span into ``adoc.text``.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import regex

from ..document import AnnotatedDoc
from ..lexicon import read_lines, read_tsv
from ..model import Person, Span
from ..normalize import inflect

# --------------------------------------------------------------------------- grammar tables

#: Cases whose forms are the same word in the singular (accusative = instrumental).
_SAME_CASE = {"acc": "acc", "ins": "acc"}

#: Name endings (Latvian) plausible for (gender, case); used to check that a word the lexicon
#: does not know can be a name in the case the role or given name before it shows.
_CASE_ENDINGS: dict[tuple[str, str], tuple[str, ...]] = {
    ("m", "nom"): ("s", "š", "e", "a"),  # "a": masculine surnames of the 4th declension (Liepa)
    ("m", "gen"): ("a", "us", "es", "as"),
    ("m", "dat"): ("am", "im", "um", "em"),
    ("m", "acc"): ("u", "i"),
    ("f", "nom"): ("a", "e"),
    ("f", "gen"): ("as", "es"),
    ("f", "dat"): ("ai", "ei"),
    ("f", "acc"): ("u", "i"),
}

#: Endings of a genitive that no Latvian nominative has ("Sorbonnas universitātē" after a name
#: in the nominative is no third name word).
_GENITIVE_ONLY = ("as", "es", "ās", "ēs")

#: Nominative endings of each gender (a candidate nominative must have one, or be indeclinable).
_NOM_ENDINGS = {"m": ("s", "š", "e", "a"), "f": ("a", "e")}
#: The far more frequent of them, tried first when a form could come from several nominatives.
_NOM_ENDINGS_USUAL = {"m": ("s", "š"), "f": ("a", "e")}

#: Last-resort readings back to the nominative when the shared candidates do not confirm one:
#: (gender, case) -> ordered (oblique ending, nominative ending).
_FALLBACK: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {
    ("m", "gen"): (("ņa", "ņš"), ("es", "e"), ("a", "s")),
    ("m", "dat"): (("ņam", "ņš"), ("am", "s"), ("im", "is"), ("um", "us"), ("em", "e")),
    ("m", "acc"): (("ņu", "ņš"), ("u", "s"), ("i", "is")),
    ("f", "gen"): (("as", "a"), ("es", "e")),
    ("f", "dat"): (("ai", "a"), ("ei", "e")),
    ("f", "acc"): (("u", "a"), ("i", "e")),
}

#: Foreign names Latvian does not decline: a final -o/-y/-é, a vowel pair no Latvian ending has
#: ("Benaui", "Dibuā"), or a final consonant other than s/š/m.
_INDECLINABLE = regex.compile(r"(?:[oöyéü]|ui|oi|ou|eu|au|uā|oā|[bcdfghjklnprtvzčģķļņžx])$")

# --------------------------------------------------------------------------- token shapes

_NAME_TOKEN = regex.compile(
    r"""
    (?P<initial>(?<![\p{L}\p{N}.])\p{Lu}\.(?=[ \u00a0]?\p{Lu}\p{Ll}))  # "J." before a name
  | (?P<word>(?<![\p{L}\p{N}])
        \p{Lu}\p{Ll}+                      # Kalniņa
        (?:\p{Lu}\p{Ll}+)?                 # McDonald
        (?:['’]\p{Lu}\p{Ll}+)?             # O'Brien
        (?:[-‐]\p{Lu}\p{Ll}+)*             # Kalniņa-Ozola
        (?![\p{L}\p{N}]))
    """,
    regex.VERBOSE,
)
#: What may separate two tokens of one name: a space (none after an initial's dot: "J.Bērziņš").
_NAME_GAP = regex.compile(r"[ \u00a0]{1,2}")
#: "(Marc Dubois)", "(Иванов Пётр Сергеевич)": the original spelling after a name; an acronym
#: alone ("(WFP)") is none (some word has lower case).
_ORIGINAL = regex.compile(
    r"[ \u00a0]*\((?=[^)]*\p{Ll})(?:\p{Lu}[\p{L}'’.]*(?:[-‐]\p{L}+)*[ \u00a0]?){1,4}\)",
    regex.VERBOSE,
)
#: A capitalised word in the locative between a role and a name ("pārstāvis Centrālāzijā X").
_LOCATIVE_WORD = regex.compile(r"\p{Lu}\p{Ll}+(?:ā|ē|ī|os|ās|ēs|ū)(?![\p{L}\p{N}])[ \u00a0]+")
#: Between an organisation mention and its role: an acronym in parentheses, a closing quote and
#: at most one capitalised sub-unit in the genitive ("(EBRD) Inovāciju centra").
_ORG_ROLE_GAP = regex.compile(
    r"""
    [„“”"«»]?\s*
    (?:\([\p{Lu}\p{N}&.\- ]{1,15}\)\s*)?              # (EBRD)
    (?:\p{Lu}\p{Ll}+(?:as|es|us|a|u)                     # a capitalised genitive head
       (?:\s+\p{Ll}+(?:as|es|us|a|u)){0,2}\s+)?          # and its genitive words
    \Z""",
    regex.VERBOSE,
)
#: "... ministriju un tikās ar" between a visited organisation and the role of the person met.
_VISIT_GAP = regex.compile(
    r"\s*,?\s*(?:un\s+)?(?:tikās|tiekas|tiksies|tikties|sarunājās|runāja|tikšanās)\s+ar\s+\Z"
)
#: Between the previous person (of a coordinated pair) and the next role: "(Original) un".
_COORD_GAP = regex.compile(r"(?:[ \u00a0]*\([^()\n]{1,60}\))?\s*(?:,|\s+un|,\s*un)\s+\Z")
#: Apposition after a name: "Anna Kalniņa, IZM valsts sekretāre, ..." (the role then follows).
_APPOSITION_COMMA = regex.compile(r"\s*,\s*")
_APPOSITION_END = regex.compile(r"\s*(?:[,.;:)]|\s+un\s|\Z)")
#: English complement after a role: "of Foreign Affairs", "of the Ministry of ...", "of Latvia".
_EN_CAPS = r"\p{Lu}[\p{L}'’-]*(?:[ \u00a0]+(?:and[ \u00a0]+|&[ \u00a0]+)?\p{Lu}[\p{L}'’-]*)*"
_EN_COMPLEMENT = regex.compile(
    rf"[ \u00a0]+(?P<prep>of|for|to|in)[ \u00a0]+(?:the[ \u00a0]+)?(?P<phrase>{_EN_CAPS})"
)
#: An organisation's own "of ..." parts: "Ministry of Foreign Affairs", "Embassy of Latvia in ...".
_EN_ORG_TAIL = regex.compile(rf"(?:[ \u00a0]+(?:of|for|in)[ \u00a0]+(?:the[ \u00a0]+)?{_EN_CAPS})*")
_EN_ORG_HEADS = regex.compile(
    r"\b(?:Ministry|Embassy|Council|Commission|Parliament|Government|Office|Agency|Department|"
    r"University|Bank|Secretariat|Saeima|Seimas|Riigikogu|Chancellery|Mission|Delegation|"
    r"Committee|Board|Assembly|Institute|Court|Fund|Union|Organi[sz]ation|Authority|Service|"
    r"Academy|Foundation|Association|Chamber|Corporation)\b"
)
_SENTENCE_BREAK = regex.compile(r"[.!?]\s+(?=[\p{Lu}„“\"«])|\n\s*\n")
_SPACES = regex.compile(r"\s+")
_COMMA_SPACING = regex.compile(r"\s*,\s*")
_GAP_LV = regex.compile(r"[ \u00a0]+")
_GAP_EN = regex.compile(r",?[ \u00a0]+")
_NAME_HEAD_AFTER = regex.compile(r"(?:[ \u00a0]+\p{Lu}\p{Ll}+){0,3}[ \u00a0]+(\p{Ll}+)")
_NAME_HEAD_AFTER_CAPS = regex.compile(r"[ \u00a0]+\p{Lu}")
_PARTICLE_PREFIX = regex.compile(r"(?:\p{Ll}+[ \u00a0])+")
_HYPHEN = regex.compile(r"[-‐]")


# --------------------------------------------------------------------------- resources


@dataclass(frozen=True, slots=True)
class NameReading:
    """One reading of a given-name surface: its nominative, gender and case."""

    lemma: str
    gender: str
    #: None: an indeclinable name, any case
    case: str | None


@dataclass(frozen=True, slots=True)
class RoleReading:
    """One reading of a role surface (Latvian surfaces are ambiguous: "vadītāja" is the feminine
    nominative and the masculine genitive)."""

    title: str
    gender: str | None
    case: str | None
    field: bool
    #: False: a word that introduces a name without being a title ("kolēģi", "counterpart")
    titled: bool = True


@dataclass(frozen=True, slots=True)
class RoleMatch:
    """A role word (phrase) found in the text; ``title`` includes the field words before it."""

    start: int
    end: int
    readings: tuple[RoleReading, ...]
    field_text: str | None = None
    #: English: the organisation named in an "of the Ministry of ..." complement.
    organization: str | None = None
    #: English: where the role phrase with its complements ends (a name may follow).
    tail: int | None = None

    def title_for(self, reading: RoleReading) -> str:
        return f"{self.field_text} {reading.title}" if self.field_text else reading.title

    @property
    def title(self) -> str:
        return self.title_for(self.readings[0])

    @property
    def gender(self) -> str | None:
        genders = {r.gender for r in self.readings}
        return genders.pop() if len(genders) == 1 else None


@dataclass(frozen=True, slots=True)
class _RoleLexicon:
    #: first word of a surface -> the word counts of the surfaces it opens, longest first
    first_words: dict[str, tuple[int, ...]]
    index: dict[str, tuple[RoleReading, ...]]
    field_pattern: regex.Pattern[str] | None
    field_forms: dict[str, str]
    field_word: regex.Pattern[str]


def _alternation(words: Iterable[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@functools.cache
def _given_names() -> dict[str, tuple[NameReading, ...]]:
    """Surface (as written) -> readings, for every case form of every lexicon given name except
    the locative and vocative (a person is hardly named in them, and "Augustā" is a month)."""
    index: dict[str, list[NameReading]] = {}
    for row in read_tsv("lv", "given_names.tsv"):
        name, gender = row["name"], row["gender"]
        forms = dict(inflect.name_forms(name, gender))
        if set(forms) <= {name}:  # indeclinable ("Fransuā", "Hugo"): any case
            index.setdefault(name, []).append(NameReading(name, gender, None))
            continue
        forms.setdefault(name, "nom")
        for form, case in forms.items():
            if case in ("loc", "voc"):
                continue
            reading = NameReading(name, gender, _SAME_CASE.get(case, case))
            index.setdefault(form, [])
            if reading not in index[form]:
                index[form].append(reading)
        # a nominative that equals another case form stays readable as the nominative
        nom = NameReading(name, gender, "nom")
        if nom not in index[name]:
            index[name].insert(0, nom)
    return {k: tuple(v) for k, v in index.items()}


@functools.cache
def _stopwords(lang: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in read_lines(lang, "person_stopwords.txt"))


@functools.cache
def _name_heads() -> frozenset[str]:
    return frozenset(read_lines("lv", "name_heads.txt"))


@functools.cache
def _roles(lang: str) -> _RoleLexicon:
    """The role lexicon of ``lang``: every surface (case-folded, words joined by one space) ->
    its readings."""
    index: dict[str, list[RoleReading]] = {}

    def add(surface: str, reading: RoleReading) -> None:
        lst = index.setdefault(surface.casefold(), [])
        if reading not in lst:
            lst.append(reading)

    if lang == "lv":
        for row in read_tsv("lv", "roles.tsv"):
            lemma, gender = row["lemma"], row["gender"]
            takes_field = row.get("field", "") == "yes"
            forms = dict(inflect.phrase_forms(lemma))
            forms.setdefault(lemma, "nom")
            # nominative first: an ambiguous surface prefers it
            for form, case in sorted(forms.items(), key=lambda kv: kv[1] != "nom"):
                if case in ("loc", "voc"):
                    continue
                add(form, RoleReading(lemma, gender, _SAME_CASE.get(case, case), takes_field))
        for row in read_tsv("lv", "name_introducers.tsv"):
            lemma, gender = row["lemma"], row["gender"]
            for form, case in inflect.phrase_forms(lemma).items():
                if case not in ("loc", "voc"):
                    add(form, RoleReading(lemma, gender, _SAME_CASE.get(case, case), False, False))
        fields = read_lines("lv", "role_fields.txt")
        field_alt = _alternation([f.casefold() for f in fields])
        # a field: an agreeing adjective may qualify it ("nacionālās aizsardzības"); fields are
        # joined by "un", a comma or nothing ("veselības aizsardzības", a genitive chain)
        unit = rf"(?:{_field_adjective()}\s+)?(?:{field_alt})"
        field_pattern: regex.Pattern[str] | None = regex.compile(
            rf"(?<![\p{{L}}\p{{N}}])(?:{unit}(?:\s*,\s*|\s+un\s+|\s+))*{unit}\s+\Z",
            regex.IGNORECASE,
        )
        field_forms = {f.casefold(): f for f in fields}
        field_word = regex.compile(rf"(?<![\p{{L}}])(?:{field_alt})(?![\p{{L}}])", regex.IGNORECASE)
    else:
        for row in read_tsv(lang, "roles.tsv"):
            add(row["title"], RoleReading(row["title"], None, None, row.get("of", "") == "yes"))
        for word in read_lines(lang, "name_introducers.txt"):
            add(word, RoleReading(word, None, None, False, False))
        field_pattern, field_forms, field_word = None, {}, regex.compile(r"(?!)")
    first: dict[str, set[int]] = {}
    for key in index:
        words = key.split()
        first.setdefault(words[0], set()).add(len(words))
    first_words = {w: tuple(sorted(n, reverse=True)) for w, n in first.items()}
    return _RoleLexicon(
        first_words, {k: tuple(v) for k, v in index.items()}, field_pattern, field_forms, field_word
    )


@functools.cache
def _field_adjective() -> str:
    """Pattern of an adjective qualifying a field word, agreeing with the word after it
    (``lv/role_field_adjectives.tsv``: "nacionālās" before "-as", "sociālo" before "-u")."""
    alts = []
    for row in read_tsv("lv", "role_field_adjectives.tsv"):
        nouns = "|".join(regex.escape(e) for e in row["noun_endings"].split())
        alts.append(
            rf"\p{{Ll}}+{regex.escape(row['ending'])}"
            rf"(?=\s+\p{{Ll}}+(?:{nouns})(?![\p{{L}}\p{{N}}]))"
        )
    return "(?:" + "|".join(alts) + ")"


# --------------------------------------------------------------------------- name grammar


@functools.lru_cache(maxsize=8192)
def _name_forms(name: str, gender: str | None) -> dict[str, str]:
    """Form -> case of a name (shared inflection), cached: surnames recur within a batch."""
    return dict(inflect.name_forms(name, gender))


@functools.lru_cache(maxsize=8192)
def _surname_forms(surname: str, gender: str | None) -> dict[str, str]:
    """Form -> case of a surname (shared inflection: a surname in -is alternates like a noun,
    "Lācis" -> "Lāča"), particles kept ("fon der Leiena")."""
    prefix, core = _split_particles(surname)
    if prefix:  # "fon der Leiena": the particles stay, the surname itself inflects
        return {prefix + f: c for f, c in _surname_forms(core, gender).items()}
    return _name_forms(surname, gender)


@functools.lru_cache(maxsize=8192)
def _candidates_of(word: str) -> tuple[str, ...]:
    """Nominatives a word form may come from, most likely first (shared inflection), cached."""
    return tuple(inflect.nominative_candidates(word))


def _indeclinable(word: str) -> bool:
    return bool(_INDECLINABLE.search(word))


#: Final letters of a foreign name word Latvian writes without declining it: plain vowels
#: ("Takeši", "Barbozu"); before a known given name also "ē", which otherwise marks a locative
#: ("Renē Pjērs", but "vēstnieks Vīnē Bērziņš"; "-ā", "-ī", "-ū" stay locatives: "Ženēvā").
_INVARIANT_END = regex.compile(r"[aeiouy]$")
_INVARIANT_END_STRONG = regex.compile(r"[aeiouyē]$")


def _invariant_shape(word: str, strong: bool) -> bool:
    return bool((_INVARIANT_END_STRONG if strong else _INVARIANT_END).search(word))


def _unknown_first_given(
    ctx: _Context, group: list[_Token], k: int, role: RoleMatch | None
) -> bool:
    """An unknown word right after a role, before a known given name and a surname: a first
    given name ("vēstnieka Renē Pjēra Lefevra")."""
    if ctx.lang != "lv" or role is None or k + 2 >= len(group):
        return False
    tok, nxt = group[k], group[k + 1]
    return (
        not tok.initial
        and not nxt.initial
        and bool(_given_readings(nxt.text, ctx.lang))
        and (
            _invariant_shape(tok.text, True)
            or any(_fits(tok.text, r.gender, r.case) for r in role.readings)
        )
        and not _is_stop(tok.text, ctx.lang)
        and not ctx.is_blocked(tok.start, tok.end)
    )


def _fits(word: str, gender: str | None, case: str | None) -> bool:
    """Can ``word`` (not in the lexicon) be a name of ``gender`` in ``case``?"""
    if _indeclinable(word) or case is None:
        return True
    if case == "nom" and word.endswith("i"):
        return True  # no Latvian nominative ends in -i: a foreign name kept as is ("Rossi")
    genders = (gender,) if gender else ("m", "f")
    return any(word.endswith(_CASE_ENDINGS.get((g, case), ())) for g in genders)


def _nominative_word(word: str, gender: str | None, case: str | None) -> str:
    """One name word (no hyphen) back to the nominative, given the gender and case it is in."""
    if case in (None, "nom") or _indeclinable(word):
        return word
    genders = (gender,) if gender else ("m", "f")
    if case == "gen" and "m" in genders:
        alternated = _surname_genitive(word)
        if alternated is not None:
            return alternated
    cands = _candidates_of(word)
    for g in genders:
        # the usual nominative endings of the gender first: "Bērziņu" is Bērziņš before Bērziņa
        for endings in (_NOM_ENDINGS_USUAL[g], _NOM_ENDINGS[g]):
            for cand in cands:
                if cand != word and not _indeclinable(cand) and not cand.endswith(endings):
                    continue
                forms = _name_forms(cand, g)
                got = forms.get(word)
                if got is not None and _SAME_CASE.get(got, got) == case:
                    return str(cand)
    for g in genders:
        for old, new in _FALLBACK.get((g, case), ()):
            if word.endswith(old) and len(word) > len(old) + 1:
                return word[: -len(old)] + new
    return word


@functools.cache
def _surname_genitive_rows() -> tuple[tuple[str, str], ...]:
    return tuple((r["genitive"], r["nominative"]) for r in read_tsv("lv", "surname_genitives.tsv"))


def _surname_genitive(word: str) -> str | None:
    """The nominative of a masculine genitive the ending decides where the shared reading
    prefers a rarer one ("Eglīša" -> "Eglītis", not Eglīsis; ``surname_genitives.tsv``), when
    that nominative declines back to ``word``."""
    for gen, nom in _surname_genitive_rows():
        if word.endswith(gen) and len(word) > len(gen) + 1:
            cand = word[: -len(gen)] + nom
            if _surname_forms(cand, "m").get(word) == "gen":
                return cand
            return None
    return None


def _alternated_genitive(word: str) -> bool:
    """Is ``word`` the genitive of a masculine surname in -is with consonant alternation
    ("Lāča", "Gulbja", "Zālīša"; not "Gata")?"""
    nom = _surname_genitive(word) or next(
        (
            c
            for c in _candidates_of(word)
            if c.endswith(("s", "š")) and _surname_forms(c, "m").get(word) == "gen"
        ),
        None,
    )
    return nom is not None and nom.endswith("is") and word[:-1] != nom[:-2]


def name_nominative(word: str, gender: str | None, case: str | None) -> str:
    """A name word, hyphenated parts each on their own ("Kalniņas-Ozolas" ->
    "Kalniņa-Ozola"), particles kept ("fon der Leienu" -> "fon der Leiena"), back to
    the nominative."""
    prefix, core = _split_particles(word)
    return prefix + "-".join(_nominative_word(p, gender, case) for p in _HYPHEN.split(core))


def _guess_case(word: str, gender: str | None = None) -> tuple[str | None, str | None]:
    """(gender, case) guessed from the ending of a name word read without context; a
    nominative-looking ending wins ("Kalniņa" is read as the feminine nominative)."""
    if _indeclinable(word):
        return gender, "nom"
    if gender in (None, "m") and any(_alternated_genitive(p) for p in _HYPHEN.split(word)):
        return "m", "gen"  # "Ozoliņa-Lāča": no nominative alternates (Lācis -> Lāča)
    if word.endswith(("as", "es")) and gender in (None, "f"):
        return "f", "gen"  # no Latvian nominative ends in -as/-es ("Kalniņas-Ozolas")
    if word.endswith(("s", "š")) and gender in (None, "m"):
        return "m", "nom"
    if word.endswith(("a", "e")) and gender in (None, "f"):
        return "f", "nom"
    best: tuple[int, str | None, str | None] = (0, gender, None)
    for (g, c), endings in _CASE_ENDINGS.items():
        for ending in endings:  # the longest ending decides ("-ai" before "-i")
            if (
                c != "nom"
                and gender in (None, g)
                and word.endswith(ending)
                and len(ending) > best[0]
            ):
                best = (len(ending), g, c)
    return best[1], best[2]


@functools.cache
def _genitive_frame() -> regex.Pattern[str]:
    """A reported-speech frame word after a name in the genitive ("teiktā", "vārdiem"; the
    words of ``lv/reported_frames.tsv``)."""
    words = _alternation(r["word"] for r in read_tsv("lv", "reported_frames.tsv"))
    return regex.compile(rf"[ \u00a0]+(?:{words})(?![\p{{L}}\p{{N}}])", regex.IGNORECASE)


def _before_genitive_frame(text: str, end: int) -> bool:
    return _genitive_frame().match(text, end) is not None


def _genitive_gender(word: str) -> tuple[str | None, str | None]:
    """(gender, "gen") of a surname known to be in the genitive: -as/-es feminine, -a (the
    masculine genitive of -s/-š/-is) masculine."""
    if _indeclinable(word):
        return None, "nom"
    if word.endswith(("as", "es")):
        return "f", "gen"
    if word.endswith("a"):
        return "m", "gen"
    return _guess_case(word)


def _surname_gender(surname: str) -> str | None:
    if surname.endswith(("s", "š")):
        return "m"
    if surname.endswith(("a", "e")):
        return "f"
    return None


# --------------------------------------------------------------------------- document context


@dataclass(slots=True)
class _Context:
    """Per-document views the rules share: spans that are never names, org mentions, roles."""

    adoc: AnnotatedDoc
    lang: str
    blocked: list[tuple[int, int]]
    org_mentions: list[tuple[int, int, str]]
    places: list[tuple[int, int]]
    roles: list[RoleMatch]
    #: mentions of countries other than Latvia
    foreign: list[tuple[int, int]] = field(default_factory=list)
    role_before: dict[int, RoleMatch] = field(default_factory=dict)
    org_names: dict[str, str] | None = None  # casefolded organisation name -> name

    def is_blocked(self, start: int, end: int) -> bool:
        return self.adoc.skipped(start, end) or any(s < end and start < e for s, e in self.blocked)

    def org_ending_at(self, pos: int) -> tuple[int, int, str] | None:
        """The organisation mention whose end is ``pos`` or separated from it by a gap that a
        genitive chain allows ("(EBRD) Inovāciju centra")."""
        best = None
        for s, e, name in self.org_mentions:
            if e <= pos and pos - e <= 80 and _ORG_ROLE_GAP.match(self.adoc.text[e:pos]):
                # the nearest end wins, then the longest mention ("Igaunijas ... ministrijas")
                if best is None or (e, -s) > (best[1], -best[0]):
                    best = (s, e, name)
        return best

    def place_at(self, pos: int) -> int | None:
        """End of a place phrase (country/region mention or a locative word) starting at pos."""
        for s, e in self.places:
            if s == pos:
                m = _GAP_LV.match(self.adoc.text, e)
                return m.end() if m else None
        m = _LOCATIVE_WORD.match(self.adoc.text, pos) or _role_scope().match(self.adoc.text, pos)
        return m.end() if m else None


@functools.cache
def _role_scope() -> regex.Pattern[str]:
    """A role's scope between it and the name: one to three genitive words and a locative head
    of ``lv/role_scopes.txt`` ("padomnieks Eiropas lietās X", "vietniece finanšu jautājumos X")."""
    heads = _alternation(read_lines("lv", "role_scopes.txt"))
    return regex.compile(
        rf"(?:\p{{L}}+(?:as|es|u|a|us|ās|ēs)[ \u00a0]+){{1,3}}(?:{heads})[ \u00a0]+(?=\p{{Lu}})"
    )


def _mentions_of(items: Any) -> list[tuple[int, int, str]]:
    out = []
    for item in items or ():
        for m in getattr(item, "mentions", ()):
            out.append((m.start, m.end, str(getattr(item, "name", m.text))))
    return out


def _context(adoc: AnnotatedDoc) -> _Context:
    lang = "en" if adoc.language == "en" else "lv"
    res = adoc.results
    orgs = _mentions_of(res.get("organizations"))
    countries = _mentions_of(res.get("countries"))
    regions = _mentions_of(res.get("regions"))
    programmes = _mentions_of(res.get("programmes"))
    blocked = [(s, e) for s, e, _ in (*orgs, *countries, *regions, *programmes)]
    places = sorted((s, e) for s, e, _ in (*countries, *regions))
    ctx = _Context(adoc, lang, blocked, sorted(orgs), places, [])
    ctx.foreign = [
        (m.start, m.end)
        for c in res.get("countries") or ()
        if getattr(c, "code", None) != "LV"
        for m in getattr(c, "mentions", ())
    ]
    ctx.roles = find_roles(adoc, ctx)
    for r in ctx.roles:
        pos = r.tail if r.tail is not None else r.end
        gap = (_GAP_LV if lang == "lv" else _GAP_EN).match(adoc.text, pos)
        if not gap:
            continue
        ctx.role_before.setdefault(gap.end(), r)
        if lang == "lv":
            after_place = ctx.place_at(gap.end())
            if after_place is not None:
                ctx.role_before.setdefault(after_place, r)
    return ctx


# --------------------------------------------------------------------------- roles


def find_roles(adoc: AnnotatedDoc, ctx: _Context | None = None) -> list[RoleMatch]:
    """Every role word or phrase in the text, sorted by start (field words and, in English,
    "of ..." complements included). Used by ``quotes`` to resolve "ministrs norāda"."""
    lang = "en" if adoc.language == "en" else "lv"
    if lang == "lv" or ctx is None:  # the document context plays no part: people and quotes
        return list(_find_roles_cached(lang, adoc.text, tuple(adoc.skip_spans)))  # share it
    return _find_roles(adoc, lang, ctx)


@functools.lru_cache(maxsize=16)
def _find_roles_cached(
    lang: str, text: str, skip: tuple[tuple[int, int], ...]
) -> tuple[RoleMatch, ...]:
    # only the text and the skipped spans are read
    adoc = AnnotatedDoc(text=text, doc=None, language=lang, skip_spans=list(skip))  # type: ignore[arg-type]
    return tuple(_find_roles(adoc, lang, None))


def _find_roles(adoc: AnnotatedDoc, lang: str, ctx: _Context | None) -> list[RoleMatch]:
    lex = _roles(lang)
    text = adoc.text
    out: list[RoleMatch] = []
    skip_until = -1  # a role word that a composed role (".. ministra vietnieks") took in
    for m_start, m_end, key in _role_spans(text, lex):
        if adoc.skipped(m_start, m_end) or m_start < skip_until:
            continue
        readings = lex.index[key]
        start, field_text = m_start, None
        if lang == "lv" and lex.field_pattern is not None and any(r.field for r in readings):
            fm = lex.field_pattern.search(text, max(0, start - 120), start)
            if fm:
                field_text = _canonical_field(fm.group(), lex.field_forms, lex.field_word)
                start = fm.start()
                readings = tuple(r for r in readings if r.field) or readings
        if lang == "en":
            out.append(_english_role(adoc, m_start, m_end, readings, ctx))
            continue
        dependent = _dependent_role(text, m_start, m_end, readings)
        if dependent is not None and not adoc.skipped(m_end, dependent.end):
            skip_until = dependent.end
            out.append(RoleMatch(start, dependent.end, dependent.readings, field_text))
        else:
            out.append(RoleMatch(start, m_end, readings, field_text))
    return out


@dataclass(frozen=True, slots=True)
class _Dependent:
    end: int
    readings: tuple[RoleReading, ...]


@functools.cache
def _dependents() -> tuple[regex.Pattern[str], dict[str, tuple[RoleReading, ...]]]:
    """Role words that keep a genitive role before them (``lv/role_dependents.tsv``): a pattern
    matching any of their surfaces after a space, and the readings of each surface (case-folded,
    an abbreviation without spaces)."""
    index: dict[str, list[RoleReading]] = {}
    alts: list[str] = []
    for row in read_tsv("lv", "role_dependents.tsv"):
        lemma = row["lemma"]
        gender = row["gender"] if row["gender"] in ("m", "f") else None
        if "." in lemma:  # an abbreviation: any case and gender, spaces after its periods free
            index.setdefault(lemma.casefold(), []).append(RoleReading(lemma, gender, None, False))
            parts = [regex.escape(p) for p in lemma.split(".") if p]
            alts.append(r"\.[ \u00a0]?".join(parts) + r"\.")
            continue
        for form, case in inflect.phrase_forms(lemma, gender).items():
            if case in ("loc", "voc"):
                continue
            reading = RoleReading(lemma, gender, _SAME_CASE.get(case, case), False)
            lst = index.setdefault(form.casefold(), [])
            if reading not in lst:
                lst.append(reading)
            alts.append(regex.escape(form).replace(r"\ ", r"[ \u00a0]+"))
    alt = "|".join(sorted(set(alts), key=lambda a: (-len(a), a)))
    pattern = regex.compile(rf"[ \u00a0]+(?P<dep>{alt})(?![\p{{L}}\p{{N}}])", regex.IGNORECASE)
    return pattern, {k: tuple(v) for k, v in index.items()}


def _dependent_role(
    text: str, start: int, end: int, readings: tuple[RoleReading, ...]
) -> _Dependent | None:
    """A role in the genitive followed by a role word that keeps it ("ģenerālsekretāra
    vietnieks", "ministres padomniece", "valsts sekretāra p.i."): the readings of the composed
    title, "<genitive role as written> <dependent lemma>"."""
    if not any(r.case == "gen" and r.titled for r in readings):
        return None
    pattern, index = _dependents()
    m = pattern.match(text, end)
    if m is None:
        return None
    key = _SPACES.sub(" ", m.group("dep")).casefold()
    deps = index.get(key) or index.get(key.replace(" ", ""), ())
    if not deps:
        return None
    head = _SPACES.sub(" ", text[start:end])
    if readings[0].title[:1].islower():  # "Ministra vietnieks" opening a sentence
        head = head[:1].lower() + head[1:]
    composed = tuple(RoleReading(f"{head} {d.title}", d.gender, d.case, False) for d in deps)
    return _Dependent(m.end(), composed)


#: A word: letters and digits, inner hyphens and apostrophes ("Vice-President", "d'Affaires").
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*")


def _role_spans(text: str, lex: _RoleLexicon) -> list[tuple[int, int, str]]:
    """(start, end, lexicon key) of every role surface in ``text``, longest first at each word,
    left to right without overlaps; the words of a surface may be separated by any spacing but
    a blank line. A possessive "'s" is not part of the word ("the Minister's")."""
    words = [(m.start(), m.end(), m.group().casefold()) for m in _WORD.finditer(text)]
    out: list[tuple[int, int, str]] = []
    i, n = 0, len(words)
    while i < n:
        sizes = lex.first_words.get(words[i][2])
        if sizes is None and words[i][2].endswith(("'s", "’s")):
            sizes = lex.first_words.get(words[i][2][:-2])
        hit = None
        for size in sizes or ():  # longest first
            if i + size > n or not all(
                _joined(text, words[j][1], words[j + 1][0]) for j in range(i, i + size - 1)
            ):
                continue
            key = " ".join(w for _, _, w in words[i : i + size])
            end = words[i + size - 1][1]
            if key not in lex.index and key.endswith(("'s", "’s")):
                key, end = key[:-2], end - 2
            if key in lex.index:
                hit = (words[i][0], end, key, size)
                break
        if hit is None:
            i += 1
            continue
        out.append(hit[:3])
        i += hit[3]
    return out


def _joined(text: str, a_end: int, b_start: int) -> bool:
    """Two words of one phrase: only spacing between them, no blank line."""
    gap = text[a_end:b_start]
    return bool(gap) and gap.isspace() and gap.count("\n") < 2


def _canonical_field(surface: str, forms: dict[str, str], pattern: regex.Pattern[str]) -> str:
    """Field words as listed ("izglītības un zinātnes", "Eiropas lietu"), other words (adjectives,
    "un") in lower case, spacing normalised."""
    text = _SPACES.sub(" ", surface.strip())
    parts = []
    last = 0
    for m in pattern.finditer(text):
        parts += [text[last : m.start()].lower(), forms.get(m.group().casefold(), m.group())]
        last = m.end()
    parts.append(text[last:].lower())
    return str(_COMMA_SPACING.sub(", ", "".join(parts)))


def _english_role(
    adoc: AnnotatedDoc,
    m_start: int,
    m_end: int,
    readings: tuple[RoleReading, ...],
    ctx: _Context | None,
) -> RoleMatch:
    """An English role with its complements: at most one "of/for <field>" kept in the title
    (roles marked ``of``; the field read from ``en/role_fields.txt`` where listed, so that a name
    may follow it: "Minister of Finance John Smith"), "of the Ministry of ..." as the
    organisation, "of/to/in <place>" dropped ("Ambassador of Latvia to Japan")."""
    text = adoc.text
    title_end, pos, org = m_end, m_end, None
    took_field = False
    while True:
        c = _EN_COMPLEMENT.match(text, pos)
        if not c:
            break
        p_start, p_end = c.span("phrase")
        place = _place_end(ctx, p_start)
        if place is not None:  # "of Latvia", "to Japan", "in Washington"
            pos = place
            continue
        prep = c.group("prep").casefold()
        is_org = bool(_EN_ORG_HEADS.search(c.group("phrase"))) or (
            ctx is not None and any(s <= p_start < e for s, e, _ in ctx.org_mentions)
        )
        wants_field = (
            not is_org
            and readings[0].field
            and prep in ("of", "for")
            and not took_field
            and title_end == m_end
        )
        if not is_org and not wants_field and prep not in ("of", "for"):
            break  # "to"/"in" + something that is not a place: not the role's complement
        field_m = _en_fields().match(text, p_start) if wants_field else None
        cut = None
        mention = _org_mention_at(ctx, p_start) if is_org else None
        if field_m is not None:
            p_end = field_m.end()
        elif mention is not None and mention[0] >= p_end:
            # a known organisation: its name as found ("the Ministry of Foreign Affairs of
            # Latvia": the mention ends before "of Latvia", which the next step drops)
            p_end = mention[0]
        else:
            if is_org:
                # "the European Council Charles Michel": the organisation ends before the name
                ends = [
                    x
                    for x in (_org_mention_end(ctx, p_start), _after_org_head(text, p_start, p_end))
                    if x is not None and x < p_end
                ]
                if ends:
                    p_end = cut = max(ends)
                else:
                    tail = _EN_ORG_TAIL.match(text, p_end)
                    p_end = tail.end() if tail else p_end
            # a name may follow without a comma: "... of Tourism Jānis Bērziņš"
            cut = cut or _first_given_name(text, p_start, p_end)
            if cut is not None:
                p_end = cut
                while text[p_end - 1].isspace():
                    p_end -= 1
        if is_org:
            org = org or (mention[1] if mention is not None and mention[0] == p_end else None)
            org = org or text[p_start:p_end].strip()
        elif wants_field:
            title_end, took_field = p_end, True
        pos = p_end
        if cut is not None:
            break
    while title_end > m_end and text[title_end - 1].isspace():
        title_end -= 1
    title = _SPACES.sub(" ", text[m_start:title_end])
    reading = RoleReading(title, None, None, False, readings[0].titled)
    return RoleMatch(m_start, title_end, (reading,), None, org, pos)


def _org_mention_at(ctx: _Context | None, pos: int) -> tuple[int, str] | None:
    """(end, name) of the longest organisation mention starting at ``pos``."""
    if ctx is None:
        return None
    found = [(e, name) for s, e, name in ctx.org_mentions if s == pos]
    return max(found, key=lambda x: x[0]) if found else None


def _org_mention_end(ctx: _Context | None, pos: int) -> int | None:
    """End of the longest organisation mention starting at ``pos``."""
    if ctx is None:
        return None
    return max((e for s, e, _ in ctx.org_mentions if s == pos), default=None)


#: Two or three capitalised words (a name) ending a phrase.
_EN_NAME_TAIL = regex.compile(r"(?:[ \u00a0]+\p{Lu}[\p{L}'’-]*){2,3}\Z")


def _after_org_head(text: str, start: int, end: int) -> int | None:
    """In an English organisation phrase run together with a name ("European Council Charles
    Michel"), the end of the last organisation head word when two or three capitalised words
    follow it."""
    heads = list(_EN_ORG_HEADS.finditer(text, start, end))
    if not heads:
        return None
    last = heads[-1].end()
    return last if _EN_NAME_TAIL.match(text, last, end) else None


def _place_end(ctx: _Context | None, pos: int) -> int | None:
    """End of a country or region mention starting at ``pos``."""
    if ctx is None:
        return None
    return next((e for s, e in ctx.places if s == pos), None)


@functools.cache
def _en_fields() -> regex.Pattern[str]:
    """English ministerial fields ("Foreign Affairs", "Education and Science"), longest first,
    ending at a word boundary."""
    alt = _alternation(read_lines("en", "role_fields.txt"))
    return regex.compile(rf"(?:{alt})(?![\p{{L}}\p{{N}}-])", regex.IGNORECASE)


def _first_given_name(text: str, start: int, end: int) -> int | None:
    """Start of the first word in ``text[start:end]`` that is a known given name (nominative)
    or stands before a surname its ending marks ("Dalia Butkutė"), not at ``start`` itself:
    where an English role's complement gives way to a name."""
    prev: regex.Match[str] | None = None
    for m in _NAME_TOKEN.finditer(text, start, end):
        if m.start() > start and _given_readings(m.group(), "en"):
            return int(m.start())
        if prev is not None and prev.start() > start and _surname_shaped(m.group()):
            return int(prev.start())
        prev = m
    return None


@functools.cache
def _surname_endings() -> tuple[str, ...]:
    return tuple(read_lines("en", "surname_endings.txt"))


def _surname_shaped(word: str) -> bool:
    """A word whose ending marks it as a surname (``en/surname_endings.txt``: "-ienė", "-aitė")."""
    return len(word) > 5 and word.endswith(_surname_endings())


def _role_reading(role: RoleMatch, gender: str | None, case: str | None) -> RoleReading | None:
    """The reading of ``role`` that agrees with a name of ``gender`` in ``case`` (any reading when
    the name's case is unknown, or in English)."""
    for r in role.readings:
        if r.case is None:
            return r
        if (gender is None or r.gender == gender) and (case is None or r.case == case):
            return r
    return None


# --------------------------------------------------------------------------- candidates


@dataclass(slots=True)
class _Token:
    start: int
    end: int
    text: str
    initial: bool


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    givens: list[str]
    surname: str
    gender: str | None
    rule: str
    title: str | None = None
    organization: str | None = None
    role: RoleMatch | None = None
    role_reading: RoleReading | None = None
    surface: str = ""
    #: gender read from a known given name or an agreeing role (not guessed from an ending)
    firm_gender: bool = False
    #: the case the name is written in, as read (None: unknown)
    case: str | None = None

    @property
    def full_givens(self) -> list[str]:
        return [g for g in self.givens if not g.endswith(".")]


def _token_groups(text: str, lang: str) -> list[list[_Token]]:
    """Runs of capitalised words and initials separated by one space (none after an initial).
    Lower-case surname particles between two words join the later one ("Ursula fon der
    Leiena": tokens "Ursula", "fon der Leiena")."""
    groups: list[list[_Token]] = []
    particles = _particle_gap(lang)
    for m in _NAME_TOKEN.finditer(text):
        tok = _Token(m.start(), m.end(), m.group(), m.group("initial") is not None)
        if groups:
            prev = groups[-1][-1]
            gap = text[prev.end : tok.start]
            if (prev.initial and gap == "") or _NAME_GAP.fullmatch(gap):
                groups[-1].append(tok)
                continue
            p = particles.fullmatch(gap) if not prev.initial else None
            if p is not None:
                start = prev.end + p.start("particles")
                groups[-1].append(_Token(start, tok.end, text[start : tok.end], False))
                continue
        groups.append([tok])
    return groups


@functools.cache
def _particles(lang: str) -> tuple[str, ...]:
    return tuple(read_lines(lang, "name_particles.txt"))


@functools.cache
def _particle_gap(lang: str) -> regex.Pattern[str]:
    alt = _alternation(_particles(lang))
    return regex.compile(rf"[ \u00a0](?P<particles>(?:(?:{alt})[ \u00a0]){{1,3}})")


def _split_particles(word: str, lang: str = "lv") -> tuple[str, str]:
    """("fon der ", "Leienu") for a surname token with particles, ("", word) otherwise."""
    if " " not in word and "\u00a0" not in word:
        return "", word
    m = _PARTICLE_PREFIX.match(word)
    if m is None or not set(m.group().split()) <= set(_particles(lang)):
        return "", word
    return m.group(), word[m.end() :]


def _is_stop(word: str, lang: str, *, inflected: bool = True) -> bool:
    stop = _stopwords(lang)
    word = _split_particles(word, lang)[1]
    if word.casefold() in stop:
        return True
    if lang == "lv" and inflected:
        return any(c.casefold() in stop for c in _candidates_of(word))
    return False


def _given_readings(word: str, lang: str) -> tuple[NameReading, ...]:
    readings = _given_names().get(word, ()) or _hyphenated_given(word)
    if lang == "en":  # English text writes names in the nominative
        return tuple(r for r in readings if r.case == "nom" and r.lemma == word)
    return readings


@functools.lru_cache(maxsize=4096)
def _hyphenated_given(word: str) -> tuple[NameReading, ...]:
    """ "Annas-Marijas": every part a given name of one gender and case -> "Anna-Marija"."""
    parts = _HYPHEN.split(word)
    if len(parts) < 2:
        return ()
    index = _given_names()
    options = [index.get(p, ()) for p in parts]
    if not all(options):
        return ()
    out = []
    for first in options[0]:
        lemmas = [first.lemma]
        for rest in options[1:]:
            same = next(
                (
                    r
                    for r in rest
                    if r.gender == first.gender
                    and (r.case == first.case or None in (r.case, first.case))
                ),
                None,
            )
            if same is None:
                break
            lemmas.append(same.lemma)
        else:
            out.append(NameReading("-".join(lemmas), first.gender, first.case))
    return tuple(out)


def _followed_by_original(text: str, end: int) -> int | None:
    m = _ORIGINAL.match(text, end)
    return m.end() if m else None


def _names_a_place(cand: _Candidate, text: str) -> bool:
    """A name that is part of the name of a street, school, prize ...: "Krišjāņa Barona ielā",
    "K. Valdemāra ielā"; in the genitive also with capitalised words between ("Jāņa Kalna Rīgas
    Mākslas vidusskolas"). A name read firmly in the nominative is the subject ("Anna Liepa
    skolā tikās ...")."""
    m = _NAME_HEAD_AFTER.match(text, cand.end)
    if not m or m.group(1) not in _name_heads():
        return False
    if not _NAME_HEAD_AFTER_CAPS.match(text, cand.end, m.start(1)):  # the head right after
        return not (cand.case == "nom" and cand.firm_gender)
    return cand.case == "gen"


def _candidates(ctx: _Context) -> list[_Candidate]:
    text, lang = ctx.adoc.text, ctx.lang
    out: list[_Candidate] = []
    originals: list[tuple[int, int]] = []
    for group in _token_groups(text, lang):
        i = 0
        while i < len(group):
            if any(s <= group[i].start < e for s, e in originals):
                i += 1
                continue
            cand, nxt = _name_at(ctx, group, i)
            if (
                cand is None
                or ctx.is_blocked(cand.start, cand.end)
                or (lang == "lv" and _names_a_place(cand, text))
            ):
                i += 1
                continue
            orig_end = _followed_by_original(text, cand.end)
            if orig_end is not None:
                originals.append((cand.end, orig_end))
            out.append(cand)
            i = nxt
    return out


def _name_at(ctx: _Context, group: list[_Token], i: int) -> tuple[_Candidate | None, int]:
    """A person name starting at ``group[i]`` and the index after it, or (None, i)."""
    lang, text = ctx.lang, ctx.adoc.text
    role = ctx.role_before.get(group[i].start)
    # given names / initials, at most three
    k = i
    givens: list[str] = []
    readings: list[tuple[NameReading, ...]] = []
    while k < len(group) and len(givens) < 3:
        tok = group[k]
        if tok.initial:
            givens.append(tok.text)
            readings.append(())
        elif (r := _given_readings(tok.text, lang)) and not _is_stop(
            tok.text, lang, inflected=False
        ):
            givens.append(tok.text)
            readings.append(r)
        elif k == i and _unknown_first_given(ctx, group, k, role):
            # "vēstnieka Renē Pjēra Lefevra": a foreign first given name the lexicon does not
            # know, before one it knows
            givens.append(tok.text)
            readings.append(())
        else:
            break
        k += 1
    if givens and k < len(group) and not group[k].initial:
        sur = group[k]
        if _is_stop(sur.text, lang) and not _given_readings(sur.text, lang):
            return None, i
        rule = "people.given_name" if any(readings) else "people.initial"
        cand = _build(ctx, group[i : k + 1], givens, readings, sur, role, rule)
        if cand is not None and cand.role is None and not readings[0] and givens[0][-1] != ".":
            return None, i  # the unknown first word is not a name in the role's case
        return cand, k + 1
    if givens and len(givens) >= 2 and not group[k - 1].initial and any(readings[:-1]):
        # "Anna Marija" with no further word: the last given-name-shaped word is the surname
        sur = group[k - 1]
        return _build(
            ctx, group[i:k], givens[:-1], readings[:-1], sur, role, "people.given_name"
        ), k
    if givens:
        return None, i
    # an English text: a surname its ending marks ("Dalia Butkutė") after an unknown given name
    if (
        lang == "en"
        and i + 1 < len(group)
        and not group[i].initial
        and _surname_shaped(group[i + 1].text)
        and not _is_stop(group[i].text, lang)
    ):
        rule = "people.surname_shape"
        return _build(ctx, group[i : i + 2], [group[i].text], [()], group[i + 1], role, rule), i + 2
    # a name the lexicon does not know: two capitalised words after a role or before "(Orig)"
    if i + 1 < len(group) and not group[i + 1].initial:
        first, sur = group[i], group[i + 1]
        after = sur.end
        if i + 2 < len(group) and lang == "en":
            after = group[i + 2].end  # English middle names: "John Paul Smith" -> keep three
        original = _followed_by_original(text, sur.end) is not None
        if (
            (role is not None or original)
            and not _is_stop(first.text, lang)
            and not _is_stop(sur.text, lang)
        ):
            if lang == "en" and after != sur.end and not _is_stop(group[i + 2].text, lang):
                return (
                    _build(
                        ctx,
                        group[i : i + 3],
                        [first.text, sur.text],
                        [(), ()],
                        group[i + 2],
                        role,
                        "people.role_before",
                    ),
                    i + 3,
                )
            rule = "people.role_before" if role is not None else "people.original_spelling"
            if lang == "lv" and i + 2 < len(group):
                # "prezidentu Žanu Klodu Junkeru": three words that all read in the role's case
                third = group[i + 2]
                cand = None
                if not third.initial and not _is_stop(third.text, lang):
                    if not ctx.is_blocked(third.start, third.end):
                        cand = _build(
                            ctx,
                            group[i : i + 3],
                            [first.text, sur.text],
                            [(), ()],
                            third,
                            role,
                            rule,
                        )
                if (
                    cand is not None
                    and (role is None or cand.role is not None)
                    and _fits(third.text, cand.gender, cand.case)
                    and _fits(sur.text, cand.gender, cand.case)
                    and not (cand.case == "nom" and third.text.endswith(_GENITIVE_ONLY))
                ):
                    return cand, i + 3
            cand = _build(ctx, group[i : i + 2], [first.text], [()], sur, role, rule)
            if cand is not None:
                return cand, i + 2
    # surname alone right after a role: "ministrs Bērziņš", "Foreign Minister Eglītis"
    if role is not None and len(group) == i + 1 and not _is_stop(group[i].text, lang):
        cand = _build(ctx, group[i : i + 1], [], [], group[i], role, "people.role_before")
        if cand is not None and cand.role is not None:
            return cand, i + 1
    return None, i


def _build(
    ctx: _Context,
    toks: Sequence[_Token],
    givens: list[str],
    readings: list[tuple[NameReading, ...]],
    sur: _Token,
    role: RoleMatch | None,
    rule: str,
) -> _Candidate | None:
    """Read a name (nominative, gender) from its tokens and the role before it, if any."""
    lang = ctx.lang
    start, end = toks[0].start, sur.end
    if lang == "en":
        cand = _Candidate(start, end, [_initial(g) for g in givens], sur.text, None, rule)
        cand.surface = ctx.adoc.text[start:end]
        if role is not None:
            _attach_role(ctx, cand, role, role.readings[0])
        return cand
    # the (gender, case) options the given names allow (lexicon), else the role's, else endings
    known = [r for r in readings if r]
    options: list[tuple[str | None, str | None]] = []
    if known:
        for r in known[0]:
            if r.case is not None:
                options.append((r.gender, r.case))
            elif role is not None:  # indeclinable given name: the role shows the case
                options += [(r.gender, x.case) for x in role.readings if x.gender == r.gender]
            else:
                options.append(_guess_case(sur.text, r.gender))
    elif role is not None:
        options = [(r.gender, r.case) for r in role.readings]
    else:
        options = [_guess_case(sur.text)]
        if _before_genitive_frame(ctx.adoc.text, end):
            # "pēc K. Bērziņa teiktā": the frame shows the genitive
            options.insert(0, _genitive_gender(sur.text))
    if ("m", "gen") in options[1:] and _alternated_genitive(sur.text):
        # "Andra Gulbja": a genitive with the alternation of a masculine surname in -is reads
        # Andris's genitive, not the feminine nominative Andra
        options.remove(("m", "gen"))
        options.insert(0, ("m", "gen"))
    chosen: tuple[str | None, str | None] | None = None
    role_reading = None
    # before a known given name an unknown one may be invariant in any shape ("Renē Pjēra")
    before_known = [
        bool(readings[j + 1]) if j + 1 < len(readings) else False for j in range(len(givens))
    ]

    def fits(word: str, g: str | None, c: str | None, relaxed: bool, strong: bool) -> bool:
        return _fits(word, g, c) or (relaxed and _invariant_shape(word, strong))

    # first every word in the case read; then foreign words Latvian does not decline kept as
    # written ("vēstnieka Takeši Ogavas", "vēstnieces Helēnas Barbozu")
    for relaxed in (False, True):
        for g, c in options:
            if not fits(sur.text, g, c, relaxed, bool(givens)):
                continue
            if any(
                not rs and not tok.endswith(".") and not fits(tok, g, c, relaxed, strong)
                for tok, rs, strong in zip(givens, readings, before_known, strict=True)
            ):
                continue
            if any(not any(x.gender == g and x.case in (c, None) for x in rs) for rs in known):
                continue
            if role is not None:
                rr = _role_reading(role, g, c)
                if rr is None:
                    continue
                role_reading = rr
            chosen = (g, c)
            break
        if chosen is not None:
            break
    if chosen is None:
        if role is not None and not known:
            return None  # words after the role that cannot be a name in its case
        chosen = options[0] if options else (None, None)
        role_reading = None
    g, c = chosen

    # a foreign man's name: a given name that does not decline ("Matteo", "Fransuā"), or every
    # word unknown and ending in -i ("Takeši Mori"): its -i words are not accusatives of -is
    # (a woman's -i is the accusative of -e: "ministri Nino Beridzi" -> Beridze)
    words = [t for t in (*givens, sur.text) if not t.endswith(".")]
    foreign = g == "m" and (
        any(
            (not rs and _indeclinable(t)) or any(r.case is None for r in rs)
            for t, rs in zip(givens, readings, strict=True)
        )
        or (not known and len(words) > 1 and all(w.endswith("i") for w in words))
    )

    def nominative(word: str) -> str:
        # a word that cannot be in the case read is a foreign one kept as written
        if not _fits(word, g, c) or (foreign and c == "acc" and word.endswith("i")):
            return word
        return name_nominative(word, g, c)

    given_noms = []
    for tok, rs in zip(givens, readings, strict=True):
        if tok.endswith("."):
            given_noms.append(_initial(tok))
            continue
        match = next(
            (r for r in rs if r.gender == g and r.case in (c, None)), rs[0] if rs else None
        )
        given_noms.append(match.lemma if match else nominative(tok))
    surname = nominative(sur.text)
    gender = g or _surname_gender(surname)
    cand = _Candidate(start, end, given_noms, surname, gender, rule)
    cand.firm_gender = bool(known) or role_reading is not None
    cand.case = c
    cand.surface = ctx.adoc.text[start:end]
    if role is not None and role_reading is not None:
        _attach_role(ctx, cand, role, role_reading)
    return cand


def _initial(tok: str) -> str:
    return tok if not tok.endswith(".") else tok[:-1] + "."


def _attach_role(ctx: _Context, cand: _Candidate, role: RoleMatch, reading: RoleReading) -> None:
    if not reading.titled:  # "kolēģi Jāni Ozolu": the word read the name, it is not a title
        if cand.gender is None:
            cand.gender = reading.gender
        return
    cand.title = role.title_for(reading)
    cand.role = role
    cand.role_reading = reading
    if cand.gender is None:
        cand.gender = reading.gender
    cand.organization = role.organization or _role_organization(ctx, role)
    if cand.organization is None and ctx.lang == "en":
        cand.organization = _en_field_ministry(ctx, role)


#: "Minister of National Defence": the field of an English minister's title.
_EN_MINISTER_FIELD = regex.compile(
    r"(?<![\p{L}])Minister[ \u00a0]+(?:of|for)[ \u00a0]+(?:the[ \u00a0]+)?(?P<field>.+)\Z",
    regex.IGNORECASE,
)
#: A capitalised word right before a role, with a possessive: "Lithuanian", "Latvia's".
_EN_WORD_BEFORE = regex.compile(r"(\p{Lu}\p{L}+)(?:['’]s)?[ \u00a0]+\Z")


@functools.cache
def _en_country_prefixes() -> frozenset[str]:
    """First five letters of every English country name: "Lithuanian" shares them with
    Lithuania."""
    return frozenset(
        r["lemma"][:5].casefold()
        for r in read_tsv("en", "countries.tsv")
        if r.get("kind") in ("name", "alt") and len(r["lemma"]) >= 5
    )


def _en_role_country(ctx: _Context, role: RoleMatch) -> str | None:
    """The country of an English role as written: its dropped "of <country>" complement or a
    country word right before it ("Lithuanian Minister", "Latvia's Minister")."""
    text = ctx.adoc.text
    tail = role.tail if role.tail is not None else role.end
    for s, e in ctx.places:
        if role.end <= s and e <= tail:
            return text[s:e]
    m = _EN_WORD_BEFORE.search(text, max(0, role.start - 40), role.start)
    if m and m.group(1)[:5].casefold() in _en_country_prefixes():
        return str(m.group(1))
    return None


def _en_field_ministry(ctx: _Context, role: RoleMatch) -> str | None:
    """ "Minister of X" -> the "Ministry of X" the text names, for a minister of that country:
    "Ministry of X of <country>" when the role has that country, "Ministry of X" (Latvia's own)
    when it has none or Latvia's."""
    m = _EN_MINISTER_FIELD.search(role.title)
    if m is None:
        return None
    wanted = f"ministry of {m.group('field')}".casefold()
    country = _en_role_country(ctx, role)
    prefix = country[:5].casefold() if country else None
    found = set()
    for _, _, name in ctx.org_mentions:
        low = name.casefold()
        if low == wanted:
            if prefix in (None, "latvi"):
                found.add(name)
        elif low.startswith(wanted + " of ") and prefix is not None:
            if low[len(wanted) + 4 :][:5] == prefix:
                found.add(name)
    return found.pop() if len(found) == 1 else None


def _role_organization(ctx: _Context, role: RoleMatch) -> str | None:
    """The organisation a role belongs to, from the text before it (genitive chain), or for a
    field title the ministry of that field when the text names it."""
    if role.field_text:
        return _field_ministry(ctx, role)
    org = ctx.org_ending_at(role.start)
    return org[2] if org else None


def _field_ministry(ctx: _Context, role: RoleMatch) -> str | None:
    """ "finanšu ministrs" -> "Finanšu ministrija" when an organisation of that name is in the
    results; a country genitive before the title ("Igaunijas ... ministrs") asks for that
    country's ministry instead."""
    if not role.field_text:
        return None
    wanted = f"{role.field_text} ministrija"
    text = ctx.adoc.text
    country = next(
        (
            text[s:e]
            for s, e in ctx.places
            if e < role.start and role.start - e <= 3 and not text[e : role.start].strip()
        ),
        None,
    )
    if country:
        wanted = f"{country} {wanted}"
    elif _foreign_clause(ctx, role):
        return None  # "no Lietuvas puses – ārlietu viceministrs X": not the Latvian ministry
    if ctx.org_names is None:  # built once per document
        ctx.org_names = {name.casefold(): name for _, _, name in ctx.org_mentions}
    return ctx.org_names.get(wanted.casefold())


def _foreign_clause(ctx: _Context, role: RoleMatch) -> bool:
    """A foreign country is named earlier in the sentence of ``role``, with no other role
    between them."""
    text = ctx.adoc.text
    starts = [m.end() for m in _SENTENCE_BREAK.finditer(text, max(0, role.start - 400), role.start)]
    sent_start = starts[-1] if starts else max(0, role.start - 400)
    for s, e in ctx.foreign:
        if sent_start <= s and e <= role.start:
            if not any(e <= r.start < role.start for r in ctx.roles):
                return True
    return False


def _apposition(ctx: _Context, cand: _Candidate) -> None:
    """Role after the name: "Anna Kalniņa, IZM valsts sekretāre, ..."."""
    text = ctx.adoc.text
    m = _APPOSITION_COMMA.match(text, cand.end)
    if not m:
        return
    pos = m.end()
    for role in ctx.roles:
        if role.start < pos:
            continue
        org = None
        if role.start > pos:
            o = next((x for x in ctx.org_mentions if x[0] == pos), None)
            if o is None or not _ORG_ROLE_GAP.match(text[o[1] : role.start]):
                break
            org = o[2]
        end = role.tail if role.tail is not None else role.end
        if not _APPOSITION_END.match(text, end):
            break
        reading = role.readings[0] if ctx.lang == "en" else None
        if reading is None:
            g, c = cand.gender, _name_case(cand, ctx)
            reading = _role_reading(role, g, c)
        if reading is not None:
            _attach_role(ctx, cand, role, reading)
            cand.organization = cand.organization or org
        break


def _name_case(cand: _Candidate, ctx: _Context) -> str | None:
    """The case of the surname as written (its agreement with the nominative read from it)."""
    surface = ctx.adoc.text[cand.start : cand.end].split()[-1]
    if surface == cand.surname:
        return "nom"
    forms = _surname_forms(cand.surname, cand.gender)
    got = forms.get(surface)
    return _SAME_CASE.get(got, got) if got else None


# --------------------------------------------------------------------------- organisation rules


def _coordinated_org(ctx: _Context, cands: list[_Candidate]) -> None:
    """ "biedrības prezidentu X (..) un direktori Y": Y's role shares X's organisation."""
    text = ctx.adoc.text
    for prev, cur in itertools.pairwise(cands):
        if cur.role is None or cur.organization or prev.organization is None or cur.role.field_text:
            continue
        if prev.role is None or prev.end > cur.role.start:
            continue
        a, b = prev.role_reading, cur.role_reading
        own_office = ctx.lang == "lv" and b is not None and b.title[:1].isupper()
        if a is None or b is None or a.case != b.case or own_office:
            # another case is another clause role; "Valsts prezidents" names its own office
            continue
        if _COORD_GAP.match(text[prev.end : cur.role.start]):
            cur.organization = prev.organization


def _visited_org(ctx: _Context, cands: list[_Candidate]) -> None:
    """ "apmeklēja Igaunijas ... ministriju un tikās ar atbildīgo sekretāru X": X's role belongs
    to the institution visited in the same clause."""
    text = ctx.adoc.text
    for cand in cands:
        if cand.role is None or cand.organization or cand.role.field_text:
            continue
        visited = [
            (s, e, name)
            for s, e, name in ctx.org_mentions
            if e <= cand.role.start
            and cand.role.start - e <= 40
            and _VISIT_GAP.match(text[e : cand.role.start])
        ]
        if visited:  # the longest mention of the organisation just visited
            cand.organization = min(visited, key=lambda x: (x[0], -x[1]))[2]


# --------------------------------------------------------------------------- merging


@dataclass(slots=True)
class _Entity:
    givens: list[str]
    surname: str
    gender: str | None
    mentions: list[tuple[int, int]]
    cands: list[_Candidate]
    firm_gender: bool = False
    #: the surname was read from a mention in the nominative (as written, no reading back)
    nom_surname: bool = False

    @property
    def name(self) -> str:
        return " ".join([*self.givens, self.surname])


def _compatible(a: list[str], b: list[str]) -> bool:
    """Given names (full or initials "J.") that can belong to one person."""
    if not a or not b:
        return True
    x, y = a[0], b[0]
    if x.endswith(".") or y.endswith("."):
        return x[0] == y[0]
    return x == y


def _same_surname(ctx: _Context, ent: _Entity, cand: _Candidate) -> bool:
    if ent.surname == cand.surname:
        return True
    if ctx.lang == "en":
        return False
    # one read in a case its nominative cannot have: compare the written form to the forms
    written = cand.surface.split()[-1] if cand.surface else cand.surname
    return written in _surname_forms(ent.surname, ent.gender)


def _nominative_read(cand: _Candidate) -> bool:
    """The surname is written in the nominative, a case known from a given name or a role."""
    return cand.case == "nom" and cand.firm_gender


def _merge(ctx: _Context, cands: list[_Candidate]) -> list[_Entity]:
    ents: list[_Entity] = []
    for cand in cands:
        fits = [
            e
            for e in ents
            if _same_surname(ctx, e, cand)
            and _compatible(e.givens, cand.givens)
            and (not e.firm_gender or not cand.firm_gender or e.gender == cand.gender)
        ]
        if len(fits) == 1 or (fits and cand.givens):
            ent = fits[0]
            if len(cand.full_givens) > sum(not g.endswith(".") for g in ent.givens):
                ent.givens = list(cand.givens)  # the fullest form names the person
            if cand.firm_gender and not ent.firm_gender:
                ent.gender, ent.firm_gender = cand.gender, True
            if _nominative_read(cand) and not ent.nom_surname:
                # "Jāni Liepu" read Lieps (the usual ending); "Jānis Liepa" later says which
                ent.surname, ent.nom_surname = cand.surname, True
            ent.mentions.append((cand.start, cand.end))
            ent.cands.append(cand)
        elif not fits:
            ents.append(
                _Entity(
                    list(cand.givens),
                    cand.surname,
                    cand.gender,
                    [(cand.start, cand.end)],
                    [cand],
                    cand.firm_gender,
                    _nominative_read(cand),
                )
            )
    return ents


def _surname_mentions(ctx: _Context, ents: list[_Entity]) -> None:
    """Add surname-only mentions ("Kalniņa uzsvēra") of the people found, in any case form.
    A form several people's surnames can take goes to the one whose nominative it is ("Ozola"
    is Anna Ozola, not the genitive of Jānis Ozols, when both are named), and to nobody when
    that does not decide (two Bērziņš)."""
    text = ctx.adoc.text
    taken = sorted(s for e in ents for s in e.mentions)
    owners: dict[str, list[tuple[int, str]]] = {}  # form -> (entity index, case)
    for k, ent in enumerate(ents):
        if not ent.givens:
            continue
        forms = {ent.surname: "nom"}
        if ctx.lang == "lv":
            for form, case in _surname_forms(ent.surname, ent.gender).items():
                forms.setdefault(form, case)
        for form, case in forms.items():
            for f in {form, form[0].upper() + form[1:]}:  # "Fon der Leiena" opening a sentence
                owners.setdefault(f, []).append((k, case))
    if not owners:
        return
    for m in _forms_pattern(frozenset(owners)).finditer(text):
        s, e = m.span()
        if any(a < e and b > s for a, b in taken) or ctx.is_blocked(s, e):
            continue
        who = {k for k, _ in owners[m.group()]}
        if len(who) > 1:
            who = {k for k, case in owners[m.group()] if case == "nom"}
        if len(who) != 1:
            continue
        ents[who.pop()].mentions.append((s, e))
        taken.append((s, e))


@functools.lru_cache(maxsize=4096)
def _forms_pattern(forms: frozenset[str]) -> regex.Pattern[str]:
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}.-])(?:{_alternation(forms)})(?![\p{{L}}\p{{N}}-])")


def _to_person(ctx: _Context, ent: _Entity) -> Person:
    text = ctx.adoc.text
    title = org = None
    with_role = [c for c in sorted(ent.cands, key=lambda c: c.start) if c.title]
    if with_role:
        title = with_role[0].title
        org = next((c.organization for c in with_role if c.title == title and c.organization), None)
    mentions = tuple(Span(start=s, end=e, text=text[s:e]) for s, e in sorted(set(ent.mentions)))
    return Person(name=ent.name, title=title, organization=org, mentions=mentions)


def person_gender(person: Person) -> str | None:
    """The person's gender ("m", "f" or None): from the given-name lexicon, else the title's role
    row, else the surname's nominative ending (Latvian)."""
    for word in person.name.split()[:-1]:
        for name in _given_names().get(word, ()):
            if name.case == "nom" and name.lemma == word:
                return name.gender
    if person.title:
        head = person.title.split()[-1].casefold()
        for role in _roles("lv").index.get(head, ()):
            if role.case == "nom" and role.title.split()[-1].casefold() == head:
                return role.gender
    return _surname_gender(person.name.split()[-1]) if person.name else None


def extract_people(adoc: AnnotatedDoc) -> list[Person]:
    """Every named person in ``adoc``, nominative, merged within the document, sorted by the
    first mention. ``quoted`` stays False here (``quotes`` sets it)."""
    ctx = _context(adoc)
    cands = _candidates(ctx)
    for cand in cands:
        if cand.role is None:
            _apposition(ctx, cand)
    _coordinated_org(ctx, cands)
    _visited_org(ctx, cands)
    ents = _merge(ctx, cands)
    _surname_mentions(ctx, ents)
    people = [_to_person(ctx, e) for e in ents]
    return sorted(people, key=lambda p: p.mentions[0].start if p.mentions else 0)
