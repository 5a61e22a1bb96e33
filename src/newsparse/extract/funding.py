"""Funding references: money given, allocated or available, with or without an amount.

A reference is found at clause level (``extract._segments``) by one of these rules (the ids are
stored on each ``Funding.rule``):

- ``funding.amount``: an amount with a currency ("924 410 eiro", "EUR 250 000", "piecu miljardu
  eiro") or with a scale word in a money clause ("19 miljoni"). The span runs from the funding
  word before the amount ("finansējums", "investīcijas", "piešķirti"; extended left over a
  genitive funder, "valsts budžeta", "ES fondu") to the amount and a following "apmērā";
- ``funding.alloc_verb``: a granting verb with a money noun in the clause, no amount ("Ministrija
  piešķīra finansējumu ..."; "ar ministrijas piešķirto ... finansējumu" gives the narrow span from
  the funder to the noun). An infinitive ("iespējams piešķirt") is a plan, not a grant;
- ``funding.cofund_verb``: "līdzfinansēja", "finansē" (no money noun needed);
- ``funding.support_verb``: "atbalstīti ... projekti" (a supported project is a funded one);
- ``funding.programme_money``: a programme in the genitive before a money noun ("Taisnīgas
  pārkārtošanās fonda investīcijas").

Not funding: clauses with a negative word (requested sums, losses, prices, trade: ``negative`` in
``funding_words.tsv``), percentages, verbal nouns ("finansēšanas modelis"). An amount-shaped
string that cannot be read ("1,2,3 eiro") gives warning W301 and no item. A headline amount
repeated in the body is reported once, in the body.

Funder (nominative organisation name, or None): the organisation in the genitive right before
the funding word ("Ārlietu ministrijas piešķirto", "Eiropas Komisijas finansējums", "ES fondu"),
else the nominative subject of the granting verb (before it, or right after it: "līdzfinansēja
ES ... programma"), else the nominative organisation that opens the sentence; "valsts budžets"
leaves it None. Items still without one take the funder of another item of the same programme.

Programme: one mentioned inside the span, in the same clause, or in the same sentence; else one
whose distinctive words the clause shares ("Kohēzijas politikas ... investīcijas"); else the last
programme mentioned before. Spans are half-open ``[start, end)`` into ``adoc.text``.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

import regex

from ..document import AnnotatedDoc
from ..errors import WarningCode
from ..lexicon import read_lines, read_tsv
from ..model import Funding, Organization, Programme
from ..normalize.numbers import find_money
from ._segments import Segments, clauses

# --------------------------------------------------------------------------- lexicon


@dataclass(frozen=True, slots=True)
class _Word:
    start: int
    end: int
    text: str
    kind: str
    prefix: str

    @property
    def infinitive(self) -> bool:
        """ "piešķirt", "līdzfinansēt", "atbalstīt(ies)": a plan, not a grant."""
        w = self.text.lower()
        return w in (self.prefix + "t", self.prefix + "ties") or (
            self.prefix.endswith("ī") and w == self.prefix[:-1] + "īt"
        )


@functools.cache
def _word_pattern(lang: str) -> tuple[regex.Pattern[str], dict[str, str]]:
    """One pattern for every funding word prefix of ``lang`` and prefix -> kind."""
    kinds: dict[str, str] = {}
    name = "funding_words.tsv"
    for row in read_tsv(lang, name):
        kinds[row["prefix"].lower()] = row["kind"]
    alts = sorted((regex.escape(p).replace(r"\ ", r"\s+") for p in kinds), key=len, reverse=True)
    pat = regex.compile(rf"(?<![\p{{L}}\d])(?P<prefix>{'|'.join(alts)})\p{{L}}*", regex.IGNORECASE)
    return pat, kinds


@functools.cache
def _stopwords(lang: str) -> tuple[str, ...]:
    return read_lines(lang, "link_stopwords.txt")


def _funding_words(text: str, lang: str) -> list[_Word]:
    pat, kinds = _word_pattern(lang)
    out: list[_Word] = []
    for m in pat.finditer(text):
        prefix = regex.sub(r"\s+", " ", m.group("prefix").lower())
        word = m.group(0)
        kind = kinds[prefix]
        if (
            kind in ("alloc_verb", "cofund_verb", "support_verb")
            and "šan" in word.lower()[len(prefix) :]
        ):
            continue  # "piešķiršana", "finansēšana": the act named, not a grant made
        out.append(_Word(m.start(), m.end(), word, kind, prefix))
    return out


# --------------------------------------------------------------------------- mentions


@dataclass(frozen=True, slots=True)
class _OrgMention:
    start: int
    end: int
    name: str
    nominative: bool  # the surface is the nominative (or an indeclinable acronym)


@dataclass(frozen=True, slots=True)
class _ProgMention:
    start: int
    end: int
    name: str
    project: bool = False  # the title of a funded project (projektam “X”), not a programme


_PROJECT_BEFORE = regex.compile(r"(?i)projekt\p{L}*\s*[“„\"«]?$")


def _org_mentions(orgs: Sequence[Organization]) -> list[_OrgMention]:
    out = []
    for o in orgs:
        for m in o.mentions:
            nom = m.text.casefold() == o.name.casefold() or (
                o.acronym is not None and m.text == o.acronym
            )
            nom = nom or (m.text.isupper() and len(m.text) <= 8)  # an acronym does not inflect
            out.append(_OrgMention(m.start, m.end, o.name, nom))
    return sorted(out, key=lambda x: (x.start, x.end))


def _prog_mentions(text: str, progs: Sequence[Programme]) -> list[_ProgMention]:
    out = [
        _ProgMention(
            m.start,
            m.end,
            p.name,
            _PROJECT_BEFORE.search(text, max(0, m.start - 40), m.start) is not None,
        )
        for p in progs
        for m in p.mentions
    ]
    return sorted(out, key=lambda x: (x.start, x.end))


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
    funder_fixed: bool = False  # a funder (or the state budget: None) was stated for this item
    programme: str | None = None
    verb: _Word | None = None


_TRAILING = " \t\n,.;:–-"


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return end


class _Doc:
    """Per-document state of the funding rules."""

    def __init__(self, adoc: AnnotatedDoc) -> None:
        self.adoc = adoc
        self.text = adoc.text
        self.lang = adoc.language if adoc.language in ("lv", "en") else "lv"
        self.segs = Segments(self.text)
        self.orgs = _org_mentions(adoc.results.get("organizations", ()))
        self.progs = _prog_mentions(self.text, adoc.results.get("programmes", ()))
        self.words = _funding_words(self.text, self.lang)
        self._word_starts = [w.start for w in self.words]
        self._stems: dict[str, set[str]] = {}

    def _ws_start(self, pos: int) -> int:
        """The start of the run of whitespace that ends at ``pos``."""
        k = pos
        while k > 0 and self.text[k - 1].isspace():
            k -= 1
        return k

    # ---------------------------------------------------------------- helpers

    def words_in(self, a: int, b: int, *kinds: str) -> list[_Word]:
        out = []
        for i in range(bisect.bisect_left(self._word_starts, a), len(self.words)):
            w = self.words[i]
            if w.start >= b:
                break
            if w.end <= b and (not kinds or w.kind in kinds):
                out.append(w)
        return out

    def org_ending_at(self, pos: int) -> _OrgMention | None:
        """The organisation mention that ends right before ``pos`` (spaces between)."""
        k = self._ws_start(pos)
        return next((o for o in self.orgs if k <= o.end <= pos), None)

    def extend_left(self, item: _Item, floor: int) -> None:
        """Extend ``item.start`` over a genitive funder and the words that join it to the
        funding word ("Ārlietu ministrijas piešķirto", "ES fondu", "valsts budžeta")."""
        pos = item.start
        for _ in range(3):
            k = self._ws_start(pos)
            prog = next((p for p in self.progs if k <= p.end <= pos), None)
            if (
                prog is not None and prog.start >= floor
            ):  # "Taisnīgas pārkārtošanās fonda investīcijas"
                item.start = prog.start
                return
            org = self.org_ending_at(pos)
            if org is not None and org.start >= floor:
                item.start = org.start
                if not item.funder_fixed:
                    item.funder, item.funder_fixed = org.name, True
                return
            prev = regex.search(r"(\S+)\s+$", self.text[floor:pos])
            if prev is None:
                return
            ws, we = floor + prev.start(1), floor + prev.end(1)
            state = [w for w in self.words_in(floor, pos, "state_funder") if w.end == we]
            if state:
                item.start = state[0].start
                item.funder, item.funder_fixed = None, True
                return
            joiners = self.words_in(ws, we, "alloc_verb", "money_noun")
            if joiners or prev.group(1).lower().startswith("fond"):
                pos = ws
                continue
            return

    # ---------------------------------------------------------------- finders

    def amount_items(self) -> list[_Item]:
        items: list[_Item] = []
        for m in find_money(self.text, lang=self.lang):
            if self.adoc.skipped(m.start, m.end):
                continue
            if m.amount is None:
                self.adoc.warn(
                    WarningCode.AMOUNT_UNPARSED, f"amount not readable: {m.text!r}", m.start, m.end
                )
                continue
            clause = self.segs.clause(m.start)
            sentence = self.segs.sentence(m.start)
            cwords = self.words_in(*clause)
            if any(w.kind == "negative" for w in cwords):
                continue
            if m.currency is None and not any(
                w.kind in ("money_noun", "alloc_verb", "cofund_verb", "context") for w in cwords
            ):
                continue
            floor = clause[0]
            for prev in items:
                if prev.clause == clause:
                    floor = max(floor, prev.end)
            anchors = [
                w
                for w in cwords
                if floor <= w.start < m.start
                and w.kind in ("money_noun", "alloc_verb", "cofund_verb", "state_funder")
            ]
            item = _Item(
                start=anchors[0].start if anchors else floor,
                end=m.end,
                clause=clause,
                sentence=sentence,
                rule="funding.amount",
                amount=m.amount,
                currency=m.currency,
            )
            verbs = [w for w in anchors if w.kind in ("alloc_verb", "cofund_verb")]
            item.verb = verbs[0] if verbs else None
            if anchors:
                if anchors[0].kind == "state_funder":
                    item.funder_fixed = True
                else:
                    self.extend_left(item, floor)
            after = regex.match(r"\s+(?:apmērā|apjomā)\b", self.text[item.end : clause[1]])
            if after:
                item.end += after.end()
            items.append(item)
        return items

    def word_items(self, taken: list[_Item]) -> list[_Item]:
        items: list[_Item] = []
        taken_clauses = {i.clause for i in taken}
        for sentence in self.segs.sents:
            for clause in clauses(self.text, *sentence):
                if clause in taken_clauses or self.adoc.skipped(*clause):
                    continue
                cwords = self.words_in(*clause)
                if any(w.kind == "negative" for w in cwords):
                    continue
                item = self._word_item(clause, sentence, cwords)
                if item is not None:
                    items.append(item)
        return items

    def _word_item(
        self, clause: tuple[int, int], sentence: tuple[int, int], cwords: list[_Word]
    ) -> _Item | None:
        nouns = [w for w in cwords if w.kind == "money_noun"]
        alloc = [w for w in cwords if w.kind == "alloc_verb" and not w.infinitive]
        cofund = [w for w in cwords if w.kind == "cofund_verb" and not w.infinitive]
        support = [w for w in cwords if w.kind == "support_verb" and not w.infinitive]
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
        for p in self.progs:
            if not (clause[0] <= p.start and p.end <= clause[1]):
                continue
            nxt = [n for n in nouns if n.start >= p.end and not self.text[p.end : n.start].strip()]
            if nxt and nxt[0].prefix in (
                "investīcij",
                "finansējum",
                "līdzfinansējum",
                "līdzekļ",
                "grant",
            ):
                return _Item(p.start, nxt[0].end, clause, sentence, "funding.programme_money")
        return None

    # ---------------------------------------------------------------- attributes

    def find_funder(self, item: _Item) -> None:
        if item.funder_fixed:
            return
        c0, c1 = item.clause
        if item.verb is not None:
            before = [
                o for o in self.orgs if c0 <= o.start and o.end <= item.verb.start and o.nominative
            ]
            if before:
                item.funder, item.funder_fixed = before[-1].name, True
                return
            after = [o for o in self.orgs if item.verb.end <= o.start and o.end <= c1]
            if after and after[0].nominative:
                item.funder, item.funder_fixed = after[0].name, True
                return
        if self.words_in(*item.clause, "receive_verb"):
            return  # "Universitāte saņems ...": the subject is the recipient
        s0, _ = item.sentence
        opening = [o for o in self.orgs if s0 <= o.start and o.end <= item.start]
        if opening and opening[0].nominative:
            item.funder, item.funder_fixed = opening[0].name, True

    def find_programme(self, item: _Item) -> None:
        inside = [p for p in self.progs if p.start < item.end and item.start < p.end]
        if inside:  # a funding programme before the title of the funded project
            item.programme = min(inside, key=lambda p: (p.project, p.start)).name
            return
        for lo, hi in (item.clause, item.sentence):
            near = [p for p in self.progs if lo <= p.start and p.end <= hi]
            if near:  # the nearest one, a preceding one winning a tie
                best = min(near, key=lambda p: (_distance(p, item), p.start > item.start))
                item.programme = best.name
                return
        linked = self.programme_by_words(item)
        if linked is not None:
            item.programme = linked
            return
        before = [p for p in self.progs if p.end <= item.start]
        if before:
            item.programme = before[-1].name

    def programme_owner(self, programme: str) -> str | None:
        """The nominative organisation opening the sentence that first names ``programme``
        ("Ekonomikas ministrija izsludināja konkursu “X”")."""
        first = next((p for p in self.progs if p.name == programme), None)
        if first is None:
            return None
        s0, s1 = self.segs.sentence(first.start)
        if self.words_in(s0, s1, "receive_verb"):
            return None  # "Universitāte saņems ... no fonda X": the recipient, not the owner
        opening = [o for o in self.orgs if s0 <= o.start and o.end <= first.start]
        return opening[0].name if opening and opening[0].nominative else None

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


def _resolve_overlaps(items: list[_Item], title: tuple[int, int] | None) -> list[_Item]:
    """Drop a headline amount that the body repeats; keep one item per span start."""
    body_amounts = {
        (i.amount, i.currency)
        for i in items
        if i.amount is not None and not (title and title[0] <= i.start < title[1])
    }
    out = []
    for i in items:
        in_title = title is not None and title[0] <= i.start < title[1]
        if in_title and i.amount is not None and (i.amount, i.currency) in body_amounts:
            continue
        out.append(i)
    out.sort(key=lambda i: (i.start, i.end))
    return out


def extract_funding(adoc: AnnotatedDoc) -> list[Funding]:
    """Funding references of ``adoc`` (needs ``organizations`` and ``programmes`` results),
    sorted by start offset."""
    d = _Doc(adoc)
    items = d.amount_items()
    items += d.word_items(items)
    items = _resolve_overlaps(items, _title_span(adoc))
    for it in items:
        d.find_funder(it)
        d.find_programme(it)
    # an item without a stated funder takes the funder of the nearest item of its programme
    for idx, it in enumerate(items):
        if it.funder_fixed or it.programme is None:
            continue
        mates = [
            (abs(j - idx) + (0.5 if j > idx else 0), o)
            for j, o in enumerate(items)
            if o.funder_fixed and o.funder is not None and o.programme == it.programme
        ]
        if mates:
            it.funder = min(mates, key=lambda x: x[0])[1].funder
        else:
            it.funder = d.programme_owner(it.programme)
    out: list[Funding] = []
    for it in items:
        end = _trim_end(d.text, it.start, it.end)
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
