"""``newsparse batch``: parse a collection into JSON Lines or Parquet, resumably.

    newsparse batch INPUT... --out OUT.jsonl | --out OUT_DIR [--format jsonl|parquet]
        [--workers N] [--backend auto|rules|stanza] [--resume | --overwrite] [--timeout S]
        [--max-bytes N] [--glob PATTERN] [--text-field F --url-field F --id-field F]

INPUT: directories, .zip, .tar/.tar.gz/.tgz/.tar.bz2/.tar.xz, .jsonl/.jsonl.gz, .warc/.warc.gz or
single files (see :mod:`newsparse.batch.readers`). Results come out in input order. Every
document that fails (unreadable, not a release, over the time limit) is a line
``{"source_id", "error_type", "message"}`` in the failures file, and the run goes on:
``OUT.jsonl`` -> ``OUT.failures.jsonl``, ``OUT_DIR`` -> ``OUT_DIR.failures.jsonl``.

``--resume`` skips the source ids already in OUT (a truncated last line is dropped first) and
retries everything else, earlier failures included; the failures file is rewritten. Without
``--resume`` or ``--overwrite`` an existing non-empty OUT is a usage error.

Exit codes: 0 every document parsed; 1 some documents failed; 2 usage error (bad arguments,
an existing OUT without --resume/--overwrite, a missing optional dependency such as pyarrow for
Parquet); 130 interrupted.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _size(text: str) -> int:
    """``50000000``, ``50M``, ``50MB``, ``2G``, ``512k`` -> bytes (binary multiples)."""
    t = text.strip().upper().removesuffix("B")
    mult = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}.get(t[-1:], 1)
    num = t[:-1] if t[-1:] in "KMG" else t
    try:
        value = int(float(num) * mult)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (e.g. 50M)") from None
    if value <= 0:
        raise argparse.ArgumentTypeError("a size must be positive")
    return value


def register_cli(subparsers: Any) -> None:
    """Add the ``batch`` subcommand to the ``newsparse`` CLI (called by ``newsparse.cli``)."""
    from ..options import DEFAULT_TIMEOUT_S
    from .readers import DEFAULT_MAX_MEMBER_BYTES

    p = subparsers.add_parser(
        "batch",
        help="parse a collection (directories, zip, tar, JSONL, WARC) into JSONL or Parquet",
        description=(
            "Parse a collection into JSON Lines (OUT.jsonl) or Parquet tables (OUT directory), "
            "in input order. INPUT: directories, .zip, .tar[.gz|.bz2|.xz], .jsonl[.gz], "
            ".warc[.gz] or single files. Every failed document goes to OUT.failures.jsonl and "
            "the run goes on; --resume continues an interrupted run (earlier failures retried)."
        ),
        epilog="Exit codes: 0 all parsed, 1 some failed (see the failures file), 2 usage error, "
        "130 interrupted.",
    )
    p.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="directories, archives, JSONL, WARC files"
    )
    p.add_argument(
        "--out", required=True, metavar="OUT", help="OUT.jsonl, or a directory for Parquet"
    )
    p.add_argument(
        "--format",
        choices=("jsonl", "parquet"),
        default=None,
        help="default: jsonl when OUT ends in .jsonl, else parquet",
    )
    p.add_argument("--workers", type=int, default=1, help="worker processes (0: this process)")
    p.add_argument("--backend", choices=("auto", "rules", "stanza"), default="auto")
    p.add_argument("--stanza-dir", default=None, help="Stanza resources directory")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--resume", action="store_true", help="skip documents already in OUT")
    mode.add_argument("--overwrite", action="store_true", help="replace an existing OUT")
    p.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT_S,
        metavar="S",
        help=f"seconds per document, 0 for none (default {DEFAULT_TIMEOUT_S:g})",
    )
    p.add_argument(
        "--max-bytes",
        type=_size,
        default=DEFAULT_MAX_MEMBER_BYTES,
        metavar="N",
        help="largest document/member in bytes, e.g. 20M (default 50M)",
    )
    p.add_argument(
        "--glob", default=None, metavar="PATTERN", help="only files/members matching, e.g. '*.html'"
    )
    p.add_argument("--text-field", default="text", help="JSONL: key of the release text")
    p.add_argument("--url-field", default="url", help="JSONL: key of the URL")
    p.add_argument("--id-field", default="id", help="JSONL: key of the document id")
    p.add_argument(
        "--no-progress", action="store_true", help="no progress bar (off when not a TTY)"
    )
    p.set_defaults(func=run_batch)


def failures_path(out: str | os.PathLike[str]) -> Path:
    """``x.jsonl`` -> ``x.failures.jsonl``; ``dir`` -> ``dir.failures.jsonl``."""
    p = Path(out)
    if p.name.lower().endswith(".jsonl"):
        return p.with_name(p.name[: -len(".jsonl")] + ".failures.jsonl")
    return p.with_name(p.name + ".failures.jsonl")


def _usage(msg: str) -> int:
    print(f"newsparse batch: {msg}", file=sys.stderr)
    return EXIT_USAGE


def _non_empty(p: Path) -> bool:
    if p.is_dir():
        return any(p.iterdir())
    return p.exists() and p.stat().st_size > 0


def run_batch(args: argparse.Namespace) -> int:
    from ..errors import ConfigError, MissingExtraError
    from ..options import ParseOptions
    from .output import (
        TABLES,
        JsonlAppender,
        OutputError,
        ParquetDirSink,
        failure_line,
        jsonl_line,
        release_json,
        release_rows,
        scan_jsonl,
    )
    from .readers import (
        ByteMeter,
        ReaderOptions,
        input_bytes,
        input_kind,
        iter_records,
        warc_library,
    )
    from .records import Failure
    from .runner import iter_parsed

    out = Path(args.out)
    missing = [i for i in args.inputs if not os.path.lexists(i)]
    if missing:
        return _usage(f"no such input: {', '.join(missing)}")
    if args.workers < 0:
        return _usage("--workers must be >= 0")
    fmt = args.format or (
        "jsonl" if out.name.lower().endswith((".jsonl", ".ndjson")) else "parquet"
    )
    if fmt == "jsonl" and out.is_dir():
        return _usage(f"{out} is a directory; JSONL output needs a file")
    if fmt == "parquet" and out.exists() and not out.is_dir():
        return _usage(f"{out} is a file; Parquet output needs a directory")
    if _non_empty(out) and not (args.resume or args.overwrite):
        return _usage(f"{out} exists; use --resume to continue it or --overwrite to replace it")
    try:
        options = ParseOptions(backend=args.backend, stanza_dir=args.stanza_dir)
    except ConfigError as e:
        return _usage(str(e))
    try:
        if any(input_kind(i) == "warc" for i in args.inputs):
            warc_library()  # fail before the run, not at the first WARC file
    except MissingExtraError as e:
        return _usage(str(e))
    fail_path = failures_path(out)
    reader_options = ReaderOptions(
        glob=args.glob,
        max_member_bytes=args.max_bytes,
        text_field=args.text_field,
        url_field=args.url_field,
        id_field=args.id_field,
        exclude=frozenset(os.path.realpath(p) for p in (out, fail_path)),
    )

    # ---- open the outputs (resume: collect what is done, drop a truncated tail)
    out.parent.mkdir(parents=True, exist_ok=True)
    if args.overwrite and out.exists():
        if out.is_dir():
            for t in TABLES:
                (out / f"{t}.parquet").unlink(missing_ok=True)
            shutil.rmtree(out / ".parts", ignore_errors=True)
        else:
            out.unlink()
    done: set[str] = set()
    sink: Any
    try:
        if fmt == "jsonl":
            if args.resume and out.exists():
                done.update(scan_jsonl(out))
            sink = JsonlAppender(out)
        else:
            sink = ParquetDirSink(out)
            if args.resume:
                done.update(sink.existing_ids())
    except (OutputError, OSError, MissingExtraError) as e:
        return _usage(str(e))
    failures = JsonlAppender(fail_path)
    os.truncate(fail_path, 0)  # failures of earlier runs are retried, so listed anew

    meter = ByteMeter()
    counts = {"ok": 0, "failed": 0, "skipped": 0}

    seen: set[str] = set()

    def todo() -> Iterator[Any]:
        for item in iter_records(args.inputs, reader_options, meter):
            sid = item.source_id
            if sid in done:
                counts["skipped"] += 1
            elif sid in seen:
                yield Failure(sid, "DuplicateId", "this source id was already read in this run")
            else:
                seen.add(sid)
                yield item

    show = not args.no_progress and sys.stderr.isatty()
    progress = None
    if show:
        try:
            progress = _Progress(input_bytes(args.inputs), meter)
        except MissingExtraError as e:  # the bar is a convenience: run without it
            print(f"newsparse batch: no progress bar: {e}", file=sys.stderr)
    transform = release_json if fmt == "jsonl" else release_rows
    started = time.monotonic()
    completed = interrupted = False
    try:
        for oc in iter_parsed(
            todo(),
            workers=args.workers,
            options=options,
            timeout=args.timeout or None,
            transform=transform,
        ):
            if isinstance(oc.result, Failure):
                failures.write(failure_line(oc.result))
                counts["failed"] += 1
            else:
                if fmt == "jsonl":
                    sink.write(jsonl_line(oc.source_id, oc.result))
                else:
                    sink.write(oc.source_id, oc.result)
                counts["ok"] += 1
            if progress is not None:
                progress.update(counts)
        completed = True
    except KeyboardInterrupt:
        interrupted = True
        raise
    finally:
        if progress is not None:
            progress.close(counts, finished=completed)
        failures.close()
        if fmt == "jsonl":
            sink.close()
        else:
            sink.flush()
            if completed:
                sink.finalize()
        elapsed = time.monotonic() - started
        n = counts["ok"] + counts["failed"]
        rate = n / elapsed if elapsed > 0 else 0.0
        print(
            f"newsparse batch: {counts['ok']} parsed, {counts['failed']} failed"
            f"{f' (see {fail_path})' if counts['failed'] else ''}, {counts['skipped']} already done"
            f" in {elapsed:.1f} s ({rate:.1f} docs/s) -> {out}"
            f"{'; interrupted: run again with --resume' if interrupted else ''}",
            file=sys.stderr,
        )
    return EXIT_FAILED if counts["failed"] else EXIT_OK


class _Progress:
    """A rich progress bar on stderr: input bytes consumed (for the ETA), docs, rate, failures."""

    def __init__(self, total_bytes: int, meter: Any) -> None:
        from ..errors import require_extra

        require_extra("rich", "batch", "the progress bar")
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            Progress,
            TaskProgressColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.meter = meter
        self.started = time.monotonic()
        self.last = 0.0
        self.bar = Progress(
            TextColumn("[bold]batch"),
            BarColumn(),
            TaskProgressColumn(),
            TextColumn(
                "{task.fields[docs]} docs · {task.fields[rate]}/s · {task.fields[failed]} failed"
            ),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
        )
        self.task = self.bar.add_task(
            "batch", total=max(total_bytes, 1), docs=0, rate="0.0", failed=0
        )
        self.bar.start()

    def update(self, counts: dict[str, int], *, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self.last < 0.2:
            return
        self.last = now
        n = counts["ok"] + counts["failed"]
        rate = n / (now - self.started) if now > self.started else 0.0
        self.bar.update(
            self.task,
            completed=self.meter.done,
            docs=n,
            rate=f"{rate:.1f}",
            failed=counts["failed"],
        )

    def close(self, counts: dict[str, int], *, finished: bool) -> None:
        self.update(counts, force=True)
        if finished:  # sizes of skipped links and special files never reach the meter
            self.bar.update(self.task, completed=self.bar.tasks[0].total)
        self.bar.stop()
