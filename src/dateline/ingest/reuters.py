"""Reuters-21578 (SGML newswire from 1987) -> Articles, for throughput and bulk-ingest work.

Each ``reut2-NNN.sgm`` holds ``<REUTERS NEWID="…">`` records with ``<DATE>``, ``<TITLE>`` and
``<BODY>``. Stories without a body (headline-only flashes) or without a readable date are
skipped. Bodies are hard-wrapped at about 70 columns with indented paragraphs; the wrapping is
undone and paragraphs are separated by blank lines, and the closing "Reuter" signature is dropped.
"""

from __future__ import annotations

import datetime as dt
import glob
import html
import os
import re
from collections.abc import Iterable, Iterator

from dateline.model import Article, Origin

_RECORD = re.compile(r"<REUTERS\b([^>]*)>(.*?)</REUTERS>", re.DOTALL)
_NEWID = re.compile(r'\bNEWID="(\d+)"')
_DATE = re.compile(r"<DATE>\s*(\d{1,2})-([A-Za-z]{3})-(\d{4})")
_TITLE = re.compile(r"<TITLE>(.*?)</TITLE>", re.DOTALL)
_BODY = re.compile(r"<BODY>(.*?)</BODY>", re.DOTALL)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_SIGNATURE = re.compile(r"\s*\b(?:Reuter|REUTER)\s*$")
_TICKER = re.compile(r"(\S+)[ \t]*<[A-Z0-9.]{1,12}>")  # "Corp <BT>", "NV <NTNN.AS>"
_MARKED_NAME = re.compile(r"<([^<>\n]{1,100})>")
_PARAGRAPH = re.compile(r"\n(?=[ \t]+\S)")  # a line that opens with indentation
_MONTHS = {
    m: i
    for i, m in enumerate(
        ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"), 1
    )
}


def sgm_files(path: str) -> list[str]:
    """The ``.sgm`` files of a folder (sorted), or ``[path]`` for a single file."""
    if os.path.isdir(path):
        return sorted(glob.glob(os.path.join(path, "*.sgm")))
    return [path]


def read_reuters(paths: Iterable[str], *, limit: int | None = None) -> Iterator[Article]:
    """Articles with a body from Reuters-21578 ``.sgm`` files or folders, in file order."""
    count = 0
    for path in paths:
        for file in sgm_files(path):
            for article in parse_sgm(_read(file), file):
                if limit is not None and count >= limit:
                    return
                count += 1
                yield article


def parse_sgm(sgml: str, path: str = "<sgml>") -> Iterator[Article]:
    """The articles of one SGML file's text."""
    line, counted = 1, 0
    for m in _RECORD.finditer(sgml):
        attrs, inner = m[1], m[2]
        body_m = _BODY.search(inner)
        date_m = _DATE.search(inner)
        if not body_m or not date_m:
            continue
        date = _date(date_m)
        text = clean_body(body_m[1])
        if date is None or not text:
            continue
        newid = _NEWID.search(attrs)
        title_m = _TITLE.search(inner)
        title = " ".join(_unescape(title_m[1]).split()) if title_m else None
        line += sgml.count("\n", counted, m.start())
        counted = m.start()
        yield Article(
            id=f"reuters-{newid[1]}" if newid else f"reuters-{path}:{line}",
            date=date,
            text=text,
            title=title or None,
            source="Reuters",
            lang="en",
            origin=Origin(path, line),
        )


def clean_body(raw: str) -> str:
    """Unescape, drop control characters and the signature, unwrap lines into paragraphs, and
    drop the wire's markup around company names: "<Fluke Mfg Co> said" is "Fluke Mfg Co said",
    and the ticker in "Bankers Trust New York Corp <BT> said" goes."""
    text = _CONTROL.sub("", _unescape(raw)).replace("\r", "")
    text = _SIGNATURE.sub("", text)
    text = _TICKER.sub(_without_ticker, text)
    text = _MARKED_NAME.sub(r"\1", text)
    paragraphs = (" ".join(p.split()) for p in _PARAGRAPH.split(text))
    return "\n\n".join(p for p in paragraphs if p)


def _without_ticker(m: re.Match[str]) -> str:
    """A name's ticker goes; a bracketed name after a lowercase word stays ("and <IBM>")."""
    return m[1] if m[1][:1].isupper() or m[1][-1:] in ".)" else m[0]


def _unescape(text: str) -> str:
    return html.unescape(text)


def _date(m: re.Match[str]) -> dt.date | None:
    month = _MONTHS.get(m[2].upper())
    if month is None:
        return None
    try:
        return dt.date(int(m[3]), month, int(m[1]))
    except ValueError:
        return None


def _read(file: str) -> str:
    # The collection is ASCII apart from a handful of Latin-1 bytes.
    with open(file, encoding="latin-1") as fh:
        return fh.read()
