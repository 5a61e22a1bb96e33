"""Regions: continents, parts of the world and groupings of states in every case form; not the
region word inside an organisation or programme name (the EU is an organisation), not a sea;
English names in English releases. Our own sentences; resource integrity."""

from __future__ import annotations

import collections

import pytest

from newsparse import Parser
from newsparse.extract._geo import case_table, find_places, region_lexicon
from newsparse.lexicon import read_tsv
from newsparse.model import Release
from newsparse.normalize.inflect import CASES


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser(backend="rules")


def parse(parser: Parser, text: str, lang: str = "lv") -> Release:
    release = parser.parse(text, lang=lang)
    for r in release.regions:
        assert r.mentions, r
        for m in r.mentions:
            assert release.text[m.start : m.end] == m.text
    return release


def names(parser: Parser, text: str, lang: str = "lv") -> list[str]:
    return [r.name for r in parse(parser, text, lang).regions]


LATVIAN = [
    (
        "Sadarbība starp Eiropu un Centrālāzijas valstīm turpinās.",
        ["Eiropa", "Centrālāzija"],
        "acc-and-gen",
    ),
    ("Baltijas valstu ministri tikās Viļņā.", ["Baltija"], "baltic-states-gen"),
    ("Drošība Baltijā ir svarīga.", ["Baltija"], "baltija-loc"),
    (
        "Ziemeļvalstu un Baltijas valstu sadarbība paplašinās.",
        ["Ziemeļvalstis", "Baltija"],
        "nordic-and-baltic",
    ),
    ("Ziemeļvalstīs ir augsts dzīves līmenis.", ["Ziemeļvalstis"], "plural-loc"),
    (
        "Atbalsts Eiropas Savienības Austrumu partnerības valstīm.",
        ["Austrumu partnerība"],
        "eastern-partnership-after-eu",
    ),
    ("Situācija Tuvajos Austrumos saasinās.", ["Tuvie Austrumi"], "plural-adjective-loc"),
    ("Eksperti no Tuvo Austrumu valstīm.", ["Tuvie Austrumi"], "plural-adjective-gen"),
    (
        "Rietumbalkānu valstīm un Balkāniem kopumā.",
        ["Rietumbalkāni", "Balkāni"],
        "masc-plural",
    ),
    ("Konflikts Dienvidkaukāzā turpinās.", ["Dienvidkaukāzs"], "masc-loc"),
    ("Projekts Āfrikas kontinentā ir pirmais.", ["Āfrika"], "continent-gen"),
    ("Eiropā un Āzijā pieaug pieprasījums.", ["Eiropa", "Āzija"], "two-continents"),
    ("Vidusāzijā strādā eksperti.", ["Centrālāzija"], "alias-canonical"),
    ("Baltijas jūras reģiona valstu stratēģija.", ["Baltijas jūras reģions"], "longer-region"),
    ("NB8 valstu ministri vienojās.", ["NB8"], "abbreviation"),
    ("Eiropas valstu vadītāji tikās.", ["Eiropa"], "gen-before-lower-case"),
    ("Eiropas Investīciju bankas aizdevums Āfrikai.", ["Āfrika"], "known-org-then-region"),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[:2] for c in LATVIAN], ids=[c[2] for c in LATVIAN]
)
def test_latvian(parser: Parser, text: str, expected: list[str]) -> None:
    assert names(parser, text) == expected


NOT_REGIONS = [
    ("Eiropas Savienības dalībvalstis vienojās.", "eu-is-an-organisation"),
    ("Eiropas Komisijas priekšlikums ir publicēts.", "eu-institution"),
    ("Pētnieki piedalās programmā Apvārsnis Eiropa.", "programme-name"),
    ("Samitā runāja Āfrikas Savienības vadītājs.", "unknown-org-shape"),
    ("Kuģis devās Baltijas jūrā.", "a-sea"),
    ("Baltijas Asamblejas sesija notika Tallinā.", "listed-organisation"),
    ("Eiropas Sociālā fonda projekts.", "fund"),
    ("eiropas līmenī", "lower-case"),
    ("Dienvidāfrikas delegācija ieradās.", "a-country-not-africa"),
]


@pytest.mark.parametrize("text", [c[0] for c in NOT_REGIONS], ids=[c[1] for c in NOT_REGIONS])
def test_not_regions(parser: Parser, text: str) -> None:
    assert names(parser, text) == []


ENGLISH = [
    (
        "Cooperation between the Baltic states and Central Asia grows.",
        ["Baltic states", "Central Asia"],
        "baltic-central-asia",
    ),
    ("The situation in the Middle East worsened.", ["Middle East"], "middle-east"),
    ("Security of the Baltic Sea region matters.", ["Baltic Sea region"], "longer-region"),
    (
        "The Baltics and the Nordic countries agreed.",
        ["Baltic states", "Nordic countries"],
        "alias",
    ),
    ("The European Union and the European Commission.", [], "european-is-not-europe"),
    ("Heritage of the Baltic people.", [], "baltic-adjective"),
    ("Ships in the Baltic Sea.", [], "a-sea"),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[:2] for c in ENGLISH], ids=[c[2] for c in ENGLISH]
)
def test_english(parser: Parser, text: str, expected: list[str]) -> None:
    assert names(parser, text, lang="en") == expected


def test_one_region_per_name_with_every_mention(parser: Parser) -> None:
    release = parse(parser, "Baltija un Baltijas valstis. Baltijā un Vidusāzijā ir miers.")
    assert [(r.name, [m.text for m in r.mentions]) for r in release.regions] == [
        ("Baltija", ["Baltija", "Baltijas", "Baltijā"]),
        ("Centrālāzija", ["Vidusāzijā"]),
    ]


def test_country_wins_over_region(parser: Parser) -> None:
    release = parse(parser, "Sadarbība ar Dienvidāfriku un Āfriku.")
    assert [c.code for c in release.countries] == ["ZA"]
    assert [r.name for r in release.regions] == ["Āfrika"]


def _region_rows() -> list[dict[str, str]]:
    return [r for r in read_tsv("lv", "regions.tsv") if r["kind"] == "region"]


@pytest.mark.parametrize("row", _region_rows(), ids=[r["lemma"] for r in _region_rows()])
def test_every_region_in_its_seven_case_forms(row: dict[str, str]) -> None:
    lex = region_lexicon("lv")
    table = case_table(row["lemma"], row["inflect"], row["gender"])
    canonical = row["canonical"] or row["lemma"]
    for case in CASES:
        form = table[case]
        text = f"Sanāksmē runāja par {form} nākotni."
        found = find_places(lex, text, "lv")
        assert [(m.entry.name, m.text) for m in found] == [(canonical, form)], (case, form)


@pytest.mark.parametrize("lang", ("lv", "en"))
def test_resource_integrity(lang: str) -> None:
    rows = read_tsv(lang, "regions.tsv")
    assert {r["kind"] for r in rows} <= {"region", "abbr", "block"}
    lemmas = collections.Counter(r["lemma"] for r in rows)
    assert [k for k, n in lemmas.items() if n > 1] == []
    canon = {r["canonical"] or r["lemma"] for r in rows if r["kind"] != "block"}
    for r in rows:
        assert r["inflect"] in ("", "no"), r
        assert r["gender"] in ("", "m", "f"), r
        if r["canonical"] and r["kind"] != "block":
            # an alias points at a region that is listed under its own name
            assert r["canonical"] in canon, r
    # the EU and its institutions are organisations, never regions
    assert not any(
        r["lemma"].startswith(("Eiropas Savienība", "European Union"))
        for r in rows
        if r["kind"] != "block"
    )
