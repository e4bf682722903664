"""Entity linking across articles: canonical names, aliases, surnames, metonyms kept apart."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from dateline.corpus.linking import Linker, aliases_for, name_key
from dateline.store.db import connect


@pytest.mark.parametrize(
    ("name", "group", "key"),
    [
        ("Kaja Kallas", "person", "kaja kallas"),
        ("Mr. Donald J. Trump", "person", "donald trump"),
        ("President Obama's", "person", "obama"),
        ("Martin Luther King Jr.", "person", "martin luther king"),
        ("The New York Times", "other", "new york times"),
        ("Moscow", "other", "moscow"),
    ],
)
def test_name_key(name: str, group: str, key: str) -> None:
    assert name_key(name, group) == key


def test_aliases_of_a_person_include_the_surname() -> None:
    got = {(a.key, a.kind) for a in aliases_for("Kaja Kallas", "person", ["Kallas"])}
    assert got == {("kaja kallas", "name"), ("kallas", "surname"), ("kallas", "name")}


@pytest.fixture
def conn(tmp_path: Path) -> sqlite3.Connection:
    return connect(tmp_path / "l.db")


def test_full_name_surname_and_role_prefixed_forms_are_one_person(conn: sqlite3.Connection) -> None:
    link = Linker(conn)
    a = link.link("Kaja Kallas", "PERSON", ["Kaja Kallas", "Kallas"], "2025-09-03")
    assert link.link("Kallas", "PERSON", ["Kallas"], "2025-09-04") == a
    assert link.link("EU foreign policy chief Kaja Kallas", "PERSON", [], "2025-09-05") == a
    assert link.link("Ms. Kallas", "PERSON", [], "2025-09-06") == a
    name, first, last = conn.execute(
        "SELECT name, first_seen, last_seen FROM entities WHERE id = ?", (a,)
    ).fetchone()
    assert (name, first, last) == ("Kaja Kallas", "2025-09-03", "2025-09-06")


def test_a_lone_surname_seen_first_is_adopted_by_the_full_name(conn: sqlite3.Connection) -> None:
    link = Linker(conn)
    lone = link.link("Kallas", "PERSON", ["Kallas"], "2025-09-01")
    assert link.link("Kaja Kallas", "PERSON", ["Kaja Kallas"], "2025-09-02") == lone
    assert conn.execute("SELECT name FROM entities").fetchall() == [("Kaja Kallas",)]


def test_people_sharing_a_surname_stay_apart(conn: sqlite3.Connection) -> None:
    link = Linker(conn)
    hillary = link.link("Hillary Clinton", "PERSON", ["Clinton"] * 1, "2016-01-01")
    link.link("Hillary Clinton", "PERSON", ["Clinton"], "2016-01-02")
    bill = link.link("Bill Clinton", "PERSON", ["Bill Clinton"], "2016-01-03")
    assert bill != hillary
    # a lone "Clinton" goes to the one seen most
    assert link.link("Clinton", "PERSON", ["Clinton"], "2016-01-04") == hillary


def test_a_metonym_never_becomes_an_alias(conn: sqlite3.Connection) -> None:
    link = Linker(conn)
    russia = link.link("Russia", "GPE", ["Russia"], "2025-09-03")  # "Moscow" was a metonym
    moscow = link.link("Moscow", "GPE", ["Moscow"], "2025-09-04")
    assert moscow != russia
    assert link.lookup("Russia") == russia


def test_people_and_places_are_not_linked(conn: sqlite3.Connection) -> None:
    link = Linker(conn)
    place = link.link("Jordan", "GPE", ["Jordan"], "2025-01-01")
    person = link.link("Jordan", "PERSON", ["Jordan"], "2025-01-01")
    assert place != person


def test_a_surname_mistagged_as_org_links_to_the_person(conn: sqlite3.Connection) -> None:
    link = Linker(conn)
    trump = link.link("Donald Trump", "PERSON", ["Donald Trump", "Trump"], "2016-01-01")
    assert link.link("Trump", "ORG", ["Trump"], "2016-01-02") == trump
    assert link.link("Trump University", "ORG", ["Trump University"], "2016-01-02") != trump


def test_the_canonical_name_only_grows_into_a_full_form(conn: sqlite3.Connection) -> None:
    link = Linker(conn)
    obama = link.link("Obama", "PERSON", ["Obama"], "2016-01-01")
    link.link("a top adviser for Obama", "PERSON", [], "2016-01-02")
    assert conn.execute("SELECT name FROM entities WHERE id = ?", (obama,)).fetchone() == ("Obama",)
    link.link("Barack Obama", "PERSON", [], "2016-01-03")
    assert conn.execute("SELECT name FROM entities WHERE id = ?", (obama,)).fetchone() == (
        "Barack Obama",
    )


@pytest.mark.parametrize("name", ["they", "Who", "it", "She", "  "])
def test_pronouns_name_nobody(name: str) -> None:
    from dateline.corpus.linking import is_pronoun

    assert is_pronoun(name)
    assert not is_pronoun("Theresa May")


def test_a_surname_mistagged_as_a_place_links_to_a_well_known_person(
    conn: sqlite3.Connection,
) -> None:
    link = Linker(conn)
    jordan_person = link.link("Jim Jordan", "PERSON", ["Jim Jordan"], "2016-01-01")
    # seen once as a person: the country keeps its name
    assert link.link("Jordan", "GPE", ["Jordan"], "2016-01-02") != jordan_person
    for day in range(1, 5):
        bernie = link.link("Bernie Sanders", "PERSON", ["Sanders"], f"2016-01-0{day}")
    assert link.link("Sanders", "GPE", ["Sanders"], "2016-01-06") == bernie


def test_a_full_name_first_tagged_as_an_organisation_becomes_the_person(
    conn: sqlite3.Connection,
) -> None:
    link = Linker(conn)
    org = link.link("Carly Fiorina", "ORG", ["Carly Fiorina"], "2015-11-10")
    assert link.link("Carly Fiorina", "PERSON", ["Fiorina"], "2015-11-11") == org
    assert conn.execute("SELECT type, kind FROM entities WHERE id = ?", (org,)).fetchone() == (
        "PERSON",
        "person",
    )
    assert link.link("Fiorina", "PERSON", ["Fiorina"], "2015-11-12") == org


def test_a_middle_name_does_not_split_a_person(conn: sqlite3.Connection) -> None:
    link = Linker(conn)
    hillary = link.link("Hillary Clinton", "PERSON", ["Hillary Clinton"], "2016-01-01")
    assert link.link("Hillary Rodham Clinton", "PERSON", [], "2016-01-02") == hillary


def test_an_organisation_twin_of_a_person_is_merged_into_them(tmp_path: Path) -> None:
    import dateline
    from dateline.store.sample import Doc, E, Q, build
    from dateline.store.writer import Writer

    said = "We will win this nomination and then the election in November."
    docs = [
        Doc(
            f'Carly Fiorina said "{said}"',
            "2015-11-10",
            "a",
            entities=[E("Carly Fiorina", "ORG", roles=("candidate",))],
            quotes=[Q(said, "Carly Fiorina")],
        ),
        Doc("Fiorina spoke in Iowa.", "2015-11-11", "b", entities=[E("Fiorina")]),
        Doc("Carly Fiorina spoke in Ohio.", "2015-11-12", "c", entities=[E("Carly Fiorina")]),
    ]
    db = tmp_path / "m.db"
    with Writer(db) as w:
        assert w.write(build(d) for d in docs).stored == 3
    with dateline.open(db) as kb:
        (fiorina,) = kb.conn.execute("SELECT id, name, type FROM entities").fetchall()
        assert fiorina[1:] == ("Carly Fiorina", "PERSON")
        assert [q.speaker for q in kb.quotes(speaker="Fiorina")] == ["Carly Fiorina"]
        assert kb.speakers()[0].roles == ["candidate"]
        n = kb.conn.execute("SELECT count(*) FROM mentions WHERE entity_id = ?", fiorina[:1])
        assert n.fetchone()[0] == 3
        assert kb.conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_phrases_do_not_become_aliases_of_a_person(conn: sqlite3.Connection) -> None:
    from dateline.corpus.linking import name_like

    assert name_like("Hillary Rodham Clinton") and name_like("Ursula von der Leyen")
    assert not name_like("A spokeswoman for Fiorina")
    assert not name_like("BERLIN - Donald Trump")
    link = Linker(conn)
    trump = link.link("Donald Trump", "PERSON", ["Trump"], "2016-01-01")
    assert link.link("BERLIN - Donald Trump", "PERSON", [], "2016-01-02") == trump
    aliases = {a for (a,) in conn.execute("SELECT alias FROM aliases")}
    assert aliases == {"Donald Trump", "Trump"}


def test_a_lone_surname_organisation_joins_the_best_known_person(conn: sqlite3.Connection) -> None:
    link = Linker(conn)
    org = link.link("Fiorina", "ORG", ["Fiorina"], "2015-11-01")
    carly = link.link("Carly Fiorina", "PERSON", ["Fiorina"], "2015-11-02")
    assert carly != org  # seen once each: not yet
    carly = link.link("Carly Fiorina", "PERSON", ["Fiorina"], "2015-11-03")
    assert conn.execute("SELECT count(*) FROM entities WHERE id = ?", (org,)).fetchone() == (0,)
    assert link.link("Fiorina", "ORG", ["Fiorina"], "2015-11-04") == carly
    jordan = link.link("Jordan", "GPE", ["Jordan"], "2015-11-01")
    for day in range(5, 9):
        link.link("Jim Jordan", "PERSON", ["Jordan"], f"2015-11-0{day}")
    assert conn.execute("SELECT count(*) FROM entities WHERE id = ?", (jordan,)).fetchone() == (1,)
