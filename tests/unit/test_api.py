"""parse_release / Parser: header fields, language, publisher, determinism, span invariant."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

import newsparse
from newsparse import InputError, Parser, parse_release
from newsparse.errors import ConfigError
from newsparse.model import Release
from newsparse.publisher import publisher_for_url

ROOT = Path(__file__).resolve().parents[2]

LV = (
    "## Latvija un Igaunija paraksta sadarbības memorandu\n\n"
    "Publicēts: 12.05.2023.\n\n"
    "Izglītības un zinātnes ministrija 2023. gada 11. maijā Tallinā parakstīja memorandu ar "
    "Igaunijas Izglītības un pētniecības ministriju. Ministre Anna Kalna uzsvēra, ka sadarbība "
    "starp Baltijas valstīm ir svarīga. „Mēs kopā stiprināsim augstāko izglītību,” sacīja ministre."
    "\n\n<https://www.izm.gov.lv/lv/jaunums/memorands>"
)
EN = (
    "On 16 May 2023 the Minister of Foreign Affairs of Latvia met his counterparts from the "
    "Nordic countries in Riga to discuss regional security and support to Ukraine."
)
RU = (
    "Министр иностранных дел Латвии встретился с коллегами из стран Северной Европы в Риге, "
    "чтобы обсудить региональную безопасность и поддержку Украины."
)


def test_public_api_surface() -> None:
    for name in ("parse_release", "Parser", "Release", "ParseOptions", "InputError", "__version__"):
        assert hasattr(newsparse, name)
    from newsparse.batch.records import Failure
    from newsparse.batch.runner import parse_many
    from newsparse.display import to_frame
    from newsparse.errors import MissingExtraError

    assert newsparse.parse_many is parse_many and newsparse.Failure is Failure
    assert newsparse.to_frame is to_frame and newsparse.MissingExtraError is MissingExtraError
    assert set(newsparse.__all__) <= set(dir(newsparse))


def test_import_loads_no_optional_dependency() -> None:
    code = (
        "import sys, newsparse\n"
        "print(sorted(m for m in ('pandas', 'pyarrow', 'rich', 'ray', 'fastwarc') "
        "if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


# --------------------------------------------------------------------------- Parser.pipe

FIRST = "## Pirmā\n\nPublicēts: 02.03.2021.\n\nMinistrija rīt tiksies ar pārstāvjiem."
SECOND = ("otrā", "## Otrā\n\nPublicēts: 04.05.2022.\n\nTeksts.", "https://www.izm.gov.lv/lv/x")
FOURTH = "## Ceturtā\n\nPublicēts: 06.07.2023.\n\nVēl viens teksts."
PIPE: list[str | bytes | tuple[str, str, str]] = [FIRST, SECOND, b"", FOURTH]


def test_pipe_in_process_yields_releases_in_order() -> None:
    parser = Parser(backend="rules")
    got = list(parser.pipe([FIRST, SECOND, FOURTH]))
    assert [r.published for r in got] == ["2021-03-02", "2022-05-04", "2023-07-06"]
    assert got[1].publisher == "Izglītības un zinātnes ministrija"  # the tuple's URL was used
    assert got == [parser.parse(FIRST), parser.parse(SECOND[1], url=SECOND[2]), got[2]]


def test_pipe_raises_the_parse_error_by_default() -> None:
    parser = Parser(backend="rules")
    it = parser.pipe(PIPE)
    assert next(it).published == "2021-03-02"
    assert next(it).published == "2022-05-04"
    with pytest.raises(InputError, match="empty"):
        next(it)


def test_pipe_is_parse_many_with_the_parser() -> None:
    parser = Parser(backend="rules")
    piped = list(parser.pipe(PIPE, errors="yield"))
    many = list(newsparse.parse_many(PIPE, workers=0, parser=parser))
    assert piped == many
    assert [type(r).__name__ for r in piped] == ["Release", "Release", "Failure", "Release"]
    failure = piped[2]
    assert isinstance(failure, newsparse.Failure)
    assert (failure.source_id, failure.error_type) == ("2", "InputError")


def test_pipe_rejects_an_unknown_error_mode() -> None:
    with pytest.raises(ConfigError, match="errors"):
        Parser(backend="rules").pipe(PIPE, errors="ignore")  # type: ignore[call-overload]


def test_pipe_through_a_worker_process_gives_the_same_records() -> None:
    parser = Parser(backend="rules")
    local = list(parser.pipe(PIPE, errors="yield"))
    pooled = list(parser.pipe(PIPE, errors="yield", workers=1))
    assert pooled == local
    with pytest.raises(InputError, match="empty"):  # the worker's exception, re-raised here
        list(parser.pipe(PIPE, workers=1))


def test_markdown_release_header_fields() -> None:
    r = parse_release(LV, backend="rules")
    assert isinstance(r, Release)
    assert r.title == "Latvija un Igaunija paraksta sadarbības memorandu"
    assert r.published == "2023-05-12"
    assert r.language == "lv"
    assert r.url == "https://www.izm.gov.lv/lv/jaunums/memorands"
    assert r.publisher == "Izglītības un zinātnes ministrija"
    assert r.pipeline.backend == "rules"
    assert r.text == LV


@pytest.mark.parametrize(
    ("text", "lang"), [(LV, "lv"), (EN, "en"), (RU, "ru")], ids=["lv", "en", "ru"]
)
def test_language_detection(text: str, lang: str) -> None:
    assert parse_release(text, backend="rules").language == lang


def test_unsupported_language_warns() -> None:
    r = parse_release(RU, backend="rules")
    assert "W003" in [w.code for w in r.warnings]


def test_lang_override() -> None:
    assert parse_release(EN, backend="rules", lang="lv").language == "lv"


def test_url_argument_fills_publisher() -> None:
    r = parse_release(
        "Teksts par Finanšu ministrijas darbu šogad.",
        url="https://www.fm.gov.lv/lv/x",
        backend="rules",
    )
    assert r.publisher == "Finanšu ministrija"


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("https://www.izm.gov.lv/lv/jaunums/x", "Izglītības un zinātnes ministrija"),
        ("https://mfa.gov.lv/en/article/x", "Ārlietu ministrija"),
        ("http://viaa.gov.lv/lv", "Valsts izglītības attīstības aģentūra"),
        ("https://www.example.com/x", None),
        ("not a url", None),
        (None, None),
    ],
    ids=["izm-www", "mfa", "viaa", "foreign", "garbage", "none"],
)
def test_publisher(url: str | None, name: str | None) -> None:
    assert publisher_for_url(url) == name


def test_deterministic() -> None:
    a = Parser(backend="rules").parse(LV).to_dict()
    b = Parser(backend="rules").parse(LV).to_dict()
    assert a == b


def test_span_invariant_on_example() -> None:
    text = (ROOT / "examples" / "release.txt").read_text(encoding="utf-8")
    r = parse_release(text, backend="rules")
    for s in r.spans():
        assert r.text[s.start : s.end] == s.text


def test_html_input_end_to_end() -> None:
    html = (ROOT / "tests" / "fixtures" / "govlv_page.html").read_bytes()
    r = parse_release(html, backend="rules", url="https://www.izm.gov.lv/lv/jaunums/x")
    assert r.title == "Ministrija atbalsta skolu digitalizāciju"
    assert r.published == "2021-03-03"
    assert r.language == "lv"


def test_reference_date_is_kept_on_parser() -> None:
    p = Parser(backend="rules", reference_date=dt.date(2020, 1, 1))
    assert p.annotate("Teksts.").anchor_date == dt.date(2020, 1, 1)


def test_bad_backend_is_config_error() -> None:
    with pytest.raises(ConfigError):
        parse_release("x", backend="magic")


def test_bad_input() -> None:
    with pytest.raises(InputError):
        parse_release("   ", backend="rules")


def test_short_text_language_uncertain() -> None:
    r = parse_release("Rīga.", backend="rules")
    assert r.language == "lv"
    assert "W002" in [w.code for w in r.warnings]


def test_auto_backend_records_what_it_used() -> None:
    r = parse_release(LV, backend="auto")
    assert r.pipeline.backend in ("rules", "stanza")
    if r.pipeline.backend == "rules":
        assert "W001" in [w.code for w in r.warnings]


def test_default_size_limit_is_a_typed_error_before_the_tokenizer_limit() -> None:
    from newsparse.options import DEFAULT_MAX_CHARS

    parser = Parser(backend="rules")
    with pytest.raises(InputError, match="too large"):
        parser.parse("a" * (DEFAULT_MAX_CHARS + 1))
