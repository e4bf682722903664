"""Annotator agreement on PolNeAR: one annotator scored against another, on hand-made files."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.eval import agreement
from dateline.eval.polnear import GoldDoc, GoldQuote, load_split

#       0         1         2         3         4         5         6         7         8
#       012345678901234567890123456789012345678901234567890123456789012345678901234567890
TEXT = (
    '"We will win," Jane Roe said. Critics said the plan would fail. '
    "The mayor insisted taxes would not rise."
)
DIRECT = GoldQuote(content=((0, 14),), source=((15, 23),), cue=((24, 28),))
INDIRECT = GoldQuote(content=((43, 63),), source=((30, 37),), cue=((38, 42),))
NO_SOURCE = GoldQuote(content=((83, 104),))
SPLIT = GoldQuote(content=((0, 6), (10, 14)), source=((15, 23),))


def doc(annotator: str, *quotes: GoldQuote, name: str = "a") -> GoldDoc:
    return GoldDoc(name, annotator, TEXT, quotes)


def test_gold_quotes_become_quotes_with_the_source_as_speaker() -> None:
    direct, indirect, bare, split = agreement.as_quotes(
        doc("x", DIRECT, INDIRECT, NO_SOURCE, SPLIT)
    )
    assert (direct.kind, direct.text) == ("direct", '"We will win,"')
    assert direct.speaker is not None and direct.speaker.mention.text == "Jane Roe"
    assert indirect.kind == "indirect" and indirect.speaker is not None
    assert indirect.speaker.name == "Critics"
    assert bare.speaker is None
    assert (split.start, split.end) == (0, 14)  # first fragment to last


def test_only_articles_with_several_annotators_are_compared() -> None:
    files = [doc("x", DIRECT), doc("y", DIRECT), doc("z", DIRECT, name="b")]
    assert [d.annotator for d in agreement.shared_articles(files)] == ["x", "y"]
    pairs = list(agreement.annotator_pairs(agreement.shared_articles(files)))
    assert [(gold.annotator, len(q)) for gold, q in pairs] == [("x", 1), ("y", 1)]


def test_identical_annotators_agree_fully() -> None:
    report = agreement.agreement([doc("x", DIRECT, INDIRECT), doc("y", DIRECT, INDIRECT)])
    assert report["pairs"] == 2
    assert report["content"]["f1"] == 1.0
    assert report["source"]["f1"] == 1.0


def test_a_missed_quote_and_another_source_lower_agreement() -> None:
    other_source = GoldQuote(content=INDIRECT.content, source=((64, 73),))  # "The mayor"
    report = agreement.agreement(
        [doc("x", DIRECT, INDIRECT, NO_SOURCE), doc("y", DIRECT, other_source)]
    )
    # x as gold: 2 of 3 found; y as gold: 2 of 2 found from 3 predicted -> tp 4, 5 and 5
    assert report["content"]["tp"] == 4
    assert report["content"]["f1"] == pytest.approx(0.8)
    # only the direct quote has the same source, in both directions: 2 of 5
    assert report["source"]["f1"] == pytest.approx(0.4)


def test_report_says_when_nothing_is_shared() -> None:
    report = {"dataset": "d", "articles": 0, "annotation_files": 0}
    assert "nothing to compare" in agreement.format_report(report)


@pytest.mark.dataset
@pytest.mark.model
def test_agreement_on_polnear_train(datasets: Path) -> None:
    split = datasets / "polnear" / "train"
    report = agreement.run(str(split))
    print(agreement.format_report(report))
    assert report["articles"] >= 10
    humans, system = report["annotators"], report["dateline"]
    assert 0.5 < humans["content"]["f1"] < 1.0
    assert humans["content"]["precision"] == humans["content"]["recall"]  # every ordered pair
    shared = agreement.shared_articles(load_split(str(split)))
    assert report["annotation_files"] == len(shared)
    # dateline is scored once against each of the same files
    assert system is not None and system["content"]["gold"] == sum(len(d.quotes) for d in shared)
