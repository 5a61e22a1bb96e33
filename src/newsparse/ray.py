"""Parse collections on a Ray cluster with Ray Data (the optional ``newsparse[ray]`` extra).

The pipeline: inputs are cut into *units* on the driver (one per archive, JSONL or WARC file,
or per plain file of a directory; names only, nothing is read there), the units become a
dataset, a reading stage expands each unit into documents with newsparse's own readers (same
source ids, same hostile-archive rules as ``newsparse batch``), a parsing stage of actors
(:class:`ParseBatch`, one ``Parser`` built per actor) turns documents into rows, and the rows are
written as Parquet. Documents that fail keep a row with ``error_type`` and ``message`` set.

``ray`` is imported only inside these functions. See ``docs/ray.md`` for cluster use.

Output columns: ``source_id``, ``url``, ``published`` (ISO text), ``language``, ``title``,
``publisher``, ``error_type``, ``message`` (``None`` when the document parsed) and ``record``
(the JSON of ``Release.to_dict()``, ``None`` for failures).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from .batch.readers import ReaderOptions, iter_units, read_unit
from .batch.records import Failure
from .errors import require_extra
from .options import DEFAULT_TIMEOUT_S, ParseOptions

if TYPE_CHECKING:
    import ray.data

__all__ = ["ParseBatch", "parse_dataset", "parse_to_parquet", "read_records"]

#: Documents per batch handed from the reading stage to the parsing actors.
DEFAULT_BATCH_SIZE = 32

_RECORD_COLUMNS = ("source_id", "url", "content", "text", "error_type", "message")
_OUT_COLUMNS = (
    "source_id",
    "url",
    "published",
    "language",
    "title",
    "publisher",
    "error_type",
    "message",
    "record",
)


def _ray_data(feature: str) -> Any:
    return require_extra("ray.data", "ray", feature)


def _empty(columns: Sequence[str]) -> dict[str, list[Any]]:
    return {c: [] for c in columns}


def _read_units(
    batch: dict[str, Any], options: ReaderOptions, batch_size: int
) -> Iterator[dict[str, list[Any]]]:
    """Expands a batch of units into batches of documents (a generator: constant memory)."""
    out = _empty(_RECORD_COLUMNS)
    for path, kind, fid, ftype, fmsg in zip(
        batch["path"],
        batch["kind"],
        batch["fail_id"],
        batch["fail_type"],
        batch["fail_msg"],
        strict=True,
    ):
        items = (
            [Failure(str(fid), str(ftype), str(fmsg))]
            if ftype
            else read_unit(str(path), kind, options)
        )
        for item in items:
            row: tuple[Any, ...]
            if isinstance(item, Failure):
                row = (item.source_id, None, None, None, str(item.error_type), item.message)
            elif isinstance(item.content, str):
                row = (item.source_id, item.url, None, item.content, None, None)
            else:
                row = (item.source_id, item.url, item.content, None, None, None)
            for c, v in zip(_RECORD_COLUMNS, row, strict=True):
                out[c].append(v)
            if len(out["source_id"]) >= batch_size:
                yield out
                out = _empty(_RECORD_COLUMNS)
    if out["source_id"]:
        yield out


def read_records(
    inputs: Sequence[str | os.PathLike[str]],
    *,
    reader_options: ReaderOptions | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> ray.data.Dataset:
    """A dataset of documents (columns ``source_id``, ``url``, ``content`` (bytes) or ``text``
    (str), ``error_type``/``message`` for units that could not be read), one reading task per
    unit.

    The inputs must be visible at the same paths on every node (shared or object storage
    mounted alike)."""
    _ray_data("newsparse.ray.read_records")
    import ray.data

    opts = reader_options or ReaderOptions()
    units = []
    for u in iter_units(inputs, opts):
        if isinstance(u, Failure):
            units.append(
                {
                    "path": "",
                    "kind": "",
                    "fail_id": u.source_id,
                    "fail_type": str(u.error_type),
                    "fail_msg": u.message,
                }
            )
        else:
            units.append(
                {"path": u[0], "kind": u[1], "fail_id": "", "fail_type": "", "fail_msg": ""}
            )
    if not units:
        return ray.data.from_items([{c: None for c in _RECORD_COLUMNS}]).filter(lambda r: False)
    ds = ray.data.from_items(units, override_num_blocks=len(units))
    return ds.map_batches(
        _read_units,  # type: ignore[arg-type]
        fn_kwargs={"options": opts, "batch_size": batch_size},
        batch_size=1,
        batch_format="numpy",
    )


class ParseBatch:
    """Ray Data callable class: builds one ``Parser`` per actor, parses a batch of documents.

    Used as ``ds.map_batches(ParseBatch, fn_constructor_kwargs={"options": ParseOptions(...)},
    concurrency=N, batch_size=32)``. The per-document ``timeout`` is enforced in Ray's task thread
    by an asynchronous exception (see ``newsparse.batch.runner._Alarm``): it interrupts Python
    code, not a long call inside a C extension.
    """

    def __init__(
        self, options: ParseOptions | None = None, timeout: float | None = DEFAULT_TIMEOUT_S
    ) -> None:
        from .api import Parser
        from .batch.runner import _Alarm, _warm_up

        self.parser = Parser(options or ParseOptions())
        _warm_up(self.parser)
        self.alarm = _Alarm(timeout)

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        from .batch.runner import _parse_one

        out = _empty(_OUT_COLUMNS)
        n = len(batch["source_id"])
        for i in range(n):
            sid = str(batch["source_id"][i])
            url = batch["url"][i]
            url = None if url is None else str(url)
            row: dict[str, Any] = dict.fromkeys(_OUT_COLUMNS)
            row.update(source_id=sid, url=url)
            if batch["error_type"][i]:
                row.update(error_type=str(batch["error_type"][i]), message=str(batch["message"][i]))
            else:
                text = batch["text"][i]
                content = str(text) if text is not None else bytes(batch["content"][i])
                ok, value, _ = _parse_one(self.parser, content, url, None, self.alarm)
                if ok:
                    d = value.to_dict()
                    row.update(
                        url=d.get("url"),
                        published=d.get("published"),
                        language=d.get("language"),
                        title=d.get("title"),
                        publisher=d.get("publisher"),
                        record=json.dumps(d, ensure_ascii=False),
                    )
                else:
                    row.update(error_type=value[0], message=value[1])
            for c in _OUT_COLUMNS:
                out[c].append(row[c])
        return out


def parse_dataset(
    ds: ray.data.Dataset,
    *,
    backend: str = "rules",
    options: ParseOptions | None = None,
    num_actors: int = 2,
    batch_size: int = DEFAULT_BATCH_SIZE,
    timeout: float | None = DEFAULT_TIMEOUT_S,
    num_cpus: float = 1.0,
) -> ray.data.Dataset:
    """``ds`` (columns as from :func:`read_records`) parsed by ``num_actors`` actors."""
    import dataclasses

    opts = (
        dataclasses.replace(options, backend=backend) if options else ParseOptions(backend=backend)
    )
    return ds.map_batches(
        ParseBatch,
        fn_constructor_kwargs={"options": opts, "timeout": timeout},
        batch_size=batch_size,
        batch_format="numpy",
        concurrency=num_actors,
        num_cpus=num_cpus,
    )


def parse_to_parquet(
    inputs: Sequence[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    *,
    backend: str = "rules",
    options: ParseOptions | None = None,
    reader_options: ReaderOptions | None = None,
    num_actors: int = 2,
    batch_size: int = DEFAULT_BATCH_SIZE,
    timeout: float | None = DEFAULT_TIMEOUT_S,
) -> None:
    """Read ``inputs``, parse them on the running Ray cluster (``ray.init()`` first, or Ray
    starts a local one) and write Parquet files into ``out_dir`` (a directory or a URI that
    ``pyarrow.fs`` understands, e.g. ``s3://bucket/releases/``)."""
    ds = read_records(inputs, reader_options=reader_options, batch_size=batch_size)
    parsed = parse_dataset(
        ds,
        backend=backend,
        options=options,
        num_actors=num_actors,
        batch_size=batch_size,
        timeout=timeout,
    )
    parsed.write_parquet(os.fspath(out_dir))
