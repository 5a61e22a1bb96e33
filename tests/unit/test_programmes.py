"""Programmes: gazetteer names in every case, named plans/programmes with a year, proper plans
and platforms, quoted project/competition titles, unquoted programme names; our own sentences."""

from __future__ import annotations

import pytest

from newsparse import Parser
from newsparse.model import Release


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser(backend="rules")


def parse(parser: Parser, text: str, lang: str = "lv") -> Release:
    release = parser.parse(text, lang=lang)
    for p in release.programmes:
        for m in p.mentions:
            assert release.text[m.start : m.end] == m.text
    return release


def names(parser: Parser, text: str, lang: str = "lv") -> list[str]:
    return [p.name for p in parse(parser, text, lang).programmes]


GAZETTEER = [
    ("Skolēni devās apmaiņā Erasmus+ programmā.", ["Erasmus+"]),
    ("Braucienu atbalstīja programma “Erasmus+”.", ["Erasmus+"]),
    ("Projektu finansē no Eiropas Sociālā fonda.", ["Eiropas Sociālais fonds"]),
    (
        "Eiropas Reģionālās attīstības fonda (ERAF) projekti. ERAF atbalsts turpināsies.",
        ["Eiropas Reģionālās attīstības fonds"],
    ),
    (
        "Reformas paredz Atveseļošanas un noturības mehānisma plānā.",
        ["Atveseļošanas un noturības mehānisms"],
    ),
    (
        "Līdzekļi pieejami Kohēzijas fondam un Taisnīgas pārkārtošanās fondā.",
        ["Kohēzijas fonds", "Taisnīgas pārkārtošanās fonds"],
    ),
    ("Pētnieki piedalās programmā Apvārsnis Eiropa.", ["Apvārsnis Eiropa"]),
    ("Skolas sadarbojas Nordplus tīklā.", ["Nordplus"]),
    ("Projektu atbalsta LIFE programma.", ["LIFE"]),
    (
        "Zemnieki saņēma atbalstu no Eiropas Lauksaimniecības fonda lauku attīstībai.",
        ["Eiropas Lauksaimniecības fonds lauku attīstībai"],
    ),
    (
        "Pašvaldības sadarbojas ES Stratēģijas Baltijas jūras reģionam ietvaros.",
        ["Eiropas Savienības Stratēģija Baltijas jūras reģionam"],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    GAZETTEER,
    ids=[
        "erasmus-plus",
        "quoted-gazetteer-name",
        "adjective-agrees-gen",
        "acronym-defined",
        "mechanism-gen",
        "two-funds-dat-loc",
        "horizon-europe",
        "nordplus",
        "life-upper-case",
        "words-after-head-stay-gen",
        "short-form-words-after-head",
    ],
)
def test_gazetteer(parser: Parser, text: str, expected: list[str]) -> None:
    assert names(parser, text) == expected


PATTERNS = [
    (
        "Darbs noritēs saskaņā ar Nacionālo attīstības plānu 2021.–2027. gadam.",
        ["Nacionālais attīstības plāns 2021.–2027. gadam"],
    ),
    (
        "Mērķi noteikti Izglītības attīstības pamatnostādnēs 2021.-2027.gadam.",
        ["Izglītības attīstības pamatnostādnes 2021.-2027. gadam"],
    ),
    (
        "Valdība apstiprināja grozījumus Latvijas Enerģētikas stratēģijā 2030. gadam.",
        ["Latvijas Enerģētikas stratēģija 2030. gadam"],
    ),
    (
        "Kopumā Igaunijai Reģionālās politikas programmā 2021.–2027. gadam paredzēts daudz.",
        ["Reģionālās politikas programma 2021.–2027. gadam"],
    ),
    (
        "Finansējumu paredz Eiropas Savienības (ES) kohēzijas politikas programma 2021.–2027. gadam.",
        ["Eiropas Savienības kohēzijas politikas programma 2021.–2027. gadam"],
    ),
    ("Ministri apsprieda ES Ūdens resursu plānu.", ["ES Ūdens resursu plāns"]),
    (
        "Eksperti dalījās pieredzē Ziemeļvalstu sadarbības platformā.",
        ["Ziemeļvalstu sadarbības platforma"],
    ),
    ("Konkursam “Zaļās skolas” pieteicās 40 skolas.", ["Zaļās skolas"]),
    ("Ministrija īsteno projektu “Droša skola visiem”.", ["Droša skola visiem"]),
    ("Piedalīties iniciatīvā „Skolas soma” var visi skolēni.", ["Skolas soma"]),
    ("Studenti brauc uz ASV programmas Fulbright ietvaros.", ["Fulbright"]),
    (
        "Ministrija grozīs Zivsaimniecības nozares operatīvo plānu 2024.–2026. gadam.",
        ["Zivsaimniecības nozares operatīvais plāns 2024.–2026. gadam"],
    ),
    (
        "Projektus atbalsta Igaunijas–Latvijas pārrobežu sadarbības programma 2021.–2027. gadam.",
        ["Igaunijas–Latvijas pārrobežu sadarbības programma 2021.–2027. gadam"],
    ),
    (
        "Pašvaldības var pieteikties Klimata pārmaiņu finanšu instrumenta konkursā.",
        ["Klimata pārmaiņu finanšu instruments"],
    ),
    (
        "Valdība apstiprināja Attīstības sadarbības plānu Moldovai 2026. gadam.",
        ["Attīstības sadarbības plāns Moldovai 2026. gadam"],
    ),
    (
        "Apstiprināta Latvijas Digitālās transformācijas stratēģija.",
        ["Latvijas Digitālās transformācijas stratēģija"],
    ),
    (
        "Mērķus nosaka Latvijas Ūdenssaimniecības attīstības plāns 2035.",
        ["Latvijas Ūdenssaimniecības attīstības plāns 2035"],
    ),
    (
        "Ministri apstiprināja ES stratēģiju Moldovai.",
        ["ES stratēģija Moldovai"],
    ),
    (
        "Pašvaldības pieteiksies Interreg Latvijas–Lietuvas programmas 2021.–2027. gadam "
        "konkursam. Latvijas–Lietuvas programma 2021.–2027. gadam atbalsta ceļus.",
        ["Interreg Latvijas–Lietuvas programma 2021.–2027. gadam"],
    ),
    (
        "Līdzekļus nodrošinās ES Radošās Eiropas programma. Radošā Eiropa atbalsta kino.",
        ["Radošās Eiropas programma"],
    ),
    (
        "Valstis vienojās par vēja parka projekta BALTWIND nākamo posmu. BALTWIND jauda būs liela.",
        ["BALTWIND"],
    ),
    (
        "Aģentūra sāks atbalsta pasākumu ilgstošajiem bezdarbniekiem „Darbs tuvumā“.",
        ["Darbs tuvumā"],
    ),
    ("Ministrija atbalsta programmu jauniešiem „Mana karjera“.", ["Mana karjera"]),
    ("Būvniecība Rail Baltica trasē turpinās.", ["Rail Baltica"]),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    PATTERNS,
    ids=[
        "plan-year-adjective-acc",
        "guidelines-plural-no-space",
        "strategy-loc-one-year",
        "adverb-and-dative-do-not-open-a-name",
        "programme-acronym-dropped",
        "es-plan-no-year",
        "platform-loc",
        "competition-title",
        "project-title",
        "initiative-low-quote",
        "unquoted-programme-name",
        "lowercase-adjective-acc-before-head",
        "dash-joined-countries",
        "instrument-head-gen",
        "dative-place-inside-name",
        "sentence-initial-verb-not-in-name",
        "bare-year",
        "acronym-head-and-dative-place",
        "one-word-brand-before-a-programme-name",
        "listed-name-in-genitive-before-programma",
        "project-name-in-capitals-every-mention",
        "title-after-two-word-head-and-dative-words",
        "title-after-a-dative-word",
        "listed-project-without-quotes",
    ],
)
def test_patterns(parser: Parser, text: str, expected: list[str]) -> None:
    assert names(parser, text) == expected


def test_same_head_and_period_is_one_programme(parser: Parser) -> None:
    text = (
        "Valdība atbalstīja Kohēzijas politikas programmu 2021.–2027. gadam. "
        "Pēc tam ES fondu programmu 2021.–2027. gadam iesniegs Briselē."
    )
    (prog,) = parse(parser, text).programmes
    assert prog.name == "Kohēzijas politikas programma 2021.–2027. gadam"
    assert len(prog.mentions) == 2


NOT_PROGRAMMES = [
    "Skolām palīdz ES programmas un digitālās platformas.",
    "Projekts tika īstenots veiksmīgi.",
    "Programmā veikti precizējumi.",
    "Tiešsaistes tikšanās “Digitālā nākotne” notika otrdien.",
    "Valdības rīcības plāns tiks pārskatīts.",
    "Plānošanas periodā 2021.-2027. gadam būs pieejams finansējums.",
    "Ministri apsprieda Igaunijas jauno plānu.",
    "Sabiedrotie apsprieda NATO kopīgās aizsardzības plānu.",
    "Darba plānā 2026. gadā paredzētas pārbaudes.",
    "Pasākumā „Zinātnieku nakts“ piedalījās skolēni.",
    "Projekta ES daļa ir liela.",
    "Projektu, kura nosaukums „Zaļā skola“, vērtēs vēlāk.",
]


@pytest.mark.parametrize(
    "text",
    NOT_PROGRAMMES,
    ids=[
        "generic-es-programmes",
        "generic-project",
        "generic-capitalised",
        "quoted-event",
        "sentence-initial-plan",
        "period-is-not-a-programme",
        "place-and-adjective-only",
        "organisation-and-lowercase-description",
        "year-of-time-not-of-name",
        "an-event-is-not-a-programme",
        "a-known-acronym-after-projekts",
        "a-comma-between-head-and-quote",
    ],
)
def test_not_programmes(parser: Parser, text: str) -> None:
    assert names(parser, text) == []


def test_acronym_defined_after_a_pattern_name(parser: Parser) -> None:
    text = (
        "Pašvaldības var pieteikties Klimata pārmaiņu finanšu instrumenta (KPFI) konkursā. "
        "KPFI līdzekļi ir ierobežoti."
    )
    (prog,) = parse(parser, text).programmes
    assert prog.name == "Klimata pārmaiņu finanšu instruments"
    assert [m.text for m in prog.mentions][1:] == ["KPFI", "KPFI"]


def test_invariant_word_after_the_head(parser: Parser) -> None:
    text = "Skolotāju algas sedz Eiropas Sociālā fonda Plus līdzekļi."
    assert names(parser, text) == ["Eiropas Sociālais fonds Plus"]


ENGLISH = [
    (
        "Grants are awarded under the National Digital Transformation Plan 2027.",
        ["National Digital Transformation Plan 2027"],
    ),
    (
        "The Baltic Energy Security Strategy 2025–2030 was presented in Tallinn.",
        ["Baltic Energy Security Strategy 2025–2030"],
    ),
    (
        "Reforms follow the Digital Skills and Jobs Strategy of the government.",
        ["Digital Skills and Jobs Strategy"],
    ),
    ("The World Food Programme delivered the aid.", []),
    ("Latvia's Recovery Plan is ready.", []),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    ENGLISH,
    ids=[
        "plan-with-year",
        "opener-dropped-period",
        "and-inside-name",
        "organisation-not-programme",
        "one-word",
    ],
)
def test_english_patterns(parser: Parser, text: str, expected: list[str]) -> None:
    assert names(parser, text, lang="en") == expected


def test_english_gazetteer(parser: Parser) -> None:
    text = "The project is funded by the European Social Fund and Horizon Europe."
    assert names(parser, text, lang="en") == ["European Social Fund", "Horizon Europe"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Daļu izmaksu sedz Sociālais klimata fonds.", "lv", ["Sociālais klimata fonds"]),
        (
            "Atbalsts no Emisijas kvotu izsolīšanas instrumenta turpināsies.",
            "lv",
            ["Emisijas kvotu izsolīšanas instruments"],
        ),
        (
            "Izrādes apmeklē programmas „Latvijas skolas soma” ietvaros.",
            "lv",
            ["Latvijas skolas soma"],
        ),
        ("The grid upgrade is part of REPowerEU.", "en", ["REPowerEU"]),
        (
            "Grants come from the Asylum, Migration and Integration Fund.",
            "en",
            ["Asylum, Migration and Integration Fund"],
        ),
    ],
    ids=[
        "social-climate-fund",
        "emission-quota-instrument-gen",
        "school-bag-quoted",
        "en-repowereu",
        "en-amif",
    ],
)
def test_more_listed_programmes(text: str, lang: str, expected: list[str]) -> None:
    from newsparse import parse_release

    assert [p.name for p in parse_release(text, backend="rules", lang=lang).programmes] == expected
