"""Evaluate time expressions on TimeML corpora (TempEval-3 TBAQ-cleaned: TimeBank + AQUAINT).

Each ``.tml`` file holds inline TimeML: the document creation time (DCT) is the TIMEX3 with
``functionInDocument="CREATION_TIME"``; the article is the ``<TEXT>`` element, with EVENT,
TIMEX3 and SIGNAL tags inline. :func:`load_document` strips the tags, keeping character offsets
of every TIMEX3 inside ``<TEXT>``; only those are scored, never the DCT itself.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dateline.eval.timescore import Counts, format_table

TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
ATTR = re.compile(r'([A-Za-z_:]+)="([^"]*)"')
TEXT_BODY = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
DCT = re.compile(r"<TIMEX3[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>")


@dataclass(frozen=True, slots=True)
class GoldTimex:
    text: str
    start: int
    end: int
    type: str
    value: str
    tid: str


@dataclass(frozen=True, slots=True)
class TimemlDocument:
    id: str
    date: dt.date
    text: str
    timexes: tuple[GoldTimex, ...]


def load_document(path: str | Path) -> TimemlDocument:
    """Read one inline TimeML file: the plain ``<TEXT>`` body, its TIMEX3s and the DCT."""
    raw = Path(path).read_text(encoding="utf-8")
    dct_tag = DCT.search(raw)
    if dct_tag is None:
        raise ValueError(f"{path}: no TIMEX3 with functionInDocument=CREATION_TIME")
    dct_value = dict(ATTR.findall(dct_tag.group(0))).get("value", "")
    date = dt.date.fromisoformat(dct_value[:10])
    body = TEXT_BODY.search(raw)
    if body is None:
        raise ValueError(f"{path}: no <TEXT> element")
    text, timexes = strip_tags(body.group(1))
    return TimemlDocument(id=Path(path).stem, date=date, text=text, timexes=tuple(timexes))


def strip_tags(markup: str) -> tuple[str, list[GoldTimex]]:
    """Plain text of inline TimeML and the TIMEX3s in it, with offsets into that text."""
    parts: list[str] = []
    pos = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    timexes: list[GoldTimex] = []
    last = 0
    for m in TAG.finditer(markup):
        chunk = html.unescape(markup[last : m.start()])
        parts.append(chunk)
        pos += len(chunk)
        last = m.end()
        closing, name, attrs = m.group(1), m.group(2), m.group(3)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (pos, dict(ATTR.findall(attrs)))
        elif open_timex is not None:
            start, a = open_timex
            open_timex = None
            timexes.append(
                GoldTimex("", start, pos, a.get("type", ""), a.get("value", ""), a.get("tid", ""))
            )
    parts.append(html.unescape(markup[last:]))
    text = "".join(parts)
    return text, [
        GoldTimex(text[t.start : t.end], t.start, t.end, t.type, t.value, t.tid) for t in timexes
    ]


def document_paths(path: str | Path) -> list[Path]:
    """The ``.tml`` files under ``path`` (a file or a folder, searched recursively), leaving
    out TempEval-3's ``testpipeline`` folder, which repeats a TimeBank document."""
    p = Path(path)
    if p.is_file():
        return [p]
    return sorted(f for f in p.rglob("*.tml") if "testpipeline" not in f.parts)


def run(path: str, *, model: str | None = None, limit: int | None = None) -> dict[str, Any]:
    """Score :func:`dateline.extract.temporal.find_timexes` on the TimeML files under ``path``:
    strict and relaxed span, and value precision/recall/F1 (TempEval-3 style)."""
    from dateline.extract import nlp as nlp_mod
    from dateline.extract.pipeline import parse
    from dateline.extract.temporal import find_timexes

    paths = document_paths(path)
    if limit is not None:
        paths = paths[:limit]
    docs = [load_document(p) for p in paths]
    nlp = nlp_mod.load(model)
    counts = Counts()
    for parsed, gold in parse(nlp, ((d.text, d) for d in docs), batch_size=16):
        predicted = find_timexes(parsed, gold.date)
        counts.add(gold.timexes, predicted, gold.text, gold.id, keep_errors=10_000)
    report = counts.report()
    report["corpus"] = "timeml"
    report["path"] = str(path)
    return report


def format_report(report: dict[str, Any]) -> str:
    return format_table("TimeML", report)
