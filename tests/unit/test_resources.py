"""Integrity of the packaged language resources: every file loads, has no duplicate rows, is
used by the code and is documented in resources/README.md."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsparse.lexicon import read_json, read_lines, read_tsv

PKG = Path(__file__).resolve().parents[2] / "src" / "newsparse"
RES = PKG / "resources"
FILES = sorted(p for p in RES.glob("*/*") if p.suffix in (".tsv", ".txt", ".json"))
IDS = [f"{p.parent.name}/{p.name}" for p in FILES]


def test_there_are_resources() -> None:
    assert len(FILES) >= 40


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_loads_without_duplicates(path: Path) -> None:
    lang, name = path.parent.name, path.name
    if path.suffix == ".tsv":
        rows = read_tsv(lang, name)
        assert rows, "no rows"
        keyed = [tuple(sorted(r.items())) for r in rows]
        dups = {k for k in keyed if keyed.count(k) > 1}
        assert not dups, f"duplicate rows: {sorted(dups)[:3]}"
    elif path.suffix == ".txt":
        lines = read_lines(lang, name)
        assert lines, "no entries"
        dups = {x for x in lines if lines.count(x) > 1}
        assert not dups, f"duplicate entries: {sorted(dups)[:5]}"
    else:
        assert isinstance(read_json(lang, name), dict)


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_used_by_the_code(path: Path) -> None:
    code = "\n".join(p.read_text(encoding="utf-8") for p in PKG.rglob("*.py"))
    assert f'"{path.name}"' in code or f"'{path.name}'" in code, "no module reads it"


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_documented_in_readme(path: Path) -> None:
    readme = (RES / "README.md").read_text(encoding="utf-8")
    lang, name = path.parent.name, path.name
    assert (
        f"{lang}/{name}" in readme
        or f"{{lv,en}}/{name}" in readme
        or f"{{lv,en}}/{path.stem}" in readme
    ), f"{lang}/{name} missing from resources/README.md"
