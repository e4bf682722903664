"""dateline: who said what, when, from dated news articles."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

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

if TYPE_CHECKING:
    from dateline.kb import KnowledgeBase

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
    "open",
]
__version__ = "0.1.0"


def open(path: str | os.PathLike[str] = "dateline.db") -> KnowledgeBase:  # noqa: A001 - dateline.open(...)
    """Open a dateline store for reading: ``kb = dateline.open("dateline.db")``."""
    from dateline.kb import open as _open

    return _open(path)
