"""The same release through both backends: the real Stanza pipeline and the rules backend give
records of the same shape, with spans that index the exact text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsparse import Parser
from newsparse.model import Release

pytestmark = pytest.mark.nlp

# our own release, with the phenomena the token layer must carry: double spaces, a blank line,
# typographic quotes, a hyphenated surname, a numeric date, "Erasmus+", an amount
RELEASE = """## Ministrija paraksta sadarbības memorandu ar Moldovu

Publicēts: 15.10.2020.

Izglītības un zinātnes ministrijas parlamentārā sekretāre Anna Kalniņa-Lukaševica  šodien \
tikās ar Moldovas vēstnieku Latvijā.

Sarunās tika pārrunāta sadarbība programmas „Erasmus+” ietvaros. “Mūsu valstu jaunieši \
ieguvēs no apmaiņas,” uzsvēra Kalniņa-Lukaševica.

Memorands tiks parakstīts 20.11.2020., un projektiem piešķirti 1,5 milj. eiro.
"""


def spans_of(value: Any) -> list[dict[str, Any]]:
    """Every ``{"start", "end", "text"}`` dictionary anywhere in a ``to_dict()`` tree."""
    found: list[dict[str, Any]] = []
    if isinstance(value, dict):
        if {"start", "end", "text"} <= set(value) and isinstance(value["start"], int):
            found.append(value)
        for v in value.values():
            found.extend(spans_of(v))
    elif isinstance(value, list):
        for v in value:
            found.extend(spans_of(v))
    return found


def shape(value: Any) -> Any:
    """The key structure of a ``to_dict()`` tree (lists reduced to their first item)."""
    if isinstance(value, dict):
        return {k: shape(v) for k, v in value.items() if k not in ("pipeline",)}
    if isinstance(value, list):
        return [shape(value[0])] if value else []
    return type(value).__name__


@pytest.fixture(scope="module")
def releases(stanza_dir: Path) -> dict[str, Release]:
    return {
        "stanza": Parser(backend="stanza", stanza_dir=str(stanza_dir)).parse(RELEASE, lang="lv"),
        "rules": Parser(backend="rules").parse(RELEASE, lang="lv"),
    }


@pytest.mark.parametrize("backend", ["stanza", "rules"])
def test_backend_recorded_and_spans_valid(releases: dict[str, Release], backend: str) -> None:
    release = releases[backend]
    assert release.pipeline.backend == backend
    assert release.text == RELEASE.strip() or release.text in RELEASE
    for span in spans_of(release.to_dict()):
        assert release.text[span["start"] : span["end"]] == span["text"]


def test_same_record_structure(releases: dict[str, Release]) -> None:
    a, b = releases["stanza"].to_dict(), releases["rules"].to_dict()
    assert list(a) == list(b)
    # field by field: where both found something, the items have the same keys
    for key in a:
        if isinstance(a[key], list) and a[key] and b[key]:
            assert shape(a[key]) == shape(b[key]), key


def test_no_fallback_warning_with_models(releases: dict[str, Release]) -> None:
    assert not [w for w in releases["stanza"].warnings if w.code == "W001"]


def test_auto_uses_stanza_when_models_are_found(stanza_dir: Path) -> None:
    parser = Parser(backend="auto", stanza_dir=str(stanza_dir))
    assert parser.backend.name == "stanza"
