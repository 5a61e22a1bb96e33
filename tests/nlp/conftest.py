"""Stanza fixtures: ONE session-scoped backend on ../shared/models/stanza-lv (loading takes
seconds). Tests using it are marked ``nlp`` and skip with a reason when the models are absent."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

#: ../shared/models/stanza-lv beside the repository
STANZA_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "models" / "stanza-lv"

HAS_STANZA = importlib.util.find_spec("stanza") is not None


def require_models() -> Path:
    if not HAS_STANZA:
        pytest.skip("the stanza package is not installed")
    if not (STANZA_DIR / "resources.json").is_file():
        pytest.skip(f"Stanza Latvian models are absent ({STANZA_DIR})")
    return STANZA_DIR


@pytest.fixture(scope="session")
def stanza_dir() -> Path:
    return require_models()


@pytest.fixture(scope="session")
def stanza_lv(stanza_dir: Path):  # type: ignore[no-untyped-def]
    from newsparse.nlp.stanza import StanzaBackend

    return StanzaBackend("lv", model_dir=stanza_dir)
