"""Readers: every input kind yields the right records, in order, lazily, in bounded memory."""

from __future__ import annotations

import gzip
import json
import tracemalloc
from pathlib import Path

import pytest
from batch_helpers import (
    WARC_LIBRARIES,
    html_page,
    release_text,
    tar_member,
    warc_record,
    write_tar,
    write_warc,
    write_zip,
)

from newsparse.batch.readers import (
    ByteMeter,
    ReaderOptions,
    input_kind,
    iter_records,
    iter_units,
)
from newsparse.batch.records import Failure, Record


def _ids(items: list[Record | Failure]) -> list[str]:
    return [i.source_id for i in items]


def _records(paths: list[Path], **kw: object) -> list[Record | Failure]:
    return list(iter_records(paths, ReaderOptions(**kw)))  # type: ignore[arg-type]


# --------------------------------------------------------------------------- kinds

KINDS = [
    ("a.zip", "zip"),
    ("a.ZIP", "zip"),
    ("a.tar", "tar"),
    ("a.tar.gz", "tar"),
    ("a.tgz", "tar"),
    ("a.tar.bz2", "tar"),
    ("a.tar.xz", "tar"),
    ("a.jsonl", "jsonl"),
    ("a.jsonl.gz", "jsonl"),
    ("a.ndjson", "jsonl"),
    ("a.warc", "warc"),
    ("a.warc.gz", "warc"),
    ("a.html", "file"),
    ("a.txt.gz", "file"),
    ("tar.txt", "file"),
]


@pytest.mark.parametrize(("name", "kind"), KINDS, ids=[k[0] for k in KINDS])
def test_input_kind_by_suffix(name: str, kind: str) -> None:
    assert input_kind(name) == kind


# --------------------------------------------------------------------------- directories


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    (root / "b").mkdir(parents=True)
    (root / "a").mkdir()
    (root / "z.txt").write_text(release_text(0), encoding="utf-8")
    (root / "m.html").write_bytes(html_page("Virsraksts", "Teksts par ministriju."))
    (root / "b" / "2.txt").write_text(release_text(2), encoding="utf-8")
    (root / "a" / "1.txt").write_text(release_text(1), encoding="utf-8")
    (root / "a" / "notes.md").write_text("# Piezīmes\n\nTeksts.", encoding="utf-8")
    return root


GLOBS = [
    (None, ["m.html", "z.txt", "a/1.txt", "a/notes.md", "b/2.txt"]),
    ("*.txt", ["z.txt", "a/1.txt", "b/2.txt"]),
    ("a/*", ["a/1.txt", "a/notes.md"]),
    ("*.html", ["m.html"]),
    ("*.pdf", []),
]


@pytest.mark.parametrize(("glob", "expected"), GLOBS, ids=[str(g[0]) for g in GLOBS])
def test_directory_is_walked_in_sorted_order_with_glob(
    tree: Path, glob: str | None, expected: list[str]
) -> None:
    items = _records([tree], glob=glob)
    assert _ids(items) == [f"{tree}/{rel}" for rel in expected]
    assert all(isinstance(i, Record) and isinstance(i.content, bytes) for i in items)


def test_archives_in_a_directory_are_read_and_glob_filters_their_members(tree: Path) -> None:
    write_zip(tree / "pack.zip", {"x.txt": b"Teksts", "y.png": b"\x89PNG"})
    items = _records([tree], glob="*.txt")
    assert f"{tree}/pack.zip!x.txt" in _ids(items)
    assert f"{tree}/pack.zip!y.png" not in _ids(items)


def test_excluded_paths_are_passed_over(tree: Path) -> None:
    items = _records(
        [tree], exclude=frozenset({str((tree / "z.txt").resolve()), str((tree / "a").resolve())})
    )
    assert _ids(items) == [f"{tree}/m.html", f"{tree}/b/2.txt"]


def test_symlink_inside_the_directory_is_followed(tree: Path) -> None:
    (tree / "alias.txt").symlink_to(tree / "z.txt")
    items = {i.source_id: i for i in _records([tree])}
    assert isinstance(items[f"{tree}/alias.txt"], Record)


def test_single_file_is_one_document_whatever_the_glob(tmp_path: Path) -> None:
    f = tmp_path / "one.txt"
    f.write_text(release_text(3), encoding="utf-8")
    (item,) = _records([f], glob="*.html")
    assert isinstance(item, Record) and item.source_id == str(f)
    assert item.content == release_text(3).encode()


def test_missing_input_is_a_failure(tmp_path: Path) -> None:
    (item,) = _records([tmp_path / "nav"])
    assert isinstance(item, Failure) and item.error_type == "ReadError"


# --------------------------------------------------------------------------- zip and tar


def test_zip_members_in_order_with_repeated_names_numbered(tmp_path: Path) -> None:
    path = tmp_path / "a.zip"
    import zipfile

    with zipfile.ZipFile(path, "w") as z:
        z.writestr("dir/", b"")
        z.writestr("dir/1.txt", b"viens")
        z.writestr("2.txt", b"divi")
        with pytest.warns(UserWarning, match="Duplicate name"):
            z.writestr("2.txt", b"divi atkal")
    items = _records([path])
    assert _ids(items) == [f"{path}!dir/1.txt", f"{path}!2.txt", f"{path}!2.txt#2"]
    assert [i.content for i in items if isinstance(i, Record)] == [b"viens", b"divi", b"divi atkal"]


TAR_MODES = ["w", "w:gz", "w:bz2", "w:xz"]


@pytest.mark.parametrize("mode", TAR_MODES, ids=TAR_MODES)
def test_tar_members_in_order_any_compression(tmp_path: Path, mode: str) -> None:
    path = tmp_path / "a.tar"
    members = [
        tar_member("d", type_=b"5"),
        tar_member("d/1.txt", b"viens"),
        tar_member("2.txt", b"divi"),
    ]
    write_tar(path, members, mode)
    items = _records([path])
    assert _ids(items) == [f"{path}!d/1.txt", f"{path}!2.txt"]
    assert [i.content for i in items if isinstance(i, Record)] == [b"viens", b"divi"]


# --------------------------------------------------------------------------- JSONL


@pytest.mark.parametrize("compressed", [False, True], ids=["plain", "gzip"])
def test_jsonl_fields_ids_and_bad_lines(tmp_path: Path, compressed: bool) -> None:
    lines = [
        json.dumps({"doc": "A-1", "body": "Teksts viens", "link": "https://example.lv/1"}),
        "",
        json.dumps({"body": "Teksts bez id"}),
        "[1, 2]",
        json.dumps({"doc": "A-3", "body": 17}),
        '{"doc": "A-4", "bo',
    ]
    data = ("\n".join(lines) + "\n").encode()
    path = tmp_path / ("a.jsonl.gz" if compressed else "a.jsonl")
    path.write_bytes(gzip.compress(data) if compressed else data)
    items = _records([path], text_field="body", url_field="link", id_field="doc")
    assert [(i.source_id, type(i).__name__, getattr(i, "error_type", None)) for i in items] == [
        ("A-1", "Record", None),
        (f"{path}:3", "Record", None),
        (f"{path}:4", "Failure", "InvalidJson"),
        ("A-3", "Failure", "MissingField"),
        (f"{path}:6", "Failure", "InvalidJson"),
    ]
    first = items[0]
    assert (
        isinstance(first, Record)
        and first.content == "Teksts viens"
        and first.url == "https://example.lv/1"
    )


# --------------------------------------------------------------------------- WARC

_PIECES = (b"<html><body><p>Gabal", b"iem.</p>")
_CHUNKED = b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in _PIECES) + b"0\r\n\r\n"


def _warc_records() -> list[bytes]:
    return [
        b"WARC/1.0\r\nWARC-Type: warcinfo\r\nWARC-Record-ID: <urn:uuid:1>\r\nContent-Length: 0\r\n\r\n\r\n\r\n",
        warc_record("https://a.lv/1", html_page("Pirmā", "Teksts viens."), record_id="urn:uuid:a1"),
        warc_record(
            "https://a.lv/logo.png",
            b"\x89PNG....",
            content_type="image/png",
            record_id="urn:uuid:a2",
        ),
        warc_record(
            "https://a.lv/404", b"<html>Nav</html>", status="404 Not Found", record_id="urn:uuid:a3"
        ),
        warc_record(
            "https://a.lv/2",
            gzip.compress(html_page("Otrā", "Teksts divi.")),
            http_headers="Content-Encoding: gzip\r\n",
            record_id="urn:uuid:a4",
        ),
        warc_record(
            "https://a.lv/3",
            _CHUNKED,
            http_headers="Transfer-Encoding: chunked\r\n",
            record_id="urn:uuid:a5",
        ),
        warc_record(
            "https://a.lv/4.txt",
            "Teksts četri ar garumzīmēm.".encode(),
            warc_type="resource",
            content_type="text/plain",
            record_id="urn:uuid:a6",
        ),
    ]


@pytest.mark.parametrize("library", WARC_LIBRARIES)
@pytest.mark.parametrize("suffix", [".warc", ".warc.gz"])
def test_warc_html_pages_decoded_others_passed_over(
    tmp_path: Path, library: str, suffix: str
) -> None:
    path = write_warc(tmp_path / f"crawl{suffix}", _warc_records())
    items = _records([path], warc_library=library)
    assert _ids(items) == [f"{path}#urn:uuid:{n}" for n in ("a1", "a4", "a5", "a6")]
    assert all(isinstance(i, Record) for i in items)
    recs = [i for i in items if isinstance(i, Record)]
    assert [r.url for r in recs] == [
        "https://a.lv/1",
        "https://a.lv/2",
        "https://a.lv/3",
        "https://a.lv/4.txt",
    ]
    assert recs[0].content == html_page("Pirmā", "Teksts viens.")
    assert recs[1].content == html_page("Otrā", "Teksts divi.")
    assert recs[2].content == b"<html><body><p>Gabaliem.</p>"
    assert recs[3].content == "Teksts četri ar garumzīmēm.".encode()


# --------------------------------------------------------------------------- laziness and memory


def test_reading_is_lazy(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for i in range(3000):
            f.write(json.dumps({"id": str(i), "text": release_text(i)}, ensure_ascii=False) + "\n")
    meter = ByteMeter()
    it = iter_records([path], ReaderOptions(), meter)
    first = next(it)
    assert first.source_id == "0"
    assert meter.done < path.stat().st_size / 10  # only the first buffer or so was read
    assert sum(1 for _ in it) == 2999
    assert meter.done == path.stat().st_size


def _bulky(i: int) -> bytes:
    return (release_text(i) * 60).encode()  # about 12 KB, poorly compressible enough


FORMATS = ["zip", "tar.gz", "jsonl.gz", "warc.gz"]


@pytest.mark.parametrize("fmt", FORMATS, ids=FORMATS)
def test_memory_stays_bounded_whatever_the_archive_size(tmp_path: Path, fmt: str) -> None:
    n = 400  # about 5 MB of documents
    path = tmp_path / f"a.{fmt}"
    if fmt == "zip":
        write_zip(path, {f"{i}.txt": _bulky(i) for i in range(n)})
    elif fmt == "tar.gz":
        write_tar(path, [tar_member(f"{i}.txt", _bulky(i)) for i in range(n)])
    elif fmt == "jsonl.gz":
        with gzip.open(path, "wt", encoding="utf-8") as f:
            for i in range(n):
                f.write(json.dumps({"id": str(i), "text": _bulky(i).decode()}) + "\n")
    else:
        write_warc(
            path,
            [
                warc_record(f"https://a.lv/{i}", _bulky(i), record_id=f"urn:uuid:{i}")
                for i in range(n)
            ],
        )
    tracemalloc.start()
    try:
        count = 0
        for item in iter_records([path]):
            assert isinstance(item, Record)
            count += 1
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == n
    assert peak < 1_500_000, f"peak {peak} bytes while reading {n} documents of 12 KB"


def test_units_split_directories_into_files_and_archives(tree: Path) -> None:
    write_zip(tree / "pack.zip", {"x.txt": b"Teksts"})
    units = list(iter_units([tree]))
    assert (str(tree / "pack.zip"), "zip") in units
    assert (str(tree / "z.txt"), "file") in units
