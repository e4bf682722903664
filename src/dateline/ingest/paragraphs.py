"""Paragraph boundaries of an article's text."""

from __future__ import annotations

import re

_BLANK = re.compile(r"\n[ \t\r\f\v]*\n\s*")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty paragraph, trailing and leading whitespace excluded.

    Paragraphs are separated by blank lines; a text with no blank line but several lines is
    taken as one paragraph per line (a common feed and JSONL convention).
    """
    sep = _BLANK if _BLANK.search(text) else re.compile(r"\n\s*")
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in sep.finditer(text):
        _add(text, pos, m.start(), spans)
        pos = m.end()
    _add(text, pos, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
