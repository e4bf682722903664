"""The writer: schema and migrations, idempotent writes, provenance, failures kept apart."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from dateline.errors import StoreError
from dateline.model import Quote
from dateline.store.db import article_id, connect
from dateline.store.sample import build, demo_docs
from dateline.store.schema import SCHEMA_VERSION, version
from dateline.store.writer import Writer


def _count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


TABLES = (
    "articles",
    "quotes",
    "entities",
    "aliases",
    "mentions",
    "claims",
    "timexes",
    "quote_clusters",
    "roles",
    "quote_about",
    "failures",
)


def test_created_on_first_use_in_wal_mode_at_the_latest_schema(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    assert not db.exists()
    with Writer(db) as w:
        assert w.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert version(w.conn) == SCHEMA_VERSION


def test_reopening_does_not_migrate_again_and_a_newer_schema_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Writer(db) as w:
        w.write(build(d) for d in demo_docs())
    conn = connect(db)
    assert version(conn) == SCHEMA_VERSION
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        connect(db)


def test_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("these are not the droids\n" * 50)
    with pytest.raises(StoreError, match="notes.db"):
        connect(bogus)


def test_writing_the_same_articles_twice_adds_nothing(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Writer(db) as w:
        first = w.write(build(d) for d in demo_docs())
    before = {t: _count(db, t) for t in TABLES}
    with Writer(db) as w:
        again = w.write(build(d) for d in demo_docs())
    assert first.stored == len(demo_docs()) and first.unchanged == 0
    assert again.stored == 0 and again.unchanged == len(demo_docs())
    assert {t: _count(db, t) for t in TABLES} == before
    assert before["quotes"] == sum(len(d.quotes) for d in demo_docs())


def test_article_id_is_a_hash_of_normalised_content() -> None:
    assert article_id("Hello  world.\n\nBye.") == article_id("Hello world. Bye.")
    assert article_id("Hello world.") != article_id("Hello world!")


def test_every_fact_keeps_offsets_into_its_article(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Writer(db) as w:
        w.write(build(d) for d in demo_docs())
    conn = sqlite3.connect(db)
    for table, col in (
        ("quotes", "text"),
        ("mentions", "text"),
        ("claims", "text"),
        ("timexes", "text"),
    ):
        rows = conn.execute(
            f'SELECT a.text, t.start, t."end", t.{col} FROM {table} t '
            "JOIN articles a ON a.id = t.article_id"
        ).fetchall()
        assert rows, table
        for text, start, end, surface in rows:
            assert text[start:end] == surface
    spk = conn.execute(
        "SELECT a.text, q.speaker_start, q.speaker_end, q.speaker_mention FROM quotes q "
        "JOIN articles a ON a.id = q.article_id WHERE q.speaker_start IS NOT NULL"
    ).fetchall()
    assert all(t[s:e] == m for t, s, e, m in spk)


def test_a_bad_article_is_recorded_and_the_batch_goes_on(tmp_path: Path) -> None:
    docs = [build(d) for d in demo_docs()]
    bad_quote = Quote("direct", "words that are not there", 0, 24)
    broken = dataclasses.replace(docs[1], quotes=(*docs[1].quotes, bad_quote))
    db = tmp_path / "s.db"
    with Writer(db) as w:
        stats = w.write([docs[0], broken, *docs[2:]])
    assert stats.failed == 1 and stats.stored == len(docs) - 1
    conn = sqlite3.connect(db)
    path, line, stage, reason = conn.execute(
        "SELECT path, line, stage, reason FROM failures"
    ).fetchone()
    assert (path, line, stage) == ("sample.jsonl", 2, "store")
    assert "offsets 0:24" in reason
    # nothing of the broken article was kept: its savepoint was rolled back
    aid = article_id(broken.article.text)
    assert conn.execute("SELECT count(*) FROM articles WHERE id = ?", (aid,)).fetchone()[0] == 0
    assert (
        conn.execute("SELECT count(*) FROM mentions WHERE article_id = ?", (aid,)).fetchone()[0]
        == 0
    )
    # fixed later, it goes in, and every reference points at a stored row
    with Writer(db) as w:
        assert w.write([docs[1]]).stored == 1
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    peskov = conn.execute("SELECT count(*) FROM entities WHERE name = 'Dmitry Peskov'")
    assert peskov.fetchone()[0] == 1


def test_full_text_search_works_from_plain_sqlite(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Writer(db) as w:
        w.write(build(d) for d in demo_docs())
    conn = sqlite3.connect(db)
    hits = conn.execute(
        "SELECT q.text FROM quotes_fts JOIN quotes q ON q.qid = quotes_fts.rowid "
        "WHERE quotes_fts MATCH 'flag' ORDER BY rank"
    ).fetchall()
    assert hits == [("never accept foreign troops in Ukraine under any flag.",)]
    readable = conn.execute("SELECT speaker, outlet FROM quotes_readable WHERE text LIKE '%flag%'")
    assert readable.fetchall() == [("Dmitry Peskov", "politico")]
    arts = conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'Copenhagen'")
    assert arts.fetchone()[0] == 1


@pytest.mark.parametrize(
    ("said_on", "expected"),
    [
        (None, "2016-03-05"),
        ("2016-03-01", "2016-03-01"),
        ("2016-03", "2016-03"),
        ("1999", "1999"),
        ("2016-W15", "2016-04-11"),
        ("PAST_REF", "2016-03-05"),
        ("2016-SU", "2016-03-05"),
    ],
)
def test_timeline_date(said_on: str | None, expected: str) -> None:
    from dateline.store.writer import timeline_date

    assert timeline_date(said_on, "2016-03-05") == expected


def test_an_unresolved_pronoun_speaker_gets_no_entity(tmp_path: Path) -> None:
    from dateline.store.sample import Doc, Q

    text = 'They said "the plan will fail badly next year" on Monday.'
    doc = Doc(text, "2016-01-04", "x", quotes=[Q("the plan will fail badly next year", "They")])
    db = tmp_path / "p.db"
    with Writer(db) as w:
        w.write([build(doc)])
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT speaker, speaker_entity_id FROM quotes").fetchall() == [
        ("They", None)
    ]
    assert conn.execute("SELECT count(*) FROM entities").fetchone()[0] == 0


def test_full_text_search_survives_vacuum(tmp_path: Path) -> None:
    db = tmp_path / "v.db"
    with Writer(db) as w:
        w.write(build(d) for d in demo_docs())
        w.conn.execute("DELETE FROM failures")  # nothing to delete; VACUUM renumbers freely
    conn = sqlite3.connect(db)
    conn.execute("VACUUM")
    (outlet,) = conn.execute(
        "SELECT a.outlet FROM articles_fts f JOIN articles a ON a.n = f.rowid "
        "WHERE articles_fts MATCH 'Copenhagen'"
    ).fetchone()
    assert outlet == "kyiv-independent"
    (speaker,) = conn.execute(
        "SELECT q.speaker FROM quotes_fts f JOIN quotes q ON q.qid = f.rowid "
        "WHERE quotes_fts MATCH 'flag'"
    ).fetchone()
    assert speaker == "Dmitry Peskov"


def test_linked_quote_pieces_keep_their_link(tmp_path: Path) -> None:
    import dateline

    ex = build(demo_docs()[0])
    first, second, *rest = ex.quotes
    linked = dataclasses.replace(
        ex, quotes=(first, dataclasses.replace(second, continues=0), *rest)
    )
    db = tmp_path / "c.db"
    with Writer(db) as w:
        w.write([linked])
    with dateline.open(db) as kb:
        aid = kb.quotes(limit=1)[0].article_id
        assert [q["continues"] for q in kb.article(aid)["quotes"]] == [None, 0, None]


def test_datasette_finds_the_full_text_indexes(tmp_path: Path) -> None:
    # the query Datasette runs to find a table's FTS index (datasette.utils.detect_fts_sql)
    conn = connect(tmp_path / "d.db")
    for table in ("quotes", "articles"):
        rows = conn.execute(
            "SELECT name FROM sqlite_master WHERE rootpage = 0 AND "
            f"sql LIKE '%VIRTUAL TABLE%USING FTS%content=\"{table}\"%'"
        ).fetchall()
        assert rows == [(f"{table}_fts",)]


def test_a_new_migration_is_applied_once_and_a_failing_one_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dateline.store import schema

    db = tmp_path / "m.db"
    with Writer(db) as w:
        w.write(build(d) for d in demo_docs())
    extra = (
        "ALTER TABLE quotes ADD COLUMN checked INTEGER; CREATE INDEX q_checked ON quotes(checked);"
    )
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, extra))
    monkeypatch.setattr(schema, "SCHEMA_VERSION", len(schema.MIGRATIONS))
    conn = connect(db)
    assert version(conn) == schema.SCHEMA_VERSION
    assert "checked" in [r[1] for r in conn.execute("PRAGMA table_info(quotes)")]
    assert connect(db).execute("SELECT count(*) FROM quotes").fetchone()[0] == 9

    broken = "ALTER TABLE quotes ADD COLUMN later INTEGER; SELECT * FROM no_such_table;"
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, broken))
    monkeypatch.setattr(schema, "SCHEMA_VERSION", len(schema.MIGRATIONS))
    with pytest.raises(StoreError, match=f"migration {len(schema.MIGRATIONS)} failed"):
        connect(db)
    conn = sqlite3.connect(db)
    assert version(conn) == len(schema.MIGRATIONS) - 1
    assert "later" not in [r[1] for r in conn.execute("PRAGMA table_info(quotes)")]


def test_an_unresolved_speaker_still_shows_as_written(tmp_path: Path) -> None:
    import dateline
    from dateline.store.sample import Doc, Q

    text = 'They said "the plan will fail badly next year" on Monday.'
    doc = Doc(text, "2016-01-04", "x", quotes=[Q("the plan will fail badly next year", "They")])
    db = tmp_path / "p.db"
    with Writer(db) as w:
        w.write([build(doc)])
    with dateline.open(db) as kb:
        (row,) = kb.quotes()
        assert (row.speaker, row.speaker_id) == ("They", None)


def test_a_version_1_store_upgrades_in_place_and_new_quotes_keep_their_source_phrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dateline
    from dateline.model import Span
    from dateline.store import schema
    from dateline.store.sample import Doc, Q

    db = tmp_path / "old.db"
    with monkeypatch.context() as m:  # a store written before the source phrase existed
        m.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:1])
        m.setattr(schema, "SCHEMA_VERSION", 1)
        with Writer(db) as w:
            w.write(build(d) for d in demo_docs())
    before = _count(db, "quotes")

    text = "Larry Noble, an attorney with the Campaign Legal Center, said the rule was unfair."
    x = build(Doc(text, "2016-01-04", "noble", quotes=[Q("the rule was unfair", "Larry Noble")]))
    (q,) = x.quotes
    assert q.speaker is not None
    phrase = Span.of(text, 0, text.index(" said"))
    x = dataclasses.replace(
        x, quotes=(dataclasses.replace(q, speaker=dataclasses.replace(q.speaker, phrase=phrase)),)
    )
    with Writer(db) as w:
        assert version(w.conn) == SCHEMA_VERSION
        w.write([x])
    assert _count(db, "quotes") == before + 1
    with dateline.open(db) as kb:
        phrases = {row.text: row.speaker_phrase for row in kb.quotes(limit=None)}
    assert (
        phrases["the rule was unfair"] == "Larry Noble, an attorney with the Campaign Legal Center,"
    )
    assert sum(p is None for p in phrases.values()) == before  # stored before: unknown, kept
