"""Countries: ISO 3166-1 alpha-2 codes from any case form of a Latvian country name (or an
English name in an English release), each code once with all its mentions.

Rules (ids in the docs and tests; ``Country`` carries no rule field):

- ``country.gazetteer``: ``resources/<lang>/countries.tsv`` — every ISO 3166-1 code (plus XK
  Kosova) with its nominative names; Latvian case forms are generated
  (``normalize.inflect.phrase_forms``, coordinated names part by part), so "Tadžikistānas",
  "Amerikas Savienotajās Valstīs" and "Apvienotajā Karalistē" give TJ, US and GB; the
  genitive that names a state inside a longer name ("Latvijas Universitāte", "Ukrainas
  vēstniecība") counts, as the gold guide asks;
- ``country.abbr``: abbreviations as written, case-sensitively ("ASV", "AK", "KTDR");
- the filters of :mod:`._geo` (``geo.capital``: a Latvian hit starts upper-case;
  ``geo.caution_word`` / ``geo.caution_given``: names that are also common words or given
  names; ``geo.block``).

Not countries: languages and peoples ("latviešu valoda", "vācieši" — other words, never in the
gazetteer), a name inside a longer word ("Dienvidlatvijas": token boundaries), a text span the
document marks as skipped (the "Publicēts:" line). English releases use English names,
case-sensitively and uninflected ("Latvia's" is "Latvia" + "'s").
"""

from __future__ import annotations

from ..document import AnnotatedDoc
from ..model import Country, Span
from ._geo import GeoMatch, country_lexicon, find_places, geo_lang


def find_countries(adoc: AnnotatedDoc) -> list[GeoMatch]:
    """Every country mention of ``adoc``, sorted by start."""
    lang = geo_lang(adoc.language)
    return find_places(country_lexicon(lang), adoc.text, lang, adoc.skip_spans)


def extract_countries(adoc: AnnotatedDoc) -> list[Country]:
    """Countries named in ``adoc``, one per ISO code, in order of first mention."""
    order: list[str] = []
    names: dict[str, str] = {}
    spans: dict[str, list[Span]] = {}
    for m in find_countries(adoc):
        code = m.entry.key
        if code not in spans:
            order.append(code)
            names[code] = m.entry.name
            spans[code] = []
        spans[code].append(Span(start=m.start, end=m.end, text=m.text))
    return [Country(code=c, name=names[c], mentions=tuple(spans[c])) for c in order]
