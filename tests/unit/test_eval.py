"""Scoring logic of newsparse eval on hand-made records (no ../shared needed)."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from newsparse.eval import (
    Report,
    check_floors,
    evaluate_dir,
    names_match,
    person_match,
    raise_floors,
    score_document,
)
from newsparse.model import Country, DateMention, Funding, Person, Release


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Līga Lejiņa", "Līgas Lejiņas", True),
        ("Ārlietu ministrija", "ārlietu ministrijas", True),
        (
            "Kohēzijas politikas programma 2021.–2027. gadam",
            "Kohēzijas politikas programma 2021.-2027.gadam",
            True,
        ),
        ("“Erasmus+”", "Erasmus+", True),
        ("Finanšu ministrija", "Ārlietu ministrija", False),
        ("Eiropas Komisija", "Eiropas Savienība", False),
    ],
    ids=["inflected-name", "case", "dash-and-space", "quotes", "different", "different-head"],
)
def test_names_match(a: str, b: str, same: bool) -> None:
    assert names_match(a, b) is same


@pytest.mark.parametrize(
    ("pred", "gold", "same"),
    [
        ("Jānis Reirs", "J. Reirs", True),
        ("Reirs", "Jānis Reirs", True),
        ("Jānis Reirs", "Juris Reirs", False),
        ("Anna Kalna", "Anna Ozola", False),
    ],
    ids=["initial", "surname-only", "other-given-name", "other-surname"],
)
def test_person_match(pred: str, gold: str, same: bool) -> None:
    assert person_match(pred, gold) is same


TEXT = "Ministre Anna Kalna 2021. gada 5. martā paziņoja, ka piešķirti 1,5 milj. eiro."


def release() -> Release:
    return Release(
        text=TEXT,
        language="lv",
        dates=(DateMention(text="2021. gada 5. martā", start=20, end=39, value="2021-03-05"),),
        people=(Person(name="Anna Kalna", title="ministre", quoted=False),),
        countries=(Country(code="LV", name="Latvija"), Country(code="EE", name="Igaunija")),
        funding=(
            Funding(
                text="piešķirti 1,5 milj. eiro",
                start=53,
                end=77,
                amount=Decimal("1500000"),
                currency="EUR",
            ),
        ),
    )


GOLD = {
    "language": "lv",
    "title": None,
    "published": None,
    "dates": [
        {"text": "2021. gada 5. martā", "value": "2021-03-05", "end_value": None},
        {"text": "x", "value": "2021-03-06", "end_value": None},
    ],
    "people": [{"name": "Anna Kalna", "title": "ministre", "organization": None, "quoted": True}],
    "countries": ["LV"],
    "regions": [],
    "organizations": [],
    "programmes": [],
    "funding": [
        {
            "text": "piešķirti 1,5 milj. eiro",
            "amount": 1500000,
            "currency": "EUR",
            "funder": None,
            "programme": None,
        }
    ],
}


def test_score_document_counts() -> None:
    rep = Report()
    doc = score_document(rep, "x.txt", release(), GOLD)
    assert (rep.fields["dates"].tp, rep.fields["dates"].fn) == (1, 1)
    assert (rep.fields["countries"].tp, rep.fields["countries"].fp) == (1, 1)
    assert rep.fields["people"].tp == 1
    assert rep.accuracies["people.title"].value == 1.0
    assert rep.accuracies["people.quoted"].value == 0.0
    assert rep.fields["funding"].tp == 1
    assert rep.accuracies["funding.amount"].value == 1.0
    assert doc.misses["dates"] == ["('2021-03-06', None)"]
    assert doc.false_hits["countries"] == ["EE"]
    assert any("quoted" in w for w in doc.wrong)
    s = rep.scores()
    assert s["dates.f1"] == pytest.approx(2 / 3, abs=1e-3)


def test_evaluate_dir_records_failures(tmp_path: Path, rules_parser: object) -> None:
    (tmp_path / "a.txt").write_text(
        "url: https://www.izm.gov.lv/x\n---\nLatvija un Igaunija.", encoding="utf-8"
    )
    (tmp_path / "a.json").write_text(json.dumps({**GOLD, "file": "a.txt"}), encoding="utf-8")
    (tmp_path / "b.txt").write_text("url: x\n---\n   ", encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps(GOLD), encoding="utf-8")
    rep = evaluate_dir(tmp_path, rules_parser)  # type: ignore[arg-type]
    assert len(rep.docs) == 1
    assert [f.file for f in rep.failures] == ["b.txt"]


def test_floors() -> None:
    floors = {"dates.f1": 0.5, "people.f1": 0.9}
    assert check_floors({"dates.f1": 0.6, "people.f1": 0.8}, floors) == [
        "people.f1: 0.8000 < floor 0.9000"
    ]
    assert raise_floors({"dates.f1": 0.6, "people.f1": 0.8}, floors) == {
        "dates.f1": 0.6,
        "people.f1": 0.9,
    }
    assert raise_floors({"people.f1": 0.8}, floors, allow_regression=True)["people.f1"] == 0.8
