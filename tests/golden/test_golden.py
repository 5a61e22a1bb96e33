"""Golden records: whole ``to_dict()`` records of our own example releases (examples/release.txt
and examples/archive/*.txt), reviewed and committed under tests/golden/. Any change to any field
of any of them fails with a diff, so an extractor change shows everything it moves.

After a deliberate change: ``pytest tests/golden --update-golden``, then review ``git diff``.
"""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import pytest

from newsparse import Parser

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).resolve().parent
SOURCES = sorted(
    [ROOT / "examples" / "release.txt", *(ROOT / "examples" / "archive").glob("*.txt")]
)


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser(backend="rules")


def _dump(record: dict[str, object]) -> str:
    return json.dumps(record, ensure_ascii=False, indent=1) + "\n"


@pytest.mark.parametrize("source", SOURCES, ids=[p.stem for p in SOURCES])
def test_golden_record(parser: Parser, source: Path, request: pytest.FixtureRequest) -> None:
    got = _dump(parser.parse(source.read_bytes()).to_dict())
    path = GOLDEN / f"{source.stem}.json"
    if request.config.getoption("--update-golden"):
        path.write_text(got, encoding="utf-8")
        return
    assert path.exists(), f"no golden record {path.name}: run pytest tests/golden --update-golden"
    want = path.read_text(encoding="utf-8")
    if got != want:
        diff = "".join(
            difflib.unified_diff(want.splitlines(True), got.splitlines(True), "golden", "now", n=2)
        )
        pytest.fail(f"{source.name} changed (review, then --update-golden):\n{diff[:6000]}")


def test_every_golden_file_has_its_source() -> None:
    stems = {p.stem for p in SOURCES}
    assert {p.stem for p in GOLDEN.glob("*.json")} <= stems
