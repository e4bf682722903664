"""Plain dataclasses passed between dateline's stages.

Every extracted fact carries character offsets into ``Article.text``: ``text[start:end]`` is
always the fact's surface text. No spaCy object crosses a module border outside ``extract/``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

QuoteKind = Literal["direct", "indirect", "mixed"]


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of an article's text."""

    text: str
    start: int
    end: int

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(text[start:end], start, end)


@dataclass(frozen=True, slots=True)
class Origin:
    """Where an article came from, for error messages and failure records."""

    path: str
    line: int | None = None


@dataclass(frozen=True, slots=True)
class ReadFailure:
    """An input record that could not be read as an article, and why."""

    origin: Origin
    reason: str

    def __str__(self) -> str:
        where = self.origin.path + (f":{self.origin.line}" if self.origin.line else "")
        return f"{where}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Article:
    """One dated news article, as read by a reader in ``dateline.ingest``."""

    id: str
    date: dt.date
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    lang: str | None = None
    origin: Origin | None = None

    def paragraphs(self) -> list[tuple[int, int]]:
        """(start, end) of each paragraph: blank-line separated, or line separated when the
        text has no blank lines at all (one paragraph per line, as many feeds deliver)."""
        from dateline.ingest.paragraphs import paragraph_spans

        return paragraph_spans(self.text)


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention of an entity; ``kind`` tells how it was found."""

    text: str
    start: int
    end: int
    kind: Literal["name", "surname", "pronoun", "role", "metonym", "demonym", "other"] = "name"


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    name: str
    type: str
    roles: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    gender: Literal["f", "m", "n"] | None = None


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who said a quote: the canonical ``name`` (and ``entity`` id when the article names
    them), the ``mention`` that attributes the quote ("Noble", "he") and the whole source
    ``phrase`` around it as written ("Larry Noble, an attorney with the Campaign Legal
    Center,"); ``None`` there means the mention is the whole phrase."""

    name: str
    entity: str | None
    mention: Span
    phrase: Span | None = None

    @property
    def as_written(self) -> Span:
        """The whole source phrase, else the mention."""
        return self.phrase or self.mention


@dataclass(frozen=True, slots=True)
class Quote:
    kind: QuoteKind
    text: str
    start: int
    end: int
    cue: Span | None = None
    speaker: Speaker | None = None
    said_on: str | None = None
    #: index (in the article's quote list) of the piece this quote continues: a quote split by
    #: its attribution ("…," Kallas said. "…") is reported as pieces linked this way
    continues: int | None = None


@dataclass(frozen=True, slots=True)
class Timex:
    text: str
    start: int
    end: int
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str


@dataclass(frozen=True, slots=True)
class Claim:
    value: float | int
    unit: str | None
    approximate: bool
    about: str | None
    source: str | None
    as_of: str | None
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything dateline extracted from one article."""

    article: Article
    quotes: tuple[Quote, ...] = ()
    entities: tuple[Entity, ...] = ()
    claims: tuple[Claim, ...] = ()
    timexes: tuple[Timex, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The object ``dateline extract`` prints (see docs/extract-contract.md)."""
        a = self.article
        return {
            "id": a.id,
            "date": a.date.isoformat(),
            "title": a.title,
            "url": a.url,
            "source": a.source,
            "text": a.text,
            "quotes": [_quote_json(q) for q in self.quotes],
            "entities": [_entity_json(e) for e in self.entities],
            "claims": [asdict(c) for c in self.claims],
            "timexes": [asdict(t) for t in self.timexes],
        }


def _span_json(s: Span | Mention) -> dict[str, Any]:
    return {"text": s.text, "start": s.start, "end": s.end}


def _quote_json(q: Quote) -> dict[str, Any]:
    return {
        "kind": q.kind,
        "text": q.text,
        "start": q.start,
        "end": q.end,
        "cue": _span_json(q.cue) if q.cue else None,
        "speaker": (
            {
                "name": q.speaker.name,
                "entity": q.speaker.entity,
                "mention": _span_json(q.speaker.mention),
                "phrase": _span_json(q.speaker.as_written),
            }
            if q.speaker
            else None
        ),
        "said_on": q.said_on,
        "continues": q.continues,
    }


def _entity_json(e: Entity) -> dict[str, Any]:
    return {
        "id": e.id,
        "name": e.name,
        "type": e.type,
        "roles": list(e.roles),
        "mentions": [dict(_span_json(m), kind=m.kind) for m in e.mentions],
    }
