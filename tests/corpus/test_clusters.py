"""Quote clusters across outlets: first-seen date and outlet, every source, small rewordings."""

from __future__ import annotations

from pathlib import Path

import dateline
from dateline.corpus.clusters import normalise, wording_key
from dateline.store.sample import Doc, E, Q, build, demo_docs
from dateline.store.writer import Writer


def test_normalised_wording_ignores_case_punctuation_and_quote_style() -> None:
    assert wording_key("It is clear, that Russia’s war…") == wording_key(
        "it is clear that russias war"
    )
    assert normalise("  A  “B”  ") == "a b"


def _store(tmp_path: Path, docs: list[Doc]) -> Path:
    db = tmp_path / "c.db"
    with Writer(db) as w:
        w.write(build(d) for d in docs)
    return db


def test_one_quote_in_three_outlets_is_one_cluster_first_seen_at_the_earliest(
    tmp_path: Path,
) -> None:
    db = _store(tmp_path, demo_docs())
    with dateline.open(db) as kb:
        clusters = kb.clusters(speaker="Kallas")
    assert len(clusters) == 1
    c = clusters[0]
    assert (c.size, c.outlets) == (3, 3) and c.speaker == "Kaja Kallas"
    # reuters printed the reworded version first (2025-09-02)
    assert (c.first_seen, c.first_outlet) == ("2025-09-02", "reuters")
    assert [s["outlet"] for s in c.sources] == ["reuters", "kyiv-independent", "politico"]


def test_different_quotes_and_different_speakers_are_different_clusters(tmp_path: Path) -> None:
    words = "We will never give up on the people of this country."
    taxes = "Taxes will rise next year for everyone."
    docs = [
        Doc(
            f'A said "{words}"',
            "2025-01-01",
            "x",
            entities=[E("Ann Smith", mentions=(("A", "name"),))],
            quotes=[Q(words, "Ann Smith", "A")],
        ),
        Doc(
            f'B said "{words}" too',
            "2025-01-02",
            "y",
            entities=[E("Bob Jones", mentions=(("B", "name"),))],
            quotes=[Q(words, "Bob Jones", "B")],
        ),
        Doc(
            f'A said "{taxes}"',
            "2025-01-03",
            "z",
            entities=[E("Ann Smith", mentions=(("A", "name"),))],
            quotes=[Q(taxes, "Ann Smith", "A")],
        ),
    ]
    db = _store(tmp_path, docs)
    with dateline.open(db) as kb:
        assert kb.clusters(min_size=2) == []
        assert len(kb.clusters(min_size=1)) == 3


def test_unknown_speaker_joins_the_attributed_cluster(tmp_path: Path) -> None:
    words = "The border will stay closed until further notice, officials were told."
    docs = [
        Doc(
            f'Ann Smith said "{words}"',
            "2025-01-01",
            "x",
            entities=[E("Ann Smith")],
            quotes=[Q(words, "Ann Smith")],
        ),
        Doc(f'"{words}"', "2025-01-02", "y", quotes=[Q(words)]),
    ]
    db = _store(tmp_path, docs)
    with dateline.open(db) as kb:
        (c,) = kb.clusters()
    assert c.size == 2 and c.speaker == "Ann Smith"


def test_clusters_reported_by_more_outlets_come_first(tmp_path: Path) -> None:
    one = "The committee will publish its final report before the summer recess."
    two = "Our troops will stay in the region for as long as they are needed there."
    docs = [
        Doc(f'"{one}" ({i})', f"2025-01-0{i}", "same-outlet", quotes=[Q(one)]) for i in range(1, 4)
    ] + [Doc(f'"{two}" {i}', f"2025-01-0{i}", f"outlet-{i}", quotes=[Q(two)]) for i in (1, 2)]
    db = _store(tmp_path, docs)
    with dateline.open(db) as kb:
        clusters = kb.clusters()
        assert [(c.size, c.outlets) for c in clusters] == [(2, 2), (3, 1)]
        assert [c.size for c in kb.clusters(min_outlets=2)] == [2]


def test_a_fragment_of_a_longer_quote_joins_its_cluster(tmp_path: Path) -> None:
    from dateline.corpus.clusters import THRESHOLD, fragment_score, shingles

    full = "I am a proud Muslim, but you don't have to share my faith to share my disgust."
    part = "you don't have to share my faith to share my disgust"
    assert fragment_score(part, shingles(part), full) == THRESHOLD
    short = "share my faith"  # too short to stand for the whole
    assert fragment_score(short, shingles(short), full) < THRESHOLD
    docs = [
        Doc(f'Abedin wrote: "{full}"', "2015-12-07", "breitbart", quotes=[Q(full)]),
        Doc(f'She added that "{part}."', "2015-12-08", "nyt", quotes=[Q(part)]),
        Doc(f'"{short}," she said.', "2015-12-09", "politico", quotes=[Q(short)]),
    ]
    db = _store(tmp_path, docs)
    with dateline.open(db) as kb:
        (c,) = kb.clusters()
    assert c.size == 2 and [s["outlet"] for s in c.sources] == ["breitbart", "nyt"]
