"""Ingest: read -> extract -> store, streaming, idempotent, failures recorded and never fatal."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from dateline.model import Article, Extraction, Quote
from dateline.store.ingest import ingest, read_inputs

SHARED = Path(__file__).resolve().parents[3] / "shared"


class FakeExtractor:
    """Finds "..." quotes without spaCy; raises on articles containing BOOM."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def extract(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        for a in articles:
            yield self.extract_one(a)

    def extract_one(self, article: Article) -> Extraction:
        self.seen.add(article.text)
        if "BOOM" in article.text:
            raise RuntimeError("the quote finder fell over")
        quotes = []
        start = article.text.find('"')
        if start >= 0:
            end = article.text.find('"', start + 1)
            quotes.append(Quote("direct", article.text[start + 1 : end], start + 1, end))
        return Extraction(article, tuple(quotes))


def _jsonl(path: Path, records: list[object]) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n")
    return path


RECORDS: list[object] = [
    {
        "id": "a",
        "date": "2025-09-04",
        "text": 'She said "we will not back down" today.',
        "source": "wire",
    },
    {"id": "b", "text": "No date on this one."},
    "{not json",
    {"id": "c", "date": "2025-09-05", "text": "BOOM goes the extractor."},
    {"id": "d", "date": "2025-09-05", "text": 'He said "the talks failed" on Friday.'},
]


def test_ingest_records_each_failure_with_file_line_and_reason(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "news.jsonl", RECORDS)
    db = tmp_path / "kb.db"
    report = ingest([str(src)], db, extractor=FakeExtractor(), batch_size=2)  # type: ignore[arg-type]
    assert (report.read, report.stored, report.quotes) == (3, 2, 2)
    assert report.failed == 3
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT path, line, stage, reason FROM failures ORDER BY line").fetchall()
    assert [(Path(p).name, line, stage) for p, line, stage, _ in rows] == [
        ("news.jsonl", 2, "read"),
        ("news.jsonl", 3, "read"),
        ("news.jsonl", 4, "extract"),
    ]
    assert "fell over" in rows[2][3]
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 2


def test_reingesting_adds_nothing_and_skips_extraction(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "news.jsonl", RECORDS)
    db = tmp_path / "kb.db"
    ingest([str(src)], db, extractor=FakeExtractor())  # type: ignore[arg-type]
    conn = sqlite3.connect(db)
    tables = ("articles", "quotes", "failures", "quote_clusters")
    before = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables]
    fake = FakeExtractor()
    report = ingest([str(src), str(src)], db, extractor=fake)  # type: ignore[arg-type]
    after = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables]
    assert after == before
    # the 2 stored articles twice, and the failing one the second time it is read
    assert report.stored == 0 and report.skipped == 5
    assert fake.seen == {"BOOM goes the extractor."}  # only it is extracted again


def test_the_same_text_reformatted_is_the_same_article(tmp_path: Path) -> None:
    a = _jsonl(
        tmp_path / "a.jsonl", [{"id": "x", "date": "2025-01-01", "text": "One two.\nThree."}]
    )
    b = _jsonl(
        tmp_path / "b.jsonl", [{"id": "y", "date": "2025-01-01", "text": "One  two. Three."}]
    )
    db = tmp_path / "kb.db"
    assert ingest([str(a)], db, extractor=FakeExtractor()).stored == 1  # type: ignore[arg-type]
    assert ingest([str(b)], db, extractor=FakeExtractor()).stored == 0  # type: ignore[arg-type]


def test_files_named_outlet_date_slug_are_dated_by_their_name(tmp_path: Path) -> None:
    folder = tmp_path / "polnear"
    folder.mkdir()
    (folder / "politico_2016-03-01_trump-wins.txt").write_text(
        'Trump Wins Big\n\nTrump said "we are winning" in Florida.\n'
    )
    (folder / "undated.txt").write_text("No header and no date in the name.\n")
    items = list(read_inputs([str(folder)]))
    arts = [i for i in items if isinstance(i, Article)]
    assert len(arts) == 1 and len(items) == 2
    assert (arts[0].source, arts[0].date.isoformat(), arts[0].title) == (
        "politico",
        "2016-03-01",
        "Trump Wins Big",
    )


@pytest.mark.model
@pytest.mark.dataset
def test_ingest_the_seed_article_with_the_real_extractor(tmp_path: Path) -> None:
    seed = SHARED / "fixtures" / "seed"
    if not seed.is_dir():
        pytest.skip("../shared/fixtures/seed is absent")
    from dateline.extract.pipeline import Extractor

    db = tmp_path / "seed.db"
    report = ingest([str(seed)], db, extractor=Extractor())
    assert report.stored == 1 and report.quotes >= 3
    import dateline

    with dateline.open(db) as kb:
        assert kb.quotes(speaker="Kallas")
        assert kb.speakers()[0].name == "Kaja Kallas"
        before = kb.counts()
    again = ingest([str(seed)], db, extractor=Extractor())
    assert (again.stored, again.skipped) == (0, 1)
    with dateline.open(db) as kb:
        assert kb.counts() == before


def test_failures_are_recorded_once_and_cleared_when_fixed(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    missing = str(tmp_path / "missing.jsonl")
    src = _jsonl(tmp_path / "news.jsonl", ["{broken"])
    for _ in range(2):
        ingest([missing, str(src)], db, extractor=FakeExtractor())  # type: ignore[arg-type]
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM failures").fetchone()[0] == 2
    _jsonl(src, [{"id": "a", "date": "2025-01-01", "text": 'He said "fixed now" today.'}])
    report = ingest([str(src)], db, extractor=FakeExtractor())  # type: ignore[arg-type]
    assert report.stored == 1
    rows = conn.execute("SELECT path FROM failures").fetchall()
    assert rows == [(missing,)]
