"""Time the people and quotes extractors on a ~2 KB synthetic Latvian release (our own
sentences), as milliseconds per release and as a ratio against bare tokenisation
(``spacy.blank("lv")``) of the same text, measured in the same process.

    .venv/bin/python bench/bench_people.py [--repeat 200]

The earlier components (dates ... funding) run once first, so ``people`` sees the organisation
and country mentions it needs; then people + quotes are timed together (quotes needs people),
after a warm-up call that builds the role and given-name lexicons (and once more with the
name-form caches emptied, as if every surname were new). Each round runs the bare
tokeniser and the extractors in alternation, and the minimum of each is kept (the machine is
shared). Prints what was found, so a change in either is visible at a glance.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

import spacy

from newsparse.document import AnnotatedDoc
from newsparse.extract import people as people_module
from newsparse.extract.people import extract_people
from newsparse.extract.quotes import extract_quotes
from newsparse.nlp.rules import RulesBackend
from newsparse.pipeline import COMPONENTS

PARAGRAPHS = [
    "Otrdien Kultūras ministrijas valsts sekretāre Ilze Vanaga tikās ar Igaunijas Kultūras "
    "ministrijas atbildīgo sekretāru Andresu Tammu, lai pārrunātu sadarbību muzeju jomā.",
    "“Muzeju digitalizācija ir mūsu kopīgā prioritāte, un pieredzes apmaiņa palīdz abām pusēm "
    "strādāt efektīvāk,” sarunas laikā uzsvēra I. Vanaga.",
    "Sanāksmē piedalījās arī finanšu ministrs Jānis Bērziņš un Latvijas vēstnieks Igaunijā "
    "Māris Liepiņš. Ministrs norāda, ka nākamā gada budžetā kultūrai paredzēts vairāk līdzekļu.",
    "Pēteris Ozols, Latvijas Universitātes rektors, atgādināja: „Studentu apmaiņa ir labākais "
    "ieguldījums nākotnē.“ Pēc Ozola teiktā, universitāte paplašinās sadarbību ar partneriem.",
    "Vizītes noslēgumā ministrs tiksies ar biedrības “Zaļā josta” prezidentu Marku Dibuā (Marc "
    "Dubois) un direktori Amēliju Ruso, lai pārrunātu vides izglītības projektus skolās.",
    "„Skolēni ir ļoti zinoši un ieinteresēti,“ pēc tikšanās sacīja Anna Kalniņa-Ozola. Viņa "
    "piebilda, ka programma “Zaļā skola” turpināsies arī nākamajā mācību gadā.",
    "Konferenci atklāja izglītības un zinātnes ministre Sandra Krūmiņa, kura uzsvēra, ka "
    "pedagogu atalgojums ir valdības prioritāte. Savukārt Kristaps Zariņš, padomes "
    "priekšsēdētājs, aicināja pašvaldības aktīvāk iesaistīties.",
    "Seminārs „Digitālās prasmes skolās“ notiks nākamnedēļ Rīgā, un tajā piedalīsies eksperti no "
    "Lietuvas un Somijas. Sīkāka informācija pieejama ministrijas tīmekļvietnē.",
    "Tikšanās laikā Latvijas Nacionālās bibliotēkas direktors Andris Vilks un Tartu Universitātes "
    "profesore Kadri Tamma pārrunāja kopīgu pētniecības projektu. Kā norāda A. Vilks, pirmie "
    "rezultāti gaidāmi rudenī, kad tiks atvērta izstāde “Baltijas grāmata”.",
    "Ministru prezidente Dace Liepa, kura sanāksmē piedalījās attālināti, sacīja: “Kultūras "
    "sadarbība starp Baltijas valstīm ir stiprāka nekā jebkad.” Ministre arī pateicās "
    "organizatoriem, bet Jāņa Ozoliņa ielā 5 esošā muzeja darbinieki uzsvēra, ka apmeklētāju "
    "skaits aug.",
]
TEXT = "Kultūras ministrija stiprina sadarbību ar Igauniju\n\n" + "\n\n".join(PARAGRAPHS)


def interleaved(fns: list[Callable[[], Any]], rounds: int, batch: int) -> list[float]:
    """Minimum seconds per call of each function, run in alternation round after round."""
    best = [float("inf")] * len(fns)
    for _ in range(rounds):
        for k, fn in enumerate(fns):
            t0 = time.perf_counter()
            for _ in range(batch):
                fn()
            best[k] = min(best[k], (time.perf_counter() - t0) / batch)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=200, help="calls in all (5 rounds)")
    args = ap.parse_args()
    doc = RulesBackend("lv").annotate(TEXT)
    adoc = AnnotatedDoc(text=TEXT, doc=doc, language="lv", title=TEXT.splitlines()[0])
    for comp in COMPONENTS:  # the components before ours, once, for adoc.results
        if comp.name == "people":
            break
        adoc.results[comp.name] = list(comp.load()(adoc))
    before = dict(adoc.results)

    def people_and_quotes() -> tuple[list[Any], list[Any]]:
        # the roles of a document are found once for people and quotes: not across calls here
        people_module._find_roles_cached.cache_clear()
        adoc.results = dict(before)
        adoc.warnings = []
        adoc.results["people"] = extract_people(adoc)
        quotes = extract_quotes(adoc)
        return adoc.results["people"], quotes

    def cold() -> None:
        """As if every name were new to the process (the name-form caches emptied)."""
        for cache in (
            people_module._name_forms,
            people_module._candidates_of,
            people_module._surname_forms,
            people_module._forms_pattern,
            people_module._hyphenated_given,
        ):
            cache.cache_clear()
        people_and_quotes()

    bare = spacy.blank("lv")
    t0 = time.perf_counter()
    people, quotes = people_and_quotes()  # builds the lexicons and patterns
    first = time.perf_counter() - t0
    bare(TEXT)
    batch = max(1, args.repeat // 5)
    t_bare, t_ext, t_cold = interleaved([lambda: bare(TEXT), people_and_quotes, cold], 5, batch)
    print(f"text: {len(TEXT)} chars, {len(TEXT.encode())} bytes UTF-8")
    print(f"bare spacy.blank('lv') tokenisation  {t_bare * 1000:8.3f} ms per release")
    print(
        f"people + quotes                      {t_ext * 1000:8.3f} ms per release "
        f"(first call {first * 1000:.0f} ms: lexicons)"
    )
    print(f"  with every name new (cold caches)  {t_cold * 1000:8.3f} ms per release")
    print(f"ratio people+quotes / tokenisation   {t_ext / t_bare:8.2f} x")
    print(f"ratio, cold name caches              {t_cold / t_bare:8.2f} x")
    for p in people:
        print(f"    {p.name!r:28} {p.title!r:40} {p.organization!r} quoted={p.quoted}")
    for q in quotes:
        print(f"    {q.rule:22} {q.speaker!r:24} {q.text[:50]!r}")


if __name__ == "__main__":
    main()
