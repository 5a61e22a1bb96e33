"""Language of a release body: langdetect with a fixed seed (deterministic), on letters only."""

from __future__ import annotations

import functools
import threading

import regex

_LETTERS = regex.compile(r"\p{L}+")
_LOCK = threading.Lock()
#: Below this many letters the guess is not trusted (a warning is added, ``None`` returned).
MIN_LETTERS = 20


@functools.cache
def _factory_loaded() -> bool:
    from langdetect import DetectorFactory
    from langdetect.detector_factory import init_factory

    DetectorFactory.seed = 0
    init_factory()
    return True


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text`` (``lv``, ``en``, ``ru`` ...), or None when undecidable.

    Uses up to the first 5,000 characters of letters; deterministic (seeded langdetect).
    """
    words = _LETTERS.findall(text[:20000])
    sample = " ".join(words)[:5000]
    if sum(len(w) for w in words) < MIN_LETTERS:
        return None
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
