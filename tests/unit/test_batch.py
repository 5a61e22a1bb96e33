"""Batch runs: parse_many (in-process and worker pool), time limits, crashes, the ``newsparse
batch`` command with its failures file, resume after interruption, Parquet output, exit codes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from batch_helpers import release_text, write_zip

from newsparse.batch import readers
from newsparse.batch.cli import _size, failures_path
from newsparse.batch.output import OutputError, scan_jsonl
from newsparse.batch.records import Failure, Record
from newsparse.batch.runner import iter_parsed, parse_many
from newsparse.cli import main
from newsparse.errors import NewsparseError
from newsparse.model import Release

MB = 1 << 20
LV = "Satiksmes ministrija šodien paziņoja, ka ceļu remontam piešķirti 2,5 milj. eiro."


# --------------------------------------------------------------------------- parse_many in-process


def test_parse_many_in_process_keeps_order_and_reports_each_failure() -> None:
    items: list[Any] = [
        LV,
        LV.encode("cp1257"),
        LV.encode("utf-8-sig"),
        Record("rec-1", release_text(1).encode(), "https://www.example.gov.lv/a"),
        ("tup-1", release_text(2)),
        Failure("broken.zip!x", "CorruptMember", "bad CRC"),
        b"",
        b"\x00\x01\x02 binary",
        12345,
    ]
    out = list(parse_many(items, workers=0, backend="rules"))
    kinds = [type(r).__name__ if isinstance(r, Release) else f"Failure:{r.error_type}" for r in out]
    assert kinds == [
        "Release",
        "Release",
        "Release",
        "Release",
        "Release",
        "Failure:CorruptMember",
        "Failure:InputError",
        "Failure:InputError",
        "Failure:InputError",
    ]
    releases = [r for r in out if isinstance(r, Release)]
    assert releases[0].text == releases[1].text == releases[2].text == LV  # every encoding decoded
    assert releases[3].url == "https://www.example.gov.lv/a"
    fails = [r for r in out if isinstance(r, Failure)]
    assert [f.source_id for f in fails] == ["broken.zip!x", "6", "7", "8"]


def test_iter_parsed_gives_ids_and_urls() -> None:
    outs = list(
        iter_parsed([Record("a", LV, "https://x.lv/a"), ("b", b"")], workers=0, backend="rules")
    )
    assert [(o.source_id, o.url, type(o.result).__name__) for o in outs] == [
        ("a", "https://x.lv/a", "Release"),
        ("b", None, "Failure"),
    ]


# about 900,000 characters: well over a second to parse, while LV takes milliseconds, so a
# 0.3 s limit separates them even on a loaded machine (below spaCy's 1,000,000-character cap)
BIG = "Ārlietu ministrija rīt tiksies ar Igaunijas un Lietuvas pārstāvjiem Rīgā. " * 12000
LIMIT = 0.3


def test_time_limit_in_the_main_thread() -> None:
    out = list(parse_many([BIG, LV, BIG], workers=0, backend="rules", timeout=LIMIT))
    assert [getattr(r, "error_type", "ok") for r in out] == [
        "DocumentTimeout",
        "ok",
        "DocumentTimeout",
    ]


def test_time_limit_in_another_thread() -> None:
    box: list[list[Any]] = []
    t = threading.Thread(
        target=lambda: box.append(
            list(parse_many([BIG, LV], workers=0, backend="rules", timeout=LIMIT))
        )
    )
    t.start()
    t.join(120)
    assert [getattr(r, "error_type", "ok") for r in box[0]] == ["DocumentTimeout", "ok"]
    time.sleep(0.05)  # a late asynchronous exception would land here and fail the test


# --------------------------------------------------------------------------- worker pool

# Transforms run inside the workers (imported there by module name): a hostile document can
# hang with the timer signal blocked (only the parent's watchdog can stop it) or kill its worker.


def hostile_transform(release: Release) -> str:
    if "HANG" in release.text:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(60)
    if "CRASH" in release.text:
        os._exit(3)
    return release.text


def test_pool_survives_hangs_and_crashes_in_order() -> None:
    items = [f"{LV} Nr. {i}." for i in range(3)]
    items[1] += " HANG"
    items.append(f"{LV} CRASH")
    items.append(f"{LV} pēc avārijas.")
    t0 = time.monotonic()
    outs = list(
        iter_parsed(
            items, workers=1, backend="rules", timeout=0.5, grace=1.0, transform=hostile_transform
        )
    )
    assert time.monotonic() - t0 < 120
    got = [
        (o.source_id, o.result if isinstance(o.result, str) else o.result.error_type) for o in outs
    ]
    assert got == [
        ("0", items[0]),
        ("1", "DocumentTimeout"),
        ("2", items[2]),
        ("3", "WorkerCrashed"),
        ("4", items[4]),
    ]


def test_worker_that_cannot_build_its_parser_raises_before_any_document(tmp_path: Path) -> None:
    with pytest.raises(NewsparseError):
        list(parse_many([LV], workers=1, options=_stanza_options(tmp_path)))


def _stanza_options(tmp_path: Path) -> Any:
    from newsparse.options import ParseOptions

    return ParseOptions(backend="stanza", stanza_dir=str(tmp_path / "no-models"))


# --------------------------------------------------------------------------- the batch command


def _bad_zip(path: Path) -> Path:
    """A zip of three releases whose middle member's compressed data is damaged."""
    write_zip(path, {f"z{i}.txt": (release_text(10 + i) * 8).encode() for i in range(3)})
    import zipfile

    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("z1.txt")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for i in range(start + 4, start + 30):
        data[i] ^= 0x33
    path.write_bytes(bytes(data))
    return path


@pytest.fixture
def collection(tmp_path: Path) -> tuple[Path, list[str], dict[str, str]]:
    """A directory with good releases and every kind of bad input, and the expected outcome."""
    root = tmp_path / "in"
    root.mkdir()
    for i in range(3):
        (root / f"a{i}.txt").write_text(release_text(i), encoding="utf-8")
    (root / "b-cp1257.txt").write_bytes(release_text(5).encode("cp1257"))
    _bad_zip(root / "c.zip")
    (root / "d-binary.txt").write_bytes(b"\x00\x01PNG\x00" * 100)
    (root / "e-empty.txt").write_bytes(b"")
    with open(root / "f-huge.txt", "w", encoding="utf-8") as f:  # 20 MB of text
        line = release_text(7)
        for _ in range(20 * MB // len(line.encode()) + 1):
            f.write(line)
    good = [f"{root}/a{i}.txt" for i in range(3)] + [
        f"{root}/b-cp1257.txt",
        f"{root}/c.zip!z0.txt",
        f"{root}/c.zip!z2.txt",
    ]
    bad = {
        f"{root}/c.zip!z1.txt": "CorruptMember",
        f"{root}/d-binary.txt": "InputError",
        f"{root}/e-empty.txt": "InputError",
        f"{root}/f-huge.txt": "InputError",
    }
    return root, good, bad


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_batch_processes_a_hostile_collection_to_the_end(tmp_path: Path, collection: Any) -> None:
    root, good, bad = collection
    out = tmp_path / "out" / "releases.jsonl"
    rc = main(["batch", str(root), "--out", str(out), "--workers", "1", "--backend", "rules"])
    assert rc == 1  # some failed
    records = _jsonl(out)
    assert [r["source_id"] for r in records] == good
    assert all(r["schema"] == "newsparse.release/1" and r["text"] for r in records)
    assert records[3]["text"] == release_text(5)  # the cp1257 file decoded
    failures = _jsonl(failures_path(out))
    assert {f["source_id"]: f["error_type"] for f in failures} == bad
    assert all(f["message"] for f in failures)


def test_batch_output_is_the_same_whatever_the_worker_count(
    tmp_path: Path, collection: Any
) -> None:
    root, _, _ = collection
    (root / "f-huge.txt").unlink()
    outs = []
    for workers in ("0", "2"):
        out = tmp_path / f"w{workers}.jsonl"
        assert (
            main(
                ["batch", str(root), "--out", str(out), "--workers", workers, "--backend", "rules"]
            )
            == 1
        )
        outs.append((out.read_bytes(), failures_path(out).read_bytes()))
    assert outs[0] == outs[1]


def test_batch_exit_code_zero_when_everything_parsed(tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    src.write_text(
        "".join(json.dumps({"id": f"d{i}", "text": release_text(i)}) + "\n" for i in range(4)),
        "utf-8",
    )
    out = tmp_path / "o.jsonl"
    assert main(["batch", str(src), "--out", str(out), "--workers", "0", "--backend", "rules"]) == 0
    assert [r["source_id"] for r in _jsonl(out)] == ["d0", "d1", "d2", "d3"]
    assert failures_path(out).read_text() == ""


USAGE = [
    ("missing-input", ["batch", "{tmp}/nav", "--out", "{tmp}/o.jsonl"]),
    ("out-exists", ["batch", "{tmp}/in.jsonl", "--out", "{tmp}/exists.jsonl"]),
    ("jsonl-into-dir", ["batch", "{tmp}/in.jsonl", "--out", "{tmp}/dir", "--format", "jsonl"]),
    (
        "parquet-into-file",
        [
            "batch",
            "{tmp}/in.jsonl",
            "--out",
            "{tmp}/exists.jsonl",
            "--format",
            "parquet",
            "--overwrite",
        ],
    ),
    ("bad-size", ["batch", "{tmp}/in.jsonl", "--out", "{tmp}/o.jsonl", "--max-bytes", "lots"]),
    (
        "resume-and-overwrite",
        ["batch", "{tmp}/in.jsonl", "--out", "{tmp}/o.jsonl", "--resume", "--overwrite"],
    ),
]


@pytest.mark.parametrize(("name", "argv"), USAGE, ids=[u[0] for u in USAGE])
def test_usage_errors_exit_2(tmp_path: Path, name: str, argv: list[str]) -> None:
    (tmp_path / "in.jsonl").write_text(json.dumps({"text": LV}) + "\n", "utf-8")
    (tmp_path / "exists.jsonl").write_text('{"id": "x"}\n', "utf-8")
    (tmp_path / "dir").mkdir()
    assert main([a.format(tmp=tmp_path) for a in argv]) == 2


def test_overwrite_replaces_an_existing_output(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "n", "text": LV}) + "\n", "utf-8")
    out = tmp_path / "o.jsonl"
    out.write_text('{"id": "old"}\n', "utf-8")
    assert (
        main(
            [
                "batch",
                str(src),
                "--out",
                str(out),
                "--overwrite",
                "--workers",
                "0",
                "--backend",
                "rules",
            ]
        )
        == 0
    )
    assert [r["source_id"] for r in _jsonl(out)] == ["n"]


def test_output_inside_the_input_directory_is_not_read_back(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text(release_text(1), encoding="utf-8")
    out = root / "out.jsonl"
    assert (
        main(["batch", str(root), "--out", str(out), "--workers", "0", "--backend", "rules"]) == 0
    )
    assert (
        main(
            [
                "batch",
                str(root),
                "--out",
                str(out),
                "--resume",
                "--workers",
                "0",
                "--backend",
                "rules",
            ]
        )
        == 0
    )
    assert [r["source_id"] for r in _jsonl(out)] == [f"{root}/a.txt"]


# --------------------------------------------------------------------------- resume


def _jsonl_input(path: Path, n: int) -> list[str]:
    ids = [f"doc-{i:04d}" for i in range(n)]
    with open(path, "w", encoding="utf-8") as f:
        for i, doc_id in enumerate(ids):
            text = release_text(i) if i % 7 != 3 else ""  # every 7th is empty: a failure
            f.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n")
    return ids


def _interrupt_after(monkeypatch: pytest.MonkeyPatch, n: int) -> None:
    real = readers.iter_records

    def interrupted(*args: Any, **kw: Any) -> Iterator[Any]:
        for i, item in enumerate(real(*args, **kw)):
            if i == n:
                raise KeyboardInterrupt
            yield item

    monkeypatch.setattr(readers, "iter_records", interrupted)


@pytest.mark.parametrize("workers", ["0", "1"])
def test_interrupted_run_resumes_without_duplicates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: str
) -> None:
    src = tmp_path / "in.jsonl"
    ids = _jsonl_input(src, 40)
    out = tmp_path / "o.jsonl"
    argv = ["batch", str(src), "--out", str(out), "--workers", workers, "--backend", "rules"]
    _interrupt_after(monkeypatch, 25)
    assert main(argv) == 130
    monkeypatch.undo()
    first = [r["source_id"] for r in _jsonl(out)]
    assert 0 < len(first) <= 25 and first == [i for i in ids if int(i[-4:]) % 7 != 3][: len(first)]
    with open(out, "a", encoding="utf-8") as f:  # as if killed in the middle of a write
        f.write('{"source_id": "doc-9999", "schema": "newsp')
    assert main([*argv, "--resume"]) == 1
    records = [r["source_id"] for r in _jsonl(out)]
    assert records == [i for i in ids if int(i[-4:]) % 7 != 3]  # all good ones, once, in order
    assert sorted(f["source_id"] for f in _jsonl(failures_path(out))) == [
        i for i in ids if int(i[-4:]) % 7 == 3
    ]


def test_killed_process_resumes_without_duplicates(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    ids = _jsonl_input(src, 1500)
    out = tmp_path / "o.jsonl"
    argv = ["batch", str(src), "--out", str(out), "--workers", "1", "--backend", "rules"]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsparse.cli", *argv],
        env=env,
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and proc.poll() is None:
            if out.exists() and out.stat().st_size > 0:
                break
            time.sleep(0.2)
        assert proc.poll() is None, "the run ended before it could be killed"
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    done_before = scan_jsonl(out, repair=False)
    assert 0 < len(done_before) < 1500
    assert main([*argv[:-4], "--resume", "--workers", "0", "--backend", "rules"]) == 1
    assert [r["source_id"] for r in _jsonl(out)] == [i for i in ids if int(i[-4:]) % 7 != 3]


def test_scan_drops_a_truncated_tail_and_rejects_foreign_lines(tmp_path: Path) -> None:
    p = tmp_path / "o.jsonl"
    p.write_text(
        '{"source_id": "a", "x": 1}\n{"source_id": "b", "x": 2}\n{"source_id": "c", "x"', "utf-8"
    )
    assert scan_jsonl(p) == ["a", "b"]
    assert p.read_text("utf-8") == '{"source_id": "a", "x": 1}\n{"source_id": "b", "x": 2}\n'
    p.write_text('{"source_id": "a"}\n{"name": "not ours"}\n{"source_id": "c"}\n', "utf-8")
    with pytest.raises(OutputError, match=":2:"):
        scan_jsonl(p)


# --------------------------------------------------------------------------- Parquet


def test_parquet_tables_with_resume(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pyarrow.parquet as pq

    src = tmp_path / "in.jsonl"
    ids = _jsonl_input(src, 30)
    out = tmp_path / "pq"
    argv = [
        "batch",
        str(src),
        "--out",
        str(out),
        "--format",
        "parquet",
        "--workers",
        "0",
        "--backend",
        "rules",
    ]
    _interrupt_after(monkeypatch, 12)
    assert main(argv) == 130
    monkeypatch.undo()
    assert not (out / "releases.parquet").exists() and any((out / ".parts").iterdir())
    assert main([*argv, "--resume"]) == 1
    good = [i for i in ids if int(i[-4:]) % 7 != 3]
    releases = pq.read_table(out / "releases.parquet")
    assert releases.column("source_id").to_pylist() == good
    assert str(releases.schema.field("published").type) == "date32[day]"
    assert not (out / ".parts").exists()
    for table in (
        "dates",
        "people",
        "countries",
        "regions",
        "organizations",
        "programmes",
        "funding",
        "quotes",
    ):
        t = pq.read_table(out / f"{table}.parquet")
        assert {"source_id", "url", "published", "start", "end"} <= set(t.column_names)
        assert set(t.column("source_id").to_pylist()) <= set(good)
    text = dict(
        zip(
            releases.column("source_id").to_pylist(),
            releases.column("text").to_pylist(),
            strict=True,
        )
    )
    for table in ("dates", "funding"):
        for row in pq.read_table(out / f"{table}.parquet").to_pylist():
            assert text[row["source_id"]][row["start"] : row["end"]] == row["text"]
    assert len(_jsonl(failures_path(out))) == len(ids) - len(good)


# --------------------------------------------------------------------------- small helpers

SIZES = [
    ("1000", 1000),
    ("64k", 64 << 10),
    ("20M", 20 << 20),
    ("20MB", 20 << 20),
    ("1.5G", int(1.5 * (1 << 30))),
]


@pytest.mark.parametrize(("text", "value"), SIZES, ids=[s[0] for s in SIZES])
def test_size_argument(text: str, value: int) -> None:
    assert _size(text) == value


FAIL_PATHS = [
    ("out/r.jsonl", "out/r.failures.jsonl"),
    ("out/pq", "out/pq.failures.jsonl"),
    ("R.JSONL", "R.failures.jsonl"),
]


@pytest.mark.parametrize(("out", "expected"), FAIL_PATHS, ids=[f[0] for f in FAIL_PATHS])
def test_failures_path(out: str, expected: str) -> None:
    assert failures_path(out) == Path(expected)


# --------------------------------------------------------------------------- one id, typed errors


def test_one_source_id_column_everywhere(tmp_path: Path) -> None:
    from newsparse.batch.output import ID_COLUMN, jsonl_line, release_json
    from newsparse.display import BASE_COLUMNS
    from newsparse.ray import _OUT_COLUMNS

    assert ID_COLUMN == BASE_COLUMNS[0] == _OUT_COLUMNS[0] == "source_id"
    assert next(iter(Failure("a", "InputError", "m").to_dict())) == "source_id"
    release = next(iter(parse_many([LV], workers=0, backend="rules")))
    assert isinstance(release, Release)
    line = json.loads(jsonl_line("zip!a.txt", release_json(release)))
    assert next(iter(line)) == "source_id" and line["source_id"] == "zip!a.txt"


def test_failure_dict_round_trip() -> None:
    f = Failure("x.zip!a", "CorruptMember", "bad CRC")
    assert Failure.from_dict(json.loads(json.dumps(f.to_dict()))) == f


@pytest.mark.parametrize(
    ("error_type", "expected"),
    [
        ("DocumentTimeout", "DocumentTimeout"),
        ("WorkerCrashed", "BackendError"),
        ("CorruptMember", "InputError"),
        ("InputError", "InputError"),
        ("ZeroDivisionError", "BackendError"),
    ],
)
def test_failure_as_error(error_type: str, expected: str) -> None:
    err = Failure("x.zip!a", error_type, "what happened").as_error()
    assert type(err).__name__ == expected and isinstance(err, NewsparseError)
    assert str(err) == f"x.zip!a: {error_type}: what happened"


def test_parquet_without_pyarrow_is_a_usage_error_naming_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "in.jsonl").write_text(json.dumps({"text": LV}) + "\n", "utf-8")
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # `import pyarrow` raises ImportError
    argv = ["batch", str(tmp_path / "in.jsonl"), "--out", str(tmp_path / "pq"), "--workers", "0"]
    assert main(argv) == 2
    assert 'pip install "newsparse[batch]"' in capsys.readouterr().err


def test_warc_without_a_warc_library_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsparse.errors import MissingExtraError

    (tmp_path / "crawl.warc").write_bytes(b"")
    for mod in ("fastwarc", "fastwarc.warc", "warcio"):
        monkeypatch.setitem(sys.modules, mod, None)
    with pytest.raises(MissingExtraError) as e:
        readers.warc_library()
    assert e.value.extra == "batch" and isinstance(e.value, ImportError)
    argv = ["batch", str(tmp_path / "crawl.warc"), "--out", str(tmp_path / "o.jsonl")]
    assert main(argv) == 2
    assert 'pip install "newsparse[batch]"' in capsys.readouterr().err


def test_ray_module_without_ray_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsparse.errors import MissingExtraError
    from newsparse.ray import read_records

    monkeypatch.setitem(sys.modules, "ray", None)
    monkeypatch.setitem(sys.modules, "ray.data", None)
    with pytest.raises(MissingExtraError, match=r'pip install "newsparse\[ray\]"'):
        read_records([])


def test_missing_extra_error_survives_pickling() -> None:
    import pickle

    from newsparse.errors import MissingExtraError

    err = pickle.loads(pickle.dumps(MissingExtraError("pandas", "pandas", "to_frame")))
    assert (err.name, err.extra, str(err)) == (
        "pandas",
        "pandas",
        "to_frame needs the optional dependency 'pandas': pip install \"newsparse[pandas]\"",
    )
