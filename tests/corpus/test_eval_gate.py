"""The eval gate: scores on ../shared/data/dev never drop below the floors in
tests/eval_baseline.json, and scores on our own invented releases (tests/corpus/heldout and
tests/corpus/blind, always present) never below tests/eval_baseline_{heldout,blind}.json.
tests/corpus/final is measured, never gated (it must stay unseen by whoever tunes rules). Floors only go up (``newsparse eval DIR
--floors FILE --update-floors``); lowering one needs ``--allow-regression``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsparse.eval import check_floors, evaluate_dir, format_details, format_table

BASELINE = Path(__file__).resolve().parents[1] / "eval_baseline.json"
HERE = Path(__file__).resolve().parent
TESTS = HERE.parent


@pytest.mark.corpus
def test_dev_set_scores_stay_above_floors(dev_dir: Path, rules_parser: object) -> None:
    report = evaluate_dir(dev_dir, rules_parser)  # type: ignore[arg-type]
    assert not report.failures, [f.error for f in report.failures]
    floors = json.loads(BASELINE.read_text(encoding="utf-8"))["floors"]
    below = check_floors(report.scores(), floors)
    assert not below, "\n".join([*below, format_table(report), format_details(report)])


@pytest.mark.corpus
def test_seed_header_fields(dev_dir: Path, rules_parser: object) -> None:
    r = rules_parser.parse((dev_dir / "seed.txt").read_bytes())  # type: ignore[attr-defined]
    assert (
        r.title
        == "Sadarbība starp Eiropu un Centrālāzijas valstīm izglītības digitalizācijas jautājumos"
    )
    assert r.published == "2020-10-15"
    assert r.language == "lv"
    assert r.publisher == "Izglītības un zinātnes ministrija"


@pytest.mark.parametrize(
    ("folder", "baseline", "minimum"),
    [("heldout", "eval_baseline_heldout.json", 20), ("blind", "eval_baseline_blind.json", 20)],
)
def test_own_sets_stay_above_floors(
    rules_parser: object, folder: str, baseline: str, minimum: int
) -> None:
    report = evaluate_dir(HERE / folder, rules_parser)  # type: ignore[arg-type]
    assert not report.failures, [f.error for f in report.failures]
    assert len(report.docs) >= minimum
    floors = json.loads((TESTS / baseline).read_text(encoding="utf-8"))["floors"]
    below = check_floors(report.scores(), floors)
    assert not below, "\n".join([*below, format_table(report), format_details(report)])
