"""People, roles and quotes through both backends: the real Stanza pipeline and the rules backend
fill the same people (nominative names, titles, organisations, quoted) and the same quotes.

Our own release; skipped with a reason when the Stanza models are absent."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsparse import Parser

pytestmark = pytest.mark.nlp

RELEASE = """## Kultūras ministrija stiprina sadarbību ar Igauniju

Publicēts: 12.03.2021.

Otrdien Kultūras ministrijas valsts sekretāre Ilze Vanaga tikās ar Igaunijas vēstnieku Latvijā \
Andresu Tammu, lai pārrunātu sadarbību muzeju jomā.

“Muzeju digitalizācija ir mūsu kopīgā prioritāte,” sarunas laikā uzsvēra I. Vanaga. \
Vēstnieks piebilda, ka nākamgad tiks rīkota kopīga izstāde.

Sanāksmē piedalījās arī finanšu ministram Jānim Bērziņam pakļautās iestādes pārstāvji, un \
Pēteris Ozols, Latvijas Universitātes rektors, atgādināja: „Studentu apmaiņa ir labākais \
ieguldījums nākotnē.“
"""

EXPECTED_PEOPLE = [
    ("Ilze Vanaga", "valsts sekretāre", "Kultūras ministrija", True),
    ("Andress Tamms", "vēstnieks", None, True),
    ("Jānis Bērziņš", "finanšu ministrs", None, False),
    ("Pēteris Ozols", "rektors", "Latvijas Universitāte", True),
]
EXPECTED_QUOTES = [
    ("Muzeju digitalizācija ir mūsu kopīgā prioritāte", "Ilze Vanaga"),
    ("nākamgad tiks rīkota kopīga izstāde.", "Andress Tamms"),
    ("Studentu apmaiņa ir labākais ieguldījums nākotnē.", "Pēteris Ozols"),
]


@pytest.mark.parametrize("backend", ["stanza", "rules"])
def test_people_and_quotes_on_both_backends(backend: str, stanza_dir: Path) -> None:
    release = Parser(backend=backend, stanza_dir=str(stanza_dir)).parse(RELEASE, lang="lv")
    assert release.pipeline.backend == backend
    got = [(p.name, p.title, p.organization, p.quoted) for p in release.people]
    assert got == EXPECTED_PEOPLE
    assert [(q.text, q.speaker) for q in release.quotes] == EXPECTED_QUOTES
    for q in release.quotes:
        assert release.text[q.start : q.end] == q.text
