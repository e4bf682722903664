"""Whether a Reuters-21578 speaker given as "he", "it" or "the company" is resolved to the one
the story names.

Wire copy names a speaker once ("Donaldson Co Inc said …", "State Secretary Hans Tietmeyer
said …") and then writes "It said", "the company said", "he added". PolNeAR's source score
cannot see whether dateline resolved such a mention to the right name, and PolNeAR has few
company statements. ``data/reuters_speakers.tsv`` holds 374 such mentions, ones through which
dateline attributed a quote, in five batches of stories (1,501 to 3,000; 3,001 to 4,500; 4,501
to 6,000; 9,001 to 10,500; 10,501 to 12,000; the first 1,500 are where the company rules were
first tuned): the story, the mention's character offset and whom it stands for, annotated by
reading the story up to the mention, blind to the name dateline gave. ``BATCHES`` says which
batch rules were tuned on (see also the file's header). The stories are the dataset's; the file
holds ids, offsets and names only.

Scoring is :func:`dateline.eval.referents.score`: the quote whose speaker mention overlaps the
annotated mention; right when its speaker is resolved to the annotated name, wrong when to
another, unresolved when left as the mention; annotated mentions with no such quote are counted
apart.
"""

from __future__ import annotations

import os
import time
from typing import Any

from dateline.errors import InputError
from dateline.eval import referents
from dateline.ingest.reuters import read_reuters
from dateline.model import Article

BUNDLED = "reuters_speakers.tsv"
#: The annotated batches (the file's split column) and what each can show.
BATCHES = {
    "1501-3000": "held out",
    "3001-4500": "tuned on in stop 29",
    "4501-6000": "tuned on in stop 30",
    "9001-10500": "tuned on in stop 31",
    "10501-12000": "held out",
}


def annotated_articles(path: str, wanted: set[str]) -> list[Article]:
    """The stories of ``path`` whose ids are in ``wanted``, read until all are found."""
    if not os.path.isdir(path):
        raise InputError(path, "not a folder; point at shared/datasets/reuters21578")
    found: list[Article] = []
    for article in read_reuters([path]):
        if article.id in wanted:
            found.append(article)
            if len(found) == len(wanted):
                return found
    missing = len(wanted) - len(found)
    raise InputError(path, f"{missing} of the annotated stories are not in its .sgm files")


def run(path: str, *, model: str | None = None, limit: int | None = None) -> dict[str, Any]:
    """Extract the annotated Reuters stories under ``path`` and score their speakers;
    ``limit`` caps the annotated mentions."""
    from dateline.extract.pipeline import Extractor, Options

    started = time.perf_counter()
    rows = referents.load(bundled=BUNDLED)[:limit]
    articles = annotated_articles(path, {r.article for r in rows})
    extractor = Extractor(Options(model=model))
    predictions = {x.article.id: list(x.quotes) for x in extractor.extract(articles)}
    report = referents.score(rows, predictions)
    report["batches"] = {
        batch: referents.score([r for r in rows if r.split == batch], predictions)
        for batch in BATCHES
        if any(r.split == batch for r in rows)
    }
    report.update(
        dataset=path,
        annotated=len(rows),
        articles=len(articles),
        seconds=round(time.perf_counter() - started, 1),
    )
    return report


def format_report(report: dict[str, Any]) -> str:
    """Right of checked and how the rest went, then the same for each batch."""
    lines = [
        f"Reuters-21578 {report['dataset']}: {report['annotated']} annotated speaker mentions "
        f'(pronouns and "the ..." descriptions) in {report["articles"]} stories',
        f"resolved to the named speaker={_counts(report)}",
    ]
    for batch, scores in report.get("batches", {}).items():
        lines.append(f"  stories {batch} ({BATCHES[batch]}): {_counts(scores)}")
    return "\n".join(lines)


def _counts(scores: dict[str, Any]) -> str:
    return (
        f"{scores['accuracy']:.3f} ({scores['right']} of {scores['checked']}; "
        f"{scores['wrong']} someone else, {scores['unresolved']} unresolved; "
        f"{scores['no_quote']} with no quote spoken through the mention)"
    )
