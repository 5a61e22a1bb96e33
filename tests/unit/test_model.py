"""The record: JSON round trip, key contract, span helper."""

from __future__ import annotations

import json
from decimal import Decimal

from newsparse.model import (
    SCHEMA,
    Country,
    DateMention,
    Funding,
    Organization,
    ParseWarning,
    Person,
    PipelineInfo,
    Programme,
    Quote,
    Region,
    Release,
    Span,
)

TEXT = "Rīgā 2021. gada 5. martā ministre Anna Bērziņa sacīja: „Paldies.” Piešķirti 1,5 milj. eiro."


def _at(sub: str) -> dict[str, object]:
    i = TEXT.index(sub)
    return {"start": i, "end": i + len(sub), "text": sub}


def full_release() -> Release:
    s = Span(**_at("Rīgā"))  # type: ignore[arg-type]
    return Release(
        text=TEXT,
        url="https://www.izm.gov.lv/lv/jaunums/x",
        language="lv",
        title="Virsraksts",
        published="2021-03-05",
        publisher="Izglītības un zinātnes ministrija",
        dates=(DateMention(**_at("2021. gada 5. martā"), value="2021-03-05", rule="date.lv_full"),),
        people=(
            Person(
                name="Anna Bērziņa",
                title="ministre",
                organization=None,
                quoted=True,
                mentions=(Span(**_at("Anna Bērziņa")),),  # type: ignore[arg-type]
                quotes=(Span(**_at("Paldies.")),),  # type: ignore[arg-type]
            ),
        ),
        countries=(Country(code="LV", name="Latvija", mentions=(s,)),),
        regions=(Region(name="Baltija", mentions=()),),
        organizations=(Organization(name="Eiropas Savienība", acronym="ES", mentions=()),),
        programmes=(Programme(name="Erasmus+", mentions=()),),
        funding=(
            Funding(
                **_at("Piešķirti 1,5 milj. eiro"),  # type: ignore[arg-type]
                amount=Decimal("1500000"),
                currency="EUR",
                funder=None,
                programme="Erasmus+",
                rule="funding.amount_milj",
            ),
        ),
        quotes=(Quote(**_at("Paldies."), speaker="Anna Bērziņa", rule="quote.x"),),
        warnings=(ParseWarning(code="W101", message="x", start=1, end=2),),
        pipeline=PipelineInfo(backend="rules", version="t"),
    )


def test_round_trip_equal() -> None:
    r = full_release()
    assert Release.from_dict(r.to_dict()) == r


def test_round_trip_through_json_text() -> None:
    r = full_release()
    again = Release.from_dict(json.loads(json.dumps(r.to_dict(), ensure_ascii=False)))
    assert again == r
    assert again.funding[0].amount == Decimal("1500000")


def test_contract_keys_in_order() -> None:
    d = full_release().to_dict()
    assert list(d) == [
        "schema",
        "url",
        "language",
        "title",
        "published",
        "publisher",
        "text",
        "dates",
        "people",
        "countries",
        "regions",
        "organizations",
        "programmes",
        "funding",
        "quotes",
        "warnings",
        "pipeline",
    ]
    assert d["schema"] == SCHEMA
    assert set(d["dates"][0]) >= {"text", "start", "end", "value", "end_value", "precision", "rule"}
    assert set(d["people"][0]) >= {"name", "title", "organization", "quoted", "mentions", "quotes"}
    assert set(d["funding"][0]) >= {
        "text",
        "start",
        "end",
        "amount",
        "currency",
        "funder",
        "programme",
        "rule",
    }
    assert d["funding"][0]["amount"] == "1500000"  # Decimal serialised as a string
    assert set(d["pipeline"]) == {"backend", "version"}


def test_records_are_frozen() -> None:
    r = full_release()
    try:
        r.title = "x"  # type: ignore[misc]
    except AttributeError:
        pass
    else:  # pragma: no cover
        raise AssertionError("Release must be immutable")


def test_spans_helper_lists_every_item() -> None:
    r = full_release()
    spans = r.spans()
    assert len(spans) == 1 + 1 + 1 + 2 + 1 + 1  # date, funding, quote, person(2), country, warning
    for s in spans:
        assert r.text[s.start : s.end] == s.text


def test_repr_is_short() -> None:
    text = repr(full_release())
    assert text.startswith("<Release lv 2021-03-05")
    assert len(text) < 300
