"""Builders of small test collections for the batch tests: our own Latvian releases, zip/tar
archives with chosen members, WARC records. Imported by test_readers, test_hostile_archives and
test_batch (pytest puts this directory on sys.path)."""

from __future__ import annotations

import gzip
import importlib.util
import io
import sys
import tarfile
import zipfile
from pathlib import Path
from typing import Any

import pytest


def _bench_generate() -> Any:
    """bench/generate.py (the synthetic release generator), loaded by path."""
    name = "newsparse_bench_generate"
    if name not in sys.modules:
        path = Path(__file__).resolve().parents[2] / "bench" / "generate.py"
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        mod = importlib.util.module_from_spec(spec)
        sys.modules[name] = mod  # dataclasses look their module up there
        spec.loader.exec_module(mod)
    return sys.modules[name]


#: The WARC libraries a test runs with: FastWARC (the ``batch`` extra) and warcio (the fallback,
#: skipped where it is not installed).
WARC_LIBRARIES = [
    "fastwarc",
    pytest.param(
        "warcio",
        marks=pytest.mark.skipif(
            importlib.util.find_spec("warcio") is None, reason="warcio (the fallback) not installed"
        ),
    ),
]

#: ``warc_record(uri, payload, *, content_type, status, http_headers, warc_type, record_id)``
warc_record = _bench_generate().warc_record
bench_generate = _bench_generate

_TOPICS = (
    ("Izglītības un zinātnes ministrija", "skolu digitalizācijai"),
    ("Ārlietu ministrija", "sadarbībai ar Igauniju"),
    ("Veselības ministrija", "slimnīcu aprīkojumam"),
    ("Kultūras ministrija", "bibliotēku atjaunošanai"),
    ("Satiksmes ministrija", "reģionālo ceļu remontam"),
)


def release_text(i: int) -> str:
    """A short, valid release (Markdown-style title, date line, body) that differs by ``i``."""
    org, purpose = _TOPICS[i % len(_TOPICS)]
    day = i % 27 + 1
    return (
        f"## Paziņojums nr. {i}\n\n"
        f"Publicēts: {day:02d}.03.2021.\n\n"
        f"{org} 2021. gada {day}. martā piešķīra {i + 1},5 milj. eiro {purpose}. "
        f"Ministre Anna Kalniņa norādīja, ka līdzekļi tiks izlietoti līdz gada beigām.\n"
    )


def write_zip(path: Path, members: dict[str, bytes], *, deflate: bool = True) -> Path:
    method = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
    with zipfile.ZipFile(path, "w", compression=method) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


def tar_member(
    name: str, data: bytes | None = None, *, type_: bytes = tarfile.REGTYPE, link: str = ""
) -> tuple[tarfile.TarInfo, bytes | None]:
    info = tarfile.TarInfo(name)
    info.type = type_
    info.linkname = link
    if data is not None:
        info.size = len(data)
    return info, data


def write_tar(
    path: Path, members: list[tuple[tarfile.TarInfo, bytes | None]], mode: str = "w:gz"
) -> Path:
    with tarfile.open(path, mode) as t:  # type: ignore[call-overload]
        for info, data in members:
            t.addfile(info, io.BytesIO(data) if data is not None else None)
    return path


def write_warc(path: Path, records: list[bytes]) -> Path:
    """Records one after another; ``.gz`` paths get one gzip member per record."""
    with open(path, "wb") as f:
        for rec in records:
            f.write(gzip.compress(rec) if path.name.endswith(".gz") else rec)
    return path


def html_page(title: str, body: str) -> bytes:
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title></head><body>"
        f"<article><h1>{title}</h1><p>{body}</p></article></body></html>"
    ).encode()
