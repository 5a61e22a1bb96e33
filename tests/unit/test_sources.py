"""Input formats: plain text, the dev-set header format, gov.lv Markdown and HTML pages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsparse.errors import InputError
from newsparse.sources import detect_format, find_published, guess_title, read_source

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

MARKDOWN = """

## Jauns atbalsts pašvaldību skolām

Publicēts: 07.09.2022.

Izglītības un zinātnes ministrija 2022. gada 6. septembrī apstiprināja jaunu kārtību.

Otrā rindkopa.

<https://www.izm.gov.lv/lv/jaunums/jauns-atbalsts>"""

HEADER = (
    "url: https://www.fm.gov.lv/lv/jaunums/x\nsource: test\n---\nVirsraksts bez punkta\n\nTeksts."
)


def test_markdown_fields() -> None:
    st = read_source(MARKDOWN, max_chars=10**6)
    assert st.format == "markdown"
    assert st.title == "Jauns atbalsts pašvaldību skolām"
    assert st.published == dt.date(2022, 9, 7)
    assert st.url == "https://www.izm.gov.lv/lv/jaunums/jauns-atbalsts"
    assert st.text == MARKDOWN  # offsets index the exact input


def test_metadata_header_is_stripped() -> None:
    st = read_source(HEADER, max_chars=10**6)
    assert st.meta == {"url": "https://www.fm.gov.lv/lv/jaunums/x", "source": "test"}
    assert st.url == "https://www.fm.gov.lv/lv/jaunums/x"
    assert st.text.startswith("Virsraksts bez punkta")
    assert st.title == "Virsraksts bez punkta"


def test_html_page() -> None:
    html = (FIXTURES / "govlv_page.html").read_bytes()
    st = read_source(html, max_chars=10**6)
    assert st.format == "html"
    assert st.title == "Ministrija atbalsta skolu digitalizāciju"
    assert st.published == dt.date(2021, 3, 3)
    assert "visā Latvijā & pierobežā" in st.text  # entities decoded
    assert "„Mēs turpināsim darbu.“" in st.text
    for junk in ("analytics", "display: none", "a comment", "Sākums", "Visas tiesības"):
        assert junk not in st.text
    assert "2021. gada 15. martā\n\nRīgā." in st.text  # <br> separates blocks


def test_html_broken_tags_still_read() -> None:
    html = "<html><body><div><p>Pirmā rindkopa <b>treknrakstā<p>Otrā <i>rindkopa</div></body>"
    st = read_source(html, max_chars=10**6)
    assert "Pirmā rindkopa treknrakstā" in st.text and "Otrā rindkopa" in st.text


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        ("<div><p>a</p><p>b</p><span>c</span></div>", "html"),
        ("## Virsraksts\n\nTeksts", "markdown"),
        ("Teksts ar <https://www.izm.gov.lv/x>", "markdown"),
        ("Vienkāršs teksts.\n\nOtrā rindkopa.", "text"),
        ("Teksts ar zīmi a < b un c > d.", "text"),
    ],
    ids=["doctype", "tags", "md-heading", "md-trailing-link", "plain", "plain-lt-gt"],
)
def test_detect_format(text: str, fmt: str) -> None:
    assert detect_format(text) == fmt


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Publicēts: 15.10.2020.\n\nTeksts", dt.date(2020, 10, 15)),
        ("Publicēts 27 jūnijs 2017\n\nTeksts", dt.date(2017, 6, 27)),
        ("Published: 15 October 2020\n\nText", dt.date(2020, 10, 15)),
        ("Atjaunots: 01.02.2021.\nPublicēts: 15.01.2021.\n", dt.date(2021, 1, 15)),
        ("Atjaunots: 01.02.2021.\n\nTeksts", dt.date(2021, 2, 1)),
        ("**Publicēts:** 03.04.2019.\n", dt.date(2019, 4, 3)),
        ("Publicēts: 31.02.2020.\n", None),
        ("Teksts bez datuma.", None),
    ],
    ids=[
        "lv-numeric",
        "lv-month-name",
        "en",
        "published-beats-updated",
        "updated-only",
        "bold",
        "impossible-date",
        "none",
    ],
)
def test_find_published(text: str, expected: dt.date | None) -> None:
    assert find_published(text)[0] == expected


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("Jauns atbalsts skolām\n\nTeksts.", "Jauns atbalsts skolām"),
        ("3.-4.maijs, 2016: Ministru sanāksme Rīgā\n\nTeksts.", "Ministru sanāksme Rīgā"),
        ("ES fondi Jaunumi\n\nTeksts.", None),
        ("Attīstības sadarbība Ziņas\nLogo attēls\n\nTeksts.", None),
        ("Šī ir pirmā teikuma rindkopa, kas beidzas ar punktu.\n\nTeksts.", None),
        ("Publicēts 27 jūnijs 2017\n\nTeksts.", None),
        ("Virsraksts\nOtrā rinda\n\nTeksts", None),
        (
            "Kultūra Jaunumi\n\nMuzeji saņems jaunu atbalstu\n\nPublicēts: 02.03.2024.\n\nTeksts.",
            "Muzeji saņems jaunu atbalstu",
        ),
        ("Kultūra Jaunumi\n\nPirmais teikums ar punktu.\n\nTeksts.", None),
    ],
    ids=[
        "headline",
        "date-prefix",
        "breadcrumb",
        "block-with-caption",
        "sentence",
        "date-line",
        "two-line-block",
        "breadcrumb-then-headline",
        "breadcrumb-then-sentence",
    ],
)
def test_guess_title(body: str, title: str | None) -> None:
    assert guess_title(body) == title


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("", "empty"),
        ("   \n\t  ", "empty"),
        (b"", "empty"),
        (b"\x00\x01\x02binary\x00", "binary"),
        (12345, "expected str or bytes"),
        ("url: x\n---\n   ", "empty"),
        ("<html><body><script>x()</script></body></html>", "no text"),
    ],
    ids=[
        "empty",
        "whitespace",
        "empty-bytes",
        "nul-bytes",
        "not-text-type",
        "empty-body",
        "html-without-text",
    ],
)
def test_bad_input_raises_input_error(source: object, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_source(source, max_chars=10**6)  # type: ignore[arg-type]


def test_too_large() -> None:
    with pytest.raises(InputError, match="too large"):
        read_source("a" * 101, max_chars=100)


def test_input_error_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        read_source("", max_chars=10)


@pytest.mark.parametrize(
    "data",
    [
        "Ārlietu ministrija Rīgā".encode("cp1257"),
        "\ufeffĀrlietu ministrija Rīgā".encode(),
        "Ārlietu ministrija Rīgā".encode("utf-16"),
    ],
    ids=["cp1257", "utf8-bom", "utf16"],
)
def test_encodings(data: bytes) -> None:
    assert read_source(data, max_chars=10**6).text == "Ārlietu ministrija Rīgā"


def test_control_characters_replaced_with_warning() -> None:
    st = read_source("Teksts\x07 ar\x00 zvanu \ud800.", max_chars=10**6)
    assert st.text == "Teksts  ar  zvanu  ."
    assert [w.code for w in st.warnings] == ["W004"]


def test_update_line_is_page_metadata_not_a_body_date() -> None:
    from newsparse import parse_release

    r = parse_release(
        "## Jauns konkurss\n\nPublicēts: 04.03.2024.\nAtjaunots: 06.03.2024.\n\n"
        "Pieteikumus var iesniegt līdz 2024. gada 30. aprīlim.",
        backend="rules",
    )
    assert r.published == "2024-03-04"
    assert [d.value for d in r.dates] == ["2024-04-30"]
