"""``ParseOptions``: the settings of a ``Parser`` (frozen, validated when built)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .errors import ConfigError

BACKENDS = ("auto", "rules", "stanza")
LANGUAGES = ("lv", "en", "ru")

#: Inputs larger than this (characters after decoding) raise ``InputError``. It is spaCy's
#: ``nlp.max_length``, the most the rules backend's tokenizer accepts: above it a document would
#: fail with spaCy's untyped ``ValueError`` instead of a clear ``InputError``.
DEFAULT_MAX_CHARS = 1_000_000
#: Per-document time limit in seconds for batch runs (``None``: no limit).
DEFAULT_TIMEOUT_S = 60.0


@dataclass(frozen=True, slots=True, kw_only=True)
class ParseOptions:
    """How to parse.

    ``backend``: ``"rules"`` (no model), ``"stanza"`` (Stanza Latvian models required), or
    ``"auto"`` (Stanza when its models are found, else rules with a warning).
    ``lang``: force the body language instead of detecting it.
    ``reference_date``: the date missing years are inferred from when the release has none.
    ``stanza_dir``: where Stanza models live (else ``NEWSPARSE_STANZA_DIR``, else Stanza's default).
    ``max_chars``: the largest accepted input.
    """

    backend: str = "auto"
    lang: str | None = None
    reference_date: dt.date | None = None
    stanza_dir: str | None = None
    max_chars: int = DEFAULT_MAX_CHARS

    def __post_init__(self) -> None:
        if self.backend not in BACKENDS:
            raise ConfigError(f"unknown backend {self.backend!r}; choose one of {BACKENDS}")
        if self.lang is not None and (not isinstance(self.lang, str) or not self.lang.isalpha()):
            raise ConfigError(f"lang must be a language code like 'lv', got {self.lang!r}")
        if self.reference_date is not None and not isinstance(self.reference_date, dt.date):
            raise ConfigError("reference_date must be a datetime.date")
        if self.max_chars <= 0:
            raise ConfigError("max_chars must be positive")
