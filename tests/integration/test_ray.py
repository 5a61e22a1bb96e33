"""The Ray Data path on a small local Ray instance (2 CPUs): a few hundred synthetic releases
from bench/generate.py, in a zip and a JSONL file with broken lines, parsed by 2 actors with the
rules backend into Parquet."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ray = pytest.importorskip("ray")
pq = pytest.importorskip("pyarrow.parquet")

ROOT = Path(__file__).resolve().parents[2]


def _generator() -> Any:
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up there
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    ray.init(
        include_dashboard=False,
        num_cpus=2,
        log_to_driver=False,
        _node_ip_address="127.0.0.1",  # loopback only: the test suite forbids the network
    )
    try:
        yield
    finally:
        ray.shutdown()


def test_ray_parses_archives_into_parquet(tmp_path: Path, local_ray: None) -> None:
    from newsparse.ray import parse_to_parquet

    gen = _generator()
    n = 240
    gen.write("zip", n, tmp_path / "releases.zip", seed=3, size=800)
    jsonl = tmp_path / "more.jsonl"
    with open(jsonl, "w", encoding="utf-8") as f:
        f.write(
            json.dumps({"id": "ok-1", "text": "Kultūras ministrija rīt atvērs izstādi Cēsīs."})
            + "\n"
        )
        f.write("{broken\n")
        f.write(json.dumps({"id": "empty", "text": ""}) + "\n")
    out = tmp_path / "parquet"
    parse_to_parquet(
        [tmp_path / "releases.zip", jsonl], out, backend="rules", num_actors=2, batch_size=16
    )

    table = pq.read_table(out)
    rows = {r["source_id"]: r for r in table.to_pylist()}
    assert len(rows) == n + 3
    zipped = [f"{tmp_path / 'releases.zip'}!releases/{i:06d}.txt" for i in range(n)]
    assert all(rows[i]["error_type"] is None for i in zipped)
    assert rows[f"{jsonl}:2"]["error_type"] == "InvalidJson"
    assert rows["empty"]["error_type"] == "InputError"
    assert rows["ok-1"]["language"] == "lv"
    record = json.loads(rows[zipped[0]]["record"])
    assert record["schema"] == "newsparse.release/1"
    assert record["published"] == rows[zipped[0]]["published"] is not None
