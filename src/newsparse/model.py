"""The record newsparse returns: frozen dataclasses that serialise to plain JSON.

Offsets convention: every ``start``/``end`` is a half-open ``[start, end)`` character offset into
``Release.text``, the exact text that was parsed (never lower-cased or whitespace-normalised), so
``release.text[s.start:s.end] == s.text`` holds for every span-bearing item.

Two levels: *mentions* (a span, the surface, a normalised value, the ``rule`` id that fired) and
*entities* (deduplicated, nominative/canonical, with all their mentions).

``Release.to_dict()`` keys are a public contract (``schema`` = ``newsparse.release/1``); keys may be
added, never renamed. ``Release.from_dict(r.to_dict()) == r``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, Literal

if TYPE_CHECKING:
    import pandas as pd

SCHEMA = "newsparse.release/1"

#: The item fields of a :class:`Release` (lists of extracted items), in ``to_dict()`` order.
#: Displays, frames and the batch Parquet tables all follow this list.
ITEM_FIELDS: Final = (
    "dates",
    "people",
    "countries",
    "regions",
    "organizations",
    "programmes",
    "funding",
    "quotes",
)

Precision = Literal["day", "month"]


def _spans(items: Any) -> tuple[Span, ...]:
    return tuple(Span.from_dict(x) for x in items or ())


@dataclass(frozen=True, slots=True, kw_only=True)
class Span:
    """A piece of ``Release.text``: ``text == release.text[start:end]``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Span:
        return cls(start=int(d["start"]), end=int(d["end"]), text=str(d["text"]))


@dataclass(frozen=True, slots=True, kw_only=True)
class DateMention:
    """A calendar date or range. ``value``/``end_value`` are ISO: ``2020-10-14`` or ``2020-10``."""

    text: str
    start: int
    end: int
    value: str
    end_value: str | None = None
    precision: Precision = "day"
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "end_value": self.end_value,
            "precision": self.precision,
            "rule": self.rule,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> DateMention:
        return cls(
            text=d["text"],
            start=int(d["start"]),
            end=int(d["end"]),
            value=d["value"],
            end_value=d.get("end_value"),
            precision=d.get("precision", "day"),
            rule=d.get("rule", ""),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Person:
    """A named person, nominative ``name``; ``title``/``organization`` nominative or None."""

    name: str
    title: str | None = None
    organization: str | None = None
    quoted: bool = False
    mentions: tuple[Span, ...] = ()
    quotes: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "title": self.title,
            "organization": self.organization,
            "quoted": self.quoted,
            "mentions": [m.to_dict() for m in self.mentions],
            "quotes": [q.to_dict() for q in self.quotes],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Person:
        return cls(
            name=d["name"],
            title=d.get("title"),
            organization=d.get("organization"),
            quoted=bool(d.get("quoted", False)),
            mentions=_spans(d.get("mentions")),
            quotes=_spans(d.get("quotes")),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Country:
    """A sovereign state: ISO 3166-1 alpha-2 ``code`` (XK for Kosovo), Latvian/English ``name``."""

    code: str
    name: str
    mentions: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Country:
        return cls(code=d["code"], name=d["name"], mentions=_spans(d.get("mentions")))


@dataclass(frozen=True, slots=True, kw_only=True)
class Region:
    """A supranational region or grouping named as a place (nominative ``name``)."""

    name: str
    mentions: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "mentions": [m.to_dict() for m in self.mentions]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Region:
        return cls(name=d["name"], mentions=_spans(d.get("mentions")))


@dataclass(frozen=True, slots=True, kw_only=True)
class Organization:
    """A named institution, nominative full ``name`` (or the acronym when only that appears)."""

    name: str
    acronym: str | None = None
    mentions: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "acronym": self.acronym,
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Organization:
        return cls(name=d["name"], acronym=d.get("acronym"), mentions=_spans(d.get("mentions")))


@dataclass(frozen=True, slots=True, kw_only=True)
class Programme:
    """A named funding programme, fund, instrument, plan, project or initiative."""

    name: str
    mentions: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "mentions": [m.to_dict() for m in self.mentions]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Programme:
        return cls(name=d["name"], mentions=_spans(d.get("mentions")))


@dataclass(frozen=True, slots=True, kw_only=True)
class Funding:
    """A reference to money given/allocated/available. ``amount`` in units (``1,5 milj.`` ->
    ``Decimal("1500000")``), serialised as a string; ``currency`` ISO 4217."""

    text: str
    start: int
    end: int
    amount: Decimal | None = None
    currency: str | None = None
    funder: str | None = None
    programme: str | None = None
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "amount": None if self.amount is None else str(self.amount),
            "currency": self.currency,
            "funder": self.funder,
            "programme": self.programme,
            "rule": self.rule,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Funding:
        amount = d.get("amount")
        return cls(
            text=d["text"],
            start=int(d["start"]),
            end=int(d["end"]),
            amount=None if amount is None else Decimal(str(amount)),
            currency=d.get("currency"),
            funder=d.get("funder"),
            programme=d.get("programme"),
            rule=d.get("rule", ""),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Quote:
    """A direct or reported statement; ``speaker``: nominative name of a ``Person``, or None."""

    text: str
    start: int
    end: int
    speaker: str | None = None
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "speaker": self.speaker,
            "rule": self.rule,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quote:
        return cls(
            text=d["text"],
            start=int(d["start"]),
            end=int(d["end"]),
            speaker=d.get("speaker"),
            rule=d.get("rule", ""),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class ParseWarning:
    """A coded oddity found in a document (see ``newsparse.errors.WarningCode``)."""

    code: str
    message: str
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ParseWarning:
        return cls(code=d["code"], message=d["message"], start=d.get("start"), end=d.get("end"))


@dataclass(frozen=True, slots=True, kw_only=True)
class PipelineInfo:
    """Which linguistic backend produced the record (``rules`` or ``stanza``) and versions."""

    backend: str
    version: str

    def to_dict(self) -> dict[str, Any]:
        return {"backend": self.backend, "version": self.version}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> PipelineInfo:
        return cls(backend=d["backend"], version=d["version"])


@dataclass(frozen=True, slots=True, kw_only=True)
class Release:
    """One parsed press release. All spans index into ``text``."""

    text: str
    url: str | None = None
    language: str | None = None
    title: str | None = None
    published: str | None = None
    publisher: str | None = None
    dates: tuple[DateMention, ...] = ()
    people: tuple[Person, ...] = ()
    countries: tuple[Country, ...] = ()
    regions: tuple[Region, ...] = ()
    organizations: tuple[Organization, ...] = ()
    programmes: tuple[Programme, ...] = ()
    funding: tuple[Funding, ...] = ()
    quotes: tuple[Quote, ...] = ()
    warnings: tuple[ParseWarning, ...] = ()
    pipeline: PipelineInfo = field(default_factory=lambda: PipelineInfo(backend="", version=""))
    schema: str = SCHEMA

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON types with a stable key order (the public ``newsparse.release/1`` shape)."""
        return {
            "schema": self.schema,
            "url": self.url,
            "language": self.language,
            "title": self.title,
            "published": self.published,
            "publisher": self.publisher,
            "text": self.text,
            "dates": [x.to_dict() for x in self.dates],
            "people": [x.to_dict() for x in self.people],
            "countries": [x.to_dict() for x in self.countries],
            "regions": [x.to_dict() for x in self.regions],
            "organizations": [x.to_dict() for x in self.organizations],
            "programmes": [x.to_dict() for x in self.programmes],
            "funding": [x.to_dict() for x in self.funding],
            "quotes": [x.to_dict() for x in self.quotes],
            "warnings": [x.to_dict() for x in self.warnings],
            "pipeline": self.pipeline.to_dict(),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Release:
        """Inverse of :meth:`to_dict`."""
        return cls(
            schema=d.get("schema", SCHEMA),
            url=d.get("url"),
            language=d.get("language"),
            title=d.get("title"),
            published=d.get("published"),
            publisher=d.get("publisher"),
            text=d["text"],
            dates=tuple(DateMention.from_dict(x) for x in d.get("dates", ())),
            people=tuple(Person.from_dict(x) for x in d.get("people", ())),
            countries=tuple(Country.from_dict(x) for x in d.get("countries", ())),
            regions=tuple(Region.from_dict(x) for x in d.get("regions", ())),
            organizations=tuple(Organization.from_dict(x) for x in d.get("organizations", ())),
            programmes=tuple(Programme.from_dict(x) for x in d.get("programmes", ())),
            funding=tuple(Funding.from_dict(x) for x in d.get("funding", ())),
            quotes=tuple(Quote.from_dict(x) for x in d.get("quotes", ())),
            warnings=tuple(ParseWarning.from_dict(x) for x in d.get("warnings", ())),
            pipeline=PipelineInfo.from_dict(d.get("pipeline") or {"backend": "", "version": ""}),
        )

    def spans(self) -> list[Span]:
        """Every span-bearing item of the record as a ``Span`` (for checking and display)."""
        out: list[Span] = []
        for d in self.dates:
            out.append(Span(start=d.start, end=d.end, text=d.text))
        for f in self.funding:
            out.append(Span(start=f.start, end=f.end, text=f.text))
        for q in self.quotes:
            out.append(Span(start=q.start, end=q.end, text=q.text))
        for p in self.people:
            out.extend(p.mentions)
            out.extend(p.quotes)
        for ents in (self.countries, self.regions, self.organizations, self.programmes):
            for e in ents:
                out.extend(e.mentions)
        for w in self.warnings:
            if w.start is not None and w.end is not None:
                out.append(Span(start=w.start, end=w.end, text=self.text[w.start : w.end]))
        return out

    def to_frame(self, field: str) -> pd.DataFrame:
        """One field of this release as a pandas DataFrame (``source_id`` 0); see
        :func:`newsparse.to_frame` for fields and columns. Needs the ``pandas`` extra."""
        from .display import release_to_frame

        return release_to_frame(self, field)

    def _repr_html_(self) -> str:
        """The notebook view: the text with every extracted item highlighted by field, then a
        table per field (:func:`newsparse.display.release_html`). Standard library only."""
        from .display import release_html

        return release_html(self)

    def __rich__(self) -> Any:
        """A rich renderable (``rich.print(release)``); needs the ``display`` extra."""
        from .display import release_rich

        return release_rich(self)

    def __repr__(self) -> str:
        head = " ".join((self.title or self.text[:200]).split())
        if len(head) > 60:
            head = head[:59] + "…"
        counts = ", ".join(
            f"{name}={len(getattr(self, name))}"
            for name in ("dates", "people", "countries", "organizations", "programmes", "funding")
        )
        return (
            f"<Release {self.language or '?'} {self.published or '?'} {head!r} ({counts}; "
            f"{len(self.warnings)} warnings)>"
        )
