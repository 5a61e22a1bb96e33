"""The public entry points: :class:`Parser` (holds loaded resources and models for reuse) and
:func:`parse_release` (a cached default ``Parser``)."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, Literal, Protocol, overload

from . import __version__
from .document import AnnotatedDoc
from .errors import ConfigError, ModelNotAvailableError, WarningCode
from .langid import detect_language
from .model import ParseWarning, PipelineInfo, Release
from .options import ParseOptions
from .pipeline import Pipeline
from .publisher import publisher_for_url
from .sources import date_lines, read_source

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .batch.records import Failure
    from .batch.runner import Errors, Item

#: Languages whose rules newsparse has; any other body language is parsed with Latvian rules
#: and flagged with a warning.
SUPPORTED_LANGUAGES = ("lv", "en")


class Backend(Protocol):
    """What a linguistic backend offers (``nlp.rules.RulesBackend``,
    ``nlp.stanza.StanzaBackend``)."""

    name: str

    @property
    def version(self) -> str: ...

    def annotate(self, text: str) -> Doc: ...


def load_backend(options: ParseOptions) -> tuple[Backend, str | None]:
    """The Latvian backend for ``options.backend`` and, for ``auto`` falling back, why."""
    from .nlp.rules import RulesBackend

    if options.backend == "rules":
        return RulesBackend("lv"), None
    try:
        from .nlp.stanza import StanzaBackend
    except ImportError as e:
        if options.backend == "stanza":
            raise ConfigError(f"the stanza backend needs the stanza package: {e}") from e
        return RulesBackend("lv"), f"stanza is not installed ({e}); rules backend used"
    try:
        return StanzaBackend("lv", model_dir=options.stanza_dir), None
    except ModelNotAvailableError as e:
        if options.backend == "stanza":
            raise
        return RulesBackend("lv"), f"{e}; rules backend used"


class Parser:
    """Parses releases; build once, reuse for many documents (models and lexicons stay loaded).

    >>> parser = Parser(backend="rules")
    >>> parser.parse("## Tikšanās Rīgā\\n\\nPublicēts: 15.10.2020.\\n\\nTeksts.").published
    '2020-10-15'
    """

    def __init__(
        self,
        options: ParseOptions | None = None,
        *,
        backend: str | None = None,
        lang: str | None = None,
        reference_date: dt.date | None = None,
        stanza_dir: str | None = None,
        max_chars: int | None = None,
    ) -> None:
        base = options or ParseOptions()
        kwargs: dict[str, Any] = {
            "backend": backend if backend is not None else base.backend,
            "lang": lang if lang is not None else base.lang,
            "reference_date": reference_date if reference_date is not None else base.reference_date,
            "stanza_dir": stanza_dir if stanza_dir is not None else base.stanza_dir,
            "max_chars": max_chars if max_chars is not None else base.max_chars,
        }
        self.options = ParseOptions(**kwargs)
        from .nlp.rules import RulesBackend

        self.backend, self.fallback_reason = load_backend(self.options)
        self._en_backend = RulesBackend("en")
        self.pipeline = Pipeline()

    # ------------------------------------------------------------------ steps

    def annotate(
        self,
        text: str,
        *,
        language: str = "lv",
        published: dt.date | None = None,
        title: str | None = None,
    ) -> AnnotatedDoc:
        """The token layer for ``text`` (no extractors run): for tests and custom pipelines."""
        backend = self._en_backend if language == "en" else self.backend
        return AnnotatedDoc(
            text=text,
            doc=backend.annotate(text),
            language=language,
            published=published,
            reference_date=self.options.reference_date,
            title=title,
        )

    def parse(
        self,
        source: str | bytes,
        *,
        url: str | None = None,
        lang: str | None = None,
        reference_date: dt.date | None = None,
    ) -> Release:
        """Parse one release (plain text, gov.lv Markdown or HTML; ``str`` or ``bytes``).

        Raises ``InputError`` for input that is not a release (empty, binary, too large).
        """
        st = read_source(source, max_chars=self.options.max_chars)
        warnings = list(st.warnings)
        text = st.text
        language = lang or self.options.lang
        if language is None:
            language = detect_language(text)
            if language is None:
                language = "lv"
                warnings.append(
                    ParseWarning(
                        code=WarningCode.LANGUAGE_UNCERTAIN,
                        message="too little text to detect the language; lv assumed",
                    )
                )
        rules_lang = language if language in SUPPORTED_LANGUAGES else "lv"
        if language not in SUPPORTED_LANGUAGES:
            warnings.append(
                ParseWarning(
                    code=WarningCode.LANGUAGE_UNSUPPORTED,
                    message=f"body language {language!r} has no rules of its own; lv rules used",
                )
            )
        adoc = self.annotate(text, language=rules_lang, published=st.published, title=st.title)
        if reference_date is not None:
            adoc.reference_date = reference_date
        adoc.skip_spans.extend(date_lines(text))
        if self.fallback_reason and rules_lang == "lv":
            adoc.warn(WarningCode.BACKEND_FALLBACK, self.fallback_reason)
        self.pipeline(adoc)
        r = adoc.results
        backend = self._en_backend if rules_lang == "en" else self.backend
        final_url = url or st.url
        return Release(
            text=text,
            url=final_url,
            language=language,
            title=st.title,
            published=st.published.isoformat() if st.published else None,
            publisher=publisher_for_url(final_url),
            dates=tuple(r.get("dates", ())),
            people=tuple(r.get("people", ())),
            countries=tuple(r.get("countries", ())),
            regions=tuple(r.get("regions", ())),
            organizations=tuple(r.get("organizations", ())),
            programmes=tuple(r.get("programmes", ())),
            funding=tuple(r.get("funding", ())),
            quotes=tuple(r.get("quotes", ())),
            warnings=tuple(warnings + adoc.warnings),
            pipeline=PipelineInfo(
                backend=backend.name, version=f"newsparse {__version__}; {backend.version}"
            ),
        )

    @overload
    def pipe(
        self,
        sources: Iterable[Item],
        *,
        workers: int = 0,
        timeout: float | None = None,
        errors: Literal["raise"] = "raise",
    ) -> Iterator[Release]: ...

    @overload
    def pipe(
        self,
        sources: Iterable[Item],
        *,
        workers: int = 0,
        timeout: float | None = None,
        errors: Literal["yield"],
    ) -> Iterator[Release | Failure]: ...

    def pipe(
        self,
        sources: Iterable[Item],
        *,
        workers: int = 0,
        timeout: float | None = None,
        errors: Errors = "raise",
    ) -> Iterator[Release] | Iterator[Release | Failure]:
        """Parse many releases, lazily, in input order: the machinery of
        :func:`~newsparse.parse_many` with this parser's options.

        ``sources``: ``str``/``bytes`` releases, ``(source_id, content[, url])`` tuples or
        ``newsparse.batch.Record`` objects. ``workers=0`` (default) parses here with this
        parser; ``workers=N`` in N worker processes, each building a parser with the same
        options (the script needs an ``if __name__ == "__main__":`` guard). ``timeout``: seconds
        per document (``None``: no limit). ``errors="raise"``: the first document that fails
        raises (``InputError`` for input that is not a release, ``DocumentTimeout`` ...), as
        :meth:`parse` would; ``errors="yield"``: a :class:`~newsparse.Failure` takes its place
        and the run goes on.

        >>> parser = Parser(backend="rules")
        >>> texts = ["## A\\n\\nPublicēts: 15.10.2020.\\n\\nTeksts.", "Teksts bez datuma.", b""]
        >>> [r.published for r in parser.pipe(texts[:2])]
        ['2020-10-15', None]
        >>> [type(r).__name__ for r in parser.pipe(texts, errors="yield")]
        ['Release', 'Release', 'Failure']
        """
        from .batch.runner import iter_parsed

        outcomes = iter_parsed(
            sources, workers=workers, timeout=timeout, parser=self, errors=errors
        )
        return (oc.result for oc in outcomes)


@functools.lru_cache(maxsize=8)
def _default_parser(backend: str) -> Parser:
    return Parser(backend=backend)


def parse_release(
    source: str | bytes,
    *,
    url: str | None = None,
    lang: str | None = None,
    backend: str = "auto",
    reference_date: dt.date | None = None,
) -> Release:
    """Parse one press release into a :class:`~newsparse.model.Release`.

    ``source``: plain text, gov.lv Markdown or a gov.lv HTML page (``str`` or ``bytes``).
    ``url``: where it came from (fills ``publisher``). ``lang``: force the language.
    ``backend``: ``auto`` | ``rules`` | ``stanza``. ``reference_date``: infer missing years from it
    when the release has no publication date.
    """
    ParseOptions(backend=backend)  # validate early, with a typed error
    parser = _default_parser(backend)
    return parser.parse(source, url=url, lang=lang, reference_date=reference_date)
