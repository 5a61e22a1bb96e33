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


# --------------------------------------------------------------------------- funder and programme
# One row per phenomenon of the held-out evaluation (tests/corpus/heldout), on our own sentences:
# expected (amount, funder, programme) of every item, in order.

ATTRIBUTION = [
    (
        "subject-before-a-relative-clause",
        "Valsts kultūrkapitāla fonds izsludinājis konkursu “Radošās darbnīcas”, kurā pieejami "
        "80 000 eiro.",
        "lv",
        [(D("80000"), "Valsts kultūrkapitāla fonds", "Radošās darbnīcas")],
    ),
    (
        "funder-after-the-verb-beats-state-budget",
        "Valsts budžeta līdzfinansējumu 300 tūkst. eiro apmērā nodrošinās Zemkopības ministrija.",
        "lv",
        [(D("300000"), "Zemkopības ministrija", None)],
    ),
    (
        "funder-from-the-previous-sentence-subject",
        "Latvijas Zinātnes padome apstiprinājusi jaunā konkursa rezultātus. "
        "Kopumā pieejami 2,4 miljoni eiro.",
        "lv",
        [(D("2400000"), "Latvijas Zinātnes padome", None)],
    ),
    (
        "funder-chain-through-item-sentences",
        "Valsts izglītības attīstības aģentūra apkopojusi konkursa rezultātus. Kopumā aģentūra "
        "apstiprinājusi 60 projektus, kuru īstenošanai pieejami 5 milj. eiro.\n\nLielākā daļa "
        "finansējuma – 3 000 000 eiro – novirzīta skolām. Jauniešu projektiem piešķirti 400 tūkst. "
        "eiro.",
        "lv",
        [
            (D("5000000"), "Valsts izglītības attīstības aģentūra", None),
            (D("3000000"), "Valsts izglītības attīstības aģentūra", None),
            (D("400000"), "Valsts izglītības attīstības aģentūra", None),
        ],
    ),
    (
        "funder-from-the-next-amountless-sentence",
        "Skolām šogad pieejami EUR 48 000. Atbalstu finansē Labklājības ministrija.",
        "lv",
        [(D("48000"), "Labklājības ministrija", None), (None, "Labklājības ministrija", None)],
    ),
    (
        "eu-genitive-before-coordinated-funds",
        "Pašvaldībām pieejamas Eiropas Savienības fondu un Modernizācijas fonda investīcijas "
        "20 miljonu eiro apmērā.",
        "lv",
        [(D("20000000"), "Eiropas Savienība", "Modernizācijas fonds")],
    ),
    (
        "reporting-ministry-is-not-the-funder",
        "Satiksmes ministrija informē, ka ostu attīstību finansēs Kohēzijas fonda projekts.",
        "lv",
        [(None, None, "Kohēzijas fonds")],
    ),
    (
        "state-budget-in-the-previous-item-carries-none",
        "Kultūras ministrija informēja, ka valsts budžetā programmai “Skolu teātris” paredzēti "
        "3 milj. eiro. Salīdzinājumā ar pērno gadu finansējums pieaugs par 200 tūkst. eiro.",
        "lv",
        [(D("3000000"), None, "Skolu teātris"), (D("200000"), None, "Skolu teātris")],
    ),
    (
        "state-as-subject-gives-no-funder",
        "Izglītības un zinātnes ministrija parakstīja līgumu par kopīgu fondu, kam katra valsts "
        "atvēlēs 2 milj. eiro.",
        "lv",
        [(D("2000000"), None, None)],
    ),
    (
        "project-total-has-no-single-funder",
        "Eiropas Komisija no programmas LIFE piešķīra projektam 3 milj. eiro. "
        "Projekta kopējais budžets ir 4 milj. eiro.",
        "lv",
        [(D("3000000"), "Eiropas Komisija", "LIFE"), (D("4000000"), None, "LIFE")],
    ),
    (
        "embedded-relative-clause-skipped",
        "Pagājušajā kārtā, ko finansēja Kohēzijas fonds, Latvijas Investīciju un attīstības "
        "aģentūra apstiprināja 30 projektus par kopējo summu EUR 5 000 000.",
        "lv",
        [(D("5000000"), "Latvijas Investīciju un attīstības aģentūra", "Kohēzijas fonds")],
    ),
    (
        "project-title-is-not-the-programme",
        "Ārlietu ministrija piešķirs 400 000 eiro no Attīstības sadarbības politikas plāna 2025. "
        "gadam. Lielākais atbalsts – 90 tūkst. eiro – paredzēts projektam “Tīrs ūdens Moldovai”.",
        "lv",
        [
            (
                D("400000"),
                "Ārlietu ministrija",
                "Attīstības sadarbības politikas plāns 2025. gadam",
            ),
            (D("90000"), "Ārlietu ministrija", "Attīstības sadarbības politikas plāns 2025. gadam"),
        ],
    ),
    (
        "funding-word-inside-an-organisation-name",
        "Lauku atbalsta dienests šomēnes izmaksās lauksaimniekiem 20 miljonus eiro.",
        "lv",
        [(D("20000000"), "Lauku atbalsta dienests", None)],
    ),
    (
        "genitive-acronym-is-not-a-subject",
        "Programmā veikti labojumi atbilstoši EK komentāriem. "
        "Programmā ietvertas Modernizācijas fonda investīcijas.",
        "lv",
        [(None, None, "Modernizācijas fonds")],
    ),
    (
        "amount-in-words-after-a-trade-word-in-a-name",
        "Ekonomikas ministrija izstrādājusi programmu “Eksporta tilts” ar kopējo budžetu septiņu "
        "miljonu eiro apmērā.",
        "lv",
        [(D("7000000"), "Ekonomikas ministrija", "Eksporta tilts")],
    ),
    (
        "relative-clause-amount-joined-to-its-head",
        "Finansējums piešķirts 15 pētniecības projektiem, kuru īstenošanai divos gados paredzēti "
        "4,2 miljoni eiro.",
        "lv",
        [(D("4200000"), None, None)],
    ),
    (
        "receiving-verb-with-eu-funds",
        "Jaunais regulējums ļaus skolām saņemt ES fondu finansējumu sporta zāļu atjaunošanai.",
        "lv",
        [(None, "Eiropas Savienība", None)],
    ),
    (
        "money-noun-with-a-plan",
        "Finansējums paredzēts Latvijas Digitālās transformācijas plānā 2030. gadam.",
        "lv",
        [(None, None, "Latvijas Digitālās transformācijas plāns 2030. gadam")],
    ),
    (
        "head-noun-anaphor-in-a-reported-clause",
        "Valsts izglītības attīstības aģentūra informē, ka aģentūra piešķīrusi 2 milj. eiro "
        "skolām.",
        "lv",
        [(D("2000000"), "Valsts izglītības attīstības aģentūra", None)],
    ),
    (
        "sentence-initial-head-noun-anaphor",
        "Zemkopības ministrija izsludināja konkursu. Ministrija tam atvēlējusi 2 milj. eiro.",
        "lv",
        [(D("2000000"), "Zemkopības ministrija", None)],
    ),
    (
        "partner-after-a-preposition-is-not-the-funder",
        "Kultūras ministrija sadarbībā ar Valsts kultūrkapitāla fondu piešķirs 500 000 eiro.",
        "lv",
        [(D("500000"), "Kultūras ministrija", None)],
    ),
    (
        "relative-clause-about-an-unnamed-programme",
        "Valsts izglītības attīstības aģentūra administrē programmu “Erasmus+”. Vienlaikus "
        "Izglītības un zinātnes ministrija vienojās ar kaimiņvalstīm par kopīgu konkursu, kam "
        "katra valsts atvēlēs 300 tūkst. eiro.",
        "lv",
        [(D("300000"), None, None)],
    ),
    (
        "requester-in-the-previous-sentence-is-not-carried",
        "Latvijas Pašvaldību savienība pieprasīja papildu līdzekļus. "
        "Nākamgad šim mērķim paredzēti vēl 3 miljoni eiro.",
        "lv",
        [(D("3000000"), None, None)],
    ),
    (
        "request-noun-does-not-block-the-carry",
        "Eiropas Komisija apstiprināja Latvijas maksājuma pieprasījumu. "
        "Latvija saņems 90 milj. eiro.",
        "lv",
        [(D("90000000"), "Eiropas Komisija", None)],
    ),
    (
        "no-funder-guessed-beyond-the-neighbouring-sentence",
        "Eiropas Komisija novērtēja Latvijas plānu programmas “Zaļie ceļi” ietvaros. Plāns aptver "
        "30 reformas.\n\nKopumā programmas “Zaļie ceļi” ietvaros pieejami 5 milj. eiro.",
        "lv",
        [(D("5000000"), None, "Zaļie ceļi")],
    ),
    (
        "en-list-recipients-are-not-funders",
        "The Ministry of Foreign Affairs allocated EUR 300,000 to flood relief. EUR 100,000 will "
        "go to UNICEF for shelters, and EUR 200,000 to the Red Cross for food.",
        "en",
        [
            (D("300000"), "Ministry of Foreign Affairs", None),
            (D("100000"), "Ministry of Foreign Affairs", None),
            (D("200000"), "Ministry of Foreign Affairs", None),
        ],
    ),
    (
        "en-subject-inside-the-span",
        "Since 2020, the Ministry of Education and Science has provided support worth EUR 4 "
        "million to schools abroad.",
        "en",
        [(D("4000000"), "Ministry of Education and Science", None)],
    ),
    (
        "en-number-ends-a-sentence",
        "The Ministry of Foreign Affairs will provide EUR 300,000 to schools in 2027. Lithuania "
        "will receive EUR 5 million from the European Social Fund Plus (ESF+).",
        "en",
        [
            (D("300000"), "Ministry of Foreign Affairs", None),
            (D("5000000"), None, "European Social Fund Plus"),
        ],
    ),
    (
        "other-programme-takes-no-carried-funder",
        "Ārlietu ministrija atvēlēs 200 000 eiro skolām. Vienlaikus pašvaldības saņems 3 milj. "
        "eiro no Eiropas Sociālā fonda Plus.",
        "lv",
        [
            (D("200000"), "Ārlietu ministrija", None),
            (D("3000000"), None, "Eiropas Sociālais fonds Plus"),
        ],
    ),
    (
        "previous-sentence-not-about-money",
        "Latvijas vēstniecība Japānā 3. jūnijā rīkos filmu vakaru. Latviešu valodas skolām šogad "
        "piešķirti 60 000 eiro.",
        "lv",
        [(D("60000"), None, None)],
    ),
    (
        "en-previous-sentence-not-about-money",
        "The Embassy of Latvia in Japan will host a film evening on 3 June. In 2024, EUR 60,000 "
        "was allocated to language schools.",
        "en",
        [(D("60000"), None, None)],
    ),
    (
        "country-as-subject-is-the-state",
        "Ārlietu ministrija izstrādājusi jaunu atbalsta plānu. Latvija šogad tam atvēlējusi "
        "400 000 eiro.",
        "lv",
        [(D("400000"), None, None)],
    ),
    (
        "en-country-as-subject-is-the-state",
        "The Ministry of Education and Science presented a new support plan. In 2024 Estonia "
        "allocated EUR 2 million to the housing fund.",
        "en",
        [(D("2000000"), None, None)],
    ),
    (
        "en-total-cost-has-no-single-funder",
        "The Cabinet of Ministers approved the investment programme of the port. The total cost "
        "of the port project is EUR 60 million.",
        "en",
        [(D("60000000"), None, None)],
    ),
    (
        "coordinated-clause-names-who-covers-the-amount",
        "Jaunās skolas būvniecība izmaksās 3 milj. eiro, un šo summu gandrīz pilnībā segs "
        "Eiropas Savienības Kohēzijas fonds.",
        "lv",
        [(D("3000000"), "Eiropas Savienība", "Kohēzijas fonds")],
    ),
    (
        "relative-clause-names-the-granting-subject",
        "Bibliotēkas atjaunošanai paredzēti 400 000 eiro, ko piešķīrusi Kultūras ministrija.",
        "lv",
        [(D("400000"), "Kultūras ministrija", None)],
    ),
    (
        "en-will-support-with-an-amount",
        "The Ministry of Culture will support 12 choirs with EUR 90,000.",
        "en",
        [(D("90000"), "Ministry of Culture", None)],
    ),
    (
        "en-covered-by-a-programme",
        "The Ministry of Culture announced the results. EUR 2 million will be covered by the "
        "European Regional Development Fund.",
        "en",
        [(D("2000000"), None, "European Regional Development Fund")],
    ),
    (
        "reporter-is-the-dropped-subject-of-a-finite-verb",
        "Zemkopības ministrija paziņoja, ka nākamgad mežu atjaunošanai atvēlēs 2 milj. eiro.",
        "lv",
        [(D("2000000"), "Zemkopības ministrija", None)],
    ),
    (
        "reported-passive-names-no-funder",
        "Zemkopības ministrija paziņoja, ka mežu atjaunošanai piešķirti 2 milj. eiro.",
        "lv",
        [(D("2000000"), None, None)],
    ),
    (
        "reported-clause-with-a-subject-of-its-own",
        "Satiksmes ministrija informē, ka pašvaldība ceļu remontam atvēlēs 300 000 eiro.",
        "lv",
        [(D("300000"), None, None)],
    ),
    (
        "profit-paid-into-the-budget-by-the-reporter",
        "Latvijas Banka paziņoja, ka no 2023. gada peļņas dividendēs valsts budžetā ieskaitīs "
        "40 milj. eiro.",
        "lv",
        [(D("40000000"), "Latvijas Banka", None)],
    ),
    (
        "project-name-before-projekts-is-not-the-programme",
        "Eiropas Komisija piešķīrusi Rail Baltica projekta Rīgas posmam 80 milj. eiro no Eiropas "
        "infrastruktūras savienošanas instrumenta.",
        "lv",
        [(D("80000000"), "Eiropas Komisija", "Eiropas infrastruktūras savienošanas instruments")],
    ),
    (
        "earlier-programme-named-without-money-is-not-taken",
        "Ministri vienojās kopīgi būvēt Baltijas aizsardzības līniju. Nākamā tikšanās notiks "
        "Rīgā.\n\nRobežu stiprināšanai nākamgad piešķirti 12 milj. eiro.",
        "lv",
        [(D("12000000"), None, None)],
    ),
    (
        "earlier-programme-of-a-call-is-taken",
        "Ekonomikas ministrija izsludināja konkursu “Zaļie uzņēmumi”. Pieteikumus vērtēs "
        "neatkarīgi eksperti. Komisijas sēde notiks maijā.\n\nViens komersants varēs saņemt līdz "
        "20 000 eiro.",
        "lv",
        [(D("20000"), None, "Zaļie uzņēmumi")],
    ),
    (
        "abbreviated-scale-before-a-code-ends-no-sentence",
        "Pašvaldībām šogad pieejami 3,5 milj. EUR. Finansējumu nodrošina programma „Droša skola“.",
        "lv",
        [(D("3500000"), None, "Droša skola"), (None, None, "Droša skola")],
    ),
    (
        "en-own-share-has-no-funder",
        "The European Commission approved the plan. "
        "Latvia's share of the joint order will be EUR 2 million.",
        "en",
        [(D("2000000"), None, None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [row[1:] for row in ATTRIBUTION],
    ids=[row[0] for row in ATTRIBUTION],
)
def test_attribution(
    parser: Parser,
    text: str,
    lang: str,
    expected: list[tuple[Decimal | None, str | None, str | None]],
) -> None:
    got = parse(parser, text, lang).funding
    assert [(f.amount, f.funder, f.programme) for f in got] == expected


def test_english_list_item_spans(parser: Parser) -> None:
    text = "EUR 100,000 will go to UNICEF for shelters, and EUR 200,000 to the Red Cross for food."
    got = parse(parser, text, "en").funding
    assert [f.text for f in got] == [
        "EUR 100,000 will go to UNICEF for shelters",
        "EUR 200,000 to the Red Cross for food",
    ]


# --------------------------------------------------------------------------- not funding

NOT_FUNDING = [
    "Ministrija pieprasīja 3 milj. eiro papildu finansējumu.",
    "Iedzīvotāju skaits pieauga par 5 %.",
    "Ministrijai iespējams piešķirt finansējumu vēl diviem projektiem.",
    "Diskusijā runāja par finansēšanas modeļiem un valsts atbalstu nozarei.",
    "Stipendiju piešķiršanas kārtība mainīsies.",
    "Uzņēmuma apgrozījums pērn bija 12 milj. eiro.",
    "Balvu piešķīra labākajam skolotājam.",
    "Siltināšana ļaus skolai ietaupīt 40 000 eiro gadā.",
    "Atbalsts tiks piešķirts līdz 60 % no attiecināmajām izmaksām.",
    "Konkursā atbalstīti 40 projekti\n\nPieteikumus vērtēja ārvalstu eksperti.",
    "Fonda līdzekļus veido ieņēmumi no kvotu izsolēm 12 milj. eiro apmērā.",
    "Iedzīvotāji var saņemt informāciju par finansējumu pašvaldībā.",
    "Dalības maksa semināram ir 35 eiro.",
    "Iedzīvotāju noguldījumi bankās gada laikā pieauga līdz 9 mljrd. eiro.",
    "Jaunā tilta izmaksas tiek lēstas ap 80 milj. eiro.",
    "Aģentūra iesniegusi ministrijai pieteikumu vēl 700 000 eiro saņemšanai.",
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
        "savings",
        "percentage-alone-with-a-granting-verb",
        "headline",
        "revenue",
        "money-noun-after-a-preposition-is-not-received",
        "fee",
        "deposits",
        "cost-estimate",
        "application-governs-the-requested-sum",
    ],
)
def test_not_funding(parser: Parser, text: str) -> None:
    assert parse(parser, text).funding == ()


NOT_FUNDING_EN = [
    ("ticket-price", "Concert tickets cost from EUR 15 and go on sale in May."),
    ("fees", "Registration fees for the conference are EUR 120 per participant."),
    ("deposits", "Household deposits in Latvian banks reached EUR 10 billion in March."),
    ("cost-estimate", "The cost of the new bridge is estimated at EUR 90 million."),
    ("application", "The city submitted an application for EUR 4 million to the fund."),
]


@pytest.mark.parametrize("text", [t for _, t in NOT_FUNDING_EN], ids=[i for i, _ in NOT_FUNDING_EN])
def test_not_funding_en(parser: Parser, text: str) -> None:
    assert parse(parser, text, "en").funding == ()


def test_application_does_not_block_a_grant_after_it(parser: Parser) -> None:
    text = "Kultūras ministrija izvērtēja pieteikumus un piešķīra 60 000 eiro trim projektiem."
    assert items(parser, text) == [(D("60000"), "EUR", "Kultūras ministrija", None)]


def test_money_paid_from_profit_counts(parser: Parser) -> None:
    # "no peļņas": the profit is where the money comes from, not the amount
    text = "No pagājušā gada peļņas valsts budžetā ieskaitīs 25 milj. eiro."
    assert [(a, c) for a, c, _, _ in items(parser, text)] == [(D("25000000"), "EUR")]


def test_other_currency_codes(parser: Parser) -> None:
    text = "Canada will spend CAD 40 million on the new barracks."
    assert [(a, c) for a, c, _, _ in items(parser, text, "en")] == [(D("40000000"), "CAD")]


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
