"""The Stanza backend on the real Latvian models (../shared/models/stanza-lv)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.nlp

# our own sentences, with the phenomena the bridge must survive
ROUND_TRIP = [
    "Ministre Anna Kalniņa-Lukaševica  tikās ar vēstnieku.",
    "Līgums parakstīts 15.10.2020.",
    "Programmas „Erasmus+” ietvaros piešķirti 1,5 milj. eiro.",
    "“Tas ir svarīgi,” uzsvēra ministrs.",
    "Virsraksts\n\nPirmā rindkopa.\nOtrā rindkopa\tar tabulāciju.",
    "  Sākums ar atstarpēm un beigas ar tām.  \n",
    "Sēde notiks 2020. gada 14.-15. oktobrī Rīgā.",
    "Teksts\u00a0ar neplīstošo atstarpi un  \t jauktām atstarpēm.",
    "",
    "   ",
    "\n",
]


@pytest.mark.parametrize("text", ROUND_TRIP, ids=[repr(t[:25]) for t in ROUND_TRIP])
def test_doc_text_is_the_source_text(stanza_lv: Any, text: str) -> None:
    doc = stanza_lv.annotate(text)
    assert doc.text == text
    for t in doc:
        assert text[t.idx : t.idx + len(t.text)] == t.text
        assert t.lemma_  # every token has a lemma (whitespace: itself)
    assert all(t.pos_ == "SPACE" for t in doc if t.is_space)


WORDS = [
    " ",
    "  ",
    "\n",
    "\n\n",
    "\t",
    "Ministrs",
    "tikās",
    "ar",
    "„",
    "”",
    "15.10.2020.",
    ".",
    ",",
]


@settings(max_examples=15, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), max_size=12))
def test_random_release_like_text_round_trips(stanza_lv: Any, parts: list[str]) -> None:
    text = "".join(parts)
    assert stanza_lv.annotate(text).text == text


def test_annotations(stanza_lv: Any) -> None:
    doc = stanza_lv.annotate("Ministrs tikās ar vēstnieku. Otrais teikums sākas šeit.")
    assert [s.text for s in doc.sents] == [
        "Ministrs tikās ar vēstnieku.",
        "Otrais teikums sākas šeit.",
    ]
    by_text = {t.text: t for t in doc}
    assert by_text["vēstnieku"].lemma_ == "vēstnieks"
    assert by_text["vēstnieku"].pos_ == "NOUN"
    assert by_text["vēstnieku"].morph.get("Case") in (["Acc"], ["Dat"])
    assert by_text["."].pos_ == "PUNCT"
    assert all(t.tag_ for t in doc)  # Latvian XPOS tags are kept


def test_annotate_many_matches_annotate(stanza_lv: Any) -> None:
    texts = ["Pirmais teksts.", "", "Otrais  teksts\nar rindu.", "  "]
    many = stanza_lv.annotate_many(texts)
    assert [d.text for d in many] == texts
    for text, doc in zip(texts, many, strict=True):
        one = stanza_lv.annotate(text)
        assert [(t.text, t.lemma_, t.pos_) for t in doc] == [
            (t.text, t.lemma_, t.pos_) for t in one
        ]


def test_identity_and_cache(stanza_lv: Any, stanza_dir: Any) -> None:
    from newsparse.nlp.stanza import StanzaBackend

    assert stanza_lv.name == "stanza"
    assert stanza_lv.version.startswith("stanza 1.")
    assert "tokenize=lvtb" in stanza_lv.version
    assert stanza_lv.parsed is False  # the shared models have no parser
    again = StanzaBackend("lv", model_dir=stanza_dir)
    assert again.pipeline is stanza_lv.pipeline  # loaded once per process


def test_default_dir_matches_stanza() -> None:
    # both read STANZA_RESOURCES_DIR / the platform cache folder the same way
    from stanza.resources.common import DEFAULT_MODEL_DIR

    from newsparse.nlp.stanza import default_model_dir

    assert str(default_model_dir()) == DEFAULT_MODEL_DIR


def test_threads_setting(stanza_dir: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import torch

    from newsparse.nlp.stanza import StanzaBackend

    before = torch.get_num_threads()
    try:
        monkeypatch.setenv("NEWSPARSE_THREADS", "1")
        assert StanzaBackend("lv", model_dir=stanza_dir).threads == 1
        assert torch.get_num_threads() == 1
        assert StanzaBackend("lv", model_dir=stanza_dir, threads=2).threads == 2
        assert torch.get_num_threads() == 2
    finally:
        torch.set_num_threads(before)
