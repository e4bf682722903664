"""The source phrase is cut back where it would run into its own quote (no model needed)."""

from __future__ import annotations

import pytest

from dateline.extract.speakers import outside_quote
from dateline.model import Span, Speaker


def _speaker(text: str, mention: str, phrase: str) -> Speaker:
    m, p = text.index(mention), text.index(phrase)
    return Speaker(
        mention, None, Span(mention, m, m + len(mention)), Span(phrase, p, p + len(phrase))
    )


@pytest.mark.parametrize(
    ("text", "mention", "phrase", "quote", "expected"),
    [
        pytest.param(
            "An outside group backing Marco Rubio ran ads.",
            "An outside group",
            "An outside group backing Marco Rubio",
            "Marco Rubio",
            "An outside group",
            id="quote-after-the-mention",
        ),
        pytest.param(
            "Kasich: ‘We Are Going To Cleveland’",
            "Kasich",
            "Kasich: ‘We Are Going To Cleveland",
            "We Are Going To Cleveland",
            "Kasich",
            id="labelled-headline",
        ),
        pytest.param(
            "the plan, which Smith backed, failed",
            "Smith",
            "the plan, which Smith",
            "the plan",
            "Smith",
            id="quote-before-the-mention",
        ),
        pytest.param(
            "Larry Noble, an attorney, said the rule was unfair.",
            "Larry Noble",
            "Larry Noble, an attorney,",
            "the rule was unfair",
            "Larry Noble, an attorney,",
            id="apart-unchanged",
        ),
    ],
)
def test_the_phrase_stops_at_its_quote(
    text: str, mention: str, phrase: str, quote: str, expected: str
) -> None:
    q = text.index(quote)
    got = outside_quote(_speaker(text, mention, phrase), q, q + len(quote), text).phrase
    assert got is not None and got.text == expected
    assert text[got.start : got.end] == expected


def test_a_mention_inside_its_quote_keeps_no_phrase() -> None:
    text = "So that, I said, is why I went overboard."
    speaker = _speaker(text, "I", "I said")
    assert outside_quote(speaker, 0, len(text), text).phrase is None
