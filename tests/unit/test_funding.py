"""Funding references: amounts in a money clause, granting verbs without an amount, funder and
programme attribution, and what is not funding; on our own sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from newsparse import Parser
from newsparse.errors import WarningCode
from newsparse.model import Funding, Release


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser(backend="rules")


def parse(parser: Parser, text: str, lang: str = "lv") -> Release:
    release = parser.parse(text, lang=lang)
    for f in release.funding:
        assert release.text[f.start : f.end] == f.text
    return release


def items(
    parser: Parser, text: str, lang: str = "lv"
) -> list[tuple[Decimal | None, str | None, str | None, str | None]]:
    return [
        (f.amount, f.currency, f.funder, f.programme) for f in parse(parser, text, lang).funding
    ]


D = Decimal

# --------------------------------------------------------------------------- with an amount

AMOUNTS = [
    (
        "Ministru kabinets piešķīra 1,5 milj. eiro skolu remontam.",
        [(D("1500000"), "EUR", "Ministru kabinets", None)],
    ),
    (
        "Eiropas Komisija apstiprināja finansējumu 12 milj. eiro apmērā pētniecības projektiem.",
        [(D("12000000"), "EUR", "Eiropas Komisija", None)],
    ),
    (
        "Valsts budžeta finansējums pētniecībai nākamgad būs 45 milj. eiro.",
        [(D("45000000"), "EUR", None, None)],
    ),
    (
        "Programmas Apvārsnis Eiropa finansējums Latvijas zinātniekiem sasniedza 60 miljonus eiro.",
        [(D("60000000"), "EUR", None, "Apvārsnis Eiropa")],
    ),
    ("Valdība šim mērķim atvēlēja divus miljonus eiro.", [(D("2000000"), "EUR", None, None)]),
    ("Kopumā projektiem piešķirti 318 250 eiro.", [(D("318250"), "EUR", None, None)]),
    (
        "Pašvaldības projekta kopējais budžets ir EUR 480 000, no tiem Kohēzijas fonda līdzfinansējums ir 85 %.",
        [(D("480000"), "EUR", None, "Kohēzijas fonds")],
    ),
    (
        "Latvijas Zinātnes padome konkursā piešķīra 3,4 miljonus eiro jauniem pētniekiem.",
        [(D("3400000"), "EUR", "Latvijas Zinātnes padome", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    AMOUNTS,
    ids=[
        "verb-subject-milj",
        "funder-sentence-subject-apmera",
        "state-budget-no-funder",
        "programme-genitive-miljonus",
        "written-out-amount",
        "space-groups",
        "percent-is-not-a-second-item",
        "council-as-subject",
    ],
)
def test_amounts(
    parser: Parser,
    text: str,
    expected: list[tuple[Decimal | None, str | None, str | None, str | None]],
) -> None:
    assert items(parser, text) == expected


def test_two_amounts_in_one_sentence_split(parser: Parser) -> None:
    text = (
        "Kopsummu veido Eiropas Komisijas finansējums skolu apmaiņām 4,2 miljonu eiro apmērā "
        "un valsts budžeta līdzfinansējums skolotāju mobilitātei – 0,8 miljoni eiro."
    )
    got = parse(parser, text).funding
    assert [(f.amount, f.funder) for f in got] == [
        (D("4200000"), "Eiropas Komisija"),
        (D("800000"), None),
    ]
    assert got[0].text.startswith("Eiropas Komisijas finansējums") and got[0].text.endswith(
        "apmērā"
    )
    assert got[1].text.startswith("valsts budžeta līdzfinansējums")


def test_headline_amount_repeated_in_body_counts_once(parser: Parser) -> None:
    text = (
        "Skolu digitalizācijai piešķirs 2 milj. eiro\n\n"
        "Izglītības un zinātnes ministrija skolu digitalizācijai piešķirs 2 milj. eiro."
    )
    got = parse(parser, text).funding
    assert [(f.amount, f.funder) for f in got] == [
        (D("2000000"), "Izglītības un zinātnes ministrija")
    ]
    assert got[0].start > text.index("\n")


# --------------------------------------------------------------------------- without an amount

WORDS = [
    (
        "Veselības ministrija piešķīra finansējumu četrām reģionālajām slimnīcām.",
        [(None, None, "Veselības ministrija", None)],
        "funding.alloc_verb",
    ),
    (
        "Grāmata izdota ar Kultūras ministrijas piešķirto finansējumu.",
        [(None, None, "Kultūras ministrija", None)],
        "funding.alloc_verb",
    ),
    (
        "Semināru līdzfinansē Ziemeļu Ministru padome programmas Nordplus ietvaros.",
        [(None, None, "Ziemeļu Ministru padome", "Nordplus")],
        "funding.cofund_verb",
    ),
    (
        "Konkursā šogad atbalstīti divpadsmit jauniešu projekti.",
        [(None, None, None, None)],
        "funding.support_verb",
    ),
    (
        "Būtiskas būs Modernizācijas fonda investīcijas siltumapgādē.",
        [(None, None, None, "Modernizācijas fonds")],
        "funding.programme_money",
    ),
    (
        "Finansējums tiek piešķirts piecu pētījumu veikšanai.",
        [(None, None, None, None)],
        "funding.alloc_verb",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected", "rule"),
    WORDS,
    ids=[
        "alloc-verb-subject",
        "participle-genitive-funder",
        "cofund-verb-inverted-subject",
        "supported-projects",
        "fund-investments",
        "passive-alloc",
    ],
)
def test_without_amount(
    parser: Parser, text: str, expected: list[tuple[None, None, str | None, str | None]], rule: str
) -> None:
    got = parse(parser, text).funding
    assert [(f.amount, f.currency, f.funder, f.programme) for f in got] == expected
    assert [f.rule for f in got] == [rule]


def test_participle_gives_narrow_span(parser: Parser) -> None:
    (f,) = parse(parser, "Grāmata izdota ar Kultūras ministrijas piešķirto finansējumu.").funding
    assert f.text == "Kultūras ministrijas piešķirto finansējumu"


# --------------------------------------------------------------------------- attribution


def test_programme_from_an_earlier_sentence_and_its_owner(parser: Parser) -> None:
    text = (
        "Ekonomikas ministrija izsludināja konkursu “Inovāciju vaučeri 2030”. "
        "Konkursā pieejamais finansējums ir 500 000 eiro."
    )
    (f,) = parse(parser, text).funding
    assert (f.amount, f.funder, f.programme) == (
        D("500000"),
        "Ekonomikas ministrija",
        "Inovāciju vaučeri 2030",
    )


def test_funder_shared_by_items_of_one_programme(parser: Parser) -> None:
    text = (
        "Labklājības ministrija piešķīra finansējumu projektam “Droša ģimene”. "
        "Projektā kopumā atbalstīti septiņi projekti."
    )
    got = parse(parser, text).funding
    assert [(f.funder, f.programme) for f in got] == [
        ("Labklājības ministrija", "Droša ģimene"),
        ("Labklājības ministrija", "Droša ģimene"),
    ]


def test_adjacent_fund_wins_over_programme_earlier_in_the_clause(parser: Parser) -> None:
    text = (
        "Reģionālās politikas programmā 2021.–2027. gadam pieejami 3 mljrd. eiro, no tiem "
        "Kohēzijas fonda investīcijas veido 700 miljonus eiro."
    )
    got = parse(parser, text).funding
    assert [(f.amount, f.programme) for f in got] == [
        (D("3000000000"), "Reģionālās politikas programma 2021.–2027. gadam"),
        (D("700000000"), "Kohēzijas fonds"),
    ]
    assert got[1].text.startswith("Kohēzijas fonda investīcijas")


def test_recipient_is_not_the_funder(parser: Parser) -> None:
    text = "Daugavpils Universitāte saņems 800 000 eiro no Eiropas Sociālā fonda."
    assert items(parser, text) == [(D("800000"), "EUR", None, "Eiropas Sociālais fonds")]


def test_funding_programme_before_project_title(parser: Parser) -> None:
    text = "Projektu “Tīras upes” līdzfinansē Eiropas Savienība programmas LIFE ietvaros."
    assert items(parser, text) == [(None, None, "Eiropas Savienība", "LIFE")]


def test_programme_linked_by_shared_words(parser: Parser) -> None:
    text = (
        "Valdība apstiprināja Reģionālās politikas programmu 2021.–2027. gadam. "
        "Vēlāk ministrs norādīja, ka reģioniem būs pieejamas Reģionālās politikas investīcijas 300 milj. eiro apmērā."
    )
    (f,) = parse(parser, text).funding
    assert f.programme == "Reģionālās politikas programma 2021.–2027. gadam"


# --------------------------------------------------------------------------- not funding

NOT_FUNDING = [
    "Ministrija pieprasīja 3 milj. eiro papildu finansējumu.",
    "Iedzīvotāju skaits pieauga par 5 %.",
    "Ministrijai iespējams piešķirt finansējumu vēl diviem projektiem.",
    "Diskusijā runāja par finansēšanas modeļiem un valsts atbalstu nozarei.",
    "Stipendiju piešķiršanas kārtība mainīsies.",
    "Uzņēmuma apgrozījums pērn bija 12 milj. eiro.",
    "Balvu piešķīra labākajam skolotājam.",
]


@pytest.mark.parametrize(
    "text",
    NOT_FUNDING,
    ids=[
        "requested-sum",
        "percentage",
        "infinitive-plan",
        "verbal-noun-and-bare-support",
        "verbal-noun-piesirsana",
        "turnover",
        "award-not-money",
    ],
)
def test_not_funding(parser: Parser, text: str) -> None:
    assert parse(parser, text).funding == ()


def test_unreadable_amount_warns_and_goes_on(parser: Parser) -> None:
    release = parse(parser, "Projektam piešķirti 1,2,3 eiro. Skolām piešķirti 400 eiro.")
    assert [f.amount for f in release.funding] == [D("400")]
    assert [w.code for w in release.warnings if w.code == WarningCode.AMOUNT_UNPARSED] == ["W301"]


def test_english(parser: Parser) -> None:
    text = "The Ministry of Foreign Affairs allocated EUR 1.2 million to the project."
    assert items(parser, text, lang="en") == [
        (D("1200000"), "EUR", "Ministry of Foreign Affairs", None)
    ]


def test_roundtrip_and_order(parser: Parser) -> None:
    text = "Ministru kabinets piešķīra 5 milj. eiro. Vēlāk Finanšu ministrija piešķīra vēl 300 tūkst. eiro."
    release = parse(parser, text)
    assert [f.start for f in release.funding] == sorted(f.start for f in release.funding)
    assert tuple(Funding.from_dict(f.to_dict()) for f in release.funding) == release.funding
    assert release.funding[1].to_dict()["amount"] == "300000"
