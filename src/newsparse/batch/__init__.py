"""Batch processing of release collections: lazy readers of archives (:mod:`.readers`), a
process pool with per-document time limits and ordered results (:mod:`.runner`), crash-safe
JSONL/Parquet output (:mod:`.output`) and the ``newsparse batch`` command (:mod:`.cli`)."""

from __future__ import annotations

from .readers import ReaderOptions, iter_records
from .records import Failure, FailureType, Record
from .runner import Outcome, iter_parsed, parse_many

__all__ = [
    "Failure",
    "FailureType",
    "Outcome",
    "ReaderOptions",
    "Record",
    "iter_parsed",
    "iter_records",
    "parse_many",
]
