"""PolNeAR scorer: brat parsing, matching and scores on hand-made spans; the real split."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from dateline.errors import InputError
from dateline.eval import polnear
from dateline.eval.polnear import (
    GoldDoc,
    GoldQuote,
    document_errors,
    error_summary,
    format_report,
    load_split,
    match,
    names_agree,
    parse_ann,
    score,
    source_hit,
)
from dateline.model import Quote, Span, Speaker

POLNEAR = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "polnear"

#       0         1         2         3         4         5         6         7         8
#       012345678901234567890123456789012345678901234567890123456789012345678901234567890
TEXT = (
    '"We will win," Jane Roe said. Critics said the plan would fail. '
    "The mayor insisted taxes would not rise."
)
DIRECT = GoldQuote(content=((0, 14),), source=((15, 23),), cue=((24, 28),))  # "We will win,"
INDIRECT = GoldQuote(content=((43, 63),), source=((30, 37),), cue=((38, 42),))  # the plan...
NO_SOURCE = GoldQuote(content=((83, 104),))  # taxes would not rise


def _q(
    start: int,
    end: int,
    kind: str = "indirect",
    speaker: str | None = None,
    mention: tuple[int, int] | None = None,
    text: str = TEXT,
) -> Quote:
    spk = None
    if speaker is not None:
        ms, me = mention or (0, 0)
        spk = Speaker(speaker, None, Span.of(text, ms, me))
    return Quote(kind, text[start:end], start, end, None, spk)  # type: ignore[arg-type]


def _doc(*quotes: GoldQuote, annotator: str = "ab12", text: str = TEXT) -> GoldDoc:
    return GoldDoc("nyt_2016-01-02_x", annotator, text, quotes, dt.date(2016, 1, 2))


def test_spans_in_the_fixture_text_are_what_the_comments_say() -> None:
    assert TEXT[0:14] == '"We will win,"'
    assert TEXT[15:23] == "Jane Roe"
    assert TEXT[30:37] == "Critics"
    assert TEXT[43:63] == "the plan would fail."
    assert TEXT[83:104] == "taxes would not rise."
    assert TEXT[74:82] == "insisted"


# --- brat --------------------------------------------------------------------------------------

ANN = (
    "T1\tSource 15 23\tJane Roe\n"
    "T2\tCue 24 28\tsaid\n"
    'T3\tContent 0 5;8 14\t"We will win,"\n'
    "T4\tAttribution 24 28\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "T5\tContent 83 104\ttaxes would not rise.\n"
    "T6\tCue 74 82\tinsisted\n"
    "T7\tAttribution 74 82\tinsisted\n"
    "E2\tAttribution-no-source:T7 Content:T5 Cue:T6\n"
    "T8\tDiscard 30 42\tCritics said\n"
    "T9\tContent 43 50\tthe pla\n"
    "T10\tContent 51 63\twould fail.\n"
    "E3\tAttribution:T11 Content:T9 Content2:T10 Source:T12\n"
    "T11\tAttribution 38 42\tsaid\n"
    "T12\tSource 30 37\tCritics\n"
    "E4\tAttribution-no-source:T99 \n"
    "#1\tAnnotatorNotes T1\tnote\n"
    "garbage line\n"
)


def test_parse_ann_links_events_and_keeps_discontinuous_spans() -> None:
    quotes = parse_ann(ANN)
    assert quotes == (
        GoldQuote(((0, 5), (8, 14)), ((15, 23),), ((24, 28),)),
        GoldQuote(((83, 104),), (), ((74, 82),)),
        GoldQuote(((43, 50), (51, 63)), ((30, 37),), ()),
    )
    assert quotes[0].content_text(TEXT) == '"We w  win,"'  # fragments joined by a space
    assert quotes[0].is_direct(TEXT) and not quotes[2].is_direct(TEXT)
    assert quotes[1].source_text(TEXT) is None
    assert quotes[2].source_text(TEXT) == "Critics"


@pytest.mark.parametrize("mark", ['"', "“", "‘", "«", "'"])
def test_direct_means_content_opens_with_a_quote_mark(mark: str) -> None:
    text = f"{mark}Go{mark} x"
    assert GoldQuote(((0, 4),)).is_direct(text)
    assert not GoldQuote(((1, 4),)).is_direct(text)


# --- matching ------------------------------------------------------------------------------------


def test_match_needs_half_of_the_shorter_span() -> None:
    gold = [GoldQuote(((10, 30),))]  # 20 chars
    assert match(gold, [_q(20, 60)]) == [(0, 0)]  # 10 shared, shorter is 20: exactly half
    assert match(gold, [_q(21, 60)]) == []  # 9 shared: less than half
    assert match(gold, [_q(12, 16)]) == [(0, 0)]  # short prediction inside the gold span
    assert match(gold, [_q(30, 40)]) == []  # touching is not overlapping


def test_match_is_one_to_one_best_first() -> None:
    gold = [GoldQuote(((0, 20),)), GoldQuote(((20, 40),))]
    # prediction 0 overlaps gold 0 by 12 and gold 1 by 10; prediction 1 overlaps gold 1 by 20
    assert match(gold, [_q(8, 30), _q(20, 40)]) == [(0, 0), (1, 1)]
    # greedy, not an optimal assignment: the largest overlap (gold 1, prediction 0: 20) is
    # taken first, which leaves prediction 1 (18 with gold 1) and gold 0 (15) unpaired
    assert match(gold, [_q(5, 40), _q(22, 40)]) == [(1, 0)]
    # two predictions inside one gold span: the larger overlap wins, the other is left over
    assert match([GoldQuote(((0, 20),))], [_q(0, 8), _q(2, 18)]) == [(0, 1)]


def test_match_counts_only_characters_inside_gold_fragments() -> None:
    gold = [GoldQuote(((0, 10), (50, 60)))]  # 20 chars with a gap
    assert match(gold, [_q(0, 60)]) == [(0, 0)]  # shares all 20 of the shorter (gold)
    assert match(gold, [_q(5, 55)]) == [(0, 0)]  # 10 of 20
    assert match(gold, [_q(9, 51)]) == []  # 2 of 20, though the outer spans nest


# --- source --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "gold", "agree"),
    [
        ("Kaja Kallas", "EU foreign policy chief Kaja Kallas", True),
        ("Kallas", "KALLAS", True),
        ("Donald Trump", "Trump's campaign", False),
        ("Donald Trump", "Trump’s", True),
        ("Hillary Clinton", "Bill Clinton", True),  # same surname: accepted, by design
        ("Jane Roe", "the mayor", False),
        ("", "Roe", False),
        ("David Perdue", "Sen. David Perdue (R-Ga.)", True),
        ("Ed Rendell", "Rendell, a Clinton surrogate,", True),
        ("Donald Trump", "Rendell, a Trump surrogate,", False),
    ],
)
def test_names_agree_on_the_last_word(name: str, gold: str, agree: bool) -> None:
    assert names_agree(name, gold) is agree


def test_source_hit_by_mention_overlap_or_name() -> None:
    assert source_hit(DIRECT, _q(1, 12, "direct", "Someone Else", (20, 23)), TEXT)  # "Roe"
    assert source_hit(DIRECT, _q(1, 12, "direct", "Jane Roe", (60, 64)), TEXT)  # by name
    assert not source_hit(DIRECT, _q(1, 12, "direct", "The Mayor", (64, 73)), TEXT)
    assert not source_hit(DIRECT, _q(1, 12, "direct"), TEXT)  # no speaker


def test_gold_without_source_is_hit_only_by_a_prediction_without_speaker() -> None:
    assert source_hit(NO_SOURCE, _q(83, 104), TEXT)
    assert not source_hit(NO_SOURCE, _q(83, 104, speaker="The mayor", mention=(64, 73)), TEXT)


# --- scores --------------------------------------------------------------------------------------


def test_score_counts_content_source_and_direct() -> None:
    doc = _doc(DIRECT, INDIRECT, NO_SOURCE)
    preds = {
        doc.name: [
            _q(1, 13, "direct", "Jane Roe", (15, 23)),  # match, source hit, direct
            _q(43, 62, "indirect", "Jane Roe", (15, 23)),  # match, wrong source
            _q(64, 73, "direct", "X", (0, 1)),  # spurious direct
        ]
    }
    report = score([doc], preds)
    assert report["articles"] == 1 and report["gold_documents"] == 1
    c, s, d = report["content"], report["source"], report["direct"]
    assert (c["tp"], c["predicted"], c["gold"]) == (2, 3, 3)
    assert c["precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert c["f1"] == pytest.approx(2 / 3, abs=1e-4)
    assert (s["tp"], s["predicted"], s["gold"]) == (1, 3, 3)
    assert s["recall"] == pytest.approx(1 / 3, abs=1e-4)
    assert (d["tp"], d["gold"], d["predicted"], d["matched_predicted"]) == (1, 1, 2, 1)
    assert d["recall"] == 1.0 and d["precision"] == 0.5
    assert d["speaker_accuracy"] == 1.0 and d["speaker_correct"] == 1
    assert report["unmatched_pieces"] == 0


def test_token_overlap_is_citrons_shared_tokens_over_all_tokens() -> None:
    doc = _doc(DIRECT, INDIRECT)  # content tokens 6 + 5, source tokens 2 ("Jane Roe") + 1
    preds = {
        doc.name: [
            _q(1, 13, "direct", "Jane Roe", (15, 19)),  # We will win , / Jane
            _q(64, 82),  # The mayor insisted: shares no token, has no speaker
        ]
    }
    o = score([doc], preds)["token_overlap"]
    c, s = o["content"], o["source"]
    assert (c["shared_tokens"], c["predicted_tokens"], c["gold_tokens"]) == (4, 7, 11)
    assert c["precision"] == pytest.approx(4 / 7, abs=1e-4)
    assert c["recall"] == pytest.approx(4 / 11, abs=1e-4)
    assert (s["shared_tokens"], s["predicted_tokens"], s["gold_tokens"]) == (1, 1, 3)
    assert s["precision"] == 1.0 and s["recall"] == pytest.approx(1 / 3, abs=1e-4)
    assert "source token overlap (Citron's metric) P=1.000 R=0.333" in format_report(
        score([doc], preds)
    )


def test_source_token_overlap_counts_the_source_phrase_where_there_is_one() -> None:
    doc = _doc(DIRECT)  # gold Source "Jane Roe": 2 tokens
    quote = _q(1, 13, "direct", "Jane Roe", (20, 23))  # the mention "Roe"
    assert quote.speaker is not None
    with_phrase = dataclasses.replace(
        quote, speaker=dataclasses.replace(quote.speaker, phrase=Span.of(TEXT, 15, 28))
    )  # "Jane Roe said": both gold tokens and one more
    mention_only = score([doc], {doc.name: [quote]})["token_overlap"]["source"]
    phrase = score([doc], {doc.name: [with_phrase]})["token_overlap"]["source"]
    assert (mention_only["shared_tokens"], mention_only["predicted_tokens"]) == (1, 1)
    assert (phrase["shared_tokens"], phrase["predicted_tokens"]) == (2, 3)


def test_smaller_piece_of_a_split_quote_is_unmatched_but_counted_as_a_piece() -> None:
    text = '"Go home," she said, "and rest." Later news.'
    gold = GoldQuote(((0, 9), (21, 32)))  # one Content in two fragments around the attribution
    doc = _doc(gold, text=text)
    preds = [_q(1, 8, "direct", text=text), _q(22, 31, "direct", text=text)]
    report = score([doc], {doc.name: preds})
    assert report["content"]["tp"] == 1 and report["content"]["predicted"] == 2
    assert report["unmatched_pieces"] == 1
    (errors,) = document_errors([doc], {doc.name: preds})
    assert errors.pieces == [preds[0]] and errors.spurious == [] and errors.missed == []
    assert error_summary([errors])["unmatched_pieces"] == 1


def test_predicted_direct_matching_indirect_gold_is_not_a_direct_hit() -> None:
    doc = _doc(INDIRECT)
    report = score([doc], {doc.name: [_q(43, 63, "direct", "Critics", (30, 37))]})
    assert report["content"]["tp"] == 1 and report["source"]["tp"] == 1
    d = report["direct"]
    assert (d["tp"], d["gold"], d["matched_predicted"], d["predicted"]) == (0, 0, 0, 1)
    assert d["precision"] == 0.0 and d["recall"] == 0.0 and d["speaker_accuracy"] == 0.0


def test_direct_recall_counts_gold_direct_found_by_any_kind() -> None:
    doc = _doc(DIRECT)
    report = score([doc], {doc.name: [_q(1, 13, "indirect", "Jane Roe", (15, 23))]})
    d = report["direct"]
    assert (d["tp"], d["gold"], d["matched_predicted"], d["predicted"]) == (1, 1, 0, 0)
    assert d["recall"] == 1.0 and d["precision"] == 0.0 and d["speaker_accuracy"] == 1.0


def test_each_annotation_file_scores_the_same_predictions() -> None:
    one, two = _doc(DIRECT, annotator="aa11"), _doc(DIRECT, INDIRECT, annotator="bb22")
    preds = {one.name: [_q(1, 13, "direct", "Jane Roe", (15, 23))]}
    report = score([one, two], preds)
    assert report["articles"] == 1 and report["gold_documents"] == 2
    c = report["content"]
    assert (c["tp"], c["predicted"], c["gold"]) == (2, 2, 3)


def test_no_predictions_for_a_document_scores_zero() -> None:
    report = score([_doc(DIRECT)], {})
    assert report["content"] == {
        "precision": 0.0,
        "recall": 0.0,
        "f1": 0.0,
        "tp": 0,
        "predicted": 0,
        "gold": 1,
    }


def test_document_errors_lists_missed_spurious_and_wrong_source() -> None:
    doc = _doc(DIRECT, INDIRECT, NO_SOURCE)
    spurious = _q(64, 73, "direct", "X", (0, 1))
    wrong = _q(43, 62, "indirect", "Jane Roe", (15, 23))
    (errors,) = document_errors([doc], {doc.name: [wrong, spurious]})
    assert errors.key == "nyt_2016-01-02_x_ab12"
    assert errors.missed == [DIRECT, NO_SOURCE]
    assert errors.spurious == [spurious]
    assert errors.wrong_source == [(INDIRECT, wrong)]
    record = errors.to_json()
    assert record["missed"][0] == {
        "content": '"We will win,"',
        "start": 0,
        "source": "Jane Roe",
        "direct": True,
    }
    assert record["wrong_source"][0]["gold_source"] == "Critics"
    assert record["wrong_source"][0]["predicted_speaker"] == "Jane Roe"
    assert record["spurious"][0]["kind"] == "direct"


def test_error_summary_groups_errors_by_cue_kind_and_source_kind() -> None:
    she = "She said the plan would fail."
    doc = _doc(DIRECT, INDIRECT, NO_SOURCE)
    spurious = Quote("direct", "x", 64, 73, Span.of(TEXT, 74, 82))
    wrong = _q(43, 62, "indirect", "Jane Roe", (15, 23))
    errors = document_errors([doc], {doc.name: [wrong, spurious]})
    she_doc = _doc(GoldQuote(((4, 29),), source=((0, 3),)), text=she)
    errors += document_errors([she_doc], {she_doc.name: [_q(4, 29, text=she)]})
    summary = error_summary(errors)
    assert summary["missed_by_cue"] == {"said": 1, "(none)": 1}
    assert summary["missed_by_kind"] == {"direct": 1, "other": 1}
    assert summary["spurious_by_cue"] == {"insisted": 1}
    assert summary["spurious_by_kind"] == {"direct": 1}
    assert summary["unmatched_pieces"] == 0
    assert summary["wrong_source_by_kind"] == {
        "gold name or phrase": 1,
        "gold pronoun, no predicted speaker": 1,
    }


def test_pronoun_sources_count_speakers_resolved_to_a_named_entity() -> None:
    text = "He said the plan would fail. They said taxes would rise. It said so."
    gold = [
        GoldQuote(((8, 27),), ((0, 2),)),  # the plan would fail: He
        GoldQuote(((39, 55),), ((29, 33),)),  # taxes would rise: They
        GoldQuote(((65, 67),), ((57, 59),)),  # so: It
    ]
    doc = _doc(*gold, text=text)
    named = Speaker("Jane Roe", "e1", Span.of(text, 0, 2))
    left = Speaker("They", "e2", Span.of(text, 29, 33))
    preds = [
        Quote("indirect", text[8:27], 8, 27, None, named),
        Quote("indirect", text[39:55], 39, 55, None, left),
        Quote("indirect", text[65:67], 65, 67, None, None),
    ]
    ps = score([doc], {doc.name: preds})["pronoun_sources"]
    assert ps == {"matched": 3, "named": 1, "share": pytest.approx(1 / 3, abs=1e-4)}


def test_format_report_shows_each_score() -> None:
    doc = _doc(DIRECT, INDIRECT)
    text = format_report(score([doc], {doc.name: [_q(1, 13, "direct", "Jane Roe", (15, 23))]}))
    assert "content   P=1.000 R=0.500 F1=0.667" in text
    assert "source    P=1.000 R=0.500" in text
    assert "direct speaker accuracy=1.000 (1 of 1" in text
    assert "gold direct found=1 of 1; predicted direct matching gold direct=1 of 1" in text
    assert "unmatched pieces=0" in text
    assert "gold documents=1" in text
    assert "speaker named where the gold source is a pronoun=0.000 (0 of 0" in text
    assert "pronoun speakers resolved" not in text  # none annotated in this article


def test_format_report_shows_pronoun_referents_when_checked() -> None:
    doc = _doc(DIRECT)
    report = score([doc], {doc.name: []})
    report["pronoun_referents"] = {
        "checked": 4,
        "right": 3,
        "wrong": 1,
        "unresolved": 0,
        "no_quote": 2,
        "accuracy": 0.75,
    }
    assert (
        "pronoun speakers resolved to the annotated person=0.750 (3 of 4; 1 someone else, "
        "0 unresolved; 2 annotated pronouns with no quote spoken by them)"
    ) in format_report(report)


# --- loading a split -----------------------------------------------------------------------------


def _split(tmp_path: Path) -> Path:
    split = tmp_path / "polnear" / "dev"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    for name in ("nyt_2016-01-02_alpha", "wsj_2016-03-04_beta"):
        (split / "text" / f"{name}.txt").write_text(TEXT, encoding="utf-8")
    (split / "attributions" / "nyt_2016-01-02_alpha_ab12.ann").write_text(ANN, encoding="utf-8")
    (split / "attributions" / "nyt_2016-01-02_alpha_cd34.ann").write_text("", encoding="utf-8")
    (split / "attributions" / "wsj_2016-03-04_beta_ab12.ann").write_text(ANN, encoding="utf-8")
    (tmp_path / "polnear" / "metadata.tsv").write_text(
        "compartment\tfilename\tlevel\tannotators\tpublisher\tpublication_date\tauthor\ttitle\n"
        "dev\tnyt_2016-01-02_alpha\t1\tab12\tnyt\t2016-01-02\tA\tAlpha “title”\n",
        encoding="utf-8",
    )
    return split


def test_load_split_reads_every_annotation_file(tmp_path: Path) -> None:
    split = _split(tmp_path)
    docs = load_split(str(split))
    assert [d.key for d in docs] == [
        "nyt_2016-01-02_alpha_ab12",
        "nyt_2016-01-02_alpha_cd34",
        "wsj_2016-03-04_beta_ab12",
    ]
    first, empty, beta = docs
    assert len(first.quotes) == 3 and empty.quotes == ()
    assert first.text == TEXT and first.date == dt.date(2016, 1, 2)
    assert (first.outlet, first.title) == ("nyt", "Alpha “title”")
    assert (beta.outlet, beta.title) == ("wsj", None)  # not in metadata: outlet from the name
    article = first.article()
    assert (article.id, article.date, article.text) == (first.name, first.date, TEXT)


def test_load_split_limit_and_root_folder(tmp_path: Path) -> None:
    split = _split(tmp_path)
    assert [d.key for d in load_split(str(split.parent), limit=1)] == [
        "nyt_2016-01-02_alpha_ab12",
        "nyt_2016-01-02_alpha_cd34",
    ]


def test_load_split_rejects_other_folders(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a PolNeAR split"):
        load_split(str(tmp_path))


# --- the real data -------------------------------------------------------------------------------

needs_polnear = pytest.mark.skipif(not POLNEAR.is_dir(), reason="../shared/datasets absent")


@pytest.mark.dataset
@needs_polnear
def test_dev_split_loads_with_offsets_inside_the_text() -> None:
    docs = load_split(str(POLNEAR / "dev"))
    assert len({d.name for d in docs}) == 84 and len(docs) > 84
    for doc in docs:
        assert doc.date is not None and doc.title
        for q in doc.quotes:
            assert all(0 <= s < e <= len(doc.text) for s, e in q.content + q.source + q.cue)
    direct = sum(q.is_direct(d.text) for d in docs for q in d.quotes)
    total = sum(len(d.quotes) for d in docs)
    assert 0.1 < direct / total < 0.4


@pytest.mark.dataset
@needs_polnear
def test_gold_scored_against_itself_is_perfect() -> None:
    # the first annotation file of each article, continuous spans only (a prediction is one
    # span, and the envelope of a discontinuous gold span may hold another gold span)
    one_per_article = {
        d.name: dataclasses.replace(d, quotes=tuple(q for q in d.quotes if len(q.content) == 1))
        for d in reversed(load_split(str(POLNEAR / "dev"), limit=10))
    }
    preds = {
        name: [
            Quote(
                "direct" if g.is_direct(d.text) else "indirect",
                g.content_text(d.text),
                g.content[0][0],
                g.content[-1][1],
                None,
                Speaker("x", None, Span.of(d.text, *g.source[0])) if g.source else None,
            )
            for g in d.quotes
        ]
        for name, d in one_per_article.items()
    }
    report = score(list(one_per_article.values()), preds)
    assert report["content"]["f1"] == 1.0
    assert report["source"]["f1"] == 1.0
    assert report["direct"]["speaker_accuracy"] == 1.0


@pytest.mark.model
@pytest.mark.dataset
@needs_polnear
def test_run_scores_dateline_on_a_few_dev_articles() -> None:
    pytest.importorskip("dateline.extract.quotes")
    report = polnear.run(str(POLNEAR / "dev"), limit=3)
    assert report["articles"] == 3
    assert report["content"]["gold"] > 0 and report["content"]["predicted"] > 0
    assert 0.0 <= report["source"]["f1"] <= report["content"]["f1"] + 1e-9 <= 1.0 + 1e-9
    assert "content" in format_report(report)
    # the per-document errors agree with the counts (what `--json --errors` prints)
    missed = sum(len(e["missed"]) for e in report["errors"])
    assert missed == report["content"]["gold"] - report["content"]["tp"]
    assert set(report["error_summary"]) >= {"missed_by_cue", "wrong_source_by_kind"}
