"""Readers: files, directories and stdin -> Articles.

Each input is read by its kind:

- ``.jsonl``: one article per line, ``{"id", "date", "text"}`` plus optional ``title``, ``url``,
  ``source``, ``lang``. ``text`` is kept character for character.
- ``.txt``: the dated-text format, ``date YYYY-MM-DD`` (leading whitespace allowed) then the
  article, on the same line or the next ones; without that header, plain text dated by ``date``.
- ``.html`` / ``.htm``: the article's paragraphs, by trafilatura when it is installed (the
  ``dateline[html]`` extra), else by a small stdlib parser that keeps ``<p>`` as paragraphs.
- a directory: its files of those kinds, recursively, in sorted order (hidden ones skipped).
- ``-``: JSONL from stdin.

Dates: a record's own date wins (the JSONL ``date`` field, the dated-text header); ``date`` fills
in for records without one. For HTML, whose dates are only guessed from meta tags, an explicit
``date`` wins over those tags.

A record that cannot be read becomes a :class:`ReadFailure` saying what is wrong and what to do,
and reading goes on with the next record; :func:`iter_articles` raises :class:`InputError` at the
first failure instead.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from html.parser import HTMLParser
from typing import Any, TextIO

from dateline.errors import InputError
from dateline.model import Article, Origin, ReadFailure

JSONL_SUFFIXES = (".jsonl",)
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
SUFFIXES = JSONL_SUFFIXES + TEXT_SUFFIXES + HTML_SUFFIXES
STDIN = "-"
STDIN_NAME = "<stdin>"
OPTIONAL_FIELDS = ("title", "url", "source", "lang")

_HEADER = re.compile(r"\A\s*date[ \t]+(\d\S*)", re.IGNORECASE)
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\Z")
_NO_DATE_HINT = "pass --date YYYY-MM-DD to date it"


def content_id(text: str, date: dt.date) -> str:
    """A short stable id of an article's content: whitespace-collapsed text plus date.

    Reformatting (line wrapping, indentation) does not change it; any word or the date does.
    """
    normal = " ".join(text.split()) + "\n" + date.isoformat()
    return hashlib.sha1(normal.encode("utf-8")).hexdigest()[:16]


def parse_date(value: str) -> dt.date | None:
    """``YYYY-MM-DD``, optionally followed by an ISO time (which is dropped); else None."""
    m = _ISO_DATE.match(value.strip())
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def read_paths(
    paths: Sequence[str],
    *,
    date: dt.date | None = None,
    stdin: TextIO | None = None,
) -> Iterator[Article | ReadFailure]:
    """Every article in ``paths``, in order, and a ReadFailure for each record that is not one."""
    for path in paths:
        if path == STDIN:
            yield from _read_stdin(stdin if stdin is not None else sys.stdin, date)
        elif os.path.isdir(path):
            for file in walk(path):
                yield from read_file(file, date=date)
        else:
            yield from read_file(path, date=date)


def iter_articles(
    paths: Sequence[str],
    *,
    date: dt.date | None = None,
    stdin: TextIO | None = None,
) -> Iterator[Article]:
    """Like :func:`read_paths`, but raise InputError at the first record that cannot be read."""
    for item in read_paths(paths, date=date, stdin=stdin):
        if isinstance(item, ReadFailure):
            raise InputError(item.origin.path, item.reason, item.origin.line)
        yield item


def read_file(path: str, *, date: dt.date | None = None) -> Iterator[Article | ReadFailure]:
    """The articles of one file, chosen by its extension."""
    suffix = os.path.splitext(path)[1].lower()
    if suffix not in SUFFIXES:
        yield ReadFailure(
            Origin(path),
            f"unknown file kind {suffix or '(no extension)'!r}: dateline reads "
            + ", ".join(SUFFIXES)
            + " files and directories; rename the file or convert it to JSONL",
        )
        return
    if suffix in JSONL_SUFFIXES:
        try:
            with open(path, "rb") as fh:
                yield from read_jsonl(fh, path, date=date)
        except OSError as exc:
            yield _unreadable(path, exc)
        return
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        yield _unreadable(path, exc)
        return
    if suffix in TEXT_SUFFIXES:
        yield _read_text_bytes(data, path, date)
    else:
        yield read_html(data, path, date=date)


def read_jsonl(
    lines: Iterable[bytes | str], path: str, *, date: dt.date | None = None
) -> Iterator[Article | ReadFailure]:
    """One article per non-blank line; ``lines`` are raw bytes (decoded as UTF-8) or text."""
    for lineno, raw in enumerate(lines, 1):
        origin = Origin(path, lineno)
        if isinstance(raw, bytes):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield ReadFailure(origin, _not_utf8(exc))
                continue
        else:
            line = raw
        if lineno == 1:
            line = line.removeprefix("\ufeff")
        if not line.strip():
            continue
        yield parse_record(line, origin, date=date)


def parse_record(
    line: str, origin: Origin, *, date: dt.date | None = None
) -> Article | ReadFailure:
    """One JSONL line -> Article, or the reason it is not one."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return ReadFailure(
            origin,
            f"invalid JSON ({exc.msg} at column {exc.colno}): each line must be one JSON object "
            'like {"id": "...", "date": "YYYY-MM-DD", "text": "..."}',
        )
    if not isinstance(obj, dict):
        return ReadFailure(
            origin,
            f"expected a JSON object, got {_json_kind(obj)}: each line must be one article "
            'like {"id": "...", "date": "YYYY-MM-DD", "text": "..."}',
        )
    text = obj.get("text")
    if text is None:
        return ReadFailure(origin, 'no "text" field: add the article text as "text"')
    if not isinstance(text, str):
        return ReadFailure(origin, f'"text" must be a string, got {_json_kind(text)}')
    if not text.strip():
        return ReadFailure(origin, '"text" is empty: give the article text or drop the line')
    raw_date = obj.get("date")
    if raw_date is None:
        if date is None:
            return ReadFailure(
                origin,
                f'no "date": add "date": "YYYY-MM-DD" (the publication date) or {_NO_DATE_HINT}',
            )
        article_date = date
    else:
        parsed = parse_date(raw_date) if isinstance(raw_date, str) else None
        if parsed is None:
            return ReadFailure(
                origin,
                f'bad "date" {raw_date!r}: write the publication date as "YYYY-MM-DD"',
            )
        article_date = parsed
    raw_id = obj.get("id")
    if raw_id is None or raw_id == "":
        article_id = content_id(text, article_date)
    elif isinstance(raw_id, str | int) and not isinstance(raw_id, bool):
        article_id = str(raw_id)
    else:
        return ReadFailure(origin, f'"id" must be a string, got {_json_kind(raw_id)}')
    extra: dict[str, str | None] = {}
    for name in OPTIONAL_FIELDS:
        value = obj.get(name)
        if value is not None and not isinstance(value, str):
            return ReadFailure(
                origin, f'"{name}" must be a string or null, got {_json_kind(value)}'
            )
        extra[name] = value
    return Article(id=article_id, date=article_date, text=text, origin=origin, **extra)


def read_dated_text(text: str, path: str, *, date: dt.date | None = None) -> Article | ReadFailure:
    """The dated-text format, or plain text dated by ``date`` when there is no header.

    The article is what follows the header, leading and trailing whitespace stripped;
    blank-line separated paragraphs are kept as they are.
    """
    text = text.removeprefix("\ufeff")
    m = _HEADER.match(text)
    if m:
        line = text.count("\n", 0, m.start(1)) + 1
        parsed = parse_date(m[1])
        if parsed is None or len(m[1]) != 10:
            return ReadFailure(
                Origin(path, line),
                f"bad date {m[1]!r} in the header: write it as `date YYYY-MM-DD`",
            )
        body = text[m.end() :].strip()
        article_date = parsed
    else:
        line = None
        if date is None:
            return ReadFailure(
                Origin(path, 1),
                "no date: start the file with a `date YYYY-MM-DD` line (the publication date) "
                f"or {_NO_DATE_HINT}",
            )
        body = text.strip()
        article_date = date
    if not body:
        return ReadFailure(Origin(path, line), "no article text: the file holds only a date")
    return Article(
        id=content_id(body, article_date), date=article_date, text=body, origin=Origin(path, line)
    )


def read_html(
    data: bytes | str, path: str, *, date: dt.date | None = None
) -> Article | ReadFailure:
    """An HTML page -> its article text, paragraphs separated by blank lines.

    Uses trafilatura when installed, else keeps the page's ``<p>`` elements. The date is
    ``date`` if given, else the page's published-date meta tags (``article:published_time``,
    ``datePublished`` in JSON-LD or microdata, ``date``, ``pubdate`` ...).
    """
    if isinstance(data, bytes):
        try:
            html = _decode_html(data)
        except UnicodeDecodeError as exc:
            return ReadFailure(Origin(path), _not_utf8(exc))
    else:
        html = data
    page = _PageParser.parse(html)
    body = _extract_with_trafilatura(html)
    if body is None:
        body = "\n\n".join(page.paragraphs)
    body = body.strip()
    if not body:
        return ReadFailure(
            Origin(path),
            "no article text found in the HTML: save the article page itself, or convert it to "
            "the dated-text format",
        )
    article_date = date or page.date or _trafilatura_date(html)
    if article_date is None:
        return ReadFailure(
            Origin(path),
            "no publication date in the HTML (no article:published_time, datePublished or "
            f"similar meta tag): {_NO_DATE_HINT}",
        )
    return Article(
        id=content_id(body, article_date),
        date=article_date,
        text=body,
        title=page.title,
        url=page.url,
        source=page.site,
        lang=page.lang,
        origin=Origin(path),
    )


# --- helpers -------------------------------------------------------------------------------


def walk(root: str) -> Iterator[str]:
    """Readable files under ``root``, sorted by their path parts (``a/z`` before ``b``)."""
    found: list[tuple[tuple[str, ...], str]] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if not name.startswith(".") and os.path.splitext(name)[1].lower() in SUFFIXES:
                full = os.path.join(dirpath, name)
                found.append((tuple(os.path.relpath(full, root).split(os.sep)), full))
    for _, full in sorted(found):
        yield full


def _read_stdin(stream: TextIO, date: dt.date | None) -> Iterator[Article | ReadFailure]:
    buffer = getattr(stream, "buffer", None)
    lines: Iterable[bytes | str] = buffer if buffer is not None else stream
    yield from read_jsonl(lines, STDIN_NAME, date=date)


def _read_text_bytes(data: bytes, path: str, date: dt.date | None) -> Article | ReadFailure:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return ReadFailure(Origin(path, data.count(b"\n", 0, exc.start) + 1), _not_utf8(exc))
    return read_dated_text(text.replace("\r\n", "\n"), path, date=date)


def _unreadable(path: str, exc: OSError) -> ReadFailure:
    if isinstance(exc, FileNotFoundError):
        return ReadFailure(Origin(path), "no such file: check the path")
    if isinstance(exc, PermissionError):
        return ReadFailure(Origin(path), "permission denied: make the file readable")
    return ReadFailure(Origin(path), f"cannot read the file ({exc.strerror or exc})")


def _not_utf8(exc: UnicodeDecodeError) -> str:
    return (
        f"not UTF-8 (byte {exc.object[exc.start]:#04x} at offset {exc.start}): "
        "re-encode the file as UTF-8, e.g. `iconv -f latin1 -t utf-8`"
    )


def _json_kind(value: Any) -> str:
    if value is None:
        return "null"
    return {
        bool: "a boolean",
        int: "a number",
        float: "a number",
        str: "a string",
        list: "an array",
        dict: "an object",
    }.get(type(value), type(value).__name__)


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)


def _decode_html(data: bytes) -> str:
    """UTF-8, or the charset the page declares; raise UnicodeDecodeError when neither works."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        m = _CHARSET.search(data[:4096])
        if m and m[1].lower().replace(b"_", b"-") not in (b"utf-8", b"utf8"):
            try:
                return data.decode(m[1].decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                pass
        raise


def _extract_with_trafilatura(html: str) -> str | None:
    try:
        import trafilatura
    except ImportError:
        return None
    text = trafilatura.extract(
        html, include_comments=False, include_tables=False, favor_precision=True
    )
    if not text:
        return None
    # trafilatura puts one paragraph per line; dateline separates paragraphs by blank lines.
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


def _trafilatura_date(html: str) -> dt.date | None:
    try:
        import trafilatura
    except ImportError:
        return None
    meta = trafilatura.extract_metadata(html)
    found = getattr(meta, "date", None) if meta is not None else None
    return parse_date(found) if isinstance(found, str) else None


_DATE_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
)
_SKIP = {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form"}
_BLOCK = {"p", "div", "section", "article", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br",
          "blockquote", "td", "tr", "main", "body"}  # fmt: skip


class _PageParser(HTMLParser):
    """The stdlib fallback: ``<p>`` paragraphs (or block text), title, date and site meta."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.p_paragraphs: list[str] = []
        self.block_paragraphs: list[str] = []
        self.meta: dict[str, str] = {}
        self.title_text = ""
        self.lang: str | None = None
        self._skip = 0
        self._in_p = 0
        self._in_title = False
        self._in_ldjson = False
        self._ldjson: list[str] = []
        self.ldjson_blobs: list[str] = []
        self._p: list[str] = []
        self._block: list[str] = []
        self._time_datetime: str | None = None

    @classmethod
    def parse(cls, html: str) -> _PageParser:
        parser = cls()
        parser.feed(html)
        parser.close()
        return parser

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "html" and a.get("lang"):
            self.lang = a["lang"].split("-")[0].lower()
        elif tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and "content" in a:
                self.meta.setdefault(key, a["content"].strip())
        elif tag == "time" and a.get("datetime") and self._time_datetime is None:
            self._time_datetime = a["datetime"]
        elif tag == "title":
            self._in_title = True
        elif tag == "script" and a.get("type", "").lower() == "application/ld+json":
            self._in_ldjson = True
        if tag in _SKIP:
            self._skip += 1
        if tag in _BLOCK:
            self._flush_block()
        if tag == "p":
            self._flush_p()
            self._in_p += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and self._skip:
            self._skip -= 1
        if tag == "title":
            self._in_title = False
        if tag == "script" and self._in_ldjson:
            self._in_ldjson = False
            self.ldjson_blobs.append("".join(self._ldjson))
            self._ldjson = []
        if tag == "p" and self._in_p:
            self._in_p -= 1
            self._flush_p()
        if tag in _BLOCK:
            self._flush_block()

    def handle_data(self, data: str) -> None:
        if self._in_ldjson:
            self._ldjson.append(data)
        elif self._in_title:
            self.title_text += data
        elif not self._skip:
            self._block.append(data)
            if self._in_p:
                self._p.append(data)

    def close(self) -> None:
        super().close()
        self._flush_p()
        self._flush_block()

    def _flush_p(self) -> None:
        text = " ".join("".join(self._p).split())
        if text:
            self.p_paragraphs.append(text)
        self._p = []

    def _flush_block(self) -> None:
        text = " ".join("".join(self._block).split())
        if text:
            self.block_paragraphs.append(text)
        self._block = []

    @property
    def paragraphs(self) -> list[str]:
        return self.p_paragraphs or self.block_paragraphs

    @property
    def title(self) -> str | None:
        title = self.meta.get("og:title") or " ".join(self.title_text.split())
        return title or None

    @property
    def url(self) -> str | None:
        return self.meta.get("og:url") or None

    @property
    def site(self) -> str | None:
        return self.meta.get("og:site_name") or None

    @property
    def date(self) -> dt.date | None:
        for key in _DATE_META:
            if key in self.meta and (found := parse_date(self.meta[key])):
                return found
        for blob in self._ldjson_objects():
            value = blob.get("datePublished")
            if isinstance(value, str) and (found := parse_date(value)):
                return found
        if self._time_datetime:
            return parse_date(self._time_datetime)
        return None

    def _ldjson_objects(self) -> Iterator[dict[str, Any]]:
        stack: list[Any] = []
        for blob in self.ldjson_blobs:
            try:
                stack.append(json.loads(blob))
            except json.JSONDecodeError:
                continue
        while stack:
            item = stack.pop(0)
            if isinstance(item, dict):
                yield item
                stack.extend(v for v in item.values() if isinstance(v, dict | list))
            elif isinstance(item, list):
                stack.extend(item)
