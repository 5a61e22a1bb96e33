"""The rules backend: Latvian tokenisation fixes, sentences, crude POS, lemmas (no model)."""

from __future__ import annotations

import importlib.util

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.nlp.rules import RulesBackend, abbreviations, lemma_table


@pytest.fixture(scope="module")
def lv() -> RulesBackend:
    return RulesBackend("lv")


def words(backend: RulesBackend, text: str) -> list[str]:
    """Non-whitespace tokens of ``text``."""
    doc = backend.annotate(text)
    assert doc.text == text
    return [t.text for t in doc if not t.is_space]


# (text, expected non-space tokens), grouped by phenomenon
TOKENS = [
    # numeric dates keep their final period (part of the Latvian date)
    ("Sēde notiks 15.10.2020. Rīgā.", ["Sēde", "notiks", "15.10.2020.", "Rīgā", "."]),
    ("Līgums parakstīts 15.10.2020.", ["Līgums", "parakstīts", "15.10.2020."]),
    ("(1.03.2021.)", ["(", "1.03.2021.", ")"]),
    ("termiņš 01.12.2021, ne vēlāk", ["termiņš", "01.12.2021", ",", "ne", "vēlāk"]),
    # ordinals with their period
    ("2020. gada 5. martā", ["2020.", "gada", "5.", "martā"]),
    ("līdz 2020.gadam", ["līdz", "2020.", "gadam"]),
    ("no 2021.gada", ["no", "2021.", "gada"]),
    # ranges
    ("14.-15. oktobrī", ["14.", "-", "15.", "oktobrī"]),
    ("2021.–2027. gadam", ["2021.", "–", "2027.", "gadam"]),
    ("2021.—2027. gads", ["2021.", "—", "2027.", "gads"]),
    ("10-12 dalībnieki", ["10", "-", "12", "dalībnieki"]),
    # hyphenated names and words stay whole; dashes still split
    ("Anna Kalniņa-Lukaševica runāja", ["Anna", "Kalniņa-Lukaševica", "runāja"]),
    ("rakstiet e-pastu", ["rakstiet", "e-pastu"]),
    ("maršruts Rīga–Tallina", ["maršruts", "Rīga", "–", "Tallina"]),
    # programme names with symbols
    ("programma Erasmus+ atbalsta", ["programma", "Erasmus+", "atbalsta"]),
    ("„Erasmus+” projekti", ["„", "Erasmus+", "”", "projekti"]),
    ("Erasmus+.", ["Erasmus+", "."]),
    # amounts and abbreviations
    ("1,5 milj. eiro", ["1,5", "milj.", "eiro"]),
    ("3 mljrd. eiro", ["3", "mljrd.", "eiro"]),
    ("20 tūkst. eiro", ["20", "tūkst.", "eiro"]),
    ("š.g. 5. maijā", ["š.g.", "5.", "maijā"]),
    ("skolas, muzeji u.c. iestādes", ["skolas", ",", "muzeji", "u.c.", "iestādes"]),
    ("t.sk. Latvija", ["t.sk.", "Latvija"]),
    ("prof. Bērziņš", ["prof.", "Bērziņš"]),
    ("Milj. eiro", ["Milj.", "eiro"]),
    # currencies
    ("100 EUR apmērā", ["100", "EUR", "apmērā"]),
    ("5€ un €5", ["5", "€", "un", "€", "5"]),
    ("250EUR", ["250", "EUR"]),
    ("924 410 eiro", ["924", "410", "eiro"]),
    # ordinary punctuation still splits
    ("Ministrija ziņo.", ["Ministrija", "ziņo", "."]),
    ("ASV, Kanāda; Japāna!", ["ASV", ",", "Kanāda", ";", "Japāna", "!"]),
    (
        "“Tas ir svarīgi,” viņš teica.",
        ["“", "Tas", "ir", "svarīgi", ",", "”", "viņš", "teica", "."],
    ),
    ("www.gov.lv un info@iem.gov.lv", ["www.gov.lv", "un", "info@iem.gov.lv"]),
    ("plkst. 15:30", ["plkst.", "15:30"]),
]


@pytest.mark.parametrize(("text", "expected"), TOKENS, ids=[t for t, _ in TOKENS])
def test_tokens(lv: RulesBackend, text: str, expected: list[str]) -> None:
    assert words(lv, text) == expected


WHITESPACE = [
    "dubultā  atstarpe",
    "rinda\njauna rinda",
    "rindkopa\n\nnākamā",
    "tabulācija\tšeit",
    "  sākuma atstarpes",
    "beigu atstarpes  \n",
    "\u00a0neplīstošā\u00a0atstarpe",
    "",
    " ",
    "\n\n",
]


@pytest.mark.parametrize("text", WHITESPACE, ids=[repr(t) for t in WHITESPACE])
def test_text_round_trips(lv: RulesBackend, text: str) -> None:
    doc = lv.annotate(text)
    assert doc.text == text
    for t in doc:
        assert text[t.idx : t.idx + len(t.text)] == t.text


@given(
    st.text(
        alphabet=st.sampled_from(list("aāčēģīķļņšūž AZ.,-–+€„”“\"'()\n\t0123456789:;!?")),
        max_size=80,
    )
)
def test_any_text_round_trips(text: str) -> None:
    doc = RulesBackend("lv").annotate(text)
    assert doc.text == text
    assert [s.start for s in doc.sents][:1] == ([0] if len(doc) else [])


SENTENCES = [
    ("Sēde notika. Tā bija garāka.", ["Sēde notika.", "Tā bija garāka."]),
    ("Vai piedalīsies? Jā!", ["Vai piedalīsies?", "Jā!"]),
    (
        "Sēde notiks 15.10.2020. Ministrs ieradīsies.",
        ["Sēde notiks 15.10.2020.", "Ministrs ieradīsies."],
    ),
    ("Virsraksts\nTeksts sākas šeit.", ["Virsraksts\n", "Teksts sākas šeit."]),
    ("Pirmā rindkopa.\n\nOtrā rindkopa.", ["Pirmā rindkopa.\n\n", "Otrā rindkopa."]),
    # closing quotes stay with their sentence
    ("Viņš teica: „Labi.” Tad aizgāja.", ["Viņš teica: „Labi.”", "Tad aizgāja."]),
    ("“Jā.” Beigas.", ["“Jā.”", "Beigas."]),
    # no split after title abbreviations, short ordinals, lower-case continuations
    ("Runāja prof. Bērziņš.", ["Runāja prof. Bērziņš."]),
    ("Sanāca 13. Saeima.", ["Sanāca 13. Saeima."]),
    ("Piešķirti 1,5 milj. eiro.", ["Piešķirti 1,5 milj. eiro."]),
    ("Summa bija 1,5 milj. Tas ir daudz.", ["Summa bija 1,5 milj.", "Tas ir daudz."]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES, ids=[t for t, _ in SENTENCES])
def test_sentences(lv: RulesBackend, text: str, expected: list[str]) -> None:
    assert [s.text for s in lv.annotate(text).sents] == expected


POS = [
    ("Rīt notiks 5. sēde", "5.", "ADJ"),
    ("Piešķirti 1,5 milj.", "1,5", "NUM"),
    ("Līgums no 15.10.2020.", "15.10.2020.", "NUM"),
    ("100 € apmērā", "€", "SYM"),
    ("Rīga, Latvija", ",", "PUNCT"),
    ("Sēdē runāja Jānis", "Jānis", "PROPN"),
    ("Sēdē piedalījās Latvija", "Latvija", "PROPN"),
    ("Sēde notika", "Sēde", "X"),  # sentence-initial capital: no PROPN guess
    ("Viņš teica: Jā", "Jā", "X"),  # clause-initial after a colon
    ("Tā „Erasmus+” programma", "Erasmus+", "PROPN"),
    ("dubultā  atstarpe", " ", "SPACE"),
]


@pytest.mark.parametrize(("text", "word", "pos"), POS, ids=[f"{t}:{w}" for t, w, _ in POS])
def test_crude_pos(lv: RulesBackend, text: str, word: str, pos: str) -> None:
    doc = lv.annotate(text)
    assert [t.pos_ for t in doc if t.text == word] == [pos]


def test_ordinal_morph(lv: RulesBackend) -> None:
    doc = lv.annotate("5. maijā")
    assert str(doc[0].morph) == "NumType=Ord"


LEMMAS = [
    ("Ministre norādīja", "norādīja", "norādīt"),  # speech verbs: forms listed in the lexicon
    ("kā uzsvēra ministrs", "uzsvēra", "uzsvērt"),
    ("Viņa sacīja", "sacīja", "sacīt"),
    ("ministrs ieradās", "ministrs", "ministrs"),
    ("Marts bija silts", "Marts", "marts"),  # a lower-case lemma for a capitalised common noun
]


@pytest.mark.parametrize(("text", "word", "lemma"), LEMMAS, ids=[w for _, w, _ in LEMMAS])
def test_lemmas(lv: RulesBackend, text: str, word: str, lemma: str) -> None:
    doc = lv.annotate(text)
    assert [t.lemma_ for t in doc if t.text == word] == [lemma]


HAS_INFLECT = importlib.util.find_spec("newsparse.normalize.inflect") is not None

INFLECTED_LEMMAS = [
    ("15. oktobrī", "oktobrī", "oktobris"),
    ("līdz janvārim", "janvārim", "janvāris"),
    ("ministra vizīte", "ministra", "ministrs"),
    ("valsts sekretāres vizīte", "sekretāres", "sekretāre"),
    ("otrdienā notika", "otrdienā", "otrdiena"),
]


@pytest.mark.skipif(not HAS_INFLECT, reason="newsparse.normalize.inflect is not there yet")
@pytest.mark.parametrize(
    ("text", "word", "lemma"), INFLECTED_LEMMAS, ids=[w for _, w, _ in INFLECTED_LEMMAS]
)
def test_inflected_lemmas(lv: RulesBackend, text: str, word: str, lemma: str) -> None:
    doc = lv.annotate(text)
    assert [t.lemma_ for t in doc if t.text == word] == [lemma]


def test_unknown_words_keep_their_surface_as_lemma(lv: RulesBackend) -> None:
    doc = lv.annotate("Zilonis staigāja")
    assert [t.lemma_ for t in doc] == ["Zilonis", "staigāja"]


def test_lemma_table_is_cached_and_deterministic() -> None:
    assert lemma_table("lv") is lemma_table("lv")
    assert lemma_table("en") == {}
    first = dict(lemma_table("lv"))
    lemma_table.cache_clear()
    assert lemma_table("lv") == first


def test_every_abbreviation_is_one_token(lv: RulesBackend) -> None:
    for form in abbreviations("lv"):
        assert words(lv, f"vārds {form} vārds") == ["vārds", form, "vārds"], form


def test_annotate_many_matches_annotate(lv: RulesBackend) -> None:
    texts = ["Sēde notika 5. maijā.", "", "Ministrs norādīja: „Labi.”"]
    many = lv.annotate_many(texts)
    for text, doc in zip(texts, many, strict=True):
        one = lv.annotate(text)
        assert [(t.text, t.lemma_, t.pos_, t.is_sent_start) for t in doc] == [
            (t.text, t.lemma_, t.pos_, t.is_sent_start) for t in one
        ]


def test_english_backend() -> None:
    en = RulesBackend("en")
    doc = en.annotate("The Minister said: “Yes.” Funding of EUR 1.5 million.")
    assert doc.text == "The Minister said: “Yes.” Funding of EUR 1.5 million."
    assert [s.text for s in doc.sents][-1] == "Funding of EUR 1.5 million."
    assert en.name == "rules" and "spacy" in en.version


def test_lower_case_words_of_proper_names_are_not_proper_nouns() -> None:
    from newsparse.nlp.rules import lemma_table

    table = lemma_table("lv")
    assert table["Latvijas"].pos == "PROPN"
    assert table["Valstīm"].lemma == "Valstis"  # "Amerikas Savienotās Valstis"
    for word in ("valstis", "valstīm", "salas", "latvijas"):
        entry = table.get(word)
        assert entry is None or entry.pos != "PROPN", (word, entry)
