"""The ordered extractor components, each declaring what it requires, checked when built.

A component reads ``adoc`` (and ``adoc.results`` of the components it requires) and returns a
list; the pipeline stores it in ``adoc.results[name]``. A component may also replace an earlier
result it declared in ``updates`` (``quotes`` marks people as quoted).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from .document import AnnotatedDoc
from .errors import ConfigError, DocumentTimeout, WarningCode


@dataclass(frozen=True, slots=True)
class Component:
    name: str
    module: str
    function: str
    requires: tuple[str, ...] = ()

    def load(self) -> Callable[[AnnotatedDoc], Sequence[Any]]:
        mod = importlib.import_module(f"newsparse.extract.{self.module}")
        func: Callable[[AnnotatedDoc], Sequence[Any]] = getattr(mod, self.function)
        return func


COMPONENTS: tuple[Component, ...] = (
    Component("dates", "dates", "extract_dates"),
    Component("countries", "countries", "extract_countries"),
    Component("regions", "regions", "extract_regions", ("countries",)),
    Component("organizations", "organizations", "extract_organizations", ("countries",)),
    Component("programmes", "programmes", "extract_programmes", ("organizations",)),
    Component(
        "funding", "funding", "extract_funding", ("countries", "organizations", "programmes")
    ),
    Component("people", "people", "extract_people", ("organizations", "countries")),
    Component("quotes", "quotes", "extract_quotes", ("people",)),
)


class Pipeline:
    """Loads every component once; runs them in order on an ``AnnotatedDoc``."""

    def __init__(self, components: Sequence[Component] = COMPONENTS) -> None:
        seen: set[str] = set()
        for c in components:
            missing = [r for r in c.requires if r not in seen]
            if missing:
                raise ConfigError(f"component {c.name!r} requires {missing} to run before it")
            seen.add(c.name)
        self.components = tuple(components)
        self._funcs = [(c, c.load()) for c in components]

    def __call__(self, adoc: AnnotatedDoc) -> AnnotatedDoc:
        for comp, func in self._funcs:
            try:
                adoc.results[comp.name] = list(func(adoc))
            except DocumentTimeout:  # the document's time is up: not an extractor's bug
                raise
            except Exception as e:  # an extractor bug must not lose the document
                adoc.results[comp.name] = []
                adoc.warn(
                    WarningCode.EXTRACTOR_FAILED,
                    f"{comp.name} extractor failed: {type(e).__name__}: {e}",
                )
        return adoc
