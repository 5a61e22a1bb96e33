"""``newsparse models ...``: get Stanza models (``download``), train them from a UD treebank
(``build``) and show which ones newsparse would use (``info``).

``download`` is the only newsparse command that uses the network: it wraps
``stanza.download(lang, model_dir=..., processors="tokenize,pos,lemma,depparse")``. Without
network it fails with a :class:`ModelDownloadError` (exit code 1) that says so and names the
offline alternative, ``build``.

``build`` trains the tokenizer, lemmatizer and POS tagger with Stanza's OWN training code, run
as ``python -m stanza.utils.datasets.prepare_<x>_treebank`` and
``python -m stanza.utils.training.run_<x>`` subprocesses with ``UDBASE``/``DATA_ROOT`` pointing
into a work folder (one process per step: Stanza's scripts read ``sys.argv`` and the
environment, and a subprocess frees the step's memory). It then lays out a Stanza resources
folder (``resources.json`` + ``<lang>/<processor>/<package>.pt``) that
``StanzaBackend(model_dir=OUT)`` and ``stanza.Pipeline(dir=OUT, download_method=None)`` load, and
writes ``newsparse-build.json`` (settings, step times, dev/test scores parsed from the logs).

Models are tied to the Stanza version that trained them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .errors import BackendError, ConfigError, ModelNotAvailableError

#: What ``newsparse models download`` fetches.
DOWNLOAD_PROCESSORS = "tokenize,pos,lemma,depparse"
#: Languages with newsparse rules (Stanza itself has many more).
LANGUAGES = ("lv", "en")

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class ModelDownloadError(BackendError):
    """``newsparse models download`` could not fetch the models (usually: no network)."""


# --------------------------------------------------------------------------- download


def download_models(
    lang: str = "lv",
    model_dir: str | os.PathLike[str] | None = None,
    *,
    processors: str = DOWNLOAD_PROCESSORS,
) -> Path:
    """Download Stanza's official models for ``lang`` into ``model_dir`` (default: where
    :class:`~newsparse.nlp.stanza.StanzaBackend` looks) and check them; returns the folder.

    Raises :class:`ModelDownloadError` when Stanza cannot fetch them (no network, unknown
    language, server error) and ``ModelNotAvailableError`` if the result is incomplete.
    """
    from .nlp.stanza import check_models, resolve_model_dir

    target = resolve_model_dir(model_dir)
    try:
        import stanza
    except ImportError as e:
        raise ModelDownloadError(f"downloading models needs the stanza package: {e}") from e
    try:
        stanza.download(lang, model_dir=str(target), processors=processors, logging_level="WARN")
    except Exception as e:  # requests / huggingface_hub / socket errors all end here
        raise ModelDownloadError(
            f"could not download Stanza '{lang}' models into {target}: {type(e).__name__}: {e}. "
            "This command needs network access to Stanza's model hosts; without it, train "
            "models from a UD treebank with `newsparse models build --treebank DIR --out DIR` "
            "and pass --stanza-dir DIR (or set NEWSPARSE_STANZA_DIR)"
        ) from e
    check_models(lang, target)
    return target


# --------------------------------------------------------------------------- build


@dataclass(slots=True)
class BuildSettings:
    """How ``build`` trains. ``steps``: tagger (and tokenizer) optimiser steps;
    ``tokenizer_steps``: tokenizer steps when different (they are ~10x cheaper); ``lemma_epochs``:
    lemmatizer epochs; ``sentences``: use only the first N training sentences (and N // 4 of
    dev/test; ``None``: all); ``pretrain``: a Stanza word-vector ``.pt`` for the tagger (None:
    no pretrained vectors); ``threads``: torch CPU threads per step."""

    steps: int = 2400
    tokenizer_steps: int | None = None
    lemma_epochs: int = 20
    sentences: int | None = None
    pretrain: str | None = None
    threads: int | None = None
    seed: int = 1234


@dataclass(slots=True)
class BuildReport:
    """What ``build`` did: output folder, packages, seconds per step, scores by step/split."""

    out: str
    lang: str
    treebank: str
    stanza: str
    settings: dict[str, Any]
    packages: dict[str, str] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    scores: dict[str, dict[str, dict[str, float]]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


_CONLLU = re.compile(r"^(?P<short>[a-z]{2,3}_[a-z0-9]+)-ud-(?P<split>train|dev|test)\.conllu$")


def find_treebank(treebank_dir: Path) -> tuple[str, dict[str, Path]]:
    """The UD short name (``lv_lvtb``) and the ``{train, dev, test}`` CoNLL-U files in
    ``treebank_dir``; ``ConfigError`` unless all three are there for exactly one treebank."""
    if not treebank_dir.is_dir():
        raise ConfigError(f"treebank folder {treebank_dir} does not exist")
    found: dict[str, dict[str, Path]] = {}
    for p in sorted(treebank_dir.iterdir()):
        m = _CONLLU.match(p.name)
        if m:
            found.setdefault(m["short"], {})[m["split"]] = p
    complete = {k: v for k, v in found.items() if set(v) == {"train", "dev", "test"}}
    if len(complete) != 1:
        raise ConfigError(
            f"{treebank_dir} must hold one UD treebank as "
            f"<lang>_<name>-ud-{{train,dev,test}}.conllu (found: {sorted(found) or 'none'})"
        )
    short = next(iter(complete))
    return short, complete[short]


def _copy_sentences(src: Path, dst: Path, limit: int | None) -> int:
    """Copy the first ``limit`` CoNLL-U sentences (all when ``None``); returns how many."""
    n = 0
    with src.open(encoding="utf-8") as fin, dst.open("w", encoding="utf-8") as fout:
        block: list[str] = []
        for line in fin:
            if line.strip():
                block.append(line)
                continue
            if block:
                fout.writelines(block)
                fout.write("\n")
                n += 1
                block = []
                if limit is not None and n >= limit:
                    return n
        if block and (limit is None or n < limit):
            fout.writelines(block)
            fout.write("\n")
            n += 1
    return n


def _md5(path: Path) -> str:
    h = hashlib.md5()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


_RESULT = re.compile(
    r"Finished running (?P<split>dev|test) set on\s*\n[^\n]*\n(?P<head>[^\n]+)\n(?P<vals>[^\n]+)"
)
_LEMMA_DEV = re.compile(r"Lemma score:\s*\n\S+ (?P<f1>[0-9.]+)")


def parse_scores(log: str) -> dict[str, dict[str, float]]:
    """Scores Stanza's run scripts log: ``{"dev": {"UPOS": 95.1, ...}, "test": {...}}``."""
    out: dict[str, dict[str, float]] = {}
    for m in _RESULT.finditer(log):
        names, values = m["head"].split(), m["vals"].split()
        try:
            out[m["split"]] = {k: float(v) for k, v in zip(names, values, strict=True)}
        except ValueError:
            continue
    for m in _LEMMA_DEV.finditer(log):
        out.setdefault("dev", {})["Lemma"] = float(m["f1"])
    return out


class _Runner:
    """Runs Stanza's scripts as subprocesses with the build's environment, logging each."""

    def __init__(self, work: Path, env: dict[str, str], echo: Callable[[str], None]) -> None:
        self.work, self.env, self.echo = work, env, echo
        (work / "logs").mkdir(parents=True, exist_ok=True)

    def __call__(self, name: str, module: str, args: Sequence[str]) -> tuple[str, float]:
        cmd = [sys.executable, "-m", module, *args]
        self.echo(f"[{name}] {' '.join(cmd[2:])}")
        log_path = self.work / "logs" / f"{name}.log"
        t0 = time.perf_counter()
        with log_path.open("w", encoding="utf-8") as log:
            proc = subprocess.run(
                cmd, cwd=self.work, env=self.env, stdout=log, stderr=subprocess.STDOUT, check=False
            )
        seconds = time.perf_counter() - t0
        text = log_path.read_text(encoding="utf-8", errors="replace")
        if proc.returncode != 0:
            tail = "\n".join(text.splitlines()[-15:])
            raise BackendError(
                f"stanza step {name!r} failed (exit {proc.returncode}); log: {log_path}\n{tail}"
            )
        self.echo(f"[{name}] done in {seconds:.1f} s")
        return text, seconds


def build_models(
    treebank_dir: str | os.PathLike[str],
    out_dir: str | os.PathLike[str],
    settings: BuildSettings | None = None,
    *,
    work_dir: str | os.PathLike[str] | None = None,
    echo: Callable[[str], None] = lambda s: None,
) -> BuildReport:
    """Train tokenizer, lemmatizer and POS tagger on a UD treebank; write a resources folder.

    ``treebank_dir``: holds ``<lang>_<name>-ud-{train,dev,test}.conllu``. ``out_dir``: the
    resources folder to create (existing model files in it are replaced). ``work_dir``: where
    Stanza's data and logs go (default: a temporary folder, removed afterwards).
    """
    s = settings or BuildSettings()
    tok_steps = s.tokenizer_steps or s.steps
    if min(s.steps, tok_steps, s.lemma_epochs) < 1 or (s.sentences is not None and s.sentences < 4):
        raise ConfigError("steps and lemma epochs must be >= 1, sentences >= 4")
    try:
        from stanza.models.common.short_name_to_treebank import canonical_treebank_name
    except ImportError as e:
        raise BackendError(f"building models needs the stanza package: {e}") from e
    from .nlp.stanza import _stanza_version

    short, files = find_treebank(Path(treebank_dir))
    lang, dataset = short.split("_", 1)
    try:
        treebank = canonical_treebank_name(short)
    except Exception:  # a treebank Stanza does not know: name it the UD way
        treebank = f"UD_{lang}-{dataset.upper()}"
    out = Path(out_dir)
    pretrain = Path(s.pretrain) if s.pretrain else None
    if pretrain is not None and not pretrain.is_file():
        raise ConfigError(f"pretrain file {pretrain} does not exist")

    tmp = None if work_dir is not None else tempfile.TemporaryDirectory(prefix="newsparse-build-")
    work = Path(work_dir) if work_dir is not None else Path(tmp.name)  # type: ignore[union-attr]
    try:
        report = _build(treebank, short, lang, dataset, files, out, pretrain, s, work, echo)
    finally:
        if tmp is not None:
            tmp.cleanup()
    report.stanza = _stanza_version()
    (out / "newsparse-build.json").write_text(
        json.dumps(report.to_dict(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return report


def _build(
    treebank: str,
    short: str,
    lang: str,
    dataset: str,
    files: dict[str, Path],
    out: Path,
    pretrain: Path | None,
    s: BuildSettings,
    work: Path,
    echo: Callable[[str], None],
) -> BuildReport:
    ud = work / "ud" / treebank
    ud.mkdir(parents=True, exist_ok=True)
    counts = {}
    for split, src in files.items():
        limit = s.sentences if split == "train" else (s.sentences // 4 if s.sentences else None)
        counts[split] = _copy_sentences(src, ud / src.name, limit)
    echo(f"treebank {treebank}: " + ", ".join(f"{k} {v} sentences" for k, v in counts.items()))

    env = dict(os.environ)
    env.update(
        {
            "UDBASE": str(work / "ud"),
            "DATA_ROOT": str(work / "data"),
            "WORDVEC_DIR": str(work / "wordvec"),
            "STANZA_RESOURCES_DIR": str(work / "stanza_resources"),  # never the user's cache
            "PYTHONUNBUFFERED": "1",
        }
    )
    if s.threads:
        env["OMP_NUM_THREADS"] = env["MKL_NUM_THREADS"] = str(s.threads)
    run = _Runner(work, env, echo)
    saved = work / "saved_models"
    common = ["--force", "--no_charlm", "--seed", str(s.seed)]
    report = BuildReport(
        out=str(out),
        lang=lang,
        treebank=str(files["train"].parent),
        stanza="",
        settings={**asdict(s), "sentences_used": counts},
    )

    def step(
        proc: str, prepare: str, trainer: str, extra: list[str], prep_extra: Sequence[str] = ()
    ) -> Path:
        _, t1 = run(f"prepare-{proc}", f"stanza.utils.datasets.{prepare}", [treebank, *prep_extra])
        log, t2 = run(
            f"train-{proc}",
            f"stanza.utils.training.{trainer}",
            [
                treebank,
                *common,
                "--save_dir",
                str(saved / proc),
                "--save_name",
                f"{proc}.pt",
                *extra,
            ],
        )
        report.seconds[proc] = round(t1 + t2, 1)
        report.scores[proc] = parse_scores(log)
        model = saved / proc / f"{proc}.pt"
        if not model.is_file():
            raise BackendError(f"stanza step train-{proc} saved no model at {model}; see its log")
        return model

    tok_steps = s.tokenizer_steps or s.steps
    tok = step(
        "tokenize",
        "prepare_tokenizer_treebank",
        "run_tokenizer",
        ["--steps", str(tok_steps), "--eval_steps", str(min(200, tok_steps))],
    )
    # gold UPOS in the lemmatizer's data: Stanza's default retags with a downloaded tagger
    lemma = step(
        "lemma",
        "prepare_lemma_treebank",
        "run_lemma",
        ["--num_epoch", str(s.lemma_epochs)],
        ["--gold", "--no_download_tagger"],
    )
    # batch 32 sentences: Stanza's default (250) makes each CPU step ~30x slower for Latvian,
    # whose whole-tag XPOS classifier is a large bilinear layer
    pos_extra = ["--max_steps", str(s.steps), "--eval_interval", str(min(400, s.steps))]
    pos_extra += ["--batch_size", "32", "--log_step", "100"]
    pos_extra += ["--wordvec_pretrain_file", str(pretrain)] if pretrain else ["--no_pretrain"]
    pos = step("pos", "prepare_pos_treebank", "run_pos", pos_extra)

    packages = {"tokenize": dataset, "lemma": f"{dataset}_nocharlm", "pos": f"{dataset}_nocharlm"}
    layout: dict[str, tuple[str, Path]] = {
        "tokenize": (packages["tokenize"], tok),
        "lemma": (packages["lemma"], lemma),
        "pos": (packages["pos"], pos),
    }
    if pretrain is not None:
        packages["pretrain"] = pretrain.stem
        layout["pretrain"] = (pretrain.stem, pretrain)
    write_resources(out, lang, layout)
    report.packages = packages
    return report


_LANG_NAMES = {"lv": "Latvian", "en": "English"}


def write_resources(out: Path, lang: str, layout: dict[str, tuple[str, Path]]) -> None:
    """Copy models into ``out/<lang>/<processor>/<package>.pt`` and write ``resources.json``
    the way Stanza's downloads do (md5 per file, pos -> pretrain dependency, defaults)."""
    from .nlp.stanza import check_models

    entry: dict[str, Any] = {"lang_name": _LANG_NAMES.get(lang, lang)}
    for proc, (package, src) in layout.items():
        dst = out / lang / proc / f"{package}.pt"
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dst)
        entry[proc] = {package: {"md5": _md5(dst)}}
    if "pretrain" in layout and "pos" in layout:
        entry["pos"][layout["pos"][0]]["dependencies"] = [
            {"model": "pretrain", "package": layout["pretrain"][0]}
        ]
    defaults = {p: pkg for p, (pkg, _) in layout.items() if p != "pretrain"}
    entry["default_processors"] = defaults
    entry["packages"] = {"default": dict(defaults)}
    res = out / "resources.json"
    resources: dict[str, Any] = {}
    if res.is_file():  # keep other languages already in the folder
        try:
            resources = json.loads(res.read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            resources = {}
    resources[lang] = entry
    res.write_text(json.dumps(resources, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    check_models(lang, out)


# --------------------------------------------------------------------------- CLI


def _cmd_download(args: argparse.Namespace) -> int:
    target = download_models(args.lang, args.dir)
    print(f"Stanza '{args.lang}' models are in {target}")
    return EXIT_OK


def _cmd_build(args: argparse.Namespace) -> int:
    settings = BuildSettings(
        steps=args.steps,
        tokenizer_steps=args.tokenizer_steps,
        lemma_epochs=args.lemma_epochs,
        sentences=args.sentences,
        pretrain=args.pretrain,
        threads=args.threads,
    )
    report = build_models(
        args.treebank,
        args.out,
        settings,
        work_dir=args.work,
        echo=lambda s: print(s, file=sys.stderr, flush=True),
    )
    print(json.dumps(report.to_dict(), indent=1, ensure_ascii=False))
    return EXIT_OK


def _cmd_info(args: argparse.Namespace) -> int:
    from .nlp.stanza import check_models, resolve_model_dir

    target = resolve_model_dir(args.dir)
    try:
        packages = check_models(args.lang, target)
    except ModelNotAvailableError as e:
        print(f"newsparse: {e}", file=sys.stderr)
        return EXIT_FAILED
    print(f"{target}: " + ", ".join(f"{p}={k}" for p, k in packages.items()))
    return EXIT_OK


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {value!r}")
    return n


def register_cli(subparsers: Any) -> None:
    """Add ``models download|build|info`` to the ``newsparse`` command line."""
    m = subparsers.add_parser("models", help="download, build or inspect Stanza models")
    sub = m.add_subparsers(dest="models_command", metavar="ACTION", required=True)

    d = sub.add_parser("download", help="download Stanza's official models (needs network)")
    d.add_argument("lang", nargs="?", default="lv", choices=LANGUAGES)
    d.add_argument("--dir", default=None, help="resources folder (default: where newsparse looks)")
    d.set_defaults(func=_cmd_download)

    b = sub.add_parser(
        "build",
        help="train tokenizer, lemmatizer and POS tagger from a UD treebank (offline)",
        description="Train Stanza models with Stanza's own training scripts and write a "
        "resources folder that --stanza-dir accepts. Progress goes to stderr, the build "
        "report (times, scores) to stdout and OUT/newsparse-build.json.",
    )
    b.add_argument("--treebank", required=True, help="folder with <lang>_<tb>-ud-*.conllu")
    b.add_argument("--out", required=True, help="resources folder to write")
    b.add_argument("--steps", type=_positive, default=2400, help="tagger (and tokenizer) steps")
    b.add_argument(
        "--tokenizer-steps", type=_positive, default=None, help="tokenizer steps (default: --steps)"
    )
    b.add_argument("--lemma-epochs", type=_positive, default=20, help="lemmatizer epochs")
    b.add_argument("--sentences", type=_positive, default=None, help="train on the first N only")
    b.add_argument("--pretrain", default=None, help="Stanza word-vector .pt for the tagger")
    b.add_argument("--threads", type=_positive, default=None, help="torch threads per step")
    b.add_argument("--work", default=None, help="keep Stanza's data and logs in this folder")
    b.set_defaults(func=_cmd_build)

    i = sub.add_parser("info", help="show the models folder newsparse would use")
    i.add_argument("lang", nargs="?", default="lv", choices=LANGUAGES)
    i.add_argument("--dir", default=None, help="resources folder to check")
    i.set_defaults(func=_cmd_info)
