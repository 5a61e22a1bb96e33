"""Publisher of a release from its URL host (``www.izm.gov.lv`` -> Izglītības un zinātnes
ministrija), from ``resources/lv/publishers.tsv``."""

from __future__ import annotations

import functools
from urllib.parse import urlsplit

from .lexicon import read_tsv


@functools.cache
def _hosts() -> dict[str, str]:
    return {r["host"].lower(): r["name"] for r in read_tsv("lv", "publishers.tsv")}


def publisher_for_url(url: str | None) -> str | None:
    """Nominative name of the institution that publishes on ``url``'s host, or None."""
    if not url:
        return None
    try:
        host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
    except ValueError:
        return None
    hosts = _hosts()
    parts = host.split(".")
    for i in range(len(parts) - 1):  # www.izm.gov.lv -> izm.gov.lv -> gov.lv
        name = hosts.get(".".join(parts[i:]))
        if name:
            return name
    return None
