"""Regions: supranational regions and groupings named as places ("Eiropa", "Centrālāzija",
"Baltija", "Ziemeļvalstis", "Austrumu partnerība", "Tuvie Austrumi" ...), nominative, each once
with all its mentions.

Rules (ids in the docs and tests; ``Region`` carries no rule field):

- ``region.gazetteer``: ``resources/<lang>/regions.tsv``, every case form generated for
  Latvian; several names may share one canonical region ("Baltijas reģions" -> "Baltija",
  "Vidusāzija" -> "Centrālāzija"); "Baltijas valstis" is "Baltija" by its genitive alone;
- ``region.abbr``: abbreviations as written ("NB8");
- ``region.in_name``: a region word inside the name of an organisation or a programme is not a
  region: "Eiropas Savienība", "Eiropas Komisija", "Apvārsnis Eiropa", "Baltijas Asambleja"
  (the gold guide: the EU is an organisation, not a region). Names come from the organisation
  and programme gazetteers and, for names no list knows, from the shape: a region in the
  genitive right before a capitalised word that does not open a sentence ("Eiropas
  Investīciju banka", "Āfrikas Savienība");
- a region mention overlapping a country mention is dropped (the country wins);
- the filters of :mod:`._geo` (``geo.capital``, ``geo.block``: "Baltijas jūra" is a sea).
"""

from __future__ import annotations

import regex

from ..document import AnnotatedDoc
from ..model import Region, Span
from ._geo import GeoMatch, find_places, geo_lang, region_lexicon, sentence_initial

_NEXT_CAPITALISED = regex.compile(r"[ \u00a0]+(\p{Lu})")


_WINDOW = 160  # characters either side of a region mention searched for a name holding it


def _windows(text: str, found: list[GeoMatch]) -> list[tuple[int, int]]:
    """Merged spans of text around the region mentions, cut at whitespace."""
    out: list[tuple[int, int]] = []
    for m in found:
        a = text.rfind(" ", 0, max(0, m.start - _WINDOW)) + 1
        b = text.find(" ", min(len(text), m.end + _WINDOW))
        b = len(text) if b < 0 else b
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _name_spans(text: str, lang: str, found: list[GeoMatch]) -> list[tuple[int, int]]:
    """Spans of the organisation and programme names the gazetteers know, near the regions."""
    from .organizations import org_lexicon  # loaded on first use, like the other extractors
    from .programmes import gazetteer_matches

    orgs = org_lexicon(lang).names
    spans: list[tuple[int, int]] = []
    for a, b in _windows(text, found):
        part = text[a:b]
        spans += [(a + m.start, a + m.end) for m in orgs.find(part)]
        spans += [(a + m.start, a + m.end) for m in gazetteer_matches(part, lang)]
    return spans


def _opens_name(text: str, m: GeoMatch, places: list[tuple[int, int]]) -> bool:
    """A genitive region right before a capitalised word: the first word of a name."""
    if m.case != "gen":
        return False
    nxt = _NEXT_CAPITALISED.match(text, m.end)
    if nxt is None:
        return False
    return not any(s == nxt.start(1) for s, _ in places) and not sentence_initial(
        text, nxt.start(1)
    )


def find_regions(adoc: AnnotatedDoc) -> list[GeoMatch]:
    """Every region mention of ``adoc``, sorted by start."""
    lang = geo_lang(adoc.language)
    text = adoc.text
    found = find_places(region_lexicon(lang), text, lang, adoc.skip_spans)
    if not found:
        return []
    countries = [(s.start, s.end) for c in adoc.results.get("countries", ()) for s in c.mentions]
    names = _name_spans(text, lang, found)
    places = countries + [(m.start, m.end) for m in found]
    out = []
    for m in found:
        if any(m.start < e and s < m.end for s, e in countries):
            continue
        if any(s <= m.start and m.end <= e for s, e in names):
            continue  # region.in_name (a listed organisation or programme)
        if lang == "lv" and _opens_name(text, m, places):
            continue  # region.in_name (the shape of a name)
        out.append(m)
    return out


def extract_regions(adoc: AnnotatedDoc) -> list[Region]:
    """Regions named in ``adoc``, nominative, each once, in order of first mention."""
    order: list[str] = []
    spans: dict[str, list[Span]] = {}
    for m in find_regions(adoc):
        name = m.entry.name
        if name not in spans:
            order.append(name)
            spans[name] = []
        spans[name].append(Span(start=m.start, end=m.end, text=m.text))
    return [Region(name=n, mentions=tuple(spans[n])) for n in order]
