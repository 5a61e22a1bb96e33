"""Plain-text rendering of a :class:`~newsparse.model.Release` (``newsparse parse --format text``)
and the one-line descriptions of extracted items that every display shares.

Standard library only, so the CLI stays fast: the HTML display and the DataFrames live in
:mod:`newsparse.display` and reuse :func:`describe` for their hover titles.

Offsets are shown as ``[start:end)``: half-open character offsets into ``Release.text``, so
``release.text[start:end]`` is the quoted surface.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Final

from .errors import ConfigError
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
    Span,
)

#: Surfaces longer than this are cut in one-line renderings (quotes run to whole paragraphs).
SNIPPET_CHARS: Final = 90

Item = (
    DateMention
    | Person
    | Country
    | Region
    | Organization
    | Programme
    | Funding
    | Quote
    | ParseWarning
)


def one_line(text: str, limit: int = SNIPPET_CHARS) -> str:
    """``text`` on one line (runs of whitespace -> one space), cut to ``limit`` chars with "…"."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def format_amount(amount: Decimal | None, currency: str | None) -> str:
    """``Decimal("1500000"), "EUR"`` -> ``"1500000 EUR"``; the normalised value, unformatted so
    that it reads back as the same number; ``"?"`` for an amount that was not read."""
    value = "?" if amount is None else format(amount, "f")
    return f"{value} {currency}" if currency else value


def date_value(d: DateMention) -> str:
    """ISO value of a date mention, ``start..end`` for a range (``2020-10-14..2020-10-15``)."""
    return f"{d.value}..{d.end_value}" if d.end_value else d.value


def describe(item: Item) -> str:
    """One line naming what an item was normalised to: the hover title of a highlight.

    >>> describe(Country(code="TJ", name="Tadžikistāna"))
    'country TJ · Tadžikistāna'
    >>> describe(Funding(text="1,5 milj. eiro", start=0, end=14, amount=Decimal("1500000"),
    ...                  currency="EUR", rule="funding.amount_milj"))
    'funding 1500000 EUR · rule funding.amount_milj'
    """
    parts: list[str]
    match item:
        case DateMention():
            parts = [f"date {date_value(item)}", item.precision]
            rule = item.rule
        case Person():
            role = ", ".join(x for x in (item.title, item.organization) if x)
            parts = [f"person {item.name}"] + ([role] if role else [])
            if item.quoted:
                parts.append("quoted")
            rule = ""
        case Country():
            parts, rule = [f"country {item.code}", item.name], ""
        case Region():
            parts, rule = [f"region {item.name}"], ""
        case Organization():
            name = f"{item.name} ({item.acronym})" if item.acronym else item.name
            parts, rule = [f"organization {name}"], ""
        case Programme():
            parts, rule = [f"programme {item.name}"], ""
        case Funding():
            parts = [f"funding {format_amount(item.amount, item.currency)}"]
            if item.funder:
                parts.append(f"funder {item.funder}")
            if item.programme:
                parts.append(f"programme {item.programme}")
            rule = item.rule
        case Quote():
            parts = [f"quote by {item.speaker}" if item.speaker else "quote (speaker unknown)"]
            rule = item.rule
        case ParseWarning():
            parts, rule = [f"warning {item.code}", item.message], ""
    if rule:
        parts.append(f"rule {rule}")
    return " · ".join(parts)


def item_spans(item: Item, text: str) -> tuple[Span, ...]:
    """The spans of ``text`` (the release text) an item covers: its mentions for an entity, its
    own span for a mention, none for a warning without a position."""
    match item:
        case Person() | Country() | Region() | Organization() | Programme():
            return item.mentions
        case ParseWarning():
            if item.start is None or item.end is None:
                return ()
            return (Span(start=item.start, end=item.end, text=text[item.start : item.end]),)
        case _:
            return (Span(start=item.start, end=item.end, text=item.text),)


def items(release: Release, field: str) -> tuple[Item, ...]:
    """``release.<field>`` for a field of :data:`~newsparse.model.ITEM_FIELDS` or ``warnings``."""
    known = (*ITEM_FIELDS, "warnings")
    if field not in known:
        raise ConfigError(f"unknown field {field!r}; one of {', '.join(known)}")
    values: tuple[Item, ...] = getattr(release, field)
    return values


def _at(release: Release, span: Span) -> str:
    surface = release.text[span.start : span.end]
    return f"{one_line(surface)!r} [{span.start}:{span.end})"


def _field_lines(release: Release, field: str) -> Iterator[str]:
    values = items(release, field)
    if not values:
        yield f"{field}: none"
        return
    yield f"{field} ({len(values)})"
    for item in values:
        yield "  " + describe(item)
        for span in item_spans(item, release.text):
            yield "      " + _at(release, span)
        if isinstance(item, Person):
            for span in item.quotes:
                yield "      quote " + _at(release, span)


def render_text(release: Release) -> str:
    """A readable plain-text summary: title, published, publisher, language, url, backend, then
    each field (``dates`` ... ``quotes``, then ``warnings``) with its items, what each was
    normalised to, and every surface with its ``[start:end)`` offsets. Empty fields say ``none``.

    No trailing newline (``print`` adds one).
    """
    title = one_line(release.title or "(no title)", 200)
    lines = [title, "=" * min(len(title), 78)]
    header = {
        "published": release.published,
        "publisher": release.publisher,
        "language": release.language,
        "url": release.url,
        "backend": release.pipeline.backend or None,
    }
    width = max(len(k) for k in header) + 1
    for key, value in header.items():
        lines.append(f"{key + ':':<{width}} {value if value is not None else '-'}")
    for field in (*ITEM_FIELDS, "warnings"):
        lines.append("")
        lines.extend(_field_lines(release, field))
    return "\n".join(lines)
