"""to_frame / release_to_frame: columns, one row per mention, source ids, dtypes, order, empty
frames and the typed errors, on hand-built releases of our own sentences."""

from __future__ import annotations

import sys
from decimal import Decimal

import pandas as pd
import pytest

from newsparse.display import (
    BASE_COLUMNS,
    COLUMNS,
    FRAME_FIELDS,
    release_to_frame,
    to_frame,
)
from newsparse.errors import ConfigError, MissingExtraError, NewsparseError
from newsparse.model import (
    Country,
    DateMention,
    Funding,
    Organization,
    ParseWarning,
    Person,
    Programme,
    Quote,
    Region,
    Release,
    Span,
)


def span(text: str, surface: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Span(start=start, end=start + len(surface), text=surface)


TEXT_A = (
    "Zemkopības ministrija 2023. gada 4. aprīlī ziņoja, ka Lietuvai un Igaunijai tiks piešķirti "
    "2,5 milj. eiro. Lietuvas pārstāvis Tomas Kazlauskas pateicās. Lietuva ir gatava."
)
TEXT_B = "Eiropas Komisija 15.06.2024. apstiprināja 40 000 eiro programmai “Erasmus+”."


def release_a() -> Release:
    t = TEXT_A
    d = span(t, "2023. gada 4. aprīlī")
    f = span(t, "piešķirti 2,5 milj. eiro")
    return Release(
        text=t,
        url="https://www.zm.gov.lv/lv/jaunums/a",
        published="2023-04-05",
        title="A",
        language="lv",
        publisher="Zemkopības ministrija",
        dates=(DateMention(text=d.text, start=d.start, end=d.end, value="2023-04-04", rule="r.d"),),
        # mentions deliberately out of text order: frames sort by start
        countries=(
            Country(
                code="LT",
                name="Lietuva",
                mentions=(span(t, "Lietuva", 2), span(t, "Lietuvai"), span(t, "Lietuvas")),
            ),
            Country(code="EE", name="Igaunija", mentions=(span(t, "Igaunijai"),)),
        ),
        people=(
            Person(
                name="Tomas Kazlauskas", title="pārstāvis", mentions=(span(t, "Tomas Kazlauskas"),)
            ),
            Person(name="Bez Pieminējuma"),  # an entity without mentions still gets a row
        ),
        organizations=(
            Organization(
                name="Zemkopības ministrija",
                acronym="ZM",
                mentions=(span(t, "Zemkopības ministrija"),),
            ),
        ),
        funding=(
            Funding(
                text=f.text,
                start=f.start,
                end=f.end,
                amount=Decimal("2500000"),
                currency="EUR",
                funder="Zemkopības ministrija",
                rule="r.f",
            ),
        ),
        warnings=(ParseWarning(code="W201", message="gads nav zināms"),),
    )


def release_b() -> Release:
    t = TEXT_B
    f = span(t, "40 000 eiro")
    return Release(
        text=t,
        url=None,
        published=None,
        programmes=(Programme(name="Erasmus+", mentions=(span(t, "Erasmus+"),)),),
        organizations=(
            Organization(name="Eiropas Komisija", mentions=(span(t, "Eiropas Komisija"),)),
        ),
        funding=(
            Funding(text=f.text, start=f.start, end=f.end, amount=None, programme="Erasmus+"),
        ),
        regions=(Region(name="Eiropa", mentions=()),),
        quotes=(Quote(text="“Erasmus+”", start=t.index("“"), end=t.index("”") + 1),),
    )


# --------------------------------------------------------------------------- columns


@pytest.mark.parametrize("field", FRAME_FIELDS)
def test_columns_for_every_field(field: str) -> None:
    frame = to_frame([release_a(), release_b()], field)
    assert list(frame.columns) == [*BASE_COLUMNS, *COLUMNS[field]]


@pytest.mark.parametrize("field", FRAME_FIELDS)
def test_empty_input_keeps_columns_and_dtypes(field: str) -> None:
    frame = to_frame([], field)
    assert frame.empty
    assert list(frame.columns) == [*BASE_COLUMNS, *COLUMNS[field]]
    assert str(frame["published"].dtype).startswith("datetime64")
    if field == "funding":  # the notebook's chart code runs on an empty frame
        assert frame.groupby("programme")["amount"].sum().empty


# --------------------------------------------------------------------------- rows

ROWS = [
    pytest.param(
        "countries",
        ["code", "text"],
        [("LT", "Lietuvai"), ("EE", "Igaunijai"), ("LT", "Lietuvas"), ("LT", "Lietuva")],
        id="one-row-per-mention-in-text-order",
    ),
    pytest.param(
        "people",
        ["name", "title", "text"],
        [("Tomas Kazlauskas", "pārstāvis", "Tomas Kazlauskas"), ("Bez Pieminējuma", None, None)],
        id="entity-without-mention-last",
    ),
    pytest.param(
        "organizations",
        ["name", "acronym"],
        [("Zemkopības ministrija", "ZM")],
        id="organization-acronym",
    ),
    pytest.param(
        "dates",
        ["value", "end_value", "precision", "rule"],
        [("2023-04-04", None, "day", "r.d")],
        id="date",
    ),
    pytest.param(
        "funding",
        ["amount", "currency", "funder"],
        [(2500000.0, "EUR", "Zemkopības ministrija")],
        id="funding-amount-float",
    ),
    pytest.param(
        "warnings",
        ["code", "message", "text"],
        [("W201", "gads nav zināms", None)],
        id="warning-no-span",
    ),
]


@pytest.mark.parametrize(("field", "cols", "expected"), ROWS)
def test_rows(field: str, cols: list[str], expected: list[tuple[object, ...]]) -> None:
    frame = to_frame([release_a()], field)
    got = [
        tuple(None if pd.isna(v) else v for v in row) for row in frame[cols].itertuples(index=False)
    ]
    assert got == expected


@pytest.mark.parametrize("field", [f for f in FRAME_FIELDS if f != "releases"])
def test_offsets_point_into_the_text(field: str) -> None:
    releases = {"a": release_a(), "b": release_b()}
    frame = to_frame(releases, field)
    for row in frame.itertuples(index=False):
        if pd.isna(row.start):
            continue
        assert releases[row.source_id].text[row.start : row.end] == row.text


def test_dtypes() -> None:
    f = to_frame([release_a(), release_b()], "funding")
    assert str(f["start"].dtype) == "Int64" and str(f["end"].dtype) == "Int64"
    assert f["amount"].dtype == "float64"
    assert f["amount"].isna().tolist() == [False, True]
    assert f["published"].tolist()[0] == pd.Timestamp("2023-04-05")
    assert pd.isna(f["published"].tolist()[1])
    people = to_frame([release_a()], "people")
    assert people["quoted"].dtype == "bool"
    assert people["start"].isna().tolist() == [False, True]


# --------------------------------------------------------------------------- source ids

SOURCES = [
    pytest.param(lambda a, b: [a, b], [0, 1], id="positions"),
    pytest.param(lambda a, b: [("a.txt", a), ("b.txt", b)], ["a.txt", "b.txt"], id="pairs"),
    pytest.param(lambda a, b: {"x": a, "y": b}, ["x", "y"], id="mapping"),
    pytest.param(lambda a, b: [a, ("b.txt", b)], [0, "b.txt"], id="mixed"),
    pytest.param(lambda a, b: (r for r in (a, b)), [0, 1], id="generator"),
    pytest.param(lambda a, b: a, [0], id="lone-release"),
]


@pytest.mark.parametrize(("make", "ids"), SOURCES)
def test_source_ids(make: object, ids: list[object]) -> None:
    frame = to_frame(make(release_a(), release_b()), "releases")  # type: ignore[operator]
    assert frame["source_id"].tolist() == ids


def test_rows_keep_input_order_then_offsets() -> None:
    frame = to_frame([("b", release_b()), ("a", release_a())], "organizations")
    assert frame["source_id"].tolist() == ["b", "a"]


def test_releases_frame_counts() -> None:
    frame = to_frame([release_a(), release_b()], "releases")
    a, b = frame.to_dict("records")
    assert (a["n_countries"], a["n_people"], a["n_funding"], a["n_warnings"]) == (2, 2, 1, 1)
    assert (b["n_programmes"], b["n_regions"], b["n_quotes"], b["chars"]) == (1, 1, 1, len(TEXT_B))
    assert a["publisher"] == "Zemkopības ministrija" and pd.isna(b["url"])


def test_release_to_frame_is_to_frame_of_one() -> None:
    pd.testing.assert_frame_equal(
        release_to_frame(release_a(), "countries"), to_frame([release_a()], "countries")
    )


# --------------------------------------------------------------------------- errors


def test_unknown_field_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match=r"unknown field 'country'.*countries") as e:
        to_frame([release_a()], "country")
    assert isinstance(e.value, ValueError)


@pytest.mark.parametrize(
    "bad",
    [
        pytest.param(["Latvija"], id="string-item"),
        pytest.param([("id", "teksts")], id="pair-without-release"),
        pytest.param({"a": 1}, id="mapping-of-non-releases"),
    ],
)
def test_non_releases_are_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="Release"):
        to_frame(bad, "dates")  # type: ignore[arg-type]


def test_missing_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` raise ImportError
    with pytest.raises(MissingExtraError, match=r'pip install "newsparse\[pandas\]"') as e:
        to_frame([release_a()], "dates")
    assert isinstance(e.value, ImportError) and isinstance(e.value, NewsparseError)
    assert e.value.name == "pandas" and e.value.extra == "pandas"
    assert isinstance(e.value.__cause__, ImportError)
