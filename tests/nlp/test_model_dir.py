"""Finding and checking Stanza model folders, and the backend choice: no model is loaded here
(these checks run before Stanza is imported), so no ``nlp`` marker."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsparse.errors import ConfigError, ModelNotAvailableError, WarningCode
from newsparse.nlp.stanza import check_models, resolve_model_dir

LV = {
    "lv": {
        "lang_name": "Latvian",
        "tokenize": {"lvtb": {}},
        "pos": {"lvtb": {"dependencies": [{"model": "pretrain", "package": "w2v"}]}},
        "lemma": {"lvtb": {}},
        "depparse": {"lvtb": {}},
        "default_processors": {
            "tokenize": "lvtb",
            "pos": "lvtb",
            "lemma": "lvtb",
            "depparse": "lvtb",
        },
    }
}
FILES = ["tokenize/lvtb.pt", "pos/lvtb.pt", "pretrain/w2v.pt", "lemma/lvtb.pt"]


def make_dir(root: Path, files: list[str], resources: object = LV) -> Path:
    """A resources folder layout (file names only: what ``check_models`` looks at)."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "resources.json").write_text(json.dumps(resources), encoding="utf-8")
    for f in files:
        (root / "lv" / f).parent.mkdir(parents=True, exist_ok=True)
        (root / "lv" / f).write_bytes(b"")
    return root


def test_complete_folder(tmp_path: Path) -> None:
    d = make_dir(tmp_path, FILES)
    assert check_models("lv", d) == {"tokenize": "lvtb", "pos": "lvtb", "lemma": "lvtb"}


def test_parser_used_when_present(tmp_path: Path) -> None:
    d = make_dir(tmp_path, [*FILES, "depparse/lvtb.pt"])
    assert check_models("lv", d)["depparse"] == "lvtb"


@pytest.mark.parametrize(
    ("files", "resources", "reason"),
    [
        (FILES, {"en": {}}, "no 'lv' entry"),
        (FILES[:-1], LV, "missing lv/lemma/lvtb.pt"),
        (["tokenize/lvtb.pt", "pos/lvtb.pt", "lemma/lvtb.pt"], LV, "missing lv/pretrain/w2v.pt"),
        (FILES, {"lv": {"default_processors": {"tokenize": "lvtb"}}}, "no default 'pos' model"),
    ],
    ids=["no-language", "missing-lemma", "missing-pretrain", "no-pos-entry"],
)
def test_incomplete_folder(
    tmp_path: Path, files: list[str], resources: object, reason: str
) -> None:
    d = make_dir(tmp_path, files, resources)
    with pytest.raises(ModelNotAvailableError, match=reason) as e:
        check_models("lv", d)
    assert e.value.path == str(d) and e.value.lang == "lv"
    assert "newsparse models download lv" in str(e.value)


def test_missing_folder_and_bad_json(tmp_path: Path) -> None:
    with pytest.raises(ModelNotAvailableError, match="does not exist"):
        check_models("lv", tmp_path / "nowhere")
    with pytest.raises(ModelNotAvailableError, match=r"no resources\.json"):
        check_models("lv", tmp_path)
    (tmp_path / "resources.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelNotAvailableError, match="unreadable"):
        check_models("lv", tmp_path)
    assert issubclass(ModelNotAvailableError, FileNotFoundError)


def test_search_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path / "stanza-env"))
    monkeypatch.delenv("NEWSPARSE_STANZA_DIR", raising=False)
    assert resolve_model_dir() == tmp_path / "stanza-env"
    monkeypatch.setenv("NEWSPARSE_STANZA_DIR", str(tmp_path / "ours"))
    assert resolve_model_dir() == tmp_path / "ours"
    assert resolve_model_dir(tmp_path / "arg") == tmp_path / "arg"


def test_stanza_backend_raises_before_importing_stanza(tmp_path: Path) -> None:
    from newsparse.nlp.stanza import StanzaBackend

    with pytest.raises(ModelNotAvailableError, match=str(tmp_path / "none")):
        StanzaBackend("lv", model_dir=tmp_path / "none")


def test_bad_thread_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsparse.nlp.stanza import _threads_from

    monkeypatch.setenv("NEWSPARSE_THREADS", "many")
    with pytest.raises(ConfigError, match="NEWSPARSE_THREADS"):
        _threads_from(None)
    assert _threads_from(3) == 3
    monkeypatch.delenv("NEWSPARSE_THREADS")
    assert _threads_from(None) is None


# ----------------------------------------------------- backend choice in the public API


def test_stanza_backend_without_models_is_an_error(tmp_path: Path) -> None:
    from newsparse import Parser

    with pytest.raises(ModelNotAvailableError):
        Parser(backend="stanza", stanza_dir=str(tmp_path))


def test_auto_backend_falls_back_to_rules_with_a_warning(tmp_path: Path) -> None:
    from newsparse import Parser

    parser = Parser(backend="auto", stanza_dir=str(tmp_path))
    assert parser.backend.name == "rules"
    release = parser.parse(
        "Ministrs tikās ar vēstnieku Rīgā. Sarunas notika 15.10.2020.", lang="lv"
    )
    assert release.pipeline.backend == "rules"
    w001 = [w for w in release.warnings if w.code == WarningCode.BACKEND_FALLBACK]
    assert len(w001) == 1 and str(tmp_path) in w001[0].message
