"""Stanza output -> spaCy ``Doc``, keeping the source text exactly.

The ``Doc`` is built from Stanza's own character offsets (``token.start_char`` /
``token.end_char``), never from its token strings, so ``doc.text == text`` holds for any input:
double spaces, newlines, tabs, no-break spaces, typographic quotes „“ ”, "Erasmus+".

spaCy stores at most one trailing U+0020 space per token; every other stretch of whitespace
between (or before, or after) tokens becomes a whitespace token of its own (``pos_ == "SPACE"``,
``is_space``), exactly as spaCy's own tokenizer does: ``"a  b"`` -> ``a`` (trailing space),
``" "``, ``b``; ``"a\\n\\nb"`` -> ``a``, ``"\\n\\n"``, ``b``. Characters Stanza skipped that are
not whitespace (rare: control characters) become tokens of their own with ``pos_ == "X"``.

Per token: ``lemma_``, ``pos_`` (UPOS), ``tag_`` (XPOS, Latvian positional tags such as
``ncmsn1``), ``morph`` (UD features), sentence starts, and ``head`` / ``dep_`` when the Stanza
pipeline ran a dependency parser. Whitespace and gap tokens belong to the sentence before them
(leading whitespace to the first sentence) and, with a parse, hang off the nearest real token
with ``dep_ == "dep"``.

Multi-word tokens (one surface token, several syntactic words; Latvian has almost none): the
spaCy token covers the surface token; lemma/UPOS/features come from its first word, the head
from the word whose head lies outside the token.

This module imports neither stanza nor torch: :func:`build_doc` works on plain
:class:`TokenAnnotation` values and :func:`doc_from_stanza` only reads attributes of a Stanza
``Document``. spacy-stanza is deliberately not used (it pins an old Stanza and rewrites the text
when tokens and text do not align).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import BackendError

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

#: ``pos_`` of whitespace tokens (spaCy's own convention).
SPACE_POS = "SPACE"
#: ``pos_`` of non-whitespace characters the tokenizer left out of every token.
GAP_POS = "X"
#: ``dep_`` of whitespace / gap tokens attached to a neighbour in a parsed ``Doc``.
SPACE_DEP = "dep"


@dataclass(frozen=True, slots=True)
class TokenAnnotation:
    """One token as a backend produced it: ``[start, end)`` character offsets into the text.

    ``head`` is the index (into the same annotation sequence) of the syntactic head, or the
    token's own index for a sentence root; ``None`` when there is no parse.
    """

    start: int
    end: int
    lemma: str | None = None
    upos: str | None = None
    xpos: str | None = None
    feats: str | None = None
    head: int | None = None
    dep: str | None = None
    sent_start: bool = False


@functools.cache
def blank_vocab(lang: str) -> Vocab:
    """The vocabulary of ``spacy.blank(lang)`` (language-specific lexical attributes such as
    ``like_num``), shared by every ``Doc`` this process builds for ``lang``."""
    import spacy

    return spacy.blank(lang).vocab


@functools.cache
def _valid_pos() -> frozenset[str]:
    from spacy.parts_of_speech import IDS  # type: ignore[import-not-found]

    return frozenset(k for k in IDS if k)


def _split_gap(gap: str) -> list[tuple[str, bool]]:
    """``gap`` as alternating runs: ``(run, is_whitespace)``."""
    runs: list[tuple[str, bool]] = []
    for ch in gap:
        ws = ch.isspace()
        if runs and runs[-1][1] == ws:
            runs[-1] = (runs[-1][0] + ch, ws)
        else:
            runs.append((ch, ws))
    return runs


def build_doc(
    vocab: Vocab,
    text: str,
    tokens: Sequence[TokenAnnotation],
    *,
    parsed: bool = False,
) -> Doc:
    """A spaCy ``Doc`` whose ``doc.text == text``, from token offsets and annotations.

    ``tokens`` must be sorted, non-empty, non-overlapping ``[start, end)`` spans of ``text``
    (``ValueError`` otherwise). Text between them becomes trailing spaces, whitespace tokens or
    gap tokens (module docstring). ``parsed``: ``tokens`` carry ``head``/``dep``; heads are
    re-indexed onto the ``Doc``'s tokens.
    """
    from spacy.tokens import Doc

    valid_pos = _valid_pos()
    words: list[str] = []
    spaces: list[bool] = []
    lemmas: list[str] = []
    pos: list[str] = []
    tags: list[str] = []
    morphs: list[str] = []
    sent_starts: list[bool] = []
    # real[i]: index into ``tokens`` of Doc token i, or -1 for whitespace / gap tokens
    real: list[int] = []

    def add_filler(run: str, is_ws: bool) -> None:
        if is_ws and run[0] == " " and words and real[-1] >= 0 and not spaces[-1]:
            spaces[-1] = True  # one plain space after a real token is its trailing space
            run = run[1:]
            if not run:
                return
        words.append(run)
        spaces.append(False)
        lemmas.append(run)
        pos.append(SPACE_POS if is_ws else GAP_POS)
        tags.append("_SP" if is_ws else "")
        morphs.append("")
        sent_starts.append(len(words) == 1)  # only leading filler starts a sentence
        real.append(-1)

    cursor = 0
    seen_real = False
    for i, t in enumerate(tokens):
        if t.start < cursor or t.end <= t.start or t.end > len(text):
            raise ValueError(
                f"token {i} [{t.start}, {t.end}) is empty, overlaps the previous one (ends at "
                f"{cursor}) or lies outside the text ({len(text)} characters)"
            )
        for run, is_ws in _split_gap(text[cursor : t.start]):
            add_filler(run, is_ws)
        surface = text[t.start : t.end]
        words.append(surface)
        spaces.append(False)
        lemmas.append(t.lemma if t.lemma else surface)
        p = t.upos or ""
        pos.append(p if p in valid_pos or not p else "X")
        tags.append(t.xpos or "")
        morphs.append(t.feats if t.feats and t.feats != "_" else "")
        # the first real token never starts a sentence when leading whitespace already did
        sent_starts.append(t.sent_start and (seen_real or len(words) == 1))
        seen_real = True
        real.append(i)
        cursor = t.end
    for run, is_ws in _split_gap(text[cursor:]):
        add_filler(run, is_ws)

    if not words:
        return Doc(vocab, words=[], spaces=[])
    sent_starts[0] = True
    kwargs: dict[str, Any] = {
        "words": words,
        "spaces": spaces,
        "lemmas": lemmas,
        "morphs": morphs,
        "tags": tags,
    }
    kwargs["pos"] = pos  # "" (unknown) for real tokens without UPOS
    if parsed and any(r >= 0 for r in real):
        kwargs["heads"], kwargs["deps"] = _heads(tokens, real)
    else:
        kwargs["sent_starts"] = sent_starts
    doc = Doc(vocab, **kwargs)
    if doc.text != text:  # cannot happen unless spaCy changes its whitespace model
        raise BackendError("bridge lost characters: doc.text differs from the source text")
    return doc


def _heads(tokens: Sequence[TokenAnnotation], real: list[int]) -> tuple[list[int], list[str]]:
    """Heads (absolute ``Doc`` indices) and labels; fillers hang off the nearest real token."""
    doc_index = {ti: di for di, ti in enumerate(real) if ti >= 0}
    heads: list[int] = []
    deps: list[str] = []
    first_real = next(di for di, ti in enumerate(real) if ti >= 0)
    last_real = -1
    for di, ti in enumerate(real):
        if ti < 0:
            heads.append(last_real if last_real >= 0 else first_real)
            deps.append(SPACE_DEP)
            continue
        last_real = di
        t = tokens[ti]
        if t.head is None or t.head == ti or t.head not in doc_index:
            heads.append(di)
            deps.append(t.dep or "ROOT")
        else:
            heads.append(doc_index[t.head])
            deps.append(t.dep or "dep")
    return heads, deps


def annotations_from_stanza(sdoc: Any) -> tuple[list[TokenAnnotation], bool]:
    """Token annotations from a processed Stanza ``Document`` and whether it has a parse.

    Offsets are the Stanza tokens' ``start_char``/``end_char``; a token without offsets (only
    from pretokenised input) is an error, since the text could not be reproduced.
    """
    out: list[TokenAnnotation] = []
    parsed = False
    for sent in sdoc.sentences:
        base = len(out)
        # sentence-local word id -> index of its token in ``out``
        word_token: dict[int, int] = {}
        for k, tok in enumerate(sent.tokens):
            for w in tok.words:
                word_token[w.id] = base + k
        for k, tok in enumerate(sent.tokens):
            if tok.start_char is None or tok.end_char is None:
                raise ValueError(f"Stanza token {tok.text!r} has no character offsets")
            words = tok.words
            first = words[0]
            # the word that links this token to the rest of the sentence
            link = next(
                (w for w in words if w.head is None or word_token.get(w.head) != base + k), first
            )
            head: int | None = None
            if link.head is not None:
                parsed = True
                head = base + k if link.head == 0 else word_token.get(link.head, base + k)
            out.append(
                TokenAnnotation(
                    start=tok.start_char,
                    end=tok.end_char,
                    lemma=first.lemma,
                    upos=first.upos,
                    xpos=first.xpos,
                    feats=first.feats,
                    head=head,
                    dep=link.deprel if link.head is not None else None,
                    sent_start=k == 0,
                )
            )
    return out, parsed


def doc_from_stanza(sdoc: Any, vocab: Vocab, text: str | None = None) -> Doc:
    """The spaCy ``Doc`` for a processed Stanza ``Document`` (``text``: its source text,
    default ``sdoc.text``)."""
    anns, parsed = annotations_from_stanza(sdoc)
    return build_doc(vocab, sdoc.text if text is None else text, anns, parsed=parsed)


def docs_from_stanza(sdocs: Iterable[Any], vocab: Vocab) -> list[Doc]:
    """:func:`doc_from_stanza` for each document of a bulk-processed batch."""
    return [doc_from_stanza(d, vocab) for d in sdocs]
