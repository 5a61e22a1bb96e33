"""newsparse: structured records from Latvian ministry press releases.

>>> from newsparse import parse_release
>>> text = "## Tikšanās\\n\\nPublicēts: 15.10.2020.\\n\\nIzglītības ministrija."
>>> r = parse_release(text, backend="rules")
>>> r.published
'2020-10-15'
"""

from __future__ import annotations

__version__ = "0.1.0"

from .api import Parser, parse_release
from .batch.records import Failure
from .batch.runner import parse_many
from .display import to_frame
from .errors import InputError, MissingExtraError, NewsparseError
from .model import Release
from .options import ParseOptions

__all__ = [
    "Failure",
    "InputError",
    "MissingExtraError",
    "NewsparseError",
    "ParseOptions",
    "Parser",
    "Release",
    "__version__",
    "parse_many",
    "parse_release",
    "to_frame",
]
