"""Funding references: money given, allocated or available, with or without an amount.

A reference is found at clause level (``extract._segments``; a sentence also ends after an
amount written in digits, "... EUR 160 000. Atbalstu ...", and in English after any number, "...
in 2026. Separately, ..."; never inside an amount: "3,5 milj. EUR") by one of these rules (the
ids are stored on each ``Funding.rule``):

- ``funding.amount``: an amount with a currency ("924 410 eiro", "EUR 250 000", "piecu miljardu
  eiro") or with a scale word in a money clause ("19 miljoni"). The span runs from the funding
  word before the amount ("finansējums", "investīcijas", "piešķirti"; extended left over a
  genitive funder, "valsts budžeta", "ES fondu", "Eiropas Savienības fondu un X fonda") to the
  amount and a following "apmērā"; an amount that opens its clause or list item ("EUR 200,000
  will go to ...") takes the words after it up to the next amount. An amount-less main clause
  and the relative clause that gives its amount are one reference ("Finansējums piešķirts 32
  projektiem, kuru īstenošanai paredzēti 9,6 miljoni eiro");
- ``funding.alloc_verb``: a granting verb with a money noun in the clause, no amount ("Ministrija
  piešķīra finansējumu ..."; "ar ministrijas piešķirto ... finansējumu" gives the narrow span from
  the funder to the noun). An infinitive or subjunctive ("iespējams piešķirt", "lai piešķirtu")
  is a plan, not a grant;
- ``funding.cofund_verb``: "līdzfinansēja", "finansē" (no money noun needed);
- ``funding.support_verb``: "atbalstīti ... projekti" (a supported project is a funded one);
- ``funding.receive_verb``: a receiving verb with a money noun ("varēs saņemt ES fondu
  finansējumu", "pretendēt uz finansējumu"; "atbalstu" alone is too weak);
- ``funding.programme_money``: a programme in the genitive before a money noun ("Taisnīgas
  pārkārtošanās fonda investīcijas");
- ``funding.programme_ref``: a clause that opens with a money noun and names a programme
  ("Finansējums paredzēts X plānā", "Maksājumi tiek veikti saskaņā ar X plānu").

Not funding: clauses with a negative word (requested sums, losses, prices, fees, deposits,
estimates, trade, savings, revenue: ``negative`` in ``funding_words.tsv``; not one after "no"/
"from", which names where the money comes from: "no peļņas ... ieskaitīs"), an amount governed by
a request noun ("pieteikumu 2 milj. eiro saņemšanai"), an amount-less clause whose only figure is a
percentage,
verbal nouns ("finansēšanas modelis"), words inside an organisation or programme name ("Lauku
atbalsta dienests", programme "Eksporta izrāviens"), anything in the headline (it repeats the
body). An amount-shaped string that cannot be read ("1,2,3 eiro") gives warning W301 and no item.

Funder (nominative organisation name, or None), first that applies:

1. the organisation in the genitive right before the money noun ("Ārlietu ministrijas
   piešķirto", "Eiropas Komisijas finansējums", "ES fondu"); "valsts budžets" there gives None
   unless a granting verb has an organisation subject ("līdzfinansējumu nodrošinās VARAM");
2. the subject of a granting verb in the clause: a nominative organisation before it, in Latvian
   also right after it ("līdzfinansēja ES ... programma"), in English after "by"; a programme as
   that subject ("finansēs ESF+ projekts") leaves None, one named with an organisation's
   genitive gives that organisation ("segs Eiropas Savienības Kohēzijas fonds"). The clause of
   the last amount of a clause includes the next clause of the sentence when that one opens with
   a conjunction or a relative pronoun, holds a granting verb and no item of its own ("...
   izmaksās 3 milj. eiro, un to segs X", "... 400 000 eiro, ko piešķīrusi X"). In Latvian, a
   finite (not passive) granting verb with no subject in what an organisation reports has the
   reporter as its subject ("LB informēja, ka ... ieskaitīs 58 milj. eiro"; not with an
   institution noun in the nominative there: "..., ka pašvaldība atvēlēs");
3. None when the clause names the state budget, a project's total, a party's own contribution or
   the state/government as subject ("katra valsts atvēlēs"; a country in the nominative before
   the verb, "Latvija atvēlējusi", "Latvia allocated", unless the clause has a receiving verb:
   "Latvija saņems"); an organisation after "no"/"from";
4. the sentence subject: the first organisation of the sentence not after a preposition, not in
   a relative clause, not the reporter of "X informē, ka ...", not the subject of a receiving
   verb in the item's clause; a head noun that repeats an organisation named before
   ("aģentūra" after "Valsts izglītības attīstības aģentūra") stands for it;
5. from the neighbouring sentences: the previous item of the same sentence, else the last item
   of the previous sentence, else the stated funder of an amount-less item in the next sentence
   ("... pieejami EUR 160 000. Atbalstu finansē IZM ..."); an item that names its programme in
   its sentence takes it only from an item of that programme (other money);
6. the stated funder of the nearest item of the same programme;
7. the subject of the previous sentence ("EK apstiprināja ... . Latvija saņems ..."; None when
   that sentence names the state budget; not when its subject asks for or receives money, when
   that sentence has funding items of its own, or says nothing about money: no money noun,
   granting verb, application, call or programme).
   A funder further away is not guessed (GUIDE.md: the same or the neighbouring sentence).

Programme: a programme (not the title of a funded project: "projektam “X”", "Rail Baltica
projekta") inside the span, in the clause, in the sentence; else one whose distinctive words the
clause shares ("Kohēzijas politikas ... investīcijas"); none for money in a relative clause about
an unnamed programme ("kopīgu konkursu, kam ..."); else one in the previous sentence, else the
one of the next sentence's item when one of the two has no amount ("Finansējums paredzēts X
plānā"); else the last programme mentioned before in a sentence that speaks of money (not "...
coordinate the construction of the Baltic Defence Line"); a project title only when no programme
is found. Spans are half-open ``[start, end)`` into ``adoc.text``.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

import regex

from ..document import AnnotatedDoc
from ..errors import WarningCode
from ..lexicon import read_lines, read_tsv
from ..model import Funding, Organization, Programme
from ..normalize.inflect import noun_forms, phrase_forms
from ..normalize.numbers import MoneyMatch, find_money
from ._segments import Segments, clauses

# --------------------------------------------------------------------------- lexicon

#: Kinds of ``funding_words.tsv`` whose ``prefix`` is a whole word, not a prefix.
_WORD_KINDS = frozenset(
    {
        "prep",
        "source_prep",
        "goal_prep",
        "article",
        "complementizer",
        "conjunction",
        "relative",
        "state_subject",
    }
)
_MONEY = ("money_noun", "money_noun_weak")
_GRANT = ("alloc_verb", "cofund_verb")
_MAX_NAME = 400  # no organisation or programme mention is longer
_MAX_TRIED = 64  # programme mentions tried before giving up on an earlier programme
_LETTERS = regex.compile(r"\p{L}+(?:['’]\p{L}+)?")


@dataclass(frozen=True, slots=True)
class _Lexicon:
    pattern: regex.Pattern[str]  # every prefix, longest first
    kinds: dict[str, str]  # prefix -> kind
    words: dict[str, str]  # whole lower-case word -> kind
    oblique: tuple[str, ...]  # endings of oblique cases (``oblique_ending``)
    list_join: regex.Pattern[str]  # punctuation and conjunctions between list items
    list_item: regex.Pattern[str]  # a comma (and a conjunction) right before a list item
    list_tail: regex.Pattern[str]  # the joining words at the end of a list item


def _trie(words: Iterable[str]) -> str:
    """An alternation of ``words`` as a regex trie (common prefixes shared, the longest word
    tried first), much faster to match than a flat alternation; a space matches any run."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:  # type: ignore[type-arg]
        alts = [
            (r"\s+" if ch == " " else regex.escape(ch)) + build(node[ch])
            for ch in sorted(k for k in node if k)
        ]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


@functools.cache
def _lexicon(lang: str) -> _Lexicon:
    kinds: dict[str, str] = {}
    words: dict[str, str] = {}
    oblique: list[str] = []
    for row in read_tsv(lang, "funding_words.tsv"):
        key = row["prefix"].lower()
        if row["kind"] == "oblique_ending":
            oblique.append(key)
        elif row["kind"] in _WORD_KINDS:
            words[key] = row["kind"]
        else:
            kinds[key] = row["kind"]
    pat = regex.compile(rf"\b(?<![\p{{L}}\d])(?P<prefix>{_trie(kinds)})\p{{L}}*", regex.IGNORECASE)
    conj = "|".join(regex.escape(w) for w, k in words.items() if k == "conjunction") or "(?!x)x"
    join = regex.compile(rf"(?i)(?:[\s,;–-]|\b(?:{conj})\b)*")
    item = regex.compile(rf"(?i)[,;]\s*(?:(?:{conj})\s+)?$")
    tail = regex.compile(rf"(?i)(?:[\s,;–-]|\b(?:{conj})\b)*$")
    return _Lexicon(pat, kinds, words, tuple(oblique), join, item, tail)


@functools.cache
def _institution_nominatives() -> frozenset[str]:
    """Nominatives of the Latvian institution head nouns (``organization_patterns.tsv``, kind
    ``head``): "pašvaldība", "fondi"; a plural that is also the genitive singular
    ("pašvaldības") is left out."""
    out: set[str] = set()
    for row in read_tsv("lv", "organization_patterns.tsv"):
        if "head" not in row["kind"].split(";"):
            continue
        try:
            forms = noun_forms(row["lemma"])
        except ValueError:
            continue
        sg, pl = forms.get(("nom", "sg")), forms.get(("nom", "pl"))
        out.update(f.lower() for f in (sg,) if f)
        if pl and pl != forms.get(("gen", "sg")):
            out.add(pl.lower())
    return frozenset(out)


@functools.cache
def _stopwords(lang: str) -> tuple[str, ...]:
    return read_lines(lang, "link_stopwords.txt")


@dataclass(frozen=True, slots=True)
class _Word:
    start: int
    end: int
    text: str
    kind: str
    prefix: str
    plan: bool = False  # an infinitive or subjunctive: a plan, not a grant


def _is_plan(text: str, w: regex.Match[str], prefix: str, lang: str) -> bool:
    """ "piešķirt", "līdzfinansēt", "lai piešķirtu", "to allocate": a plan, not a grant."""
    word = w.group(0).lower()
    if lang == "en":
        return regex.search(r"(?i)\bto\s+$", text[max(0, w.start() - 4) : w.start()]) is not None
    return word.endswith(("t", "ties", "tu")) and not word.endswith("šot")


def _funding_words(text: str, lang: str) -> list[_Word]:
    lex = _lexicon(lang)
    out: list[_Word] = []
    for m in lex.pattern.finditer(text):
        prefix = " ".join(m.group("prefix").lower().split())
        word = m.group(0)
        kind = lex.kinds[prefix]
        verb = kind in ("alloc_verb", "cofund_verb", "support_verb")
        if verb and "šan" in word.lower()[len(prefix) :]:
            continue  # "piešķiršana", "finansēšana": the act named, not a grant made
        plan = verb and _is_plan(text, m, prefix, lang)
        out.append(_Word(m.start(), m.end(), word, kind, prefix, plan))
    return out


# --------------------------------------------------------------------------- mentions


@dataclass(frozen=True, slots=True)
class _OrgMention:
    start: int
    end: int
    name: str
    nominative: bool  # the surface is the nominative (or an indeclinable acronym)
    case: str | None = None  # the case of the surface when known ("gen", "acc" ...)


@dataclass(frozen=True, slots=True)
class _ProgMention:
    start: int
    end: int
    name: str
    project: bool = False  # the title of a funded project (projektam “X”), not a programme


_PROJECT_BEFORE = regex.compile(r"(?i)projekt\p{L}*\s*[“„\"«]?$")
_PROJECT_AFTER = regex.compile(r"[”“\"»]?\s+projekt\p{L}*\b")


@functools.cache
def _cases(name: str) -> dict[str, str]:
    """Case-folded singular case forms of a Latvian organisation name -> case."""
    try:
        forms = phrase_forms(name)
    except ValueError:
        return {}
    return {f.casefold(): c for f, c in forms.items()}


def _org_mentions(orgs: Sequence[Organization], lang: str) -> list[_OrgMention]:
    out = []
    for o in orgs:
        for m in o.mentions:
            nom = m.text.casefold() == o.name.casefold() or (
                o.acronym is not None and m.text == o.acronym
            )
            nom = nom or (m.text.isupper() and len(m.text) <= 8)  # an acronym does not inflect
            case = "nom" if nom else None
            if not nom and lang == "lv":
                case = _cases(o.name).get(m.text.casefold())
            out.append(_OrgMention(m.start, m.end, o.name, nom, case))
    return sorted(out, key=lambda x: (x.start, x.end))


def _prog_mentions(text: str, progs: Sequence[Programme]) -> list[_ProgMention]:
    """Programme mentions; the title of a funded project is marked: after "projekts" ("projektam
    “X”"), or a name as written (not a genitive) right before it ("Rail Baltica projekta": the
    project's name; "ESF+ projekts", a genitive's project, stays a programme where the name
    inflects)."""
    out = [
        _ProgMention(
            m.start,
            m.end,
            p.name,
            _PROJECT_BEFORE.search(text, max(0, m.start - 40), m.start) is not None
            or (
                m.text.casefold() == p.name.casefold()
                and _PROJECT_AFTER.match(text, m.end, m.end + 40) is not None
            ),
        )
        for p in progs
        for m in p.mentions
    ]
    return sorted(out, key=lambda x: (x.start, x.end))


def _merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


# --------------------------------------------------------------------------- sentences


def _join_amounts(
    sents: list[tuple[int, int]], money: Sequence[MoneyMatch]
) -> list[tuple[int, int]]:
    """Sentences joined where a cut falls inside an amount ("2,85 milj. EUR": the dot of the
    abbreviation before an upper-case code is no sentence end)."""
    inner = [(m.start, m.end) for m in money]
    if not inner:
        return sents
    starts = [a for a, _ in inner]
    out: list[tuple[int, int]] = []
    for s, e in sents:
        if out:
            i = bisect.bisect_right(starts, out[-1][1]) - 1
            if i >= 0 and inner[i][0] < out[-1][1] and s < inner[i][1]:
                out[-1] = (out[-1][0], e)
                continue
        out.append((s, e))
    return out


_EN_NUMBER_END = regex.compile(r"(?<=\d)\.(?=\s+[“\"‘(]?\p{Lu})")


class _Sentences:
    """Sentences of ``Segments`` with extra cuts after amounts written in digits ("EUR 160 000.
    Atbalstu ..."), which the general splitter keeps together (a number before a dot is usually
    an ordinal), and in English after any number (English writes no ordinal dot: "... in 2026.
    Separately, ..."); clauses cached per sentence."""

    def __init__(self, text: str, money: Sequence[MoneyMatch], lang: str = "lv") -> None:
        self.text = text
        sents = _join_amounts(Segments(text).sents, money)
        cuts = sorted(
            m.end + 1
            for m in money
            if text[m.end - 1 : m.end].isdigit()
            and regex.match(r"\.\s+[„“\"«‘(]?\p{Lu}", text[m.end : m.end + 6]) is not None
        )
        if lang == "en":
            cuts = sorted({*cuts, *(m.end() for m in _EN_NUMBER_END.finditer(text))})
        if cuts:
            out: list[tuple[int, int]] = []
            for s, e in sents:
                inner = [c for c in cuts if s < c < e]
                for a, b in itertools.pairwise([s, *inner, e]):
                    t = text[a:b]
                    a2 = a + len(t) - len(t.lstrip())
                    b2 = b - (len(t) - len(t.rstrip()))
                    if a2 < b2:
                        out.append((a2, b2))
            sents = out
        self.sents = sents
        self._starts = [s for s, _ in sents]
        self._clauses: dict[tuple[int, int], list[tuple[int, int]]] = {}

    def index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._starts, pos) - 1)

    def sentence(self, pos: int) -> tuple[int, int]:
        return self.sents[self.index(pos)]

    def clauses(self, sentence: tuple[int, int]) -> list[tuple[int, int]]:
        if sentence not in self._clauses:
            self._clauses[sentence] = clauses(self.text, *sentence)
        return self._clauses[sentence]

    def clause(self, pos: int) -> tuple[int, int]:
        s = self.sentence(pos)
        for a, b in self.clauses(s):
            if a <= pos < b:
                return (a, b)
        return s


# --------------------------------------------------------------------------- items


@dataclass(slots=True)
class _Item:
    start: int
    end: int
    clause: tuple[int, int]
    sentence: tuple[int, int]
    rule: str
    amount: Decimal | None = None
    currency: str | None = None
    funder: str | None = None
    funder_fixed: bool = False  # a funder (or None: no organisation pays) stated in the sentence
    state: bool = False  # fixed to None by "valsts budžeta" before the money noun
    carried: bool = False  # the funder came from a neighbouring sentence
    unnamed: bool = False  # money of a programme the text does not name: no programme
    programme: str | None = None
    verb: _Word | None = None
    amount_start: int | None = None
    amount_end: int | None = None
    main: int = -1  # where the item's own (main) clause begins
    region_end: int = -1  # the end of the words that belong to this item
    how: str = ""  # which funder rule decided (for tracing; not part of the output)
    stated_programme: bool = False  # the programme is named in the item's own sentence

    @property
    def resolved(self) -> bool:
        return self.funder_fixed or self.carried


_TRAILING = " \t\n,.;:–-"


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return end


_PERCENT = regex.compile(r"(?i)%|\bprocent|\bpercent")
#: Endings of Latvian passive participles ("piešķirts", "novirzīti", "segtas"): no agent named.
_PASSIVE = regex.compile(r"t(?:s|a|i|as|ās|o|ie|iem|ām|os|ais|ajiem|ajām)$")


class _Doc:
    """Per-document state of the funding rules."""

    def __init__(self, adoc: AnnotatedDoc) -> None:
        self.adoc = adoc
        self.text = adoc.text
        self.lang = adoc.language if adoc.language in ("lv", "en") else "lv"
        self.lex = _lexicon(self.lang)
        self.money = [
            m for m in find_money(self.text, lang=self.lang) if not adoc.skipped(m.start, m.end)
        ]
        self.segs = _Sentences(self.text, self.money, self.lang)
        self.orgs = [
            _OrgMention(o.start, o.end, o.name, False, "gen") if self.modifier(o) else o
            for o in _org_mentions(adoc.results.get("organizations", ()), self.lang)
        ]
        self.progs = _prog_mentions(self.text, adoc.results.get("programmes", ()))
        # countries run before organisations, so before funding
        self.states = sorted(
            (m.start, m.end)
            for c in adoc.results.get("countries", ())
            for m in c.mentions
            if self.nominative_country(c.name, m.text, m.end)
        )
        self.names = _merge_spans(
            [(o.start, o.end) for o in self.orgs] + [(p.start, p.end) for p in self.progs]
        )
        self._name_starts = [s for s, _ in self.names]
        self._prog_starts = [p.start for p in self.progs]
        self._heads: dict[str, tuple[list[int], list[_OrgMention]]] = {}
        self.words = [w for w in _funding_words(self.text, self.lang) if not self.in_name(w.start)]
        self._word_starts = [w.start for w in self.words]
        self._org_starts = [o.start for o in self.orgs]
        self._stems: dict[str, set[str]] = {}

    # ---------------------------------------------------------------- helpers

    def modifier(self, o: _OrgMention) -> bool:
        """An acronym in the genitive before its head noun ("EK komentāriem"), seen by the
        oblique case ending of the next word."""
        if not (o.nominative and self.text[o.start : o.end].isupper()):
            return False
        m = regex.match(r"\s+(\p{Ll}+)", self.text[o.end : o.end + 40])
        return m is not None and m.group(1).endswith(self.lex.oblique)

    def nominative_country(self, name: str, surface: str, end: int) -> bool:
        """ "Latvija", "Latvia" (not "Latvijas", "Latvia's"): a country that can be a subject."""
        if self.lang == "en":
            return regex.match(r"['’]s\b", self.text[end : end + 3]) is None
        return surface.casefold() == name.casefold()

    def state_subject(self, a: int, b: int) -> bool:
        """A country in the nominative in ``[a, b)``, not after a preposition nor inside a name:
        the state as the subject ("Latvija piešķīra", "Latvia allocated"); no organisation
        pays."""
        i = bisect.bisect_left(self.states, (a, a))
        while i < len(self.states) and self.states[i][0] < b:
            s, e = self.states[i]
            if e <= b and not self.after_prep(s) and not self.in_name(s):
                return True
            i += 1
        return False

    def in_name(self, pos: int) -> bool:
        """True when ``pos`` lies inside an organisation or programme mention."""
        i = bisect.bisect_right(self._name_starts, pos) - 1
        return i >= 0 and self.names[i][0] <= pos < self.names[i][1]

    def _ws_start(self, pos: int) -> int:
        """The start of the run of whitespace that ends at ``pos``."""
        k = pos
        while k > 0 and self.text[k - 1].isspace():
            k -= 1
        return k

    def words_in(self, a: int, b: int, *kinds: str) -> list[_Word]:
        out = []
        for i in range(bisect.bisect_left(self._word_starts, a), len(self.words)):
            w = self.words[i]
            if w.start >= b:
                break
            if w.end <= b and (not kinds or w.kind in kinds):
                out.append(w)
        return out

    def tokens_in(self, a: int, b: int, kind: str) -> list[tuple[int, int]]:
        """Spans of the whole words of ``kind`` (``_WORD_KINDS``) in ``[a, b)``, outside names."""
        out = []
        for m in _LETTERS.finditer(self.text, a, b):
            if self.lex.words.get(m.group(0).lower()) == kind and not self.in_name(m.start()):
                out.append(m.span())
        return out

    def orgs_in(self, a: int, b: int) -> list[_OrgMention]:
        out = []
        for i in range(bisect.bisect_left(self._org_starts, a), len(self.orgs)):
            o = self.orgs[i]
            if o.start >= b:
                break
            if o.end <= b:
                out.append(o)
        return out

    def word_before(self, pos: int) -> str:
        """The lower-case word before ``pos``, an article skipped ("to the WFP" -> "to")."""
        m = regex.search(r"(\p{L}+)[\s\"“„«(]*$", self.text[max(0, pos - 40) : pos])
        if m is None:
            return ""
        word: str = m.group(1).lower()
        if self.lex.words.get(word) == "article":
            return self.word_before(max(0, pos - 40) + m.start())
        return word

    def after_prep(self, pos: int, *kinds: str) -> bool:
        """True when the word before ``pos`` is a preposition (of ``kinds``)."""
        kinds = kinds or ("prep", "source_prep", "goal_prep")
        return self.lex.words.get(self.word_before(pos)) in kinds

    def not_funding(self, cwords: list[_Word], amount: int | None = None) -> bool:
        """True when the clause words say its money is not given: a negative word (not one
        after "no"/"from", which names where the money comes from: "no peļņas ieskaitīs ..."), a
        requesting verb, or a request noun that governs the amount ("pieteikumu 2 milj. eiro
        saņemšanai": no money word or granting verb between them)."""
        for w in cwords:
            if w.kind == "request_verb" or (w.kind == "negative" and not self.source(w)):
                return True
            if w.kind == "request_noun" and amount is not None and w.end <= amount:
                between = self.words_in(w.end, amount, *_MONEY, *_GRANT, "context")
                if not between:
                    return True
        return False

    def source(self, w: _Word) -> bool:
        """ "no 2024. gada peļņas", "from the profit": ``w`` heads a phrase after a source
        preposition (at most two words between them)."""
        words = regex.findall(r"\S+", self.text[max(0, w.start - 60) : w.start])[-3:]
        for word in reversed(words):
            kind = self.lex.words.get(word.lower())
            if kind is not None:
                return kind == "source_prep"
        return False

    def org_ending_at(self, pos: int) -> _OrgMention | None:
        """The organisation mention that ends right before ``pos`` (spaces between)."""
        k = self._ws_start(pos)
        i = bisect.bisect_right(self._org_starts, pos) - 1
        while i >= 0 and pos - self.orgs[i].start < 400:
            o = self.orgs[i]
            if k <= o.end <= pos:
                return o
            i -= 1
        return None

    def relative_clause(self, clause: tuple[int, int]) -> bool:
        m = _LETTERS.match(self.text, clause[0])
        return m is not None and self.lex.words.get(m.group(0).lower()) == "relative"

    def main_start(self, clause: tuple[int, int], pos: int) -> int:
        """Where the main clause that holds ``pos`` begins: after an embedded relative clause
        ("Iepriekšējā kārtā, ko finansēja X un kas noslēdzās ..., ALTUM apstiprināja ...")."""
        if not self.relative_clause(clause):
            return clause[0]
        comma = self.text.rfind(", ", clause[0], pos)
        return comma + 2 if comma >= 0 else clause[0]

    def extend_left(self, item: _Item, floor: int) -> None:
        """Extend ``item.start`` over a genitive funder and the words that join it to the
        funding word ("Ārlietu ministrijas piešķirto", "ES fondu", "valsts budžeta", "Eiropas
        Savienības fondu un Atveseļošanas fonda investīcijas")."""
        pos = item.start
        after_prog = False
        for _ in range(6):
            k = self._ws_start(pos)
            prog = next(
                (p for p in self.progs_over(k, pos) if k <= p.end <= pos and p.start >= floor), None
            )
            if prog is not None:  # "Taisnīgas pārkārtošanās fonda investīcijas"
                item.start = pos = prog.start
                after_prog = True
                continue
            org = self.org_ending_at(pos)
            oblique = org is not None and org.case in ("dat", "acc", "loc", "ins")
            if org is not None and org.start >= floor and not oblique:
                item.start = org.start
                if not item.funder_fixed:
                    item.funder, item.funder_fixed = org.name, True
                    item.how = "genitive"
                return
            prev = regex.search(r"(\S+)\s+$", self.text[floor:pos])
            if prev is None:
                return
            ws, we = floor + prev.start(1), floor + prev.end(1)
            state = [w for w in self.words_in(floor, pos, "state_funder") if w.end == we]
            if state:
                item.start = state[0].start
                item.funder, item.funder_fixed, item.state = None, True, True
                item.how = "state_budget"
                return
            joiners = self.words_in(ws, we, "alloc_verb", *_MONEY)
            word = prev.group(1).lower()
            conj = self.lex.words.get(word.rstrip(",")) == "conjunction" or word == ","
            if joiners or word.startswith("fond") or (after_prog and conj):
                pos = ws
                continue
            return

    # ---------------------------------------------------------------- finders

    def amount_items(self) -> list[_Item]:
        items: list[_Item] = []
        for m in self.money:
            if m.amount is None:
                self.adoc.warn(
                    WarningCode.AMOUNT_UNPARSED, f"amount not readable: {m.text!r}", m.start, m.end
                )
                continue
            clause = self.segs.clause(m.start)
            sentence = self.segs.sentence(m.start)
            cwords = self.words_in(*clause)
            if self.not_funding(cwords, m.start):
                continue
            if m.currency is None and not any(
                w.kind in (*_MONEY, *_GRANT, "context") for w in cwords
            ):
                continue
            main = self.main_start(clause, m.start)
            floor = main
            for prev in items:
                if prev.clause == clause:
                    floor = max(floor, prev.end)
            anchors = [
                w
                for w in cwords
                if floor <= w.start < m.start and w.kind in (*_MONEY, *_GRANT, "state_funder")
            ]
            # an amount that opens its clause or list item: "EUR 200,000 will go to ..., EUR"
            first = not anchors and (
                self.lex.list_join.fullmatch(self.text, floor, m.start) is not None
                or self.lex.list_item.search(self.text, floor, m.start) is not None
            )
            while floor < m.start and (self.text[floor].isspace() or self.text[floor] in ",;:–-"):
                floor += 1
            item = _Item(
                start=anchors[0].start if anchors else (m.start if first else floor),
                end=m.end,
                clause=clause,
                sentence=sentence,
                rule="funding.amount",
                amount=m.amount,
                currency=m.currency,
                amount_start=m.start,
                amount_end=m.end,
                main=main,
            )
            verbs = [w for w in anchors if w.kind in _GRANT]
            item.verb = verbs[0] if verbs else None
            for a in reversed(anchors):  # the genitive before the nearest money word first
                if a.kind == "state_funder":
                    continue
                probe = _Item(a.start, a.end, clause, sentence, item.rule)
                self.extend_left(probe, floor)
                item.start = min(item.start, probe.start)
                if probe.funder_fixed:
                    item.funder, item.funder_fixed, item.state = probe.funder, True, probe.state
                    item.how = probe.how
                    break
            if not item.funder_fixed and any(a.kind == "state_funder" for a in anchors):
                item.funder_fixed = item.state = True
                item.how = "state_budget"
            after = regex.match(r"\s+(?:apmērā|apjomā)\b", self.text[item.end : clause[1]])
            if after:
                item.end += after.end()
            items.append(item)
        for i, it in enumerate(items):
            nxt = items[i + 1] if i + 1 < len(items) else None
            it.region_end = (
                nxt.start if nxt is not None and nxt.clause == it.clause else it.clause[1]
            )
            if it.start == it.amount_start:  # "EUR 200,000 will go to UNICEF for ..., EUR ..."
                tail = self.text[it.end : it.region_end]
                cut = self.lex.list_tail.search(tail)
                it.end = _trim_end(self.text, it.start, it.end + (cut.start() if cut else 0))
        return items

    def word_items(self, taken: list[_Item]) -> list[_Item]:
        items: list[_Item] = []
        taken_clauses = {i.clause for i in taken}
        for sentence in self.segs.sents:
            for clause in self.segs.clauses(sentence):
                if clause in taken_clauses or self.adoc.skipped(*clause):
                    continue
                cwords = self.words_in(*clause)
                if not cwords or self.not_funding(cwords):
                    continue
                if _PERCENT.search(self.text, *clause):
                    continue  # "atbalsts līdz 49 % no izmaksām": a percentage alone
                item = self._word_item(clause, sentence, cwords)
                if item is not None:
                    item.main = clause[0]
                    item.region_end = clause[1]
                    items.append(item)
        return items

    def _word_item(
        self, clause: tuple[int, int], sentence: tuple[int, int], cwords: list[_Word]
    ) -> _Item | None:
        nouns = [w for w in cwords if w.kind in _MONEY]
        strong = [w for w in nouns if w.kind == "money_noun"]
        alloc = [w for w in cwords if w.kind == "alloc_verb" and not w.plan]
        cofund = [w for w in cwords if w.kind == "cofund_verb" and not w.plan]
        support = [w for w in cwords if w.kind == "support_verb" and not w.plan]
        receive = [w for w in cwords if w.kind == "receive_verb"]
        end = _trim_end(self.text, *clause)
        if alloc and nouns:
            verb = alloc[0]
            after = [n for n in nouns if n.start > verb.end]
            gap = self.text[verb.end : after[0].start].split() if after else []
            org = self.org_ending_at(verb.start)
            if after and len(gap) <= 4 and org is not None and not org.nominative:
                # "ar Ārlietu ministrijas piešķirto attīstības sadarbības finansējumu"
                item = _Item(
                    verb.start, after[0].end, clause, sentence, "funding.alloc_verb", verb=verb
                )
                self.extend_left(item, clause[0])
                return item
            return _Item(clause[0], end, clause, sentence, "funding.alloc_verb", verb=verb)
        if cofund:
            return _Item(clause[0], end, clause, sentence, "funding.cofund_verb", verb=cofund[0])
        if support and regex.search(r"(?i)\bprojekt", self.text[clause[0] : clause[1]]):
            return _Item(clause[0], end, clause, sentence, "funding.support_verb", verb=support[0])
        got = [n for n in strong if receive and self.object_of(receive[0], n)]
        if got:
            # "kas ļaus slimnīcām saņemt ES fondu finansējumu" (not "saņemt ziņas par
            # finansējumu"; "pretendēt uz finansējumu": "uz" is a goal_prep): the funder is the
            # genitive before the noun
            strong = got
            item = _Item(clause[0], end, clause, sentence, "funding.receive_verb")
            probe = _Item(strong[0].start, strong[0].end, clause, sentence, item.rule)
            self.extend_left(probe, clause[0])
            item.funder, item.funder_fixed, item.state = (
                probe.funder,
                probe.funder_fixed,
                probe.state,
            )
            item.how = probe.how
            return item
        for p in self.progs_in(*clause):
            nxt = [n for n in nouns if n.start >= p.end and not self.text[p.end : n.start].strip()]
            if nxt and nxt[0].prefix in (
                "investīcij",
                "finansējum",
                "līdzfinansējum",
                "līdzekļ",
                "grant",
            ):
                return _Item(p.start, nxt[0].end, clause, sentence, "funding.programme_money")
        if strong and any(not p.project for p in self.progs_in(*clause)):
            # "Finansējums paredzēts X plānā": the money noun opens the clause
            if not _LETTERS.findall(self.text, clause[0], strong[0].start):
                return _Item(clause[0], end, clause, sentence, "funding.programme_ref")
        return None

    def object_of(self, verb: _Word, noun: _Word) -> bool:
        """True when no preposition governs ``noun`` or stands between it and ``verb``."""
        a, b = (verb.end, noun.start) if noun.start > verb.start else (noun.end, verb.start)
        return not (
            self.after_prep(noun.start, "prep", "source_prep")
            or self.tokens_in(a, b, "prep")
            or self.tokens_in(a, b, "source_prep")
        )

    def extend_regions(self, items: list[_Item]) -> None:
        """The last amount of a clause owns the next clause of its sentence when that one has no
        item of its own, opens with a conjunction or a relative pronoun and holds a granting
        verb: the verb is about this money ("... ir 5,6 miljoni eiro, un to lielāko daļu sedz X";
        "... ir ERAF finansējums, ko piešķīrusi CFLA")."""
        taken = {i.clause for i in items}
        last: dict[tuple[int, int], _Item] = {}
        for it in items:
            if it.amount is not None and it.region_end == it.clause[1]:
                last[it.clause] = it
        for clause, it in last.items():
            cls = self.segs.clauses(it.sentence)
            k = cls.index(clause) + 1 if clause in cls else len(cls)
            if k >= len(cls) or cls[k] in taken:
                continue
            nxt = cls[k]
            m = _LETTERS.match(self.text, nxt[0])
            opener = self.lex.words.get(m.group(0).lower()) if m is not None else None
            if opener not in ("conjunction", "relative"):
                continue
            if any(w.kind in _GRANT and not w.plan for w in self.words_in(*nxt)):
                it.region_end = nxt[1]

    def merge_relative(self, items: list[_Item]) -> list[_Item]:
        """An amount-less reference and the relative clause right after it that gives the
        amount are one item ("Finansējums piešķirts 32 projektiem, kuru īstenošanai paredzēti
        9,6 miljoni eiro")."""
        by_clause = {(i.clause, i.amount is None): i for i in items}
        drop: set[int] = set()
        for it in items:
            if it.amount is None or not self.relative_clause(it.clause):
                continue
            cls = self.segs.clauses(it.sentence)
            k = cls.index(it.clause) if it.clause in cls else -1
            if k <= 0:
                continue
            head = by_clause.get((cls[k - 1], True))
            if head is None or id(head) in drop:
                continue
            drop.add(id(head))
            it.start, it.main = head.start, head.clause[0]
            it.clause = (head.clause[0], it.clause[1])
            it.verb = it.verb or head.verb
            if head.funder_fixed and not it.funder_fixed:
                it.funder, it.funder_fixed, it.state = head.funder, True, head.state
                it.how = head.how
        return [i for i in items if id(i) not in drop]

    def progs_in(self, a: int, b: int) -> list[_ProgMention]:
        """Programme mentions inside ``[a, b)``."""
        lo = bisect.bisect_left(self._prog_starts, a)
        hi = bisect.bisect_left(self._prog_starts, b)
        return [p for p in self.progs[lo:hi] if p.end <= b]

    def progs_over(self, a: int, b: int) -> list[_ProgMention]:
        """Programme mentions that overlap or touch ``[a, b]``."""
        lo = bisect.bisect_left(self._prog_starts, a - _MAX_NAME)
        hi = bisect.bisect_right(self._prog_starts, b)
        return [p for p in self.progs[lo:hi] if p.end >= a]

    def prog_before(self, pos: int, project: bool, money: bool = False) -> _ProgMention | None:
        """The last (non-)project mention that ends at or before ``pos``; with ``money``, only
        one named in a sentence that speaks of money ("... construction of the Baltic Defence
        Line along the border" names no money)."""
        tried = 0
        for i in range(bisect.bisect_left(self._prog_starts, pos) - 1, -1, -1):
            p = self.progs[i]
            if p.project == project and p.end <= pos:
                if money and not self.about_money(self.segs.sentence(p.start), named=False):
                    tried += 1
                    if tried >= _MAX_TRIED:  # long documents stay linear
                        return None
                    continue
                return p
        return None

    # ---------------------------------------------------------------- funder

    def verb_subject(self, verb: _Word, lo: int, hi: int) -> tuple[bool, str | None]:
        """``(found, funder)``: the organisation that is the subject of ``verb`` (a programme as
        the subject gives ``(True, None)``)."""
        before = [
            o for o in self.orgs_in(lo, verb.start) if o.nominative and not self.after_prep(o.start)
        ]
        if before:
            return True, before[-1].name
        same = self.anaphor(self.segs.sentence(verb.start), lo, verb.start)
        if same is not None:  # "..., ka aģentūra piešķīrusi ..."
            return True, same.name
        after_orgs = [o for o in self.orgs_in(verb.end, hi) if not self.after_prep(o.start, "prep")]
        if self.lang == "en":
            agent = [o for o in after_orgs if self.after_prep(o.start, "source_prep")]
            return (True, agent[0].name) if agent else (False, None)
        first_org = after_orgs[0] if after_orgs else None
        first_prog = next((p for p in self.progs_in(verb.end, hi) if not p.project), None)
        if first_prog is not None and (first_org is None or first_prog.start < first_org.start):
            if not self.text[verb.end : first_prog.start].strip():
                return True, None  # "finansēs Eiropas Sociālā fonda Plus projekts"
        if first_org is not None and first_prog is not None and first_org.end <= first_prog.start:
            if not self.text[first_org.end : first_prog.start].strip():
                # "sedz Eiropas Savienības Iekšējās drošības fonds": the fund of the EU
                return True, first_org.name
        if first_org is not None and first_org.nominative:
            return True, first_org.name
        return False, None

    def reporter_subject(self, verb: _Word, sentence: tuple[int, int]) -> _OrgMention | None:
        """ "Latvijas Banka informēja, ka no peļņas valsts budžetā ieskaitīs ...": a finite
        (not passive) granting verb with no subject of its own in what an organisation reports
        has the reporter as its subject (Latvian drops the repeated subject). A passive
        participle ("..., ka piešķirti 2 milj. eiro") names no one."""
        if self.lang != "lv" or verb.plan or _PASSIVE.search(verb.text.lower()):
            return None
        for o in self.orgs_in(sentence[0], verb.start):
            if not o.nominative or self.after_prep(o.start):
                continue
            said = self.reported(o.end, verb.start)
            if said is None:
                continue
            budget = self.words_in(said, verb.start, "state_funder")  # "valsts budžetā"
            states = [
                t
                for t in self.tokens_in(said, verb.start, "state_subject")
                if not any(w.start <= t[0] < w.end for w in budget)
            ]
            if states or self.state_subject(said, verb.start):
                return None
            if any(x.nominative for x in self.orgs_in(said, verb.start)):
                return None
            heads = _institution_nominatives()
            if any(w.lower() in heads for w in _LETTERS.findall(self.text, said, verb.start)):
                return None  # "..., ka pašvaldība atvēlēs ...": a subject of its own
            return o
        return None

    def reported(self, a: int, b: int) -> int | None:
        """Where the reported clause begins when ``[a, b)`` holds a reporting verb followed by
        "ka"/"that" ("IZM informē, ka ..."), else None."""
        verbs = self.words_in(a, b, "report_verb")
        if not verbs:
            return None
        that = self.tokens_in(verbs[0].end, b, "complementizer")
        return that[0][1] if that else None

    def in_relative(self, pos: int, sentence: tuple[int, int], own: tuple[int, int]) -> bool:
        for c in self.segs.clauses(sentence):
            if c[0] <= pos < c[1]:
                if c == own or not self.relative_clause(c):
                    return False
                comma = self.text.find(", ", c[0], c[1])
                return comma < 0 or pos < comma
        return False

    def sentence_subject(
        self, sentence: tuple[int, int], limit: int, skip: tuple[int, int] | None = None
    ) -> _OrgMention | None:
        """The organisation that is the subject of the sentence, before ``limit``; after "X
        informē, ka", the subject of what X reports."""
        floor = sentence[0]
        own = skip or (limit, limit)
        for o in self.orgs_in(sentence[0], limit):
            if o.start < floor or (skip is not None and skip[0] <= o.start < skip[1]):
                continue
            if self.after_prep(o.start) or self.in_relative(o.start, sentence, own):
                continue
            if not o.nominative:
                return None
            said = self.reported(o.end, limit)
            if said is None:
                return o
            floor = said
        return self.anaphor(sentence, floor, limit, skip)

    def anaphor(
        self, sentence: tuple[int, int], a: int, b: int, skip: tuple[int, int] | None = None
    ) -> _OrgMention | None:
        """ "Kopumā aģentūra apstiprinājusi ...": a head noun that repeats the last word of an
        organisation named before stands for it (the last one so named)."""
        if not self._heads:
            for o in self.orgs:  # sorted by start; ends grow with starts for disjoint mentions
                ends, orgs = self._heads.setdefault(o.name.split()[-1].lower(), ([], []))
                ends.append(o.end)
                orgs.append(o)
        for m in _LETTERS.finditer(self.text, a, b):
            w = m.group(0)
            entry = self._heads.get(w.lower())
            if entry is None or self.in_name(m.start()):
                continue
            i = bisect.bisect_right(entry[0], a) - 1
            if i < 0:
                continue
            if w != w.lower() and m.start() != sentence[0]:
                continue  # capitalised: a name, unless it opens the sentence
            if skip is not None and skip[0] <= m.start() < skip[1]:
                continue
            if self.after_prep(m.start()) or self.reported(m.end(), b) is not None:
                return None
            return entry[1][i]
        return None

    def own_funder(self, it: _Item) -> None:
        """The funder stated in the item's own sentence (rules 1-4 of the module docstring)."""
        if it.funder_fixed and not it.state:
            return
        lo, hi = it.main, it.region_end
        verbs = [w for w in self.words_in(lo, hi, *_GRANT) if not w.plan]
        if it.verb is not None and it.verb not in verbs:
            verbs.insert(0, it.verb)
        for v in verbs:
            found, name = self.verb_subject(v, lo, hi)
            if found and (name is not None or not it.state):
                it.funder, it.funder_fixed, it.state = name, True, False
                it.how = "verb_subject"
                return
            reporter = None if found else self.reporter_subject(v, it.sentence)
            if reporter is not None:
                it.funder, it.funder_fixed, it.state = reporter.name, True, False
                it.how = "reporter_subject"
                return
        if it.state:
            return
        limit = it.amount_start if it.amount_start is not None else it.start
        first_verb = min([v.start for v in verbs] + [limit])
        receives = bool(self.words_in(*it.clause, "receive_verb"))
        no_org = (
            self.words_in(lo, hi, "state_funder")
            or self.words_in(lo, max(limit, it.start + 1), "project_total", "contribution")
            or self.tokens_in(lo, first_verb, "state_subject")
            or (not receives and self.state_subject(lo, first_verb))
        )
        if no_org:
            it.funder, it.funder_fixed = None, True
            it.how = "no_org"
            return
        for o in self.orgs_in(lo, hi):
            if self.after_prep(o.start, "source_prep"):  # "no Eiropas Komisijas", "from the EU"
                it.funder, it.funder_fixed = o.name, True
                it.how = "source_prep"
                return
        skip = it.clause if receives else None
        subject = self.sentence_subject(it.sentence, max(limit, it.start), skip)
        if subject is not None:
            it.funder, it.funder_fixed = subject.name, True
            it.how = "sentence_subject"

    def carry(self, items: list[_Item]) -> None:
        """Rules 5-7: a funder from the neighbouring sentences or the same programme."""
        sent_idx = [self.segs.index(it.sentence[0]) for it in items]
        by_sent: dict[int, list[int]] = {}
        for k, si in enumerate(sent_idx):
            by_sent.setdefault(si, []).append(k)
        for k, it in enumerate(items):
            if it.resolved:
                continue
            si = sent_idx[k]

            def fits(o: _Item, it: _Item = it) -> bool:
                """Money of another programme is not the same money: an item that names its
                programme takes a funder only from an item of that programme."""
                return not it.stated_programme or o.programme == it.programme

            same = [items[j] for j in by_sent[si] if j < k and items[j].resolved]
            prev = [items[j] for j in by_sent.get(si - 1, ()) if items[j].resolved]
            same, prev = [o for o in same if fits(o)], [o for o in prev if fits(o)]
            # "... pieejami EUR 160 000. Atbalstu finansē IZM ...": the same money
            nxt = [
                items[j]
                for j in by_sent.get(si + 1, ())
                if items[j].amount is None
                and items[j].funder_fixed
                and items[j].funder is not None
                and fits(items[j])
            ]
            sources = same or prev or nxt[:1]
            if sources:
                it.funder, it.carried = sources[-1].funder, True
                it.how = "carry_same" if same else "carry_prev" if prev else "carry_next"
                continue
            if it.programme is not None:
                mates = [
                    (abs(j - k) + (0.5 if j > k else 0), o)
                    for j, o in enumerate(items)
                    if o.funder_fixed and o.funder is not None and o.programme == it.programme
                ]
                if mates:
                    it.funder, it.carried = min(mates, key=lambda x: x[0])[1].funder, True
                    it.how = "programme_mate"
                    continue
            if si > 0:
                ps = self.segs.sents[si - 1]
                if self.words_in(*ps, "state_funder"):
                    it.funder, it.carried = None, True
                    it.how = "prev_state"
                    continue
                # the subject of "X pieprasīja ...", "X saņems ..." asks for or gets the money;
                # a sentence with money of its own (another programme's: rule 5 took none of
                # it) or none about money at all ("The Embassy will hold a concert") does not
                # introduce this money
                asks = self.words_in(*ps, "request_verb", "receive_verb")
                about = self.about_money(ps) and (si - 1) not in by_sent
                subject = None if asks or not about else self.sentence_subject(ps, ps[1])
                if subject is not None:
                    it.funder, it.carried = subject.name, True
                    it.how = "prev_subject"

    def about_money(self, sentence: tuple[int, int], named: bool = True) -> bool:
        """The sentence speaks of money or of what gives it: a money noun, a granting or
        receiving verb, an application, a call, or (``named``) a programme ("EK apstiprināja
        maksājuma pieprasījumu", "LZP apstiprinājusi konkursa rezultātus")."""
        kinds = (*_MONEY, *_GRANT, "support_verb", "receive_verb", "programme_noun", "request_noun")
        if self.words_in(*sentence, *kinds):
            return True
        return named and any(not p.project for p in self.progs_in(*sentence))

    # ---------------------------------------------------------------- programme

    def own_programme(self, item: _Item) -> None:
        """The programme named with the item: inside its span, in its clause or sentence, or
        linked by shared words."""
        inside = [
            p
            for p in self.progs_over(item.start, item.end)
            if not p.project and p.start < item.end and item.start < p.end
        ]
        if inside:  # the fund named first, the longest at one start ("ESF Plus" over "ESF")
            item.programme = min(inside, key=lambda p: (p.start, -p.end)).name
            item.stated_programme = True
            return
        for lo, hi in ((item.main, item.region_end), item.clause, item.sentence):
            near = [p for p in self.progs_in(lo, hi) if not p.project]
            if near:  # the nearest one, a preceding one winning a tie
                best = min(near, key=lambda p: (_distance(p, item), p.start > item.start, -p.end))
                item.programme = best.name
                item.stated_programme = True
                return
        item.programme = self.programme_by_words(item)
        if item.programme is None and self.unnamed_programme(item):
            item.unnamed = True

    def unnamed_programme(self, item: _Item) -> bool:
        """The item is a relative clause about a programme the text does not name ("par kopīgu
        projektu konkursu, kam katra valsts atvēlēs ...")."""
        clause = self.segs.clause(
            item.amount_start if item.amount_start is not None else item.start
        )
        if not self.relative_clause(clause):
            return False
        head = self.words_in(max(0, clause[0] - 40), clause[0], "programme_noun")
        return bool(head) and not self.text[head[-1].end : clause[0]].strip(" ,")

    def neighbour_programme(self, items: list[_Item]) -> None:
        """Items without a programme of their own: one in the previous sentence, else the one an
        amount-less item of the next sentence names ("Finansējums paredzēts X plānā"), else the
        last one mentioned before; a project title only when there is no programme. (A reference
        without an amount and the sentence next to it speak of the same money; two amounts in
        two sentences may not.)"""
        sent_idx = [self.segs.index(it.sentence[0]) for it in items]
        for k, it in enumerate(items):
            if it.programme is not None or it.unnamed:
                continue
            si = sent_idx[k]
            if si > 0:
                near = [p for p in self.progs_in(*self.segs.sents[si - 1]) if not p.project]
                if near:
                    it.programme = near[-1].name
                    continue
            nxt = None
            for j in range(k + 1, len(items)):
                if sent_idx[j] > si + 1:
                    break
                o = items[j]
                if sent_idx[j] == si + 1 and (it.amount is None or o.amount is None):
                    if o.programme is not None:
                        nxt = o
                        break
            if nxt is not None:
                it.programme = nxt.programme
                continue
            before = self.prog_before(it.start, project=False, money=True)
            if before is not None:
                it.programme = before.name
                continue
            projects = [p for p in self.progs_over(it.start, it.end) if p.project]
            inside = [p for p in projects if p.start < it.end and it.start < p.end]
            here = [p for p in self.progs_in(*it.sentence) if p.project]
            earlier = self.prog_before(it.start, project=True)
            pick = inside or here or ([earlier] if earlier is not None else [])
            it.programme = pick[0].name if pick else None

    def programme_by_words(self, item: _Item) -> str | None:
        """A programme that shares at least two distinctive word stems with the item's clause."""
        stop = _stopwords(self.lang)

        def stems(s: str) -> set[str]:
            out = set()
            for w in regex.findall(r"\p{L}{4,}", s.lower()):
                if not any(w.startswith(x) for x in stop):
                    out.add(w[: max(4, len(w) - 3)])
            return out

        clause = stems(self.text[item.clause[0] : item.clause[1]])
        best: tuple[int, str] | None = None
        for p in self.progs:
            if p.start >= item.start:
                break  # only a programme already introduced (progs are sorted by start)
            if p.project:
                continue
            if p.name not in self._stems:
                self._stems[p.name] = stems(p.name)
            shared = len(clause & self._stems[p.name])
            if shared >= 2 and (best is None or shared > best[0]):
                best = (shared, p.name)
        return best[1] if best else None


def _distance(p: _ProgMention, item: _Item) -> int:
    """Characters between a programme mention and an item (0 when they touch or overlap)."""
    return max(0, p.start - item.end, item.start - p.end)


def _title_span(adoc: AnnotatedDoc) -> tuple[int, int] | None:
    if not adoc.title:
        return None
    i = adoc.text.find(adoc.title)
    return (i, i + len(adoc.title)) if i >= 0 else None


def extract_funding(adoc: AnnotatedDoc) -> list[Funding]:
    """Funding references of ``adoc`` (needs ``organizations`` and ``programmes`` results),
    sorted by start offset."""
    d = _Doc(adoc)
    items = d.amount_items()
    items += d.word_items(items)
    title = _title_span(adoc)
    if title is not None:  # the headline repeats the body
        items = [i for i in items if not (i.start < title[1] and title[0] < i.end)]
    items.sort(key=lambda i: (i.start, i.end))
    items = d.merge_relative(items)
    d.extend_regions(items)
    for it in items:
        d.own_funder(it)
        d.own_programme(it)
    d.neighbour_programme(items)
    d.carry(items)
    out: list[Funding] = []
    for it in items:
        end = _trim_end(d.text, it.start, it.end)
        if it.amount_end is not None and it.start <= it.amount_end <= it.end:
            end = max(end, it.amount_end)  # "12,4 milj." keeps the dot of its abbreviation
        out.append(
            Funding(
                text=d.text[it.start : end],
                start=it.start,
                end=end,
                amount=it.amount,
                currency=it.currency,
                funder=it.funder,
                programme=it.programme,
                rule=it.rule,
            )
        )
    return out
