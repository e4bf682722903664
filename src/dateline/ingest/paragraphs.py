"""Paragraph boundaries of an article's text."""

from __future__ import annotations

import re

_BLANK = re.compile(r"\n[ \t\r\f\v]*\n\s*")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty paragraph, trailing and leading whitespace excluded.

    Paragraphs are separated by blank lines; a text with no blank line but several lines is
    taken as one paragraph per line (a common feed and JSONL convention).
    """
    sep = _BLANK if _BLANK.search(text) else _LINE
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in sep.finditer(text):
        _add_block(text, pos, m.start(), spans)
        pos = m.end()
    _add_block(text, pos, len(text), spans)
    return spans


_LINE = re.compile(r"\n\s*")
#: Lines hard-wrapped for print or e-mail stay within this many characters.
_WRAP_WIDTH = 100


def _add_block(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """A block between blank lines is one paragraph when its lines are hard-wrapped; a line
    longer than any wrapping makes each of its lines a paragraph (a title set off by a blank
    line above body paragraphs one per line)."""
    lines = text[start:end].split("\n")
    if len(lines) == 1 or max(len(line) for line in lines) <= _WRAP_WIDTH:
        _add(text, start, end, spans)
        return
    pos = start
    for m in _LINE.finditer(text, start, end):
        _add(text, pos, m.start(), spans)
        pos = m.end()
    _add(text, pos, end, spans)


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
