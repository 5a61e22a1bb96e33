"""Dates extractor: tables by phenomenon, on our own sentences.

Each case is ``(text, expected)`` with ``expected`` a list of ``(span text, value, end_value)``;
the anchor date (publication date) is given per table. Every test also checks the span invariant
``text[start:end] == mention.text`` and the start order.
"""

from __future__ import annotations

import datetime as dt
import functools

import pytest

from lv_month_forms import HAND_FORMS
from newsparse.document import AnnotatedDoc
from newsparse.errors import WarningCode
from newsparse.extract.dates import (
    MENTION_RULES,
    extract_dates,
    month_windows,
    rules_for,
    sentence_starts,
)
from newsparse.model import DateMention
from newsparse.normalize.dates import (
    lv_month_forms,
    lv_noun_forms,
    month_number,
    nearest_year,
    parse_date_string,
)
from newsparse.sources import find_published

Expected = list[tuple[str, str, str | None]]

PUB = dt.date(2020, 10, 15)  # the anchor of most tables


@functools.cache
def _backend(lang: str):  # type: ignore[no-untyped-def]
    from newsparse.nlp.rules import RulesBackend

    return RulesBackend(lang)


def annotate(
    text: str,
    *,
    language: str = "lv",
    published: dt.date | None = PUB,
    reference_date: dt.date | None = None,
) -> AnnotatedDoc:
    """The AnnotatedDoc the pipeline would hand over (rules backend), without the other
    extractors: the dates extractor reads only the text, language and anchor dates."""
    return AnnotatedDoc(
        text=text,
        doc=_backend(language).annotate(text),
        language=language,
        published=published,
        reference_date=reference_date,
    )


def run(text: str, **kw: object) -> tuple[list[DateMention], AnnotatedDoc]:
    adoc = annotate(text, **kw)  # type: ignore[arg-type]
    mentions = extract_dates(adoc)
    for m in mentions:
        assert text[m.start : m.end] == m.text
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    return mentions, adoc


def triples(mentions: list[DateMention]) -> Expected:
    return [(m.text, m.value, m.end_value) for m in mentions]


def _table(rows: list[tuple[str, str, Expected]]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize(
        ("text", "expected"), [(t, e) for _id, t, e in rows], ids=[i for i, _t, _e in rows]
    )


# --------------------------------------------------------------------------- Latvian, one day

LV_DAY: list[tuple[str, str, Expected]] = [
    (
        "full",
        "Līgums tika parakstīts 2019. gada 3. decembrī Rīgā.",
        [("2019. gada 3. decembrī", "2019-12-03", None)],
    ),
    (
        "full-no-spaces",
        "Vizīte notika 2019.gada 3.decembrī Tallinā.",
        [("2019.gada 3.decembrī", "2019-12-03", None)],
    ),
    (
        "full-g-abbrev",
        "Sēde sasaukta 2018. g. 7. maijā.",
        [("2018. g. 7. maijā", "2018-05-07", None)],
    ),
    (
        "full-month-abbrev",
        "Termiņš: 2021. g. 12. okt.",
        [("2021. g. 12. okt.", "2021-10-12", None)],
    ),
    (
        "full-capitals",
        "SĒDE 2021. GADA 12. OKTOBRĪ",
        [("2021. GADA 12. OKTOBRĪ", "2021-10-12", None)],
    ),
    (
        "nominative-heading",
        "Rīga, 2022. gada 1. marts",
        [("2022. gada 1. marts", "2022-03-01", None)],
    ),
    (
        "genitive",
        "Kopš 2022. gada 1. marta skolās strādā jauni skolotāji.",
        [("2022. gada 1. marta", "2022-03-01", None)],
    ),
    (
        "dative",
        "Pieteikumus pieņem līdz 2022. gada 31. martam.",
        [("2022. gada 31. martam", "2022-03-31", None)],
    ),
    (
        "accusative",
        "Sanāksme pārcelta uz 2022. gada 15. aprīli.",
        [("2022. gada 15. aprīli", "2022-04-15", None)],
    ),
    (
        "locative-alternated-stem",
        "Vēstnieks ieradās 2021. gada 9. aprīlī.",
        [("2021. gada 9. aprīlī", "2021-04-09", None)],
    ),
    (
        "genitive-alternated-stem",
        "No 2021. gada 9. aprīļa darbojas jauns birojs.",
        [("2021. gada 9. aprīļa", "2021-04-09", None)],
    ),
    ("day-month-year-nominative", "Rīgā, 27 jūlijs 2018", [("27 jūlijs 2018", "2018-07-27", None)]),
    (
        "year-after-comma",
        "5. maijs, 2016: forums Liepājā",
        [("5. maijs, 2016", "2016-05-05", None)],
    ),
    (
        "no-space-inferred",
        "Ministre 12.janvārī apmeklēja Valmieru.",
        [("12.janvārī", "2021-01-12", None)],
    ),
    (
        "glued-to-word",
        "attels18.septembrī ministrs uzrunāja skolēnus.",
        [("18.septembrī", "2020-09-18", None)],
    ),
    (
        "two-dates-one-sentence",
        "Tikšanās notika 2019. gada 5. martā un 7. martā.",
        [("2019. gada 5. martā", "2019-03-05", None), ("7. martā", "2019-03-07", None)],
    ),
    (
        "every-mention-kept",
        "Termiņš ir 2020. gada 1. novembris; atkārtoju: 2020. gada 1. novembris.",
        [
            ("2020. gada 1. novembris", "2020-11-01", None),
            ("2020. gada 1. novembris", "2020-11-01", None),
        ],
    ),
]

# Every month in the locative, genitive and dative (tests/lv_month_forms.py, hand-written):
# "5. janvārī", "5. janvāra", "5. janvārim" ...
MONTH_FORMS = [
    (
        f"{month}-{case}",
        f"Darbs jāpabeidz 2023. gada 5. {form}.",
        [(f"2023. gada 5. {form}", f"2023-{month:02d}-05", None)],
    )
    for month, forms in HAND_FORMS.items()
    for case, form in zip(("loc", "gen", "dat"), forms, strict=True)
]

LV_WEEKDAY: list[tuple[str, str, Expected]] = [
    (
        "weekday-adverb-capital",
        "Ceturtdien, 8. oktobrī, ministre tiksies ar rektoriem.",
        [("Ceturtdien, 8. oktobrī", "2020-10-08", None)],
    ),
    (
        "weekday-mid-sentence",
        "Ministrs piektdien, 16. oktobrī, apmeklēs Cēsis.",
        [("piektdien, 16. oktobrī", "2020-10-16", None)],
    ),
    (
        "weekday-locative",
        "Sestdienā, 17. oktobrī notiks talka.",
        [("Sestdienā, 17. oktobrī", "2020-10-17", None)],
    ),
    (
        "weekday-with-year",
        "Pirmdien, 2020. gada 12. oktobrī, sākās mācības.",
        [("Pirmdien, 2020. gada 12. oktobrī", "2020-10-12", None)],
    ),
    (
        "weekday-not-adjacent",
        "Otrdien notika sēde, bet 20. oktobrī būs nākamā.",
        [("20. oktobrī", "2020-10-20", None)],
    ),
]

LV_RANGE: list[tuple[str, str, Expected]] = [
    (
        "day-range-hyphen",
        "Forums notiks 2020. gada 14.-15. oktobrī Jelgavā.",
        [("2020. gada 14.-15. oktobrī", "2020-10-14", "2020-10-15")],
    ),
    (
        "day-range-en-dash",
        "Forums notiks 2020. gada 14.–15. oktobrī.",
        [("2020. gada 14.–15. oktobrī", "2020-10-14", "2020-10-15")],
    ),
    (
        "day-range-spaced-dash",
        "Kursi notiks 20. – 22. oktobrī.",
        [("20. – 22. oktobrī", "2020-10-20", "2020-10-22")],
    ),
    (
        "day-range-inferred",
        "Izstāde būs atvērta 21.-23. oktobrī.",
        [("21.-23. oktobrī", "2020-10-21", "2020-10-23")],
    ),
    (
        "day-range-no-space-nominative-tail-year",
        "3.-4.jūnijs, 2014: ministru sanāksme Viļņā",
        [("3.-4.jūnijs, 2014", "2014-06-03", "2014-06-04")],
    ),
    (
        "day-range-no-lidz",
        "Konkurss ilgs no 3. līdz 9. novembrim.",
        [("no 3. līdz 9. novembrim", "2020-11-03", "2020-11-09")],
    ),
    (
        "cross-month-dash",
        "Vizīte ilgs no 30. septembrī – 2. oktobrī.",
        [("30. septembrī – 2. oktobrī", "2020-09-30", "2020-10-02")],
    ),
    (
        "cross-month-no-lidz",
        "Pieteikšanās notiek no 1. oktobra līdz 15. novembrim.",
        [("no 1. oktobra līdz 15. novembrim", "2020-10-01", "2020-11-15")],
    ),
    (
        "full-both-years",
        "Projekts ilgst no 2018. gada 1. februāra līdz 2022. gada 30. novembrim.",
        [("no 2018. gada 1. februāra līdz 2022. gada 30. novembrim", "2018-02-01", "2022-11-30")],
    ),
    (
        "end-year-only",
        "Programma darbojas no 1. marta līdz 2021. gada 15. aprīlim.",
        [("no 1. marta līdz 2021. gada 15. aprīlim", "2021-03-01", "2021-04-15")],
    ),
    (
        "start-year-only-cross-year",
        "Brīvdienas būs no 2020. gada 28. decembra līdz 3. janvārim.",
        [("no 2020. gada 28. decembra līdz 3. janvārim", "2020-12-28", "2021-01-03")],
    ),
    (
        "numeric-day-range",
        "Pasākums notiks 14.-15.10.2020. Daugavpilī.",
        [("14.-15.10.2020.", "2020-10-14", "2020-10-15")],
    ),
    (
        "numeric-cross-month",
        "Reģistrācija 30.09.-2.10.2020 tiešsaistē.",
        [("30.09.-2.10.2020", "2020-09-30", "2020-10-02")],
    ),
    (
        "numeric-full-range",
        "Izstāde atvērta 10.12.2020–15.12.2020 muzejā.",
        [("10.12.2020–15.12.2020", "2020-12-10", "2020-12-15")],
    ),
    (
        "numeric-cross-year",
        "Birojs slēgts 30.12.-2.01.2021 svētku dēļ.",
        [("30.12.-2.01.2021", "2020-12-30", "2021-01-02")],
    ),
    (
        "full-range-dash",
        "Mācību gads ilgst 2019. gada 1. septembra – 2020. gada 31. maija periodā.",
        [("2019. gada 1. septembra – 2020. gada 31. maija", "2019-09-01", "2020-05-31")],
    ),
    (
        "month-range-dash",
        "Remonts notiks 2021. gada jūlijā–augustā.",
        [("2021. gada jūlijā–augustā", "2021-07", "2021-08")],
    ),
    (
        "day-list-two-mentions",
        "Konsultācijas notiks 7. un 8. oktobrī.",
        [("7.", "2020-10-07", None), ("8. oktobrī", "2020-10-08", None)],
    ),
    (
        "month-range-years",
        "Darbi notiks no 2020. gada oktobra līdz 2021. gada martam.",
        [("no 2020. gada oktobra līdz 2021. gada martam", "2020-10", "2021-03")],
    ),
]

LV_MONTH: list[tuple[str, str, Expected]] = [
    (
        "year-month-locative",
        "Stratēģiju pieņēma 2019. gada novembrī.",
        [("2019. gada novembrī", "2019-11", None)],
    ),
    (
        "year-month-genitive-no-space",
        "Pēc 2019.gada novembra sanāksmes sākās darbs.",
        [("2019.gada novembra", "2019-11", None)],
    ),
    (
        "year-month-no-space-locative",
        "Padome sanāca 2014.gada maijā.",
        [("2014.gada maijā", "2014-05", None)],
    ),
    (
        "relative-month",
        "Šā gada martā ministrija izsludināja konkursu.",
        [("Šā gada martā", "2020-03", None)],
    ),
    ("bare-locative", "Novembrī ministrija rīkos semināru.", [("Novembrī", "2020-11", None)]),
    (
        "month-range-bare",
        "Darbi notiks oktobrī–decembrī, ja laiks atļaus.",
        [("oktobrī–decembrī", "2020-10", "2020-12")],
    ),
    ("bare-genitive-end", "Rezultāti būs zināmi decembra beigās.", [("decembra", "2020-12", None)]),
]

LV_RELATIVE: list[tuple[str, str, Expected]] = [
    (
        "sg-abbrev",
        "Ziņojums iesniegts š.g. 24. februārī.",
        [("š.g. 24. februārī", "2020-02-24", None)],
    ),
    (
        "sg-abbrev-spaced",
        "Ziņojums iesniegts š. g. 24. februārī.",
        [("š. g. 24. februārī", "2020-02-24", None)],
    ),
    ("sa-gada", "Vēstule nosūtīta šā gada 2. jūlijā.", [("šā gada 2. jūlijā", "2020-07-02", None)]),
    (
        "pern",
        "Līdzīga sanāksme notika pērn 11. novembrī.",
        [("pērn 11. novembrī", "2019-11-11", None)],
    ),
    (
        "nakama-gada",
        "Likums stāsies spēkā nākamā gada 1. janvārī.",
        [("nākamā gada 1. janvārī", "2021-01-01", None)],
    ),
]

NUMERIC: list[tuple[str, str, Expected]] = [
    (
        "dmy-final-period",
        "Rīkojums izdots 15.10.2020. un stājās spēkā.",
        [("15.10.2020.", "2020-10-15", None)],
    ),
    (
        "dmy-no-final-period",
        "Rīkojums izdots 15.10.2020 un stājās spēkā.",
        [("15.10.2020", "2020-10-15", None)],
    ),
    ("single-digit-day", "Sēde 5.03.2024 sāksies Rīgā.", [("5.03.2024", "2024-03-05", None)]),
    ("zero-padded", "Lēmums Nr. 7 pieņemts 05.03.2024.", [("05.03.2024.", "2024-03-05", None)]),
    ("iso", "Datu kopa atjaunota 2021-06-30 vakarā.", [("2021-06-30", "2021-06-30", None)]),
]

ENGLISH: list[tuple[str, str, Expected]] = [
    (
        "dmy",
        "On 3 May 2022, the State Secretary visited Tallinn.",
        [("3 May 2022", "2022-05-03", None)],
    ),
    (
        "mdy",
        "The agreement was signed on March 9, 2021 in Riga.",
        [("March 9, 2021", "2021-03-09", None)],
    ),
    (
        "ordinal-of",
        "The forum opens on the 21st of October 2020.",
        [("21st of October 2020", "2020-10-21", None)],
    ),
    (
        "day-range-mdy",
        "The summit takes place October 20-21, 2020.",
        [("October 20-21, 2020", "2020-10-20", "2020-10-21")],
    ),
    (
        "day-range-dmy",
        "The course runs 20–22 October 2020 online.",
        [("20–22 October 2020", "2020-10-20", "2020-10-22")],
    ),
    (
        "from-to",
        "Registration is open from 2 to 9 November.",
        [("from 2 to 9 November", "2020-11-02", "2020-11-09")],
    ),
    (
        "between-and",
        "Talks will be held between 2 and 4 November 2020.",
        [("between 2 and 4 November 2020", "2020-11-02", "2020-11-04")],
    ),
    (
        "cross-month",
        "The exhibition runs from 30 September to 4 October 2020.",
        [("from 30 September to 4 October 2020", "2020-09-30", "2020-10-04")],
    ),
    (
        "month-year",
        "The strategy was adopted in November 2019.",
        [("November 2019", "2019-11", None)],
    ),
    (
        "day-month-inferred",
        "The minister will travel to Vilnius on 19 October.",
        [("19 October", "2020-10-19", None)],
    ),
    (
        "month-day-inferred",
        "The report is due on October 30.",
        [("October 30", "2020-10-30", None)],
    ),
    (
        "weekday",
        "On Monday, 19 October 2020, the ministers met.",
        [("Monday, 19 October 2020", "2020-10-19", None)],
    ),
    ("bare-month-after-in", "The call will open in December.", [("December", "2020-12", None)]),
    ("abbreviation", "Deadline: 2 Nov. 2020", [("2 Nov. 2020", "2020-11-02", None)]),
]

NOT_DATES: list[tuple[str, str]] = [
    ("bare-year-locative", "Reforma sākās 2020. gadā un turpināsies 2021. gadā."),
    ("bare-year-genitive", "Kopš 2015. gada Latvija vada šo darba grupu."),
    ("year-range-hyphen", "Plānošanas periodā 2021.-2027. gada fondi būs pieejami."),
    ("year-range-en-dash", "Valdība apstiprināja programmu 2021.–2027. gadam."),
    ("year-range-month-word-after", "Periodā 2021.-2027. gada martā nekas nav plānots."),
    ("decimal", "Inflācija sasniedza 4,63 procentus."),
    ("percentage", "Budžets pieauga par 12,5 %."),
    ("times", "Seminārs sāksies plkst. 10.00 un beigsies 12.30."),
    ("weekday-alone", "Otrdien ministrs tiksies ar studentiem."),
    ("ordinal-before-acronym", "Vilnā notika 3. ES un Baltijas valstu forums."),
    ("grade-range", "Konkursā var piedalīties 8.-10. klases skolēni."),
    ("century-range", "Izstāde veltīta 19.–20. gadsimta mākslai."),
    ("count-then-noun", "Rīgā ieradās 25 valstu pārstāvji."),
    ("names-like-month-genitive", "Koncertā dziedāja Marta Ozola un Maija Liepa."),
    ("name-augusts", "Konkursu uzvarēja Augusts Kalniņš."),
    ("section-numbers", "Skatīt 2.3. punktu un 4.1. apakšpunktu."),
    ("english-modal-may", "The ministry may 5 times a year review it."),
    ("capitalised-genitive-month-name", "Maija beigās rezultāti netika apkopoti."),
    ("numbered-list-of-names", "Laureāti: 1. Jānis Ozols, 2. Marta Liepa, 3. Maija Bērziņa."),
    ("school-year", "Reforma sāksies 2021./2022. mācību gadā."),
    ("double-given-name", "Balvu saņēma Marta-Maija Kalniņa."),
]

YEAR_INFERENCE: list[tuple[str, str, dt.date | None, Expected]] = [
    # anchor: the nearest year (about six months either way)
    (
        "anchor-same-year",
        "Konference notika 14. oktobrī.",
        dt.date(2020, 10, 15),
        [("14. oktobrī", "2020-10-14", None)],
    ),
    (
        "anchor-previous-december",
        "Sēde notika 20. decembrī.",
        dt.date(2024, 1, 5),
        [("20. decembrī", "2023-12-20", None)],
    ),
    (
        "anchor-next-january",
        "Sēde notiks 15. janvārī.",
        dt.date(2023, 12, 20),
        [("15. janvārī", "2024-01-15", None)],
    ),
    (
        "anchor-under-six-months-ahead",
        "Festivāls notiks 5. jūlijā.",
        dt.date(2020, 1, 15),
        [("5. jūlijā", "2020-07-05", None)],
    ),
    (
        "anchor-over-six-months-ahead",
        "Festivāls notika 1. augustā.",
        dt.date(2020, 1, 15),
        [("1. augustā", "2019-08-01", None)],
    ),
    (
        "anchor-month-precision",
        "Martā tika atvērta skola.",
        dt.date(2021, 1, 10),
        [("Martā", "2021-03", None)],
    ),
    (
        "anchor-cross-year-range",
        "Brīvdienas ilgs 29. decembrī – 2. janvārī.",
        dt.date(2023, 12, 20),
        [("29. decembrī – 2. janvārī", "2023-12-29", "2024-01-02")],
    ),
    # a date phrase with its year in the same sentence beats the anchor
    (
        "sentence-date-phrase",
        "Pēc 2018. gada 3. aprīļa sēdes tikšanās notika 10. maijā.",
        dt.date(2020, 10, 15),
        [("2018. gada 3. aprīļa", "2018-04-03", None), ("10. maijā", "2018-05-10", None)],
    ),
    # a date phrase LATER in the sentence loses to the anchor ...
    (
        "later-phrase-loses-to-anchor",
        "22. jūnijā parakstīja līgumu, par ko vienojās 2016. gada oktobrī.",
        dt.date(2017, 6, 27),
        [("22. jūnijā", "2017-06-22", None), ("2016. gada oktobrī", "2016-10", None)],
    ),
    # ... and is used without one
    (
        "later-phrase-without-anchor",
        "22. jūnijā parakstīja līgumu, par ko vienojās 2016. gada oktobrī.",
        None,
        [("22. jūnijā", "2016-06-22", None), ("2016. gada oktobrī", "2016-10", None)],
    ),
    # a bare year in the sentence: used only without an anchor
    (
        "bare-year-without-anchor",
        "Piektdien, 12. aprīlī, atklās izstādi “Agro 2025” Rāmavā.",
        None,
        [("Piektdien, 12. aprīlī", "2025-04-12", None)],
    ),
    (
        "bare-year-loses-to-anchor",
        "Kopš 2015. gada sadarbība turpinās, un 22. jūnijā ministri tikās.",
        dt.date(2017, 6, 27),
        [("22. jūnijā", "2017-06-22", None)],
    ),
    (
        "bare-year-initial-does-not-split",
        "Ministrs A. Kalniņš “Forumā 2022” 14. jūnijā uzstāsies.",
        None,
        [("14. jūnijā", "2022-06-14", None)],
    ),
    (
        "relative-phrase-uses-anchor",
        "Pērn 5. maijā līgums tika pagarināts.",
        dt.date(2024, 2, 1),
        [("Pērn 5. maijā", "2023-05-05", None)],
    ),
]


# --------------------------------------------------------------------------- tests


@_table(LV_DAY)
def test_lv_single_day(text: str, expected: Expected) -> None:
    assert triples(run(text)[0]) == expected


@_table(MONTH_FORMS)
def test_lv_month_case_forms(text: str, expected: Expected) -> None:
    assert triples(run(text)[0]) == expected


@_table(LV_WEEKDAY)
def test_lv_weekday_joins_span(text: str, expected: Expected) -> None:
    assert triples(run(text)[0]) == expected


@_table(LV_RANGE)
def test_lv_ranges(text: str, expected: Expected) -> None:
    assert triples(run(text)[0]) == expected


@_table(LV_MONTH)
def test_lv_month_precision(text: str, expected: Expected) -> None:
    mentions, _ = run(text)
    assert triples(mentions) == expected
    assert all(m.precision == "month" for m in mentions)


@_table(LV_RELATIVE)
def test_lv_relative_years(text: str, expected: Expected) -> None:
    assert triples(run(text)[0]) == expected


@_table(NUMERIC)
def test_numeric(text: str, expected: Expected) -> None:
    assert triples(run(text)[0]) == expected


@_table(ENGLISH)
def test_english(text: str, expected: Expected) -> None:
    assert triples(run(text, language="en")[0]) == expected


@pytest.mark.parametrize("text", [t for _i, t in NOT_DATES], ids=[i for i, _t in NOT_DATES])
def test_not_dates(text: str) -> None:
    lang = "en" if text.startswith("The ") else "lv"
    mentions, adoc = run(text, language=lang)
    assert mentions == []
    assert adoc.warnings == []


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [(t, a, e) for _i, t, a, e in YEAR_INFERENCE],
    ids=[i for i, *_ in YEAR_INFERENCE],
)
def test_year_inference(text: str, anchor: dt.date | None, expected: Expected) -> None:
    assert triples(run(text, published=anchor)[0]) == expected


def test_reference_date_beats_published() -> None:
    mentions, _ = run(
        "Sēde notika 20. decembrī.",
        published=dt.date(2024, 6, 1),
        reference_date=dt.date(2021, 12, 30),
    )
    assert triples(mentions) == [("20. decembrī", "2021-12-20", None)]


# --------------------------------------------------------------------------- warnings

WARNINGS: list[tuple[str, str, dt.date | None, str, str]] = [
    (
        "invalid-numeric",
        "Dokuments datēts 31.02.2020. un reģistrēts.",
        PUB,
        WarningCode.INVALID_DATE,
        "31.02.2020.",
    ),
    (
        "invalid-named",
        "Sēde notiks 2021. gada 30. februārī.",
        PUB,
        WarningCode.INVALID_DATE,
        "2021. gada 30. februārī",
    ),
    (
        "reversed-range",
        "Nometne notiks 2022. gada 15.-12. maijā.",
        PUB,
        WarningCode.INVALID_DATE,
        "2022. gada 15.-12. maijā",
    ),
    (
        "no-year-no-anchor",
        "Trešdien, 4. novembrī, valdība lēma par programmu 2021.–2027. gadam.",
        None,
        WarningCode.YEAR_UNRESOLVED,
        "Trešdien, 4. novembrī",
    ),
    (
        "year-in-other-sentence",
        "Plāns pieņemts 2019. gadā. Sanāksme notiks 4. maijā.",
        None,
        WarningCode.YEAR_UNRESOLVED,
        "4. maijā",
    ),
    (
        "relative-without-anchor",
        "Sēde notiks šā gada 4. maijā.",
        None,
        WarningCode.YEAR_UNRESOLVED,
        "šā gada 4. maijā",
    ),
]


@pytest.mark.parametrize(
    ("text", "anchor", "code", "span"), [w[1:] for w in WARNINGS], ids=[w[0] for w in WARNINGS]
)
def test_warnings_instead_of_mentions(
    text: str, anchor: dt.date | None, code: str, span: str
) -> None:
    mentions, adoc = run(text, published=anchor)
    assert mentions == []
    assert [(w.code, text[w.start or 0 : w.end or 0]) for w in adoc.warnings] == [(code, span)]


def test_publication_line_is_skipped() -> None:
    text = "Jauna kārtība skolām\n\nPublicēts: 15.10.2020.\n\nMinistrija 2020. gada 14. oktobrī apstiprināja kārtību."
    adoc = annotate(text, published=PUB)
    _, line = find_published(text)
    assert line is not None
    adoc.skip_spans.append(line)
    assert triples(extract_dates(adoc)) == [("2020. gada 14. oktobrī", "2020-10-14", None)]


def test_rule_ids_and_precision() -> None:
    mentions, _ = run("2020. gada 14.-15. oktobrī, 16. oktobrī un 2020. gada novembrī.")
    assert [(m.rule, m.precision) for m in mentions] == [
        ("date.lv_day_range", "day"),
        ("date.lv_day_month", "day"),
        ("date.lv_year_month", "month"),
    ]


# --------------------------------------------------------------------------- known failures

XFAIL: list[tuple[str, str, Expected]] = [
    (
        "mixed-precision-range",
        "Darbi ilgs no 2020. gada 1. oktobra līdz decembrim.",
        [("no 2020. gada 1. oktobra līdz decembrim", "2020-10-01", "2020-12")],
    ),
]


@pytest.mark.xfail(strict=True, reason="known gap: see the XFAIL table")
@_table(XFAIL)
def test_known_failures(text: str, expected: Expected) -> None:
    assert triples(run(text)[0]) == expected


DAY_LISTS: list[tuple[str, str, Expected]] = [
    (
        "comma-list-of-days",
        "Konsultācijas notiks 14., 15. un 16. oktobrī.",
        [
            ("14.", "2020-10-14", None),
            ("15.", "2020-10-15", None),
            ("16. oktobrī", "2020-10-16", None),
        ],
    ),
    (
        "two-days",
        "Seminārs notiks 3. un 4. novembrī.",
        [("3.", "2020-11-03", None), ("4. novembrī", "2020-11-04", None)],
    ),
]


@_table(DAY_LISTS)
def test_day_lists(text: str, expected: Expected) -> None:
    assert triples(run(text)[0]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Meetings are planned for 14 and 15 October.",
            [("14", "2020-10-14", None), ("15 October", "2020-10-15", None)],
        ),
        (
            "Visits on 2, 3 and 4 December.",
            [
                ("2", "2020-12-02", None),
                ("3", "2020-12-03", None),
                ("4 December", "2020-12-04", None),
            ],
        ),
        (
            "The talks were held on November 9 and 10.",
            [("November 9", "2020-11-09", None), ("10", "2020-11-10", None)],
        ),
    ],
    ids=["two-days", "three-days", "month-first"],
)
def test_english_day_lists(text: str, expected: Expected) -> None:
    mentions, _ = run(text, language="en")
    assert triples(mentions) == expected


# --------------------------------------------------------------------------- normalisation


def test_month_paradigms_match_hand_written_tables() -> None:
    assert lv_noun_forms("aprīlis") == {
        ("nom", "sg"): "aprīlis",
        ("gen", "sg"): "aprīļa",
        ("dat", "sg"): "aprīlim",
        ("acc", "sg"): "aprīli",
        ("loc", "sg"): "aprīlī",
        ("nom", "pl"): "aprīļi",
        ("gen", "pl"): "aprīļu",
        ("dat", "pl"): "aprīļiem",
        ("acc", "pl"): "aprīļus",
        ("loc", "pl"): "aprīļos",
    }
    assert lv_noun_forms("marts") == {
        ("nom", "sg"): "marts",
        ("gen", "sg"): "marta",
        ("dat", "sg"): "martam",
        ("acc", "sg"): "martu",
        ("loc", "sg"): "martā",
        ("nom", "pl"): "marti",
        ("gen", "pl"): "martu",
        ("dat", "pl"): "martiem",
        ("acc", "pl"): "martus",
        ("loc", "pl"): "martos",
    }
    assert lv_noun_forms("oktobris")[("gen", "sg")] == "oktobra"  # -ris: no alternation


def test_month_forms_agree_with_shared_inflect() -> None:
    inflect = pytest.importorskip("newsparse.normalize.inflect", reason="inflect.py not landed yet")
    ours = lv_month_forms()
    for lemma in ("janvāris", "marts", "aprīlis", "jūnijs", "oktobris"):
        theirs = inflect.noun_forms(lemma)
        for key in (("gen", "sg"), ("dat", "sg"), ("acc", "sg"), ("loc", "sg")):
            assert theirs[key] in ours, (lemma, key, theirs[key])


@pytest.mark.parametrize(
    ("word", "month"),
    [
        ("oktobrī", 10),
        ("Aprīļa", 4),
        ("martam", 3),
        ("okt.", 10),
        ("September", 9),
        ("sept.", 9),
        ("jūnijs", 6),
        ("maijs", 5),
        ("otrdien", None),
        ("gadā", None),
    ],
)
def test_month_number(word: str, month: int | None) -> None:
    assert month_number(word) == month


@pytest.mark.parametrize(
    ("anchor", "month", "day", "year"),
    [
        (dt.date(2020, 10, 15), 10, 14, 2020),
        (dt.date(2024, 1, 5), 12, 20, 2023),
        (dt.date(2023, 12, 20), 1, 15, 2024),
        (dt.date(2020, 1, 15), 7, 5, 2020),
        (dt.date(2020, 1, 15), 8, 1, 2019),
        (dt.date(2021, 1, 10), 3, None, 2021),
        (dt.date(2020, 10, 15), 4, None, 2020),  # exactly six months: the anchor year
        (dt.date(2021, 3, 1), 2, 29, 2020),  # 29 February exists only in 2020
    ],
)
def test_nearest_year(anchor: dt.date, month: int, day: int | None, year: int) -> None:
    assert nearest_year(anchor, month, day) == year


@pytest.mark.parametrize(
    ("s", "expected"),
    [
        ("15.10.2020.", dt.date(2020, 10, 15)),
        ("27 jūnijs 2017", dt.date(2017, 6, 27)),
        ("2020. gada 15. oktobrī", dt.date(2020, 10, 15)),
        ("2020.g. 15.okt.", dt.date(2020, 10, 15)),
        ("15 October 2020", dt.date(2020, 10, 15)),
        ("October 15, 2020", dt.date(2020, 10, 15)),
        ("2020-10-15", dt.date(2020, 10, 15)),
        ("31.02.2020.", None),
        ("rīt", None),
    ],
)
def test_parse_date_string(s: str, expected: dt.date | None) -> None:
    assert parse_date_string(s) == expected


def test_sentence_starts_skip_initials_and_ordinals() -> None:
    text = "Ministrs A. Bērziņš ieradās 2. ES forumā. Nākamā teikuma sākums.\nJauna rindkopa."
    starts = sentence_starts(text)
    assert [text[s : s + 6] for s in starts] == ["Minist", "Nākamā", "Jauna "]


def test_month_windows_stay_on_their_line_and_cover_the_date() -> None:
    text = "Virsraksts bez datuma\nSanāksme notiks 2020. gada 14. oktobrī Rīgā.\nCita rinda."
    windows = month_windows(text, "lv")
    assert len(windows) == 1
    s, e = windows[0]
    assert text[s:e] == "Sanāksme notiks 2020. gada 14. oktobrī Rīgā."
    assert month_windows("Šeit nav neviena mēneša, tikai 2020. gads.", "lv") == []


def test_every_documented_rule_fires_on_its_example() -> None:
    fired: set[str] = set()
    for rule, example in MENTION_RULES.items():
        lang = "en" if rule.startswith("date.en_") else "lv"
        text = example.split(" (")[0]
        text = f"in {text}" if rule == "date.en_month_bare" else text
        mentions, _ = run(text, language=lang)
        fired.update(m.rule for m in mentions)
        assert rule in {m.rule for m in mentions}, (rule, triples(mentions))
    assert fired <= set(MENTION_RULES)


def test_rule_ids_unique() -> None:
    for lang in ("lv", "en"):
        ids = [r.id for r in rules_for(lang)]
        assert len(ids) == len(set(ids))
