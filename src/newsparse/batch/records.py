"""The two things that flow through a batch run: a :class:`Record` read from an input, and a
:class:`Failure` standing for a document that could not be read or parsed.

Both are frozen and picklable (they cross process boundaries). A ``source_id`` names where a
document came from, stable across runs so that ``--resume`` can recognise it:

=====================  ============================================================
input                  ``source_id``
=====================  ============================================================
single file            the path as given: ``releases/a.html``
file in a directory    the directory as given joined with the relative path (``/``)
zip / tar member       ``<archive>!<member name>`` (``#2``, ``#3`` ... for repeated names)
JSONL line             the value of the id field, else ``<file>:<line number>``
WARC record            ``<file>#<WARC-Record-ID>``, else ``<file>@<byte offset>``
str/bytes item         its position in the iterable: ``"0"``, ``"1"`` ...
=====================  ============================================================
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ..errors import BackendError, DocumentTimeout, InputError, NewsparseError


@dataclass(frozen=True, slots=True)
class Record:
    """One document read from an input: its ``source_id``, the raw ``content`` (bytes are decoded
    by the parser: UTF-8, UTF-8 with BOM, Windows-1257) and the ``url`` it came from, if known."""

    source_id: str
    content: bytes | str
    url: str | None = None


class FailureType(StrEnum):
    """``Failure.error_type`` values of the readers and the runner themselves. Failures of the
    parser carry the exception's class name instead (``InputError``, ``DocumentTimeout`` ...)."""

    MEMBER_TOO_LARGE = "MemberTooLarge"  # over max_member_bytes (counted while reading)
    NESTED_ARCHIVE = "NestedArchive"  # an archive inside an archive: not recursed
    UNSAFE_MEMBER = "UnsafeMember"  # symlink, hard link, device, FIFO: never read
    ENCRYPTED_MEMBER = "EncryptedMember"
    CORRUPT_MEMBER = "CorruptMember"  # bad CRC, broken compressed data, unsupported method
    ARCHIVE_ERROR = "ArchiveError"  # the archive itself is unreadable (or unreadable from here on)
    TRUNCATED_RECORD = "TruncatedRecord"  # a WARC record shorter than its Content-Length
    INVALID_JSON = "InvalidJson"  # a JSONL line that is not a JSON object
    MISSING_FIELD = "MissingField"  # a JSONL object without the text field
    READ_ERROR = "ReadError"  # an OSError while reading a file
    WORKER_CRASHED = "WorkerCrashed"  # the worker process died while parsing the document
    DOCUMENT_TIMEOUT = "DocumentTimeout"  # over the per-document time limit


#: Failure types that say the input itself is bad (what ``InputError`` means).
_READER_TYPES = frozenset(FailureType) - {
    FailureType.WORKER_CRASHED,
    FailureType.DOCUMENT_TIMEOUT,
}


@dataclass(frozen=True, slots=True)
class Failure:
    """A document that produced no record: where it came from (``source_id``), the kind of error
    (``error_type``: an exception class name or a :class:`FailureType` value) and a one-line
    ``message``. Batch runs write these to ``<OUT>.failures.jsonl`` and go on; ``parse_many``
    yields them in place of the release."""

    source_id: str
    error_type: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        """``{"source_id", "error_type", "message"}``: a line of the failures file."""
        return {
            "source_id": self.source_id,
            "error_type": str(self.error_type),
            "message": self.message,
        }

    def as_error(self) -> NewsparseError:
        """The exception standing for this failure where the original one is not at hand (a
        reader's failure, a worker's): ``DocumentTimeout`` for a time-out, ``BackendError`` for
        a crashed worker or a worker's error that could not be transferred, else ``InputError``.
        The message names the source id."""
        kind = str(self.error_type)
        msg = f"{self.source_id}: {kind}: {self.message}"
        if kind == FailureType.DOCUMENT_TIMEOUT:
            return DocumentTimeout(msg)
        if kind in _READER_TYPES or kind == "InputError":
            return InputError(msg)
        return BackendError(msg)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Failure:
        return cls(
            source_id=str(d["source_id"]),
            error_type=str(d["error_type"]),
            message=str(d["message"]),
        )
