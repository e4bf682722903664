"""Hand-built extractions: for tests, examples and trying the store without spaCy.

Facts are given by their surface text and found in the article text, so offsets are always
right: ``build(text, "2025-09-04", quotes=[Q("It is clear...", "Kaja Kallas")])``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from dateline.model import (
    Article,
    Claim,
    Entity,
    Extraction,
    Mention,
    Origin,
    Quote,
    Span,
    Speaker,
    Timex,
)


@dataclass(frozen=True)
class E:
    """An entity: canonical name, type, the surface forms of its mentions (with kinds)."""

    name: str
    type: str = "PERSON"
    mentions: tuple[tuple[str, str], ...] = ()  # (text, kind); the name itself when empty
    roles: tuple[str, ...] = ()


@dataclass(frozen=True)
class Q:
    """A quote by surface text, with the canonical speaker name and the mention attributing it."""

    text: str
    speaker: str | None = None
    mention: str | None = None  # defaults to the speaker's name
    said_on: str | None = None
    kind: str = "direct"


@dataclass(frozen=True)
class C:
    text: str
    value: float
    unit: str | None = None
    about: str | None = None
    source: str | None = None


@dataclass
class Doc:
    text: str
    date: str
    outlet: str | None = None
    title: str | None = None
    entities: list[E] = field(default_factory=list)
    quotes: list[Q] = field(default_factory=list)
    claims: list[C] = field(default_factory=list)
    timexes: list[tuple[str, str]] = field(default_factory=list)  # (text, value)
    path: str = "sample.jsonl"
    line: int | None = None


def build(doc: Doc) -> Extraction:
    text = doc.text
    article = Article(
        id=f"sample-{abs(hash(text)) % 10**8}",
        date=dt.date.fromisoformat(doc.date),
        text=text,
        title=doc.title,
        source=doc.outlet,
        origin=Origin(doc.path, doc.line),
    )
    entities = []
    ids: dict[str, str] = {}
    for i, e in enumerate(doc.entities):
        eid = f"e{i}"
        ids[e.name] = eid
        forms = e.mentions or ((e.name, "name"),)
        mentions = []
        for form, kind in forms:
            start = _find(text, form)
            mentions.append(Mention(form, start, start + len(form), kind))  # type: ignore[arg-type]
        entities.append(Entity(eid, e.name, e.type, tuple(e.roles), tuple(mentions)))
    quotes = []
    for q in doc.quotes:
        start = _find(text, q.text)
        speaker = None
        if q.speaker:
            form = q.mention or q.speaker
            ms = _find(text, form)
            speaker = Speaker(q.speaker, ids.get(q.speaker), Span(form, ms, ms + len(form)))
        quotes.append(
            Quote(q.kind, q.text, start, start + len(q.text), None, speaker, q.said_on)  # type: ignore[arg-type]
        )
    claims = []
    for c in doc.claims:
        start = _find(text, c.text)
        claims.append(
            Claim(
                c.value,
                c.unit,
                False,
                c.about,
                c.source,
                doc.date,
                c.text,
                start,
                start + len(c.text),
            )
        )
    timexes = []
    for t, value in doc.timexes:
        start = _find(text, t)
        timexes.append(Timex(t, start, start + len(t), "DATE", value))
    return Extraction(article, tuple(quotes), tuple(entities), tuple(claims), tuple(timexes))


def _find(text: str, part: str) -> int:
    at = text.find(part)
    if at < 0:
        raise ValueError(f"{part!r} is not in the text")
    return at
