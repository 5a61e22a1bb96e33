"""Extractor for `people` (arrives with its issue; until then it finds nothing)."""

from __future__ import annotations

from typing import Any

from ..document import AnnotatedDoc


def extract_people(adoc: AnnotatedDoc) -> list[Any]:
    return []
