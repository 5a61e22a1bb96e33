"""Exceptions and warning codes, in one place.

Every exception derives from :class:`NewsparseError` and also from the builtin it refines, so
``except ValueError`` keeps working for callers that do not know newsparse.
Oddities *inside* a document are not exceptions: they become coded ``ParseWarning`` items on the
record (codes below).
"""

from __future__ import annotations

import importlib
from enum import StrEnum
from types import ModuleType


class NewsparseError(Exception):
    """Base class of every error newsparse raises on purpose."""


class InputError(NewsparseError, ValueError):
    """The input cannot be parsed as a release: empty, not text, undecodable, or too large."""


class ResourceError(NewsparseError, RuntimeError):
    """A packaged language resource is missing or malformed (file, line, reason)."""

    def __init__(self, file: str, line: int | None, reason: str) -> None:
        self.file, self.line, self.reason = file, line, reason
        where = f"{file}:{line}" if line is not None else file
        super().__init__(f"{where}: {reason}")


class ModelNotAvailableError(NewsparseError, FileNotFoundError):
    """Stanza models for a language are not installed where newsparse looked."""

    def __init__(self, lang: str, path: str, reason: str = "") -> None:
        self.lang, self.path = lang, path
        fix = f"run `newsparse models download {lang}` (or set NEWSPARSE_STANZA_DIR)"
        msg = f"no Stanza '{lang}' models at {path}"
        if reason:
            msg += f" ({reason})"
        super().__init__(f"{msg}; {fix}")


class BackendError(NewsparseError, RuntimeError):
    """The linguistic backend failed or was asked for something it cannot do."""


class ConfigError(NewsparseError, ValueError):
    """Invalid options (unknown backend, bad reference date ...), raised when a Parser is built."""


class DocumentTimeout(NewsparseError, TimeoutError):
    """One document took longer than the per-document time limit."""


class MissingExtraError(NewsparseError, ImportError):
    """An optional dependency (a packaging *extra*) is not installed.

    ``module``: the missing module (also ``name``, as on ``ImportError``); ``extra``: the extra
    that provides it, installed with ``pip install "newsparse[<extra>]"``; ``feature``: what
    needed it. Extras: ``pandas`` (``to_frame``), ``display`` (rich), ``batch`` (pyarrow,
    fastwarc, rich), ``ray`` (ray[data], pyarrow).
    """

    def __init__(self, module: str, extra: str, feature: str) -> None:
        self.module, self.extra, self.feature = module, extra, feature
        super().__init__(
            f'{feature} needs the optional dependency {module!r}: pip install "newsparse[{extra}]"',
            name=module,
        )

    def __reduce__(self) -> tuple[type[MissingExtraError], tuple[str, str, str]]:
        return (type(self), (self.module, self.extra, self.feature))


def require_extra(module: str, extra: str, feature: str) -> ModuleType:
    """``import module``, or raise :class:`MissingExtraError` naming ``extra`` (chained to the
    original ``ImportError``).

    >>> require_extra("json", "none", "a doctest").__name__
    'json'
    """
    try:
        return importlib.import_module(module)
    except ImportError as e:
        raise MissingExtraError(module.partition(".")[0], extra, feature) from e


class WarningCode(StrEnum):
    """Stable codes of document-level warnings (``ParseWarning.code``)."""

    BACKEND_FALLBACK = "W001"  # stanza requested/auto but unavailable: rules used instead
    LANGUAGE_UNCERTAIN = "W002"  # langdetect could not decide (too little text)
    LANGUAGE_UNSUPPORTED = "W003"  # the body is not lv/en: Latvian rules were used
    CONTROL_CHARACTERS = "W004"  # control characters / lone surrogates were replaced
    UNBALANCED_QUOTE = "W101"  # a quotation mark without its partner: that quote is skipped
    YEAR_UNRESOLVED = "W201"  # a day+month without an inferable year: mention skipped
    INVALID_DATE = "W202"  # a date-shaped string that is not a calendar date (31.02.2020.)
    AMOUNT_UNPARSED = "W301"  # an amount-shaped string that could not be read ("1,2,3 eiro")
    EXTRACTOR_FAILED = "W901"  # an extractor raised; the field is left empty, the record kept
