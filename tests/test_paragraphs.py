"""Paragraph boundaries on hand-built texts: blank lines, one paragraph per line, and both."""

from __future__ import annotations

from dateline.ingest.paragraphs import paragraph_spans


def paragraphs(text: str) -> list[str]:
    return [text[s:e] for s, e in paragraph_spans(text)]


LONG_A = "Tusk warned in July that Moscow could be ready to attack within two years, " * 2
LONG_B = "“We are supporting them,” Kallas said on Wednesday after the meeting in Brussels. " * 2


def test_blank_lines_separate_paragraphs() -> None:
    assert paragraphs("One.\n\nTwo.\n") == ["One.", "Two."]


def test_without_blank_lines_each_line_is_a_paragraph() -> None:
    assert paragraphs("One.\nTwo.\n  Three.") == ["One.", "Two.", "Three."]


def test_hard_wrapped_lines_between_blank_lines_are_one_paragraph() -> None:
    text = "Tusk warned in July that Moscow\ncould be ready within two years.\n\nKallas agreed."
    assert paragraphs(text) == [
        "Tusk warned in July that Moscow\ncould be ready within two years.",
        "Kallas agreed.",
    ]


def test_a_blank_line_under_the_title_leaves_body_lines_their_own_paragraphs() -> None:
    # a line longer than any wrapping: the block's lines are paragraphs, not wrapped text
    text = f"Kallas in Warsaw\n\n{LONG_A.strip()}\n{LONG_B.strip()}\nShort line.\n"
    assert paragraphs(text) == ["Kallas in Warsaw", LONG_A.strip(), LONG_B.strip(), "Short line."]
