"""The Stanza -> spaCy bridge: ``doc.text == text`` for any whitespace, annotations carried over.

``build_doc`` is tested on plain offsets; ``doc_from_stanza`` on real Stanza ``Document``
objects built from token dictionaries (Stanza's own data structure, no model involved).
"""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.nlp.bridge import TokenAnnotation, blank_vocab, build_doc, doc_from_stanza


def spans(text: str) -> list[TokenAnnotation]:
    """One annotation per whitespace-separated run (a stand-in tokenisation)."""
    out: list[TokenAnnotation] = []
    i = 0
    while i < len(text):
        if text[i].isspace():
            i += 1
            continue
        j = i
        while j < len(text) and not text[j].isspace():
            j += 1
        out.append(TokenAnnotation(i, j, lemma=text[i:j].lower(), upos="X", sent_start=not out))
        i = j
    return out


# (text, expected [(token, whitespace_)]) — the spaCy whitespace model
WHITESPACE = [
    ("a b", [("a", " "), ("b", "")]),
    ("a  b", [("a", " "), (" ", ""), ("b", "")]),
    ("a   b", [("a", " "), ("  ", ""), ("b", "")]),
    ("a\nb", [("a", ""), ("\n", ""), ("b", "")]),
    ("a \nb", [("a", " "), ("\n", ""), ("b", "")]),
    ("a\n\n b", [("a", ""), ("\n\n ", ""), ("b", "")]),
    ("a\tb", [("a", ""), ("\t", ""), ("b", "")]),
    ("a\u00a0b", [("a", ""), ("\u00a0", ""), ("b", "")]),
    ("  a", [("  ", ""), ("a", "")]),
    (" a", [(" ", ""), ("a", "")]),
    ("a ", [("a", " ")]),
    ("a  ", [("a", " "), (" ", "")]),
    ("a\n", [("a", ""), ("\n", "")]),
    ("", []),
    ("   ", [("   ", "")]),
]


@pytest.mark.parametrize(("text", "expected"), WHITESPACE, ids=[repr(t) for t, _ in WHITESPACE])
def test_whitespace_model(text: str, expected: list[tuple[str, str]]) -> None:
    doc = build_doc(blank_vocab("lv"), text, spans(text))
    assert doc.text == text
    assert [(t.text, t.whitespace_) for t in doc] == expected
    assert all(t.pos_ == "SPACE" for t in doc if t.text.isspace())


RELEASE_TEXTS = [
    "Ministre Anna Kalniņa-Lukaševica  tikās ar „Erasmus+” pārstāvjiem.",
    "Līgums parakstīts 15.10.2020.\n\nNākamā rindkopa\tar tabulāciju.",
    "“Tas ir svarīgi,” viņa teica.  \n",
    "\n  Virsraksts\n\n\nTeksts ar  divām atstarpēm un 1,5 milj. eiro.\n",
]


@pytest.mark.parametrize("text", RELEASE_TEXTS, ids=range(len(RELEASE_TEXTS)))
def test_release_text_round_trips(text: str) -> None:
    doc = build_doc(blank_vocab("lv"), text, spans(text))
    assert doc.text == text
    real = [t for t in doc if not t.is_space]
    assert [t.text for t in real] == text.split()
    assert [t.lemma_ for t in real] == [w.lower() for w in text.split()]


@given(st.text(alphabet=st.sampled_from(list("ab„” \n\t\u00a0.")), max_size=60), st.data())
def test_any_split_round_trips(text: str, data: st.DataObject) -> None:
    # split every non-space run at random points: the bridge must not care how
    anns: list[TokenAnnotation] = []
    for a in spans(text):
        cuts = sorted(
            data.draw(st.sets(st.integers(a.start + 1, a.end - 1), max_size=2))
            if a.end - a.start > 1
            else set()
        )
        bounds = [a.start, *cuts, a.end]
        for s, e in itertools.pairwise(bounds):
            anns.append(TokenAnnotation(s, e, sent_start=not anns))
    doc = build_doc(blank_vocab("lv"), text, anns)
    assert doc.text == text
    real = [(t.idx, t.idx + len(t.text)) for t in doc if not t.is_space]
    assert real == [(a.start, a.end) for a in anns]


def test_sentence_starts_and_leading_whitespace() -> None:
    text = "\nViens. Divi."
    anns = [
        TokenAnnotation(1, 6, sent_start=True),
        TokenAnnotation(6, 7),
        TokenAnnotation(8, 12, sent_start=True),
        TokenAnnotation(12, 13),
    ]
    doc = build_doc(blank_vocab("lv"), text, anns)
    assert [s.text_with_ws for s in doc.sents] == ["\nViens. ", "Divi."]


def test_characters_outside_tokens_become_gap_tokens() -> None:
    text = "a\x07b"
    doc = build_doc(blank_vocab("lv"), text, [TokenAnnotation(0, 1), TokenAnnotation(2, 3)])
    assert doc.text == text
    assert [(t.text, t.pos_) for t in doc] == [("a", ""), ("\x07", "X"), ("b", "")]


@pytest.mark.parametrize(
    "anns",
    [
        [TokenAnnotation(0, 2), TokenAnnotation(1, 3)],  # overlap
        [TokenAnnotation(2, 2)],  # empty
        [TokenAnnotation(0, 9)],  # past the end
        [TokenAnnotation(2, 3), TokenAnnotation(0, 1)],  # out of order
    ],
    ids=["overlap", "empty", "past-end", "unsorted"],
)
def test_bad_offsets_raise(anns: list[TokenAnnotation]) -> None:
    with pytest.raises(ValueError, match="token"):
        build_doc(blank_vocab("lv"), "abc", anns)


def test_annotations_carried_over() -> None:
    text = "Ministrs ieradās."
    anns = [
        TokenAnnotation(
            0, 8, "ministrs", "NOUN", "ncmsn1", "Case=Nom|Number=Sing", 1, "nsubj", True
        ),
        TokenAnnotation(9, 16, "ierasties", "VERB", "vmyisa30an", "Mood=Ind", 1, "root"),
        TokenAnnotation(16, 17, ".", "PUNCT", "zs", None, 1, "punct"),
    ]
    doc = build_doc(blank_vocab("lv"), text, anns, parsed=True)
    assert [(t.lemma_, t.pos_, t.tag_, str(t.morph)) for t in doc] == [
        ("ministrs", "NOUN", "ncmsn1", "Case=Nom|Number=Sing"),
        ("ierasties", "VERB", "vmyisa30an", "Mood=Ind"),
        (".", "PUNCT", "zs", ""),
    ]
    assert [(t.head.i, t.dep_) for t in doc] == [(1, "nsubj"), (1, "root"), (1, "punct")]


def test_parse_attaches_whitespace_to_the_previous_token() -> None:
    text = "Jā.\n\nNē."
    anns = [
        TokenAnnotation(0, 2, head=0, dep="root", sent_start=True),
        TokenAnnotation(2, 3, head=0, dep="punct"),
        TokenAnnotation(5, 7, head=2, dep="root", sent_start=True),
        TokenAnnotation(7, 8, head=2, dep="punct"),
    ]
    doc = build_doc(blank_vocab("lv"), text, anns, parsed=True)
    assert doc.text == text
    assert [(t.text, t.head.i, t.dep_) for t in doc] == [
        ("Jā", 0, "root"),
        (".", 0, "punct"),
        ("\n\n", 1, "dep"),
        ("Nē", 3, "root"),
        (".", 3, "punct"),
    ]
    assert [s.text for s in doc.sents] == ["Jā.\n\n", "Nē."]


# ------------------------------------------------------------- real Stanza Documents


def stanza_document(text: str, sentences: list[list[dict[str, Any]]]) -> Any:
    stanza_doc = pytest.importorskip("stanza.models.common.doc")
    return stanza_doc.Document(sentences, text=text)


def w(
    id_: int | tuple[int, int],
    text: str,
    start: int,
    end: int,
    lemma: str | None = None,
    upos: str | None = None,
    feats: str | None = None,
    head: int | None = None,
    deprel: str | None = None,
) -> dict[str, Any]:
    d: dict[str, Any] = {"id": id_, "text": text, "start_char": start, "end_char": end}
    for k, v in (
        ("lemma", lemma),
        ("upos", upos),
        ("feats", feats),
        ("head", head),
        ("deprel", deprel),
    ):
        if v is not None:
            d[k] = v
    return d


def test_doc_from_stanza_document() -> None:
    text = "Ministre  runāja.\nViņa teica: „Labi.”"
    sdoc = stanza_document(
        text,
        [
            [
                w(1, "Ministre", 0, 8, "ministre", "NOUN", "Case=Nom|Gender=Fem|Number=Sing"),
                w(2, "runāja", 10, 16, "runāt", "VERB", "Mood=Ind"),
                w(3, ".", 16, 17, ".", "PUNCT"),
            ],
            [
                w(1, "Viņa", 18, 22, "viņa", "PRON"),
                w(2, "teica", 23, 28, "teikt", "VERB"),
                w(3, ":", 28, 29, ":", "PUNCT"),
                w(4, "„", 30, 31, "„", "PUNCT"),
                w(5, "Labi", 31, 35, "labi", "ADV"),
                w(6, ".", 35, 36, ".", "PUNCT"),
                w(7, "”", 36, 37, "”", "PUNCT"),
            ],
        ],
    )
    doc = doc_from_stanza(sdoc, blank_vocab("lv"))
    assert doc.text == text
    assert [s.text for s in doc.sents] == ["Ministre  runāja.\n", "Viņa teica: „Labi.”"]
    assert doc[0].lemma_ == "ministre" and doc[0].pos_ == "NOUN"
    assert str(doc[0].morph) == "Case=Nom|Gender=Fem|Number=Sing"
    assert doc[1].is_space and doc[1].text == " "


def test_doc_from_stanza_with_parse_and_multiword_token() -> None:
    # a multi-word token (rare in Latvian): "xy" = words x + y; the token keeps the first word's
    # annotations and the head of the word linking it to the sentence
    text = "xy z"
    sentence = [
        {"id": (1, 2), "text": "xy", "start_char": 0, "end_char": 2},
        w(1, "x", 0, 1, "x-lemma", "ADP", None, 2, "case"),
        w(2, "y", 1, 2, "y-lemma", "PRON", None, 3, "obl"),
        w(3, "z", 3, 4, "z-lemma", "VERB", None, 0, "root"),
    ]
    doc = doc_from_stanza(stanza_document(text, [sentence]), blank_vocab("lv"))
    assert doc.text == text
    assert [(t.text, t.lemma_, t.pos_, t.head.i, t.dep_) for t in doc] == [
        ("xy", "x-lemma", "ADP", 1, "obl"),
        ("z", "z-lemma", "VERB", 1, "root"),
    ]
