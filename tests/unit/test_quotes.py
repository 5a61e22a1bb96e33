"""Quotes: direct quotes before and after the speech verb, every quotation-mark style, a
paragraph that lost its opening mark, reported speech, speakers named, referred to by role or by
pronoun, two speakers in one paragraph, quoted titles that are not statements, unbalanced marks.

All sentences are our own. People come from the ``people`` extractor run on the same text.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsparse.document import AnnotatedDoc
from newsparse.errors import WarningCode
from newsparse.extract.people import extract_people
from newsparse.extract.quotes import extract_quotes, speech_verbs
from newsparse.model import Country, Quote, Span


def run(
    parser: Any, text: str, lang: str = "lv", countries: dict[str, list[str]] | None = None
) -> tuple[list[Quote], AnnotatedDoc]:
    """Quotes of ``text``; ``countries``: ISO code -> surfaces as written (what the countries
    extractor would give)."""
    adoc: AnnotatedDoc = parser.annotate(text, language=lang)
    adoc.results["organizations"] = []
    adoc.results["countries"] = [
        Country(code=code, name=code, mentions=_spans(text, surfaces))
        for code, surfaces in (countries or {}).items()
    ]
    adoc.results["people"] = extract_people(adoc)
    quotes = extract_quotes(adoc)
    for q in quotes:  # the span invariant
        assert text[q.start : q.end] == q.text
    return quotes, adoc


def _spans(text: str, surfaces: list[str]) -> tuple[Span, ...]:
    out = []
    for surface in surfaces:
        i = text.find(surface)
        while i >= 0:
            out.append(Span(start=i, end=i + len(surface), text=surface))
            i = text.find(surface, i + 1)
    return tuple(sorted(out, key=lambda x: x.start))


def pairs(quotes: list[Quote]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes]


# --------------------------------------------------------------------------- direct quotes

DIRECT_CASES = [
    # after the quote: Latvian marks, the verb first, a role and the name
    (
        "„Skolām vajag jaunus datorus,“ norādīja izglītības ministre Anna Kalniņa.",
        [("Skolām vajag jaunus datorus", "Anna Kalniņa")],
    ),
    # English-style marks and an adverbial between the quote and the verb
    (
        "“Darbs turpināsies arī nākamgad,” sanāksmes noslēgumā uzsvēra Jānis Bērziņš.",
        [("Darbs turpināsies arī nākamgad", "Jānis Bērziņš")],
    ),
    # straight quotes, present tense
    (
        '"Mēs esam gatavi palīdzēt," saka Pēteris Ozols.',
        [("Mēs esam gatavi palīdzēt", "Pēteris Ozols")],
    ),
    # guillemets, the name before the verb after the quote
    (
        "«Sadarbība ir ieguvums abām pusēm», Ilze Vanaga piebilda.",
        [("Sadarbība ir ieguvums abām pusēm", "Ilze Vanaga")],
    ),
    # before the quote, with a colon
    ("Ilze Vanaga uzsvēra: „Mums jārīkojas ātri.“", [("Mums jārīkojas ātri.", "Ilze Vanaga")]),
    (
        "Konferencē Pēteris Ozols arī pauž: “Investīcijas atmaksāsies.”",
        [("Investīcijas atmaksāsies.", "Pēteris Ozols")],
    ),
    # the speaker and a colon, no verb
    (
        "Anna Kalniņa: „Tas ir liels solis uz priekšu.“",
        [("Tas ir liels solis uz priekšu.", "Anna Kalniņa")],
    ),
    # a role word and a colon: the person holding that role
    (
        "Sēdē runāja ministre Ilze Vanaga. Ministre: „Esam gatavi.“",
        [("Esam gatavi.", "Ilze Vanaga")],
    ),
    # a quoted title inside the quote does not end it
    (
        "„Programma “Zaļā skola” ir devusi daudz,“ atzīmēja Jānis Bērziņš.",
        [("Programma “Zaļā skola” ir devusi daudz", "Jānis Bērziņš")],
    ),
    # a verb in the reported mood (-ot)
    (
        "„Ceļi tiks remontēti,“ esot teicis Māris Liepiņš.",
        [("Ceļi tiks remontēti", "Māris Liepiņš")],
    ),
]

NOT_QUOTES = [
    "Notika seminārs „Digitālās prasmes skolās“, kurā piedalījās skolotāji.",
    "Projekts tiek finansēts no programmas “Erasmus+” līdzekļiem.",
    "Uzņēmums “Baltijas Koks” paplašina ražotni.",
    "Tikšanās “Nākotnes izglītība” notika Rīgā, to atklāja Jānis Bērziņš.",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    DIRECT_CASES,
    ids=[
        "after-lv-marks",
        "after-adverbial",
        "after-straight",
        "after-name-then-verb",
        "before-colon",
        "before-adverb",
        "speaker-colon",
        "role-colon",
        "nested-title",
        "reported-mood",
    ],
)
def test_direct_quotes(rules_parser: Any, text: str, expected: list[tuple[str, str]]) -> None:
    quotes, _ = run(rules_parser, text)
    assert pairs(quotes) == expected


@pytest.mark.parametrize("text", NOT_QUOTES, ids=["seminar", "programme", "company", "event"])
def test_quoted_titles_are_not_quotes(rules_parser: Any, text: str) -> None:
    quotes, adoc = run(rules_parser, text)
    assert quotes == []
    assert not any(p.quoted for p in adoc.results["people"])


def test_title_before_speech_verb_is_not_a_quote(rules_parser: Any) -> None:
    text = "Seminārā „Nākotnes skola“ norādīja Jānis Bērziņš, ka darbs turpināsies."
    quotes, _ = run(rules_parser, text)
    assert [(q.text, q.speaker, q.rule) for q in quotes] == [
        ("darbs turpināsies.", "Jānis Bērziņš", "quote.reported")
    ]


# --------------------------------------------------------------------------- speakers

SPEAKER_CASES = [
    # two speakers in one paragraph
    (
        "„Budžets ir sabalansēts,“ sacīja Jānis Bērziņš. „Tomēr riski paliek,“ piebilda Ilze "
        "Vanaga.",
        [("Budžets ir sabalansēts", "Jānis Bērziņš"), ("Tomēr riski paliek", "Ilze Vanaga")],
    ),
    # a pronoun: the nearest preceding person of its gender
    (
        "Jānis Bērziņš un Ilze Vanaga apmeklēja skolu. „Skolēni ir zinoši,“ viņa uzsvēra.",
        [("Skolēni ir zinoši", "Ilze Vanaga")],
    ),
    (
        "Ilze Vanaga un Jānis Bērziņš apmeklēja skolu. „Skolēni ir zinoši,“ viņš uzsvēra.",
        [("Skolēni ir zinoši", "Jānis Bērziņš")],
    ),
    # a role word: the person with that role named earlier
    (
        "Sēdē piedalījās finanšu ministrs Pēteris Ozols un Anna Kalniņa. „Nodokļi netiks celti,“ "
        "norāda ministrs.",
        [("Nodokļi netiks celti", "Pēteris Ozols")],
    ),
    # the subject (nominative) speaks, not the person named in another case before the verb
    (
        "Jānis Bērziņš, tiekoties ar Ilzi Vanagu, uzsvēra: „Sadarbība turpināsies.“",
        [("Sadarbība turpināsies.", "Jānis Bērziņš")],
    ),
    # a quote with a speech verb but nobody named keeps speaker None
    ("„Rezultāti ir iepriecinoši,“ norāda ministrijā.", [("Rezultāti ir iepriecinoši", None)]),
    # a person named in a relative clause after the verb is not the speaker
    (
        "„Mēs esam gatavi,“ viņš sacīja pēc sēdes, kurā piedalījās arī Jānis Bērziņš.",
        [("Mēs esam gatavi", None)],
    ),
    # a role word before the person is named: the holder named later in the paragraph
    (
        "Ministrs uzsvēra: „Robežas ir jāstiprina.“ Sēdes noslēgumā ministrs Jānis Bērziņš "
        "pateicās kolēģiem.",
        [("Robežas ir jāstiprina.", "Jānis Bērziņš")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    SPEAKER_CASES,
    ids=[
        "two-speakers",
        "pronoun-fem",
        "pronoun-masc",
        "role-reference",
        "subject-wins",
        "no-speaker",
        "relative-clause",
        "role-named-later",
    ],
)
def test_speakers(rules_parser: Any, text: str, expected: list[tuple[str, str | None]]) -> None:
    quotes, _ = run(rules_parser, text)
    assert pairs(quotes) == expected


def test_quote_continued_by_the_same_speaker(rules_parser: Any) -> None:
    text = (
        "Ilze Vanaga tikās ar studentiem.\n\n„Jūs esat nākotne,“ viņa sacīja. „Mācieties un "
        "strādājiet!“ Tad sekoja jautājumi. „Zaļā skola“ notiks rīt."
    )
    quotes, _ = run(rules_parser, text)
    assert [(q.text, q.speaker, q.rule) for q in quotes] == [
        ("Jūs esat nākotne", "Ilze Vanaga", "quote.direct_after"),
        ("Mācieties un strādājiet!", "Ilze Vanaga", "quote.continued"),
    ]


def test_conviction_attributes_a_quote(rules_parser: Any) -> None:
    text = "„Mēs esam gatavi,“ – pārliecināts ir Jānis Bērziņš. Ilze Vanaga ir pārliecināta, ka izdosies."
    quotes, _ = run(rules_parser, text)
    assert pairs(quotes) == [("Mēs esam gatavi", "Jānis Bērziņš"), ("izdosies.", "Ilze Vanaga")]


def test_role_reference_with_a_country(rules_parser: Any) -> None:
    text = (
        "Finanšu ministrs Jānis Bērziņš tikās ar Igaunijas finanšu ministri Annu Tamu. Igaunijas "
        "ministre norādīja, ka nodokļi netiks celti. Ministrs uzsvēra, ka sadarbība ir laba."
    )
    quotes, _ = run(rules_parser, text, countries={"EE": ["Igaunijas"]})
    assert pairs(quotes) == [
        ("nodokļi netiks celti.", "Anna Tama"),
        ("sadarbība ir laba.", "Jānis Bērziņš"),
    ]


def test_english_role_reference_with_a_country_adjective(rules_parser: Any) -> None:
    text = (
        "Minister of Foreign Affairs Jānis Bērziņš met the Minister of Foreign Affairs of "
        "Estonia, Anna Tamm. “We stand together,” Jānis Bērziņš said. The Estonian Minister "
        "underlined that air defence must be strengthened."
    )
    quotes, _ = run(rules_parser, text, lang="en", countries={"EE": ["Estonia"]})
    assert pairs(quotes) == [
        ("We stand together", "Jānis Bērziņš"),
        ("air defence must be strengthened.", "Anna Tamm"),
    ]


# --------------------------------------------------------------------------- reported speech

REPORTED_CASES = [
    (
        "Jānis Bērziņš uzsvēra, ka sadarbība ar kaimiņvalstīm ir būtiska.",
        [("sadarbība ar kaimiņvalstīm ir būtiska.", "Jānis Bērziņš")],
    ),
    (
        "Kā norāda Ilze Vanaga, pieteikumu skaits ir dubultojies.",
        [("pieteikumu skaits ir dubultojies.", "Ilze Vanaga")],
    ),
    (
        "Pēc Annas Kalniņas teiktā, skolu tīkls tiks pārskatīts.",
        [("skolu tīkls tiks pārskatīts.", "Anna Kalniņa")],
    ),
    (
        "Ministre Ilze Vanaga tikās ar skolotājiem. Tāpat ministre norāda, ka algas pieaugs.",
        [("algas pieaugs.", "Ilze Vanaga")],
    ),
    # a group speaking is not a person: nothing reported
    ("Konferences dalībnieki uzsvēra, ka pieredzes apmaiņa ir svarīga.", []),
    # opinion frames with the speaker in the genitive; "citiem vārdiem" names nobody
    (
        "Ministre Ilze Vanaga tikās ar skolotājiem. Pēc ministres domām, algas jāceļ. Viņas "
        "skatījumā, reforma ir vajadzīga. Citiem vārdiem, darbs turpinās.",
        [("algas jāceļ.", "Ilze Vanaga"), ("reforma ir vajadzīga.", "Ilze Vanaga")],
    ),
    # an initial in the speaker's name, with or without a space
    (
        "Sēdi vadīja Edgars Kalns. Pēc E. Kalna teiktā, sadarbība turpināsies.",
        [("sadarbība turpināsies.", "Edgars Kalns")],
    ),
    ("J.Bērziņa vārdiem, viss notiek pēc plāna.", [("viss notiek pēc plāna.", "J. Bērziņš")]),
    ("Kā norāda A. Liepa, budžets jāpārskata.", [("budžets jāpārskata.", "A. Liepa")]),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    REPORTED_CASES,
    ids=[
        "verb-ka",
        "ka-norada",
        "pec-teikta",
        "role-reference",
        "group-subject",
        "opinion-frames",
        "pec-initial",
        "frame-initial-no-space",
        "ka-norada-initial",
    ],
)
def test_reported(rules_parser: Any, text: str, expected: list[tuple[str, str]]) -> None:
    quotes, _ = run(rules_parser, text)
    assert pairs(quotes) == expected


# --------------------------------------------------------------------------- broken marks


def test_paragraph_without_opening_mark(rules_parser: Any) -> None:
    text = (
        "Sēde sākās laikā.\n\nInvestīcijas ir jāplāno laikus. Tās palīdzēs reģioniem augt,” "
        "uzsver satiksmes ministrs J. Bērziņš."
    )
    quotes, adoc = run(rules_parser, text)
    assert pairs(quotes) == [
        ("Investīcijas ir jāplāno laikus. Tās palīdzēs reģioniem augt", "J. Bērziņš")
    ]
    assert quotes[0].rule == "quote.paragraph_start"
    assert adoc.warnings == []


UNBALANCED_CASES = [
    "Ilze Vanaga piebilda: “Skolām būs pieejami jauni mācību līdzekļi",
    "„Darbs turpinās, norādīja Jānis Bērziņš.",
    "Teksts bez sākuma,” un tad nekas vairāk.",
]


@pytest.mark.parametrize(
    "text", UNBALANCED_CASES, ids=["unclosed-cut", "unclosed-mid", "unopened-no-verb"]
)
def test_unbalanced_marks_warn_and_skip(rules_parser: Any, text: str) -> None:
    quotes, adoc = run(rules_parser, text)
    assert quotes == []
    assert [w.code for w in adoc.warnings] == [WarningCode.UNBALANCED_QUOTE]
    assert not any(p.quoted for p in adoc.results["people"])


def test_people_marked_quoted(rules_parser: Any) -> None:
    text = (
        "Ilze Vanaga tikās ar Jāni Bērziņu. „Mēs turpināsim sadarbību,“ sacīja Ilze Vanaga. "
        "Vanaga piebilda, ka nākamā tikšanās būs rudenī."
    )
    quotes, adoc = run(rules_parser, text)
    by_name = {p.name: p for p in adoc.results["people"]}
    assert by_name["Ilze Vanaga"].quoted and len(by_name["Ilze Vanaga"].quotes) == 2
    assert not by_name["Jānis Bērziņš"].quoted
    assert [q.rule for q in quotes] == ["quote.direct_after", "quote.reported"]


# --------------------------------------------------------------------------- English

ENGLISH_CASES = [
    (
        "“We stand with Ukraine,” Foreign Minister Jānis Bērziņš said.",
        [("We stand with Ukraine", "Jānis Bērziņš")],
    ),
    (
        "Jānis Bērziņš emphasised that the region needs stability.",
        [("the region needs stability.", "Jānis Bērziņš")],
    ),
    ("The award ceremony “Baltic Stars” will take place in Riga.", []),
    (
        "Minister of Finance Arnis Kalns met students. According to the Minister, taxes will "
        "not rise.",
        [("taxes will not rise.", "Arnis Kalns")],
    ),
    ("According to the latest data, the economy grew.", []),
    (
        "Minister of Finance Arnis Kalns met the press. “The rules must be fair,” Kalns said.",
        [("The rules must be fair", "Arnis Kalns")],
    ),
    # reported speech without "that": a subject and a finite verb after the speech verb
    (
        "Minister of Finance Arnis Kalns met students. Kalns said the two banks agreed to merge.",
        [("the two banks agreed to merge.", "Arnis Kalns")],
    ),
    (
        "Ilze Vanaga stressed the new rules will apply from spring.",
        [("the new rules will apply from spring.", "Ilze Vanaga")],
    ),
    (
        "“We act now,” Ilze Vanaga said. She added the talks were useful.",
        [("We act now", "Ilze Vanaga"), ("the talks were useful.", "Ilze Vanaga")],
    ),
    # an object, not a clause
    ("Ilze Vanaga emphasised the importance of the treaty signed in Riga.", []),
    ("Ilze Vanaga noted Estonia's continued support for the plan.", []),
    ("Ilze Vanaga stressed the need to act.", []),
    ("Ilze Vanaga said in a speech the forum is open.", []),
    # an apposition between the name and the verb
    (
        "The Rector of the academy, Ilze Vanaga, said the courses will start in May.",
        [("the courses will start in May.", "Ilze Vanaga")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    ENGLISH_CASES,
    ids=[
        "after-said",
        "that",
        "title",
        "according-to-role",
        "according-to-data",
        "surname-said",
        "bare-ed-verb",
        "bare-modal",
        "bare-pronoun-after-direct",
        "object-participle-after-preposition",
        "object-possessive",
        "object-determiner-noun",
        "preposition-after-verb",
        "bare-after-apposition",
    ],
)
def test_english(rules_parser: Any, text: str, expected: list[tuple[str, str]]) -> None:
    quotes, _ = run(rules_parser, text, lang="en")
    assert pairs(quotes) == expected


# --------------------------------------------------------------------------- verb forms

VERB_FORMS = [
    ("norādīja", True),
    ("norāda", True),
    ("norādīs", True),
    ("norādot", True),
    ("norādīšot", True),
    ("norādījusi", True),
    ("uzsver", True),
    ("uzsverot", True),
    ("pauž", True),
    ("paužot", True),
    ("atzīmējot", True),
    ("teikusi", True),
    ("skaidrojot", True),
    ("strādāja", False),
    ("ministrs", False),
]


@pytest.mark.parametrize(("form", "expected"), VERB_FORMS, ids=[f for f, _ in VERB_FORMS])
def test_speech_verb_forms(form: str, expected: bool) -> None:
    assert (form in speech_verbs("lv")) is expected
