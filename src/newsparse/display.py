"""Displays for analysts: pandas DataFrames (:func:`to_frame`), the notebook HTML view
(:func:`release_html`, behind ``Release._repr_html_``) and a rich renderable (:func:`release_rich`).

pandas and rich are optional extras (``newsparse[pandas]``, ``newsparse[display]``), imported
lazily: without them ``import newsparse`` and the HTML view still work, and the functions that
need them raise :class:`MissingExtraError` naming the extra to install.

Offsets in frames and titles are half-open ``[start, end)`` character offsets into
``Release.text``.
"""

from __future__ import annotations

import html
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from .errors import ConfigError, MissingExtraError, require_extra
from .model import (
    ITEM_FIELDS,
    Country,
    DateMention,
    Funding,
    Organization,
    ParseWarning,
    Person,
    Programme,
    Quote,
    Region,
    Release,
)
from .render import Item, date_value, describe, format_amount, item_spans, items, one_line

if TYPE_CHECKING:
    import pandas as pd


def _pandas(feature: str) -> Any:
    return require_extra("pandas", "pandas", feature)


# --------------------------------------------------------------------------- frames

#: Fields :func:`to_frame` accepts: every item field, ``warnings``, and ``releases`` (one row
#: per release with its metadata and item counts).
FRAME_FIELDS: Final = (*ITEM_FIELDS, "warnings", "releases")

#: Columns every frame starts with.
BASE_COLUMNS: Final = ("source_id", "url", "published")

#: The columns after :data:`BASE_COLUMNS`, per field. ``text``/``start``/``end`` are the mention.
COLUMNS: Final[dict[str, tuple[str, ...]]] = {
    "dates": ("text", "start", "end", "value", "end_value", "precision", "rule"),
    "people": ("name", "title", "organization", "quoted", "text", "start", "end"),
    "countries": ("code", "name", "text", "start", "end"),
    "regions": ("name", "text", "start", "end"),
    "organizations": ("name", "acronym", "text", "start", "end"),
    "programmes": ("name", "text", "start", "end"),
    "funding": ("text", "start", "end", "amount", "currency", "funder", "programme", "rule"),
    "quotes": ("text", "start", "end", "speaker", "rule"),
    "warnings": ("code", "message", "text", "start", "end"),
    "releases": (
        "title",
        "language",
        "publisher",
        "backend",
        "chars",
        *(f"n_{f}" for f in (*ITEM_FIELDS, "warnings")),
    ),
}

Sources = Release | Mapping[Any, Release] | Iterable[Release | tuple[Hashable, Release]]


def _sources(releases: Sources) -> list[tuple[Hashable, Release]]:
    """``(source_id, release)`` pairs: a lone Release gets 0, a mapping its keys, a sequence the
    position of each plain Release and the given id of each ``(id, release)`` pair."""
    if isinstance(releases, Release):
        return [(0, releases)]
    if isinstance(releases, Mapping):
        pairs = list(releases.items())
    else:
        pairs = []
        for i, x in enumerate(releases):
            if isinstance(x, Release):
                pairs.append((i, x))
            elif isinstance(x, tuple) and len(x) == 2 and isinstance(x[1], Release):
                pairs.append((x[0], x[1]))
            else:
                raise TypeError(
                    f"to_frame: item {i} is {type(x).__name__}, not a Release or a "
                    "(source_id, Release) pair"
                )
    for sid, r in pairs:
        if not isinstance(r, Release):
            raise TypeError(f"to_frame: source {sid!r} is {type(r).__name__}, not a Release")
    return pairs


#: Keys of ``to_dict()`` that are not value columns: the mention columns come from the spans.
_SPAN_KEYS: Final = frozenset({"mentions", "quotes", "text", "start", "end"})


def _item_rows(release: Release, field: str) -> list[dict[str, Any]]:
    """Rows of one release for an item field, without the base columns, by start offset: the
    item's ``to_dict()`` values (its canonical columns) once per span it covers."""
    rows: list[dict[str, Any]] = []
    for item in items(release, field):
        values = {k: v for k, v in item.to_dict().items() if k not in _SPAN_KEYS}
        spans = item_spans(item, release.text)
        if not spans:  # an entity without mentions, a warning without a position: still a row
            rows.append({**values, "text": None, "start": None, "end": None})
        for s in spans:
            rows.append({**values, "text": s.text, "start": s.start, "end": s.end})
    rows.sort(key=lambda r: (r["start"] is None, r["start"] or 0, r["end"] or 0))
    return rows


def _release_row(release: Release) -> dict[str, Any]:
    row: dict[str, Any] = {
        "title": release.title,
        "language": release.language,
        "publisher": release.publisher,
        "backend": release.pipeline.backend or None,
        "chars": len(release.text),
    }
    for f in (*ITEM_FIELDS, "warnings"):
        row[f"n_{f}"] = len(items(release, f))
    return row


def to_frame(releases: Sources, field: str) -> pd.DataFrame:
    """A pandas DataFrame of one field across releases, one row per item.

    ``releases``: Release objects, ``(source_id, Release)`` pairs (e.g. ``(path.name, r)``), a
    mapping ``{source_id: Release}``, or one Release. The ``source_id`` column holds the given id,
    or the position in the input for a plain Release (0 for a lone one).

    ``field``: ``dates`` ``people`` ``countries`` ``regions`` ``organizations`` ``programmes``
    ``funding`` ``quotes`` ``warnings`` (one row per *mention*: an entity with three mentions
    gives three rows repeating its canonical columns, e.g. ``code``/``name``; an entity without
    mentions gives one row with empty offsets), or ``releases`` (one row per release: metadata,
    text length and the number of items of each field).

    Columns: ``source_id``, ``url``, ``published`` (datetime64, NaT when unknown), then
    :data:`COLUMNS` ``[field]``. ``start``/``end`` are nullable integers, half-open offsets into
    ``Release.text``; funding ``amount`` is a float in currency units (the exact ``Decimal`` is on
    the record). Rows are in input order, then by start offset. An empty result still has every
    column, so ``groupby``/``plot`` code runs on it.

    Raises :class:`MissingExtraError` without pandas, :class:`~newsparse.errors.ConfigError`
    for an unknown field and ``TypeError`` for inputs that are not releases.
    """
    if field not in FRAME_FIELDS:
        raise ConfigError(f"unknown field {field!r}; one of {', '.join(FRAME_FIELDS)}")
    pd = _pandas("newsparse.to_frame")
    rows: list[dict[str, Any]] = []
    for sid, release in _sources(releases):
        base = {"source_id": sid, "url": release.url, "published": release.published}
        if field == "releases":
            rows.append({**base, **_release_row(release)})
        else:
            rows.extend({**base, **r} for r in _item_rows(release, field))
    columns = [*BASE_COLUMNS, *COLUMNS[field]]
    frame = pd.DataFrame.from_records(rows, columns=columns)
    frame["published"] = pd.to_datetime(frame["published"], errors="coerce", format="ISO8601")
    if field == "releases":
        ints = ["chars", *(c for c in columns if c.startswith("n_"))]
        frame[ints] = frame[ints].astype("int64")
    else:
        frame[["start", "end"]] = frame[["start", "end"]].astype("Int64")
    if field == "funding":  # to_dict() gives the Decimal as a string
        frame["amount"] = pd.to_numeric(frame["amount"]).astype("float64")
    if field == "people":
        frame["quoted"] = frame["quoted"].astype("bool")
    return frame


def release_to_frame(release: Release, field: str) -> pd.DataFrame:
    """:func:`to_frame` for one release (``source_id`` 0): what ``Release.to_frame`` returns."""
    return to_frame([release], field)


# --------------------------------------------------------------------------- HTML

#: Highlight colour of each field (pale backgrounds; the text stays dark in dark themes too).
COLOURS: Final[dict[str, str]] = {
    "dates": "#ffe08a",
    "people": "#b6e3ff",
    "countries": "#b8f2c0",
    "regions": "#dcf5a6",
    "organizations": "#e3ccff",
    "programmes": "#ffc9de",
    "funding": "#ffcc99",
    "quotes": "#ececec",
    "warnings": "#ffb3b3",
}
#: Rank of a field when spans tie: the lower nests outside (a quote holds a name, not the reverse).
_RANK: Final = {
    f: i
    for i, f in enumerate(
        (
            "quotes",
            "warnings",
            "funding",
            "dates",
            "people",
            "countries",
            "regions",
            "organizations",
            "programmes",
        )
    )
}
_SPAN_FIELDS: Final = (*ITEM_FIELDS, "warnings")


@dataclass(frozen=True, slots=True)
class Highlight:
    """A span of the text to mark: ``field`` picks the colour, ``title`` is the hover text."""

    start: int
    end: int
    field: str
    title: str


def highlights(release: Release) -> list[Highlight]:
    """Every span of every item (entity mentions, person quotes excepted: they are quotes too),
    with its hover title; spans outside the text or empty are left out."""
    out: list[Highlight] = []
    n = len(release.text)
    for field in _SPAN_FIELDS:
        for item in items(release, field):
            title = describe(item)
            for s in item_spans(item, release.text):
                if 0 <= s.start < s.end <= n:
                    out.append(Highlight(s.start, s.end, field, title))
    return out


def _crosses(a: Highlight, b: Highlight) -> bool:
    return a.start < b.start < a.end < b.end or b.start < a.start < b.end < a.end


def resolve_overlaps(spans: Iterable[Highlight]) -> tuple[list[Highlight], list[Highlight]]:
    """Overlap policy of the HTML view: **nest, else the longer wins**.

    Spans that nest (a name inside a quote, a programme inside a funding phrase, two fields on
    the same span) are all kept and drawn nested. A span that *crosses* a longer kept one (each
    starts inside the other) is dropped from the text; it stays in the tables. Ties in length go
    to the earlier start, then the field order. Returns ``(kept, dropped)``, kept in drawing
    order (start, longest first, outer field first).
    """
    order = sorted(spans, key=lambda h: (-(h.end - h.start), h.start, _RANK[h.field], h.title))
    kept: list[Highlight] = []
    dropped: list[Highlight] = []
    for h in order:
        (dropped if any(_crosses(h, k) for k in kept) else kept).append(h)
    kept.sort(key=lambda h: (h.start, -h.end, _RANK[h.field], h.title))
    dropped.sort(key=lambda h: (h.start, -h.end, _RANK[h.field], h.title))
    return kept, dropped


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _mark_open(h: Highlight) -> str:
    style = f"background:{COLOURS[h.field]};color:#111;padding:0 1px;border-radius:2px"
    if h.field == "quotes":
        style += ";border-bottom:2px dotted #777"
    elif h.field == "warnings":
        style += ";text-decoration:underline wavy #c00"
    return f'<mark class="np-hl np-{h.field}" title="{_esc(h.title)}" style="{style}">'


def highlighted_text(text: str, kept: list[Highlight]) -> str:
    """``text`` escaped, with ``<mark>`` elements for ``kept`` (non-crossing, drawing order)."""
    out: list[str] = []
    pos = 0
    stack: list[Highlight] = []
    for h in kept:
        while stack and stack[-1].end <= h.start:
            top = stack.pop()
            out.append(_esc(text[pos : top.end]) + "</mark>")
            pos = top.end
        out.append(_esc(text[pos : h.start]) + _mark_open(h))
        pos = h.start
        stack.append(h)
    while stack:
        top = stack.pop()
        out.append(_esc(text[pos : top.end]) + "</mark>")
        pos = top.end
    out.append(_esc(text[pos:]))
    return "".join(out)


def _mentions_cell(item: Person | Country | Region | Organization | Programme) -> str:
    surfaces: list[str] = []
    for m in item.mentions:
        if m.text not in surfaces:
            surfaces.append(m.text)
    return f"{', '.join(surfaces)} ({len(item.mentions)})"


def _table_rows(release: Release, field: str) -> tuple[tuple[str, ...], list[tuple[Any, ...]]]:
    """Header and rows of the compact table of a field (plain values, escaped by the caller)."""
    vals = items(release, field)
    match field:
        case "dates":
            return ("text", "value", "precision", "offsets", "rule"), [
                (d.text, date_value(d), d.precision, f"{d.start}–{d.end}", d.rule)
                for d in vals
                if isinstance(d, DateMention)
            ]
        case "people":
            return ("name", "title", "organization", "quoted", "mentions"), [
                (p.name, p.title, p.organization, "yes" if p.quoted else "", _mentions_cell(p))
                for p in vals
                if isinstance(p, Person)
            ]
        case "countries":
            return ("code", "name", "mentions"), [
                (c.code, c.name, _mentions_cell(c)) for c in vals if isinstance(c, Country)
            ]
        case "regions" | "programmes":
            return ("name", "mentions"), [
                (e.name, _mentions_cell(e)) for e in vals if isinstance(e, Region | Programme)
            ]
        case "organizations":
            return ("name", "acronym", "mentions"), [
                (o.name, o.acronym, _mentions_cell(o)) for o in vals if isinstance(o, Organization)
            ]
        case "funding":
            return ("text", "amount", "funder", "programme", "rule"), [
                (
                    one_line(f.text),
                    format_amount(f.amount, f.currency),
                    f.funder,
                    f.programme,
                    f.rule,
                )
                for f in vals
                if isinstance(f, Funding)
            ]
        case "quotes":
            return ("speaker", "quote", "rule"), [
                (q.speaker, one_line(q.text, 160), q.rule) for q in vals if isinstance(q, Quote)
            ]
        case _:  # warnings
            return ("code", "message", "at"), [
                (w.code, w.message, "" if w.start is None else f"{w.start}–{w.end}")
                for w in vals
                if isinstance(w, ParseWarning)
            ]


_CELL = "padding:1px 6px;border-bottom:1px solid #ddd;text-align:left;vertical-align:top"


def _table(release: Release, field: str) -> str:
    header, rows = _table_rows(release, field)
    head = "".join(f'<th style="{_CELL}">{_esc(h)}</th>' for h in header)
    body = "".join(
        "<tr>"
        + "".join(f'<td style="{_CELL}">{_esc("" if v is None else str(v))}</td>' for v in r)
        + "</tr>"
        for r in rows
    )
    chip = f'<span style="background:{COLOURS[field]};padding:0 4px">{_esc(field)}</span>'
    return (
        f'<details class="np-table np-table-{field}" open><summary>{chip} ({len(rows)})</summary>'
        f'<table style="border-collapse:collapse;font-size:90%;margin:2px 0 6px 0">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></details>"
    )


def _link(url: str) -> str:
    """The URL as a link when it is http(s) (never ``javascript:``), else as text."""
    if url.lower().startswith(("http://", "https://")):
        return f'<a href="{_esc(url)}" rel="noopener noreferrer">{_esc(url)}</a>'
    return _esc(url)


def release_html(release: Release) -> str:
    """The notebook view of a release (``Release._repr_html_``): title and metadata, a colour
    legend with counts, the text with every extracted span highlighted by field (the hover
    ``title`` gives the normalised value: ISO date, country code, nominative name, amount and
    currency, rule id), then a compact table per non-empty field.

    Self-contained: inline styles, no script, no external resource. Every piece of the release
    (text, names, URL, messages) is HTML-escaped, so a release containing ``<script>`` shows it
    as text. Overlapping spans follow :func:`resolve_overlaps`.
    """
    kept, dropped = resolve_overlaps(highlights(release))
    meta = [
        f"published {_esc(release.published or '?')}",
        _esc(release.publisher or "publisher ?"),
        f"language {_esc(release.language or '?')}",
    ]
    if release.url:
        meta.append(_link(release.url))
    legend = " ".join(
        f'<span class="np-legend np-{f}" style="background:{COLOURS[f]};color:#111;'
        f'padding:0 4px;border-radius:2px">{f} {len(items(release, f))}</span>'
        for f in _SPAN_FIELDS
    )
    note = ""
    if dropped:
        note = (
            f'<div class="np-note" style="font-size:85%;color:#666">{len(dropped)} span(s) '
            "crossing a longer highlight are shown in the tables only</div>"
        )
    tables = "".join(_table(release, f) for f in _SPAN_FIELDS if items(release, f))
    if not tables:
        tables = '<div class="np-empty" style="color:#666">no items extracted</div>'
    return (
        '<div class="newsparse-release" style="font-family:sans-serif;line-height:1.45;'
        'max-width:60em">'
        f'<div class="np-title" style="font-weight:bold;font-size:115%">'
        f"{_esc(release.title or '(no title)')}</div>"
        f'<div class="np-meta" style="color:#555;font-size:90%">{" · ".join(meta)}</div>'
        f'<div class="np-legend-row" style="margin:4px 0">{legend}</div>{note}'
        '<div class="np-text" style="white-space:pre-wrap;max-height:30em;overflow:auto;'
        'border:1px solid #ddd;padding:6px;margin:4px 0">'
        f"{highlighted_text(release.text, kept)}</div>"
        f"{tables}</div>"
    )


# --------------------------------------------------------------------------- rich


def release_rich(release: Release) -> Any:
    """A rich renderable of a release (``Release.__rich__``): header lines and one table per
    non-empty field. Needs the ``display`` extra (rich)."""
    require_extra("rich", "display", "Release.__rich__")
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    parts: list[Any] = [
        Text(release.title or "(no title)", style="bold"),
        Text(
            f"published {release.published or '?'} · {release.publisher or 'publisher ?'} · "
            f"language {release.language or '?'}" + (f" · {release.url}" if release.url else ""),
            style="dim",
        ),
    ]
    for field in _SPAN_FIELDS:
        header, rows = _table_rows(release, field)
        if not rows:
            continue
        table = Table(*header, title=f"{field} ({len(rows)})", title_justify="left")
        for r in rows:
            table.add_row(*(Text("" if v is None else str(v)) for v in r))  # no markup parsing
        parts.append(table)
    return Group(*parts)


__all__ = [
    "COLUMNS",
    "FRAME_FIELDS",
    "Highlight",
    "Item",
    "MissingExtraError",
    "highlighted_text",
    "highlights",
    "release_html",
    "release_rich",
    "release_to_frame",
    "resolve_overlaps",
    "to_frame",
]
