"""``AnnotatedDoc``: what every extractor receives.

It carries the exact source text, the token layer (a spaCy ``Doc`` whose ``doc.text`` equals
``text``; lemmas/POS/morphology filled by the backend), the document language, the dates used to
infer missing years, the results of the extractors that ran before (``results``) and the warnings
collected so far. Extractors are pure functions ``extract_<field>(adoc) -> list[...]``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .model import ParseWarning

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(slots=True)
class AnnotatedDoc:
    text: str
    doc: Doc
    language: str = "lv"
    published: dt.date | None = None
    reference_date: dt.date | None = None
    title: str | None = None
    #: Spans extractors must ignore (the header's "Publicēts: ..." line belongs to ``published``).
    skip_spans: list[tuple[int, int]] = field(default_factory=list)
    results: dict[str, Any] = field(default_factory=dict)
    warnings: list[ParseWarning] = field(default_factory=list)

    @property
    def anchor_date(self) -> dt.date | None:
        """The date a missing year is inferred from: the explicit reference date, else published."""
        return self.reference_date or self.published

    def skipped(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` overlaps a span extractors must ignore."""
        return any(start < e and s < end for s, e in self.skip_spans)

    def warn(
        self, code: str, message: str, start: int | None = None, end: int | None = None
    ) -> None:
        """Record a coded document-level warning (codes: ``newsparse.errors.WarningCode``)."""
        self.warnings.append(ParseWarning(code=str(code), message=message, start=start, end=end))
