"""The MEANTIME entity scorer on hand-made spans (no model, no dataset)."""

from __future__ import annotations

from dateline.eval.entities import (
    ScoredMention,
    Tally,
    match,
    minimal_names,
    overlaps,
    pairwise,
    predicted_mentions,
    strict_same,
)
from dateline.model import Entity, Mention

TEXT = "Spokeswoman Sandy Angers said Boeing and the U.S. Air Force agreed. Angers left."


def span(s: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(s, start + 1)
    return start, start + len(s)


def gold(s: str, typ: str, entity: str, kind: str = "name", name: str = "", nth: int = 0):  # type: ignore[no-untyped-def]
    a, b = span(s, nth)
    return ScoredMention(a, b, s, kind, typ, entity, name)


def pred(s: str, typ: str, entity: str, kind: str = "name", name: str = "", nth: int = 0):  # type: ignore[no-untyped-def]
    a, b = span(s, nth)
    return ScoredMention(a, b, s, kind, typ, entity, name or s)


def test_overlap_needs_half_of_the_shorter_span() -> None:
    assert overlaps(0, 10, 5, 10)
    assert overlaps(0, 10, 8, 12)  # 2 of the shorter 4
    assert not overlaps(0, 10, 9, 14)  # 1 of 5
    assert not overlaps(0, 5, 5, 10)


def test_strict_ignores_the_and_possessive() -> None:
    a, b = span("the U.S. Air Force")
    c, d = span("U.S. Air Force")
    assert strict_same((a, b, TEXT[a:b]), (c, d, TEXT[c:d]))
    assert strict_same((0, 8, "Boeing's"), (0, 6, "Boeing"))
    assert not strict_same((0, 6, "Boeing"), (0, 5, "Boein"))


def test_match_is_one_to_one_closest_first() -> None:
    g = [gold("Spokeswoman Sandy Angers", "PER", "p"), gold("Sandy", "PER", "x")]
    p = [pred("Sandy", "PER", "e1"), pred("Sandy Angers", "PER", "e1")]
    assert match(g, p) == [(0, 1), (1, 0)]


def test_nested_container_of_the_same_entity_is_dropped() -> None:
    names = [
        gold("Spokeswoman Sandy Angers", "PER", "p"),
        gold("Sandy Angers", "PER", "p"),
        gold("Boeing and the U.S. Air Force", "ORG", "group"),
        gold("Boeing", "ORG", "b"),
        gold("U.S. Air Force", "ORG", "af"),
        gold("U.S.", "LOC", "us"),
    ]
    kept, dropped = minimal_names(names)
    assert [g.text for g in kept] == ["Sandy Angers", "Boeing", "U.S. Air Force", "U.S."]
    assert dropped == 2


def test_pairwise_counts() -> None:
    # gold: a a b; predicted: x y y -> gold pairs 1, predicted pairs 1, both 0
    assert pairwise([("a", "x"), ("a", "y"), ("b", "y")]) == (0, 1, 1)
    assert pairwise([("a", "x"), ("a", "x"), ("a", "x")]) == (3, 3, 3)


def test_tally_scores_spans_types_linking_and_canonical_names() -> None:
    g = [
        gold("Spokeswoman Sandy Angers", "PER", "p", name="Sandy Angers"),
        gold("Sandy Angers", "PER", "p", name="Sandy Angers"),
        gold("Boeing", "ORG", "b", name="Boeing"),
        gold("the U.S. Air Force", "ORG", "af"),
        gold("U.S.", "LOC", "us"),
        gold("Angers", "PER", "p", name="Sandy Angers", nth=1),
        gold("Spokeswoman", "PER", "p", kind="nominal"),
    ]
    p = [
        pred("Sandy Angers", "PER", "e1", name="Sandy Angers"),
        pred("Boeing", "PER", "e2"),  # wrong type
        pred("U.S. Air Force", "ORG", "e3"),
        pred("Angers", "PER", "e4", kind="surname", name="Angers", nth=1),  # not linked
        pred("agreed", "ORG", "e5"),  # spurious
    ]
    t = Tally()
    t.add("doc", TEXT, g, p)
    r = t.report()
    # gold names: Sandy Angers, Boeing, the U.S. Air Force, U.S., Angers (container dropped)
    assert r["gold_dropped_containers"] == 1
    assert (r["overlap"]["tp"], r["overlap"]["predicted"], r["overlap"]["gold"]) == (4, 5, 5)
    assert r["strict"]["tp"] == 4  # "the" aside
    assert r["typed"]["tp"] == 3
    assert r["per_type"]["PER"]["tp"] == 2 and r["per_type"]["PER"]["predicted"] == 3
    assert r["per_type"]["LOC"]["recall"] == 0.0
    # "Sandy Angers" and "Angers" are one gold entity, two predicted ones
    assert (r["linking"]["tp"], r["linking"]["predicted"], r["linking"]["gold"]) == (0, 0, 1)
    assert r["canonical_person"] == {"gold": 2, "right": 1, "accuracy": 0.5}
    assert [e["text"] for e in r["errors"]["missed"]] == ["U.S."]
    assert [e["text"] for e in r["errors"]["spurious"]] == ["agreed"]


def test_products_are_set_aside_and_unlinked_names_count_for_spans_only() -> None:
    g = [gold("Boeing", "PRO", "plane"), gold("Sandy Angers", "", "")]
    p = [pred("Boeing", "ORG", "e1"), pred("Sandy Angers", "PER", "e2")]
    t = Tally()
    t.add("doc", TEXT, g, p)
    r = t.report()
    assert r["predicted_set_aside"] == 1
    assert (r["overlap"]["tp"], r["overlap"]["predicted"], r["overlap"]["gold"]) == (1, 1, 1)
    assert (r["typed"]["predicted"], r["typed"]["gold"]) == (0, 0)
    assert r["set_aside_recall"]["PRO"]["found"] == 1


def test_pronouns_are_exact_and_join_linking() -> None:
    text = "Kaja Kallas spoke. She left."
    g = [
        ScoredMention(0, 11, "Kaja Kallas", "name", "PER", "k", "Kaja Kallas"),
        ScoredMention(19, 22, "She", "pronoun", "PER", "k"),
    ]
    p = [
        ScoredMention(0, 11, "Kaja Kallas", "name", "PER", "e1", "Kaja Kallas"),
        ScoredMention(19, 22, "She", "pronoun", "PER", "e1", "Kaja Kallas"),
    ]
    t = Tally()
    t.add("doc", text, g, p)
    r = t.report()
    assert r["pronouns"]["f1"] == 1.0
    assert r["linking_with_pronouns"]["f1"] == 1.0
    assert r["linking"]["gold"] == 0


def test_descriptions_count_right_when_linked_to_the_entity_of_its_names() -> None:
    text = "Quantum Corp sued NEC. The company said NEC agreed. The firm paid. The bank lent."
    g = [
        ScoredMention(0, 12, "Quantum Corp", "name", "ORG", "q", "Quantum Corp"),
        ScoredMention(18, 21, "NEC", "name", "ORG", "n", "NEC"),
        ScoredMention(23, 34, "The company", "nominal", "ORG", "q"),
        ScoredMention(52, 60, "The firm", "nominal", "ORG", "n"),
        ScoredMention(67, 75, "The bank", "nominal", "ORG", "b"),  # its bank is never named
    ]
    p = [
        ScoredMention(0, 12, "Quantum Corp", "name", "ORG", "e1", "Quantum Corp"),
        ScoredMention(18, 21, "NEC", "name", "ORG", "e2", "NEC"),
        ScoredMention(23, 34, "The company", "role", "ORG", "e1", "Quantum Corp"),
        ScoredMention(52, 60, "The firm", "role", "ORG", "e1", "Quantum Corp"),  # wrong one
    ]
    assert text[23:34] == "The company" and text[52:60] == "The firm"
    t = Tally()
    t.add("doc", text, g, p)
    d = t.report()["descriptions"]
    assert (d["tp"], d["predicted"], d["gold"]) == (1, 2, 2)
    assert [e.get("missed") for e in t.errors["description"]] == [None]


def test_predicted_mentions_map_types_and_stop_at_the_annotated_end() -> None:
    ents = [
        Entity("e1", "Poland", "GPE", mentions=(Mention("Polish", 0, 6, "demonym"),)),
        Entity("e2", "Jane Doe", "PERSON", mentions=(Mention("Doe", 50, 53, "surname"),)),
    ]
    got = predicted_mentions(ents, end=40)
    assert [(m.text, m.type, m.kind) for m in got] == [("Polish", "LOC", "demonym")]
