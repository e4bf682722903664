"""Pair quote marks into quoted stretches, robustly, without a model.

News text is messy: straight and curly marks mix, apostrophes look like closing single quotes,
a mark goes missing, and a quote running over several paragraphs reopens the mark at each
paragraph without closing the previous one. Pairing is done paragraph by paragraph, so an odd
mark can never shift the pairing of later paragraphs, and nothing here raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = frozenset("“„«")
CLOSERS = frozenset("”»")
STRAIGHT = '"'
DOUBLE_MARKS = OPENERS | CLOSERS | {STRAIGHT}
#: An HTML/XML tag left in the text by the crawler ('<tweet id="672138506081275904" …>').
_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>")
_OPEN_CONTEXT = frozenset(" \t\n([{—–-/:;,")
_CLOSE_CONTEXT = frozenset(" \t\n)]}—–-/.,;:!?…")


@dataclass(frozen=True, slots=True)
class Quoted:
    """Text between a pair of marks: ``start``/``end`` exclude the marks and outer whitespace.

    ``open_mark``/``close_mark`` are the marks' offsets (``close_mark`` is None when the quote
    runs on into the next paragraph, news style). ``continues`` is True for a quote whose
    paragraph ended before its closing mark.
    """

    start: int
    end: int
    open_mark: int
    close_mark: int | None
    continues: bool = False


def _role(text: str, i: int, lo: int, hi: int, size: int = 1) -> str:
    ch = text[i]
    if ch in OPENERS or text.startswith("``", i):
        return "open"
    if ch in CLOSERS and i != lo and text[i - 1] != "\n":
        return "close"
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + size] if i + size < hi else " "
    if i == lo or prev == "\n":
        return "open"  # a mark opening a line opens, whichever way it is drawn (”Mr. Trump …)
    opens = prev in _OPEN_CONTEXT or prev in DOUBLE_MARKS
    closes = nxt in _CLOSE_CONTEXT or nxt in DOUBLE_MARKS
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def pair_marks(text: str, paragraphs: list[tuple[int, int]]) -> list[Quoted]:
    """Every double-quoted stretch of ``text``, paragraph by paragraph.

    Rules: a mark that can only close while no quote is open is ignored (stray); an opening
    mark inside an open quote restarts the quote there (the earlier one was stray), unless the
    earlier one opened its paragraph (the one quote nested in it with the same marks is left
    inside it, ``_nested_close``); a quote still open at the end of its paragraph continues
    when the next paragraph opens with a mark, ends at the paragraph end when it opened the
    paragraph (a lost closing mark), and is dropped otherwise.
    """
    found: list[Quoted] = []
    for n, (lo, hi) in enumerate(paragraphs):
        marks = _marks(text, lo, hi)
        nested = _nested_close(marks, lo)
        open_at: int | None = None
        for i, role in marks:
            if i == nested:
                continue  # closes the quote nested in the one that opened the paragraph
            if open_at is None:
                if role != "close":
                    open_at = i
            elif role == "open" and open_at != lo:
                open_at = i
            elif role != "open":
                _emit(text, open_at, i, i, False, found)
                open_at = None
        if open_at is None:
            continue
        next_opens = n + 1 < len(paragraphs) and mark_size(text, paragraphs[n + 1][0]) > 0
        if next_opens:
            _emit(text, open_at, hi, None, True, found)
        elif open_at == lo:
            _emit(text, open_at, hi, None, False, found)
    return found


def _marks(text: str, lo: int, hi: int) -> list[tuple[int, str]]:
    """(position, role) of each double quote mark of the paragraph ``text[lo:hi]``, markup
    tags skipped ('<tweet id="…" author="…">': left in the text, not prose)."""
    marks: list[tuple[int, str]] = []
    i = lo
    while i < hi:
        tag = _TAG.match(text, i, hi) if text[i] == "<" else None
        if tag is not None:
            i = tag.end()
            continue
        size = mark_size(text, i)
        if size and not _apostrophe(text, i, hi):
            marks.append((i, _role(text, i, lo, hi, size)))
        i += size or 1
    return marks


#: Word endings after an apostrophe ("India's", "don't", "I'm", "they're", "we'll", "I've").
_CONTRACTION = re.compile(r"(?:s|t|m|d|re|ll|ve)(?![A-Za-z])")


def _apostrophe(text: str, i: int, hi: int) -> bool:
    """A double mark between a letter and a contraction's ending: an apostrophe, as wire copy
    of the 1980s types it ('India"s biggest', 'Gandhi"s proposal')."""
    return i > 0 and text[i - 1].isalpha() and _CONTRACTION.match(text, i + 1, hi) is not None


def _nested_close(marks: list[tuple[int, str]], lo: int) -> int | None:
    """'“I’d rather live in what he calls “hell” than live in a world where he is president.”
    ― Adriana Rodarte': a paragraph (opening at ``lo``) whose only marks open it, open again,
    close and close holds one quote nested in another with the same marks; the position of
    the inner close (else None). The second mark must not touch the first ('"“' is one
    doubled mark)."""
    if len(marks) != 4 or marks[0][0] != lo or marks[1][0] - lo <= 2:
        return None
    roles = [role for _, role in marks]
    if roles[0] == "close" or roles[1] != "open" or "open" in roles[2:]:
        return None
    return marks[2][0]


def single_quoted(
    text: str, paragraphs: list[tuple[int, int]], double: list[Quoted]
) -> list[Quoted]:
    """Single quotes outside double ones, as headlines write quotes: curly ones anywhere
    (‘Reclaim Our Schools’), straight ones in the headline ("Silverman heckles supporters:
    'You're being ridiculous.'"), where news has no other use for them. An opening mark at a
    word start is closed by the next closing mark that ends a word ("You're" goes on)."""
    inside = [
        (q.open_mark, (q.close_mark if q.close_mark is not None else q.end) + 1) for q in double
    ]
    found: list[Quoted] = []
    for lo, hi in paragraphs:
        _single_pairs(text, lo, hi, "‘", "’", inside, found)
    if len(paragraphs) > 1 and paragraphs[0][1] - paragraphs[0][0] <= _HEADLINE_CHARS:
        lo, hi = paragraphs[0]
        if "\n" not in text[lo:hi]:
            _single_pairs(text, lo, hi, "'", "'", inside, found)
    return found


#: The longest first line read as a headline. The whole line, not ``headline.headline_end``
#: (the parser's first sentence): that can end before the closing mark ("Carly Fiorina: 'Bill
#: Clinton's fair game.'" ends at "game."), and this pass runs on characters.
_HEADLINE_CHARS = 200


def _single_pairs(
    text: str,
    lo: int,
    hi: int,
    opener: str,
    closer: str,
    inside: list[tuple[int, int]],
    found: list[Quoted],
) -> None:
    """Add to ``found`` the single-quoted stretches of ``text[lo:hi]`` outside ``inside``."""
    i = lo
    while i < hi:
        j = text.find(opener, i, hi)
        if j < 0:
            break
        i = j + 1
        prev = text[j - 1] if j > lo else " "
        nxt = text[j + 1] if j + 1 < hi else " "
        if prev not in _OPEN_CONTEXT or not (nxt.isalpha() or nxt in '“"'):
            continue
        if any(a <= j < b for a, b in inside):
            continue
        k = j + 1
        while True:
            k = text.find(closer, k, hi)
            if k < 0:
                break
            after = text[k + 1] if k + 1 < hi else " "
            if not after.isalpha():
                break
            k += 1
        if k < 0 or any(a <= k < b for a, b in inside):
            continue
        _emit(text, j, k, k, False, found)
        i = k + 1


def mark_size(text: str, i: int) -> int:
    """1 for a double quote mark at ``i``, 2 for a doubled apostrophe ('' as some wires write
    quotes), 0 otherwise."""
    if text[i] in DOUBLE_MARKS:
        return 1
    if text.startswith("''", i) or text.startswith("``", i):
        return 2
    return 0


def _emit(
    text: str, open_at: int, end: int, close: int | None, continues: bool, out: list[Quoted]
) -> None:
    start = open_at + max(mark_size(text, open_at), 1)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Quoted(start, end, open_at, close, continues))
