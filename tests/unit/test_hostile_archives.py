"""Hostile and broken archives: each bad member is one failure, the good ones are still read,
memory stays bounded, and nothing is ever written outside the output."""

from __future__ import annotations

import gzip
import json
import os
import stat
import tarfile
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from batch_helpers import (
    WARC_LIBRARIES,
    release_text,
    tar_member,
    warc_record,
    write_tar,
    write_warc,
    write_zip,
)

from newsparse.batch.readers import ReaderOptions, iter_records
from newsparse.batch.records import Failure, Record
from newsparse.cli import main

MB = 1 << 20


def _outcomes(path: Path, **kw: object) -> list[tuple[str, str]]:
    """``(source id without the archive prefix, "ok" or the error type)`` for each item."""
    out = []
    for item in iter_records([path], ReaderOptions(**kw)):  # type: ignore[arg-type]
        sid = item.source_id.removeprefix(f"{path}!")
        out.append((sid, "ok" if isinstance(item, Record) else str(item.error_type)))
    return out


# --------------------------------------------------------------------------- path traversal


TRAVERSAL = ["../../etc/x.txt", "/abs/x.txt", "a/../../x.txt", "..\\..\\win.txt"]


def test_traversal_names_are_read_as_plain_ids(tmp_path: Path) -> None:
    z = write_zip(
        tmp_path / "evil.zip", {n: release_text(i).encode() for i, n in enumerate(TRAVERSAL)}
    )
    t = write_tar(
        tmp_path / "evil.tar.gz",
        [tar_member(n, release_text(i).encode()) for i, n in enumerate(TRAVERSAL)],
    )
    assert _outcomes(z) == [(n, "ok") for n in TRAVERSAL]
    assert _outcomes(t) == [(n, "ok") for n in TRAVERSAL]


def test_batch_run_on_traversal_archive_writes_only_its_outputs(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    write_zip(work / "evil.zip", {n: release_text(i).encode() for i, n in enumerate(TRAVERSAL)})
    out = work / "out" / "r.jsonl"
    before = {p for p in tmp_path.rglob("*")}
    rc = main(
        ["batch", str(work / "evil.zip"), "--out", str(out), "--workers", "0", "--backend", "rules"]
    )
    assert rc == 0
    created = {p for p in tmp_path.rglob("*")} - before
    assert created == {work / "out", out, work / "out" / "r.failures.jsonl"}
    ids = [json.loads(line)["source_id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert ids == [f"{work / 'evil.zip'}!{n}" for n in TRAVERSAL]


# --------------------------------------------------------------------------- links, devices


SPECIAL = [
    ("symlink", tarfile.SYMTYPE, "/etc/passwd"),
    ("hardlink", tarfile.LNKTYPE, "good.txt"),
    ("chardev", tarfile.CHRTYPE, ""),
    ("blockdev", tarfile.BLKTYPE, ""),
    ("fifo", tarfile.FIFOTYPE, ""),
]


@pytest.mark.parametrize(("name", "type_", "link"), SPECIAL, ids=[s[0] for s in SPECIAL])
def test_tar_links_and_devices_are_never_read(
    tmp_path: Path, name: str, type_: bytes, link: str
) -> None:
    path = write_tar(
        tmp_path / "a.tar",
        [
            tar_member("good.txt", b"Labs"),
            tar_member(name, type_=type_, link=link),
            tar_member("after.txt", b"Pec"),
        ],
        "w",
    )
    assert _outcomes(path) == [("good.txt", "ok"), (name, "UnsafeMember"), ("after.txt", "ok")]


def test_zip_symlink_member_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "a.zip"
    with zipfile.ZipFile(path, "w") as z:
        info = zipfile.ZipInfo("link.txt")
        info.create_system = 3
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        z.writestr(info, "/etc/passwd")
        z.writestr("good.txt", b"Labs")
    assert _outcomes(path) == [("link.txt", "UnsafeMember"), ("good.txt", "ok")]


def test_directory_fifo_and_escaping_symlink_are_not_read(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text(release_text(1), encoding="utf-8")
    os.mkfifo(root / "b.txt")  # opening it would block forever
    secret = tmp_path / "secret.txt"
    secret.write_text("nav domāts lasīšanai", encoding="utf-8")
    (root / "c.txt").symlink_to(secret)
    got = {i.source_id: i for i in iter_records([root])}
    assert isinstance(got[f"{root}/a.txt"], Record)
    assert (
        isinstance(got[f"{root}/b.txt"], Failure)
        and got[f"{root}/b.txt"].error_type == "UnsafeMember"
    )
    assert (
        isinstance(got[f"{root}/c.txt"], Failure)
        and got[f"{root}/c.txt"].error_type == "UnsafeMember"
    )


# --------------------------------------------------------------------------- bombs and size limits


def _measure(path: Path, **kw: object) -> tuple[list[tuple[str, str]], int]:
    tracemalloc.start()
    try:
        outcomes = _outcomes(path, **kw)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return outcomes, peak


def test_zip_bomb_member_is_refused_by_its_declared_size(tmp_path: Path) -> None:
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        with z.open("zeros.txt", "w") as f:
            for _ in range(60):
                f.write(bytes(MB))
        z.writestr("good.txt", b"Labs")
    assert path.stat().st_size < MB // 4
    outcomes, peak = _measure(path, max_member_bytes=MB)
    assert outcomes == [("zeros.txt", "MemberTooLarge"), ("good.txt", "ok")]
    assert peak < 4 * MB


def _lie_about_size(path: Path, name: bytes, real: int, claimed: int) -> None:
    """Rewrite the uncompressed size of ``name`` in the local and central headers."""
    data = bytearray(path.read_bytes())
    for sig, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        pos = 0
        while (pos := data.find(sig, pos)) >= 0:
            name_at = 30 if sig == b"PK\x03\x04" else 46
            if data[pos + name_at : pos + name_at + len(name)] == name:
                assert int.from_bytes(data[pos + size_at : pos + size_at + 4], "little") == real
                data[pos + size_at : pos + size_at + 4] = claimed.to_bytes(4, "little")
            pos += 4
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("claimed", [100, 2 * MB + 5], ids=["claims-small", "claims-under-limit"])
def test_zip_member_lying_about_its_size_is_refused_in_bounded_memory(
    tmp_path: Path, claimed: int
) -> None:
    path = tmp_path / "liar.zip"
    real = 40 * MB
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        with z.open("zeros.txt", "w") as f:
            for _ in range(40):
                f.write(bytes(MB))
        z.writestr("good.txt", b"Labs")
    _lie_about_size(path, b"zeros.txt", real, claimed)
    outcomes, peak = _measure(path, max_member_bytes=4 * MB)
    assert outcomes[1] == ("good.txt", "ok")
    assert outcomes[0][1] in ("MemberTooLarge", "CorruptMember")  # never "ok"
    assert peak < 12 * MB


@pytest.mark.parametrize("method", [zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA], ids=["bzip2", "lzma"])
def test_zip_methods_that_cannot_be_bounded_are_refused(tmp_path: Path, method: int) -> None:
    path = tmp_path / "a.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("x.txt", b"Labs", compress_type=method)
        z.writestr("good.txt", b"Labs")
    assert _outcomes(path) == [("x.txt", "CorruptMember"), ("good.txt", "ok")]


# xz keeps its dictionary (8 MiB at the default preset) in memory: bounded, whatever the payload
TAR_BOMBS = [("w:gz", 4 * MB), ("w:bz2", 4 * MB), ("w:xz", 12 * MB)]


@pytest.mark.parametrize(("mode", "bound"), TAR_BOMBS, ids=["gz", "bz2", "xz"])
def test_tar_bomb_member_is_refused_in_bounded_memory(
    tmp_path: Path, mode: str, bound: int
) -> None:
    path = write_tar(
        tmp_path / "bomb.tar",
        [tar_member("zeros.txt", bytes(30 * MB)), tar_member("good.txt", b"Labs")],
        mode,
    )
    outcomes, peak = _measure(path, max_member_bytes=MB)
    assert outcomes == [("zeros.txt", "MemberTooLarge"), ("good.txt", "ok")]
    assert peak < bound


def test_jsonl_line_over_the_limit_is_refused_and_the_next_read(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "big", "text": "a" * (3 * MB)}) + "\n")
        f.write(json.dumps({"id": "small", "text": "Labs"}) + "\n")
    outcomes, peak = _measure(path, max_member_bytes=MB)
    assert outcomes == [(f"{path}:1", "MemberTooLarge"), ("small", "ok")]
    assert peak < 3 * MB


def test_file_over_the_limit_is_refused_without_reading_it(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    (root / "big.txt").write_bytes(b"a" * (2 * MB))
    (root / "ok.txt").write_bytes(b"Labs")
    got = [
        (i.source_id, getattr(i, "error_type", "ok"))
        for i in iter_records([root], ReaderOptions(max_member_bytes=MB))
    ]
    assert got == [(f"{root}/big.txt", "MemberTooLarge"), (f"{root}/ok.txt", "ok")]


# --------------------------------------------------------------------------- nested archives

NESTED = [
    ("inner.zip", b"PK\x03\x04rest"),
    ("inner.tar.gz", b"anything"),
    ("inner.jsonl", b'{"text": "x"}\n'),
    ("inner.warc.gz", b"anything"),
    ("disguised.txt", gzip.compress(b"hidden")),  # by magic bytes
    ("disguised.html", b"PK\x05\x06" + bytes(18)),  # an empty zip
    ("disguised.md", b"WARC/1.0\r\nWARC-Type: response\r\n"),
    ("disguised.dat", bytes(257) + b"ustar\x0000"),
]


@pytest.mark.parametrize(("name", "data"), NESTED, ids=[n[0] for n in NESTED])
def test_nested_archives_are_not_recursed(tmp_path: Path, name: str, data: bytes) -> None:
    z = write_zip(tmp_path / "outer.zip", {name: data, "good.txt": b"Labs"})
    t = write_tar(
        tmp_path / "outer.tar.gz", [tar_member(name, data), tar_member("good.txt", b"Labs")]
    )
    expected = [(name, "NestedArchive"), ("good.txt", "ok")]
    assert _outcomes(z) == expected
    assert _outcomes(t) == expected


# --------------------------------------------------------------------------- broken archives


def test_corrupt_zip_member_fails_alone(tmp_path: Path) -> None:
    path = write_zip(
        tmp_path / "a.zip",
        {
            "1.txt": release_text(1).encode() * 20,
            "2.txt": release_text(2).encode() * 20,
            "3.txt": b"Labs",
        },
    )
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("2.txt")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for i in range(start + 5, start + 25):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))
    assert _outcomes(path) == [("1.txt", "ok"), ("2.txt", "CorruptMember"), ("3.txt", "ok")]


def test_encrypted_zip_member_fails_alone(tmp_path: Path) -> None:
    path = write_zip(
        tmp_path / "a.zip", {"secret.txt": b"Labs", "open.txt": b"Labs"}, deflate=False
    )
    data = bytearray(path.read_bytes())
    for sig, flags_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        pos = data.find(sig)  # the first of each header kind describes secret.txt
        data[pos + flags_at] |= 0x1
    path.write_bytes(bytes(data))
    assert _outcomes(path) == [("secret.txt", "EncryptedMember"), ("open.txt", "ok")]


def test_file_that_is_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "fake.zip"
    path.write_bytes(b"not an archive at all")
    assert _outcomes(path) == [(str(path), "ArchiveError")]


def test_truncated_tar_gz_keeps_the_members_before_the_cut(tmp_path: Path) -> None:
    # incompressible members of 100 KB: a cut at 70 % falls inside the fourth, far from the
    # end of the third (the readers buffer a few KB ahead)
    path = write_tar(
        tmp_path / "a.tar.gz", [tar_member(f"{i}.txt", os.urandom(100_000)) for i in range(5)]
    )
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 7 // 10])
    outcomes = _outcomes(path)
    assert outcomes[:3] == [("0.txt", "ok"), ("1.txt", "ok"), ("2.txt", "ok")]
    assert [o[1] for o in outcomes[3:]] in (["CorruptMember", "ArchiveError"], ["ArchiveError"])


def _pages(n: int) -> list[bytes]:
    return [
        warc_record(f"https://a.lv/{i}", (release_text(i) * 5).encode(), record_id=f"urn:uuid:{i}")
        for i in range(n)
    ]


@pytest.mark.parametrize("library", WARC_LIBRARIES)
@pytest.mark.parametrize("suffix", [".warc", ".warc.gz"])
def test_warc_truncated_last_record(tmp_path: Path, library: str, suffix: str) -> None:
    path = write_warc(tmp_path / f"a{suffix}", _pages(3))
    last = _pages(3)[-1]
    last_len = len(gzip.compress(last)) if suffix.endswith(".gz") else len(last)
    data = path.read_bytes()
    path.write_bytes(data[: -last_len // 2])  # half of the last record is missing
    got = _outcomes(path, warc_library=library)
    assert got[:2] == [(f"{path}#urn:uuid:0", "ok"), (f"{path}#urn:uuid:1", "ok")]
    # cut inside its payload the record is named; cut inside its (compressed) header, its offset
    assert len(got) == 3 and got[2][1] == "TruncatedRecord"
    assert got[2][0] == f"{path}#urn:uuid:2" or got[2][0].startswith(f"{path}@")


def test_warc_gz_corrupt_in_the_middle_keeps_what_came_before(tmp_path: Path) -> None:
    members = [gzip.compress(r) for r in _pages(4)]
    broken = members[1][: len(members[1]) // 2] + bytes(64)
    path = tmp_path / "a.warc.gz"
    path.write_bytes(members[0] + broken + members[2] + members[3])
    got = _outcomes(path)
    assert got[0] == (f"{path}#urn:uuid:0", "ok")
    assert got[-1][1] == "ArchiveError"
    assert all(kind == "ok" for _, kind in got[:-1])


@pytest.mark.parametrize("library", WARC_LIBRARIES)
def test_warc_cut_inside_the_last_record_header(tmp_path: Path, library: str) -> None:
    pages = _pages(3)
    path = write_warc(tmp_path / "a.warc", pages)
    keep = sum(len(p) for p in pages[:2]) + 40  # 40 bytes into the third record's header
    path.write_bytes(path.read_bytes()[:keep])
    got = _outcomes(path, warc_library=library)
    assert got[:2] == [(f"{path}#urn:uuid:0", "ok"), (f"{path}#urn:uuid:1", "ok")]
    assert len(got) == 3 and got[2][1] in ("TruncatedRecord", "ArchiveError")


def test_warc_with_garbage_after_the_last_record(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "a.warc", _pages(2))
    with open(path, "ab") as f:
        f.write(b"this is not a WARC record\r\n")
    got = _outcomes(path)
    assert got[:2] == [(f"{path}#urn:uuid:0", "ok"), (f"{path}#urn:uuid:1", "ok")]
    assert len(got) == 3 and got[2][1] == "ArchiveError"
