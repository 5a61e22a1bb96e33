"""release_html in a real browser: Debian's headless Chromium driven by chromedriver (selenium),
on a ``file://`` page written to tmp_path.

Checks what only a browser can: the highlights exist as elements with the expected classes and
hover titles, the page loads no resource at all, and no script in a hostile release runs (title
unchanged, no alert, no injected element).

Needs the Debian packages ``chromium`` and ``chromium-driver`` (``make browser-deps`` installs
them); skips with the reason when either is absent.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from newsparse.display import release_html
from newsparse.model import Country, DateMention, Funding, Person, Release, Span

pytest.importorskip("selenium", reason="selenium is not installed (dev extra)")

from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
PAGE_TITLE = "newsparse browser test"

pytestmark = pytest.mark.skipif(
    CHROMIUM is None or CHROMEDRIVER is None,
    reason="chromium and chromedriver are needed (Debian: apt-get install chromium chromium-driver)",
)

HOSTILE = (
    "Ministrija ziņo: <script>document.title='pwned'</script> un "
    "<img src=x onerror=\"document.title='pwned-img';alert(1)\"> "
    '<a href="javascript:alert(2)">saite</a> '
)
TEXT = (
    HOSTILE + "2024. gada 9. aprīlī ministre Anna Bērziņa paziņoja, ka Latvija Igaunijai "
    "piešķirs 75 000 eiro."
)


def at(surface: str) -> Span:
    start = TEXT.index(surface)
    return Span(start=start, end=start + len(surface), text=surface)


def hostile_release() -> Release:
    d = at("2024. gada 9. aprīlī")
    f = at("75 000 eiro")
    return Release(
        text=TEXT,
        title="<script>document.title='pwned-title'</script>",
        url="javascript:document.title='pwned-url'",
        published="2024-04-10",
        dates=(DateMention(text=d.text, start=d.start, end=d.end, value="2024-04-09"),),
        people=(
            Person(
                name="Anna Bērziņa\"><script>alert('pwned-attr')</script>",
                title="ministre",
                mentions=(at("Anna Bērziņa"),),
            ),
        ),
        countries=(
            Country(code="LV", name="Latvija", mentions=(at("Latvija"),)),
            Country(code="EE", name="Igaunija", mentions=(at("Igaunijai"),)),
        ),
        funding=(
            Funding(text=f.text, start=f.start, end=f.end, amount=Decimal("75000"), currency="EUR"),
        ),
    )


@pytest.fixture(scope="module")
def driver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    profile = tmp_path_factory.mktemp("chromium-profile")
    for arg in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--no-first-run",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(arg)
    # An explicit driver path: selenium never looks one up (Selenium Manager, network) itself.
    drv = webdriver.Chrome(options=options, service=Service(executable_path=str(CHROMEDRIVER)))
    try:
        yield drv
    finally:
        drv.quit()


def open_page(driver: Any, tmp_path: Path, release: Release) -> None:
    page = tmp_path / "release.html"
    page.write_text(
        f"<!doctype html><html><head><meta charset='utf-8'><title>{PAGE_TITLE}</title></head>"
        f"<body>{release_html(release)}</body></html>",
        encoding="utf-8",
    )
    driver.get(page.as_uri())


def test_highlights_have_classes_and_titles(driver: Any, tmp_path: Path) -> None:
    open_page(driver, tmp_path, hostile_release())
    marks = {
        (m.get_attribute("class"), m.text): m.get_attribute("title")
        for m in driver.find_elements(By.CSS_SELECTOR, "div.np-text mark.np-hl")
    }
    assert marks[("np-hl np-dates", "2024. gada 9. aprīlī")].startswith("date 2024-04-09")
    assert marks[("np-hl np-countries", "Igaunijai")] == "country EE · Igaunija"
    assert marks[("np-hl np-funding", "75 000 eiro")] == "funding 75000 EUR"
    person = marks[("np-hl np-people", "Anna Bērziņa")]
    assert person.startswith('person Anna Bērziņa"><script>')  # the attribute holds it as text
    legend = driver.find_element(By.CSS_SELECTOR, ".np-legend.np-countries").text
    assert legend == "countries 2"


def test_highlights_are_coloured(driver: Any, tmp_path: Path) -> None:
    open_page(driver, tmp_path, hostile_release())
    date = driver.find_element(By.CSS_SELECTOR, "mark.np-dates")
    country = driver.find_element(By.CSS_SELECTOR, "mark.np-countries")
    bg_date = date.value_of_css_property("background-color")
    bg_country = country.value_of_css_property("background-color")
    assert bg_date != bg_country
    assert "0, 0, 0, 0" not in bg_date  # not transparent


def test_no_script_runs(driver: Any, tmp_path: Path) -> None:
    open_page(driver, tmp_path, hostile_release())
    assert driver.title == PAGE_TITLE
    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert.text  # noqa: B018
    assert driver.find_elements(By.TAG_NAME, "img") == []
    assert driver.find_elements(By.TAG_NAME, "script") == []
    assert driver.find_elements(By.CSS_SELECTOR, "a[href^='javascript']") == []
    shown = driver.find_element(By.CSS_SELECTOR, "div.np-text").text
    assert "<script>document.title='pwned'</script>" in shown
    assert "<img src=x onerror=" in shown
    assert driver.find_element(By.CSS_SELECTOR, ".np-title").text.startswith("<script>")


def test_page_loads_no_resources(driver: Any, tmp_path: Path) -> None:
    open_page(driver, tmp_path, hostile_release())
    loaded = driver.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)"
    )
    assert loaded == []
