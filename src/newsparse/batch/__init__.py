"""Batch processing of release collections: lazy readers of archives (:mod:`.readers`), a
process pool with per-document time limits and ordered results (:mod:`.runner`), crash-safe
JSONL/Parquet output (:mod:`.output`) and the ``newsparse batch`` command (:mod:`.cli`)."""

from __future__ import annotations

from .readers import ReaderOptions, iter_records
from .records import Failure, FailureType, Record

__all__ = ["Failure", "FailureType", "ReaderOptions", "Record", "iter_records"]
