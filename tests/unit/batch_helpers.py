"""Builders of small test collections for the batch tests: our own Latvian releases, zip/tar
archives with chosen members, WARC records. Imported by test_readers, test_hostile_archives and
test_batch (pytest puts this directory on sys.path)."""

from __future__ import annotations

import gzip
import io
import tarfile
import zipfile
from pathlib import Path

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


def warc_record(
    uri: str,
    payload: bytes,
    *,
    content_type: str = "text/html; charset=utf-8",
    status: str = "200 OK",
    http_headers: str = "",
    warc_type: str = "response",
    record_id: str = "urn:uuid:00000000-0000-0000-0000-000000000000",
) -> bytes:
    """A WARC/1.0 record: an HTTP response (``warc_type="response"``) or a bare ``resource``."""
    if warc_type == "response":
        block = (
            f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n{http_headers}\r\n"
        ).encode() + payload
        block_type = "application/http; msgtype=response"
    else:
        block, block_type = payload, content_type
    head = (
        f"WARC/1.0\r\nWARC-Type: {warc_type}\r\nWARC-Record-ID: <{record_id}>\r\n"
        f"WARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Target-URI: {uri}\r\n"
        f"Content-Type: {block_type}\r\nContent-Length: {len(block)}\r\n\r\n"
    ).encode()
    return head + block + b"\r\n\r\n"


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
