"""People: names in every case, initials, double surnames, foreign names, roles before and after
the name, organisations from genitive chains, merging within a release, and what is not a person.

All sentences are our own. Organisation mentions (normally from the ``organizations`` extractor)
are given per case as (canonical name, surfaces as written) and located in the text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from newsparse.document import AnnotatedDoc
from newsparse.extract.people import extract_people, find_roles, name_nominative
from newsparse.model import Country, Organization, Person, Span

Orgs = Sequence[tuple[str, Sequence[str]]]


def _spans(text: str, surfaces: Sequence[str]) -> tuple[Span, ...]:
    out = []
    for s in surfaces:
        i = text.find(s)
        while i >= 0:
            out.append(Span(start=i, end=i + len(s), text=s))
            i = text.find(s, i + len(s))
    return tuple(sorted(out, key=lambda x: x.start))


def annotate(
    parser: Any, text: str, orgs: Orgs = (), countries: Orgs = (), lang: str = "lv"
) -> AnnotatedDoc:
    adoc: AnnotatedDoc = parser.annotate(text, language=lang)
    adoc.results["organizations"] = [
        Organization(name=name, mentions=_spans(text, surfaces)) for name, surfaces in orgs
    ]
    adoc.results["countries"] = [
        Country(code=code, name=code, mentions=_spans(text, surfaces))
        for code, surfaces in countries
    ]
    return adoc


def people(
    parser: Any, text: str, orgs: Orgs = (), countries: Orgs = (), lang: str = "lv"
) -> list[Person]:
    found = extract_people(annotate(parser, text, orgs, countries, lang))
    for p in found:  # the span invariant holds for every mention
        assert all(text[m.start : m.end] == m.text for m in p.mentions)
    return found


def names(found: list[Person]) -> list[str]:
    return [p.name for p in found]


def records(found: list[Person]) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.title, p.organization) for p in found]


# --------------------------------------------------------------------------- names and cases

NAME_CASES = [
    ("Sanāksmi atklāja Anna Kalniņa.", ["Anna Kalniņa"]),
    ("Tika uzklausīts Annas Kalniņas viedoklis.", ["Anna Kalniņa"]),
    ("Pateicību izteica Jānim Bērziņam par darbu.", ["Jānis Bērziņš"]),
    ("Delegācija tikās ar Jāni Bērziņu Rīgā.", ["Jānis Bērziņš"]),
    ("Vēstuli nosūtīja Pēterim Ozolam un Ilzei Vanagai.", ["Pēteris Ozols", "Ilze Vanaga"]),
    ("Lēmumu atbalstīja Ilzes Vanagas vadītā komanda.", ["Ilze Vanaga"]),
    ("Projektu vada Inese Kļaviņa-Rozīte.", ["Inese Kļaviņa-Rozīte"]),
    ("Uzruna tika veltīta Ineses Kļaviņas-Rozītes darbam.", ["Inese Kļaviņa-Rozīte"]),
    ("Kopā ar Annu Mariju Krūmiņu strādāja arī citi.", ["Anna Marija Krūmiņa"]),
    (
        "Diskusiju vadīja Māris Liepiņš, bet secinājumus nolasīja Sandra Krūmiņa.",
        ["Māris Liepiņš", "Sandra Krūmiņa"],
    ),
]

INITIAL_CASES = [
    ("Ziņojumu sagatavoja J. Bērziņš.", ["J. Bērziņš"]),
    ("Ziņojumu sagatavoja J.Bērziņš.", ["J. Bērziņš"]),
    ("Pateicība tika izteikta A. Kalniņai.", ["A. Kalniņa"]),
    # the full name, once given, names the person; the initial form is a mention of it
    ("Jānis Bērziņš atklāja sēdi. Vēlāk J. Bērziņš atbildēja uz jautājumiem.", ["Jānis Bērziņš"]),
    ("J. Bērziņš atklāja sēdi. Vēlāk Jānis Bērziņš atbildēja uz jautājumiem.", ["Jānis Bērziņš"]),
]

FOREIGN_CASES = [
    # unknown given names are read through the role before them (its case and gender)
    ("Ministrs tiksies ar prezidentu Žerāru Lemuānu.", ["Žerārs Lemuāns"]),
    ("Vizītē piedalīsies direktore Amēlija Ruso.", ["Amēlija Ruso"]),
    ("Sarunā ar direktori Amēliju Ruso pārrunāja sadarbību.", ["Amēlija Ruso"]),
    # the original spelling in parentheses marks a foreign name and is not a second person
    ("Viņš tiksies ar Žerāru Lemuānu (Gérard Lemoine) Parīzē.", ["Žerārs Lemuāns"]),
    ("Ministrs tikās ar prezidentu Marku Dibuā (Marc Dubois).", ["Marks Dibuā"]),
    # an indeclinable given name takes its case from the role
    ("Sarunā ar valdes priekšsēdētāju Fransuā Bonē piedalījās eksperti.", ["Fransuā Bonē"]),
]

MERGE_CASES = [
    # surname-only and oblique mentions are the same person
    (
        "Ilze Vanaga atklāja konferenci. Vanagas ziņojums bija īss, un Vanaga atbildēja uz jautājumiem.",
        {"Ilze Vanaga": 3},
    ),
    (
        "Jānis Bērziņš un Pēteris Ozols tikās. Bērziņš uzsvēra sadarbību.",
        {"Jānis Bērziņš": 2, "Pēteris Ozols": 1},
    ),
]

NOT_PERSONS = [
    ("Birojs atrodas Krišjāņa Barona ielā 12.", []),
    ("Pasākums notiks Jāņa Poruka vidusskolā.", []),
    ("Publicēts: 15.10.2020.", []),
    ("Eiropas Savienības Padome pieņēma lēmumu.", []),
    ("Tikšanās laikā Latvijas Republikas pārstāvji parakstīja līgumu.", []),
    ("Otrdien Rīgā sākās konference.", []),
    ("Maija beigās notiks Baltijas Asambleja.", []),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    NAME_CASES,
    ids=[
        "nom",
        "gen",
        "dat",
        "acc",
        "dat-two-people",
        "gen-fem",
        "double-surname",
        "double-surname-gen",
        "double-given-name",
        "two-in-sentence",
    ],
)
def test_names_in_every_case(rules_parser: Any, text: str, expected: list[str]) -> None:
    assert names(people(rules_parser, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    INITIAL_CASES,
    ids=[
        "initial",
        "initial-no-space",
        "initial-dat-fem",
        "full-then-initial",
        "initial-then-full",
    ],
)
def test_initials(rules_parser: Any, text: str, expected: list[str]) -> None:
    assert names(people(rules_parser, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    FOREIGN_CASES,
    ids=[
        "acc-after-role",
        "nom-after-role",
        "acc-fem-after-role",
        "original-spelling",
        "role-and-original",
        "indeclinable-given",
    ],
)
def test_foreign_names(rules_parser: Any, text: str, expected: list[str]) -> None:
    assert names(people(rules_parser, text)) == expected


FOREIGN_ROLE_CASES: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    # an unknown first given name before a known one: kept as written when it does not decline
    (
        "Ministrs pieņēma Francijas vēstnieka Renē Pjēra Lefevra vēstuli.",
        [("Renē Pjērs Lefevrs", "vēstnieks", None)],
    ),
    # a given name or a surname that cannot be in the role's case does not decline
    (
        "Japānas vēstnieka Takeši Ogavas vizīte ilga divas dienas.",
        [("Takeši Ogava", "vēstnieks", None)],
    ),
    (
        "Ministre uzklausīja Portugāles vēstnieces Helēnas Barbozu runu.",
        [("Helēna Barbozu", "vēstniece", None)],
    ),
    (
        "Sarunā ar valdes priekšsēdētāju Fransuā Bonē piedalījās eksperti.",
        [("Fransuā Bonē", "valdes priekšsēdētājs", None)],
    ),
    # foreign names in -i after an accusative role are not accusatives of -is
    (
        "Sarunā ar Japānas ministra vietnieku Takeši Mori pārrunāja tirdzniecību.",
        [("Takeši Mori", "ministra vietnieks", None)],
    ),
    (
        "Ministrs tikās ar premjerministru Matteo Renci.",
        [("Matteo Renci", "premjerministrs", None)],
    ),
    ("Ar ministru Jāni Lāci tikās studenti.", [("Jānis Lācis", "ministrs", None)]),
    # a woman's -i is the accusative of -e, also in a foreign name
    (
        "Ministrs tikās ar Gruzijas ekonomikas ministri Nino Lomidzi.",
        [("Nino Lomidze", "ekonomikas ministre", None)],
    ),
    # three unknown words after a role, all in its case
    (
        "Ministrs tikās ar prezidentu Žerāru Ivu Lemuānu.",
        [("Žerārs Ivs Lemuāns", "prezidents", None)],
    ),
    # a locative between the role and the name is a place, not a given name
    (
        "Sarunā piedalījās pastāvīgais pārstāvis Ženēvā Pēteris Ozols.",
        [("Pēteris Ozols", "pastāvīgais pārstāvis", None)],
    ),
    ("Runu teica vēstnieks Vīnē Pēteris Ozols.", [("Pēteris Ozols", "vēstnieks", None)]),
    (
        "Ministrs tikās ar vēstnieku Žanu Lemuānu Latvijas Universitātē.",
        [("Žans Lemuāns", "vēstnieks", None)],
    ),
    # a genitive after a nominative name is no third name word
    (
        "Runu teica vēstnieks Žerārs Lemuāns Sorbonnas universitātē.",
        [("Žerārs Lemuāns", "vēstnieks", None)],
    ),
    ("Runu teica vēstnieks Žerārs Ivs Lemuāns.", [("Žerārs Ivs Lemuāns", "vēstnieks", None)]),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    FOREIGN_ROLE_CASES,
    ids=[
        "unknown-first-given-before-known",
        "invariant-given-gen",
        "invariant-surname-gen",
        "indeclinable-given-surname-acc",
        "foreign-i-acc",
        "indeclinable-given-i-surname",
        "latvian-is-acc",
        "foreign-fem-acc-e",
        "three-unknown-words",
        "locative-city-a",
        "locative-city-e",
        "place-after-name",
        "genitive-after-nominative-name",
        "three-unknown-words-nom",
    ],
)
def test_foreign_names_with_roles(
    rules_parser: Any, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    orgs = [("Latvijas Universitāte", ["Latvijas Universitātē"])]
    assert records(people(rules_parser, text, orgs)) == expected


GENITIVE_INITIAL_CASES = [
    # an initial and a double surname in the genitive: the alternation shows the masculine
    ("Pēc K. Ozoliņa-Lāča teiktā, darbs turpināsies.", ["K. Ozoliņš-Lācis"]),
    ("Pēc M. Eglīša-Zariņa domām sadarbība ir laba.", ["M. Eglītis-Zariņš"]),
    # no Latvian nominative ends in -as
    ("Pēc A. Kalniņas-Ozolas teiktā, darbs turpināsies.", ["A. Kalniņa-Ozola"]),
    ("Ziņojumu nolasīja A. Kalniņas-Ozolas vietniece.", ["A. Kalniņa-Ozola"]),
    # a reported-speech frame after the name shows the genitive
    ("Pēc J. Kalniņa teiktā, viss notiks laikā.", ["J. Kalniņš"]),
    ("R. Liepiņa vārdiem, projekts ir pabeigts.", ["R. Liepiņš"]),
    ("Ziņojumu sniedza A. Kalniņa.", ["A. Kalniņa"]),
    # merged with the full name, before or after it
    (
        "Kārlis Ozoliņš-Lācis atklāja sēdi. Pēc K. Ozoliņa-Lāča teiktā, darbs turpināsies.",
        ["Kārlis Ozoliņš-Lācis"],
    ),
    (
        "Pēc K. Ozoliņa-Lāča teiktā, darbs turpināsies. Kārlis Ozoliņš-Lācis to apstiprināja.",
        ["Kārlis Ozoliņš-Lācis"],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    GENITIVE_INITIAL_CASES,
    ids=[
        "double-alternated",
        "double-t-š",
        "double-fem-gen",
        "double-fem-gen-no-frame",
        "frame-masc-gen",
        "frame-without-pec",
        "fem-nom-without-frame",
        "merge-full-first",
        "merge-initial-first",
    ],
)
def test_initial_in_the_genitive(rules_parser: Any, text: str, expected: list[str]) -> None:
    assert names(people(rules_parser, text)) == expected


@pytest.mark.parametrize(("text", "expected"), MERGE_CASES, ids=["surname-forms", "two-people"])
def test_merge_mentions(rules_parser: Any, text: str, expected: dict[str, int]) -> None:
    assert {p.name: len(p.mentions) for p in people(rules_parser, text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    NOT_PERSONS,
    ids=["street", "school", "header", "org", "state", "weekday", "month"],
)
def test_not_persons(rules_parser: Any, text: str, expected: list[str]) -> None:
    orgs = [
        ("Eiropas Savienības Padome", ["Eiropas Savienības Padome"]),
        ("Baltijas Asambleja", ["Baltijas Asambleja"]),
    ]
    assert names(people(rules_parser, text, orgs)) == expected


def test_org_and_country_spans_are_not_names(rules_parser: Any) -> None:
    text = "Grāmatas dāvināja apgāds “Jāņa Rozes grāmatnīca” un Kristaps Zariņš no Latvijas."
    orgs = [("Jāņa Rozes grāmatnīca", ["Jāņa Rozes grāmatnīca"])]
    assert names(people(rules_parser, text, orgs)) == ["Kristaps Zariņš"]


# --------------------------------------------------------------------------- roles

ROLE_CASES: list[tuple[str, Orgs, list[tuple[str, str | None, str | None]]]] = [
    # role before the name, in each case
    (
        "Sēdi vadīja Labklājības ministrijas valsts sekretāre Ilze Vanaga.",
        [("Labklājības ministrija", ["Labklājības ministrijas"])],
        [("Ilze Vanaga", "valsts sekretāre", "Labklājības ministrija")],
    ),
    (
        "Tika uzklausīts Labklājības ministrijas valsts sekretāres Ilzes Vanagas ziņojums.",
        [("Labklājības ministrija", ["Labklājības ministrijas"])],
        [("Ilze Vanaga", "valsts sekretāre", "Labklājības ministrija")],
    ),
    ("Vēstuli nosūtīja ministram Jānim Bērziņam.", [], [("Jānis Bērziņš", "ministrs", None)]),
    (
        "Delegācija tikās ar Rīgas Stradiņa universitātes rektoru Pēteri Ozolu.",
        [("Rīgas Stradiņa universitāte", ["Rīgas Stradiņa universitātes"])],
        [("Pēteris Ozols", "rektors", "Rīgas Stradiņa universitāte")],
    ),
    # adjective + noun roles
    (
        "Sanāksmē piedalījās Kultūras ministrijas parlamentārā sekretāre Anna Kalniņa.",
        [("Kultūras ministrija", ["Kultūras ministrijas"])],
        [("Anna Kalniņa", "parlamentārā sekretāre", "Kultūras ministrija")],
    ),
    (
        "Ziņojumu sniedza NATO īpašais pārstāvis Pēteris Ozols.",
        [("Ziemeļatlantijas līguma organizācija", ["NATO"])],
        [("Pēteris Ozols", "īpašais pārstāvis", "Ziemeļatlantijas līguma organizācija")],
    ),
    # a place between the role and the name
    (
        "Runu teica Latvijas vēstnieks Francijā Māris Liepiņš.",
        [],
        [("Māris Liepiņš", "vēstnieks", None)],
    ),
    # role after the name (apposition)
    (
        "Sandra Krūmiņa, Veselības ministrijas valsts sekretāre, atklāja sēdi.",
        [("Veselības ministrija", ["Veselības ministrijas"])],
        [("Sandra Krūmiņa", "valsts sekretāre", "Veselības ministrija")],
    ),
    (
        "Ziņojumu sniedza Kristaps Zariņš, padomes priekšsēdētājs.",
        [],
        [("Kristaps Zariņš", "padomes priekšsēdētājs", None)],
    ),
    # a sub-unit and an acronym between the organisation and the role
    (
        "Runāja Latvijas Universitātes (LU) Fizikas fakultātes dekāne Inese Kļaviņa.",
        [("Latvijas Universitāte", ["Latvijas Universitātes"])],
        [("Inese Kļaviņa", "dekāne", "Latvijas Universitāte")],
    ),
    # coordinated roles share the organisation
    (
        "Ministrs tiksies ar biedrības “Zaļā josta” prezidentu Marku Dibuā (Marc Dubois) un "
        "direktori Amēliju Ruso.",
        [("Zaļā josta", ["Zaļā josta"])],
        [("Marks Dibuā", "prezidents", "Zaļā josta"), ("Amēlija Ruso", "direktore", "Zaļā josta")],
    ),
    # the institution visited in the same clause
    (
        "Delegācija apmeklēja Igaunijas Kultūras ministriju un tikās ar atbildīgo sekretāru "
        "Andresu Tammu.",
        [("Igaunijas Kultūras ministrija", ["Igaunijas Kultūras ministriju"])],
        [("Andress Tamms", "atbildīgais sekretārs", "Igaunijas Kultūras ministrija")],
    ),
]

FIELD_CASES: list[tuple[str, Orgs, list[tuple[str, str | None, str | None]]]] = [
    # the field stays in the title; no organisation unless the text names the ministry
    (
        "Konferenci atklāja ārlietu ministrs Pēteris Ozols.",
        [],
        [("Pēteris Ozols", "ārlietu ministrs", None)],
    ),
    (
        "Vēstule adresēta izglītības un zinātnes ministrei Annai Kalniņai.",
        [],
        [("Anna Kalniņa", "izglītības un zinātnes ministre", None)],
    ),
    (
        "Viņu uzrunāja Vides aizsardzības un reģionālās attīstības ministrs Jānis Bērziņš.",
        [],
        [("Jānis Bērziņš", "vides aizsardzības un reģionālās attīstības ministrs", None)],
    ),
    (
        "Satiksmes ministrija (SM) informē, ka satiksmes ministrs M. Liepiņš apmeklēs ostu.",
        [("Satiksmes ministrija", ["Satiksmes ministrija", "SM"])],
        [("M. Liepiņš", "satiksmes ministrs", "Satiksmes ministrija")],
    ),
    # a foreign minister: the country genitive is not part of the title, and the Latvian
    # ministry of the same field is not theirs
    (
        "Kultūras ministrija rīko tikšanos ar Lietuvas kultūras ministri Rūtu Jonaitīti.",
        [("Kultūras ministrija", ["Kultūras ministrija"])],
        [("Rūta Jonaitīte", "kultūras ministre", None)],
    ),
    # an agreeing adjective qualifies a field; fields stacked without "un" (a genitive chain)
    (
        "Ministrs tikās ar Austrālijas iekšējās drošības ministru Pēteri Ozolu.",
        [],
        [("Pēteris Ozols", "iekšējās drošības ministrs", None)],
    ),
    (
        "Sociālo lietu ministre Inese Kļaviņa atklāja sēdi.",
        [],
        [("Inese Kļaviņa", "sociālo lietu ministre", None)],
    ),
    (
        "Vizītē piedalījās veselības aizsardzības ministrs Jānis Bērziņš.",
        [],
        [("Jānis Bērziņš", "veselības aizsardzības ministrs", None)],
    ),
    (
        "Vēstule nosūtīta zemkopības, mežsaimniecības un zivsaimniecības ministrei Annai Liepai.",
        [],
        [("Anna Liepa", "zemkopības, mežsaimniecības un zivsaimniecības ministre", None)],
    ),
    # an adjective qualifying the person is no part of the title
    (
        "Uzrunu teica bijušais ārlietu ministrs Pēteris Ozols un jaunās kultūras ministres "
        "Annas Liepas padomnieks.",
        [],
        [("Pēteris Ozols", "ārlietu ministrs", None), ("Anna Liepa", "kultūras ministre", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "orgs", "expected"),
    ROLE_CASES,
    ids=[
        "before-nom-genitive-chain",
        "before-gen",
        "before-dat",
        "before-acc-university",
        "adjective-role",
        "acronym-org",
        "place-between",
        "after-with-org",
        "after-without-org",
        "acronym-and-subunit-gap",
        "coordinated-roles",
        "visited-institution",
    ],
)
def test_roles(rules_parser: Any, text: str, orgs: Orgs, expected: list[Any]) -> None:
    countries = [("LV", ["Latvijas"]), ("FR", ["Francijā"]), ("EE", ["Igaunijas"])]
    assert records(people(rules_parser, text, orgs, countries)) == expected


@pytest.mark.parametrize(
    ("text", "orgs", "expected"),
    FIELD_CASES,
    ids=[
        "field",
        "two-fields-dat",
        "multiword-fields",
        "ministry-named-separately",
        "foreign-minister",
        "adjective-field",
        "adjective-plural-field-sentence-start",
        "stacked-fields",
        "comma-fields-dat",
        "adjective-of-the-person",
    ],
)
def test_field_titles(rules_parser: Any, text: str, orgs: Orgs, expected: list[Any]) -> None:
    countries = [("LT", ["Lietuvas"])]
    assert records(people(rules_parser, text, orgs, countries)) == expected


DEPENDENT_CASES: list[tuple[str, Orgs, list[tuple[str, str | None, str | None]]]] = [
    # a deputy keeps the role in the genitive before it; the organisation comes from before both
    (
        "Forumā uzstājās OECD ģenerālsekretāra vietniece Laura Zīverte.",
        [("Ekonomiskās sadarbības un attīstības organizācija", ["OECD"])],
        [
            (
                "Laura Zīverte",
                "ģenerālsekretāra vietniece",
                "Ekonomiskās sadarbības un attīstības organizācija",
            )
        ],
    ),
    # with the field words of the role, after a foreign country
    (
        "Delegācija tikās ar Lietuvas ekonomikas ministra vietnieku Jāni Kalnu.",
        [],
        [("Jānis Kalns", "ekonomikas ministra vietnieks", None)],
    ),
    (
        "Zemkopības ministra padomniekam Uldim Grīnbergam nosūtīta vēstule.",
        [],
        [("Uldis Grīnbergs", "zemkopības ministra padomnieks", None)],
    ),
    (
        "Vēstuli parakstīja Valsts kancelejas direktores vietniece Dace Kalniņa.",
        [("Valsts kanceleja", ["Valsts kancelejas"])],
        [("Dace Kalniņa", "direktores vietniece", "Valsts kanceleja")],
    ),
    # a capitalised role stays capitalised, a sentence-initial one does not
    (
        "Par to informēja Ministru prezidenta padomniece Ieva Liepa.",
        [],
        [("Ieva Liepa", "Ministru prezidenta padomniece", None)],
    ),
    (
        "Ministra vietnieks Gatis Ozoliņš atklāja sēdi.",
        [],
        [("Gatis Ozoliņš", "ministra vietnieks", None)],
    ),
    # acting: "p.i." (with or without a space) and "pienākumu izpildītājs" written out
    (
        "Sēdi vadīja Kultūras ministrijas valsts sekretāra p.i. Artis Vītols.",
        [("Kultūras ministrija", ["Kultūras ministrijas"])],
        [("Artis Vītols", "valsts sekretāra p.i.", "Kultūras ministrija")],
    ),
    (
        "Darba grupa strādās valsts sekretāra p. i. Jāņa Bērziņa vadībā.",
        [],
        [("Jānis Bērziņš", "valsts sekretāra p.i.", None)],
    ),
    (
        "Atzinumu sniedza valsts sekretāres pienākumu izpildītāja Rita Zvaigzne.",
        [],
        [("Rita Zvaigzne", "valsts sekretāres pienākumu izpildītāja", None)],
    ),
    # a scope between the role and the name is no part of the title
    (
        "Sanāksmi vadīja valsts sekretāres vietniece finanšu jautājumos Līga Ozola.",
        [],
        [("Līga Ozola", "valsts sekretāres vietniece", None)],
    ),
    (
        "Ministrs iecēla padomnieku digitālās transformācijas jomā Jāni Kalnu.",
        [],
        [("Jānis Kalns", "padomnieks", None)],
    ),
    (
        "Ministru prezidentes padomnieks Eiropas lietās Edgars Ozols uzsvēra vienotību.",
        [],
        [("Edgars Ozols", "Ministru prezidentes padomnieks", None)],
    ),
    # a name between the genitive role and the deputy word: no composed title
    (
        "Sanāksmē piedalījās ministra Jāņa Bērziņa vietnieks.",
        [],
        [("Jānis Bērziņš", "ministrs", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "orgs", "expected"),
    DEPENDENT_CASES,
    ids=[
        "deputy-of-genitive-role-with-org",
        "deputy-of-field-minister-foreign",
        "adviser-dat-field",
        "deputy-fem-org",
        "capitalised-role",
        "sentence-initial",
        "acting-abbreviation",
        "acting-abbreviation-spaced-gen",
        "acting-written-out",
        "scope-issues",
        "scope-field-acc",
        "scope-capitalised",
        "name-between",
    ],
)
def test_dependent_roles(rules_parser: Any, text: str, orgs: Orgs, expected: list[Any]) -> None:
    countries = [("LT", ["Lietuvas"])]
    assert records(people(rules_parser, text, orgs, countries)) == expected


def test_first_role_names_the_title(rules_parser: Any) -> None:
    text = (
        "Ministru prezidente Anna Kalniņa uzrunāja klātesošos. Vēlāk prezidente A. Kalniņa "
        "tikās ar studentiem."
    )
    assert records(people(rules_parser, text)) == [("Anna Kalniņa", "Ministru prezidente", None)]


def test_role_words_found_in_any_case(rules_parser: Any) -> None:
    text = "Ministre norāda, ka valsts sekretāra vietniekam un parlamentārajai sekretārei ir laiks."
    adoc = annotate(rules_parser, text)
    titles = [r.title for r in find_roles(adoc)]
    assert titles[0] == "ministre"
    assert "valsts sekretāra vietnieks" in titles and "parlamentārā sekretāre" in titles


# --------------------------------------------------------------------------- English

ENGLISH_CASES: list[tuple[str, Orgs, list[tuple[str, str | None, str | None]]]] = [
    (
        "The Minister of Foreign Affairs of Latvia, Jānis Bērziņš, opened the exhibition.",
        [],
        [("Jānis Bērziņš", "Minister of Foreign Affairs", None)],
    ),
    (
        "Foreign Minister Jānis Bērziņš met students.",
        [],
        [("Jānis Bērziņš", "Foreign Minister", None)],
    ),
    (
        "Parliamentary Secretary of the Ministry of Culture Anna Kalniņa-Ozola opened the event.",
        [],
        [("Anna Kalniņa-Ozola", "Parliamentary Secretary", "Ministry of Culture")],
    ),
    (
        "He met the Prime Minister of Estonia, Kadri Tamm, in Tallinn.",
        [],
        [("Kadri Tamm", "Prime Minister", None)],
    ),
    (
        "Anna Kalniņa, State Secretary of the Ministry of Culture, opened the event.",
        [],
        [("Anna Kalniņa", "State Secretary", "Ministry of Culture")],
    ),
    ("On Monday, the Baltic Council met in Riga.", [], []),
    ("The talks were opened by President Tamm.", [], [("Tamm", "President", None)]),
    # a listed field ends the title, so a name the lexicon does not know may follow
    (
        "Minister of Finance Arnis Kalns met the Commissioner for Economy Paolo Bianchi.",
        [],
        [
            ("Arnis Kalns", "Minister of Finance", None),
            ("Paolo Bianchi", "Commissioner for Economy", None),
        ],
    ),
    # surname particles stay in the name
    (
        "Ursula von der Berg, President of the European Commission, opened the forum.",
        [("European Commission", ["European Commission"])],
        [("Ursula von der Berg", "President", "European Commission")],
    ),
    # a role word before a street word is not a person
    ("The embassy is close to King Street and Queen Square.", [], []),
    # an organisation run together with the name after it
    (
        "The Chair of the Saeima Foreign Affairs Committee Pēteris Koks met President of the "
        "European Council Marcel Dupont.",
        [("European Council", ["European Council"]), ("Saeima", ["Saeima"])],
        [
            ("Pēteris Koks", "Chair", "Saeima Foreign Affairs Committee"),
            ("Marcel Dupont", "President", "European Council"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "orgs", "expected"),
    ENGLISH_CASES,
    ids=[
        "minister-of-field-of-country",
        "title-before",
        "of-the-ministry",
        "prime-minister-comma",
        "apposition",
        "no-person",
        "surname-after-title",
        "listed-field-then-name",
        "particles",
        "street-not-person",
        "organisation-then-name",
    ],
)
def test_english(rules_parser: Any, text: str, orgs: Orgs, expected: list[Any]) -> None:
    assert records(people(rules_parser, text, orgs, lang="en")) == expected


ENGLISH_MORE_CASES: list[tuple[str, Orgs, Orgs, list[tuple[str, str | None, str | None]]]] = [
    # a surname its ending marks makes a person with an unknown given name, also after a field
    (
        "Lithuanian Minister of National Defence Dalia Butkutė met the press.",
        [],
        [],
        [("Dalia Butkutė", "Minister of National Defence", None)],
    ),
    (
        "The talks included Greta Kazlauskaitė and Ona Petraitytė.",
        [],
        [],
        [("Greta Kazlauskaitė", None, None), ("Ona Petraitytė", None, None)],
    ),
    # a courtesy title is not a given name
    (
        "Ona Petraitytė spoke first. Ms Petraitytė noted the risks.",
        [],
        [],
        [("Ona Petraitytė", None, None)],
    ),
    # organisation words and an acronym in parentheses make no person
    (
        "Aid goes through the World Food Programme (WFP) and the International Committee of "
        "the Red Cross (ICRC).",
        [],
        [],
        [],
    ),
    # the organisation as the organisations extractor names it, the country dropped
    (
        "The State Secretary of the Ministry of Culture of Latvia, Anna Kalniņa, opened it.",
        [("Ministry of Culture", ["Ministry of Culture"])],
        [("LV", ["Latvia"])],
        [("Anna Kalniņa", "State Secretary", "Ministry of Culture")],
    ),
    # "Minister of X": the Ministry of X the text names, of the minister's country
    (
        "The Lithuanian Minister of Health, Ona Petraitytė, visited Riga. The Ministry of "
        "Health of Lithuania will fund the study.",
        [("Ministry of Health of Lithuania", ["Ministry of Health of Lithuania"])],
        [("LT", ["Lithuania"])],
        [("Ona Petraitytė", "Minister of Health", "Ministry of Health of Lithuania")],
    ),
    (
        "The Latvian Minister of Culture, Jānis Bērziņš, said the Ministry of Culture will help.",
        [("Ministry of Culture", ["Ministry of Culture"])],
        [],
        [("Jānis Bērziņš", "Minister of Culture", "Ministry of Culture")],
    ),
    (
        "Estonian Minister of Culture Kalle Tamm visited the Ministry of Culture.",
        [("Ministry of Culture", ["Ministry of Culture"])],
        [],
        [("Kalle Tamm", "Minister of Culture", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "orgs", "countries", "expected"),
    ENGLISH_MORE_CASES,
    ids=[
        "surname-ending-after-field",
        "surname-ending-no-role",
        "courtesy-title",
        "organisation-words",
        "canonical-organisation",
        "field-ministry-of-country",
        "field-ministry-own",
        "field-ministry-other-country",
    ],
)
def test_english_names_and_ministries(
    rules_parser: Any, text: str, orgs: Orgs, countries: Orgs, expected: list[Any]
) -> None:
    assert records(people(rules_parser, text, orgs, countries, lang="en")) == expected


def test_english_place_complements_are_dropped(rules_parser: Any) -> None:
    text = (
        "Ambassador of Latvia to Japan Dace Liepa-Sato and the Minister for Foreign Affairs of "
        "Ireland Seán Byrne opened the exhibition."
    )
    countries = [("LV", ["Latvia"]), ("JP", ["Japan"]), ("IE", ["Ireland"])]
    assert records(people(rules_parser, text, countries=countries, lang="en")) == [
        ("Dace Liepa-Sato", "Ambassador", None),
        ("Seán Byrne", "Minister for Foreign Affairs", None),
    ]


# --------------------------------------------------------------------------- more name shapes


def test_masculine_surname_in_a(rules_parser: Any) -> None:
    text = "IZM valsts sekretāra vietnieks Kaspars Liepa atklāja sēdi. Kaspara Liepas ziņojums."
    orgs = [("Izglītības un zinātnes ministrija", ["IZM"])]
    found = people(rules_parser, text, orgs)
    assert records(found) == [
        ("Kaspars Liepa", "valsts sekretāra vietnieks", "Izglītības un zinātnes ministrija")
    ]
    assert len(found[0].mentions) == 2


def test_nominative_mention_names_an_ambiguous_surname(rules_parser: Any) -> None:
    # "Liepu" may come from Lieps or Liepa; the nominative written later decides
    text = "Delegācija tikās ar Jāni Liepu. Vēlāk Jānis Liepa atbildēja uz jautājumiem."
    found = people(rules_parser, text)
    assert [(p.name, len(p.mentions)) for p in found] == [("Jānis Liepa", 2)]


def test_surname_alternation_in_later_mentions(rules_parser: Any) -> None:
    text = (
        "Izstādē bija Pēteris Rozītis un Vilis Lācis. Rozīša gleznas un Lāča skulptūras "
        "tika novērtētas."
    )
    found = people(rules_parser, text)
    assert {p.name: [m.text for m in p.mentions] for p in found} == {
        "Pēteris Rozītis": ["Pēteris Rozītis", "Rozīša"],
        "Vilis Lācis": ["Vilis Lācis", "Lāča"],
    }


def test_surname_forms_shared_by_two_people(rules_parser: Any) -> None:
    # "Ozola" is Anna Ozola's nominative and Jānis Ozols's genitive: the nominative wins;
    # two people with one surname leave a bare surname to nobody
    text = (
        "Sēdē piedalījās Jānis Ozols un Anna Ozola. Ozola uzsvēra sadarbību, Ozols piekrita. "
        "Vēlāk Pēteris Bērziņš un Kārlis Bērziņš tikās. Bērziņš aizgāja."
    )
    found = people(rules_parser, text)
    assert {p.name: [m.text for m in p.mentions] for p in found} == {
        "Jānis Ozols": ["Jānis Ozols", "Ozols"],
        "Anna Ozola": ["Anna Ozola", "Ozola"],
        "Pēteris Bērziņš": ["Pēteris Bērziņš"],
        "Kārlis Bērziņš": ["Kārlis Bērziņš"],
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sveicām Andra Zālīša kolēģus. Balvu saņēma Andra Liepiņa.",
            ["Andris Zālītis", "Andra Liepiņa"],
        ),
        # l -> ļ, c -> č: read by the shared inflection, no row in surname_genitives.tsv
        ("Pateicība pienākas Andra Mežgaļa komandai.", ["Andris Mežgalis"]),
        ("Sanāksmē uzklausīja Andra Kalvāča priekšlikumu.", ["Andris Kalvācis"]),
        ("Ziņojumu sagatavoja Andra Krūmiņa.", ["Andra Krūmiņa"]),
    ],
    ids=["ša-table", "ļa-shared", "ča-shared", "iņa-feminine"],
)
def test_given_name_genitive_or_feminine_nominative(
    rules_parser: Any, text: str, expected: list[str]
) -> None:
    # "Andra" is Andris's genitive or the feminine Andra: an alternated masculine genitive
    # surname decides for Andris
    assert names(people(rules_parser, text)) == expected


def test_name_introduced_by_a_word_that_is_no_title(rules_parser: Any) -> None:
    text = "Ministre tikās ar Lietuvas kolēģi Gintautu Petraiti."
    assert records(people(rules_parser, text)) == [("Gintauts Petraitis", None, None)]
    text = "The Minister and her Estonian counterpart Kalle Tammsaar signed the statement."
    assert records(people(rules_parser, text, lang="en")) == [("Kalle Tammsaar", None, None)]


def test_surname_particles(rules_parser: Any) -> None:
    text = (
        "Ministre tikās ar Eiropas Komisijas priekšsēdētāju Ursulu fon der Bergu. "
        "Fon der Berga uzsvēra vienotību."
    )
    orgs = [("Eiropas Komisija", ["Eiropas Komisijas"])]
    found = people(rules_parser, text, orgs)
    assert records(found) == [("Ursula fon der Berga", "priekšsēdētāja", "Eiropas Komisija")]
    assert [m.text for m in found[0].mentions] == ["Ursulu fon der Bergu", "Fon der Berga"]


def test_hyphenated_given_names(rules_parser: Any) -> None:
    text = "Anna-Marija Kalniņa pasniedza balvu Annas-Marijas Ozolas audzēknim."
    assert names(people(rules_parser, text)) == ["Anna-Marija Kalniņa", "Anna-Marija Ozola"]


def test_indeclinable_surname_in_nominative(rules_parser: Any) -> None:
    text = "Sarunā piedalījās vēstnieks Marko Bianchi. Bianchi uzsvēra sadarbību."
    found = people(rules_parser, text)
    assert records(found) == [("Marko Bianchi", "vēstnieks", None)]
    assert len(found[0].mentions) == 2


def test_coordination_shares_organisation_only_between_alike_roles(rules_parser: Any) -> None:
    text = (
        "Sēdē piedalījās Saeimas priekšsēdētāja Ilze Vanaga un Valsts prezidents Jānis Ozols. "
        "Biedrības “Zaļā josta” prezidents Kārlis Krūze pateicās direktorei Annai Liepai."
    )
    orgs = [("Saeima", ["Saeimas"]), ("Zaļā josta", ["Zaļā josta"])]
    assert records(people(rules_parser, text, orgs)) == [
        ("Ilze Vanaga", "priekšsēdētāja", "Saeima"),
        ("Jānis Ozols", "Valsts prezidents", None),
        ("Kārlis Krūze", "prezidents", "Zaļā josta"),
        ("Anna Liepa", "direktore", None),
    ]


# --------------------------------------------------------------------------- nominative reading

NOMINATIVE_CASES = [
    ("Kalniņas", "f", "gen", "Kalniņa"),
    ("Kalniņam", "m", "dat", "Kalniņš"),
    ("Lemuānu", "m", "acc", "Lemuāns"),
    ("Ruselinu", "f", "acc", "Ruselina"),
    ("Karimu-Benaui", "f", "acc", "Karima-Benaui"),
    ("Dibuā", "m", "acc", "Dibuā"),
    ("Krūzes", "m", "gen", "Krūze"),
    ("Liepas", "m", "gen", "Liepa"),
    ("Bērziņu", "m", "acc", "Bērziņš"),
    ("fon der Leienu", "f", "acc", "fon der Leiena"),
    # masculine genitives with consonant alternation: the ending decides the nominative
    ("Zālīša", "m", "gen", "Zālītis"),
    ("Lāča", "m", "gen", "Lācis"),
    ("Celmoņa", "m", "gen", "Celmonis"),
    ("Zvirbuļa", "m", "gen", "Zvirbulis"),
    ("Gulbja", "m", "gen", "Gulbis"),
    ("Jankoviča", "m", "gen", "Jankovičs"),
    ("Kalniņa", "m", "gen", "Kalniņš"),
    ("Dzeņa", "m", "gen", "Dzenis"),
    ("Krūmīņa", "m", "gen", "Krūmīņš"),
]


@pytest.mark.parametrize(
    ("word", "gender", "case", "expected"),
    NOMINATIVE_CASES,
    ids=[
        "fem-gen",
        "masc-dat-inš",
        "masc-acc",
        "fem-acc",
        "hyphen-indeclinable",
        "indeclinable",
        "masc-e-gen",
        "masc-a-gen",
        "masc-s-before-masc-a",
        "particles",
        "gen-t-š",
        "gen-c-č",
        "gen-n-ņ",
        "gen-l-ļ",
        "gen-b-bj",
        "gen-ičs",
        "gen-iņš",
        "gen-n-ņ-shared",
        "gen-īņš",
    ],
)
def test_name_nominative(word: str, gender: str, case: str, expected: str) -> None:
    assert name_nominative(word, gender, case) == expected


def test_people_on_real_seed(rules_parser: Any, dev_dir: Any) -> None:
    """The seed release, with the organisations its gold lists as the organisations extractor
    would give them: every person, title and organisation."""
    text = (dev_dir / "seed.txt").read_text(encoding="utf-8").split("\n---\n", 1)[1]
    orgs = [
        ("Izglītības un zinātnes ministrija", ["Izglītības un zinātnes ministrijas"]),
        ("Ārlietu ministrija", ["Ārlietu ministrijas"]),
        ("Eiropas Savienība", ["Eiropas Savienības", "ES"]),
    ]
    assert records(people(rules_parser, text, orgs)) == [
        ("Līga Lejiņa", "valsts sekretāre", "Izglītības un zinātnes ministrija"),
        ("Zanda Kalniņa-Lukaševica", "parlamentārā sekretāre", "Ārlietu ministrija"),
        ("Peters Burjans", "īpašais pārstāvis", "Eiropas Savienība"),
    ]


def test_field_title_after_a_foreign_country_in_the_sentence(rules_parser: Any) -> None:
    text = (
        "Ārlietu ministrija informē, ka sarunās piedalījās ārlietu ministrs Jānis Ozols, bet no "
        "Lietuvas puses – ārlietu viceministrs Pēteris Liepa."
    )
    orgs = [("Ārlietu ministrija", ["Ārlietu ministrija"])]
    countries = [("LT", ["Lietuvas"])]
    assert records(people(rules_parser, text, orgs, countries)) == [
        ("Jānis Ozols", "ārlietu ministrs", "Ārlietu ministrija"),
        ("Pēteris Liepa", "ārlietu viceministrs", None),
    ]


def test_names_inside_institution_names(rules_parser: Any) -> None:
    text = (
        "Pieredzē dalījās Jāņa Kalna Rīgas Mākslas vidusskolas skolotāja Inga Bērziņa. "
        "Anna Liepa skolā tikās ar skolēniem."
    )
    assert records(people(rules_parser, text)) == [
        ("Inga Bērziņa", "skolotāja", None),
        ("Anna Liepa", None, None),
    ]


# --------------------------------------------------------------------------- resources


def test_people_resources_are_well_formed() -> None:
    from newsparse.lexicon import read_lines, read_tsv
    from newsparse.normalize import inflect

    roles = read_tsv("lv", "roles.tsv")
    lemmas = [r["lemma"] for r in roles]
    assert len(lemmas) == len(set(lemmas)), "a role row is listed twice"
    for r in roles:
        assert r["gender"] in ("m", "f") and r.get("field", "no") in ("yes", "no"), r
        assert inflect.phrase_forms(r["lemma"]), r  # every role inflects
    names = read_tsv("lv", "given_names.tsv")
    assert len({r["name"] for r in names}) == len(names), "a given name is listed twice"
    assert all(r["gender"] in ("m", "f") for r in names)
    en_roles = [r["title"] for r in read_tsv("en", "roles.tsv")]
    assert len(en_roles) == len(set(en_roles))
    for lang in ("lv", "en"):
        particles = read_lines(lang, "name_particles.txt")
        assert particles and all(p == p.lower() and " " not in p for p in particles)
    assert read_lines("en", "name_introducers.txt")
    for row in read_tsv("lv", "name_introducers.tsv"):
        assert row["gender"] in ("m", "f") and inflect.phrase_forms(row["lemma"]), row
    fields = read_lines("en", "role_fields.txt")
    assert len(fields) == len(set(fields))
    for row in read_tsv("lv", "surname_genitives.tsv"):
        assert row["genitive"].endswith("a") and row["nominative"].endswith(("s", "š")), row
