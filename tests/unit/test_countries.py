"""Countries: every ISO 3166-1 country in every case form, plural-only and coordinated names,
abbreviations, English names; not languages, peoples, common words or given names. Our own
sentences; resource integrity; a check against common words of the Latvian treebank."""

from __future__ import annotations

import collections
import glob
import os

import pytest
import regex
import spacy

from newsparse import Parser
from newsparse.document import AnnotatedDoc
from newsparse.extract._geo import case_table, country_lexicon, find_places, name_forms
from newsparse.extract.countries import extract_countries
from newsparse.lexicon import read_tsv
from newsparse.model import Release
from newsparse.normalize.inflect import CASES

# ISO 3166-1 alpha-2 officially assigned codes (249), written out so the test needs no package.
ISO_3166_1 = frozenset(
    """
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
    BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
    DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS
    GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN
    KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ
    MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM
    PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV
    SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI
    VN VU WF WS YE YT ZA ZM ZW
    """.split()
)
CODES = ISO_3166_1 | {"XK"}
LANGS = ("lv", "en")


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser(backend="rules")


def parse(parser: Parser, text: str, lang: str = "lv") -> Release:
    release = parser.parse(text, lang=lang)
    for c in release.countries:
        assert c.mentions, c
        for m in c.mentions:
            assert release.text[m.start : m.end] == m.text
    return release


def codes(parser: Parser, text: str, lang: str = "lv") -> list[str]:
    return [c.code for c in parse(parser, text, lang).countries]


# --------------------------------------------------------------------------- our sentences

LATVIAN = [
    ("Delegācija no Tadžikistānas ieradās Rīgā.", ["TJ"], "gen"),
    ("Ministrs pateicās Kazahstānai par atbalstu.", ["KZ"], "dat"),
    ("Studenti apmeklēja Uzbekistānu un Turkmēnistānu.", ["UZ", "TM"], "acc-two"),
    ("Ar Igauniju un Lietuvu noslēgts līgums.", ["EE", "LT"], "ins-after-ar"),
    ("Konference notiks Francijā.", ["FR"], "loc"),
    ("Latvija un Lietuva parakstīja memorandu.", ["LV", "LT"], "nom-sentence-initial"),
    ("Tikās ar Amerikas Savienoto Valstu vēstnieku.", ["US"], "plural-name-gen"),
    ("Pētnieki strādā Amerikas Savienotajās Valstīs.", ["US"], "plural-name-loc"),
    ("Līgumu ar ASV parakstīja vakar.", ["US"], "abbr-asv"),
    ("Studenti mācās Apvienotajā Karalistē.", ["GB"], "adjective-agrees-loc"),
    ("Lielbritānijas un AK pārstāvji ieradās kopā.", ["GB"], "alt-and-abbr"),
    ("Krievijas Federācijas agresija pret Ukrainu turpinās.", ["RU", "UA"], "official-name"),
    ("Sankcijas pret Krieviju paplašinātas.", ["RU"], "short-name-acc"),
    ("Turcijā un Čehijā notika mācības.", ["TR", "CZ"], "turkey-czechia"),
    ("Filipīnās un Seišelās atvērti jauni vēstniecības biroji.", ["PH", "SC"], "plural-only"),
    ("Izstāde notika Apvienotajos Arābu Emirātos.", ["AE"], "masc-plural-adj"),
    ("Vēstnieks Bosnijā un Hercegovinā tikās ar ministru.", ["BA"], "coordinated-loc"),
    ("Bosnijas un Hercegovinas delegācija ieradās.", ["BA"], "coordinated-gen"),
    ("Jauns projekts Gvinejā-Bisavā sākās.", ["GW"], "hyphenated-each-part"),
    ("Sadarbība ar Korejas Republiku un Dienvidkoreju.", ["KR"], "korea-two-names"),
    ("Ziemeļkorejas raķešu izmēģinājumi nosodīti.", ["KP"], "north-korea"),
    ("Pārstāvji no Kosovas un Palestīnas piedalījās.", ["XK", "PS"], "kosovo-palestine"),
    ("Gruzijas valdība pieņēma lēmumu.", ["GE"], "georgia"),
    ("Konference notika Latvijas Universitātē.", ["LV"], "country-in-org-name"),
    ("Eksperti no Peru un Monako ieradās.", ["PE", "MC"], "indeclinable"),
    ("Moldāvijā un Moldovas Republikā strādā eksperti.", ["MD"], "moldova-variants"),
    ("Nīderlandē un Holandē", ["NL"], "netherlands-two-names"),
    ("Projekts Ganā sākās pagājušajā gadā.", ["GH"], "caution-word-mid-sentence"),
    ("Sadarbība ar Dominiku turpinās.", ["DM"], "caution-given-alone"),
    ("LATVIJAS UN IGAUNIJAS SADARBĪBA", ["LV", "EE"], "all-caps-heading"),
    ("Latvijas-Lietuvas robeža tika slēgta.", ["LV", "LT"], "hyphen-between-names"),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[:2] for c in LATVIAN], ids=[c[2] for c in LATVIAN]
)
def test_latvian(parser: Parser, text: str, expected: list[str]) -> None:
    assert codes(parser, text) == expected


NOT_COUNTRIES = [
    ("Pasākums notika latviešu valodā.", "language"),
    ("Lekcijas notiek angļu valodā un vācu valodā.", "languages"),
    ("Latvieši un vācieši svin kopā.", "peoples"),
    ("Dienvidlatvijas skolas saņems atbalstu.", "name-inside-a-word"),
    ("Gana daudz darba vēl priekšā.", "caution-word-sentence-initial"),
    ("Darba ir gana daudz.", "lower-case-common-word"),
    ("Dominika Ozola vadīja sanāksmi.", "caution-given-before-surname"),
    ("Sanāksmi vadīja Anna Dominika.", "caution-given-after-given-name"),
    ("mūsu latvija ir skaista", "lower-case-name"),
    ("Malta kafija smaržo.", "participle-sentence-initial"),
    ("Kubu tilpums ir viens litrs.", "cube-sentence-initial"),
]


@pytest.mark.parametrize("text", [c[0] for c in NOT_COUNTRIES], ids=[c[1] for c in NOT_COUNTRIES])
def test_not_countries(parser: Parser, text: str) -> None:
    assert codes(parser, text) == []


ENGLISH = [
    ("The minister visited the United States and the UK.", ["US", "GB"], "us-uk"),
    ("Latvia's ambassador to Georgia met officials.", ["LV", "GE"], "possessive-georgia"),
    ("Talks with U.S. partners took place in Lithuania.", ["US", "LT"], "us-dotted"),
    ("Students from the Republic of Korea and Kazakhstan.", ["KR", "KZ"], "official-name"),
    ("Support to Ukraine and Moldova continues.", ["UA", "MD"], "ukraine-moldova"),
    ("Jordan Peterson gave a lecture.", [], "given-name"),
    ("The office in New Jersey is closed.", [], "block-new-jersey"),
    ("The Latvian language course in latvia", [], "adjective-and-lower-case"),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[:2] for c in ENGLISH], ids=[c[2] for c in ENGLISH]
)
def test_english(parser: Parser, text: str, expected: list[str]) -> None:
    assert codes(parser, text, lang="en") == expected


def test_one_country_per_code_with_every_mention(parser: Parser) -> None:
    text = "Latvija un Latvijas valdība. Latvijā un ASV, Amerikas Savienotajās Valstīs."
    release = parse(parser, text)
    by_code = {c.code: c for c in release.countries}
    assert list(by_code) == ["LV", "US"]
    assert by_code["LV"].name == "Latvija"
    assert [m.text for m in by_code["LV"].mentions] == ["Latvija", "Latvijas", "Latvijā"]
    assert by_code["US"].name == "Amerikas Savienotās Valstis"
    assert [m.text for m in by_code["US"].mentions] == ["ASV", "Amerikas Savienotajās Valstīs"]


def test_canonical_names_are_nominative(parser: Parser) -> None:
    release = parse(parser, "Sadarbība ar Krievijas Federāciju, Čehijas Republiku un AK.")
    assert [(c.code, c.name) for c in release.countries] == [
        ("RU", "Krievija"),
        ("CZ", "Čehija"),
        ("GB", "Apvienotā Karaliste"),
    ]


def test_english_names_in_english_releases(parser: Parser) -> None:
    release = parse(parser, "Latvia and the Russian Federation.", lang="en")
    assert [(c.code, c.name) for c in release.countries] == [("LV", "Latvia"), ("RU", "Russia")]


def test_skip_spans_are_ignored() -> None:
    text = "Publicēts: Latvija\nSadarbība ar Igauniju."
    adoc = AnnotatedDoc(text=text, doc=spacy.blank("lv")(text), skip_spans=[(0, 18)])
    assert [c.code for c in extract_countries(adoc)] == ["EE"]


# --------------------------------------------------------------------------- inflected forms

EXPECTED_FORMS = [
    ("Latvija", "", ["Latvija", "Latvijas", "Latvijai", "Latviju", "Latviju", "Latvijā"]),
    (
        "Amerikas Savienotās Valstis",
        "",
        [
            "Amerikas Savienotās Valstis",
            "Amerikas Savienoto Valstu",
            "Amerikas Savienotajām Valstīm",
            "Amerikas Savienotās Valstis",
            "Amerikas Savienotajām Valstīm",
            "Amerikas Savienotajās Valstīs",
        ],
    ),
    (
        "Filipīnas",
        "",
        ["Filipīnas", "Filipīnu", "Filipīnām", "Filipīnas", "Filipīnām", "Filipīnās"],
    ),
    (
        "Apvienotie Arābu Emirāti",
        "",
        [
            "Apvienotie Arābu Emirāti",
            "Apvienoto Arābu Emirātu",
            "Apvienotajiem Arābu Emirātiem",
            "Apvienotos Arābu Emirātus",
            "Apvienotajiem Arābu Emirātiem",
            "Apvienotajos Arābu Emirātos",
        ],
    ),
    (
        "Bosnija un Hercegovina",
        "each",
        [
            "Bosnija un Hercegovina",
            "Bosnijas un Hercegovinas",
            "Bosnijai un Hercegovinai",
            "Bosniju un Hercegovinu",
            "Bosniju un Hercegovinu",
            "Bosnijā un Hercegovinā",
        ],
    ),
    ("Vatikāns", "", ["Vatikāns", "Vatikāna", "Vatikānam", "Vatikānu", "Vatikānu", "Vatikānā"]),
    ("Šveice", "", ["Šveice", "Šveices", "Šveicei", "Šveici", "Šveici", "Šveicē"]),
    ("Peru", "no", ["Peru"] * 6),
]


@pytest.mark.parametrize(
    ("lemma", "inflect", "forms"), EXPECTED_FORMS, ids=[e[0] for e in EXPECTED_FORMS]
)
def test_case_forms_by_hand(lemma: str, inflect: str, forms: list[str]) -> None:
    table = case_table(lemma, inflect)
    assert [table[c] for c in ("nom", "gen", "dat", "acc", "ins", "loc")] == forms


def _name_rows() -> list[dict[str, str]]:
    return [r for r in read_tsv("lv", "countries.tsv") if r["kind"] in ("name", "alt")]


@pytest.mark.parametrize(
    "row", _name_rows(), ids=[f"{r['code']}-{r['lemma']}" for r in _name_rows()]
)
def test_every_country_in_its_seven_case_forms(row: dict[str, str]) -> None:
    """Issue 3: every country of the ISO list is recognised from each of its 7 case forms, in
    the middle of a sentence, with the whole form as the mention."""
    lex = country_lexicon("lv")
    table = case_table(row["lemma"], row["inflect"], row["gender"])
    assert set(table) == set(CASES)
    for case in CASES:
        form = table[case]
        text = f"Sanāksmē runāja par {form} nākotni."
        found = find_places(lex, text, "lv")
        assert [(m.entry.key, m.text) for m in found] == [(row["code"], form)], (case, form)


def test_every_english_name_is_found() -> None:
    lex = country_lexicon("en")
    for row in read_tsv("en", "countries.tsv"):
        if row["kind"] == "block":
            continue
        text = f"The talks covered {row['lemma']} in detail."
        found = find_places(lex, text, "en")
        assert [(m.entry.key, m.text) for m in found] == [(row["code"], row["lemma"])], row


# --------------------------------------------------------------------------- resources


@pytest.mark.parametrize("lang", LANGS)
def test_resource_integrity(lang: str) -> None:
    rows = read_tsv(lang, "countries.tsv")
    kinds = collections.Counter(r["kind"] for r in rows)
    assert set(kinds) <= {"name", "alt", "abbr", "block"}, kinds
    for r in rows:
        assert r["code"] in CODES, r
        assert r["inflect"] in ("", "no", "each"), r
        assert r["gender"] in ("", "m", "f"), r
        assert r["caution"] in ("", "word", "given"), r
        assert r["lemma"] == " ".join(r["lemma"].split()), r
    pairs = [(r["code"], r["lemma"]) for r in rows]
    assert len(pairs) == len(set(pairs)), "duplicate rows"
    lemmas = collections.Counter(r["lemma"] for r in rows)
    assert [k for k, n in lemmas.items() if n > 1] == [], "a name listed for two codes"
    names = collections.Counter(r["code"] for r in rows if r["kind"] == "name")
    assert set(names) == CODES, sorted(CODES ^ set(names))
    assert all(n == 1 for n in names.values()), "one canonical name per code"


def test_latvian_forms_do_not_collide_across_codes() -> None:
    owner: dict[str, str] = {}
    clashes = []
    for r in read_tsv("lv", "countries.tsv"):
        if r["kind"] in ("abbr", "block"):
            continue
        for form in name_forms(r["lemma"], r["inflect"], r["gender"]):
            prev = owner.setdefault(form.casefold(), r["code"])
            if prev != r["code"]:
                clashes.append((form, prev, r["code"]))
    assert clashes == []


def test_abbreviations_are_upper_case_shaped() -> None:
    for r in read_tsv("lv", "countries.tsv"):
        if r["kind"] == "abbr":
            assert regex.fullmatch(r"\p{Lu}[\p{L}]{1,4}", r["lemma"]), r
            assert sum(ch.isupper() for ch in r["lemma"]) >= 2, r


# --------------------------------------------------------------------------- common words

LVTB = os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "data", "ud-lvtb")


def _lower_case_words() -> set[str]:
    words: set[str] = set()
    for path in glob.glob(os.path.join(LVTB, "*.conllu")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                cells = line.split("\t")
                if len(cells) == 10 and cells[1][:1].islower() and cells[3] != "PROPN":
                    words.add(cells[1])
    return words


def test_forms_that_are_common_words_are_marked() -> None:
    """A country form that the Latvian treebank shows as a lower-case common word ("gana",
    "kubu") must carry ``caution=word`` (not taken sentence-initially). Reads ../shared."""
    if not glob.glob(os.path.join(LVTB, "*.conllu")):
        pytest.skip("../shared/data/ud-lvtb is not available")
    words = _lower_case_words()
    unmarked = []
    for r in read_tsv("lv", "countries.tsv"):
        if r["kind"] in ("abbr", "block") or r["caution"] == "word":
            continue
        for form in name_forms(r["lemma"], r["inflect"], r["gender"]):
            if form[:1].lower() + form[1:] in words:
                unmarked.append((r["code"], form))
    assert unmarked == []
