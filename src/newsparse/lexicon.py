"""Loading of packaged language resources (``newsparse/resources/<lang>/``), read once.

Resources are UTF-8 files read through ``importlib.resources``; a malformed file raises
``ResourceError`` naming the file and line. Extractors keep their typed views in their own
``functools.cache``-d loaders built on these readers.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

from .errors import ResourceError


def resource_text(lang: str, name: str) -> str:
    """The text of ``resources/<lang>/<name>``."""
    try:
        return (resources.files("newsparse.resources") / lang / name).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as e:
        raise ResourceError(f"resources/{lang}/{name}", None, "missing") from e


@functools.cache
def read_tsv(lang: str, name: str) -> tuple[dict[str, str], ...]:
    """Rows of a TSV with a header row; ``#`` lines and blank lines are skipped."""
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for i, line in enumerate(resource_text(lang, name).splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            continue
        if len(cells) > len(header):
            raise ResourceError(
                f"resources/{lang}/{name}", i, f"{len(cells)} cells, header has {len(header)}"
            )
        cells += [""] * (len(header) - len(cells))
        rows.append({k: v.strip() for k, v in zip(header, cells, strict=True)})
    if header is None:
        raise ResourceError(f"resources/{lang}/{name}", None, "empty file")
    return tuple(rows)


@functools.cache
def read_lines(lang: str, name: str) -> tuple[str, ...]:
    """Non-blank, non-comment lines of a plain list file."""
    return tuple(
        s.strip()
        for s in resource_text(lang, name).splitlines()
        if s.strip() and not s.lstrip().startswith("#")
    )


@functools.cache
def read_json(lang: str, name: str) -> Any:
    try:
        return json.loads(resource_text(lang, name))
    except json.JSONDecodeError as e:
        raise ResourceError(f"resources/{lang}/{name}", e.lineno, e.msg) from e
