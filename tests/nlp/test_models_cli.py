"""``newsparse models download|build|info``.

``download`` cannot succeed here (no network; the conftest guard blocks connections): the test
runs the real ``stanza.download`` call up to the network boundary and checks the typed error and
exit code. ``build`` trains a TINY model on ../shared/data/ud-lvtb with Stanza's own training
scripts (slow: about two minutes on two cores) and loads it with ``StanzaBackend``.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from newsparse.cli import main
from newsparse.errors import ConfigError, NewsparseError
from newsparse.models import (
    BuildSettings,
    ModelDownloadError,
    build_models,
    download_models,
    find_treebank,
    parse_scores,
    write_resources,
)

HAS_STANZA = importlib.util.find_spec("stanza") is not None
UD_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "ud-lvtb"

needs_stanza = pytest.mark.skipif(not HAS_STANZA, reason="the stanza package is not installed")


@needs_stanza
def test_download_fails_with_a_clear_typed_error(tmp_path: Path) -> None:
    with pytest.raises(ModelDownloadError) as e:
        download_models("lv", tmp_path / "models")
    msg = str(e.value)
    assert "could not download Stanza 'lv' models" in msg
    assert str(tmp_path / "models") in msg
    assert "newsparse models build" in msg  # the offline alternative
    assert isinstance(e.value, NewsparseError)


@needs_stanza
def test_download_command_exit_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models", "download", "lv", "--dir", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "ModelDownloadError" in err and "network" in err


def test_models_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models"]) == 2
    assert main(["models", "download", "xx"]) == 2
    assert main(["models", "build", "--out", "x"]) == 2  # --treebank is required
    assert main(["models", "build", "--treebank", "t", "--out", "o", "--steps", "0"]) == 2


def test_info(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models", "info", "--dir", str(tmp_path / "none")]) == 1
    assert "newsparse models download lv" in capsys.readouterr().err
    for proc in ("tokenize", "lemma", "pos"):
        (tmp_path / f"{proc}.pt").write_bytes(b"x")
    layout = {p: (f"tb_{p}", tmp_path / f"{p}.pt") for p in ("tokenize", "lemma", "pos")}
    write_resources(tmp_path / "out", "lv", layout)
    assert main(["models", "info", "--dir", str(tmp_path / "out")]) == 0
    assert "tokenize=tb_tokenize" in capsys.readouterr().out


def test_write_resources_layout(tmp_path: Path) -> None:
    for name in ("t", "l", "p", "w2v"):
        (tmp_path / f"{name}.pt").write_bytes(name.encode())
    layout = {
        "tokenize": ("lvtb", tmp_path / "t.pt"),
        "lemma": ("lvtb_nocharlm", tmp_path / "l.pt"),
        "pos": ("lvtb_nocharlm", tmp_path / "p.pt"),
        "pretrain": ("w2v", tmp_path / "w2v.pt"),
    }
    out = tmp_path / "out"
    write_resources(out, "lv", layout)
    res = json.loads((out / "resources.json").read_text(encoding="utf-8"))["lv"]
    assert res["default_processors"] == {
        "tokenize": "lvtb",
        "lemma": "lvtb_nocharlm",
        "pos": "lvtb_nocharlm",
    }
    assert res["pos"]["lvtb_nocharlm"]["dependencies"] == [{"model": "pretrain", "package": "w2v"}]
    assert (out / "lv" / "pretrain" / "w2v.pt").read_bytes() == b"w2v"
    assert len(res["tokenize"]["lvtb"]["md5"]) == 32


def test_find_treebank(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        find_treebank(tmp_path / "none")
    for split in ("train", "dev"):
        (tmp_path / f"lv_lvtb-ud-{split}.conllu").write_text("", encoding="utf-8")
    with pytest.raises(ConfigError, match="lv_lvtb"):
        find_treebank(tmp_path)  # no test split
    (tmp_path / "lv_lvtb-ud-test.conllu").write_text("", encoding="utf-8")
    short, files = find_treebank(tmp_path)
    assert short == "lv_lvtb" and sorted(files) == ["dev", "test", "train"]


def test_parse_scores() -> None:
    log = (
        "2026-01-01 10:00:00 INFO: Finished running dev set on\n"
        "UD_Latvian-LVTB\n"
        "   UPOS  XPOS UFeats AllTags\n"
        "  90.10 80.20  85.30   79.40\n"
        "2026-01-01 10:00:01 INFO: Finished evaluation\n"
        "Lemma score:\n"
        "lv_lvtb 93.50\n"
    )
    assert parse_scores(log) == {
        "dev": {"UPOS": 90.1, "XPOS": 80.2, "UFeats": 85.3, "AllTags": 79.4, "Lemma": 93.5}
    }


def test_build_rejects_bad_input(tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        build_models(tmp_path, tmp_path / "out", BuildSettings(steps=10))
    assert main(["models", "build", "--treebank", str(tmp_path), "--out", str(tmp_path)]) == 1


@pytest.mark.slow
@pytest.mark.nlp
@needs_stanza
def test_tiny_build_loads_in_stanza_backend(tmp_path: Path) -> None:
    if not UD_DIR.is_dir():
        pytest.skip(f"../shared/data/ud-lvtb is absent ({UD_DIR})")
    from newsparse.nlp.stanza import StanzaBackend

    settings = BuildSettings(steps=20, tokenizer_steps=60, lemma_epochs=1, sentences=200, threads=2)
    out = tmp_path / "models"
    report = build_models(UD_DIR, out, settings)
    assert report.packages == {
        "tokenize": "lvtb",
        "lemma": "lvtb_nocharlm",
        "pos": "lvtb_nocharlm",
    }
    assert set(report.scores["pos"]) == {"dev", "test"}  # scores parsed from Stanza's logs
    assert json.loads((out / "newsparse-build.json").read_text(encoding="utf-8"))["lang"] == "lv"

    backend = StanzaBackend("lv", model_dir=out)
    text = "Ministrs tikās ar vēstnieku  Rīgā.\nOtrais teikums."
    doc = backend.annotate(text)
    assert doc.text == text  # a barely trained model still gives an offset-exact Doc
    assert all(t.lemma_ for t in doc)
