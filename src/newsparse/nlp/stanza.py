"""The Stanza backend: Stanza's Latvian (or English) models -> spaCy ``Doc`` (see ``bridge``).

The only module of newsparse that imports ``stanza`` (and, through it, ``torch``), and only when
a :class:`StanzaBackend` is built, so ``import newsparse``, ``--help`` and rule tests stay fast.

Models are never downloaded here: the pipeline is built with ``download_method=None`` and the
model files are checked *before* Stanza is imported, so a missing model is a quick
:class:`~newsparse.errors.ModelNotAvailableError` naming the folder and the fix
(``newsparse models download lv`` or ``newsparse models build``).

Where models are looked for, first match wins:

1. the ``model_dir`` argument (``Parser(stanza_dir=...)``, ``--stanza-dir``);
2. the ``NEWSPARSE_STANZA_DIR`` environment variable;
3. Stanza's own default: ``STANZA_RESOURCES_DIR``, else
   ``platformdirs.user_cache_dir("stanza", "StanfordNLP", <stanza version>)/resources`` (the
   same rule as ``stanza.resources.common.DEFAULT_MODEL_DIR``, computed without importing
   Stanza).

A models folder is a Stanza resources directory: ``resources.json`` plus
``<lang>/<processor>/<package>.pt`` (official downloads and ``newsparse models build`` output
alike). Processors: ``tokenize,pos,lemma``, plus ``depparse`` when the folder has a parser.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import BackendError, ConfigError, ModelNotAvailableError
from .bridge import blank_vocab, doc_from_stanza

if TYPE_CHECKING:
    from spacy.tokens import Doc

NAME = "stanza"
#: Processors every newsparse Stanza pipeline needs (the lemmatizer uses the tagger's UPOS).
REQUIRED_PROCESSORS = ("tokenize", "pos", "lemma")
#: Processors used when the models folder has them.
OPTIONAL_PROCESSORS = ("depparse",)
ENV_DIR = "NEWSPARSE_STANZA_DIR"
ENV_THREADS = "NEWSPARSE_THREADS"
#: Documents per Stanza ``bulk_process`` call in :meth:`StanzaBackend.annotate_many`.
BATCH_DOCS = 32


def _stanza_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("stanza")
    except PackageNotFoundError:
        return "unknown"


def default_model_dir() -> Path:
    """Stanza's default resources folder (``STANZA_RESOURCES_DIR`` or the user cache)."""
    env = os.environ.get("STANZA_RESOURCES_DIR")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("stanza", "StanfordNLP", _stanza_version())) / "resources"


def resolve_model_dir(model_dir: str | os.PathLike[str] | None = None) -> Path:
    """Where to look for models: argument > ``NEWSPARSE_STANZA_DIR`` > Stanza's default."""
    if model_dir is not None and str(model_dir):
        return Path(model_dir).expanduser()
    env = os.environ.get(ENV_DIR)
    if env:
        return Path(env).expanduser()
    return default_model_dir()


def _lang_resources(resources: dict[str, Any], lang: str) -> dict[str, Any] | None:
    seen = set()
    entry = resources.get(lang)
    while isinstance(entry, dict) and "alias" in entry and entry["alias"] not in seen:
        seen.add(entry["alias"])
        entry = resources.get(entry["alias"])
    return entry if isinstance(entry, dict) else None


def check_models(
    lang: str,
    model_dir: Path,
    processors: Sequence[str] | None = None,
) -> dict[str, str]:
    """The ``{processor: package}`` to load from ``model_dir``, every file checked to exist.

    ``processors``: exactly these (each must be present); ``None``: ``tokenize,pos,lemma`` plus
    ``depparse`` when the folder has it. Raises ``ModelNotAvailableError`` (lang, path, what is
    missing) otherwise. Reads only ``resources.json`` and file names: no Stanza import.
    """
    res_file = model_dir / "resources.json"
    if not model_dir.is_dir():
        raise ModelNotAvailableError(lang, str(model_dir), "the folder does not exist")
    if not res_file.is_file():
        raise ModelNotAvailableError(lang, str(model_dir), "no resources.json in it")
    try:
        resources = json.loads(res_file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ModelNotAvailableError(lang, str(model_dir), f"unreadable resources.json: {e}") from e
    entry = _lang_resources(resources, lang) if isinstance(resources, dict) else None
    if entry is None:
        raise ModelNotAvailableError(lang, str(model_dir), f"resources.json has no '{lang}' entry")
    defaults: dict[str, Any] = entry.get("default_processors") or {}

    def package_file(proc: str, package: str) -> Path:
        return model_dir / lang / proc / f"{package}.pt"

    def files_for(proc: str) -> tuple[str, list[Path]] | None:
        package = defaults.get(proc)
        if not isinstance(package, str):
            return None
        files = [package_file(proc, package)]
        info = entry.get(proc, {}).get(package, {})
        for dep in info.get("dependencies", []) if isinstance(info, dict) else []:
            if isinstance(dep, dict) and "model" in dep and "package" in dep:
                files.append(package_file(str(dep["model"]), str(dep["package"])))
        return package, files

    wanted = list(processors) if processors is not None else list(REQUIRED_PROCESSORS)
    chosen: dict[str, str] = {}
    for proc in wanted:
        found = files_for(proc)
        if found is None:
            raise ModelNotAvailableError(
                lang, str(model_dir), f"resources.json names no default '{proc}' model"
            )
        package, files = found
        missing = [str(f.relative_to(model_dir)) for f in files if not f.is_file()]
        if missing:
            raise ModelNotAvailableError(lang, str(model_dir), "missing " + ", ".join(missing))
        chosen[proc] = package
    if processors is None:
        for proc in OPTIONAL_PROCESSORS:
            found = files_for(proc)
            if found is not None and all(f.is_file() for f in found[1]):
                chosen[proc] = found[0]
    return chosen


def _threads_from(threads: int | None) -> int | None:
    if threads is not None:
        value: object = threads
    else:
        env = os.environ.get(ENV_THREADS)
        if not env:
            return None
        value = env
    try:
        n = int(str(value))
    except ValueError:
        n = 0
    if n < 1:
        raise ConfigError(f"threads must be a positive integer, got {value!r} ({ENV_THREADS})")
    return n


@functools.cache
def _load_pipeline(
    lang: str, model_dir: str, processors: tuple[tuple[str, str], ...], use_gpu: bool
) -> Any:
    """One Stanza pipeline per (folder, processors, device) per process (loading takes seconds)."""
    try:
        import stanza
    except ImportError as e:  # api.load_backend turns this into a rules fallback for "auto"
        raise ImportError(f"the stanza backend needs the stanza package: {e}") from e
    try:
        return stanza.Pipeline(
            lang,
            dir=model_dir,
            processors=dict(processors),
            download_method=None,  # never touch the network
            logging_level="WARN",
            use_gpu=use_gpu,
        )
    except Exception as e:  # a corrupt or incompatible model file
        raise ModelNotAvailableError(
            lang, model_dir, f"Stanza could not load the models: {type(e).__name__}: {e}"
        ) from e


class StanzaBackend:
    """Annotates text with a Stanza pipeline; returns spaCy ``Doc`` objects (``doc.text == text``).

    ``lang``: Stanza language code (``"lv"``). ``model_dir``: resources folder (see the module
    docstring for the search order). ``processors``: override the processor list.
    ``threads``: torch CPU threads (else ``NEWSPARSE_THREADS``; else torch's default); a
    process-wide setting. ``use_gpu``: run on the GPU when one is present.
    """

    name = NAME

    def __init__(
        self,
        lang: str = "lv",
        *,
        model_dir: str | os.PathLike[str] | None = None,
        processors: Sequence[str] | None = None,
        threads: int | None = None,
        use_gpu: bool = False,
    ) -> None:
        self.lang = lang
        self.model_dir = resolve_model_dir(model_dir)
        self.packages = check_models(lang, self.model_dir, processors)
        n_threads = _threads_from(threads)
        self.pipeline = _load_pipeline(
            lang, str(self.model_dir), tuple(self.packages.items()), use_gpu
        )
        if n_threads is not None:
            import torch

            torch.set_num_threads(n_threads)
        self.threads = n_threads
        self.vocab = blank_vocab(lang)

    @property
    def parsed(self) -> bool:
        """Whether the pipeline has a dependency parser (``Doc`` heads and deps are set)."""
        return "depparse" in self.packages

    @property
    def version(self) -> str:
        models = ",".join(f"{p}={k}" for p, k in self.packages.items())
        return f"stanza {_stanza_version()}; {self.lang} models {models}"

    def annotate(self, text: str) -> Doc:
        """Tokens, sentences, lemmas, UPOS/XPOS, features (and parse) of ``text``."""
        if not text.strip():
            from .bridge import build_doc

            return build_doc(self.vocab, text, [])
        try:
            sdoc = self.pipeline(text)
        except Exception as e:  # surface Stanza failures as a typed error
            raise BackendError(f"Stanza failed: {type(e).__name__}: {e}") from e
        return doc_from_stanza(sdoc, self.vocab, text)

    def annotate_many(self, texts: Iterable[str], *, batch_docs: int = BATCH_DOCS) -> list[Doc]:
        """:meth:`annotate` for many texts, in order, batched through Stanza's
        ``bulk_process`` (``batch_docs`` documents per call)."""
        from stanza import Document

        from .bridge import build_doc

        texts = list(texts)
        out: list[Doc] = []
        for i in range(0, len(texts), batch_docs):
            chunk = texts[i : i + batch_docs]
            todo = [j for j, t in enumerate(chunk) if t.strip()]
            try:
                sdocs = self.pipeline.bulk_process([Document([], text=chunk[j]) for j in todo])
            except Exception as e:
                raise BackendError(f"Stanza failed: {type(e).__name__}: {e}") from e
            by_index = dict(zip(todo, sdocs, strict=True))
            for j, t in enumerate(chunk):
                sd = by_index.get(j)
                if sd is None:
                    out.append(build_doc(self.vocab, t, []))
                else:
                    out.append(doc_from_stanza(sd, self.vocab, t))
        return out
