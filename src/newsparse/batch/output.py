"""Crash-safe batch output: JSON Lines (one record per line) or a Parquet directory (one table per
field), plus the failures file.

JSON Lines (``OUT.jsonl``): each line is ``{"source_id": source_id, **release.to_dict()}``.
Lines are buffered and appended in chunks of whole lines with a single ``write`` followed by
``fsync``, so every line on disk is a complete record except, after a kill or power loss in the
middle of a chunk, possibly the last one; :func:`scan_jsonl` (run by ``--resume``) detects that
truncated tail and cuts it off before anything is appended. No temporary copy is needed for that
guarantee.

Parquet (``OUT/``): ``releases``, ``dates``, ``people``, ``countries``, ``regions``,
``organizations``, ``programmes``, ``funding`` and ``quotes`` tables (``<table>.parquet``), one
row per item with ``source_id``, ``url`` and ``published`` (``date32``) to join on, and
the item's offsets into the release text (entities: their first mention, all mentions in
``mentions``). During a run every chunk is written as a directory of part files under
``OUT/.parts/`` (written as ``NNNNNN.tmp``, fsync'd, then renamed, so a part is complete or absent);
at the end the parts are merged into the ``<table>.parquet`` files (each written to a temporary
name and renamed) and removed. An interrupted run leaves its parts; ``--resume`` counts them as
done and merges them at its end. The merge skips rows whose id a table already holds, so a merge
interrupted half-way is safely redone.

The source id column is called ``source_id`` everywhere: JSONL lines, the failures file, the
Parquet tables, the Ray output and :func:`newsparse.to_frame`.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import NewsparseError, require_extra
from ..model import ITEM_FIELDS

if TYPE_CHECKING:
    import pyarrow as pa

    from ..model import Release

#: Name of the source id column/key in every batch output.
ID_COLUMN = "source_id"
_ID_PREFIX = '{"source_id": '


class OutputError(NewsparseError, ValueError):
    """An existing output cannot be resumed (a corrupt line in its middle, a foreign file)."""


# --------------------------------------------------------------------------- worker-side transforms


def release_json(release: Release) -> str:
    """The record as compact JSON text (run in the worker; the parent only prepends the id)."""
    return json.dumps(release.to_dict(), ensure_ascii=False)


def jsonl_line(source_id: str, body: str) -> str:
    """``{"source_id": source_id, ...body's keys}`` + newline, from :func:`release_json` output."""
    return f"{_ID_PREFIX}{json.dumps(source_id, ensure_ascii=False)}, {body[1:]}\n"


def failure_line(failure: Any) -> str:
    return json.dumps(failure.to_dict(), ensure_ascii=False) + "\n"


# --------------------------------------------------------------------------- JSON Lines


class JsonlAppender:
    """Appends whole lines to ``path`` in chunks: one ``write`` per chunk, then ``fsync``.

    A chunk is written when it holds ``chunk_bytes`` or when ``flush_s`` seconds passed since the
    last write (so a slow run still makes progress visible and resumable)."""

    def __init__(
        self, path: str | os.PathLike[str], *, chunk_bytes: int = 1 << 20, flush_s: float = 5.0
    ) -> None:
        self.path = Path(path)
        self._fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        self._buf: list[bytes] = []
        self._size = 0
        self._chunk_bytes = chunk_bytes
        self._flush_s = flush_s
        self._last = time.monotonic()
        self.lines = 0

    def write(self, line: str) -> None:
        data = line.encode("utf-8")
        self._buf.append(data)
        self._size += len(data)
        self.lines += 1
        if self._size >= self._chunk_bytes or time.monotonic() - self._last >= self._flush_s:
            self.flush()

    def flush(self) -> None:
        self._last = time.monotonic()
        if not self._buf:
            return
        view = memoryview(b"".join(self._buf))
        self._buf, self._size = [], 0
        while view:
            n = os.write(self._fd, view)
            view = view[n:]
        os.fsync(self._fd)

    def close(self) -> None:
        if self._fd >= 0:
            try:
                self.flush()
            finally:
                os.close(self._fd)
                self._fd = -1

    def __enter__(self) -> JsonlAppender:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _line_id(line: bytes) -> str:
    text = line.decode("utf-8")
    if not text.startswith(_ID_PREFIX):
        raise ValueError("does not start with an id")
    value, _ = json.JSONDecoder().raw_decode(text, len(_ID_PREFIX))
    if not isinstance(value, str):
        raise ValueError("the id is not a string")
    return value


def scan_jsonl(path: str | os.PathLike[str], *, repair: bool = True) -> list[str]:
    """The ids of the complete lines of a batch JSONL file, in order. A last line without its
    newline (a write cut short) is dropped, and with ``repair`` cut off the file. Any other bad
    line raises :class:`OutputError` (the file was not written by this module)."""
    ids: list[str] = []
    good_end = 0
    p = Path(path)
    with open(p, "rb") as f:
        for n, line in enumerate(f, 1):
            if not line.endswith(b"\n"):
                break
            try:
                ids.append(_line_id(line))
            except ValueError as e:
                raise OutputError(f"{p}:{n}: not a batch record ({e}); cannot resume") from e
            good_end += len(line)
    if repair and good_end != p.stat().st_size:
        os.truncate(p, good_end)
    return ids


# --------------------------------------------------------------------------- Parquet

#: The Parquet tables: one row per release, then one table per item field.
TABLES = ("releases", *ITEM_FIELDS)


def _pyarrow() -> Any:
    return require_extra("pyarrow", "batch", "Parquet output")


def _schemas() -> dict[str, pa.Schema]:
    pa = _pyarrow()

    span = pa.struct([("start", pa.int64()), ("end", pa.int64()), ("text", pa.string())])
    key = [(ID_COLUMN, pa.string()), ("url", pa.string()), ("published", pa.date32())]
    first = [("start", pa.int64()), ("end", pa.int64()), ("text", pa.string())]
    mentions = [("mentions", pa.list_(span))]
    s = pa.string
    return {
        "releases": pa.schema(
            [
                *key,
                ("language", s()),
                ("title", s()),
                ("publisher", s()),
                ("text", s()),
                (
                    "warnings",
                    pa.list_(
                        pa.struct(
                            [
                                ("code", s()),
                                ("message", s()),
                                ("start", pa.int64()),
                                ("end", pa.int64()),
                            ]
                        )
                    ),
                ),
                ("backend", s()),
                ("version", s()),
            ]
        ),
        "dates": pa.schema(
            [*key, *first, ("value", s()), ("end_value", s()), ("precision", s()), ("rule", s())]
        ),
        "people": pa.schema(
            [
                *key,
                ("name", s()),
                ("title", s()),
                ("organization", s()),
                ("quoted", pa.bool_()),
                *first,
                *mentions,
                ("quotes", pa.list_(span)),
            ]
        ),
        "countries": pa.schema([*key, ("code", s()), ("name", s()), *first, *mentions]),
        "regions": pa.schema([*key, ("name", s()), *first, *mentions]),
        "organizations": pa.schema([*key, ("name", s()), ("acronym", s()), *first, *mentions]),
        "programmes": pa.schema([*key, ("name", s()), *first, *mentions]),
        "funding": pa.schema(
            [
                *key,
                *first,
                ("amount", s()),  # exact decimal as text: cast with pyarrow/pandas as needed
                ("currency", s()),
                ("funder", s()),
                ("programme", s()),
                ("rule", s()),
            ]
        ),
        "quotes": pa.schema([*key, *first, ("speaker", s()), ("rule", s())]),
    }


def _entity_rows(items: Iterable[dict[str, Any]], *fields: str) -> list[dict[str, Any]]:
    rows = []
    for e in items:
        row = {f: e.get(f) for f in fields}
        ms = e.get("mentions") or []
        m0 = ms[0] if ms else {}
        row.update(start=m0.get("start"), end=m0.get("end"), text=m0.get("text"), mentions=ms)
        rows.append(row)
    return rows


def release_rows(release: Release) -> dict[str, list[dict[str, Any]]]:
    """The Parquet rows of one release, by table, without ``source_id`` (added by the parent).
    Runs in the worker, so the parent process does little per document."""
    d = release.to_dict()
    published = dt.date.fromisoformat(d["published"]) if d.get("published") else None
    key = {"url": d.get("url"), "published": published}
    pipeline = d.get("pipeline") or {}
    tables: dict[str, list[dict[str, Any]]] = {
        "releases": [
            {
                "language": d.get("language"),
                "title": d.get("title"),
                "publisher": d.get("publisher"),
                "text": d["text"],
                "warnings": d.get("warnings") or [],
                "backend": pipeline.get("backend"),
                "version": pipeline.get("version"),
            }
        ],
        "dates": [dict(x) for x in d.get("dates") or ()],
        "people": [
            {**r, "quotes": p.get("quotes") or []}
            for p, r in zip(
                d.get("people") or (),
                _entity_rows(d.get("people") or (), "name", "title", "organization", "quoted"),
                strict=True,
            )
        ],
        "countries": _entity_rows(d.get("countries") or (), "code", "name"),
        "regions": _entity_rows(d.get("regions") or (), "name"),
        "organizations": _entity_rows(d.get("organizations") or (), "name", "acronym"),
        "programmes": _entity_rows(d.get("programmes") or (), "name"),
        "funding": [dict(x) for x in d.get("funding") or ()],
        "quotes": [dict(x) for x in d.get("quotes") or ()],
    }
    for rows in tables.values():
        for row in rows:
            row.update(key)
    return tables


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class ParquetDirSink:
    """Writes the Parquet tables of a batch run into ``out_dir`` (see the module docstring)."""

    def __init__(
        self,
        out_dir: str | os.PathLike[str],
        *,
        chunk_rows: int = 1000,
        chunk_bytes: int = 64 << 20,
    ) -> None:
        self.out = Path(out_dir)
        self.parts = self.out / ".parts"
        self.parts.mkdir(parents=True, exist_ok=True)
        for stale in self.parts.glob("*.tmp"):  # a chunk a kill interrupted: never counted
            shutil.rmtree(stale, ignore_errors=True)
        self.schemas = _schemas()
        self._rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
        self._n = 0
        self._bytes = 0
        self._chunk_rows = chunk_rows
        self._chunk_bytes = chunk_bytes
        self._next_part = 1 + max((int(p.name) for p in self._part_dirs()), default=0)
        self.records = 0

    def _part_dirs(self) -> list[Path]:
        return sorted(p for p in self.parts.iterdir() if p.is_dir() and p.name.isdigit())

    def existing_ids(self) -> list[str]:
        """Source ids already written: in the merged ``releases.parquet`` and in parts."""
        import pyarrow.parquet as pq

        files = [self.out / "releases.parquet"] + [
            p / "releases.parquet" for p in self._part_dirs()
        ]
        ids: list[str] = []
        for f in files:
            if f.exists():
                ids.extend(
                    str(x)
                    for x in pq.read_table(f, columns=[ID_COLUMN]).column(ID_COLUMN).to_pylist()
                )
        return ids

    def write(self, source_id: str, tables: dict[str, list[dict[str, Any]]]) -> None:
        for name, rows in tables.items():
            for row in rows:
                row[ID_COLUMN] = source_id
            self._rows[name].extend(rows)
        self._n += 1
        self.records += 1
        self._bytes += sum(len(r.get("text") or "") for r in tables.get("releases", ()))
        if self._n >= self._chunk_rows or self._bytes >= self._chunk_bytes:
            self.flush()

    def flush(self) -> None:
        if not self._n:
            return
        import pyarrow as pa
        import pyarrow.parquet as pq

        name = f"{self._next_part:06d}"
        tmp = self.parts / f"{name}.tmp"
        tmp.mkdir()
        for table, rows in self._rows.items():
            path = tmp / f"{table}.parquet"
            pq.write_table(pa.Table.from_pylist(rows, schema=self.schemas[table]), path)
            with open(path, "rb") as f:
                os.fsync(f.fileno())
        _fsync_dir(tmp)
        os.rename(tmp, self.parts / name)
        _fsync_dir(self.parts)
        self._next_part += 1
        self._rows = {t: [] for t in TABLES}
        self._n = self._bytes = 0

    def finalize(self) -> None:
        """Merge the parts into ``<table>.parquet`` files and remove them."""
        self.flush()
        parts = self._part_dirs()
        if not parts and all((self.out / f"{t}.parquet").exists() for t in TABLES):
            shutil.rmtree(self.parts, ignore_errors=True)
            return
        for table in TABLES:
            self._merge(table, [p / f"{table}.parquet" for p in parts])
        _fsync_dir(self.out)
        shutil.rmtree(self.parts, ignore_errors=True)

    def _merge(self, table: str, part_files: list[Path]) -> None:
        import pyarrow as pa
        import pyarrow.compute as pc
        import pyarrow.parquet as pq

        final = self.out / f"{table}.parquet"
        tmp = self.out / f".{table}.parquet.tmp"
        schema = self.schemas[table]
        have: set[str] = set()
        with pq.ParquetWriter(tmp, schema) as writer:
            if final.exists():
                pf = pq.ParquetFile(final)
                for batch in pf.iter_batches(batch_size=8192):
                    writer.write_batch(batch)
                    have.update(batch.column(ID_COLUMN).to_pylist())
            have_ids = pa.array(sorted(have), type=pa.string())
            pending: list[pa.Table] = []
            size = 0
            for f in part_files:
                if not f.exists():
                    continue
                t = pq.read_table(f, schema=schema)
                if have:  # a merge interrupted after this table was renamed: rows already there
                    t = t.filter(pc.invert(pc.is_in(t.column(ID_COLUMN), value_set=have_ids)))
                pending.append(t)
                size += t.nbytes
                if size >= 64 << 20:
                    writer.write_table(pa.concat_tables(pending))
                    pending, size = [], 0
            if pending:
                writer.write_table(pa.concat_tables(pending))
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, final)
