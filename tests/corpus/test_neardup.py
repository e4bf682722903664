"""Near-duplicate articles: wire copies are found, marked, and not counted twice."""

from __future__ import annotations

import random
from pathlib import Path

import dateline
from dateline.corpus import neardup
from dateline.corpus.minhash import MinHasher, from_blob, similarity, to_blob
from dateline.store.sample import WIRE, WIRE_COPY, build, demo_docs
from dateline.store.writer import WriteOptions, Writer


def test_minhash_estimates_jaccard() -> None:
    rng = random.Random(7)
    universe = [f"w{i}" for i in range(400)]
    hasher = MinHasher(num_perm=256, bands=32)
    for _ in range(5):
        a = set(rng.sample(universe, 200))
        b = set(rng.sample(sorted(a), 150)) | set(rng.sample(universe, 60))
        exact = len(a & b) / len(a | b)
        est = similarity(hasher.signature(a), hasher.signature(b))
        assert abs(est - exact) < 0.1
    sig = hasher.signature(["x", "y"])
    assert (from_blob(to_blob(sig)) == sig).all()
    assert len(set(hasher.band_keys(sig))) == hasher.bands


def test_wire_copy_is_similar_and_an_unrelated_article_is_not() -> None:
    sim = similarity(neardup.signature(WIRE), neardup.signature(WIRE_COPY))
    assert sim >= neardup.THRESHOLD
    other = demo_docs()[0].text
    assert similarity(neardup.signature(WIRE), neardup.signature(other)) < 0.2


def test_wire_copies_are_marked_and_not_double_counted(tmp_path: Path) -> None:
    db = tmp_path / "n.db"
    with Writer(db) as w:
        stats = w.write(build(d) for d in demo_docs())
    assert stats.duplicates == 1
    with dateline.open(db) as kb:
        art = kb.conn.execute(
            "SELECT outlet, duplicate_of FROM articles WHERE duplicate_of IS NOT NULL"
        ).fetchall()
        original = kb.conn.execute("SELECT id FROM articles WHERE outlet = 'wire'").fetchone()[0]
        assert art == [("daily-herald", original)]
        peskov = {s.name: s for s in kb.speakers()}["Dmitry Peskov"]
        assert peskov.quotes == 2  # the Politico quote and one of the two wire copies
        assert len(kb.quotes(search="preparing for war")) == 1
        assert len(kb.quotes(search="preparing for war", include_duplicates=True)) == 2


def test_detection_can_be_turned_off(tmp_path: Path) -> None:
    db = tmp_path / "n.db"
    with Writer(db, WriteOptions(near_duplicates=False)) as w:
        assert w.write(build(d) for d in demo_docs()).duplicates == 0
