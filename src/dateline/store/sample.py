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


KALLAS_1 = (
    "A strong Ukrainian military is the main security guarantee for Europe, EU foreign policy "
    'chief Kaja Kallas said on Sept. 3. "It is clear that Russia shows no real wish to end '
    'this war," Kallas told reporters in Copenhagen. Russia has 880,000 troops in Ukraine, '
    'Kallas said. Moscow said the talks were "pointless theatre staged by the West."'
)
KALLAS_2 = (
    "Kaja Kallas, the EU's top diplomat, repeated on Thursday that \"it is clear that Russia "
    'shows no real wish to end this war." Kremlin spokesman Dmitry Peskov said Moscow would '
    '"never accept foreign troops in Ukraine under any flag."'
)
KALLAS_3 = (
    'Kallas said: "It is clear that Russia shows no real wish to end the war." '
    "She also said Europe must spend more on defence."
)
WIRE = (
    "BRUSSELS (Wire) - European Union defence ministers met on Friday to discuss support for "
    "Ukraine as the war enters its fourth year. Officials said the meeting would focus on air "
    "defence, ammunition and training for Ukrainian troops, with several countries expected "
    "to announce new packages of military aid before the end of the month. Peskov dismissed "
    'the meeting, saying "Europe is preparing for war, not peace." The ministers are due to '
    "meet again in October in Luxembourg to review progress on the commitments made today."
)
WIRE_COPY = WIRE.replace("BRUSSELS (Wire)", "BRUSSELS (Daily Herald)").replace(
    "in Luxembourg", "in Luxembourg, officials said,"
)


def demo_docs() -> list[Doc]:
    """A small corpus of four outlets: one quote reported three times, a wire copy."""
    kallas = E(
        "Kaja Kallas",
        "PERSON",
        (("Kaja Kallas", "name"), ("Kallas", "surname")),
        ("EU foreign policy chief",),
    )
    russia = E("Russia", "GPE", (("Russia", "name"), ("Moscow", "metonym")))
    return [
        Doc(
            KALLAS_1,
            "2025-09-04",
            "kyiv-independent",
            entities=[kallas, russia],
            quotes=[
                Q(
                    "A strong Ukrainian military is the main security guarantee for Europe",
                    "Kaja Kallas",
                    said_on="2025-09-03",
                    kind="indirect",
                ),
                Q(
                    "It is clear that Russia shows no real wish to end this war,",
                    "Kaja Kallas",
                    "Kallas",
                    said_on="2025-09-03",
                ),
                Q("pointless theatre staged by the West.", "Russia", "Moscow"),
            ],
            claims=[C("880,000 troops", 880000, "troops", "Russia", "Kaja Kallas")],
            timexes=[("Sept. 3", "2025-09-03")],
            line=1,
        ),
        Doc(
            KALLAS_2,
            "2025-09-05",
            "politico",
            entities=[
                E("Kaja Kallas", "PERSON", (("Kaja Kallas", "name"),), ("top diplomat",)),
                E("Russia", "GPE"),
                E(
                    "Dmitry Peskov",
                    "PERSON",
                    (("Dmitry Peskov", "name"),),
                    ("Kremlin spokesman",),
                ),
            ],
            quotes=[
                Q(
                    "it is clear that Russia shows no real wish to end this war.",
                    "Kaja Kallas",
                    said_on="2025-09-04",
                ),
                Q(
                    "never accept foreign troops in Ukraine under any flag.",
                    "Dmitry Peskov",
                    "Dmitry Peskov",
                ),
            ],
            line=2,
        ),
        Doc(
            KALLAS_3,
            "2025-09-02",
            "reuters",
            entities=[
                E("Kallas", "PERSON", (("Kallas", "surname"), ("She", "pronoun"))),
                E("Russia", "GPE"),
            ],
            quotes=[
                Q("It is clear that Russia shows no real wish to end the war.", "Kallas"),
                Q(
                    "Europe must spend more on defence",
                    "Kallas",
                    "She",
                    kind="indirect",
                    said_on="2025-09-01",
                ),
            ],
            line=3,
        ),
        Doc(
            WIRE,
            "2025-09-06",
            "wire",
            entities=[E("Peskov", "PERSON", (("Peskov", "surname"),))],
            quotes=[Q("Europe is preparing for war, not peace.", "Peskov")],
            line=4,
        ),
        Doc(
            WIRE_COPY,
            "2025-09-06",
            "daily-herald",
            entities=[E("Peskov", "PERSON", (("Peskov", "surname"),))],
            quotes=[Q("Europe is preparing for war, not peace.", "Peskov")],
            line=5,
        ),
    ]
