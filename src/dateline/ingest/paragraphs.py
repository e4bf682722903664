"""Paragraph boundaries of an article's text."""

from __future__ import annotations

import re
from collections.abc import Iterator

_BLANK = re.compile(r"\n[ \t\r\f\v]*\n\s*")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty paragraph, trailing and leading whitespace excluded.

    Paragraphs are separated by blank lines; a text with no blank line but several lines is
    taken as one paragraph per line (a common feed and JSONL convention), and so is a block
    between blank lines with a line longer than hard wrapping makes them (a title set off by a
    blank line above body paragraphs one per line).
    """
    sep = _BLANK if _BLANK.search(text) else _LINE
    spans: list[tuple[int, int]] = []
    for start, end in _pieces(text, sep, 0, len(text)):
        lines = text[start:end].split("\n")
        if len(lines) > 1 and max(len(line) for line in lines) > _WRAP_WIDTH:
            for s, e in _pieces(text, _LINE, start, end):
                _add(text, s, e, spans)
        else:
            _add(text, start, end, spans)
    return spans


_LINE = re.compile(r"\n\s*")
#: Lines hard-wrapped for print or e-mail stay within this many characters.
_WRAP_WIDTH = 100


def _pieces(text: str, sep: re.Pattern[str], start: int, end: int) -> Iterator[tuple[int, int]]:
    """The stretches of ``text[start:end]`` between matches of ``sep``."""
    pos = start
    for m in sep.finditer(text, start, end):
        yield pos, m.start()
        pos = m.end()
    yield pos, end


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
