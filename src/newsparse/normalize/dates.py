"""Date normalisation: month names (Latvian in every case, English), ISO rendering, and the
parser of a single date string used for the publication-date line."""

from __future__ import annotations

import datetime as dt
import functools

import regex

from ..lexicon import read_tsv

# Latvian 1st/2nd-declension masculine endings a month name can carry (all cases, sg+pl).
_LV_ENDINGS = ("s", "is", "a", "am", "im", "u", "i", "ā", "ī", "os", "us", "iem")


@functools.cache
def month_lexicon() -> dict[str, int]:
    """Every accepted month word (lower-case) -> month number: Latvian case forms generated from
    the nominative in ``months.tsv`` (with the l->ļ alternation of "aprīlis"), English names and
    abbreviations."""
    out: dict[str, int] = {}
    for row in read_tsv("lv", "months.tsv"):
        n = int(row["number"])
        lv = row["lv"].lower()
        stem = lv[:-2] if lv.endswith("is") else lv[:-1]
        stems = {stem}
        if stem.endswith("l"):  # aprīlis -> aprīļa (2nd declension consonant alternation)
            stems.add(stem[:-1] + "ļ")
        for s in stems:
            for e in _LV_ENDINGS:
                out[s + e] = n
        out[row["en"].lower()] = n
        out[row["en_abbr"].lower()] = n
        out[row["en_abbr"].lower() + "."] = n
    return out


def month_number(word: str) -> int | None:
    """The month a (Latvian or English) month word names, in any case form; else None."""
    return month_lexicon().get(word.lower().strip())


def make_date(year: int, month: int, day: int) -> dt.date | None:
    """A calendar date, or None when it does not exist (31.02.)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_NUMERIC = regex.compile(r"^(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\.?$")
_ISO = regex.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})")
_DAY_MONTH_YEAR = regex.compile(r"^(?P<d>\d{1,2})\.?\s+(?P<mon>\p{L}+\.?),?\s+(?P<y>\d{4})\.?$")
_MONTH_DAY_YEAR = regex.compile(r"^(?P<mon>\p{L}+\.?)\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})$")
_LV_LONG = regex.compile(
    r"^(?P<y>\d{4})\.\s*(?:gada|g\.)\s+(?P<d>\d{1,2})\.\s*(?P<mon>\p{L}+)$", regex.I
)


def parse_date_string(s: str) -> dt.date | None:
    """Parse one whole date string: "15.10.2020.", "2020-10-15", "27 jūnijs 2017",
    "2020. gada 15. oktobrī", "15 October 2020", "October 15, 2020". Anything else: None."""
    s = " ".join(s.split()).strip(" ,;")
    for rx in (_NUMERIC, _ISO):
        m = rx.match(s)
        if m:
            return make_date(int(m["y"]), int(m["m"]), int(m["d"]))
    for rx in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _LV_LONG):
        m = rx.match(s)
        if m:
            mon = month_number(m["mon"])
            if mon is not None:
                return make_date(int(m["y"]), mon, int(m["d"]))
    return None
