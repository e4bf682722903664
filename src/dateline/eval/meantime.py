"""Evaluate time expressions on MEANTIME (NewsReader, English Wikinews section).

MEANTIME files are NAF-like XML: ``<token t_id sentence number>`` elements, then
``<Markables>`` whose TIMEX3, ENTITY_MENTION, VALUE, ... elements point at tokens through
``<token_anchor t_id>``, and ``<Relations>`` (``REFERS_TO`` links a mention to its ``ENTITY``,
which carries ``ent_type``). :func:`load_document` rebuilds the running text with character
offsets for every annotation, so other scorers (entities, numbers) can reuse it.

MEANTIME annotates only the first sentences of each article: the title, the dateline and the
first four sentences of the body (sentences 0 to 5). :attr:`MeantimeDocument.annotated_end`
marks the end of that part; a scorer must ignore predictions after it.

The document creation time is the TIMEX3 with ``functionInDocument="CREATION_TIME"``; it is
anchored to the dateline under the title, so it is scored like any other timex in the text.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dateline.eval.timescore import Counts, format_table

ANNOTATED_SENTENCES = 6
NO_SPACE_BEFORE = {
    ",",
    ".",
    ";",
    ":",
    "!",
    "?",
    ")",
    "]",
    "}",
    "%",
    "'s",
    "'",
    "n't",
    "'re",
    "'ve",
    "'ll",
    "'d",
    "'m",
    "''",
}
NO_SPACE_AFTER = {"(", "[", "{", "$", "``"}


@dataclass(frozen=True, slots=True)
class Annotation:
    """One markable: its covering character span and, for discontinuous ones, each piece."""

    kind: str
    id: str
    start: int
    end: int
    text: str
    attrs: dict[str, str]
    pieces: tuple[tuple[int, int], ...] = ()

    @property
    def type(self) -> str:
        return self.attrs.get("type") or self.attrs.get("ent_type") or ""

    @property
    def value(self) -> str:
        return self.attrs.get("value", "")


@dataclass(frozen=True, slots=True)
class MeantimeDocument:
    id: str
    name: str
    date: dt.date
    text: str
    timexes: tuple[Annotation, ...]
    entity_mentions: tuple[Annotation, ...]
    values: tuple[Annotation, ...]
    tokens: tuple[tuple[int, int], ...]
    annotated_end: int

    def in_annotated_part(self, start: int, end: int) -> bool:
        """Whether a span lies in the part of the text the annotators covered."""
        return end <= self.annotated_end


def load_document(path: str | Path) -> MeantimeDocument:
    """Read one MEANTIME file into text with offsets and its time, entity and value markables.

    Tokens are joined with single spaces (none before closing punctuation and clitics, none
    after opening brackets), sentences with a space, except the title and dateline (the first
    two sentences) which end with a newline. Entity mentions get ``attrs["ent_type"]`` (PER,
    ORG, LOC, PRO, FIN, MIX) from the entity they refer to, when the document links them.
    """
    root = ET.parse(path).getroot()
    text_parts: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    token_spans: list[tuple[int, int]] = []
    sentence_end: dict[int, int] = {}
    token_sentence: dict[str, int] = {}
    pos = 0
    prev_sentence: str | None = None
    prev_word = ""
    for tok in root.iter("token"):
        word = tok.text or ""
        sentence = tok.get("sentence", "")
        if prev_sentence is None:
            sep = ""
        elif sentence != prev_sentence:
            sep = "\n" if prev_sentence in ("0", "1") else " "
        elif word in NO_SPACE_BEFORE or prev_word in NO_SPACE_AFTER:
            sep = ""
        else:
            sep = " "
        text_parts.append(sep)
        pos += len(sep)
        offsets[tok.get("t_id", "")] = (pos, pos + len(word))
        token_sentence[tok.get("t_id", "")] = int(sentence or 0)
        sentence_end[int(sentence or 0)] = pos + len(word)
        token_spans.append((pos, pos + len(word)))
        text_parts.append(word)
        pos += len(word)
        prev_sentence, prev_word = sentence, word
    text = "".join(text_parts)

    entity_types: dict[str, str] = {}
    markables = root.find("Markables")
    if markables is not None:
        for ent in markables.iter("ENTITY"):
            entity_types[ent.get("m_id", "")] = ent.get("ent_type", "")
    mention_entity: dict[str, str] = {}
    relations = root.find("Relations")
    if relations is not None:
        for rel in relations.iter("REFERS_TO"):
            target = rel.find("target")
            if target is None:
                continue
            for src in rel.findall("source"):
                mention_entity[src.get("m_id", "")] = target.get("m_id", "")

    last_sentence = ANNOTATED_SENTENCES - 1
    found: dict[str, list[Annotation]] = {"TIMEX3": [], "ENTITY_MENTION": [], "VALUE": []}
    dct: dt.date | None = None
    if markables is not None:
        for el in markables:
            if el.tag == "TIMEX3" and el.get("functionInDocument") == "CREATION_TIME":
                dct = _parse_date(el.get("value", ""))
            if el.tag not in found:
                continue
            spans = sorted(
                offsets[a.get("t_id", "")]
                for a in el.findall("token_anchor")
                if a.get("t_id", "") in offsets
            )
            if not spans:
                continue  # empty (implicit) markables have no text
            for a in el.findall("token_anchor"):
                last_sentence = max(last_sentence, token_sentence.get(a.get("t_id", ""), 0))
            attrs = dict(el.attrib)
            if el.tag == "ENTITY_MENTION":
                entity_id = mention_entity.get(attrs.get("m_id", ""), "")
                if entity_types.get(entity_id):
                    attrs["ent_type"] = entity_types[entity_id]
            start, end = spans[0][0], spans[-1][1]
            found[el.tag].append(
                Annotation(
                    kind=el.tag,
                    id=attrs.get("m_id", ""),
                    start=start,
                    end=end,
                    text=text[start:end],
                    attrs=attrs,
                    pieces=tuple(_merge(spans, text)),
                )
            )
    if dct is None:
        dct = _anchor_date(found["TIMEX3"])
    if dct is None:
        raise ValueError(f"{path}: no document date (no CREATION_TIME or anchor TIMEX3)")
    for items in found.values():
        items.sort(key=lambda a: (a.start, a.end))
    return MeantimeDocument(
        id=root.get("doc_id", Path(path).stem),
        name=root.get("doc_name", Path(path).stem),
        date=dct,
        text=text,
        timexes=tuple(found["TIMEX3"]),
        entity_mentions=tuple(found["ENTITY_MENTION"]),
        values=tuple(found["VALUE"]),
        tokens=tuple(token_spans),
        annotated_end=max(
            (end for i, end in sentence_end.items() if i <= last_sentence), default=len(text)
        ),
    )


def _anchor_date(timexes: list[Annotation]) -> dt.date | None:
    """The date of the timex most others are anchored to (two files lack a CREATION_TIME)."""
    anchors = Counter(t.attrs.get("anchorTimeID", "") for t in timexes)
    anchors.pop("", None)
    by_id = {t.id: t for t in timexes}
    for anchor_id, _ in anchors.most_common():
        if anchor_id in by_id and (date := _parse_date(by_id[anchor_id].value)):
            return date
    return None


def _merge(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Join token spans separated only by whitespace into contiguous pieces."""
    pieces: list[tuple[int, int]] = []
    for s, e in spans:
        if pieces and not text[pieces[-1][1] : s].strip():
            pieces[-1] = (pieces[-1][0], e)
        else:
            pieces.append((s, e))
    return pieces


def _parse_date(value: str) -> dt.date | None:
    """An ISO date; also DD-MM-YYYY, which one MEANTIME file uses for its creation time."""
    for fmt in ("%Y-%m-%d", "%d-%m-%Y"):
        try:
            return dt.datetime.strptime(value[:10], fmt).date()
        except ValueError:
            continue
    return None


def document_paths(path: str | Path) -> list[Path]:
    """The MEANTIME ``.xml`` files under ``path`` (a file, a topic folder or the corpus root),
    preferring ``intra-doc_annotation`` when both annotation levels are present."""
    p = Path(path)
    if p.is_file():
        return [p]
    intra = p / "intra-doc_annotation"
    base = intra if intra.is_dir() else p
    return sorted(base.rglob("*.xml"))


#: what :func:`run` scores; the time gate and quick checks can ask for less
PARTS = ("time", "numbers", "entities")


def run(
    path: str,
    *,
    model: str | None = None,
    limit: int | None = None,
    parts: tuple[str, ...] = PARTS,
) -> dict[str, Any]:
    """Score dateline on the MEANTIME files under ``path``.

    ``time``: :func:`dateline.extract.temporal.find_timexes`, strict and relaxed span and value
    precision/recall/F1 (TempEval-3 style), at the top level of the report as before.
    ``numbers``: :func:`dateline.eval.numbers.run` under ``report["numbers"]``. ``entities``:
    :mod:`dateline.eval.entities` under ``report["entities"]``, on the same parses as time.
    The error lists of numbers and entities are left out here: ``dateline eval numbers`` and
    ``dateline eval entities`` give them.
    """
    from dateline.eval import entities as entity_eval
    from dateline.extract import nlp as nlp_mod
    from dateline.extract.pipeline import parse
    from dateline.extract.temporal import find_timexes

    paths = document_paths(path)
    if limit is not None:
        paths = paths[:limit]
    docs = [load_document(p) for p in paths]
    nlp = nlp_mod.load(model)
    counts = Counts()
    tally = entity_eval.Tally()
    pairs = ((d.text, (p, d)) for p, d in zip(paths, docs, strict=True))
    for parsed, (p, gold) in parse(nlp, pairs, batch_size=16):
        if "time" in parts:
            predicted = [
                t for t in find_timexes(parsed, gold.date) if gold.in_annotated_part(t.start, t.end)
            ]
            counts.add(gold.timexes, predicted, gold.text, gold.name, keep_errors=10_000)
        if "entities" in parts:
            entity_eval.score_parsed(tally, p, gold, parsed)
    report = counts.report()
    report["documents"] = len(docs)
    report["corpus"] = "meantime"
    report["path"] = str(path)
    if "numbers" in parts:
        from dateline.eval import numbers

        report["numbers"] = numbers.run(path, model=model, limit=limit)
        for key in ("false_positives", "false_negatives", "unit_errors"):
            report["numbers"].pop(key, None)
    if "entities" in parts:
        report["entities"] = tally.report()
        report["entities"].pop("errors", None)
    return report


def format_report(report: dict[str, Any]) -> str:
    """The timex table, then the numbers and entities tables when the report has them."""
    from dateline.eval import entities, numbers

    out = [format_table("MEANTIME", report)]
    if "numbers" in report:
        out.append(numbers.format_report(report["numbers"]))
    if "entities" in report:
        out.append(entities.format_report(report["entities"]))
    return "\n\n".join(out)
