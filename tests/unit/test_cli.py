"""The CLI in-process: main([...]) and its exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsparse.cli import main

RELEASE = (
    "## Virsraksts par sadarbību\n\nPublicēts: 02.02.2022.\n\nFinanšu ministrija Rīgā strādā.\n"
)


def test_parse_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "r.md"
    f.write_text(RELEASE, encoding="utf-8")
    assert main(["parse", str(f), "--backend", "rules"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["published"] == "2022-02-02"
    assert d["title"] == "Virsraksts par sadarbību"


def test_parse_failure_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good, bad = tmp_path / "g.md", tmp_path / "b.txt"
    good.write_text(RELEASE, encoding="utf-8")
    bad.write_bytes(b"")
    assert (
        main(["parse", str(good), str(bad), str(tmp_path / "missing.txt"), "--backend", "rules"])
        == 1
    )
    captured = capsys.readouterr()
    assert "InputError" in captured.err and "missing.txt" in captured.err
    assert json.loads(captured.out)["published"] == "2022-02-02"  # the good one still printed


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert main(["parse"]) == 2
    assert main(["nosuchcommand"]) == 2
    assert main(["eval", "/nonexistent/dir"]) == 2


def test_help_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert "Exit codes" in capsys.readouterr().out


def test_eval_floors_gate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(
        "url: u\n---\nLatvija un Igaunija sadarbojas.", encoding="utf-8"
    )
    (tmp_path / "a.json").write_text(
        json.dumps({"language": "lv", "countries": ["LV", "EE"]}), encoding="utf-8"
    )
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"floors": {"countries.f1": 1.01}}), encoding="utf-8")
    assert main(["eval", str(tmp_path), "--backend", "rules", "--floors", str(floors)]) == 1
    assert main(["eval", str(tmp_path), "--backend", "rules", "--json"]) == 0
    out = capsys.readouterr().out
    assert '"fields"' in out
