"""Headlines whose present-tense verbs the small pipeline reads as plural nouns."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.extract.headline import _lemma, _past, mend_headline
from dateline.extract.pipeline import Extractor
from dateline.model import Article, Extraction


def extract(extractor: Extractor, text: str) -> Extraction:
    return extractor.extract_one(Article("t", dt.date(2016, 2, 1), text))


@pytest.mark.parametrize(
    ("word", "past"),
    [("blasts", "blasted"), ("praises", "praised"), ("trashes", "trashed"), ("denies", "denied")],
)
def test_a_present_form_is_put_in_the_past(word: str, past: str) -> None:
    assert _past(word) == past


@pytest.mark.parametrize(
    ("word", "lemma"),
    [("blasts", "blast"), ("denounces", "denounce"), ("denies", "deny"), ("rip", "rip")],
)
def test_a_speech_verbs_present_form_is_a_candidate(word: str, lemma: str) -> None:
    assert _lemma(word) == lemma


def test_a_plural_noun_is_no_speech_verb() -> None:
    assert _lemma("sales") is None  # not "say" with "-les"
    assert _lemma("attacks") == "attack"


@pytest.mark.model
def test_a_headline_verb_read_as_a_noun_reports(extractor: Extractor) -> None:
    text = "Super PAC blasts Trump for skipping debate.\n\nThe group spent $2 million on ads."
    x = extract(extractor, text)
    assert [(q.text, q.cue and q.cue.text, q.speaker and q.speaker.name) for q in x.quotes] == [
        ("Trump for skipping debate", "blasts", "Super PAC")
    ]


@pytest.mark.model
def test_a_clause_the_headline_quotes_does_not_hide_its_verb(extractor: Extractor) -> None:
    text = "Trump slams Clinton: “She is a liar.”\n\nThe candidate spoke in Ohio."
    x = extract(extractor, text)
    direct = [q for q in x.quotes if q.kind == "direct"]
    assert [(q.text, q.speaker and q.speaker.name) for q in direct] == [("She is a liar.", "Trump")]


@pytest.mark.model
def test_a_title_case_headline_with_two_verbs(extractor: Extractor) -> None:
    text = "France’s Marine Le Pen Backs Trump And Denounces Clinton.\n\nShe spoke in Lyon."
    x = extract(extractor, text)
    assert [(q.text, q.cue and q.cue.text) for q in x.quotes] == [
        ("Trump", "Backs"),
        ("Clinton", "Denounces"),
    ]


@pytest.mark.model
def test_the_text_and_the_tokens_stay_as_they_were(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Trump calls for bringing back surveillance of Muslim communities.\n\nHe spoke."
    doc = nlp(text)
    words = [t.text for t in doc]
    assert mend_headline(nlp, doc)
    assert doc.text == text and [t.text for t in doc] == words
    calls = doc[1]
    assert (calls.pos_, calls.tag_, calls.lemma_) == ("VERB", "VBZ", "call")
    assert [c.text for c in calls.children if c.dep_ == "nsubj"] == ["Trump"]


@pytest.mark.model
def test_a_lead_sentence_with_its_own_verb_is_left_alone(  # type: ignore[no-untyped-def]
    nlp,
) -> None:
    # "Lines" ends like a speech verb ("line"), but the sentence has its verb already
    doc = nlp("Delta Air Lines Inc said it began service to Tokyo today.\n\nThe carrier said.")
    assert not mend_headline(nlp, doc)


@pytest.mark.model
def test_a_title_case_headline_whose_verb_was_seen_is_parsed_again(
    extractor: Extractor,
) -> None:
    text = "Pence Announces Plans He And Trump Have Made For Releasing Tax Returns.\n\nHe spoke."
    x = extract(extractor, text)
    assert [(q.text, q.cue and q.cue.text, q.speaker and q.speaker.name) for q in x.quotes] == [
        ("Plans He And Trump Have Made For Releasing Tax Returns", "Announces", "Pence")
    ]


@pytest.mark.model
def test_a_name_the_article_repeats_holds_no_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(
        "Automobile sales in the United States down sharply\n\n"
        "Sales of automobiles in the United States fell in January."
    )
    assert not mend_headline(nlp, doc)
