"""Input readers: bytes/str in plain text, the dev-set ``.txt`` (metadata lines, ``---``, body),
gov.lv Markdown exports, or gov.lv HTML pages -> :class:`SourceText`.

``SourceText.text`` is the exact text that extractors see and that every offset indexes into: for
text and Markdown it is the input itself (less a metadata header), for HTML it is the page's
article text as rendered by :class:`_TextExtractor` (title, date line, body blocks separated by
blank lines).
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from html.parser import HTMLParser

import regex

from .errors import InputError, WarningCode
from .lexicon import read_lines, read_tsv
from .model import ParseWarning
from .normalize.dates import parse_date_string

Format = str  # "text" | "markdown" | "html"


@dataclass(slots=True)
class SourceText:
    """A decoded, format-stripped release ready for the linguistic layer."""

    text: str
    format: Format
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    meta: dict[str, str] = field(default_factory=dict)
    warnings: list[ParseWarning] = field(default_factory=list)


# --------------------------------------------------------------------------- decoding

_CONTROL = regex.compile(r"[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]|\p{Cs}")


def decode(data: bytes) -> str:
    """Decode bytes: UTF-8 (with or without BOM), else Windows-1257 (old Latvian pages).

    Raises ``InputError`` for data that is not text (NUL bytes, mostly control bytes).
    """
    if not data:
        raise InputError("empty input (0 bytes)")
    head = data[:65536]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("input is binary, not text (it contains NUL bytes)")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return str(data.decode("utf-16"))
        except UnicodeDecodeError as e:
            raise InputError(f"undecodable UTF-16 input: {e}") from e
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1257")
    except UnicodeDecodeError as e:
        raise InputError(f"input is neither UTF-8 nor Windows-1257 text: {e}") from e
    controls = len(_CONTROL.findall(text[:65536]))
    if controls > max(8, len(text[:65536]) // 20):
        raise InputError("input is binary, not text (too many control bytes)")
    return text


def clean_controls(text: str, warnings: list[ParseWarning]) -> str:
    """Replace control characters and lone surrogates by spaces (length kept), with a warning."""
    if not _CONTROL.search(text):
        return text
    n = len(_CONTROL.findall(text))
    warnings.append(
        ParseWarning(
            code=WarningCode.CONTROL_CHARACTERS,
            message=f"{n} control characters or lone surrogates replaced by spaces",
        )
    )
    return str(_CONTROL.sub(" ", text))


# --------------------------------------------------------------------------- detection

_HTML_START = regex.compile(r"\A\s*(?:<!doctype\s+html|<html\b|<head\b|<body\b|<\?xml)", regex.I)
_HTML_TAGS = regex.compile(r"<(?:div|p|article|main|h1|span|body)\b[^>]*>", regex.I)
_META_LINE = regex.compile(r"^(?P<key>[A-Za-z_][\w-]*):[ \t]*(?P<value>.*)$")
_MD_TITLE = regex.compile(r"^\s{0,3}#{1,3}\s+(?P<title>\S.*?)\s*#*\s*$", regex.M)
_MD_URL = regex.compile(r"<(?P<url>https?://[^>\s]+)>\s*\Z")


def detect_format(text: str) -> Format:
    """``html`` for markup pages, ``markdown`` for the gov.lv export, else ``text``."""
    if _HTML_START.search(text[:2000]) or len(_HTML_TAGS.findall(text[:20000])) >= 3:
        return "html"
    if _MD_TITLE.search(text[:5000]) or _MD_URL.search(text[-500:]):
        return "markdown"
    return "text"


def split_metadata(text: str) -> tuple[dict[str, str], str, int]:
    """Split the dev-set header (``key: value`` lines, then a ``---`` line) from the body.

    Returns ``(meta, body, offset_of_body)``; with no header, ``({}, text, 0)``.
    """
    meta: dict[str, str] = {}
    pos = 0
    for line in text.splitlines(keepends=True)[:40]:
        stripped = line.rstrip("\r\n")
        if stripped.strip() == "---":
            if meta:
                return meta, text[pos + len(line) :], pos + len(line)
            return {}, text, 0
        m = _META_LINE.match(stripped)
        if not m:
            return {}, text, 0
        meta[m.group("key").lower()] = m.group("value").strip()
        pos += len(line)
    return {}, text, 0


# --------------------------------------------------------------------------- header fields


@functools.cache
def _date_labels() -> list[tuple[str, int]]:
    rows = read_tsv("lv", "date_labels.tsv")
    labels = ((r["label"], int(r["priority"])) for r in rows)
    return sorted(labels, key=lambda x: (x[1], -len(x[0])))


@functools.cache
def _date_line_re() -> regex.Pattern[str]:
    labels = "|".join(regex.escape(lbl) for lbl, _ in _date_labels())
    return regex.compile(
        rf"^[ \t]*\**(?P<label>{labels})[ \t]*:?\**:?[ \t]*(?P<value>[^\n]{{4,60}}?)[ \t]*$",
        regex.M | regex.I,
    )


def date_lines(text: str) -> list[tuple[int, int]]:
    """Spans of every header date line (``Publicēts:``, ``Atjaunots:`` ...) in the first part of
    the text: page metadata, never dates of the body."""
    return [
        (m.start(), m.end())
        for m in _date_line_re().finditer(text[:3000])
        if parse_date_string(m.group("value")) is not None
    ]


def find_published(text: str) -> tuple[dt.date | None, tuple[int, int] | None]:
    """The publication date from a ``Publicēts:``/``Published:``/``Atjaunots:`` line in the first
    part of the text (published beats updated). Returns the date and the line's span."""
    best: tuple[int, dt.date, tuple[int, int]] | None = None
    prio = {lbl.lower(): p for lbl, p in _date_labels()}
    for m in _date_line_re().finditer(text[:3000]):
        value = parse_date_string(m.group("value"))
        if value is None:
            continue
        p = prio.get(m.group("label").lower(), 9)
        if best is None or p < best[0]:
            best = (p, value, (m.start(), m.end()))
    if best is None:
        return None, None
    return best[1], best[2]


@functools.cache
def _section_words() -> frozenset[str]:
    return frozenset(w.lower() for w in read_lines("lv", "title_stoplines.txt"))


_TITLE_DATE_PREFIX = regex.compile(
    r"""^\s*\d{1,2}\.?(?:\s*[-–]\s*\d{1,2}\.?)?\s*\p{L}+,?\s+\d{4}\s*:\s*""", regex.X
)


def guess_title(body: str) -> str | None:
    """A plain-text headline: the first line when it stands alone as a paragraph, is short, is
    not a sentence (no final full stop), not a date line and not a breadcrumb ("ES fondi Jaunumi");
    a breadcrumb standing alone before it is passed over. A leading date label ("26.-27.marts,
    2015: ") is removed."""
    lines = body.lstrip("\ufeff").split("\n")
    i = 0
    for _ in range(2):  # the headline, or a breadcrumb paragraph and then the headline
        while i < len(lines) and not lines[i].strip():
            i += 1
        if i >= len(lines):
            return None
        first = lines[i].strip()
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if nxt:  # part of a multi-line block: caption, breadcrumb + logo, or a paragraph
            return None
        words = first.split()
        last = words[-1].lower()
        if last in _section_words() or " ".join(words[-2:]).lower() in _section_words():
            i += 1
            continue  # a breadcrumb
        if len(first) > 200 or len(words) < 2 or first.endswith((".", ":", ",", ";")):
            return None
        if _date_line_re().match(first):
            return None
        title = _TITLE_DATE_PREFIX.sub("", first).strip()
        return title or None
    return None


# --------------------------------------------------------------------------- HTML

_BLOCK = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table td th tr ul".split()
)
_SKIP = frozenset("script style noscript template svg head iframe form button select".split())
_CHROME = frozenset("nav footer header aside".split())
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())


class _TextExtractor(HTMLParser):
    """Collects text blocks from an HTML page, remembering the first <h1>, the <title>, and
    which blocks sit inside <article>/<main> or an element whose class names the article body."""

    _BODY_HINTS = ("article", "content", "text-content", "news-body", "field--name-body")

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool, bool]] = []  # (tag, skip, in_article)
        self.blocks: list[tuple[str, bool]] = []
        self.buf: list[str] = []
        self.title: str | None = None
        self.h1: str | None = None
        self._in_title = False
        self._in_h1 = False
        self._h1buf: list[str] = []
        self._titlebuf: list[str] = []
        self.saw_article = False

    def _skipping(self) -> bool:
        return bool(self.stack) and self.stack[-1][1]

    def _in_article(self) -> bool:
        return bool(self.stack) and self.stack[-1][2]

    def _flush(self) -> None:
        text = " ".join("".join(self.buf).split())
        if text:
            self.blocks.append((text, self._in_article()))
        self.buf = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = tag.lower()
        if tag in _BLOCK:
            self._flush()
        if tag in _VOID:
            return
        parent_skip = self._skipping()
        parent_art = self._in_article()
        cls = " ".join(v or "" for k, v in attrs if k in ("class", "id", "role")).lower()
        skip = parent_skip or tag in _SKIP or (tag in _CHROME and not parent_art)
        art = parent_art or tag in ("article", "main") or any(h in cls for h in self._BODY_HINTS)
        if art and not parent_art:
            self.saw_article = True
        self.stack.append((tag, skip, art))
        if tag == "title":
            self._in_title = True
        if tag == "h1" and self.h1 is None:
            self._in_h1 = True

    def handle_endtag(self, tag: str) -> None:
        tag = tag.lower()
        if tag in _VOID:
            return
        if tag in _BLOCK:
            self._flush()
        if tag == "title" and self._in_title:
            self._in_title = False
            self.title = " ".join("".join(self._titlebuf).split()) or None
        if tag == "h1" and self._in_h1:
            self._in_h1 = False
            self.h1 = " ".join("".join(self._h1buf).split()) or None
        # pop to the matching tag (tolerates broken nesting)
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._titlebuf.append(data)
        if self._skipping():
            return
        if self._in_h1:
            self._h1buf.append(data)
        self.buf.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def read_html(html: str) -> SourceText:
    """Title (first ``<h1>``, else ``<title>``), date line and article body of a gov.lv page."""
    parser = _TextExtractor()
    try:
        parser.feed(html)
        parser.close()
    except Exception as e:  # html.parser is lenient; anything else is a broken input
        raise InputError(f"HTML could not be parsed: {e}") from e
    blocks = parser.blocks
    if parser.saw_article:
        body_blocks = [b for b, art in blocks if art]
    else:
        body_blocks = [b for b, _ in blocks]
    title = parser.h1 or (parser.title.split(" | ")[0].strip() if parser.title else None)
    if title and body_blocks and body_blocks[0] != title:
        # keep the headline on top even when it sits outside <article>
        if title not in body_blocks[:3]:
            body_blocks.insert(0, title)
    text = "\n\n".join(body_blocks)
    published, _ = find_published(text)
    if published is None:
        published, _ = find_published("\n".join(b for b, _ in blocks))
    return SourceText(text=text, format="html", title=title, published=published)


# --------------------------------------------------------------------------- entry


def read_source(source: str | bytes, *, max_chars: int) -> SourceText:
    """Decode and strip one release. Raises ``InputError`` for unusable input."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        if len(source) > max_chars * 4:
            raise InputError(f"input too large: {len(source)} bytes (limit {max_chars} characters)")
        text = decode(bytes(source))
    elif isinstance(source, str):
        text = source
    else:
        raise InputError(f"expected str or bytes, got {type(source).__name__}")
    if len(text) > max_chars:
        raise InputError(f"input too large: {len(text)} characters (limit {max_chars})")
    if not text.strip():
        raise InputError("empty input (no text)")
    warnings: list[ParseWarning] = []
    text = clean_controls(text, warnings)
    if text.startswith("\ufeff"):
        text = text[1:]

    meta, body, _ = split_metadata(text)
    fmt = detect_format(body)
    if fmt == "html":
        st = read_html(body)
        if not st.text.strip():
            raise InputError("HTML page has no text content")
    else:
        st = SourceText(text=body, format=fmt)
        if fmt == "markdown":
            m = _MD_TITLE.search(body[:5000])
            st.title = m.group("title").strip() if m else None
            u = _MD_URL.search(body[-500:])
            if u:
                st.url = u.group("url")
        else:
            st.title = guess_title(body)
        st.published, _ = find_published(body)
        if not body.strip():
            raise InputError("empty input (no text after the metadata header)")
    st.meta = meta
    st.url = meta.get("url") or st.url
    st.warnings = warnings + st.warnings
    return st
