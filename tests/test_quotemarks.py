"""Quote-mark pairing (``quotemarks.pair_marks``) on hand-built strings; no model needed."""

from __future__ import annotations

import random

import pytest

from dateline.extract.quotemarks import DOUBLE_MARKS, Quoted, mark_size, pair_marks
from dateline.ingest.paragraphs import paragraph_spans


def quoted(text: str) -> list[str]:
    """The text of every quoted stretch, paragraphs as ``paragraph_spans`` finds them."""
    return [text[q.start : q.end] for q in pair_marks(text, paragraph_spans(text))]


def pairs(text: str) -> list[Quoted]:
    return pair_marks(text, paragraph_spans(text))


# --- the three kinds of marks -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Hello there," she said.', ["Hello there,"]),
        ("“Hello there,” she said.", ["Hello there,"]),
        ("«Bonjour tout le monde», a-t-il dit.", ["Bonjour tout le monde"]),
        # French spacing inside guillemets: the whitespace is not part of the quote
        ("« Bonjour », dit-il.", ["Bonjour"]),
        # a straight opener closed by a curly mark (mixed typography)
        ('"Hello,” he said.', ["Hello,"]),
        ('He said: "Yes."', ["Yes."]),
        ('Ends with "quote"', ["quote"]),
        ('a "b" c "d" e', ["b", "d"]),
        # no space between the marks and the words around them
        ('He said"hello"to me', ["hello"]),
        # markup left in crawled text: its attribute values are not quotes
        ('<tweet id="67213" author="@x">Scanner: "he left early"</tweet>.', ["he left early"]),
        ('<a href="https://example.com/a">"Read this," he wrote</a>', ["Read this,"]),
        ('If x < y and "z" > w', ["z"]),
    ],
)
def test_marks(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


def test_offsets_exclude_the_marks() -> None:
    text = "Kallas said: “We act now.” Then she left."
    [q] = pairs(text)
    assert text[q.open_mark] == "“"
    assert q.close_mark is not None and text[q.close_mark] == "”"
    assert (q.start, q.end) == (q.open_mark + 1, q.close_mark)
    assert not q.continues


@pytest.mark.xfail(
    strict=True,
    reason="„ opens but the German closing “ is taken for another opener at paragraph start "
    "and ignored; the quote runs to the paragraph end",
)
def test_german_low_high_marks() -> None:
    assert quoted("„Guten Tag“, sagte er.") == ["Guten Tag"]


@pytest.mark.xfail(
    strict=True,
    reason="reversed guillemets (»…«, German/Danish) are not paired: » only closes, « only opens",
)
def test_reversed_guillemets() -> None:
    assert quoted("»Hej«, sagde han.") == ["Hej"]


# --- apostrophes and single marks -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Democrats’ plan is “dead on arrival,” he said.", ["dead on arrival,"]),
        ("He loves rock ’n’ roll and “hates jazz,” she said.", ["hates jazz,"]),
        ("Back in the ’90s, he said “things were different.”", ["things were different."]),
        # plural possessives, straight and curly, before and inside the quote
        ('The players\' union said "no deal" today.', ["no deal"]),
        ("The Joneses’ lawyer said “the owners’ offer is void.”", ["the owners’ offer is void."]),
        ("\"The workers' pay is late,\" the unions' leader said.", ["The workers' pay is late,"]),
        # an inch mark after a digit is a stray closer, not the start of a quote
        ('The 5\'11" player said "hi there" loudly.', ["hi there"]),
        # ’Tis: an apostrophe right after the opening mark
        ("“’Tis the season,” he said.", ["’Tis the season,"]),
        # wire copy types the apostrophe as a straight double mark
        ('Nepal"s biggest bank fell but brokers welcomed Rao"s plan.', []),
        ('Traders said "we don"t see a cut" and left.', ['we don"t see a cut']),
        # but a mark before a word, or glued to the word before a quote, still quotes
        ('The letter "s" is silent here, she said.', ["s"]),
        ('The ad said"some voters" were lost.', ["some voters"]),
    ],
)
def test_apostrophes_do_not_disturb_pairing(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "\"He told me 'never again' and left,\" she said.",
            ["He told me 'never again' and left,"],
        ),
        ("“He told me ‘never again’ and left,” she said.", ["He told me ‘never again’ and left,"]),
        ("“‘Never,’ he told me,” she said.", ["‘Never,’ he told me,"]),
    ],
)
def test_nested_single_quotes_stay_inside(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


def test_single_quotes_alone_are_not_paired() -> None:
    assert quoted("He called it 'a farce' and left.") == []
    assert quoted("He called it ‘a farce’ and left.") == []


# --- stray and unbalanced marks ---------------------------------------------------------------


def test_stray_closer_is_ignored() -> None:
    assert quoted("He said” something “real thing” here.") == ["real thing"]


def test_unbalanced_mark_does_not_shift_later_paragraphs() -> None:
    text = 'He said "one thing.\n\nThen "two" and "three" followed.\n\n"Four," she said.'
    assert quoted(text) == ["two", "three", "Four,"]


def test_unbalanced_mark_in_a_paragraph_restarts_at_the_next_opener() -> None:
    text = 'He said "one thing and "another thing" later.\n\n"Second," she said.'
    assert quoted(text) == ["another thing", "Second,"]


def test_quote_opening_its_paragraph_holds_one_quote_nested_with_the_same_marks() -> None:
    text = "“I would rather live in what he calls “hell” than live here.” ― Ana Ruiz"
    assert quoted(text) == ["I would rather live in what he calls “hell” than live here."]
    # inside a sentence, a second opener still restarts the quote (the first was stray)
    text = "She said “I would rather live in what he calls “hell” than here.” ― Ana Ruiz"
    assert quoted(text) == ["hell"]
    # two marks side by side are one doubled mark, not a nested quote
    text = '"“We will win,” Rubio said before adding that he would fight.”'
    assert [q.split()[-1] for q in quoted(text)] == ["win,"]


def test_odd_number_of_marks_in_line_separated_paragraphs() -> None:
    # no blank lines: one paragraph per line; the odd mark in line one stays there
    text = 'A "broken line\nB "fine" here\nC "also fine" too'
    assert quoted(text) == ["fine", "also fine"]


# --- quotes over several paragraphs -----------------------------------------------------------


def test_multi_paragraph_quote_reopens_without_closing() -> None:
    text = "“First part.\n\n“Second part.\n\n“Third part,” she said."
    qs = pairs(text)
    assert [text[q.start : q.end] for q in qs] == ["First part.", "Second part.", "Third part,"]
    assert [q.continues for q in qs] == [True, True, False]
    assert [q.close_mark is None for q in qs] == [True, True, False]


def test_multi_paragraph_quote_opening_mid_paragraph() -> None:
    text = 'Kallas said: "We will act.\n\n"And we will act fast."'
    qs = pairs(text)
    assert [text[q.start : q.end] for q in qs] == ["We will act.", "And we will act fast."]
    assert qs[0].continues and qs[0].close_mark is None
    assert not qs[1].continues


def test_straight_multi_paragraph_quote() -> None:
    text = '"First part.\n\n"Second part," she said.\n\nShe left.'
    assert quoted(text) == ["First part.", "Second part,"]


# --- lost closing marks -----------------------------------------------------------------------


def test_lost_closing_mark_at_paragraph_start_runs_to_paragraph_end() -> None:
    text = '"The closing mark is lost here, she said.\n\nNext paragraph is plain.'
    qs = pairs(text)
    assert [text[q.start : q.end] for q in qs] == ["The closing mark is lost here, she said."]
    assert qs[0].close_mark is None and not qs[0].continues


def test_lost_closing_mark_mid_paragraph_is_dropped() -> None:
    text = 'She said "the closing mark is lost here.\n\nNext paragraph is plain.'
    assert quoted(text) == []


def test_lost_closing_mark_does_not_swallow_the_next_paragraph() -> None:
    text = '"Lost closer here.\n\nPlain words, then "a real quote" here.'
    assert quoted(text) == ["Lost closer here.", "a real quote"]


# --- degenerate input -------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", " ", "\n\n", '"', '""', '" "', "“”", "«»", "’", '"\n\n"'])
def test_degenerate_input_gives_nothing(text: str) -> None:
    assert quoted(text) == []


def test_no_paragraphs_gives_nothing() -> None:
    assert pair_marks('"a quote"', []) == []
    assert pair_marks("", []) == []


# --- never raises -----------------------------------------------------------------------------

_ALPHABET = list("ab .,:;—-()\n\t") + ["\n\n"] + list(DOUBLE_MARKS) + list("‘’'‹›")


def _check(text: str, paragraphs: list[tuple[int, int]]) -> None:
    qs = pair_marks(text, paragraphs)
    last_end = -1
    for q in qs:
        assert 0 <= q.open_mark < q.start < q.end <= len(text)
        assert mark_size(text, q.open_mark) > 0
        if q.close_mark is not None:
            assert q.end <= q.close_mark < len(text)
            assert mark_size(text, q.close_mark) > 0
            assert not q.continues
        assert not text[q.start].isspace() and not text[q.end - 1].isspace()
        # every quote lies inside one paragraph, and quotes do not overlap
        assert any(lo <= q.open_mark and q.end <= hi for lo, hi in paragraphs)
        assert q.open_mark > last_end
        last_end = q.close_mark if q.close_mark is not None else q.end


def test_fuzz_never_raises_and_offsets_are_sane() -> None:
    rng = random.Random(20250904)
    for _ in range(3000):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 40)))
        _check(text, paragraph_spans(text))
        _check(text, [(0, len(text))] if text else [])


def test_doubled_apostrophes_are_quote_marks() -> None:
    text = "''I'm more skilled with my hands,'' said Robin. ''But I like it.''"
    found = pair_marks(text, [(0, len(text))])
    assert [text[q.start : q.end] for q in found] == [
        "I'm more skilled with my hands,",
        "But I like it.",
    ]


def test_single_apostrophes_stay_apostrophes_beside_doubled_ones() -> None:
    text = "The ’90s rock ’n’ roll ''revival,'' as fans call it, isn't over."
    found = pair_marks(text, [(0, len(text))])
    assert [text[q.start : q.end] for q in found] == ["revival,"]


def test_a_closing_mark_that_opens_a_line_opens() -> None:
    text = "”Mr. Trump embodies the legacy of racism.” ― Sonya Herridge"
    found = pair_marks(text, [(0, len(text))])
    assert [text[q.start : q.end] for q in found] == ["Mr. Trump embodies the legacy of racism."]


def test_curly_single_quotes_outside_double_ones() -> None:
    from dateline.extract.quotemarks import single_quoted

    text = "Warren Hammers CEO: ‘You Should Be Criminally Investigated.’ The Democrats’ plan"
    paragraphs = [(0, len(text))]
    found = single_quoted(text, paragraphs, pair_marks(text, paragraphs))
    assert [text[q.start : q.end] for q in found] == ["You Should Be Criminally Investigated."]


def test_straight_single_quotes_pair_in_the_headline_only() -> None:
    from dateline.extract.quotemarks import single_quoted

    headline = "Silverman heckles supporters: 'You're being ridiculous.'"
    text = headline + "\n\nShe said 'no way' twice."
    paragraphs = [(0, len(headline)), (len(headline) + 2, len(text))]
    found = single_quoted(text, paragraphs, pair_marks(text, paragraphs))
    assert [text[q.start : q.end] for q in found] == ["You're being ridiculous."]
    # a lone line is no headline, nor is a long first paragraph
    alone = [(0, len(headline))]
    assert single_quoted(headline, alone, pair_marks(headline, alone)) == []
    long = headline + " And then the crowd went on and on." * 6
    text = long + "\n\nShe left."
    paragraphs = [(0, len(long)), (len(long) + 2, len(text))]
    assert single_quoted(text, paragraphs, pair_marks(text, paragraphs)) == []


def test_single_quotes_inside_double_ones_are_left_to_the_double_quote() -> None:
    from dateline.extract.quotemarks import single_quoted

    text = "He said, “Americans don’t use the word ‘queue’ at all.”"
    paragraphs = [(0, len(text))]
    assert single_quoted(text, paragraphs, pair_marks(text, paragraphs)) == []


def test_apostrophes_and_decades_do_not_open_single_quotes() -> None:
    from dateline.extract.quotemarks import single_quoted

    text = "In the ‘90s, the Democrats’ rock ’n’ roll era began."
    paragraphs = [(0, len(text))]
    assert single_quoted(text, paragraphs, pair_marks(text, paragraphs)) == []
