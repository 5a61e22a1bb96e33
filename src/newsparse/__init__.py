"""newsparse: structured records from Latvian ministry press releases.

>>> from newsparse import parse_release
>>> r = parse_release("## Tikšanās\\n\\nPublicēts: 15.10.2020.\\n\\nIzglītības ministrija.", backend="rules")
>>> r.published
'2020-10-15'
"""

from __future__ import annotations

__version__ = "0.1.0"

from .api import Parser, parse_release  # noqa: E402
from .errors import InputError, NewsparseError  # noqa: E402
from .model import Release  # noqa: E402
from .options import ParseOptions  # noqa: E402

__all__ = [
    "InputError",
    "NewsparseError",
    "ParseOptions",
    "Parser",
    "Release",
    "__version__",
    "parse_release",
]
