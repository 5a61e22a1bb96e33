"""Integrity of the organisation, programme and money resources: every file loads, no duplicate
keys, known kinds, well-formed codes, and no name is both an organisation and a programme."""

from __future__ import annotations

from decimal import Decimal

import pytest
import regex

from newsparse.lexicon import read_lines, read_tsv

LANGS = ("lv", "en")

TSV_KEYS = [
    ("organizations.tsv", "lemma"),
    ("programmes.tsv", "lemma"),
    ("currencies.tsv", "lemma"),
    ("amount_scales.tsv", "lemma"),
    ("numerals.tsv", "lemma"),
    ("funding_words.tsv", "prefix"),
    ("organization_patterns.tsv", "lemma"),
]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("name", "key"), TSV_KEYS, ids=[n for n, _ in TSV_KEYS])
def test_tsv_loads_without_duplicates(lang: str, name: str, key: str) -> None:
    rows = read_tsv(lang, name)
    assert rows, f"{lang}/{name} is empty"
    keys = [r[key] for r in rows]
    dups = sorted({k for k in keys if keys.count(k) > 1})
    assert not dups, f"{lang}/{name}: duplicate {key}s {dups}"


@pytest.mark.parametrize("lang", LANGS)
def test_currency_codes_are_iso_4217_shaped(lang: str) -> None:
    for row in read_tsv(lang, "currencies.tsv"):
        assert regex.fullmatch(r"[A-Z]{3}", row["code"]), row
        assert row["kind"] in ("word", "noun", "code", "symbol"), row


@pytest.mark.parametrize("lang", LANGS)
def test_scales_and_numerals_are_numbers(lang: str) -> None:
    for row in read_tsv(lang, "amount_scales.tsv"):
        assert Decimal(row["value"]) > 0 and row["kind"] in ("noun", "abbr"), row
    for row in read_tsv(lang, "numerals.tsv"):
        assert Decimal(row["value"]) > 0, row
        assert row["paradigm"] in ("indecl", "plural", "adj", "trīs", "simts"), row


FUNDING_KINDS = {
    "money_noun",
    "money_noun_weak",
    "alloc_verb",
    "cofund_verb",
    "support_verb",
    "receive_verb",
    "context",
    "state_funder",
    "project_total",
    "contribution",
    "programme_noun",
    "report_verb",
    "request_verb",
    "request_noun",
    "negative",
    # whole words and endings (see the header of lv/funding_words.tsv)
    "prep",
    "source_prep",
    "goal_prep",
    "article",
    "complementizer",
    "conjunction",
    "relative",
    "state_subject",
    "oblique_ending",
}


@pytest.mark.parametrize("lang", LANGS)
def test_funding_word_kinds(lang: str) -> None:
    for row in read_tsv(lang, "funding_words.tsv"):
        assert row["kind"] in FUNDING_KINDS, row
        assert row["prefix"] == row["prefix"].lower(), row


@pytest.mark.parametrize("lang", LANGS)
def test_organization_rows(lang: str) -> None:
    for row in read_tsv(lang, "organizations.tsv"):
        assert row["canonical"], row
        assert row["prefer"] in ("", "code"), row
        if row["prefer"]:
            assert row["code"], row


@pytest.mark.parametrize("lang", LANGS)
def test_programme_rows(lang: str) -> None:
    for row in read_tsv(lang, "programmes.tsv"):
        assert row["canonical"] and row["inflect"] in ("yes", "no"), row


@pytest.mark.parametrize("lang", LANGS)
def test_no_name_is_both_organisation_and_programme(lang: str) -> None:
    orgs = {r["lemma"].casefold() for r in read_tsv(lang, "organizations.tsv")}
    progs = {r["lemma"].casefold() for r in read_tsv(lang, "programmes.tsv")}
    assert not orgs & progs


def test_pattern_kinds() -> None:
    kinds = {
        "head",
        "long",
        "part",
        "embassy",
        "legal",
        "legal_abbr",
        "place_unit",
        "inner",
        "national",
        "company",
    }
    for row in read_tsv("lv", "organization_patterns.tsv"):
        assert set(row["kind"].split(";")) <= kinds, row
        if "long" in row["kind"]:
            assert "head" in row["kind"], row
    programme_kinds = {"year", "proper", "title", "name", "noun", "code"}
    for row in read_tsv("lv", "programme_patterns.tsv"):
        assert set(row["kind"].split(";")) <= programme_kinds, row
        assert row["lemma"] == row["lemma"].lower(), row
    for row in read_tsv("en", "programme_patterns.tsv"):
        assert set(row["kind"].split(";")) <= {"year", "proper", "opener"}, row
        assert row["lemma"][:1].isupper(), row


def test_programme_forms_keep_words_after_the_head() -> None:
    """Listed names with words after their head noun get the head's case forms, the rest
    as listed (inflect's phrase reading would take the last noun as the head)."""
    from newsparse.extract.programmes import programme_lexicon

    lex = programme_lexicon("lv")
    assert lex.tailed is not None
    for form in (
        "Eiropas Sociālā fonda Plus",
        "Eiropas Lauksaimniecības fondam lauku attīstībai",
        "Eiropas Savienības Stratēģijā Baltijas jūras reģionam",
    ):
        assert [m.text for m in lex.tailed.find(form)] == [form], form


@pytest.mark.parametrize("name", ["clause_openers.txt", "link_stopwords.txt", "name_stopwords.txt"])
def test_word_lists(name: str) -> None:
    words = read_lines("lv", name)
    assert words and len(words) == len(set(words))
    assert all(w == w.lower() and " " not in w for w in words)
