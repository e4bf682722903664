"""Read -> extract -> store, streaming: articles flow through in batches, never all at once.

Every input that cannot be read, extracted or stored is recorded in the store's ``failures``
table with its file, line and reason, and the rest goes on. Articles already in the store (by
content hash) are skipped before extraction, so re-ingesting costs little and adds nothing.

Files named like ``outlet_YYYY-MM-DD_slug.txt`` without a ``date`` header (the PolNeAR layout)
are dated by their name and credited to the outlet when ``dates_from_names`` is on.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from dateline.model import Article, Extraction, Origin, ReadFailure
from dateline.store.db import article_id
from dateline.store.writer import WriteOptions, Writer, WriteStats

if TYPE_CHECKING:
    from dateline.extract.pipeline import Extractor

_NAMED = re.compile(r"^(?P<outlet>[A-Za-z0-9-]+)_(?P<date>\d{4}-\d{2}-\d{2})_.+\.txt$")
_HEADER = re.compile(r"\A\s*date[ \t]+\d", re.IGNORECASE)


@dataclass(slots=True)
class IngestReport:
    read: int = 0  # articles read
    skipped: int = 0  # already stored (or twice in the input)
    stored: int = 0
    quotes: int = 0
    duplicates: int = 0  # stored and marked as near-duplicates
    failed: int = 0  # read, extraction and store failures recorded

    def line(self) -> str:
        return (
            f"read {self.read} articles: stored {self.stored} ({self.quotes} quotes, "
            f"{self.duplicates} near-duplicates), skipped {self.skipped} already stored, "
            f"{self.failed} failures recorded"
        )


def ingest(
    paths: Sequence[str],
    db: str | Path,
    *,
    date: dt.date | None = None,
    extractor: Extractor | None = None,
    batch_size: int = 32,
    dates_from_names: bool = True,
    progress: Callable[[IngestReport], None] | None = None,
    on_failure: Callable[[str], None] | None = None,
) -> IngestReport:
    """Extract every article in ``paths`` and store it in ``db`` (created on first use).

    ``on_failure`` hears each failure as one line ("FILE:LINE: reason") as it is recorded.
    """
    report = IngestReport()
    tell = on_failure or (lambda _: None)
    with Writer(db, WriteOptions(batch_size=batch_size)) as writer:
        seen: set[str] = set()

        def fresh() -> Iterator[Article]:
            for item in read_inputs(paths, date=date, dates_from_names=dates_from_names):
                if isinstance(item, ReadFailure):
                    writer.record_read_failure(item)
                    report.failed += 1
                    tell(str(item))
                    continue
                report.read += 1
                aid = article_id(item.text)
                if aid in seen or writer.has_article(aid, is_id=True):
                    report.skipped += 1
                    continue
                seen.add(aid)
                yield item

        articles = fresh()
        ex: Extractor | None = extractor
        while batch := list(islice(articles, batch_size)):
            if ex is None:
                from dateline.extract.pipeline import Extractor

                ex = Extractor()
            extractions = list(_extract_batch(ex, batch, writer, report, tell))
            stats: WriteStats = writer.write(extractions)
            for reason in stats.failures:
                tell(reason)
            report.stored += stats.stored
            report.quotes += stats.quotes
            report.duplicates += stats.duplicates
            report.skipped += stats.unchanged
            report.failed += stats.failed
            if progress is not None:
                progress(report)
    return report


def _extract_batch(
    ex: Extractor,
    batch: list[Article],
    writer: Writer,
    report: IngestReport,
    tell: Callable[[str], None],
) -> Iterator[Extraction]:
    """The batch's extractions; when the batch fails, each article alone, recording failures."""
    try:
        yield from list(ex.extract(batch))
        return
    except Exception:  # noqa: BLE001 - one bad article must not stop the rest
        pass
    for article in batch:
        try:
            yield ex.extract_one(article)
        except Exception as exc:  # noqa: BLE001
            reason = f"extraction failed: {exc.__class__.__name__}: {exc}"
            writer.record_failure(
                article.origin, reason, stage="extract", article=article_id(article.text)
            )
            report.failed += 1
            tell(str(ReadFailure(article.origin or Origin("<input>"), reason)))


def read_inputs(
    paths: Sequence[str], *, date: dt.date | None = None, dates_from_names: bool = True
) -> Iterator[Article | ReadFailure]:
    """Articles and read failures from every path, in order, by the project's readers."""
    from dateline.ingest.readers import read_paths

    if not dates_from_names:
        yield from read_paths(paths, date=date)
        return
    for path in paths:
        files: Iterable[str] = _files(path) if os.path.isdir(path) else [path]
        plain: list[str] = []
        for f in files:
            named = _read_named(f) if date is None else None
            if named is None:
                plain.append(f)
                continue
            if plain:
                yield from read_paths(plain, date=date)
                plain = []
            yield named
        if plain:
            yield from read_paths(plain, date=date)


def _files(root: str) -> list[str]:
    from dateline.ingest.readers import SUFFIXES

    found: list[str] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith(".") and os.path.splitext(name)[1].lower() in SUFFIXES:
                found.append(os.path.join(dirpath, name))
    return found


def _read_named(path: str) -> Article | ReadFailure | None:
    """An ``outlet_YYYY-MM-DD_slug.txt`` file without a date header; None for anything else."""
    m = _NAMED.match(os.path.basename(path))
    if not m:
        return None
    try:
        with open(path, encoding="utf-8") as fh:
            head = fh.read(64)
    except (OSError, UnicodeDecodeError):
        return None  # the reader reports it
    if _HEADER.match(head):
        return None
    try:
        day = dt.date.fromisoformat(m["date"])
    except ValueError:
        return None
    from dateline.ingest.readers import read_file

    items = list(read_file(path, date=day))
    if len(items) != 1:
        return ReadFailure(Origin(path), "expected one article in the file")
    item = items[0]
    if isinstance(item, ReadFailure):
        return item
    first = item.text.split("\n", 1)[0].strip()
    title = first if first and len(first) <= 200 and "\n" in item.text else None
    return dataclasses.replace(item, source=m["outlet"], title=item.title or title)
