"""The read side: every query of the CLI and the Python API, and export."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import dateline
from dateline.errors import StoreError
from dateline.kb import KnowledgeBase
from dateline.store.sample import build, demo_docs
from dateline.store.writer import Writer


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("q") / "q.db"
    with Writer(path) as w:
        w.write(build(d) for d in demo_docs())
    return path


@pytest.fixture
def kb(db: Path) -> Iterator[KnowledgeBase]:
    with dateline.open(db) as handle:
        yield handle


def test_open_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such database"):
        dateline.open(tmp_path / "nope.db")
    assert not (tmp_path / "nope.db").exists()


def test_the_read_handle_cannot_write(kb: KnowledgeBase) -> None:
    import sqlite3

    with pytest.raises(sqlite3.OperationalError):
        kb.conn.execute("DELETE FROM quotes")


def test_quotes_by_speaker_under_any_alias(kb: KnowledgeBase) -> None:
    for name in ("Kallas", "Kaja Kallas", "kaja kallas", "Ms. Kallas"):
        rows = kb.quotes(speaker=name)
        assert len(rows) == 5, name
        assert {r.speaker for r in rows} == {"Kaja Kallas"}
    assert [r.date for r in kb.quotes(speaker="Kallas")] == sorted(
        (r.date for r in kb.quotes(speaker="Kallas")), reverse=True
    )
    assert kb.quotes(speaker="Nobody Atall") == []


def test_moscow_speaking_stays_russia(kb: KnowledgeBase) -> None:
    (row,) = kb.quotes(speaker="Russia")
    assert row.text == "pointless theatre staged by the West."
    assert kb.quotes(speaker="Moscow") == []


def test_quotes_about_an_entity_mentioned_in_the_words(kb: KnowledgeBase) -> None:
    rows = kb.quotes(about="Russia")
    assert {r.text for r in rows} == {
        "It is clear that Russia shows no real wish to end this war,",
        "it is clear that Russia shows no real wish to end this war.",
        "It is clear that Russia shows no real wish to end the war.",
    }
    assert [r.text for r in kb.quotes(about="Russia", since="2025-09-03", until="2025-09-03")] == [
        "It is clear that Russia shows no real wish to end this war,"
    ]


def test_since_and_until_bound_the_date_said(kb: KnowledgeBase) -> None:
    rows = kb.quotes(since="2025-09-03", until="2025-09-04")
    assert rows and all("2025-09-03" <= r.date <= "2025-09-04" for r in rows)
    assert len(kb.quotes(until="2025-09")) == len(kb.quotes())


def test_search_ranks_by_relevance(kb: KnowledgeBase) -> None:
    rows = kb.quotes(search="foreign troops flag")
    assert [r.speaker for r in rows] == ["Dmitry Peskov"]
    ranked = kb.quotes(search="war")
    assert len(ranked) >= 3
    scores = [r.score for r in ranked]
    assert all(s is not None for s in scores)
    assert scores == sorted(scores, reverse=True)  # type: ignore[type-var]
    # stemming, and punctuation in the search text is harmless
    assert kb.quotes(search='"accepting" (flag') and kb.quotes(search="AND OR NOT") == []


def test_search_combines_with_speaker(kb: KnowledgeBase) -> None:
    assert {r.speaker for r in kb.quotes(search="war", speaker="Peskov")} == {"Dmitry Peskov"}


def test_timeline_orders_by_date_said_then_published(kb: KnowledgeBase) -> None:
    rows = kb.timeline("Kallas")
    assert [r.date for r in rows] == [
        "2025-09-01",  # said_on, printed 2025-09-02
        "2025-09-02",  # no said_on: the article date
        "2025-09-03",
        "2025-09-03",
        "2025-09-04",  # said_on, printed 2025-09-05
    ]
    assert rows[0].published == "2025-09-02"


def test_speakers_have_counts_aliases_and_roles(kb: KnowledgeBase) -> None:
    top = kb.speakers()
    assert [s.name for s in top] == ["Kaja Kallas", "Dmitry Peskov", "Russia"]
    kallas = top[0]
    assert (kallas.quotes, kallas.articles, kallas.outlets) == (5, 3, 3)
    assert kallas.distinct == 3  # the reported-three-times quote counts once
    assert "EU foreign policy chief" in kallas.roles and "top diplomat" in kallas.roles
    assert {"Kaja Kallas", "Kallas"} <= set(kallas.aliases)


def test_roles_are_kept_with_the_dates_seen(kb: KnowledgeBase) -> None:
    rows = kb.conn.execute(
        "SELECT role, first_seen, last_seen FROM entity_roles WHERE name = 'Kaja Kallas' "
        "ORDER BY role"
    ).fetchall()
    assert rows == [
        ("EU foreign policy chief", "2025-09-04", "2025-09-04"),
        ("top diplomat", "2025-09-05", "2025-09-05"),
    ]


def test_claims_about_an_entity(kb: KnowledgeBase) -> None:
    (claim,) = kb.claims(about="Russia")
    assert (claim.value, claim.unit, claim.source) == (880000, "troops", "Kaja Kallas")
    assert kb.claims(about="Peskov") == []
    assert len(kb.claims()) == 1


def test_show_an_article_by_id_prefix(kb: KnowledgeBase) -> None:
    aid = kb.quotes(speaker="Russia")[0].article_id
    art = kb.article(aid[:8])
    assert art["id"] == aid and art["outlet"] == "kyiv-independent"
    assert len(art["quotes"]) == 3 and art["timexes"][0]["value"] == "2025-09-03"
    russia = next(e for e in art["entities"] if e["name"] == "Russia")
    assert {m["kind"] for m in russia["mentions"]} == {"name", "metonym"}
    for q in art["quotes"]:
        assert art["text"][q["start"] : q["end"]] == q["text"]
    with pytest.raises(StoreError, match="no article"):
        kb.article("ffffffffff")
    with pytest.raises(StoreError, match="at least 4"):
        kb.article("ab")


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_export_every_table(kb: KnowledgeBase, tmp_path: Path, fmt: str) -> None:
    written = kb.export(tmp_path / "out", fmt)
    assert {"articles", "quotes", "entities", "claims", "timexes", "failures"} <= set(written)
    path = written["quotes"]
    if fmt == "jsonl":
        rows = [json.loads(line) for line in path.read_text().splitlines()]
    else:
        with path.open(newline="") as f:
            rows = list(csv.DictReader(f))
    assert len(rows) == kb.counts()["quotes"]
    assert {"text", "start", "end", "speaker", "article_id"} <= set(rows[0])
    assert "signature" not in json.dumps(rows[0])


def test_export_parquet(kb: KnowledgeBase, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    written = kb.export(tmp_path / "pq", "parquet")
    table = pq.read_table(written["quotes"])
    assert table.num_rows == kb.counts()["quotes"]


def test_export_unknown_format(kb: KnowledgeBase, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="unknown export format"):
        kb.export(tmp_path, "xml")


def test_search_window_bounds_ranking_to_the_newest_matches(kb: KnowledgeBase) -> None:
    exact = kb.conn.execute(
        "SELECT q.id FROM quotes_fts JOIN quotes q ON q.qid = quotes_fts.rowid "
        "WHERE quotes_fts MATCH 'war' AND q.duplicate = 0 ORDER BY rank"
    ).fetchall()
    from dateline import query

    assert [r.id for r in query.quotes(kb.conn, search="war", search_window=None)] == [
        i for (i,) in exact
    ]
    newest = kb.conn.execute(
        "SELECT q.id FROM quotes_fts JOIN quotes q ON q.qid = quotes_fts.rowid "
        "WHERE quotes_fts MATCH 'war' AND q.duplicate = 0 ORDER BY q.qid DESC LIMIT 2"
    ).fetchall()
    windowed = query.quotes(kb.conn, search="war", search_window=2)
    assert sorted(r.id for r in windowed) == sorted(i for (i,) in newest)
    assert len(exact) > 2


def test_speakers_in_a_period(kb: KnowledgeBase) -> None:
    top = kb.speakers(since="2025-09-05")
    assert [(s.name, s.quotes) for s in top] == [("Dmitry Peskov", 2)]  # one wire copy
    early = kb.speakers(until="2025-09-02")
    assert [(s.name, s.quotes) for s in early] == [("Kaja Kallas", 2)]
