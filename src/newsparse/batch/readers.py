"""Lazy readers of release collections: directory trees, zip and tar archives, JSONL and WARC.

Every reader yields :class:`~newsparse.batch.records.Record` items (``source_id``, ``content``,
``url``) one at a time and keeps no more than one document in memory, whatever the size of the
input; a document that cannot be read becomes a :class:`~newsparse.batch.records.Failure` in the
same stream, in input order, and reading goes on. Content is passed on as the bytes found
(JSONL: the text field's string); the parser decodes bytes (UTF-8, UTF-8 with BOM, Windows-1257).

Hostile input, by design:

- Nothing is ever extracted to disk. Member names (``../../etc/x``, ``/abs``) are only strings in
  a ``source_id``; no output path is ever built from them.
- Tar symlinks, hard links, devices and FIFOs (and zip members marked as symlinks) are never read:
  each is a ``UnsafeMember`` failure.
- Every member is read in 64 KiB chunks and refused (``MemberTooLarge``) as soon as more than
  ``max_member_bytes`` came out, whatever size its header declares (zip bombs, lying headers).
- Nested archives are **not** recursed: a zip/tar/WARC/JSONL/compressed member (by name or by
  magic bytes) is a ``NestedArchive`` failure. Archives found in a *directory* input are read
  (a directory is not an archive); archives inside those are not.
- A broken member (bad CRC, corrupt deflate data) is a ``CorruptMember`` failure and the next
  member is read. A stream that cannot be read further (truncated ``.tar.gz``, garbage in a WARC)
  ends that input with one ``ArchiveError`` failure; the documents before it are kept.
- A WARC record shorter than its ``Content-Length`` (an interrupted crawl) is a
  ``TruncatedRecord`` failure.

Memory: constant per document, except the names a zip's central directory lists (``zipfile``
reads it whole: about 200 bytes per member) and the member names of one archive remembered to
number repeated names.
"""

from __future__ import annotations

import bz2
import fnmatch
import gzip
import io
import json
import lzma
import os
import stat
import tarfile
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any, Literal, Protocol, cast

from ..errors import ConfigError, MissingExtraError
from .records import Failure, FailureType, Record

#: Default limit for one member/file/line, in bytes (after decompression).
DEFAULT_MAX_MEMBER_BYTES = 50 * 1024 * 1024
_CHUNK = 1 << 16

Item = Record | Failure
Kind = Literal["dir", "zip", "tar", "jsonl", "warc", "file"]

# Longest suffixes first: ".tar.gz" must win over ".gz".
_SUFFIX_KINDS: tuple[tuple[str, Kind], ...] = (
    (".tar.gz", "tar"),
    (".tar.bz2", "tar"),
    (".tar.xz", "tar"),
    (".jsonl.gz", "jsonl"),
    (".ndjson.gz", "jsonl"),
    (".warc.gz", "warc"),
    (".tgz", "tar"),
    (".tbz2", "tar"),
    (".txz", "tar"),
    (".tar", "tar"),
    (".zip", "zip"),
    (".jsonl", "jsonl"),
    (".ndjson", "jsonl"),
    (".warc", "warc"),
)
#: Names that are containers even though no reader opens them inside an archive.
_OTHER_CONTAINERS = (".gz", ".bz2", ".xz", ".zst", ".7z", ".rar", ".arc")
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "zip"),
    (b"\x1f\x8b", "gzip"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"Rar!\x1a\x07", "rar"),
    (b"WARC/", "WARC"),
)
_HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "text/markdown")


@dataclass(frozen=True, slots=True, kw_only=True)
class ReaderOptions:
    """How inputs are read.

    ``glob``: keep only files/members whose relative path or base name matches (``fnmatch``,
    case-sensitive: ``"*.html"``, ``"2020/*"``); JSONL lines and WARC records are not filtered.
    ``max_member_bytes``: the largest document accepted, counted in bytes as it is read.
    ``text_field``/``url_field``/``id_field``: JSONL keys.
    ``warc_library``: ``"auto"`` (FastWARC, else warcio), ``"fastwarc"`` or ``"warcio"``.
    ``exclude``: real paths (``os.path.realpath``) a directory walk passes over (the batch output,
    when it lies inside an input directory).
    """

    glob: str | None = None
    max_member_bytes: int = DEFAULT_MAX_MEMBER_BYTES
    text_field: str = "text"
    url_field: str = "url"
    id_field: str = "id"
    warc_library: Literal["auto", "fastwarc", "warcio"] = "auto"
    exclude: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        if self.max_member_bytes <= 0:
            raise ConfigError("max_member_bytes must be positive")
        if self.warc_library not in ("auto", "fastwarc", "warcio"):
            raise ConfigError(f"unknown warc_library {self.warc_library!r}")


class ByteMeter:
    """Bytes of input consumed so far, for progress and ETA (compressed bytes for archives)."""

    __slots__ = ("done",)

    def __init__(self) -> None:
        self.done = 0

    def add(self, n: int) -> None:
        self.done += max(0, n)


class _Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


class _TooLarge(Exception):
    pass


# --------------------------------------------------------------------------- helpers


def input_kind(path: str | os.PathLike[str]) -> Kind:
    """Which reader handles ``path``: by being a directory, else by its (lowercased) suffix."""
    if os.path.isdir(path):
        return "dir"
    return _kind_of_name(os.fspath(path))


def _kind_of_name(name: str) -> Kind:
    low = name.lower()
    for suffix, kind in _SUFFIX_KINDS:
        if low.endswith(suffix):
            return kind
    return "file"


def _container_by_name(name: str) -> str | None:
    kind = _kind_of_name(name)
    if kind != "file":
        return kind
    low = name.lower()
    for suffix in _OTHER_CONTAINERS:
        if low.endswith(suffix):
            return suffix[1:]
    return None


def _container_by_magic(head: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head[257:262] == b"ustar":
        return "tar"
    if head.startswith(b"BZh") and head[3:4].isdigit() and head[4:10] == b"1AY&SY":
        return "bzip2"
    return None


def _read_bounded(f: _Readable, limit: int) -> bytes:
    """Everything ``f`` gives, read in chunks; ``_TooLarge`` once more than ``limit`` bytes came."""
    buf = bytearray()
    while True:
        chunk = f.read(min(_CHUNK, limit + 1 - len(buf)))
        if not chunk:
            return bytes(buf)
        buf += chunk
        if len(buf) > limit:
            raise _TooLarge(len(buf))


def _too_large(source_id: str, limit: int, declared: int | None = None) -> Failure:
    what = f"declares {declared} bytes" if declared is not None else f"more than {limit} bytes read"
    return Failure(source_id, FailureType.MEMBER_TOO_LARGE, f"{what}; the limit is {limit} bytes")


def _one_line(e: BaseException) -> str:
    msg = " ".join(str(e).split())
    return f"{type(e).__name__}: {msg}" if msg else type(e).__name__


class _Names:
    """Numbers repeated member names (zip and tar allow them): ``a.txt``, ``a.txt#2`` ..."""

    def __init__(self, archive: str) -> None:
        self.archive = archive
        self.seen: dict[str, int] = {}

    def source_id(self, name: str) -> str:
        n = self.seen.get(name, 0) + 1
        self.seen[name] = n
        return f"{self.archive}!{name}" if n == 1 else f"{self.archive}!{name}#{n}"


def _glob_ok(options: ReaderOptions, rel: str) -> bool:
    if options.glob is None:
        return True
    base = rel.rsplit("/", 1)[-1]
    return fnmatch.fnmatchcase(rel, options.glob) or fnmatch.fnmatchcase(base, options.glob)


def _member(source_id: str, name: str, data: bytes) -> Item:
    """A read member as a Record, or a NestedArchive failure when it is itself a container."""
    kind = _container_by_name(name) or _container_by_magic(data[:512])
    if kind is not None:
        return Failure(
            source_id,
            FailureType.NESTED_ARCHIVE,
            f"member is itself a {kind} archive; not recursed",
        )
    return Record(source_id, data)


# --------------------------------------------------------------------------- entry points


def iter_records(
    paths: Iterable[str | os.PathLike[str]],
    options: ReaderOptions | None = None,
    meter: ByteMeter | None = None,
) -> Iterator[Item]:
    """Every document of every input, in order: directories (walked in sorted order), zip, tar
    (.tar, .tar.gz/.tgz, .tar.bz2, .tar.xz), JSONL (.jsonl/.ndjson, optionally .gz), WARC
    (.warc, .warc.gz) or a single file. Lazy: nothing is read before it is asked for."""
    opts = options or ReaderOptions()
    m = meter or ByteMeter()
    for path in paths:
        yield from read_path(path, opts, m)


def read_path(
    path: str | os.PathLike[str],
    options: ReaderOptions | None = None,
    meter: ByteMeter | None = None,
) -> Iterator[Item]:
    """The documents of one input, by its kind (see :func:`input_kind`)."""
    opts = options or ReaderOptions()
    m = meter or ByteMeter()
    for unit in iter_units([path], opts, m):
        if isinstance(unit, Failure):
            yield unit
        else:
            yield from read_unit(unit[0], unit[1], opts, m)


def iter_units(
    paths: Iterable[str | os.PathLike[str]],
    options: ReaderOptions | None = None,
    meter: ByteMeter | None = None,
) -> Iterator[tuple[str, Kind] | Failure]:
    """The readable units of the inputs, in order: ``(path, kind)`` for each archive, JSONL/WARC
    file or plain document (directories are walked, see :func:`read_directory`), or a
    ``Failure`` for a path that must not be read. Ray shards work by unit."""
    opts = options or ReaderOptions()
    m = meter or ByteMeter()
    for path in paths:
        p = os.fspath(path)
        if not os.path.lexists(p):
            yield Failure(p, FailureType.READ_ERROR, "no such file or directory")
        elif os.path.isdir(p):
            yield from _walk(p, opts, m)
        else:
            yield p, _kind_of_name(p)


def read_unit(
    path: str, kind: Kind, options: ReaderOptions | None = None, meter: ByteMeter | None = None
) -> Iterator[Item]:
    """The documents of one unit from :func:`iter_units`."""
    opts = options or ReaderOptions()
    m = meter or ByteMeter()
    if kind == "zip":
        yield from read_zip(path, opts, m)
    elif kind == "tar":
        yield from read_tar(path, opts, m)
    elif kind == "jsonl":
        yield from read_jsonl(path, opts, m)
    elif kind == "warc":
        yield from read_warc(path, opts, m)
    else:
        yield _read_file(path, opts, m)


def input_bytes(paths: Iterable[str | os.PathLike[str]]) -> int:
    """Total size of the input files (directories walked), the 100 % of a progress bar."""
    total = 0
    for path in paths:
        p = os.fspath(path)
        if os.path.isdir(p):
            for dirpath, _, files in os.walk(p):
                for fn in files:
                    try:
                        total += os.stat(os.path.join(dirpath, fn)).st_size
                    except OSError:
                        pass
        else:
            try:
                total += os.stat(p).st_size
            except OSError:
                pass
    return total


# --------------------------------------------------------------------------- files and directories


def _read_file(path: str, options: ReaderOptions, meter: ByteMeter) -> Item:
    """One plain file as one document (FIFOs, devices and sockets are refused, never opened)."""
    limit = options.max_member_bytes
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            return Failure(path, FailureType.UNSAFE_MEMBER, "not a regular file; not read")
        meter.add(st.st_size)
        if st.st_size > limit:
            return _too_large(path, limit, st.st_size)
        with open(path, "rb") as f:
            data = _read_bounded(f, limit)
    except _TooLarge:
        return _too_large(path, limit)
    except OSError as e:
        return Failure(path, FailureType.READ_ERROR, _one_line(e))
    return Record(path, data)


def read_directory(root: str, options: ReaderOptions, meter: ByteMeter) -> Iterator[Item]:
    """Files under ``root`` in sorted order; archives found there are opened with their reader,
    other files matching ``glob`` are documents (see :func:`_walk`)."""
    for unit in _walk(root, options, meter):
        if isinstance(unit, Failure):
            yield unit
        else:
            yield from read_unit(unit[0], unit[1], options, meter)


def _walk(
    root: str, options: ReaderOptions, meter: ByteMeter
) -> Iterator[tuple[str, Kind] | Failure]:
    """Units under ``root``, sorted by path within each directory, files before subdirectories.
    Symlinked directories are not followed; a symlinked file only when its target lies inside
    ``root`` (else ``UnsafeMember``). ``glob`` filters plain files; archives are always units
    (``glob`` then filters their members)."""
    real_root = os.path.realpath(root)
    errors: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append):
        while errors:
            e = errors.pop(0)
            yield Failure(e.filename or dirpath, FailureType.READ_ERROR, _one_line(e))
        dirnames[:] = sorted(
            d for d in dirnames if os.path.realpath(os.path.join(dirpath, d)) not in options.exclude
        )
        for fn in sorted(filenames):
            full = os.path.join(dirpath, fn)
            if options.exclude and os.path.realpath(full) in options.exclude:
                continue
            if os.path.islink(full):
                target = os.path.realpath(full)
                if os.path.commonpath([real_root, target]) != real_root:
                    yield Failure(
                        full,
                        FailureType.UNSAFE_MEMBER,
                        "symbolic link out of the directory; not followed",
                    )
                    continue
            kind = _kind_of_name(fn)
            if kind != "file" or _glob_ok(
                options, os.path.relpath(full, root).replace(os.sep, "/")
            ):
                yield full, kind
            else:
                try:
                    meter.add(os.stat(full).st_size)
                except OSError:
                    pass
    for e in errors:
        yield Failure(e.filename or root, FailureType.READ_ERROR, _one_line(e))


# --------------------------------------------------------------------------- zip


def read_zip(path: str, options: ReaderOptions, meter: ByteMeter) -> Iterator[Item]:
    """Members of a zip file in central-directory order."""
    limit = options.max_member_bytes
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as e:
        yield Failure(path, FailureType.ARCHIVE_ERROR, _one_line(e))
        return
    names = _Names(path)
    with zf:
        for info in zf.infolist():
            meter.add(info.compress_size)
            if info.is_dir() or not _glob_ok(options, info.filename):
                continue
            sid = names.source_id(info.filename)
            mode = info.external_attr >> 16
            # Unix zips keep st_mode in the high bits; many writers set only permission bits
            if info.create_system == 3 and stat.S_IFMT(mode) not in (0, stat.S_IFREG):
                kind = "symbolic link" if stat.S_ISLNK(mode) else "special file"
                yield Failure(sid, FailureType.UNSAFE_MEMBER, f"{kind}; not read")
                continue
            if info.flag_bits & 0x1:
                yield Failure(sid, FailureType.ENCRYPTED_MEMBER, "encrypted member; not read")
                continue
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                # zipfile decompresses bzip2/lzma members a whole compressed chunk at a time,
                # unbounded (a few KB can expand to GB), so only stored/deflated are read
                yield Failure(
                    sid,
                    FailureType.CORRUPT_MEMBER,
                    f"compression method {info.compress_type} not accepted (only stored/deflate)",
                )
                continue
            if info.file_size > limit:
                yield _too_large(sid, limit, info.file_size)
                continue
            try:
                with zf.open(info) as f:
                    data = _read_bounded(f, limit)
            except _TooLarge:
                yield _too_large(sid, limit)
                continue
            # hostile data can make any decompressor raise anything: the member fails, not the run
            except Exception as e:
                yield Failure(sid, FailureType.CORRUPT_MEMBER, _one_line(e))
                continue
            yield _member(sid, info.filename, data)


# --------------------------------------------------------------------------- tar


def read_tar(path: str, options: ReaderOptions, meter: ByteMeter) -> Iterator[Item]:
    """Members of a tar file (plain, gzip, bzip2 or xz), read as a stream in one pass."""
    limit = options.max_member_bytes
    try:
        raw = open(path, "rb")
    except OSError as e:
        yield Failure(path, FailureType.READ_ERROR, _one_line(e))
        return
    with raw:
        try:
            # decompress with the gzip/bz2/lzma file objects, which never produce more than
            # asked for (tarfile's own stream decompresses whole compressed blocks: a bomb)
            tf = tarfile.open(fileobj=_decompressing(raw), mode="r|")
        except Exception as e:  # not a tar, or a broken compressed stream
            yield Failure(path, FailureType.ARCHIVE_ERROR, _one_line(e))
            return
        names = _Names(path)
        last = 0
        with tf:
            while True:
                try:
                    ti = tf.next()
                except Exception as e:
                    yield Failure(
                        f"{path}@{raw.tell()}",
                        FailureType.ARCHIVE_ERROR,
                        f"unreadable from here on (rest of the archive skipped): {_one_line(e)}",
                    )
                    return
                if ti is None:
                    break
                tf.members = []  # type: ignore[attr-defined]  # a stream still keeps members
                pos = raw.tell()
                meter.add(pos - last)
                last = pos
                if ti.isdir() or not _glob_ok(options, ti.name):
                    continue
                sid = names.source_id(ti.name)
                if ti.issym():
                    yield Failure(
                        sid,
                        FailureType.UNSAFE_MEMBER,
                        f"symbolic link to {ti.linkname!r}; not followed",
                    )
                    continue
                if ti.islnk():
                    yield Failure(
                        sid,
                        FailureType.UNSAFE_MEMBER,
                        f"hard link to {ti.linkname!r}; not followed",
                    )
                    continue
                if not ti.isreg():
                    what = (
                        "device"
                        if (ti.ischr() or ti.isblk())
                        else "FIFO"
                        if ti.isfifo()
                        else "special member"
                    )
                    yield Failure(sid, FailureType.UNSAFE_MEMBER, f"{what}; not read")
                    continue
                if ti.size > limit:
                    yield _too_large(sid, limit, ti.size)
                    continue
                try:
                    f = tf.extractfile(ti)
                    data = _read_bounded(f, limit) if f is not None else b""
                except _TooLarge:
                    yield _too_large(sid, limit)
                    continue
                except Exception as e:
                    yield Failure(sid, FailureType.CORRUPT_MEMBER, _one_line(e))
                    continue
                yield _member(sid, ti.name, data)
        meter.add(os.fstat(raw.fileno()).st_size - last)


# --------------------------------------------------------------------------- JSONL


def _decompressing(raw: io.BufferedReader) -> IO[bytes]:
    """``raw`` itself, or a gzip/bzip2/xz reader over it (by magic bytes); these readers
    decompress no more than each ``read`` asks for."""
    head = raw.peek(6)[:6]
    if head.startswith(b"\x1f\x8b"):
        return cast(IO[bytes], gzip.GzipFile(fileobj=raw, mode="rb"))
    if head.startswith(b"BZh"):
        return cast(IO[bytes], bz2.BZ2File(raw, mode="rb"))
    if head.startswith(b"\xfd7zXZ\x00"):
        return cast(IO[bytes], lzma.LZMAFile(raw, mode="rb"))
    return raw


def read_jsonl(path: str, options: ReaderOptions, meter: ByteMeter) -> Iterator[Item]:
    """One document per line of a JSON Lines file (gzip-compressed or not): the object's
    ``text_field`` is the content, ``url_field`` the URL, ``id_field`` the source id (else
    ``<file>:<line>``). Blank lines are skipped; a line longer than ``max_member_bytes`` is
    refused without being held in memory."""
    limit = options.max_member_bytes
    try:
        raw = open(path, "rb")
    except OSError as e:
        yield Failure(path, FailureType.READ_ERROR, _one_line(e))
        return
    with raw:
        f = _decompressing(raw)
        lineno = 0
        last = 0
        while True:
            try:
                line = f.readline(limit + 1)
                if len(line) > limit:  # drain the rest of the line in bounded pieces
                    while not line.endswith(b"\n"):
                        line = f.readline(_CHUNK)
                        if not line:
                            break
                    line = b"\0" * (limit + 1)
            except Exception as e:  # truncated or corrupt gzip stream
                yield Failure(
                    f"{path}:{lineno + 1}",
                    FailureType.ARCHIVE_ERROR,
                    f"unreadable from here on (the rest of the file is skipped): {_one_line(e)}",
                )
                return
            if not line:
                break
            lineno += 1
            pos = raw.tell()
            meter.add(pos - last)
            last = pos
            if len(line) > limit:
                yield _too_large(f"{path}:{lineno}", limit)
                continue
            if not line.strip():
                continue
            yield _jsonl_item(path, lineno, line, options)


def _jsonl_item(path: str, lineno: int, line: bytes, options: ReaderOptions) -> Item:
    where = f"{path}:{lineno}"
    try:
        obj: Any = json.loads(line)
    except ValueError as e:
        return Failure(where, FailureType.INVALID_JSON, _one_line(e))
    if not isinstance(obj, dict):
        return Failure(
            where, FailureType.INVALID_JSON, f"a JSON {type(obj).__name__}, not an object"
        )
    raw_id = obj.get(options.id_field)
    sid = where if raw_id is None or raw_id == "" else str(raw_id)
    text = obj.get(options.text_field)
    if not isinstance(text, str):
        what = "missing" if text is None else f"a {type(text).__name__}, not a string"
        return Failure(
            sid, FailureType.MISSING_FIELD, f"text field {options.text_field!r} is {what}"
        )
    url = obj.get(options.url_field)
    return Record(sid, text, url if isinstance(url, str) else None)


# --------------------------------------------------------------------------- WARC


@dataclass(slots=True)
class _WarcEntry:
    """What both WARC libraries tell us about one response/resource record."""

    offset: int
    record_id: str | None
    url: str | None
    status: int | None  # None for resource records
    content_type: str
    headers: dict[str, str]  # HTTP headers, lower-cased names
    payload: _Readable  # the raw (still transfer/content-encoded) payload
    expected: int | None  # payload bytes the record declares


def warc_library(choice: str = "auto") -> Literal["fastwarc", "warcio"]:
    """The WARC library :func:`read_warc` will use for ``ReaderOptions.warc_library`` =
    ``choice``: ``auto`` takes FastWARC (the ``batch`` extra), else warcio. Raises
    :class:`~newsparse.errors.MissingExtraError` when the library needed is not installed (call
    it before a run to fail early)."""
    if choice in ("auto", "fastwarc"):
        try:
            import fastwarc.warc  # noqa: F401
        except ImportError as e:
            if choice == "fastwarc":
                raise MissingExtraError("fastwarc", "batch", "reading WARC files") from e
        else:
            return "fastwarc"
    try:
        import warcio  # noqa: F401
    except ImportError as e:
        if choice == "warcio":
            raise ConfigError("warc_library='warcio' needs the warcio package") from e
        raise MissingExtraError("fastwarc", "batch", "reading WARC files") from e
    return "warcio"


def read_warc(path: str, options: ReaderOptions, meter: ByteMeter) -> Iterator[Item]:
    """HTML (and plain text) pages of a WARC file: ``response`` records with a 2xx status and an
    HTML content type, and ``resource`` records of such a type; other records are passed over.
    Chunked transfer encoding and gzip/deflate content encoding are undone (bounded)."""
    lib = warc_library(options.warc_library)
    try:
        raw = open(path, "rb")
    except OSError as e:
        yield Failure(path, FailureType.READ_ERROR, _one_line(e))
        return
    with raw:
        seen: list[int] = []  # start offset of every record the library parsed, any type
        read = _fastwarc_entries if lib == "fastwarc" else _warcio_entries
        last = 0
        reported = False  # the last record was already reported as truncated
        for entry in read(path, raw, seen):
            if isinstance(entry, Failure):
                yield entry
                return
            meter.add(entry.offset - last)
            last = entry.offset
            item = _warc_item(path, entry, options.max_member_bytes)
            reported = isinstance(item, Failure) and item.error_type == FailureType.TRUNCATED_RECORD
            if item is not None:
                yield item
        meter.add(os.fstat(raw.fileno()).st_size - last)
        if not (reported and seen and seen[-1] == last):
            tail = _check_tail(path, raw, seen[-1] if seen else None)
            if tail is not None:
                yield tail


def _check_tail(path: str, raw: IO[bytes], start: int | None) -> Failure | None:
    """Both WARC libraries end silently when a file stops inside a record's header (an
    interrupted crawl): check that the last record they parsed, from ``start``, runs exactly to
    the end of the file. Costs one record's decompression."""
    size = os.fstat(raw.fileno()).st_size
    pos = start or 0
    if size <= pos:
        return None
    raw.seek(pos)
    if raw.read(2) == b"\x1f\x8b":
        raw.seek(pos)
        return _check_gzip_tail(path, raw, pos, first_is_record=start is not None)
    raw.seek(pos)
    head = raw.read(_CHUNK)
    end = pos
    if start is not None:
        blank = head.find(b"\r\n\r\n")
        length = next(
            (
                int(line.split(b":", 1)[1])
                for line in head[:blank].split(b"\r\n")
                if line.lower().startswith(b"content-length:")
                and line.split(b":", 1)[1].strip().isdigit()
            ),
            None,
        )
        if blank < 0 and len(head) < _CHUNK:
            return Failure(
                f"{path}@{pos}",
                FailureType.TRUNCATED_RECORD,
                "the file ends inside a record header",
            )
        if blank < 0 or length is None:
            return None  # not what we expected to find there: leave it to the library
        end = pos + blank + 4 + length
        if end > size:
            msg = f"the record needs {end - pos} bytes, the file has {size - pos}"
            return Failure(f"{path}@{pos}", FailureType.TRUNCATED_RECORD, msg)
    raw.seek(end)
    rest = raw.read(_CHUNK).lstrip(b"\r\n")
    if not rest:
        return None
    kind = FailureType.TRUNCATED_RECORD if rest.startswith(b"WARC/") else FailureType.ARCHIVE_ERROR
    return Failure(f"{path}@{end}", kind, f"the file ends inside a record (byte {end} of {size})")


def _check_gzip_tail(
    path: str, raw: IO[bytes], pos: int, *, first_is_record: bool
) -> Failure | None:
    """Decompress (discarding the output) from ``pos``: the last record's gzip member must be
    complete and be the last one."""
    d: Any = None
    members = 0
    member_start = pos
    consumed = pos
    while True:
        chunk = raw.read(_CHUNK)
        if not chunk:
            break
        data = chunk
        while data:
            if d is None:
                d = zlib.decompressobj(31)
                members += 1
                member_start = consumed
            try:
                d.decompress(data, _CHUNK)  # output discarded: only completeness matters
            except zlib.error:
                if members == 1 and not first_is_record:
                    return None
                where = f"{path}@{member_start}"
                return Failure(where, FailureType.ARCHIVE_ERROR, "corrupt gzip data")
            if d.eof:
                consumed += len(data) - len(d.unused_data)
                data = d.unused_data
                d = None
            else:
                consumed += len(data) - len(d.unconsumed_tail)
                data = d.unconsumed_tail
    expected = 1 if first_is_record else 0
    if d is not None or members > expected:
        return Failure(
            f"{path}@{member_start}",
            FailureType.TRUNCATED_RECORD,
            f"the file ends inside a record (gzip member at byte {member_start} cut short)",
        )
    return None


def _warc_item(path: str, e: _WarcEntry, limit: int) -> Item | None:
    ctype = e.content_type.split(";", 1)[0].strip().lower()
    if ctype not in _HTML_TYPES or (e.status is not None and not 200 <= e.status < 300):
        return None
    sid = f"{path}#{e.record_id}" if e.record_id else f"{path}@{e.offset}"
    try:
        data = _read_bounded(e.payload, limit)
    except _TooLarge:
        return _too_large(sid, limit)
    except Exception as ex:
        return Failure(sid, FailureType.TRUNCATED_RECORD, _one_line(ex))
    if e.expected is not None and len(data) < e.expected:
        return Failure(
            sid, FailureType.TRUNCATED_RECORD, f"{len(data)} of {e.expected} payload bytes present"
        )
    try:
        if "chunked" in e.headers.get("transfer-encoding", "").lower():
            data = _dechunk(data)
        encoding = e.headers.get("content-encoding", "").strip().lower()
        if encoding in ("gzip", "x-gzip", "deflate"):
            data = _inflate(data, limit, gzip_wrapper=encoding != "deflate")
        elif encoding not in ("", "identity"):
            return Failure(
                sid, FailureType.CORRUPT_MEMBER, f"unsupported Content-Encoding {encoding!r}"
            )
    except _TooLarge:
        return _too_large(sid, limit)
    except (ValueError, zlib.error) as ex:
        return Failure(sid, FailureType.CORRUPT_MEMBER, _one_line(ex))
    return Record(sid, data, e.url)


def _dechunk(data: bytes) -> bytes:
    """Undo HTTP/1.1 chunked transfer encoding (``ValueError`` when malformed)."""
    out = bytearray()
    pos = 0
    while True:
        eol = data.find(b"\r\n", pos)
        if eol < 0:
            raise ValueError("chunked payload: missing chunk size line")
        size = int(data[pos:eol].split(b";", 1)[0].strip() or b"x", 16)
        pos = eol + 2
        if size == 0:
            return bytes(out)
        if pos + size > len(data):
            raise ValueError("chunked payload: chunk runs past the end")
        out += data[pos : pos + size]
        pos += size + 2


def _inflate(data: bytes, limit: int, *, gzip_wrapper: bool) -> bytes:
    """gzip/deflate-decoded ``data``, never producing more than ``limit`` bytes."""
    d = zlib.decompressobj(47 if gzip_wrapper else 15)  # 47: gzip or zlib header, auto-detected
    try:
        out = d.decompress(data, limit + 1)
    except zlib.error:
        if gzip_wrapper:
            raise
        d = zlib.decompressobj(-15)  # "deflate" servers often send a raw stream
        out = d.decompress(data, limit + 1)
    if len(out) > limit:
        raise _TooLarge(len(out))
    return out


def _fastwarc_entries(path: str, raw: IO[bytes], seen: list[int]) -> Iterator[_WarcEntry | Failure]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    it = iter(ArchiveIterator(raw, parse_http=True, auto_decode="none"))
    pos = 0
    while True:
        try:
            rec = next(it)
        except StopIteration:
            return
        except Exception as e:
            yield Failure(
                f"{path}@{pos}",
                FailureType.ARCHIVE_ERROR,
                f"unreadable after byte {pos} (the rest of the file is skipped): {_one_line(e)}",
            )
            return
        pos = rec.stream_pos
        seen.append(pos)
        if rec.record_type not in (WarcRecordType.response, WarcRecordType.resource):
            continue
        is_response = rec.record_type == WarcRecordType.response
        if is_response and rec.is_http:
            http = {k.lower(): v for k, v in rec.http_headers.items()}
            status: int | None = rec.http_headers.status_code
            ctype = http.get("content-type", "")
        else:
            http, status = {}, None
            ctype = rec.headers.get("Content-Type", "") or ""
            if is_response:  # a response that is not HTTP: nothing we can read
                continue
        yield _WarcEntry(
            offset=pos,
            record_id=(rec.record_id or "").strip("<>") or None,
            url=rec.headers.get("WARC-Target-URI") or None,
            status=status,
            content_type=ctype,
            headers=http,
            payload=rec.reader,
            expected=rec.content_length,
        )


def _warcio_entries(path: str, raw: IO[bytes], seen: list[int]) -> Iterator[_WarcEntry | Failure]:
    from warcio.archiveiterator import ArchiveIterator

    archive = ArchiveIterator(raw)
    it = iter(archive)
    pos = 0
    while True:
        try:
            rec = next(it)
        except StopIteration:
            return
        except Exception as e:
            yield Failure(
                f"{path}@{pos}",
                FailureType.ARCHIVE_ERROR,
                f"unreadable after byte {pos} (the rest of the file is skipped): {_one_line(e)}",
            )
            return
        pos = archive.offset  # the current record's start (get_record_offset would consume it)
        seen.append(pos)
        if rec.rec_type not in ("response", "resource"):
            continue
        if rec.rec_type == "response":
            if rec.http_headers is None:
                continue
            http = {k.lower(): v for k, v in rec.http_headers.headers}
            code = rec.http_headers.get_statuscode()
            status: int | None = int(code) if code and code.isdigit() else 0
            ctype = http.get("content-type", "")
        else:
            http, status = {}, None
            ctype = rec.rec_headers.get_header("Content-Type") or ""
        yield _WarcEntry(
            offset=pos,
            record_id=(rec.rec_headers.get_header("WARC-Record-ID") or "").strip("<>") or None,
            url=rec.rec_headers.get_header("WARC-Target-URI") or None,
            status=status,
            content_type=ctype,
            headers=http,
            payload=rec.raw_stream,
            expected=getattr(rec.raw_stream, "limit", None),
        )
