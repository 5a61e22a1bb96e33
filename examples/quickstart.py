"""Quickstart: parse one press release and use the record.

    python examples/quickstart.py                      # parses examples/release.txt
    python examples/quickstart.py path/to/release.txt  # any text, gov.lv Markdown or HTML file

``parse_release`` takes ``str`` or ``bytes``; bytes are decoded for you (UTF-8, else
Windows-1257). ``backend="rules"`` needs no Stanza models; the default ``"auto"`` uses Stanza
when its models are installed. Every offset is a half-open ``[start, end)`` index into
``release.text``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from newsparse import InputError, parse_release


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else Path(__file__).with_name("release.txt")
    try:
        release = parse_release(path.read_bytes(), backend="rules")
    except (OSError, InputError) as e:
        print(f"quickstart: {path}: {e}", file=sys.stderr)
        return 1

    print(f"{release.title!r}, published {release.published} by {release.publisher}")

    for d in release.dates:  # mentions: the surface, where it is, and the ISO value
        end = f" .. {d.end_value}" if d.end_value else ""
        print(f"date    {d.value}{end}  ← {d.text!r} [{d.start}:{d.end})")
    for p in release.people:  # entities: nominative names, with every mention
        role = ", ".join(x for x in (p.title, p.organization) if x) or "no role found"
        print(f"person  {p.name} ({role}){'  quoted' if p.quoted else ''}")
    for c in release.countries:
        print(f"country {c.code} {c.name}: {len(c.mentions)} mention(s)")
    for f in release.funding:  # amounts are Decimal in currency units
        print(f"funding {f.amount} {f.currency or ''}  ← {f.text!r}")
    for w in release.warnings:
        print(f"warning {w.code}: {w.message}")

    # The whole record as JSON (the public newsparse.release/1 shape), without the text:
    record = release.to_dict()
    record.pop("text")
    print(json.dumps(record, ensure_ascii=False)[:300] + " …")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
