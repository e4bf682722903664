"""How far PolNeAR's annotators agree with one another, scored the way dateline is scored.

Some PolNeAR articles were annotated by several people, one brat file each. Taking one
annotator's attributions as the "prediction" and another's as the gold, and scoring them with
:mod:`dateline.eval.polnear` (content match at half the shorter span, source hit by overlap or
name), gives the annotators' agreement with each other: the usual reference for how much of a
system's shortfall on the scheme is the scheme's own uncertainty.

Every ordered pair of annotators of an article is scored, so each annotator is gold once against
each other one; precision and recall are then equal, and F1 is the agreement. dateline is scored
on the same annotation files, so the two figures sit side by side.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from dateline.eval.polnear import (
    GoldDoc,
    GoldQuote,
    load_split,
    predict,
    score,
    score_pairs,
)
from dateline.model import Quote, QuoteKind, Span, Speaker


def as_quotes(doc: GoldDoc) -> list[Quote]:
    """One annotator's attributions as quotes: the content from its first fragment to its
    last, the whole Source as the speaker's mention and name (none where there is no Source)."""
    return [_as_quote(g, doc.text) for g in doc.quotes if g.content]


def _as_quote(g: GoldQuote, text: str) -> Quote:
    start, end = g.content[0][0], g.content[-1][1]
    speaker = None
    if g.source:
        mention = Span.of(text, g.source[0][0], g.source[-1][1])
        speaker = Speaker(name=mention.text, entity=None, mention=mention)
    kind: QuoteKind = "direct" if g.is_direct(text) else "indirect"
    return Quote(kind=kind, text=text[start:end], start=start, end=end, speaker=speaker)


def shared_articles(docs: Sequence[GoldDoc]) -> list[GoldDoc]:
    """The annotation files of articles annotated by more than one person."""
    files: dict[str, list[GoldDoc]] = {}
    for doc in docs:
        files.setdefault(doc.name, []).append(doc)
    return [doc for group in files.values() if len(group) > 1 for doc in group]


def annotator_pairs(docs: Sequence[GoldDoc]) -> Iterator[tuple[GoldDoc, list[Quote]]]:
    """(gold file, another annotator's quotes) for every ordered pair of files of one article."""
    for gold in docs:
        for other in docs:
            if other.name == gold.name and other.annotator != gold.annotator:
                yield gold, as_quotes(other)


def agreement(docs: Sequence[GoldDoc]) -> dict[str, Any]:
    """Content and source scores of annotator against annotator over ``docs``' shared
    articles, with the number of ordered pairs scored."""
    shared = shared_articles(docs)
    report, _ = score_pairs(annotator_pairs(shared))
    return {
        "pairs": report["gold_documents"],
        "content": report["content"],
        "source": report["source"],
        "direct": report["direct"],
    }


def run(path: str, *, model: str | None = None, limit: int | None = None) -> dict[str, Any]:
    """Annotator agreement on a PolNeAR split, and dateline on the same annotation files."""
    shared = shared_articles(load_split(path, limit=limit))
    system = score(shared, predict(shared, model=model)) if shared else None
    return {
        "dataset": path,
        "articles": len({d.name for d in shared}),
        "annotation_files": len(shared),
        "annotators": agreement(shared),
        "dateline": None
        if system is None
        else {part: system[part] for part in ("content", "source", "direct")},
    }


def format_report(report: dict[str, Any]) -> str:
    """The two rows, annotators and dateline, as a short table."""
    lines = [
        f"PolNeAR {report['dataset']}: {report['articles']} articles annotated by more than "
        f"one person, {report['annotation_files']} annotation files"
    ]
    if not report["articles"]:
        return lines[0] + " (nothing to compare)"
    a = report["annotators"]
    lines.append(f"{'':<34}content F1  source F1  direct speaker")
    rows = [(f"annotators ({a['pairs']} ordered pairs)", a)]
    if report["dateline"] is not None:
        rows.append(("dateline (same files)", report["dateline"]))
    for label, m in rows:
        lines.append(
            f"{label:<34}{m['content']['f1']:<12.3f}{m['source']['f1']:<11.3f}"
            f"{m['direct']['speaker_accuracy']:.3f}"
        )
    return "\n".join(lines)
