"""The same input gives the same record in every process: no output may depend on Python's
per-process hash seed (set or dict-of-set iteration order), which batch workers do not share."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import json, pathlib, sys
from newsparse import parse_release
out = {}
for p in sorted(pathlib.Path(sys.argv[1]).glob("*.txt")):
    out[p.name] = parse_release(p.read_text(encoding="utf-8"), backend="rules").to_dict()
print(json.dumps(out, ensure_ascii=False, sort_keys=True))
"""


def _run(seed: str) -> dict[str, object]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(ROOT / "examples" / "archive")],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def test_records_do_not_depend_on_the_hash_seed() -> None:
    a, b = _run("1"), _run("2")
    assert a.keys() == b.keys() and len(a) >= 10
    for name in a:
        assert a[name] == b[name], name
