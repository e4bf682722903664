"""Pronoun referent scores: parsing the annotation file, name agreement, the counts; the
bundled annotations (PolNeAR pronouns, Reuters speaker mentions) checked against the texts
when they are present."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.errors import InputError
from dateline.eval import referents, reuters_speakers
from dateline.eval.referents import Referent, parse, same_person, score
from dateline.model import Quote, Span, Speaker

POLNEAR = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "polnear"

HEADER = "# a comment\nsplit\tarticle\toffset\tpronoun\tname\n"


def test_parse_reads_rows_after_comments_and_header() -> None:
    rows = parse(HEADER + "dev\tpaper_2016-01-02_x\t42\tshe\tJane Q. Roe\n")
    assert rows == [Referent("dev", "paper_2016-01-02_x", 42, "she", "Jane Q. Roe")]


def test_parse_names_the_file_and_line_of_a_bad_row() -> None:
    with pytest.raises(InputError, match=r"refs\.tsv:4: expected split, article, offset"):
        parse(HEADER + "dev\ta\t1\the\tJohn Doe\ndev\ta\tten\the\tJohn Doe\n", "refs.tsv")


@pytest.mark.parametrize(
    ("predicted", "annotated"),
    [
        ("Trump", "Donald J. Trump"),
        ("Donald Trump", "Mr. Trump"),
        ("Ban Ki moon", "Ban Ki-moon"),
        ("Harry B. Harris Jr.", "Harris"),
    ],
)
def test_same_person_when_one_name_holds_the_other(predicted: str, annotated: str) -> None:
    assert same_person(predicted, annotated)


@pytest.mark.parametrize(
    ("predicted", "annotated"),
    [("Bill Clinton", "Hillary Clinton"), ("Gary Johnson", "Jeh Johnson"), ("he", "")],
)
def test_different_people(predicted: str, annotated: str) -> None:
    assert not same_person(predicted, annotated)


def _said_by(text: str, start: int, end: int, name: str, entity: str | None) -> Quote:
    speaker = Speaker(name, entity, Span.of(text, start, end))
    return Quote("indirect", "x", 0, 1, None, speaker)


def test_score_counts_right_wrong_unresolved_and_pronouns_without_a_quote() -> None:
    text = "Jane Roe met John Doe. She said yes. He said no. She left. He said so."
    #       0         1         2         3         4         5         6
    #       0123456789012345678901234567890123456789012345678901234567890123456789
    predicted = {
        "a": [
            _said_by(text, 23, 26, "Jane Roe", "e1"),  # She said yes: right
            _said_by(text, 37, 39, "Jane Roe", "e1"),  # He said no: wrong
            _said_by(text, 59, 61, "He", None),  # He said so: unresolved
        ]
    }
    refs = [
        Referent("dev", "a", 23, "She", "Jane Roe"),
        Referent("dev", "a", 37, "He", "John Doe"),
        Referent("dev", "a", 49, "She", "Jane Roe"),  # "She left": no quote of hers
        Referent("dev", "a", 59, "He", "John Doe"),
        Referent("dev", "b", 0, "He", "John Doe"),  # an article not predicted: not counted
    ]
    assert score(refs, predicted) == {
        "checked": 3,
        "right": 1,
        "wrong": 1,
        "unresolved": 1,
        "no_quote": 1,
        "accuracy": pytest.approx(1 / 3, abs=1e-4),
    }


def test_a_speaker_mention_inside_the_annotated_one_counts() -> None:
    text = "The AMLC said beef output fell."
    predicted = {"a": [_said_by(text, 4, 8, "Australian Meat and Live-Stock Corp", "e1")]}
    refs = [Referent("reuters", "a", 0, "The AMLC", "Australian Meat and Live-Stock Corp")]
    assert score(refs, predicted)["right"] == 1


def test_bundled_annotations_cover_dev_and_a_train_sample() -> None:
    rows = referents.load()
    splits = {r.split for r in rows}
    assert splits == {"dev", "train"}
    assert all(r.pronoun.lower() in {"he", "she"} and r.name for r in rows)
    assert len({(r.article, r.offset) for r in rows}) == len(rows)


@pytest.mark.dataset
def test_bundled_annotations_point_at_their_pronouns() -> None:
    if not POLNEAR.is_dir():
        pytest.skip(f"{POLNEAR} is absent")
    for r in referents.load():
        text = (POLNEAR / r.split / "text" / f"{r.article}.txt").read_text(encoding="utf-8")
        end = r.offset + len(r.pronoun)
        assert text[r.offset : end] == r.pronoun, r
        assert not text[end : end + 1].isalpha(), r
        # the person is named before the pronoun
        named = text[: r.offset].lower()
        assert any(w in named for w in referents.name_words(r.name)), r


REUTERS = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "reuters21578"


def test_bundled_reuters_speakers_are_named_mentions() -> None:
    rows = referents.load(bundled=reuters_speakers.BUNDLED)
    assert len(rows) == 374
    assert {r.split for r in rows} == set(reuters_speakers.BATCHES)
    assert all(r.name and r.name.lower() != r.pronoun.lower() for r in rows)
    assert len({r.article for r in rows}) == len(rows)  # one mention per story


@pytest.mark.dataset
def test_bundled_reuters_speakers_point_at_their_mentions() -> None:
    if not REUTERS.is_dir():
        pytest.skip(f"{REUTERS} is absent")
    rows = referents.load(bundled=reuters_speakers.BUNDLED)
    stories = reuters_speakers.annotated_articles(str(REUTERS), {r.article for r in rows})
    texts = {a.id: a.text for a in stories}
    assert len(texts) == len(rows)
    for r in rows:
        assert texts[r.article][r.offset : r.offset + len(r.pronoun)] == r.pronoun, r


def test_reuters_speaker_report_line() -> None:
    report = {
        "dataset": "d",
        "annotated": 3,
        "articles": 3,
        "checked": 3,
        "right": 2,
        "wrong": 1,
        "unresolved": 0,
        "no_quote": 0,
        "accuracy": 0.6667,
    }
    one = {"checked": 1, "right": 1, "wrong": 0, "unresolved": 0, "no_quote": 0, "accuracy": 1}
    report["batches"] = {"10501-12000": one}
    text = reuters_speakers.format_report(report)
    assert "0.667 (2 of 3; 1 someone else, 0 unresolved" in text
    assert "stories 10501-12000 (held out): 1.000 (1 of 1;" in text


@pytest.mark.parametrize("kind", ["missing", "empty"])
def test_reuters_speakers_name_a_folder_that_lacks_the_stories(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "nowhere" if kind == "missing" else tmp_path
    with pytest.raises(InputError, match=str(path)):
        reuters_speakers.annotated_articles(str(path), {"reuters-1"})
