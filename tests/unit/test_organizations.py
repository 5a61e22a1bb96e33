"""Organisations: gazetteer names in every case, acronyms, unknown names by their head noun,
embassies, foreign ministries, companies in quotes, English names; on our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

from newsparse import Parser
from newsparse.model import Release


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser(backend="rules")


def parse(parser: Parser, text: str, lang: str = "lv") -> Release:
    release = parser.parse(text, lang=lang)
    for o in release.organizations:
        for m in o.mentions:
            assert release.text[m.start : m.end] == m.text
    return release


def names(parser: Parser, text: str, lang: str = "lv") -> list[str]:
    return [o.name for o in parse(parser, text, lang).organizations]


@pytest.fixture(scope="module")
def countries_available(parser: Parser) -> None:
    if not parser.parse("Tikšanās notika Igaunijā.", lang="lv").countries:
        pytest.skip("the countries extractor finds nothing yet: country-prefixed names need it")


# --------------------------------------------------------------------------- gazetteer, by case

GAZETTEER = [
    ("Finanšu ministrija šodien paziņoja par jauniem noteikumiem.", ["Finanšu ministrija"]),
    ("Sanāksmē piedalījās Veselības ministrijas pārstāvji.", ["Veselības ministrija"]),
    ("Vēstuli iedzīvotāji nosūtīja Labklājības ministrijai.", ["Labklājības ministrija"]),
    ("Deputāti kritizēja Satiksmes ministriju par kavēšanos.", ["Satiksmes ministrija"]),
    ("Kultūras ministrijā vakar notika preses konference.", ["Kultūras ministrija"]),
    ("Likumprojekts nonāks Saeimā nākamnedēļ.", ["Saeima"]),
    ("Grozījumus atbalstīja Ministru kabineta sēdē.", ["Ministru kabinets"]),
    (
        "Ziņojumu iesniedza Eiropas Komisijai un Eiropas Parlamentam.",
        ["Eiropas Komisija", "Eiropas Parlaments"],
    ),
    ("Aizdevumu piešķirs Eiropas Investīciju banka.", ["Eiropas Investīciju banka"]),
    ("Studenti no Rīgas Tehniskās universitātes ieguva balvu.", ["Rīgas Tehniskā universitāte"]),
    ("Konference notika Latvijas Universitātē.", ["Latvijas Universitāte"]),
    (
        "Plānu izstrādāja Viedās administrācijas un reģionālās attīstības ministrija.",
        ["Viedās administrācijas un reģionālās attīstības ministrija"],
    ),
    (
        "Latvija iestājās Ekonomiskās sadarbības un attīstības organizācijā.",
        ["Ekonomiskās sadarbības un attīstības organizācija"],
    ),
    ("Pārstāvji tikās Apvienoto Nāciju Organizācijas mītnē.", ["Apvienoto Nāciju Organizācija"]),
    ("Prognozi publicēja Pasaules Banka.", ["Pasaules Banka"]),
    ("Jautājums tika apspriests ES Padomē.", ["ES Padome"]),
    ("Pārbaudes veica Dabas aizsardzības pārvaldes inspektori.", ["Dabas aizsardzības pārvalde"]),
    ("Ziņojumu sagatavoja Pārresoru koordinācijas centrs.", ["Pārresoru koordinācijas centrs"]),
    (
        "Garantijas izsniedz Attīstības finanšu institūcija Altum.",
        ["Attīstības finanšu institūcija Altum"],
    ),
    (
        "Pieslēgumu būvē Augstsprieguma tīkls, bet augstsprieguma tīkla jauda ir maza.",
        ["Augstsprieguma tīkls"],
    ),
    (
        "Ziņojumu saņēma Maksātnespējas kontroles dienests un Eiropas Pētniecības izpildaģentūra.",
        ["Maksātnespējas kontroles dienests", "Eiropas Pētniecības izpildaģentūra"],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    GAZETTEER,
    ids=[
        "nom",
        "gen",
        "dat",
        "acc",
        "loc",
        "saeima-loc",
        "cabinet-gen",
        "eu-dat",
        "eib-nom",
        "adjective-agrees",
        "university-loc",
        "long-ministry",
        "oecd-loc",
        "un-gen",
        "world-bank",
        "eu-council",
        "state-agency-gen",
        "coordination-centre",
        "development-finance-institution",
        "company-name-not-its-lowercase-phrase",
        "state-service-and-eu-executive-agency",
    ],
)
def test_gazetteer(parser: Parser, text: str, expected: list[str]) -> None:
    assert names(parser, text) == expected


# --------------------------------------------------------------------------- acronyms


ACRONYMS: list[tuple[str, list[tuple[str, str | None, int]]]] = [
    ("VID atgādina par deklarāciju termiņu.", [("Valsts ieņēmumu dienests", "VID", 1)]),
    ("Par to lēma NATO valstu vadītāji.", [("NATO", "NATO", 1)]),
    ("ES dalībvalstis vienojās.", [("Eiropas Savienība", "ES", 1)]),
    (
        "Izglītības un zinātnes ministrija (IZM) izsludina konkursu. IZM aicina pieteikties.",
        [("Izglītības un zinātnes ministrija", "IZM", 3)],
    ),
    (
        "Zemgales Lauksaimnieku biedrību asociācija (ZLBA) rīko semināru. ZLBA eksperti stāstīs.",
        [("Zemgales Lauksaimnieku biedrību asociācija", "ZLBA", 3)],
    ),
    (
        "Eiropas Savienības (ES) valstis un ES institūcijas.",
        [("Eiropas Savienība", "ES", 3)],
    ),
    (
        "Pieteikumus vērtēs ALTUM. ALTUM eksperti atbildēs uz jautājumiem.",
        [("ALTUM", "ALTUM", 2)],
    ),
    (
        "Kredītus izsniegs investīciju institūcija ZELTFIN. Vēlāk ZELTFIN valde lems.",
        [("ZELTFIN", None, 2)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    ACRONYMS,
    ids=[
        "known-acronym-full-name",
        "prefers-acronym",
        "es",
        "defined-in-parentheses",
        "defined-unknown-name",
        "full-then-acronyms",
        "known-name-in-capitals-prefers-acronym",
        "capitals-after-legal-word-every-mention",
    ],
)
def test_acronyms(parser: Parser, text: str, expected: list[tuple[str, str | None, int]]) -> None:
    got = [(o.name, o.acronym, len(o.mentions)) for o in parse(parser, text).organizations]
    assert got == expected


# --------------------------------------------------------------------------- unknown names

HEADS = [
    (
        "Delegācija tikās ar Igaunijas Lauksaimniecības kameras vadību.",
        ["Igaunijas Lauksaimniecības kamera"],
    ),
    (
        "Dotāciju saņems arī Lietuvas Kultūras padomei pakļautie centri.",
        ["Lietuvas Kultūras padome"],
    ),
    ("Līgumu parakstīja ar Zviedrijas Inovāciju aģentūru.", ["Zviedrijas Inovāciju aģentūra"]),
    (
        "Eksperti no Norvēģijas Nacionālās pētniecības padomes ieradās Rīgā.",
        ["Norvēģijas Nacionālā pētniecības padome"],
    ),
    ("Semināru vadīja Vidzemes Tūrisma asociācijas valde.", ["Vidzemes Tūrisma asociācija"]),
    ("Apbalvojumu pasniedza Somijas Kultūras fonds.", ["Somijas Kultūras fonds"]),
    ("Jaunas iekārtas saņems Jēkabpils reģionālā slimnīca.", ["Jēkabpils reģionālā slimnīca"]),
    (
        "Dotācija piešķirta Kuldīgas slimnīcai un Talsu klīnikai.",
        ["Kuldīgas slimnīca", "Talsu klīnika"],
    ),
    ("Izstāde atklāta Cēsu Vēstures muzejā.", ["Cēsu Vēstures muzejs"]),
    ("Viesizrādes sniegs Ogres Jauniešu teātris.", ["Ogres Jauniešu teātris"]),
    (
        "Konkursu vada Kurzemes Meža attīstības fonda administrācija.",
        ["Kurzemes Meža attīstības fonda administrācija"],
    ),
    (
        "Grozījumus atbalstīja Saeimas Izglītības un kultūras (sporta) komisija.",
        ["Saeimas Izglītības un kultūras (sporta) komisija"],
    ),
    ("Ministre informēja Saeimas Ārlietu komisiju.", ["Saeimas Ārlietu komisija"]),
    ("Nodibināta Somijas Jūrniecības padome.", ["Somijas Jūrniecības padome"]),
    ("Vēstuli parakstīja Cēsu Mākslas skolas vadība.", ["Cēsu Mākslas skola"]),
    (
        "Pacientu nogādāja Jūrmalas klīniskajā universitātes slimnīcā.",
        ["Jūrmalas klīniskā universitātes slimnīca"],
    ),
    (
        "Likumprojektu skatīs Saeimas Valsts pārvaldes, tieslietu un drošības komisija.",
        ["Saeimas Valsts pārvaldes, tieslietu un drošības komisija"],
    ),
    (
        "Sadarbībā ar Centrālo finanšu un līgumu aģentūru ministrija sagatavoja ziņojumu.",
        ["Centrālā finanšu un līgumu aģentūra"],
    ),
    (
        "Ziņojumu uzklausīja Saeimas Ārējo un drošības lietu komisija.",
        ["Saeimas Ārējo un drošības lietu komisija"],
    ),
    (
        "Pabalstus izmaksā Valsts sociālo pakalpojumu aģentūra.",
        ["Valsts sociālo pakalpojumu aģentūra"],
    ),
    (
        "Līgumu parakstīja Kuldīgas novada pašvaldība un Jelgavas valstspilsētas pašvaldība.",
        ["Kuldīgas novada pašvaldība", "Jelgavas valstspilsētas pašvaldība"],
    ),
    ("Iesniegumu saņēma Ogres pašvaldībā.", ["Ogres pašvaldība"]),
    (
        "Rēzeknes valstspilsētas pašvaldības vadītājs atklāja skolu.",
        ["Rēzeknes valstspilsētas pašvaldība"],
    ),
    ("Talsu novada domē apstiprināja budžetu.", ["Talsu novada dome"]),
    (
        "Granta līgumu pārvalda Eiropas Veselības un digitālās izpildaģentūra.",
        ["Eiropas Veselības un digitālās izpildaģentūra"],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    HEADS,
    ids=[
        "kamera-gen",
        "padome-dat",
        "agentura-acc",
        "capitalised-adjective-agrees",
        "asociacija-gen",
        "fonds-not-a-programme",
        "hospital-lowercase-adjective",
        "hospital-clinic-dat",
        "museum-loc",
        "theatre",
        "fund-administration-part",
        "committee-with-parenthesis",
        "committee-of-parliament-acc",
        "sentence-initial-participle-dropped",
        "school-long-name",
        "adjective-of-head-across-genitive-head",
        "committee-with-listed-fields",
        "agreeing-adjective-ends-the-name-at-the-inner-head",
        "genitive-plural-adjective-capitalised",
        "genitive-plural-adjective-lowercase",
        "municipality-county-and-state-city",
        "municipality-of-a-town-loc",
        "municipality-opens-sentence-place-before-unit",
        "council-of-a-county-loc",
        "executive-agency",
    ],
)
def test_head_nouns(parser: Parser, text: str, expected: list[str]) -> None:
    assert names(parser, text) == expected


LEGAL = [
    ("Darbus veiks SIA “Zaļā enerģija” speciālisti.", ["Zaļā enerģija"]),
    ("Līgumu noslēdza ar akciju sabiedrību „Baltijas Koks”.", ["Baltijas Koks"]),
    ("Atbalstu saņems biedrība “Jaunie pētnieki”.", ["Jaunie pētnieki"]),
    ("Ar apdrošināšanas uzņēmuma “Nordic Shield” vadību runāja par riskiem.", ["Nordic Shield"]),
    (
        "Siltumu piegādās AS Kurzemes Enerģija un SIA Nord Terma.",
        ["Kurzemes Enerģija", "Nord Terma"],
    ),
    ("Auditu veica standartu institūcija SIA “Mērs un Svars”.", ["Mērs un Svars"]),
    (
        "Vizītē piedalījās farmācijas uzņēmumu „Alfa Pharm“ un „Betafarm“ pārstāvji.",
        ["Alfa Pharm", "Betafarm"],
    ),
    ("Piedāvājumus iesniedza SIA “Kalns”, “Lejas” un “Upes”.", ["Kalns", "Lejas", "Upes"]),
    (
        "Līgumu parakstīja ar Lietuvas pārvades sistēmas operatoru Litgrid. Litgrid vadītājs "
        "bija klāt.",
        ["Litgrid"],
    ),
    ("Kopīgā uzņēmuma Baltic Connector valdes loceklis runāja.", ["Baltic Connector"]),
    ("Aviokompānija airBaltic atver jaunu maršrutu.", ["airBaltic"]),
    (
        "Litgrid, Lietuvas pārvades sistēmas operators, paziņoja par jaunu līniju.",
        ["Litgrid"],
    ),
    ("Sadarbību paplašina Ignitis, Lietuvas enerģētikas koncerns.", ["Ignitis"]),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    LEGAL,
    ids=[
        "sia",
        "akciju-sabiedriba",
        "biedriba",
        "uznemums",
        "unquoted-after-abbreviation",
        "legal-form-after-institution-word",
        "coordinated-quoted-names",
        "three-quoted-names-after-legal-form",
        "unquoted-name-after-company-noun-every-mention",
        "acronym-and-word-after-company-noun",
        "camel-case-name-after-airline",
        "apposition-company-noun-after-comma",
        "apposition-after-object",
    ],
)
def test_legal_forms(parser: Parser, text: str, expected: list[str]) -> None:
    assert names(parser, text) == expected


COUNTRY_PREFIXED = [
    (
        "Valsts sekretārs apmeklēja Moldovas Izglītības un pētniecības ministriju.",
        ["Moldovas Izglītības un pētniecības ministrija"],
    ),
    ("Delegācija apmeklēja Gruzijas Kultūras ministriju.", ["Gruzijas Kultūras ministrija"]),
    ("Pieņemšana notika ASV vēstniecībā.", ["ASV vēstniecība"]),
    ("Latvijas vēstniecība Vācijā rīkoja koncertu.", ["Latvijas vēstniecība Vācijā"]),
    ("Latvijas Kultūras ministrija sadarbojas ar partneriem.", ["Kultūras ministrija"]),
    ("Vizītē piedalījās Lietuvas parlamenta deputāti.", ["Lietuvas parlaments"]),
    (
        "Delegācija tikās ar Ukrainas parlamenta Ārlietu komitejas vadītāju.",
        ["Ukrainas parlamenta Ārlietu komiteja"],
    ),
    (
        "Deputāti runāja ar Armēnijas parlamenta Eiropas integrācijas komisijas locekļiem un "
        "Armēnijas parlamenta priekšsēdētāju.",
        ["Armēnijas parlamenta Eiropas integrācijas komisija", "Armēnijas parlaments"],
    ),
    ("Ministrs uzrunāja Latvijas parlamentu.", []),
    ("Vēstnieks atklāja Latvijas goda konsulātu Ņujorkā.", ["Latvijas goda konsulāts Ņujorkā"]),
    ("Latvijas goda konsulāts Tbilisi sāks darbu rudenī.", ["Latvijas goda konsulāts Tbilisi"]),
    (
        "Latvijas ģenerālkonsulāts Sanktpēterburgā pagarina darba laiku.",
        ["Latvijas ģenerālkonsulāts Sanktpēterburgā"],
    ),
    ("Latvijas vēstniecībā Oslo Ilze Kalna runāja ar studentiem.", ["Latvijas vēstniecība"]),
    (
        "Eksperts tikās ar ES novērošanas misijas Armēnijā vadītāju.",
        ["ES novērošanas misija Armēnijā"],
    ),
    ("ANO miera uzturēšanas misija turpinās darbu.", ["ANO miera uzturēšanas misija"]),
    ("Latvijas Pastāvīgā misija ANO rīkoja pieņemšanu.", ["Latvijas Pastāvīgā misija ANO"]),
    (
        "Vēstnieks atklāja Latvijas goda konsulātu. Latvijas goda konsulāts Tbilisi strādās "
        "katru dienu.",
        ["Latvijas goda konsulāts Tbilisi"],
    ),
    ("Puses strādās Ziemeļvalstu un Baltijas valstu digitālās pārvaldes tīklā.", []),
    ("Tallina kļūst par Baltijas lielāko tehnoloģiju centru.", []),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    COUNTRY_PREFIXED,
    ids=[
        "foreign-ministry-unknown-name",
        "foreign-ministry-gazetteer",
        "embassy",
        "embassy-located",
        "latvias-own-ministry",
        "foreign-parliament",
        "committee-of-a-foreign-parliament",
        "committee-named-with-its-parliament-and-parliament-alone",
        "latvias-parliament-has-its-own-name",
        "honorary-consulate-city-loc",
        "honorary-consulate-undeclined-city",
        "consulate-general",
        "city-before-a-person-not-located",
        "mission-of-an-organisation-located",
        "mission-lowercase-genitives",
        "permanent-mission-acronym-after",
        "consulate-without-its-place-is-the-located-one",
        "region-and-lowercase-words-are-generic",
        "region-adjective-centre-is-generic",
    ],
)
def test_country_prefixed(
    parser: Parser, countries_available: None, text: str, expected: list[str]
) -> None:
    assert names(parser, text) == expected


# --------------------------------------------------------------------------- not organisations

NOT_ORGS = [
    "Projektu līdzfinansē Eiropas Sociālais fonds.",
    "Investīcijas nāks no Taisnīgas pārkārtošanās fonda.",
    "Par to vienojās nozaru ministrijām.",
    "Jaunā aģentūra sāks darbu rudenī.",
    "Jautājumu skatīs starpvaldību komisijas sēdē.",
    "Ārlietu ministrs tikās ar kolēģiem.",
    "Izstādē “AS 2024” piedalījās simts uzņēmumi.",
    "Forumā piedalīsies Lietuvas universitātes un koledžas.",
    "Eksperti palīdzēs Moldovas valsts pārvaldes modernizācijā.",
    "Programmā sadarbojas Igaunijas un Somijas slimnīcām.",
    "Gadatirgus notiks Cēsu centrā.",
    "Atbalsts paredzēts projektam “Moderna valsts pārvalde Gruzijai”.",
    "Par to informēja Baltā nama administrācija.",
    "Rīgas skolās mācības sāksies septembrī.",
    "Sanāksmē runāja Lietuvas, Polijas un Somijas vides aģentūras eksperti.",
    "Latvijas pašvaldības saņems jaunas vadlīnijas.",
    "Pašvaldība lēma par budžetu.",
    "Kandavas pilsētas vadītājs apmeklēja jauno skolu.",
    "Uzņēmumi Latvijā pērn auga straujāk.",
    "Uzņēmums Valmierā paplašina ražotni.",
    "Uzņēmuma Jelgavas filiāle tiks slēgta.",
    "Darbu turpinās uzņēmums Jāņa Ozola vadībā.",
    "Vakar Ilze Kalna, pārvades sistēmas operators, teica runu.",
]


@pytest.mark.parametrize(
    "text",
    NOT_ORGS,
    ids=[
        "programme-fund",
        "programme-fund-gen",
        "generic-plural",
        "sentence-initial-capital",
        "lowercase-commission",
        "minister-is-a-person",
        "quoted-event",
        "country-generic-universities",
        "country-generic-public-administration",
        "plural-head-dat",
        "place-centre",
        "quote-initial-capital",
        "part-without-organisation",
        "school-plural-place",
        "countries-list-generic",
        "municipalities-of-a-country",
        "municipality-sentence-initial",
        "lowercase-nominative-is-no-modifier",
        "company-noun-before-a-country",
        "company-noun-before-a-city-loc",
        "company-noun-before-a-genitive",
        "company-noun-before-a-person",
        "apposition-of-a-person",
    ],
)
def test_not_organisations(parser: Parser, text: str) -> None:
    assert names(parser, text) == []


def test_unit_of_an_organisation_is_not_reported(parser: Parser) -> None:
    text = "Runāja Ekonomiskās sadarbības un attīstības organizācijas (OECD) Statistikas centra vadītāja."
    assert names(parser, text) == ["Ekonomiskās sadarbības un attīstības organizācija"]


def test_publication_line_is_skipped(parser: Parser) -> None:
    text = "## Jaunumi\n\nPublicēts: 15.10.2020.\n\nFinanšu ministrija informē."
    assert names(parser, text) == ["Finanšu ministrija"]


# --------------------------------------------------------------------------- English

ENGLISH = [
    (
        "The Ministry of Foreign Affairs of Latvia issued a statement.",
        ["Ministry of Foreign Affairs"],
    ),
    (
        "The European Commission and the European Union agreed.",
        ["European Commission", "European Union"],
    ),
    ("Students of Vilnius Technical University visited Riga.", ["Vilnius Technical University"]),
    ("A delegation from the University of Tartu arrived.", ["University of Tartu"]),
    ("The Minister of Foreign Affairs met the Prime Minister.", []),
    (
        "Latvia supports the International Organization for Migration (IOM) and the UN Refugee "
        "Agency. IOM staff will assist.",
        [
            "International Organization for Migration",
            "United Nations High Commissioner for Refugees",
        ],
    ),
    (
        "Aid reached families through the United Nations Children’s Fund and the International "
        "Committee of the Red Cross.",
        ["United Nations Children's Fund", "International Committee of the Red Cross"],
    ),
    (
        "The Budget and Finance Committee approved the draft.",
        ["Budget and Finance Committee"],
    ),
    (
        "The ambassador met the House of Representatives Standing Committee on Foreign Affairs "
        "and with officials.",
        ["House of Representatives Standing Committee on Foreign Affairs"],
    ),
    ("The Committee on Monday approved the draft.", []),
    ("The Embassy of Latvia in Japan will host a concert.", ["Embassy of Latvia in Japan"]),
    (
        "She met the Estonian Business Federation in Finland.",
        ["Estonian Business Federation in Finland"],
    ),
    ("Judges of the Tallinn Circuit Court visited Riga.", ["Tallinn Circuit Court"]),
    (
        "According to Jānis Ozols, Director of the Prison Administration, works begin. The "
        "Latvian Prison Administration will pay.",
        ["Prison Administration"],
    ),
    ("Chair of the Management Board of Tallinn Airport Piret Mürk spoke.", ["Tallinn Airport"]),
    ("The grid operator Fingrid and the airline Finnair signed.", ["Fingrid", "Finnair"]),
    ("Latvia supports the tribunal against the Russian Federation.", []),
    (
        "The Court Administration trains judges. Riga Airport and airBaltic grow.",
        ["Court Administration", "Riga International Airport", "airBaltic"],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    ENGLISH,
    ids=[
        "ministry-gazetteer",
        "eu",
        "x-university",
        "university-of",
        "minister-not-org",
        "un-agencies-with-acronyms",
        "full-names-not-cut-to-united-nations",
        "committee-with-and",
        "house-of-committee-on",
        "committee-on-a-weekday-is-no-name",
        "embassy-located-in-a-country",
        "federation-located",
        "court-head",
        "role-of-the-is-not-in-the-name-and-nationality-adjective-merged",
        "airport-head-after-a-role-chain",
        "unquoted-names-after-company-nouns",
        "a-state-is-not-an-organisation",
        "listed-institutions-and-short-names",
    ],
)
def test_english(parser: Parser, text: str, expected: list[str]) -> None:
    assert names(parser, text, lang="en") == expected


def test_deterministic(parser: Parser) -> None:
    text = "IZM un VIAA kopā ar Eiropas Komisiju un SIA “Ceļi” strādā. Finanšu ministrija (FM) piekrīt."
    first: Any = parse(parser, text).to_dict()["organizations"]
    assert parse(parser, text).to_dict()["organizations"] == first


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vakar Ilmārs Ozols un Tukuma novada pašvaldības dome parakstīja līgumu.",
            ["Tukuma novada pašvaldības dome"],
        ),
        (
            "Ministre tikās ar Dainu Kalnu un Patērētāju tiesību aizsardzības centru.",
            ["Patērētāju tiesību aizsardzības centrs"],
        ),
        (
            "Sarunā piedalījās Edgars Bērziņš un Daugavpils Universitāte.",
            ["Daugavpils Universitāte"],
        ),
        (
            "Pasākumu rīko Kultūras un izglītības departaments.",
            ["Kultūras un izglītības departaments"],
        ),
    ],
    ids=[
        "nominative-person-then-org",
        "accusative-person-then-org",
        "surname-s-then-org",
        "coordinated-genitives-stay",
    ],
)
def test_person_before_un_is_not_part_of_the_name(
    parser: Parser, text: str, expected: list[str]
) -> None:
    assert names(parser, text) == expected
