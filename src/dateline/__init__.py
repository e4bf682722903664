"""dateline: who said what, when, from dated news articles."""

from __future__ import annotations

from dateline.model import (
    Article,
    Claim,
    Entity,
    Extraction,
    Mention,
    Quote,
    Span,
    Speaker,
    Timex,
)

__all__ = [
    "Article",
    "Claim",
    "Entity",
    "Extraction",
    "Mention",
    "Quote",
    "Span",
    "Speaker",
    "Timex",
]
__version__ = "0.1.0"
