"""Quotes: direct quotes in quotation marks and reported statements, with their speaker.

A quotation needs a speech link; quoted titles of events and programmes ("seminārs „…“",
programma “Erasmus+”) have none and are not quotes. Rule ids:

- ``quote.direct_after``: „…,“ norādīja X / “…,” sanāksmes noslēgumā uzsvēra X / „…“ –
  pārliecināts ir X: a speech verb among the first words after the closing mark; the speaker is
  named in that clause.
- ``quote.direct_before``: X uzsvēra: „…“ / X arī pauž: “…” / X: “…”.
- ``quote.continued``: a quote that is a sentence of its own right after an attributed quote of
  the same paragraph („…,“ viņa sacīja. „…“): the same speaker.
- ``quote.paragraph_start``: a paragraph that lost its opening mark (scraped text) and ends a
  statement with ``…,” uzsver X``: the quote runs from the paragraph start to the closing mark.
- ``quote.reported``: X uzsvēra, ka … / Kā norāda X, … / pēc X teiktā (domām), … / X vārdiem
  (skatījumā), … (English: X said that … / According to X, … / X said the talks will …
  without "that": the subject right before the verb and a clause after it, told from an object
  by ``resources/en/clause_words.tsv``); kept only when the speaker resolves to a person.

Speakers are person mentions (``adoc.results["people"]``), role references ("ministrs norāda":
the nearest person named before with a title of that head, else the first named after it in the
paragraph; "Igaunijas ministre", "the Estonian Minister": the person whose role has that
country) or pronouns ("viņa", "viņš", "she", "he": the nearest preceding person of that gender;
"pēc viņa teiktā" is his). Speech verbs are data (``resources/lv/speech_verbs.tsv``: the
3rd-person stems from which the tense and reported forms are generated;
``resources/en/speech_verbs.txt``), so are the opinion frames
(``resources/lv/reported_frames.tsv``).

An unbalanced quotation mark skips that quote and records warning W101; it never fails.
After the quotes are found, ``adoc.results["people"]`` is replaced by Person records with
``quoted=True`` and their ``quotes`` spans.

Offsets: every quote's ``start``/``end`` is a half-open span into ``adoc.text`` (inside the marks).
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import regex

from ..document import AnnotatedDoc
from ..errors import WarningCode
from ..lexicon import read_lines, read_tsv
from ..model import Person, Quote, Span
from .people import RoleMatch, find_roles, person_gender

# --------------------------------------------------------------------------- resources


def _reported_present(present: str) -> str:
    """norāda -> norādot, uzsver -> uzsverot, atzīmē -> atzīmējot, skaidro -> skaidrojot."""
    if present.endswith("a"):
        return present[:-1] + "ot"
    if present.endswith(("ē", "o", "ī", "ā")):
        return present + "jot"
    return present + "ot"


def _verb_forms_lv(row: dict[str, str]) -> set[str]:
    forms = {row["lemma"]}
    present, past, future = row.get("present", ""), row.get("past", ""), row.get("future", "")
    if present:
        forms |= {present, _reported_present(present)}
    if past:
        forms.add(past)
        stem = past[:-1] if past.endswith("a") else past
        forms |= {stem + end for end in ("is", "usi", "uši", "ušas")}
    if future:
        forms.add(future)
        if future.endswith("s"):
            forms.add(future[:-1] + "šot")
    forms |= {f.strip() for f in row.get("extra", "").split(",") if f.strip()}
    return forms


@functools.cache
def speech_verbs(lang: str) -> frozenset[str]:
    """Every surface form (lower case) of the speech verbs of ``lang``."""
    if lang == "en":
        return frozenset(w.casefold() for w in read_lines("en", "speech_verbs.txt"))
    forms: set[str] = set()
    for row in read_tsv("lv", "speech_verbs.tsv"):
        forms |= _verb_forms_lv(row)
    return frozenset(f.casefold() for f in forms)


@functools.cache
def _verb_alt(lang: str) -> str:
    words = sorted(speech_verbs(lang), key=lambda w: (-len(w), w))
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in words)


@functools.cache
def _patterns(lang: str) -> dict[str, regex.Pattern[str]]:
    v = _verb_alt(lang)
    word = r"[^\s,.;:!?„“”\"«»]+"
    # a word of a speaker's name may be an initial ("pēc E. Kalniņa teiktā")
    name_word = rf"(?:\p{{Lu}}\.|{word})"
    # ... and the space after it ("J.Bērziņa vārdiem": none after an initial)
    name_sp = rf"(?:\p{{Lu}}\.[ \u00a0]?|{word}[ \u00a0]+)"
    flags = regex.IGNORECASE | regex.VERBOSE
    pats = {
        # after a closing mark: optional comma/dash, up to five words, the verb
        "after": regex.compile(
            rf"""[ \u00a0]*[,–—-]?[ \u00a0]*
                 (?:{word}[ \u00a0]+){{0,5}}?
                 (?P<verb>(?<![\p{{L}}])(?:{v})(?![\p{{L}}]))""",
            flags,
        ),
        # before an opening mark: the verb, up to five words (the speaker), a colon
        "before": regex.compile(
            rf"""(?P<verb>(?<![\p{{L}}])(?:{v})(?![\p{{L}}]))
                 (?:[ \u00a0]+{word}){{0,5}}[ \u00a0]*[:,][ \u00a0]*\Z""",
            flags,
        ),
        "colon": regex.compile(r"[ \u00a0]*:[ \u00a0]*\Z"),
    }
    if lang == "en":
        pats["reported"] = regex.compile(
            rf"""(?P<verb>(?<![\p{{L}}])(?:{v})(?![\p{{L}}]))
                 (?P<mid>(?:[ \u00a0]+{word}){{0,6}}?)[ \u00a0]*,?[ \u00a0]+that[ \u00a0]+""",
            flags,
        )
        # "According to the Minister, ..."
        pats["according"] = regex.compile(
            rf"""(?<![\p{{L}}])according[ \u00a0]+to[ \u00a0]+
                 (?P<mid>{word}(?:[ \u00a0]+{word}){{0,5}}?)[ \u00a0]*,[ \u00a0]*""",
            flags,
        )
    else:
        pats["reported"] = regex.compile(
            rf"""(?P<verb>(?<![\p{{L}}])(?:{v})(?![\p{{L}}]))
                 (?P<mid>(?:[ \u00a0]+{word}){{0,6}}?)[ \u00a0]*,[ \u00a0]*ka[ \u00a0]+""",
            flags,
        )
        # "Kā norāda ministre, ..." and "pēc ministres teiktā, ..." / "ministres vārdiem, ..."
        frames = _frames()
        pec = "|".join(w for w, needs_pec in frames if needs_pec)
        bare = "|".join(w for w, needs_pec in frames if not needs_pec)
        pats["as_says"] = regex.compile(
            rf"""(?<![\p{{L}}])kā[ \u00a0]+(?P<verb>(?:{v}))(?![\p{{L}}])
                 (?P<mid>(?:[ \u00a0]+{name_word}){{1,6}}?)[ \u00a0]*,[ \u00a0]*""",
            flags,
        )
        pats["according"] = regex.compile(
            rf"""(?<![\p{{L}}])(?:pēc[ \u00a0]+(?P<mid>(?:{name_sp}){{1,6}}?)(?P<verb>{pec})
               | (?P<mid2>(?:{name_sp}){{1,6}}?)(?P<verb2>{bare}))
                 [ \u00a0]*,[ \u00a0]*""",
            flags,
        )
    # the same, ending where the search window ends (at the ", ka" / "that" it was found for)
    for key in ("reported", "according"):
        pats[key + "_end"] = regex.compile(pats[key].pattern + r"\Z", flags)
    return pats


@functools.cache
def _title_nouns(lang: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in read_lines(lang, "quote_title_nouns.txt"))


_WORD_BEFORE = regex.compile(r"(\p{L}+)[ \u00a0]*\Z")
_NAME_SPLIT = regex.compile(r"[\s.]+")
#: Where the clause of a speech verb ends: a new quote, or a comma opening a subordinate or
#: relative clause ("…,“ viņš sacīja pēc sēdes, kurā piedalījās arī X": not X).
_CLAUSE_BREAK = regex.compile(
    r"[;„“\"«]|,[ \u00a0]*(?:ka|kas|kam|ko|kur\p{L}*|lai|un|bet|jo|who|which|where|while|and|but)"
    r"(?![\p{L}])"
)
#: Where a reported statement may begin (", ka" / "that"): the reported-speech pattern is tried
#: only in a window before each.
_REPORT_MARK = {
    ("lv", "reported"): regex.compile(r",[ \u00a0]*ka[ \u00a0]+"),
    ("en", "reported"): regex.compile(r"[ \u00a0]that[ \u00a0]+", regex.IGNORECASE),
}


@functools.cache
def _frames() -> tuple[tuple[str, bool], ...]:
    """(word, needs "pēc") of the reported-speech frames (``resources/lv/reported_frames.tsv``)."""
    return tuple((r["word"], r.get("pec") == "yes") for r in read_tsv("lv", "reported_frames.tsv"))


@functools.cache
def _mark(lang: str, key: str) -> regex.Pattern[str] | None:
    if (lang, key) == ("lv", "according"):
        words = "|".join(w for w, _ in _frames())
        return regex.compile(rf"(?:{words})[ \u00a0]*,[ \u00a0]*", regex.IGNORECASE)
    return _REPORT_MARK.get((lang, key))


def _after_title_noun(text: str, lang: str, open_mark: int) -> bool:
    """Whether the word right before an opening mark introduces a name ("seminārs „…“")."""
    m = _WORD_BEFORE.search(text, max(0, open_mark - 40), open_mark)
    return bool(m) and m.group(1).casefold().startswith(_title_nouns(lang))


_PRONOUNS = {
    "lv": {"viņš": "m", "viņa": "f", "viņas": "f"},
    "en": {"he": "m", "she": "f"},
}
#: A pronoun in the genitive ("pēc viņa teiktā" = according to him) reads as masculine.
_GEN_PRONOUNS = {"viņa": "m", "viņas": "f"}


@functools.cache
def _genitive_after() -> regex.Pattern[str]:
    return regex.compile(rf"[ \u00a0]+(?:{'|'.join(w for w, _ in _frames())})")


_PRONOUN_RE = {
    lang: regex.compile(
        rf"(?<![\p{{L}}])(?:{'|'.join(sorted(p, key=len, reverse=True))})(?![\p{{L}}])", regex.I
    )
    for lang, p in _PRONOUNS.items()
}

# --------------------------------------------------------------------------- quotation marks

_OPEN_ONLY = "„«‹"
_CLOSE_ONLY = "»›"
_AMBIGUOUS = '“”"'
_MARKS = regex.compile(r"[„«‹»›“”\"]")
_BLOCKS = regex.compile(r"\n[ \t\u00a0]*\n")
_SENT_END = regex.compile(
    r"""(?<=(?<!\b\p{Lu})(?<!\b\d{1,4})[.!?…])[”"’»]?(?=\s+[„“"«(]?[\p{Lu}\d])|\n""", regex.VERBOSE
)


@dataclass(frozen=True, slots=True)
class _Pair:
    open: int
    close: int


def _kind(text: str, i: int, block: tuple[int, int]) -> str | None:
    """ "open", "close" or None for the quotation mark at ``i``."""
    c = text[i]
    if c in _OPEN_ONLY:
        return "open"
    if c in _CLOSE_ONLY:
        return "close"
    prev = text[i - 1] if i > block[0] else " "
    nxt = text[i + 1] if i + 1 < block[1] else " "
    opens = (prev.isspace() or prev in "([{—–-/:" or prev in _OPEN_ONLY) and not nxt.isspace()
    closes = not prev.isspace() and (nxt.isspace() or nxt in ",.;:!?)…—–-" or nxt in _CLOSE_ONLY)
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return None


def _pairs(adoc: AnnotatedDoc) -> tuple[list[_Pair], list[int], list[int]]:
    """Outermost quotation pairs per paragraph, unopened closing marks, unclosed opening marks."""
    text = adoc.text
    pairs: list[_Pair] = []
    unopened: list[int] = []
    unclosed: list[int] = []
    starts = [0, *(m.end() for m in _BLOCKS.finditer(text))]
    ends = [*(m.start() for m in _BLOCKS.finditer(text)), len(text)]
    for bs, be in zip(starts, ends, strict=True):
        stack: list[int] = []
        for m in _MARKS.finditer(text, bs, be):
            i = m.start()
            if adoc.skipped(i, i + 1):
                continue
            kind = _kind(text, i, (bs, be))
            if kind == "open":
                stack.append(i)
            elif kind == "close":
                if stack:
                    o = stack.pop()
                    if not stack:
                        pairs.append(_Pair(o, i))
                else:
                    unopened.append(i)
        unclosed.extend(stack[:1])  # the outermost unclosed mark of the paragraph
    return pairs, unopened, unclosed


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """Start and end of the sentence around ``pos`` (paragraph and sentence ends)."""
    start = 0
    # the lookahead must see past ``pos``: a sentence may open with the mark at ``pos``
    for m in _SENT_END.finditer(text, max(0, pos - 600), min(len(text), pos + 8)):
        if m.end() > pos:
            break
        start = m.end()
    m = _SENT_END.search(text, pos)
    end = m.start() if m else len(text)
    return start, end


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


# --------------------------------------------------------------------------- speakers


@dataclass(slots=True)
class _Speakers:
    """Where people are named or referred to (person mentions, role words, pronouns)."""

    lang: str
    text: str
    people: list[Person]
    mentions: list[tuple[int, int, int]]  # (start, end, index into people)
    roles: list[RoleMatch]
    genders: list[str | None]
    #: (start, end, ISO code) of every country mention
    countries: list[tuple[int, int, str]] = dataclasses.field(default_factory=list)
    #: the country of each person's role, where the text gives it ("Igaunijas ministre X",
    #: "the Minister of Foreign Affairs of Estonia, X")
    person_countries: list[str | None] = dataclasses.field(default_factory=list)

    def named_in(self, start: int, end: int) -> list[tuple[int, int, int, bool]]:
        """(start, end, person index, in the nominative) of every way a person is named in
        ``[start, end)``: name mentions, bare role words, pronouns."""
        out = [
            (s, e, i, self._nominative_mention(s, e, i))
            for s, e, i in self.mentions
            if start <= s and e <= end
        ]
        taken = [(s, e) for s, e, _ in self.mentions]
        for r in self.roles:
            if not (start <= r.start and r.end <= end):
                continue
            if any(s <= r.end + 2 and r.start <= e for s, e in taken):  # role + name: the name
                continue
            who = self._by_role(r)
            if who is not None:
                nominative = any(x.case in ("nom", None) for x in r.readings)
                out.append((r.start, r.end, who, nominative))
        for m in _PRONOUN_RE[self.lang].finditer(self.text, start, end):
            word = m.group().casefold()
            gender = _PRONOUNS[self.lang][word]
            nominative = word not in _GEN_PRONOUNS or word == "viņa"
            if self.lang == "lv" and word in _GEN_PRONOUNS and self._genitive_context(m.end()):
                gender, nominative = _GEN_PRONOUNS[word], False
            who = self._nearest_before(m.start(), lambda i, g=gender: self.genders[i] == g)  # type: ignore[misc]
            if who is not None:
                out.append((m.start(), m.end(), who, nominative))
        return sorted(out)

    def _nominative_mention(self, start: int, end: int, i: int) -> bool:
        """Whether a name mention is written in the nominative (its surname as in the name)."""
        written = str(_NAME_SPLIT.split(self.text[start:end].strip())[-1])
        return written == self.people[i].name.split()[-1]

    def _genitive_context(self, end: int) -> bool:
        return bool(_genitive_after().match(self.text, end))

    def _nearest_before(self, pos: int, ok: Callable[[int], bool]) -> int | None:
        """The person (index) of the last mention before ``pos`` that ``ok`` accepts."""
        best: tuple[int, int] | None = None
        for s, _, i in self.mentions:
            if s < pos and ok(i) and (best is None or s > best[0]):
                best = (s, i)
        return best[1] if best else None

    def _by_role(self, role: RoleMatch) -> int | None:
        """The person a bare role word refers to: the nearest one named before with a title of
        the same head ("ministrs norāda" -> the finance minister named earlier)."""
        heads = {_title_head(r.title) for r in role.readings}
        country = self.country_before(role.start)  # "Igaunijas ministre", "the Estonian Minister"

        def fits(i: int) -> bool:
            title = self.people[i].title
            if not title or _title_head(title) not in heads:
                return False
            return country is None or self.person_countries[i] == country

        before = self._nearest_before(role.start, fits)
        if before is not None:
            return before
        # named only later in the same paragraph: "Ministrs uzsvēra: „…“ … ministrs J. Bērziņš"
        end = _BLOCKS.search(self.text, role.end)
        limit = end.start() if end else len(self.text)
        after = [(s, i) for s, _, i in self.mentions if role.end <= s < limit and fits(i)]
        return min(after)[1] if after else None

    def country_before(self, pos: int) -> str | None:
        """The country named right before ``pos``: a mention ("Igaunijas ministre") or, in
        English, an adjective sharing its first five letters with a mention in the text
        ("the Estonian Minister")."""
        for _, e, code in self.countries:
            if pos - 40 <= e <= pos and not self.text[e:pos].strip():
                return code
        if self.lang == "en":
            m = _ADJECTIVE_BEFORE.search(self.text, max(0, pos - 40), pos)
            if m:
                adj = m.group(1)
                for s, e, code in self.countries:
                    name = self.text[s:e]
                    if len(name) >= 5 and adj != name and adj[:5] == name[:5]:
                        return code
        return None

    def role_country(self, start: int) -> str | None:
        """The country of the role right before a person mention at ``start``: named before
        the role, or (English) in its "of <country>" complement."""
        for r in self.roles:
            tail = r.tail if r.tail is not None else r.end
            if (
                tail <= start
                and start - tail <= 3
                and _ROLE_NAME_GAP.fullmatch(self.text, tail, start)
            ):
                inside = [c for s, e, c in self.countries if r.end <= s and e <= tail]
                return inside[0] if inside else self.country_before(r.start)
        return None


_ADJECTIVE_BEFORE = regex.compile(r"(\p{Lu}\p{Ll}+)[ \u00a0]+\Z")
_ROLE_NAME_GAP = regex.compile(r"[ \u00a0,]*")
_COMPLEMENT = regex.compile(r"[ \u00a0]+(?:of|for)[ \u00a0]", regex.IGNORECASE)


def _title_head(title: str) -> str:
    """The head word of a title: "finanšu ministrs" -> "ministrs", "Minister of Finance" ->
    "minister" (an English title's complements follow its head)."""
    head: str = _COMPLEMENT.split(title, maxsplit=1)[0]
    return head.split()[-1].casefold()


def _speakers(adoc: AnnotatedDoc, people: list[Person]) -> _Speakers:
    mentions = sorted((m.start, m.end, i) for i, p in enumerate(people) for m in p.mentions)
    lang = "en" if adoc.language == "en" else "lv"
    genders = [person_gender(p) if lang == "lv" else _en_gender(p) for p in people]
    countries = sorted(
        (m.start, m.end, str(c.code))
        for c in adoc.results.get("countries") or ()
        for m in getattr(c, "mentions", ())
    )
    sp = _Speakers(lang, adoc.text, people, mentions, find_roles(adoc), genders, countries)
    sp.person_countries = [
        next((c for c in (sp.role_country(m.start) for m in p.mentions) if c), None) for p in people
    ]
    return sp


def _en_gender(person: Person) -> str | None:
    g = person_gender(person)
    return g if person.name.split()[0] in _lexicon_first_names() else None


@functools.cache
def _lexicon_first_names() -> frozenset[str]:
    return frozenset(r["name"] for r in read_tsv("lv", "given_names.tsv"))


# --------------------------------------------------------------------------- extraction


@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    end: int
    speaker: int | None
    rule: str


def _direct(adoc: AnnotatedDoc, sp: _Speakers) -> list[_Found]:
    text, lang = adoc.text, sp.lang
    pats = _patterns(lang)
    pairs, unopened, unclosed = _pairs(adoc)
    found: list[_Found] = []
    for pair in pairs:
        hit = _link(text, sp, pats, pair.open, pair.close)
        if hit is None and found and _continues(text, lang, found[-1], pair):
            hit = found[-1].speaker, "quote.continued"
        if hit is None:
            continue  # a quoted title, not a statement
        speaker, rule = hit
        s, e = _trimmed(text, pair.open + 1, pair.close)
        if s < e:
            found.append(_Found(s, e, speaker, rule))
    for close in unopened:
        block_start = max((m.end() for m in _BLOCKS.finditer(text, 0, close)), default=0)
        after = pats["after"].match(text, close + 1, _sentence_bounds(text, close + 1)[1])
        s, e = _trimmed(text, block_start, close)
        if after is None or s >= e or any(f.start <= s < f.end for f in found):
            adoc.warn(
                WarningCode.UNBALANCED_QUOTE,
                "closing quotation mark without an opening one; skipped",
                close,
                close + 1,
            )
            continue
        speaker = _pick(
            sp, close + 1, _clause_end(text, close + 1), after.start("verb"), after=True
        )
        found.append(_Found(s, e, speaker, "quote.paragraph_start"))
    for o in unclosed:
        adoc.warn(
            WarningCode.UNBALANCED_QUOTE,
            "opening quotation mark without a closing one; skipped",
            o,
            o + 1,
        )
    return found


def _continues(text: str, lang: str, prev: _Found, pair: _Pair) -> bool:
    """A quote that is a sentence of its own right after an attributed quote of the same
    paragraph continues it: „…,“ viņa sacīja. „…“ (the same speaker)."""
    if prev.speaker is None or not prev.rule.startswith("quote.direct"):
        return False
    gap = text[prev.end : pair.open].lstrip(",.!?…")
    gap = gap[1:] if gap[:1] and _MARKS.match(gap) else gap  # the previous closing mark
    if len(gap) > 160 or _BLOCKS.search(gap) or _MARKS.search(gap):
        return False
    if _after_title_noun(text, lang, pair.open):
        return False
    sent_start, _ = _sentence_bounds(text, pair.open)
    if text[sent_start : pair.open].strip():
        return False
    # and it ends its sentence: „Nākotnes skola“ notiks rīt. is a name, not a statement
    after = text[pair.close + 1 : pair.close + 3].lstrip(" \u00a0")
    return not after or after[0] in "\n.!?…" or after[0].isupper() or after[0] in _OPEN_ONLY


def _clause_end(text: str, pos: int) -> int:
    end = _sentence_bounds(text, pos)[1]
    m = _CLAUSE_BREAK.search(text, pos, end)
    return m.start() if m else end


def _link(
    text: str, sp: _Speakers, pats: dict[str, regex.Pattern[str]], o: int, c: int
) -> tuple[int | None, str] | None:
    """(speaker, rule) when the quote ``[o, c]`` is linked to a statement, else None."""
    if _after_title_noun(text, sp.lang, o):
        return None
    sent_start, _ = _sentence_bounds(text, o)
    after_end = _clause_end(text, c + 1)
    m = pats["after"].match(text, c + 1, after_end)
    if m:
        return _pick(sp, c + 1, after_end, m.start("verb"), after=True), "quote.direct_after"
    m = pats["before"].search(text, sent_start, o)
    if m:
        return _pick(sp, sent_start, o, m.start("verb"), after=False), "quote.direct_before"
    if pats["colon"].search(text, sent_start, o):
        colon = text.rindex(":", sent_start, o)
        named = sp.named_in(sent_start, colon)
        if named and not text[named[-1][1] : colon].strip():
            return named[-1][2], "quote.direct_before"
    return None


def _pick(sp: _Speakers, start: int, end: int, verb: int, *, after: bool) -> int | None:
    """The speaker named in ``[start, end)``: the first after the verb (or the last before it
    when ``after`` is False), else the nearest on the other side; a subject (nominative) wins
    over a person named in another case ("X, tiekoties ar Y, uzsvēra" -> X)."""
    named = sp.named_in(start, end)
    following = [(i, nom) for pos, _, i, nom in named if pos >= verb]
    preceding = [(i, nom) for pos, _, i, nom in named if pos < verb][::-1]  # nearest first
    for side in (following, preceding) if after else (preceding, following):
        if side:
            return next((i for i, nom in side if nom), side[0][0])
    return None


def _marked_matches(
    text: str, pats: dict[str, regex.Pattern[str]], key: str, lang: str
) -> Iterable[regex.Match[str]]:
    """Matches of pattern ``key``, left to right without overlaps. Where the pattern ends in a
    fixed mark (", ka", "that", "teiktā,"), it is tried only in a window before each mark (the
    leftmost match ending right after it), not at every position of the text."""
    mark_re = _mark(lang, key)
    if mark_re is None:
        yield from pats[key].finditer(text)
        return
    pattern = pats[key + "_end"]
    last = 0
    for mark in mark_re.finditer(text):
        m = pattern.search(text, max(last, mark.start() - 240), mark.end())
        if m is not None:
            last = m.end()
            yield m


def _reported(adoc: AnnotatedDoc, sp: _Speakers, direct: list[_Found]) -> list[_Found]:
    text, pats = adoc.text, _patterns(sp.lang)
    found: list[_Found] = []

    def inside_direct(pos: int) -> bool:
        return any(f.start <= pos < f.end for f in direct)

    for m in _marked_matches(text, pats, "reported", sp.lang):
        if inside_direct(m.start()) or adoc.skipped(m.start(), m.end()):
            continue
        sent_start, sent_end = _sentence_bounds(text, m.start())
        speaker = _pick(sp, sent_start, m.start("verb"), m.start("verb"), after=False)
        if speaker is None and m.group("mid").strip():
            speaker = _pick(sp, m.start("mid"), m.end("mid"), m.start("verb"), after=True)
        s, e = _trimmed(text, m.end(), sent_end)
        if speaker is not None and s < e and not inside_direct(s):
            found.append(_Found(s, e, speaker, "quote.reported"))
    for key in ("as_says", "according"):
        if key not in pats:
            continue
        for m in _marked_matches(text, pats, key, sp.lang):
            if inside_direct(m.start()) or adoc.skipped(m.start(), m.end()):
                continue
            mid = "mid" if "mid2" not in m.re.groupindex or m.group("mid") else "mid2"
            _, sent_end = _sentence_bounds(text, m.start())
            speaker = _pick(sp, m.start(mid), m.end(mid), m.start(mid), after=True)
            s, e = _trimmed(text, m.end(), sent_end)
            if speaker is not None and s < e:
                found.append(_Found(s, e, speaker, "quote.reported"))
    return found


@functools.cache
def _clause_words() -> dict[str, frozenset[str]]:
    """kind -> words (``resources/en/clause_words.tsv``)."""
    out: dict[str, set[str]] = {}
    for row in read_tsv("en", "clause_words.tsv"):
        out.setdefault(row["kind"], set()).add(row["word"].casefold())
    return {k: frozenset(v) for k, v in out.items()}


@functools.cache
def _bare_verb_pattern() -> regex.Pattern[str]:
    """An English speech verb followed by a word (the start of a bare complement)."""
    return regex.compile(
        rf"(?<![\p{{L}}])(?P<verb>{_verb_alt('en')})[ \u00a0]+(?=[\p{{L}}\p{{N}}])",
        regex.IGNORECASE,
    )


_EN_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)?|[,;:„“”\"«»()]")


def _bare_clause(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` (what follows an English speech verb) open a clause: a subject
    and a finite verb ("the two countries will ...", "the talks succeeded"), not an object
    ("the importance of ...")?"""
    words = _clause_words()
    toks = [m.group() for m in _EN_WORD.finditer(text, start, end)][:8]
    if not toks or toks[0].casefold() in words.get("open", ()) or not toks[0][0].isalnum():
        return False
    for i in range(1, len(toks)):
        low, prev = toks[i].casefold(), toks[i - 1].casefold()
        if not toks[i][0].isalnum() or low in words.get("stop", ()):
            return False
        if prev in words.get("determiner", ()) or prev.endswith(("'s", "’s")):
            continue
        if low in words.get("cue", ()):
            return True
        if (
            i <= 3
            and low.endswith("ed")
            and not any(t.casefold() in words.get("preposition", ()) for t in toks[:i])
        ):
            return True
    return False


def _reported_bare(adoc: AnnotatedDoc, sp: _Speakers, direct: list[_Found]) -> list[_Found]:
    """English reported speech without "that": "Kalns said the two countries will ...": the
    speaker named (or referred to) right before the verb, the clause after it."""
    text = adoc.text
    found: list[_Found] = []
    for m in _bare_verb_pattern().finditer(text):
        verb = m.start("verb")
        if adoc.skipped(verb, m.end()) or any(f.start <= verb < f.end for f in direct):
            continue
        sent_start, sent_end = _sentence_bounds(text, verb)
        named = [n for n in sp.named_in(sent_start, verb) if n[3]]
        if not named or text[named[-1][1] : verb].strip() not in ("", ","):
            continue  # the subject right before the verb (an apposition's comma), nominative
        if not _bare_clause(text, m.end(), sent_end):
            continue
        s, e = _trimmed(text, m.end(), sent_end)
        if s < e:
            found.append(_Found(s, e, named[-1][2], "quote.reported"))
    return found


def _resolve_overlaps(found: Iterable[_Found]) -> list[_Found]:
    """One quote per stretch of text: the earlier start wins, then the longer span."""
    out: list[_Found] = []
    for f in sorted(found, key=lambda f: (f.start, -f.end)):
        if out and f.start < out[-1].end:
            continue
        out.append(f)
    return out


def extract_quotes(adoc: AnnotatedDoc) -> list[Quote]:
    """Direct and reported quotes with their speakers, sorted by start; marks the speakers in
    ``adoc.results["people"]`` as quoted."""
    people: list[Person] = list(adoc.results.get("people") or ())
    sp = _speakers(adoc, people)
    direct = _direct(adoc, sp)
    bare = _reported_bare(adoc, sp, direct) if sp.lang == "en" else []
    found = _resolve_overlaps([*direct, *_reported(adoc, sp, direct), *bare])
    text = adoc.text
    quotes = [
        Quote(
            text=text[f.start : f.end],
            start=f.start,
            end=f.end,
            speaker=people[f.speaker].name if f.speaker is not None else None,
            rule=f.rule,
        )
        for f in found
    ]
    spans: dict[int, list[Span]] = {}
    for f in found:
        if f.speaker is not None:
            spans.setdefault(f.speaker, []).append(
                Span(start=f.start, end=f.end, text=text[f.start : f.end])
            )
    if spans:
        adoc.results["people"] = [
            dataclasses.replace(p, quoted=True, quotes=(*p.quotes, *spans[i])) if i in spans else p
            for i, p in enumerate(people)
        ]
    return quotes
