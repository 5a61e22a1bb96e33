"""Language of a release body: langdetect with a fixed seed (deterministic), on letters only."""

from __future__ import annotations

import functools
import threading

import regex

_LETTERS = regex.compile(r"\p{L}+")
_LOCK = threading.Lock()
#: Below this many letters the guess is not trusted (a warning is added, ``None`` returned).
MIN_LETTERS = 20
#: Letters (with single spaces) given to langdetect.
SAMPLE_CHARS = 2000
#: Letters only Latvian writes (Lithuanian, the nearest, has none of them). When they make up
#: this share of the sample's letters and Cyrillic is rare, the body is Latvian without asking
#: langdetect, which costs more than all the extractors together.
_LATVIAN_ONLY = frozenset("āēīļņķģĀĒĪĻŅĶĢ")
_LATVIAN_SHARE = 0.02
_CYRILLIC = regex.compile(r"\p{Cyrillic}")


@functools.cache
def _factory_loaded() -> bool:
    from langdetect import DetectorFactory
    from langdetect.detector_factory import init_factory

    DetectorFactory.seed = 0
    init_factory()
    return True


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text`` (``lv``, ``en``, ``ru`` ...), or None when undecidable.

    Uses up to the first 2,000 characters of letters (a longer sample changes no decision on
    releases and costs more than all the extractors together); deterministic (seeded langdetect).
    """
    words = _LETTERS.findall(text[:8000])
    sample = " ".join(words)[:SAMPLE_CHARS]
    letters = sum(len(w) for w in words)
    if letters < MIN_LETTERS:
        return None
    own = sum(ch in _LATVIAN_ONLY for ch in sample)
    if own >= _LATVIAN_SHARE * len(sample) and len(_CYRILLIC.findall(sample)) < 0.1 * len(sample):
        return "lv"
    _factory_loaded()
    from langdetect import DetectorFactory
    from langdetect.lang_detect_exception import LangDetectException

    with _LOCK:  # the seed is global state in langdetect
        DetectorFactory.seed = 0
        try:
            from langdetect.detector_factory import _factory

            detector = _factory.create()
            detector.append(sample)
            lang: str = detector.detect()
        except LangDetectException:
            return None
    return lang.split("-")[0]
