"""Quote rules on small hand-built articles: one construction per test.

Each test checks kind, text, cue, speaker name and the attributing mention; ``extract`` also
checks that every offset indexes the article text.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.extract.entities import EntityTable
from dateline.extract.pipeline import Extractor
from dateline.extract.speakers import _named_alike
from dateline.model import Article, Entity, Extraction, Quote, Speaker

pytestmark = pytest.mark.model

ANCHOR = dt.date(2025, 9, 4)  # a Thursday; "Wednesday" is 2025-09-03


def extract(extractor: Extractor, text: str) -> Extraction:
    x = extractor.extract_one(Article("t", ANCHOR, text))
    assert_offsets(x)
    return x


def assert_offsets(x: Extraction) -> None:
    text = x.article.text
    for q in x.quotes:
        assert text[q.start : q.end] == q.text
        if q.cue is not None:
            assert text[q.cue.start : q.cue.end] == q.cue.text
        if q.speaker is not None:
            m = q.speaker.mention
            assert text[m.start : m.end] == m.text
            p = q.speaker.phrase
            if p is not None:  # the whole source phrase: around the mention, outside the quote
                assert text[p.start : p.end] == p.text
                assert p.start <= m.start and m.end <= p.end
                assert p.end <= q.start or p.start >= q.end
    for e in x.entities:
        for em in e.mentions:
            assert text[em.start : em.end] == em.text


def only(x: Extraction) -> Quote:
    assert len(x.quotes) == 1, [q.text for q in x.quotes]
    return x.quotes[0]


def quote_of(x: Extraction, text: str) -> Quote:
    """The one quote of ``x`` whose text is ``text``."""
    found = [q for q in x.quotes if q.text == text]
    assert len(found) == 1, [q.text for q in x.quotes]
    return found[0]


def spoken_via(q: Quote, mention: str) -> Speaker:
    """``q``'s speaker, after checking the mention that attributes the quote to it."""
    assert q.speaker is not None and q.speaker.mention.text == mention
    return q.speaker


def check(
    q: Quote,
    kind: str,
    text: str,
    cue: str | None,
    speaker: str | None,
    mention: str | None = None,
    mention_at: int | None = None,
) -> None:
    """One quote against what it should be; ``mention_at`` is the mention's start offset."""
    assert (q.kind, q.text) == (kind, text)
    assert (q.cue.text if q.cue else None) == cue
    assert (q.speaker.name if q.speaker else None) == speaker
    if mention is not None:
        assert q.speaker is not None
        assert q.speaker.mention.text == mention
    if mention_at is not None:
        assert q.speaker is not None
        assert q.speaker.mention.start == mention_at


# --- direct quotes ----------------------------------------------------------------------------


def test_quote_then_said(extractor: Extractor) -> None:
    text = '"We will not back down," Kallas said.'
    q = only(extract(extractor, text))
    check(q, "direct", "We will not back down,", "said", "Kallas", "Kallas", text.index("Kallas"))
    assert q.cue is not None and q.cue.start == text.index("said")


def test_split_quote_both_parts_to_the_speaker(extractor: Extractor) -> None:
    text = (
        "Kaja Kallas spoke to reporters in Brussels. "
        '"Russia shows no wish to end this war," Kallas said. "Europe must do more."'
    )
    x = extract(extractor, text)
    at = text.index("Kallas said")
    assert len(x.quotes) == 2
    check(
        x.quotes[0],
        "direct",
        "Russia shows no wish to end this war,",
        "said",
        "Kaja Kallas",
        "Kallas",
        at,
    )
    check(x.quotes[1], "direct", "Europe must do more.", "said", "Kaja Kallas", "Kallas", at)


def test_quote_running_over_paragraphs_is_one_quote(extractor: Extractor) -> None:
    text = (
        "Marco Rubio spoke in Miami.\n\n"
        '"Presidents cannot just say anything they want," Rubio said. "It has consequences.\n\n'
        '"We will have to work with our allies in the region and keep our promises."'
    )
    x = extract(extractor, text)
    last = quote_of(x, "We will have to work with our allies in the region and keep our promises.")
    assert last.continues is not None
    assert x.quotes[last.continues].text == "It has consequences."


def test_paragraph_of_a_running_quote_naming_its_speaker_starts_a_new_quote(
    extractor: Extractor,
) -> None:
    text = (
        "Marco Rubio spoke in Miami.\n\n"
        '"Presidents cannot just say anything they want," Rubio said. "It has consequences.\n\n'
        '"I am not interested in being politically correct," he continued. "We must work '
        'with our allies."'
    )
    x = extract(extractor, text)
    own = quote_of(x, "I am not interested in being politically correct,")
    at = text.index("he continued")
    check(own, "direct", own.text, "continued", "Marco Rubio", "he", at)
    assert own.continues is None
    rest = quote_of(x, "We must work with our allies.")
    assert rest.continues is not None and x.quotes[rest.continues] == own


def test_subject_the_parser_found_in_the_quote_gives_way_to_one_outside(
    extractor: Extractor,
) -> None:
    text = (
        '"The drop we are seeing now is directly attributable to the emails, the foundation, '
        'all the old trust stuff," said a person close to the Clintons.'
    )
    q = only(extract(extractor, text))
    unnamed = "a person close to the Clintons"
    check(q, "direct", q.text, "said", unnamed, unnamed, text.index("a person"))


@pytest.mark.parametrize(
    "text",
    [
        '"That is absurd," Warren said, going on to say that the town has spent "forty years '
        "fighting floods and storms and all that stuff, to lose the levee now, farmers do not "
        'want to see that."',
        '"This is wrong," Harris said, going on to say that the county has spent "decades '
        "fighting poverty and hunger and all of it, to cut the program now, parents do not want "
        'to hear that."',
    ],
    ids=["farmers", "parents"],
)
def test_a_subject_borrowed_from_a_verb_inside_the_quote_is_not_the_speaker(
    extractor: Extractor, text: str
) -> None:
    # the parser made the quote's "want" the root and hung "going on to say" on it, so the
    # borrowed subject is the quote's own "farmers": the words stay the reporter's
    x = extract(extractor, text)
    second = x.quotes[1]
    assert second.text.startswith(("forty years", "decades fighting"))
    reporter = text.split('," ')[1].split()[0]
    spoken_via(second, reporter)


def _inside_a_direct_quote(x: Extraction, pos: int) -> bool:
    return any(q.kind == "direct" and q.start <= pos < q.end for q in x.quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The governor hardly clarified the matter, treating the report first as praise -- "
            "''That makes me smart'' -- and, when questioned after the debate, asserting, ''Of "
            "course, I pay my taxes.''",
            "Of course, I pay my taxes.",
        ),
        (
            'Grant hardly ended the dispute, calling the ruling first a win -- "This proves we '
            'were right" -- and, when asked later, insisting the appeal would go ahead.',
            "the ruling first a win",
        ),
    ],
    ids=["direct", "reported"],
)
def test_a_subject_the_parser_found_inside_another_quote_is_not_the_speaker(
    extractor: Extractor, text: str, content: str
) -> None:
    x = extract(extractor, text)
    q = quote_of(x, content)
    assert q.speaker is None or not _inside_a_direct_quote(x, q.speaker.mention.start)


def test_a_quoted_title_is_still_a_source(extractor: Extractor) -> None:
    text = (
        "According to ''The Long Road: Ten Years in the Senate,'' by Ann Holt, the senator "
        "rarely voted against his party."
    )
    q = quote_of(extract(extractor, text), "the senator rarely voted against his party")
    assert q.speaker is not None and q.speaker.mention.text == "The Long Road"
    text = "''The Long Road,'' a memoir by Ann Holt, puts it bluntly: ''The Senate is broken.''"
    q = quote_of(extract(extractor, text), "The Senate is broken.")
    assert q.speaker is not None and q.speaker.mention.text == "The Long Road"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Equitorial also said that as of March One it is operating in technical default. It "
            "said it is in talks with the lessors.",
            "Equitorial",
        ),
        (
            "Marvex said its shareholders approved the merger. It said the deal closes in May.",
            "Marvex",
        ),
        # a name that speaks of itself as "he" is a person, whom no "it" stands for
        ("Brannigan said he would resign. It said the board would meet.", "It"),
    ],
    ids=["it", "its", "he"],
)
def test_it_stands_for_a_name_that_spoke_of_itself_as_it(
    extractor: Extractor, text: str, speaker: str
) -> None:
    x = extract(extractor, text)
    q = x.quotes[-1]
    assert q.speaker is not None and (q.speaker.name, q.speaker.mention.text) == (speaker, "It")


def test_next_sentence_reporting_something_else_is_no_attribution(
    extractor: Extractor,
) -> None:
    text = (
        '"What he did is the worst I have seen," the senator said. "It shows a lack of '
        'character." Reid said both men were lightweights.'
    )
    x = extract(extractor, text)
    first, second = x.quotes[0], x.quotes[1]
    at = text.index("said")
    assert (first.kind, second.kind) == ("direct", "direct")
    assert second.text == "It shows a lack of character."
    assert first.cue is not None and first.cue.start == at
    assert second.cue is not None and second.cue.start == at
    assert second.continues == 0


def test_quote_its_sentence_introduces_takes_nothing_from_the_next(extractor: Extractor) -> None:
    text = (
        'On November 19, Elise Labott tweeted, "House passes bill that could limit Syrian '
        'refugees." Her editors were not amused, CNN said.'
    )
    x = extract(extractor, text)
    q = quote_of(x, "House passes bill that could limit Syrian refugees.")
    check(q, "direct", q.text, "tweeted", "Elise Labott", "Elise Labott", text.index("Elise"))


def test_quote_only_paragraph_continues_previous_speaker(extractor: Extractor) -> None:
    text = (
        "Kaja Kallas spoke in Brussels.\n\n"
        '"Russia shows no wish to end this war," Kallas said.\n\n'
        '"That is why we keep supporting Ukraine with training and equipment."'
    )
    x = extract(extractor, text)
    assert len(x.quotes) == 2
    at = text.index("Kallas said")
    check(
        x.quotes[0],
        "direct",
        "Russia shows no wish to end this war,",
        "said",
        "Kaja Kallas",
        "Kallas",
        at,
    )
    check(
        x.quotes[1],
        "direct",
        "That is why we keep supporting Ukraine with training and equipment.",
        None,
        "Kaja Kallas",
        "Kallas",
        at,
    )


def test_quote_only_paragraph_after_colon_introduction(extractor: Extractor) -> None:
    text = (
        'Kaja Kallas said: "Europe must support Ukraine for as long as it takes."\n\n'
        '"And it will take a long time."'
    )
    x = extract(extractor, text)
    assert len(x.quotes) == 2
    check(
        x.quotes[1],
        "direct",
        "And it will take a long time.",
        None,
        "Kaja Kallas",
        "Kaja Kallas",
        0,
    )


def test_quote_only_paragraph_after_indirect_quote(extractor: Extractor) -> None:
    text = (
        "Donald Tusk warned in July that Moscow could be ready for a confrontation with Europe."
        '\n\n"We must prepare our armies now and not wait for another invasion."'
    )
    x = extract(extractor, text)
    direct = [q for q in x.quotes if q.kind == "direct"]
    assert len(direct) == 1
    check(
        direct[0],
        "direct",
        "We must prepare our armies now and not wait for another invasion.",
        None,
        "Donald Tusk",
        "Donald Tusk",
        0,
    )


def test_name_before_colon_without_verb(extractor: Extractor) -> None:
    text = (
        'HIGHER TURNOUT IN IOWA - Michael P. McDonald: "The caucus drew more voters than in 2012."'  # noqa: E501
    )
    q = only(extract(extractor, text))
    check(q, "direct", "The caucus drew more voters than in 2012.", None, "Michael P. McDonald")


def test_unattributed_quote_takes_the_speaker_two_paragraphs_back(extractor: Extractor) -> None:
    text = (
        '"We will win this state," Kaja Kallas said on Monday.\n\n'
        "The campaign has spent heavily on television.\n\n"
        "In the last week of the race the message was simple. "
        '"We will never give up on this country and its people."'
    )
    x = extract(extractor, text)
    last = x.quotes[-1]
    assert last.kind == "direct"
    assert last.text == "We will never give up on this country and its people."
    assert last.speaker is not None and last.speaker.name == "Kaja Kallas"


def test_quote_inside_a_sentence_is_its_subjects_words(extractor: Extractor) -> None:
    text = (
        '"We have to cut emissions now," Kerry said.\n\n'
        "Meg Whitman, a former candidate for governor, labeled Mr. Trump "
        '"unfit to be president."\n\n'
        'Dr. Muhammad Babar pondered who, without Ali, might "testify for our innocence in '
        'this season of witch hunting."\n\n'
        'His book is "a long, hard look at where we went wrong."'
    )
    x = extract(extractor, text)
    whitman = quote_of(x, "unfit to be president.")
    check(
        whitman, "direct", whitman.text, None, "Meg Whitman", "Meg Whitman", 0 + text.index("Meg")
    )
    babar = quote_of(x, "testify for our innocence in this season of witch hunting.")
    assert babar.speaker is not None and babar.speaker.name == "Muhammad Babar"
    # a thing for subject names nobody: the quote continues no one either
    book = quote_of(x, "a long, hard look at where we went wrong.")
    assert book.speaker is None


def test_short_phrase_inside_a_sentence_continues_nobody(extractor: Extractor) -> None:
    text = (
        "Marco Rubio said on Monday that the plan was sound.\n\n"
        'The new ad ends with the line "we will not back down from this fight" over a flag.'
    )
    q = quote_of(extract(extractor, text), "we will not back down from this fight")
    assert q.speaker is None


def test_transcript_label_names_the_speaker(extractor: Extractor) -> None:
    text = (
        "The port reopened on Monday.\n\nWALLACE: Let me ask you about the strike and what it cost."
    )
    q = only(extract(extractor, text))
    check(q, "direct", "Let me ask you about the strike and what it cost.", None, "WALLACE")


def test_quoted_transcript_label_runs_over_the_marks_inside_its_words(
    extractor: Extractor,
) -> None:
    # the straight mark opening the paragraph is never closed; the curly mark after "Sea
    # Hunt" closes the quote inside the speaker's words, not the words
    words = "Well, look, he thinks this is an episode of “Sea Hunt.” But this is a port, Jo."
    text = f'The port reopened on Monday.\n\n"BRODY: {words}\n\n"ROSS: Let me ask you.'
    x = extract(extractor, text)
    check(x.quotes[0], "direct", words, None, "BRODY")
    check(x.quotes[1], "direct", "Let me ask you.", None, "ROSS")
    assert len(x.quotes) == 2
    # a quote closed by its own style of mark ends there ('"…?" tweeted …')
    text = 'The port reopened.\n\n"Reed: Why the delay?" tweeted Jo Brody on Monday.'
    assert extract(extractor, text).quotes[0].text.endswith("delay?")


def test_headline_label_with_the_name_tagged_a_noun(extractor: Extractor) -> None:
    # the tagger takes a lone surname before a colon at the start for a common noun
    text = "Trump: Clinton Is Unfit To Serve.\n\nDonald Trump said on Monday that she was unfit."
    x = extract(extractor, text)
    check(x.quotes[0], "direct", "Clinton Is Unfit To Serve.", None, "Donald Trump", "Trump")
    # a capitalised word before a colon that names nobody known stays no speaker
    other = "Update: the port reopened on Monday after a strike of two weeks."
    assert extract(extractor, other).quotes == ()
    # a preposition makes a headline's words a topic, not a speaker's name
    other = "Stealth Over Safety: Jane Doe Was Taken to a Clinic But Told to Avoid Cameras.\n\n"
    speakers = [q.speaker and q.speaker.name for q in extract(extractor, other + "Ill.").quotes]
    assert "Stealth Over Safety" not in speakers


def test_a_quote_inside_a_labelled_headline_is_part_of_it(extractor: Extractor) -> None:
    text = (
        "Reed: Dole needs to 'stop all of this name-calling' with Wren.\n\n"
        "Senator Mark Reed spoke on Monday. Senator Ann Dole did not."
    )
    headline = [q for q in extract(extractor, text).quotes if q.start < text.index("\n")]
    assert [(q.text, q.speaker and q.speaker.name) for q in headline] == [
        ("Dole needs to 'stop all of this name-calling' with Wren.", "Mark Reed")
    ]
    # below the headline (a transcript), the quote inside a turn stays a quote of its own
    text = "Debate night.\n\nREED: Well, nobody says, “My plan is the best plan,” do they?"
    assert "My plan is the best plan," in [q.text for q in extract(extractor, text).quotes]


def test_label_naming_whom_the_speaker_addressed(extractor: Extractor) -> None:
    text = (
        "Reed to Ohio Union: The Plant Will Stay Open.\n\n"
        "Senator Mark Reed told workers in Ohio on Monday that the plant would stay open."
    )
    q = extract(extractor, text).quotes[0]
    check(q, "direct", "The Plant Will Stay Open.", None, "Mark Reed", "Reed")
    # a title in capitals before the name; a role the rest of the article does not name
    text = (
        "Former AG Reed at RNC: Diaz Email Scandal Disqualifies Her.\n\n"
        "Former Attorney General Mark Reed told delegates that Diaz should not be president."
    )
    q = extract(extractor, text).quotes[0]
    check(q, "direct", "Diaz Email Scandal Disqualifies Her.", None, "Mark Reed")
    text = (
        "CNN President On Reed: We Do Not Pay Candidates.\n\n"
        "Senator Mark Reed has threatened to skip the debate unless he is paid."
    )
    q = extract(extractor, text).quotes[0]
    check(q, "direct", "We Do Not Pay Candidates.", None, "CNN President")


def test_label_of_a_poll_or_a_report(extractor: Extractor) -> None:
    text = "Poll: Reed And Diaz Tied In Ohio.\n\nThe race for governor is close, a poll found."
    q = extract(extractor, text).quotes[0]
    check(q, "direct", "Reed And Diaz Tied In Ohio.", None, "Poll", "Poll")


def test_a_candidates_camp_speaks(extractor: Extractor) -> None:
    text = "The Sanders camp identified Wall Street ties as her biggest weakness."
    q = only(extract(extractor, text))
    check(
        q, "indirect", "Wall Street ties as her biggest weakness", "identified", "The Sanders camp"
    )


def test_label_of_insiders(extractor: Extractor) -> None:
    text = "Insiders: Trump will rebound in New Hampshire.\n\nThe survey was taken last week."
    q = extract(extractor, text).quotes[0]
    check(q, "direct", "Trump will rebound in New Hampshire.", None, "Insiders", "Insiders")


def test_rubric_label_is_no_speaker(extractor: Extractor) -> None:
    text = (
        "The port reopened on Monday.\n\n"
        "STAT OF THE WEEK: $43 million is what the port lost during the strike."
    )
    assert extract(extractor, text).quotes == ()
    text = (
        "Senator Mark Reed spoke in Ohio on Monday.\n\n"
        "Follow Mark Reed on Twitter: @markreed. Reach him at his office."
    )
    assert extract(extractor, text).quotes == ()


def test_said_colon_quote(extractor: Extractor) -> None:
    text = 'Kaja Kallas said: "Europe must support Ukraine for as long as it takes."'
    q = only(extract(extractor, text))
    check(
        q,
        "direct",
        "Europe must support Ukraine for as long as it takes.",
        "said",
        "Kaja Kallas",
        "Kaja Kallas",
        0,
    )


@pytest.mark.parametrize("space", [" ", "\xa0"], ids=["space", "no-break space"])
def test_trailing_dash_attribution(extractor: Extractor, space: str) -> None:
    text = f'"Europe must support Ukraine for as long as it takes."{space}— Kaja Kallas'
    q = only(extract(extractor, text))
    check(
        q,
        "direct",
        "Europe must support Ukraine for as long as it takes.",
        None,
        "Kaja Kallas",
        "Kaja Kallas",
        text.index("Kaja"),
    )


def test_inverted_said_name(extractor: Extractor) -> None:
    text = 'Kaja Kallas spoke in Brussels. "Europe must act now," said Kallas.'
    q = only(extract(extractor, text))
    check(
        q, "direct", "Europe must act now,", "said", "Kaja Kallas", "Kallas", text.rindex("Kallas")
    )


def test_inverted_verb_and_a_noun_the_parser_made_its_object(extractor: Extractor) -> None:
    text = (
        "The crowd cheered.\n\n"
        '"How big is that wall?" asked the boy, who was wearing a hat and said his name was '
        "Mason, as the audience laughed."
    )
    x = extract(extractor, text)
    q = quote_of(x, "How big is that wall?")
    check(q, "direct", q.text, "asked", "the boy", "the boy", text.index("the boy"))


@pytest.mark.parametrize(
    ("text", "quoted", "cue", "speaker"),
    [
        (
            '"We have had more successful conventions than this one," Texas delegate Bill '
            'Eastland, wearing a cowboy hat and "Ted Cruz" campaign pins, said matter-of-factly '
            "as confetti fluttered down.",
            "We have had more successful conventions than this one,",
            "said",
            "Bill Eastland",
        ),
        (
            '"I had breakfast with Pinchuk," Melanne Verveer, then working for the State '
            "Department, wrote in June.",
            "I had breakfast with Pinchuk,",
            "wrote",
            "Melanne Verveer",
        ),
        # the parser hangs "said" on the quote's "achieve" and tags "Tulsa" a verb: the
        # borrowed subject is the quote's "We", the speaker the person named after the quote
        (
            "The U.S. Department of Justice is investigating the shooting.\n\n"
            "“I will just make this promise to you: We will achieve justice in this case,” "
            "Tulsa police Chief Chuck Jordan said Monday.",
            "I will just make this promise to you: We will achieve justice in this case,",
            "said",
            "Chuck Jordan",
        ),
        # the parser makes the show "Fox and Friends" the subject of "said"
        (
            "“He's absolutely right. There's a severe disconnect between this White House and "
            "frankly the president and our military,” Flynn, a top Trump surrogate, said "
            "Thursday morning on Fox News’s “Fox and Friends.”",
            "He's absolutely right. There's a severe disconnect between this White House and "
            "frankly the president and our military,",
            "said",
            "Flynn",
        ),
    ],
    ids=["no-subject", "date-after-verb", "subject-inside-quote", "quoted-show-title"],
)
def test_the_name_right_after_the_quote_speaks(
    extractor: Extractor, text: str, quoted: str, cue: str, speaker: str
) -> None:
    q = only(extract(extractor, text))
    assert q.text == quoted
    assert q.cue is not None and q.cue.text == cue
    assert q.speaker is not None and q.speaker.name == speaker


def test_any_verb_of_a_name_right_after_the_quote_is_the_cue(extractor: Extractor) -> None:
    q = only(extract(extractor, "“We will win this state,” Toomey fumed on Tuesday."))
    check(q, "direct", "We will win this state,", "fumed", "Toomey")
    # the tagger takes "Trump" here for a verb; capitalised inside the sentence, it is a name
    q = only(extract(extractor, '"Mark wants a fight tonight," Trump shot back.'))
    check(q, "direct", "Mark wants a fight tonight,", "shot", "Trump")


def test_noun_phrase_and_any_verb_right_after_the_quote(extractor: Extractor) -> None:
    text = (
        "President Francois Hollande spoke in Paris.\n\n"
        '"France will always be France," an angry Hollande retaliated.\n\n'
        '"We will not be silenced," the protesters chanted as police moved in.'
    )
    x = extract(extractor, text)
    france = quote_of(x, "France will always be France,")
    check(france, "direct", france.text, "retaliated", "Francois Hollande", "Hollande")
    silenced = quote_of(x, "We will not be silenced,")
    check(silenced, "direct", silenced.text, "chanted", "the protesters", "the protesters")


def test_quote_mark_glued_to_the_comma_before_it(extractor: Extractor) -> None:
    text = "Paul Ryan spoke on Tuesday. Ryan said,\u201cLook, such images have no place here.\u201d"
    q = only(extract(extractor, text))
    check(q, "direct", "Look, such images have no place here.", "said", "Paul Ryan", "Ryan")


def test_told_reporters(extractor: Extractor) -> None:
    text = '"Russia shows no wish to end this war," Kallas told reporters.'
    q = only(extract(extractor, text))
    check(q, "direct", "Russia shows no wish to end this war,", "told", "Kallas", "Kallas")


def test_two_speakers_in_one_paragraph(extractor: Extractor) -> None:
    text = (
        '"We will not stop now," Kaja Kallas said. "Europe stands with Ukraine," Donald Tusk said.'
    )
    x = extract(extractor, text)
    assert len(x.quotes) == 2
    check(x.quotes[0], "direct", "We will not stop now,", "said", "Kaja Kallas", "Kaja Kallas")
    check(
        x.quotes[1], "direct", "Europe stands with Ukraine,", "said", "Donald Tusk", "Donald Tusk"
    )


# --- indirect quotes --------------------------------------------------------------------------


def test_warned_that(extractor: Extractor) -> None:
    text = (
        "Polish Prime Minister Donald Tusk warned that Moscow could be ready for a confrontation "
        "with Europe within two years."
    )
    q = only(extract(extractor, text))
    check(
        q,
        "indirect",
        "Moscow could be ready for a confrontation with Europe within two years",
        "warned",
        "Donald Tusk",
        "Donald Tusk",
        text.index("Donald"),
    )


def test_told_reporters_that(extractor: Extractor) -> None:
    text = "Kaja Kallas told reporters that Russia shows no wish to end this war."
    q = only(extract(extractor, text))
    check(q, "indirect", "Russia shows no wish to end this war", "told", "Kaja Kallas")


def test_reported_clause_before_attribution(extractor: Extractor) -> None:
    text = "Russia shows no sign of ending its war in Ukraine, Kaja Kallas said."
    q = only(extract(extractor, text))
    check(
        q,
        "indirect",
        "Russia shows no sign of ending its war in Ukraine",
        "said",
        "Kaja Kallas",
        "Kaja Kallas",
        text.index("Kaja"),
    )


def test_according_to(extractor: Extractor) -> None:
    text = (
        "Ukraine fields a large army against Russian soldiers in the east, "
        "according to Volodymyr Zelensky."
    )
    q = only(extract(extractor, text))
    check(
        q,
        "indirect",
        "Ukraine fields a large army against Russian soldiers in the east",
        "according to",
        "Volodymyr Zelensky",
        "Volodymyr Zelensky",
    )
    assert q.said_on is None


def test_according_to_whatever_the_parse(extractor: Extractor) -> None:
    # the parser hangs the clause on the name, as an apposition
    text = "According to conservative talk radio host Rush Limbaugh, the move reeks of fear."
    q = only(extract(extractor, text))
    check(q, "indirect", "the move reeks of fear", "According to", "Rush Limbaugh")
    # it reads "according to show insiders" as "to show"
    text = "The host repeatedly demeaned women with sexist language, according to show insiders."
    q = only(extract(extractor, text))
    check(
        q,
        "indirect",
        "The host repeatedly demeaned women with sexist language",
        "according to",
        "insiders",
    )


@pytest.mark.parametrize(
    ("text", "content", "cue", "source"),
    [
        # an "as" clause vouches for the clause it hangs on
        pytest.param(
            "The company lost 5 million dollars last year, as reported by The Washington Post.",
            "The company lost 5 million dollars last year",
            "reported",
            "Washington Post",
            id="as-reported-by",
        ),
        pytest.param(
            "As Politico noted on Monday, the senator has missed dozens of votes this year.",
            "the senator has missed dozens of votes this year",
            "noted",
            "Politico",
            id="as-noted",
        ),
        # "put it" says something in so many words; "put" alone does not
        pytest.param(
            "As the columnist Ann Brody puts it, the governor is running out of money.",
            "the governor is running out of money",
            "puts",
            "Ann Brody",
            id="as-puts-it",
        ),
        # a stance adjective after "be"
        pytest.param(
            "Viguerie is upbeat about Cruz's chances of winning in November.",
            "Cruz's chances of winning in November",
            "upbeat",
            "Viguerie",
            id="stance-upbeat-about",
        ),
        pytest.param(
            "Many Republicans were unhappy with the way the party treated him.",
            "the way the party treated him",
            "unhappy",
            "Republicans",
            id="stance-unhappy-with",
        ),
        pytest.param(
            "Political consultants are leery of registering under the foreign agents law.",
            "registering under the foreign agents law",
            "leery",
            "Political consultants",
            id="stance-leery-of",
        ),
    ],
)
def test_an_as_clause_or_a_stance_adjective_reports_one_clause(
    extractor: Extractor, text: str, content: str, cue: str, source: str
) -> None:
    check(only(extract(extractor, text)), "indirect", content, cue, source)


def test_a_gerund_after_a_preposition_borrows_the_main_subject_for_a_personal_frame(
    extractor: Extractor,
) -> None:
    text = "After thanking the raucous crowd, Sanders touted how far his campaign had come."
    q = quote_of(extract(extractor, text), "the raucous crowd")
    check(q, "indirect", "the raucous crowd", "thanking", "Sanders")


def test_he_s_said_is_he_has_said(extractor: Extractor) -> None:
    text = "While he's said he'll fight on to the convention, the senator must decide soon."
    q = quote_of(extract(extractor, text), "he'll fight on to the convention")
    check(q, "indirect", "he'll fight on to the convention", "said", "he")


def test_it_is_reported_that_reports_the_clause_not_it(extractor: Extractor) -> None:
    text = "It has been widely reported that the senator paid 100 million dollars."
    check(only(extract(extractor, text)), "indirect", text[33:-1], "reported", None)
    text = "It was reported by CNN that the senator paid 100 million dollars."
    check(only(extract(extractor, text)), "indirect", text[28:-1], "reported", "CNN")


def test_an_as_clause_of_time_or_with_its_own_content_vouches_for_nothing(
    extractor: Extractor,
) -> None:
    # "when he joked": a time; "as advocates called for": what they called for
    assert extract(extractor, "The crowd laughed loudly when the governor joked.").quotes == ()
    x = extract(extractor, "The board met in private, as advocates called for his dismissal.")
    check(only(x), "indirect", "his dismissal", "called", "advocates")


def test_a_sentence_opening_in_a_poll_is_what_the_poll_found(extractor: Extractor) -> None:
    text = "In the latest CBS News poll, the senator's lead over the governor narrowed to 4 points."
    q = only(extract(extractor, text))
    content = "the senator's lead over the governor narrowed to 4 points"
    check(q, "indirect", content, "In", "the latest CBS News poll", "the latest CBS News poll")
    # a verb that reports on its own keeps its subject as the source
    text = "In a new survey, most Republicans said they would vote for the governor."
    q = only(extract(extractor, text))
    check(q, "indirect", "they would vote for the governor", "said", "Republicans")


def test_a_finding_in_one_poll_later_in_the_sentence(extractor: Extractor) -> None:
    text = "The senator led the governor by 6 points in a new Marist poll of likely voters."
    q = only(extract(extractor, text))
    poll = "a new Marist poll of likely voters"
    check(q, "indirect", "The senator led the governor by 6 points", "in", poll)
    # standing in the polls in general is no finding of one poll
    assert (
        extract(extractor, "The senator rose steadily in the polls over the summer.").quotes == ()
    )


def test_in_someones_view_is_their_view(extractor: Extractor) -> None:
    text = "In Professor Knittel's view, the only other necessary step would be a new tax."
    q = only(extract(extractor, text))
    content = "the only other necessary step would be a new tax"
    check(q, "indirect", content, "In", "Knittel", "Knittel")


def test_a_passive_view_names_whose_view_by_its_agent(extractor: Extractor) -> None:
    text = "Pigs are considered unclean by Muslims and some other religious groups."
    q = only(extract(extractor, text))
    assert (q.text, q.cue and q.cue.text) == ("Pigs", "considered")
    assert q.speaker is not None and q.speaker.mention.text == "Muslims"
    # something under consideration is nobody's view
    text = "Measures were taken to help exports, and tax incentives were being considered."
    assert extract(extractor, text).quotes == ()


def test_a_verb_the_tagger_took_for_a_plural_noun(extractor: Extractor) -> None:
    text = "The Republican presidential candidate plans to be back in South Carolina on Saturday."
    q = only(extract(extractor, text))
    content = "to be back in South Carolina on Saturday"
    check(q, "indirect", content, "plans", "The Republican presidential candidate")


def test_criticized_someone_for_something_keeps_both(extractor: Extractor) -> None:
    text = "Grayson criticized his Republican opponents for their animosity toward the agency."
    q = only(extract(extractor, text))
    content = "his Republican opponents for their animosity toward the agency"
    check(q, "indirect", content, "criticized", "Grayson")
    # a quoted object is the phrase the speaker used; the stance is the phrase after it
    text = 'The minister accused "oil market manipulators" of spreading false rumours.'
    x = extract(extractor, text)
    q = quote_of(x, "spreading false rumours")
    check(q, "indirect", "spreading false rumours", "accused", "The minister")
    # whom one asks is no part of the question
    q = only(extract(extractor, "The moderator asked Clinton about her emails."))
    check(q, "indirect", "her emails", "asked", "The moderator")


def test_seeing_that_is_a_view(extractor: Extractor) -> None:
    text = "Black voters suddenly saw that the senator could actually win."
    q = only(extract(extractor, text))
    check(q, "indirect", "the senator could actually win", "saw", "Black voters")


def test_reportedly_marks_a_report_by_nobody_named(extractor: Extractor) -> None:
    text = "The union is reportedly spending $1.5 million on advertisements in Ohio."
    q = only(extract(extractor, text))
    content = "The union is reportedly spending $1.5 million on advertisements in Ohio"
    check(q, "indirect", content, "reportedly", None)
    # a verb that reports on its own keeps its subject as the source
    text = "The governor reportedly argued that the plant must close."
    q = only(extract(extractor, text))
    check(q, "indirect", "the plant must close", "argued", "The governor")


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "Senator Mark Reed met voters in Ohio. Reed's claim that the plant will close "
            "angered the union.",
            "the plant will close",
            "claim",
        ),
        (
            "Senator Mark Reed met voters in Ohio. Reed's pledge to cut taxes was popular.",
            "to cut taxes",
            "pledge",
        ),
        (
            "Senator Mark Reed met voters in Ohio. Reed's attacks on the governor grew sharper.",
            "the governor",
            "attacks",
        ),
    ],
)
def test_speech_noun_with_possessor(
    extractor: Extractor, text: str, content: str, cue: str
) -> None:
    x = extract(extractor, text)
    check(quote_of(x, content), "indirect", content, cue, "Mark Reed", "Reed")


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        # a participle modifying a noun takes that noun as its subject
        (
            "Protesters criticizing the new law gathered outside parliament on Monday.",
            "the new law",
            "criticizing",
            "Protesters",
        ),
        # … but on a thing in a phrase, it takes the subject of the verb the phrase hangs on
        (
            "Funaro is on a European trip seeking to involve governments in the talks.",
            "to involve governments in the talks",
            "seeking",
            "Funaro",
        ),
        (
            "Ten senators wrote to Obama in a letter urging him to veto the bill.",
            "him to veto the bill",
            "urging",
            "Ten senators",
        ),
        # a stance noun voiced by the verb's subject
        (
            "Senator Mark Reed raised questions about the governor's budget on Monday.",
            "the governor's budget",
            "questions",
            "Mark Reed",
        ),
        (
            "Mark Reed made several statements on the budget.",
            "the budget",
            "statements",
            "Mark Reed",
        ),
        (
            "The families filed a class-action lawsuit against Remington.",
            "Remington",
            "lawsuit",
            "The families",
        ),
        ("Mark Reed has taken a firm stance against the tax.", "the tax", "stance", "Mark Reed"),
    ],
)
def test_source_of_participles_and_voiced_nouns(
    extractor: Extractor, text: str, content: str, cue: str, speaker: str
) -> None:
    x = extract(extractor, text)
    check(quote_of(x, content), "indirect", content, cue, speaker)


@pytest.mark.parametrize(
    "text",
    [
        "NOTE: 1986 net loss includes a fourth quarter charge of 10.5 mln dlrs from writeoffs.",
        "Net includes non-recurring charges of 12,131,000 dlrs in the 4th qtr.",
    ],
)
def test_a_charge_of_an_amount_is_booked_not_said(extractor: Extractor, text: str) -> None:
    assert extract(extractor, text).quotes == ()


def test_a_charge_of_wrongdoing_is_reported(extractor: Extractor) -> None:
    text = "Prosecutors brought charges of corruption against the mayor."
    check(
        only(extract(extractor, text)),
        "indirect",
        "corruption against the mayor",
        "charges",
        "Prosecutors",
    )


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        (
            "Senator Mark Reed had strong views on the governor's budget.",
            "the governor's budget",
            "views",
            "Mark Reed",
        ),
        (
            "Most voters have a favorable opinion of Mark Reed.",
            "Mark Reed",
            "opinion",
            "Most voters",
        ),
        (
            "Democrats harbor misgivings about the trade deal.",
            "the trade deal",
            "misgivings",
            "Democrats",
        ),
    ],
)
def test_a_view_held_is_the_holders(
    extractor: Extractor, text: str, content: str, cue: str, speaker: str
) -> None:
    x = extract(extractor, text)
    check(quote_of(x, content), "indirect", content, cue, speaker)


def test_views_swayed_are_not_the_swayers(extractor: Extractor) -> None:
    # "of" names the holder here, not what the view is on
    x = extract(extractor, "The ads were meant to sway the views of Senator Patty Murray.")
    assert not x.quotes


def test_reporters_participle_is_cut_from_the_clause_and_keeps_the_reporter(
    extractor: Extractor,
) -> None:
    text = (
        "Senator Ted Cruz said last week that his rival represents New York values, "
        "stating during the debate that they are socially liberal."
    )
    x = extract(extractor, text)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in x.quotes] == [
        ("his rival represents New York values", "Ted Cruz"),
        ("they are socially liberal", "Ted Cruz"),
    ]


def test_a_participle_after_a_comma_inside_quote_marks_ends_the_clause(
    extractor: Extractor,
) -> None:
    text = (
        'Senator Ted Cruz said last week that his rival represents "New York values," '
        "stating during the debate that they are socially liberal."
    )
    x = extract(extractor, text)
    assert [(q.text, q.cue.text if q.cue else None) for q in x.quotes] == [
        ('his rival represents "New York values,"', "said"),
        ("they are socially liberal", "stating"),
    ]


def test_a_quote_inside_a_reported_clause_is_cued_by_its_verb(extractor: Extractor) -> None:
    # not by the participle or infinitive after it
    text = (
        'Hillary Clinton said she was "going to put a lot of coal companies out of business," '
        "while trying to explain her plan for Appalachia."
    )
    q = quote_of(extract(extractor, text), "going to put a lot of coal companies out of business,")
    check(q, "direct", q.text, "said", "Hillary Clinton")


def test_participle_after_a_dateline_dash_is_the_subjects(extractor: Extractor) -> None:
    text = (
        "WASHINGTON ― The Obama administration announced plans Tuesday to expand programs for "
        "refugees, acknowledging that the current system has not stopped people from fleeing."
    )
    x = extract(extractor, text)
    q = quote_of(x, "the current system has not stopped people from fleeing")
    assert q.speaker is not None
    assert q.speaker.mention.start == text.index("Obama")


def test_a_date_in_an_aside_after_a_dateline_is_no_speaker(extractor: Extractor) -> None:
    text = (
        "WASHINGTON -- President Obama, dedicating the new museum on Saturday, said it would "
        "tell an American story."
    )
    q = only(extract(extractor, text))
    check(q, "indirect", "it would tell an American story", "said", "Obama")


def test_documents_state_things(extractor: Extractor) -> None:
    x = extract(extractor, "Recent polls showed a virtual dead heat between the two senators.")
    q = only(x)
    check(q, "indirect", "a virtual dead heat between the two senators", "showed", "Recent polls")
    # a participle describing the document: "polls showing …"
    text = "He will need their support with recent polls showing a tightening of the race."
    q = only(extract(extractor, text))
    check(q, "indirect", "a tightening of the race", "showing", "recent polls")
    # an average of polls is a finding; a participle after the verb borrows its subject
    text = "Polling averages show the senator with a narrow lead."
    q = only(extract(extractor, text))
    assert (q.cue and q.cue.text, q.speaker and q.speaker.name) == ("show", "Polling averages")
    text = "The questions grew after a video surfaced showing the senator stumbling to a van."
    q = only(extract(extractor, text))
    check(q, "indirect", "the senator stumbling to a van", "showing", "a video")
    # some of the documents, and the polling
    text = "A new batch of emails released this week showed close ties between the two offices."
    q = only(extract(extractor, text))
    assert (q.text, q.cue and q.cue.text) == ("close ties between the two offices", "showed")
    text = "The little polling done in the state showed a dead heat between the two senators."
    q = only(extract(extractor, text))
    assert (q.text, q.cue and q.cue.text) == ("a dead heat between the two senators", "showed")


@pytest.mark.parametrize(
    ("text", "content", "finder"),
    [
        (
            "A Harbor Institute survey found the mayor with a lead of 52 percent to 40 percent.",
            "the mayor with a lead of 52 percent to 40 percent",
            "A Harbor Institute survey",
        ),
        (
            "The inquiry found no evidence of payments to the contractor.",
            "no evidence of payments to the contractor",
            "The inquiry",
        ),
        (
            "A close reading of the records found two payments to the contractor.",
            "two payments to the contractor",
            "A close reading of the records",
        ),
    ],
    ids=["survey", "inquiry", "reading-of-records"],
)
def test_a_document_or_an_inquiry_finding_something(
    extractor: Extractor, text: str, content: str, finder: str
) -> None:
    q = only(extract(extractor, text))
    assert (q.kind, q.text, q.cue and q.cue.text) == ("indirect", content, "found")
    assert q.speaker is not None and q.speaker.name == finder


@pytest.mark.parametrize(
    "text",
    [
        "The mayor found a way to keep the library open.",
        "The committee found itself divided over the budget.",
        "The survey also found that:\n\nMost commuters drive alone.",
    ],
    ids=["person", "itself", "that-colon"],
)
def test_finding_what_is_no_finding(extractor: Extractor, text: str) -> None:
    x = extract(extractor, text)
    assert not [q for q in x.quotes if q.cue is not None and q.cue.text == "found"]


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "Senator Mark Reed was quick to point out that the budget had grown.",
            "the budget had grown",
            "point",
        ),
        (
            "Senator Mark Reed has been the most aggressive in denouncing the new tariffs.",
            "the new tariffs",
            "denouncing",
        ),
    ],
)
def test_subject_through_an_adjective(
    extractor: Extractor, text: str, content: str, cue: str
) -> None:
    q = only(extract(extractor, text))
    check(q, "indirect", content, cue, "Mark Reed")


def test_infinitive_after_a_thing_takes_the_doer(extractor: Extractor) -> None:
    text = "Senator Mark Reed launched an effort to portray the governor as weak."
    x = extract(extractor, text)
    found = [q for q in x.quotes if q.cue is not None and q.cue.text == "portray"]
    assert len(found) == 1, [q.text for q in x.quotes]
    check(found[0], "indirect", "the governor as weak", "portray", "Mark Reed")


def test_what_was_asked_is_the_question_not_whom(extractor: Extractor) -> None:
    text = "Then Mr. Rubin asked the students if they were always so serious."
    q = only(extract(extractor, text))
    check(q, "indirect", "if they were always so serious", "asked", "Rubin")


def test_asker_and_seeming_go_unnamed(extractor: Extractor) -> None:
    x = extract(
        extractor, "Asked about the new tariffs, Senator Mark Reed said he would vote for them."
    )
    assert [(q.text, q.speaker.name if q.speaker else None) for q in x.quotes] == [
        ("the new tariffs", None),
        ("he would vote for them", "Mark Reed"),
    ]
    q = only(extract(extractor, "The senators seemed to waver on the bill."))
    check(q, "indirect", "to waver on the bill", "seemed", None)
    # but what seems is theirs when it is a report or a stance: "seem to show", "seemed to
    # support"
    q = only(extract(extractor, "The senators seemed to support the bill."))
    check(q, "indirect", "to support the bill", "seemed", "The senators")
    q = only(extract(extractor, "The messages seem to show that the aide knew about it."))
    check(q, "indirect", "to show that the aide knew about it", "seem", "The messages")
    text = "Asked by Matt Lauer whether she had practiced her speech, Hillary Clinton said no."
    q = quote_of(extract(extractor, text), "whether she had practiced her speech")
    check(q, "indirect", "whether she had practiced her speech", "Asked", "Matt Lauer")


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "The senator's supporters seemed equally unperturbed.",
            "The senator's supporters seemed equally unperturbed",
            "seemed",
        ),
        (
            "By then the background check seemed like an impossible task.",
            "the background check seemed like an impossible task",
            "seemed",
        ),
        (
            "It now seems inevitable that the two men will turn on the governor.",
            "inevitable that the two men will turn on the governor",
            "seems",
        ),
    ],
)
def test_how_something_seems_is_nobodys_report(
    extractor: Extractor, text: str, content: str, cue: str
) -> None:
    check(only(extract(extractor, text)), "indirect", content, cue, None)


def test_seeming_needs_a_subject_to_say_what_seems(extractor: Extractor) -> None:
    text = "Looking tired and appearing subdued, the mayor left."
    assert not extract(extractor, text).quotes


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        (
            "The proposal has drawn harsh criticism from fellow Republican hopefuls.",
            "The proposal",
            "drawn",
            "fellow Republican hopefuls",
        ),
        (
            "Senator Mark Reed came under fire from Democrats over the vote.",
            "Senator Mark Reed",
            "came",
            "Democrats",
        ),
    ],
)
def test_what_meets_a_reaction_from_people_is_their_report(
    extractor: Extractor, text: str, content: str, cue: str, speaker: str
) -> None:
    check(only(extract(extractor, text)), "indirect", content, cue, speaker)


@pytest.mark.parametrize(
    "text",
    [
        "The proposal has drawn harsh criticism this week.",  # from nobody named
        "The rally drew a large crowd from three counties.",  # a crowd is no reaction
    ],
)
def test_a_reaction_needs_a_reaction_noun_and_those_it_comes_from(
    extractor: Extractor, text: str
) -> None:
    assert not extract(extractor, text).quotes


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        (
            "Earlier in the day, Trump was attacked by Hillary Clinton for his remarks.",
            "Trump",
            "attacked",
            "Hillary Clinton",
        ),
        (
            "He was recommended for the job by Roger Stone, a longtime associate.",
            "He",
            "recommended",
            "Roger Stone",
        ),
    ],
)
def test_a_report_in_the_passive_is_its_named_agents(
    extractor: Extractor, text: str, content: str, cue: str, speaker: str
) -> None:
    check(only(extract(extractor, text)), "indirect", content, cue, speaker)


def test_a_document_put_out_by_someone_is_no_report_of_it(extractor: Extractor) -> None:
    text = "The statement was signed by Donna Brazile on Monday."
    assert not extract(extractor, text).quotes


@pytest.mark.parametrize(
    "text",
    [
        "The Democratic National Committee released a statement on Wednesday evening.",
        "Cavendish issued 975 mln new shares last year.",
    ],
)
def test_a_document_or_security_put_out_is_no_report(extractor: Extractor, text: str) -> None:
    assert not extract(extractor, text).quotes


def test_a_statement_put_out_with_its_words_is_a_report(extractor: Extractor) -> None:
    text = "The union released a statement condemning the attack on the mayor."
    q = only(extract(extractor, text))
    assert q.text.startswith("a statement condemning") and q.speaker is not None


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("Reed released a statement on Monday.", True),
        ('Reed released a statement, "We were attacked."', False),  # its words follow
        ("Reed released the following statement: we were attacked.", False),
        ("Reed released a statement on the attack.", False),
    ],
)
def test_a_bare_object_has_nothing_after_it(nlp, text: str, bare: bool) -> None:  # type: ignore[no-untyped-def]
    from dateline.extract.reported import _bare

    statement = next(t for t in nlp(text) if t.text == "statement")
    assert _bare(statement) is bare


def test_who_was_quoted_by_a_paper_is_the_speaker_not_the_content(extractor: Extractor) -> None:
    text = "He was quoted by the China Daily as saying the cash shortage would ease."
    q = only(extract(extractor, text))
    check(q, "indirect", "the cash shortage would ease", "saying", "He")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ginsburg is known for speaking her mind on other issues.",
            "Ginsburg is known for speaking her mind on other issues",
        ),
        (
            "Manafort is not known as a debate prep expert, either.",
            "Manafort is not known as a debate prep expert",
        ),
    ],
)
def test_what_someone_is_known_for_is_nobodys_report(
    extractor: Extractor, text: str, content: str
) -> None:
    check(only(extract(extractor, text)), "indirect", content, "known", None)


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "Clinton has faced a litany of questions about her email habits.",
            "her email habits",
            "questions",
        ),
        (
            "Opposition to trade deals has galvanized supporters of Mr. Sanders.",
            "trade deals",
            "Opposition",
        ),
        (
            "There has been a lot of talk about Democratic unity lately.",
            "Democratic unity",
            "talk",
        ),
    ],
)
def test_a_topic_of_questions_or_opposition_is_nobodys_report(
    extractor: Extractor, text: str, content: str, cue: str
) -> None:
    check(only(extract(extractor, text)), "indirect", content, cue, None)


def test_a_speech_noun_by_someone_is_theirs(extractor: Extractor) -> None:
    text = "It was a suggestion by Senator Mark Reed that the judge was biased."
    q = only(extract(extractor, text))
    check(q, "indirect", "the judge was biased", "suggestion", "Mark Reed")


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        (
            "Michael Bloomberg has been thinking about running for president.",
            "running for president",
            "thinking",
            "Michael Bloomberg",
        ),
        (
            "Many residents worry about the tone of the campaign.",
            "the tone of the campaign",
            "worry",
            "Many residents",
        ),
    ],
)
def test_what_someone_thinks_or_worries_about_is_their_stance(
    extractor: Extractor, text: str, content: str, cue: str, speaker: str
) -> None:
    check(only(extract(extractor, text)), "indirect", content, cue, speaker)


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        (
            "Rubio's response was that it is unfair to tax investment twice.",
            "it is unfair to tax investment twice",
            "response",
            "Rubio",
        ),
        (
            "Trump's message is that he is a winner.",
            "he is a winner",
            "message",
            "Trump",
        ),
    ],
)
def test_the_clause_someones_answer_is_said_to_be(
    extractor: Extractor, text: str, content: str, cue: str, speaker: str
) -> None:
    check(only(extract(extractor, text)), "indirect", content, cue, speaker)


def test_a_point_of_nobodys_is_no_report(extractor: Extractor) -> None:
    assert not extract(extractor, "The point is that the bill will pass.").quotes


def test_the_clause_a_speech_noun_is_said_to_be(extractor: Extractor) -> None:
    text = "Glenn Beck's contention was that Trump is appealing to the alt-right."
    q = only(extract(extractor, text))
    check(q, "indirect", "Trump is appealing to the alt-right", "contention", "Glenn Beck")
    # a noun that takes no that-clause of its own is no report ("The problem is that …")
    assert not extract(extractor, "The problem is that nobody listens.").quotes


def test_supporting_or_opposing_a_course_of_action(extractor: Extractor) -> None:
    # the gerund clause after "support"/"oppose" is parsed as xcomp, not as an object
    q = only(extract(extractor, "Sanders supports raising the minimum wage to $15 by 2020."))
    check(q, "indirect", "raising the minimum wage to $15 by 2020", "supports", "Sanders")
    text = "Most Democratic senators oppose taxing consumption on fairness grounds."
    q = only(extract(extractor, text))
    check(
        q,
        "indirect",
        "taxing consumption on fairness grounds",
        "oppose",
        "Most Democratic senators",
    )


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        (
            "Senator Mark Reed voted against the bill that would have raised the tax.",
            "the bill that would have raised the tax",
            "voted",
            "Mark Reed",
        ),
        (
            "Most Republicans agree with the plan to cut taxes.",
            "the plan to cut taxes",
            "agree",
            "Republicans",
        ),
        ("The senator claimed victory in the primary.", "victory in the primary", "claimed", None),
        (
            "The mayor underscored the need for more police on the streets.",
            "the need for more police on the streets",
            "underscored",
            None,
        ),
        (
            "Senator Mark Reed remembered the former president as a friend.",
            "the former president as a friend",
            "remembered",
            "Mark Reed",
        ),
        (
            "Analysts expect a sharp rise in prices next year.",
            "a sharp rise in prices next year",
            "expect",
            "Analysts",
        ),
        (
            "Senator Mark Reed painted the governor as a liar.",
            "the governor as a liar",
            "painted",
            "Mark Reed",
        ),
        ("The company asserted its innocence in the case.", "its innocence", "asserted", None),
        (
            "Senator Mark Reed disavowed the endorsement of the group.",
            "the endorsement of the group",
            "disavowed",
            "Mark Reed",
        ),
        (
            "Most Republicans agree on the need for lower taxes.",
            "the need for lower taxes",
            "agree",
            "Republicans",
        ),
        (
            "Senator Mark Reed weighed in on the dispute over the budget.",
            "the dispute over the budget",
            "weighed",
            "Mark Reed",
        ),
        ("Voters hope for a quick end to the war.", "a quick end to the war", "hope", None),
        ("The plan is viewed as a failure by most voters.", "The plan", "viewed", None),
        ("The bill is supported by most Republicans.", "The bill", "supported", "Republicans"),
        (
            "Senator Mark Reed ripped into the governor's budget plan.",
            "the governor's budget plan",
            "ripped",
            "Mark Reed",
        ),
        (
            "Senator Mark Reed derided the plan as a gimmick.",
            "the plan as a gimmick",
            "derided",
            "Mark Reed",
        ),
        ("Most Republicans came out against the bill.", "the bill", "came", "Republicans"),
        (
            "The collapse was attributed to poor management by the auditors.",
            "The collapse",
            "attributed",
            "the auditors",
        ),
        ("Senator Mark Reed sided with the governor.", "the governor", "sided", "Mark Reed"),
        (
            "Senator Mark Reed would not rule out running for governor.",
            "running for governor",
            "rule",
            "Mark Reed",
        ),
        ("Senator Mark Reed said little about the budget.", "the budget", "said", "Mark Reed"),
        ("Senator Mark Reed pushed back on the claim.", "the claim", "pushed", "Mark Reed"),
        # a phrase before the verb is no content of it, even one its frame takes after it
        ("For months, Senator Mark Reed praised the governor.", "the governor", "praised", None),
    ],
)
def test_stance_and_memory_verbs(
    extractor: Extractor, text: str, content: str, cue: str, speaker: str | None
) -> None:
    q = only(extract(extractor, text))
    assert (q.kind, q.text, q.cue and q.cue.text) == ("indirect", content, cue)
    if speaker is not None:
        assert q.speaker is not None and q.speaker.name == speaker


def test_extraposed_it_is_no_source(extractor: Extractor) -> None:
    x = extract(extractor, "It is important to note that the court has ruled only once.")
    q = only(x)
    check(q, "indirect", "the court has ruled only once", "note", None)


def test_date_of_a_thing_is_not_when_said(extractor: Extractor) -> None:
    text = (
        "In a speech that recalled, for some, Ronald Reagan’s famous 1987 line at the Berlin "
        "Wall, Senator Ted Cruz urged Congress to act."
    )
    x = extract(extractor, text)
    assert [(q.text, q.said_on) for q in x.quotes] == [("Congress to act", None)]


def test_date_of_the_occasion_is_when_said(extractor: Extractor) -> None:
    text = "At a March 2024 news conference, Senator Ted Cruz said the border was open."
    x = extract(extractor, text)
    assert [(q.text, q.said_on) for q in x.quotes] == [("the border was open", "2024-03")]


def test_unnamed_speaker_is_its_noun_phrase(extractor: Extractor) -> None:
    text = '"The border will stay closed for now," a government spokesman said.'
    q = only(extract(extractor, text))
    check(
        q,
        "direct",
        "The border will stay closed for now,",
        "said",
        "a government spokesman",
        "a government spokesman",
    )
    assert q.speaker is not None and q.speaker.entity is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "who" hangs on a description of the subject: the subject speaks
        (
            "Editor's note: Donald Trump regularly incites political violence and is a serial "
            "liar, rampant xenophobe, racist and birther who has repeatedly pledged to ban all "
            "Muslims.",
            "Donald Trump",
        ),
        ("Tim Kaine is a former civil rights lawyer who said the law was unfair.", "Tim Kaine"),
        # a cleft or inverted sentence names the one who speaks after "be"
        ("It was Paul Manafort who argued that the party needed a new name.", "Paul Manafort"),
        # "not the only one who …": the subject is not said to be one
        ("Ted Cruz is not the only senator who said the deal was bad.", "senator"),
    ],
    ids=["description", "role", "cleft", "negated"],
)
def test_who_after_a_description_of_the_subject(
    extractor: Extractor, text: str, speaker: str
) -> None:
    assert spoken_via(only(extract(extractor, text)), "who").name.endswith(speaker)


def test_it_stands_for_the_body_that_spoke_before(extractor: Extractor) -> None:
    x = extract(
        extractor,
        "The newspaper urged Clinton to visit Louisiana. \"Louisiana's crisis should be a call "
        'to conscience," it added. The Fed does not want to stall growth. It plans to raise '
        "rates slowly.",
    )
    added = quote_of(x, "Louisiana's crisis should be a call to conscience,")
    assert spoken_via(added, "it").name == "The newspaper"
    plans = quote_of(x, "to raise rates slowly")
    assert plans.speaker is not None and plans.speaker.name == "Fed"


def test_it_after_it_stands_for_the_same_body(extractor: Extractor) -> None:
    x = extract(
        extractor,
        "Du Pont Co said a court ruled that Phillips Petroleum Co had infringed its patent.\n\n"
        "It also said the court enjoined Phillips from selling the pipe.\n\n"
        "It said the court ordered an accounting of damages.",
    )
    for content in (
        "the court enjoined Phillips from selling the pipe",
        "the court ordered an accounting of damages",
    ):
        assert spoken_via(quote_of(x, content), "It").name == "Du Pont Co"


def test_the_company_speaks_for_the_company_named(extractor: Extractor) -> None:
    x = extract(
        extractor,
        "Quantum Corp said it agreed to settle a suit with NEC Corp. The company said the "
        "settlement calls for NEC to pay three million dollars.",
    )
    speaker = spoken_via(
        quote_of(x, "the settlement calls for NEC to pay three million dollars"), "The company"
    )
    assert speaker.name == "Quantum Corp" and speaker.entity is not None


def test_words_the_parser_hung_on_the_cue_as_punctuation_end_the_clause(
    extractor: Extractor,
) -> None:
    # "Corp." looked like the sentence's full stop
    text = "Quantum Corp said it agreed to settle a suit with NEC Corp. The company said more."
    quote_of(extract(extractor, text), "it agreed to settle a suit with NEC Corp.")


def test_a_clause_before_its_reporter_keeps_what_the_parser_made_the_verb_s_object(
    extractor: Extractor,
) -> None:
    # "an attempt …" was parsed as the object of "stressed"
    text = (
        "The Paris agreement was not, however, an attempt to set up permanent target zones for "
        "exchange rates, Gleske stressed, adding such targets would be difficult."
    )
    q = quote_of(
        extract(extractor, text),
        "The Paris agreement was not, however, an attempt to set up permanent target zones for "
        "exchange rates",
    )
    assert q.cue is not None and q.cue.text == "stressed"


def test_a_report_never_ends_on_a_dangling_conjunction(extractor: Extractor) -> None:
    # the parser took "cts" for a verb and left "or" at the end of the object
    text = (
        "Earlier, Whittaker reported profits of 3.1 mln dlrs, or 37 cts a share, for the second "
        "quarter ended April 30."
    )
    quote_of(extract(extractor, text), "profits of 3.1 mln dlrs")


def test_an_unnamed_speaker_s_possessor_is_given_by_name(extractor: Extractor) -> None:
    x = extract(
        extractor,
        "Ted Cruz lost Florida to Donald Trump. But his campaign said it hopes to win delegates. "
        "Trump’s spokeswoman said he would win.",
    )
    campaign = spoken_via(quote_of(x, "it hopes to win delegates"), "his campaign")
    assert campaign.name == "Ted Cruz's campaign" and campaign.entity is None
    spokeswoman = quote_of(x, "he would win")
    assert spokeswoman.speaker is not None
    assert spokeswoman.speaker.name == "Donald Trump’s spokeswoman"


def test_they_in_the_next_sentence_is_the_reporter_not_who_is_reported_on(
    extractor: Extractor,
) -> None:
    x = extract(
        extractor,
        "Former prosecutors said investigators were probably feeling the pressure of time. Take "
        "action before the election, they said, and you risk being seen as partisan.",
    )
    assert spoken_via(quote_of(x, "Take action before the election"), "they").name == (
        "Former prosecutors"
    )


def test_they_after_two_named_people_is_both(extractor: Extractor) -> None:
    x = extract(
        extractor,
        "Richard Alba and Nancy Foner, sociologists at the City University of New York, just "
        "published a book. They argue that immigrants do well.",
    )
    they = spoken_via(quote_of(x, "immigrants do well"), "They")
    assert they.name == "Richard Alba and Nancy Foner" and they.entity is None


def test_them_after_two_named_people_stands_for_neither(extractor: Extractor) -> None:
    from dateline.extract.entities import find_entities
    from dateline.extract.speakers import _plural_antecedent

    doc = extractor.nlp(
        "Mrs. Clinton and Mr. Sanders spoke on Monday. He wanted to make them feel heard."
    )
    them = next(t for t in doc if t.lower_ == "them")
    assert _plural_antecedent(them, find_entities(doc)) is None


def test_a_trailing_dash_inside_the_name_entity_is_not_the_speaker(extractor: Extractor) -> None:
    from spacy.tokens import Span as SpacySpan

    from dateline.extract.quotes import _Draft, _trailing_dash

    text = "“We are united!” ―  Julie Martinez."  # two spaces: a space token after the dash
    doc = extractor.nlp(text)
    dash = next(t for t in doc if t.text == "―")
    # spaCy sometimes counts the dash into the person entity that follows it
    doc.ents = [SpacySpan(doc, dash.i, len(doc) - 1, label="PERSON")]
    draft = _Draft("direct", 1, text.index("”"))
    _trailing_dash(doc, draft, text.index("”") + 1, len(text))
    assert draft.source is not None and draft.source.text in {"Julie", "Martinez"}, draft.source


def test_aside_subject_is_the_one_next_to_the_verb(extractor: Extractor) -> None:
    # the parser hangs "for people …, if bogus," on "said" and makes "people" a second subject
    text = (
        "The Internet has also made it possible for people with like-minded, if bogus, ideas "
        "and theories to organize into communities and reach others, she said."
    )
    q = only(extract(extractor, text))
    check(q, "indirect", text[: text.index(", she said")], "said", "she", "she")


def test_an_aside_after_a_fronted_phrase_reports_the_sentence(extractor: Extractor) -> None:
    # the parser hangs "At times last year" on "said", as if it said when they spoke
    text = (
        "At times last year, people close to the vice president said, the mere mention of "
        "Mrs. Clinton's name could make him fume."
    )
    q = only(extract(extractor, text))
    unnamed = "people close to the vice president"
    check(q, "indirect", text[:-1], "said", unnamed, unnamed)


def test_a_name_and_its_apposition_both_subjects_the_name_speaks(extractor: Extractor) -> None:
    # the parser makes the name and the description after it two subjects of "vowed"
    text = "Ban Ki-moon, the secretary general of the United Nations, vowed not to repeat it."
    q = only(extract(extractor, text))
    check(q, "indirect", "not to repeat it", "vowed", "Ban Ki-moon", "Ban Ki-moon")


def test_name_apposed_to_the_thing_after_of_names_the_role(extractor: Extractor) -> None:
    # the parser hangs the name on "the Baltic Institute"; the director is the one named
    text = "The director of the Baltic Institute, Ina Kraus, said the plan would fail."
    q = only(extract(extractor, text))
    check(q, "indirect", "the plan would fail", "said", "Ina Kraus", "Ina Kraus")
    # after a person ("the senator"), the name may be that person's: the parse stands
    text = "The spokesman of the senator, Jane Doe, said the plan would fail."
    assert only(extract(extractor, text)).speaker.name != "Jane Doe"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ms. Vance, a lawyer who said the ruling was wrong, left early.", "Vance"),
        ("Gov. Al Brand of Iowa, a lawyer who said the ruling was wrong, left early.", "Al Brand"),
        ("Ann Arlen, 32, a nurse who said she planned to march, left.", "Ann Arlen"),
        ("Rep. Ed Marley, a Democrat who said the bill would pass, left the room.", "Ed Marley"),
        ("They bought Borlund Energy, a mining firm that said it would close.", "Borlund Energy"),
    ],
    ids=["person", "with its own phrase", "with an age", "party word", "company"],
)
def test_who_after_a_description_in_apposition_is_the_one_named(
    extractor: Extractor, text: str, speaker: str
) -> None:
    q = only(extract(extractor, text))
    assert q.speaker is not None and q.speaker.name == speaker
    assert q.speaker.mention.text in {"who", "that"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Eva Mills and Gloria Marsh, a couple who said they voted, sat inside.", "a couple"),
        # the parser hangs "the party leaders" on "Clinton", the sentence's subject
        (
            "Clinton is far ahead in the count because of endorsements from superdelegates, "
            "the party leaders who can support the candidate of their choice.",
            "the party leaders",
        ),
        # a name, not a description, the parser hung on the name before it
        (
            "In a filing with the Securities and Exchange Commission, BORLUND, which is owned "
            "by Issam Farr, also said it discussed a bid.",
            "BORLUND",
        ),
    ],
    ids=["two people", "hung on a name further back", "a name"],
)
def test_who_after_no_description_of_one_name_is_not_that_name(
    extractor: Extractor, text: str, speaker: str
) -> None:
    q = only(extract(extractor, text))
    assert q.speaker is not None and q.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "pronoun"),
    [
        (
            "A Federal Reserve spokesman told a briefing that there were no misses. He said "
            "that borrowing was done by large banks.",
            "A Federal Reserve spokesman",
            "He",
        ),
        (
            '"We will not sell," said a company spokeswoman. She said talks would go on.',
            "a company spokeswoman",
            "She",
        ),
        (
            '"We live in a cruel world," my father often said. He also told my brother that '
            "hard work pays.",
            "my father",
            "He",
        ),
    ],
    ids=["subject before", "subject after the verb", "kin"],
)
def test_a_pronoun_no_name_stands_for_is_the_unnamed_source_before_it(
    extractor: Extractor, text: str, speaker: str, pronoun: str
) -> None:
    last = extract(extractor, text).quotes[-1]
    assert last.speaker is not None and last.speaker.entity is None
    assert (last.speaker.name, last.speaker.mention.text) == (speaker, pronoun)


def test_a_pronoun_of_the_other_sex_is_not_the_unnamed_source(extractor: Extractor) -> None:
    text = '"We will not sell," said a company spokeswoman. He said talks would go on.'
    assert extract(extractor, text).quotes[-1].speaker.name == "He"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "AMCA International Ltd said it finalized an agreement to sell certain assets. Terms "
            "were undisclosed.\n\nIt said the sale involved assets of about 10 mln dlrs.",
            "AMCA International Ltd",
        ),
        (
            "Acme Corp said it would sell assets. John Smith, a director, said he would buy "
            "them.\n\nIt said the proceeds would repay debt.",
            "Acme Corp",
        ),
        (
            "Acme Corp said it would sell assets. The industry said prices were too low. It said "
            "producers lost money.",
            "The industry",
        ),
        (
            "Four Seasons Hotels said it will buy a hotel. Terms were not disclosed. It said the "
            "deal would close in May. The partners were pleased, it added.",
            "Four Seasons Hotels",
        ),
        (
            "Prices fell sharply on Monday. Trading was thin. It said the market would recover.",
            "It",
        ),
        (
            'Casey-Werner Co, producer of "The Cosby Show," said it filed suit against Viacom '
            "International Inc.\n\nIt said the debt burden may prevent payment.",
            "Casey-Werner Co",
        ),
    ],
    ids=[
        "past a thing",
        "past a person who spoke",
        "a thing that spoke",
        "through an it before",
        "nothing spoke",
        "a company before its description",
    ],
)
def test_it_reporting_is_the_body_that_spoke_before(
    extractor: Extractor, text: str, speaker: str
) -> None:
    last = extract(extractor, text).quotes[-1]
    assert last.speaker is not None and last.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Armed men raided the central bank and wounded at least 12 guards, many of them "
            "young soldiers, the official Ruritania News Agency (RNA) said.",
            "Armed men raided the central bank and wounded at least 12 guards, many of them "
            "young soldiers",
            "Ruritania News Agency",
        ),
        (
            "Growth will slow next year, the president of the Association of Ruritanian Savings "
            "Banks, Hans Vogel, said.",
            "Growth will slow next year",
            "Hans Vogel",
        ),
    ],
    ids=["a body", "a name after a chain of 'of'"],
)
def test_a_closing_verb_s_subject_the_parser_hung_on_the_clause_before(
    extractor: Extractor, text: str, content: str, speaker: str
) -> None:
    (q,) = extract(extractor, text).quotes
    assert q.text == content
    assert q.speaker is not None and q.speaker.name == speaker


def test_a_verb_with_words_after_it_keeps_the_subject_it_lacks(extractor: Extractor) -> None:
    text = (
        "Since December, Sanders has gained on other measures, too. Six in 10 say he is at "
        "least somewhat honest, after half said so in the earlier poll."
    )
    assert [q.text for q in extract(extractor, text).quotes] == ["he is at least somewhat honest"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Armed men raided the central bank and wounded at least 12 guards, many of them "
            "young soldiers, the official Ruritania News Agency (RNA) said.\n\nCiting army "
            "officers, it said the raid began at dawn.",
            "Ruritania News Agency",
        ),
        (
            "The official Ruritania News Agency (RNA) said President Daniel Arap Kibaki met "
            "bankers in Paris.\n\nAccording to RNA, Kibaki thanked the bankers for their help in "
            'the past.\n\n"The bank promised president Kibaki that it would continue to give '
            'maximum help," it added.',
            "Ruritania News Agency",
        ),
        (
            "Acme Corp's unit, Acme Long Distance Corp, said customers will be able to call "
            "Canada.\n\nThe company also said it plans to offer overseas service.",
            "Acme Long Distance Corp",
        ),
        (
            "The Acme Corp's construction company New York said its office has begun building an "
            "addition to the Kaiser Medical Center.\n\nDeveloper for the project is Medcare "
            "Foundation Hospitals in Pasadena, Calif., the company said.",
            "Acme Corp",
        ),
        (
            "Northvest said it bought the hospital from Medcare International Inc for 50 mln "
            "dlrs.\n\nMedcare International will continue to run the hospital under a lease, the "
            "company said.",
            "Northvest",
        ),
        (
            "The Ruritanian Federation of Flight Attendants said a judge ordered the airline to "
            "deal with it.\n\nThe union said the order also bars the airline from closing its "
            "offices.",
            "Ruritanian Federation of Flight Attendants",
        ),
    ],
    ids=[
        "it after a subject the parser hung elsewhere",
        "it is no one known as a person",
        "the unit named beside its owner spoke",
        "a place beside the owner's unit",
        "continuing to run is no speaking",
        "the union is a federation",
    ],
)
def test_the_body_a_later_mention_stands_for(extractor: Extractor, text: str, speaker: str) -> None:
    last = extract(extractor, text).quotes[-1]
    assert last.speaker is not None and last.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Casey-Werner Co, producer of "The Cosby Show," said it filed suit against Viacom.',
            "Casey-Werner Co",
        ),
        ("Bank of Japan officials said the banks would help.", "Bank of Japan officials"),
        (
            "Japanese, British and U.S. securities houses said they were buying gilts.",
            "Japanese, British and U.S. securities houses",
        ),
        (
            "Yesterday, the Oak Brook, Ill.-based waste disposal company said it was prepared to "
            "offer 33 dlrs a share, or about 330 mln dlrs, for Chemlawn, a lawn-care company.",
            "the Oak Brook, Ill.-based waste disposal company",
        ),
    ],
    ids=[
        "a company before its description",
        "a body inside the description",
        "a place",
        "a place inside the description",
    ],
)
def test_a_company_set_before_its_description_speaks(
    extractor: Extractor, text: str, speaker: str
) -> None:
    first = extract(extractor, text).quotes[0]
    assert first.speaker is not None and first.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Cruz will need their support, with new reports saying that the race is tight.",
        "The operatives have been poring over polling data showing that Trump leads.",
    ],
    ids=["with a thing doing", "a thing that shows"],
)
def test_things_that_show_are_their_own_sources(extractor: Extractor, text: str) -> None:
    speakers = [q.speaker.name for q in extract(extractor, text).quotes if q.speaker]
    assert speakers and not {"Cruz", "The operatives"} & set(speakers), speakers


def test_reporting_verb_closing_a_sentence_as_a_conjunct(extractor: Extractor) -> None:
    # the parser joins "said" to the clause before it as a conjunct, its subject after it
    text = (
        "In nearby Decatur, the big Nucor steel plant is hanging on, but it is under intense "
        "pressure from Asian imports, said the company's chief executive, John J. Ferriola."
    )
    q = only(extract(extractor, text))
    check(q, "indirect", text[: text.index(", said")], "said", "John J. Ferriola")


def test_whom_the_speaker_told_is_not_what_was_said(extractor: Extractor) -> None:
    text = (
        "This includes a special force to assist Kurdish fighters, Defense Secretary Ash Carter "
        "told a Senate panel Wednesday."
    )
    q = only(extract(extractor, text))
    check(q, "indirect", text[: text.index(", Defense")], "told", "Ash Carter")


def test_on_condition_of_anonymity_is_not_what_was_said(extractor: Extractor) -> None:
    text = "He was unable to find a single taker, he said, on condition of anonymity to speak."
    q = only(extract(extractor, text))
    check(q, "indirect", "He was unable to find a single taker", "said", "he", "he")


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("Of the workers asked, 75 percent said yes.", "yes", "75 percent"),
        ("In the poll, 43 percent said the same for the mayor.", "the same", "43 percent"),
        ("Half of the voters said so in the earlier poll.", "so", "Half of the voters"),
        ("The governor apparently thinks so, too.", "so", "The governor"),
    ],
)
def test_a_word_standing_for_what_was_said(
    extractor: Extractor, text: str, content: str, source: str
) -> None:
    q = only(extract(extractor, text))
    assert q.text == content and q.cue is not None
    assert q.speaker is not None and q.speaker.mention.text == source


def test_thinking_the_same_is_no_word_for_what_was_thought(extractor: Extractor) -> None:
    text = "The governor thought the same about the mayor."
    assert not [q for q in extract(extractor, text).quotes if q.text == "the same"]


def test_the_name_someone_gives_a_thing(extractor: Extractor) -> None:
    text = "The senator has made ending what he calls corruption in politics his main theme."
    q = only(extract(extractor, text))
    check(q, "indirect", "corruption", "calls", "he", "he")
    text = "Republicans favour taxing consumption (what economists call spending) over income."
    q = only(extract(extractor, text))
    check(q, "indirect", "spending", "call", "economists", "economists")


def test_reported_or_caused_clause_is_no_aside(extractor: Extractor) -> None:
    text = "Most Republican voters in Alabama said they feel betrayed by the party."
    q = only(extract(extractor, text))
    check(q, "indirect", "they feel betrayed by the party", "said", "Most Republican voters")
    assert extract(extractor, "The chapters on Clinton will make Democrats feel bad.").quotes == ()


def test_a_stance_adjective_after_its_holder(extractor: Extractor) -> None:
    text = "Republicans, concerned about the party's appeal to women, have stayed silent."
    q = only(extract(extractor, text))
    check(q, "indirect", "the party's appeal to women", "concerned", "Republicans")
    text = "Indiana politicians were furious at the company for moving the plant."
    q = only(extract(extractor, text))
    check(q, "indirect", "the company", "furious", "Indiana politicians")
    # a thing's slant is no one's stance
    text = "She read a lively new book critical of our flawed system of saving."
    assert extract(extractor, text).quotes == ()


def test_a_stance_adjective_the_parser_made_a_passive_verb(extractor: Extractor) -> None:
    text = "Protesters were frustrated that the police released only some of the footage."
    q = only(extract(extractor, text))
    check(q, "indirect", "the police released only some of the footage", "frustrated", "Protesters")
    # a verb that is only a verb in the passive ("decided") states nobody's stance
    assert extract(extractor, "In most species, gender is determined at birth.").quotes == ()


def test_being_against_something_is_a_stance(extractor: Extractor) -> None:
    text = "Most Republicans are against adding new regulations on banks."
    q = only(extract(extractor, text))
    check(q, "indirect", "adding new regulations on banks", "against", "Republicans")
    # figures set against figures are no one's stance
    text = "Imports for the quarter were 2.655 billion against 2.883 billion in September."
    assert extract(extractor, text).quotes == ()


def test_an_extraposed_it_states_nobody_s_stance(extractor: Extractor) -> None:
    assert extract(extractor, "It is doubtful that the senator will run again.").quotes == ()


def test_stance_on_an_object_keeps_its_reason(extractor: Extractor) -> None:
    text = "Senator Ted Cruz chided Donald Trump for raising questions about his birth."
    q = only(extract(extractor, text))
    check(q, "indirect", "Donald Trump for raising questions about his birth", "chided", "Ted Cruz")


def test_verb_closing_the_sentence_reports_it_whatever_the_parse(extractor: Extractor) -> None:
    # the parser hangs the sentence on "said" as a clause of time ("As … prepared")
    text = (
        "As GOP front-runner Donald Trump prepared to speak to supporters in Wisconsin on Tuesday, "
        "a 15-year-old girl outside "
        "the venue was pepper-sprayed by another bystander, police said."
    )
    q = only(extract(extractor, text))
    assert q.text.startswith("As GOP front-runner Donald Trump prepared") and q.text.endswith(
        "bystander"
    )
    check(q, "indirect", q.text, "said", "police")
    # a clause of time before the verb is no content; nor is anything before a verb that
    # reports nothing ("continued") or has its own words after it
    text = "When Congress cut funding for the program two years later, Mexico complained."
    assert extract(extractor, text).quotes == ()
    text = "The company's profits fell sharply in the spring, and its troubles continued."
    assert extract(extractor, text).quotes == ()


def test_a_second_verb_is_no_part_of_what_something_was_called(extractor: Extractor) -> None:
    # the parser hangs "and called on …" on "shameful"
    x = extract(extractor, 'He called it "shameful" and called on leaders "not to feed that fear."')
    check(quote_of(x, 'it "shameful"'), "mixed", 'it "shameful"', "called", "He")
    # a participle joined to the object is part of it
    text = "Part of being an effective president is acknowledging mistakes and learning from them."
    assert only(extract(extractor, text)).text == "mistakes and learning from them"


def test_relative_clause_after_a_comma_is_no_part_of_the_object(extractor: Extractor) -> None:
    # what Cruz endorses is Trump; the clause about Trump reports his own words
    x = extract(extractor, "Ted Cruz endorses Trump, who says he is honored.")
    check(quote_of(x, "Trump"), "indirect", "Trump", "endorses", "Ted Cruz")
    check(quote_of(x, "he is honored"), "indirect", "he is honored", "says", "Trump", "who")


def test_direct_quote_running_on_from_reported_words_is_their_piece(
    extractor: Extractor,
) -> None:
    x = extract(extractor, "Cruz blamed the anti-fracking law on “knuckleheaded politicians.”")
    law, words = x.quotes
    check(law, "indirect", "the anti-fracking law", "blamed", "Cruz")
    check(words, "direct", "knuckleheaded politicians.", "blamed", "Cruz")
    assert words.continues == 0


def test_direct_quote_after_the_attribution_of_reported_words_is_their_piece(
    extractor: Extractor,
) -> None:
    text = (
        'The summit accomplished "too little," the senator added. "Without changing policies, '
        'Europe risks a lot."'
    )
    x = extract(extractor, text)
    first, second = x.quotes
    assert first.kind == "mixed" and first.cue is not None and first.cue.text == "added"
    check(
        second, "direct", "Without changing policies, Europe risks a lot.", "added", "the senator"
    )
    assert second.continues == 0
    # with another attribution between them, the second quote is a quote of its own
    text = text.replace('risks a lot."', 'risks a lot," she said.')
    assert extract(extractor, text).quotes[1].continues is None
    # the second quote took its speaker from the first words before they joined a mixed quote
    text = (
        'Prime Minister Mia Rossi spoke after the meeting. The summit accomplished "too '
        'little," she added on Twitter. "Without changing policies, Europe risks a lot."'
    )
    first, second = extract(extractor, text).quotes
    assert (first.kind, second.kind, second.continues) == ("mixed", "direct", 0)
    # with the cue before the mixed quote, nothing splits them: the next quote stays apart
    text = (
        'Aides say the mayor intends to "fully back" Reed. In her statement: "We must stand '
        'together and win this race."'
    )
    assert [q.continues for q in extract(extractor, text).quotes] == [None, None]


def test_direct_quote_after_added_reported_words_continues_them(extractor: Extractor) -> None:
    # the words after "adding that …" go on with what was added, not with the first quote:
    # linked to the first, the quote would run over the reported words between them
    text = (
        "“The bill failed,” Christie said, adding that he had fought for bills as governor. "
        "“A leader must fight for what he believes.”"
    )
    first, added, rest = extract(extractor, text).quotes
    check(first, "direct", "The bill failed,", "said", "Christie")
    check(added, "indirect", "he had fought for bills as governor", "adding", "Christie")
    check(rest, "direct", "A leader must fight for what he believes.", "adding", "Christie")
    assert first.continues is None and rest.continues == 1
    # a participle that only says what the words were about adds no words of its own
    about = extract(extractor, text.replace("adding that he had fought for", "referring to"))
    assert [q.cue.text for q in about.quotes if q.cue] == ["said", "referring", "said"]
    assert about.quotes[-1].continues == 0


def test_phrase_whose_first_speaker_became_a_mixed_quote_continues_nothing(
    extractor: Extractor,
) -> None:
    # the phrase took its speaker from the quoted words of the first sentence, which became
    # part of a mixed quote; that link does not move to the reported words before the phrase
    text = (
        "Jared Sexton said he holds his roots in Indiana “very near and dear to my heart.” "
        "Sexton said he recognizes his family in many of Trump’s supporters. That’s why he "
        "wanted to “go an extra step” to understand them."
    )
    x = extract(extractor, text)
    assert [q.kind for q in x.quotes] == ["mixed", "indirect", "direct"]
    assert x.quotes[-1].continues is None


def test_infinitive_on_a_thing_behind_a_preposition(extractor: Extractor) -> None:
    text = "Putin went out of his way to say that Russia's economy had hit bottom this year."
    q = only(extract(extractor, text))
    check(q, "indirect", "Russia's economy had hit bottom this year", "say", "Putin", "Putin")


def test_participle_after_a_quote_is_the_speakers(extractor: Extractor) -> None:
    text = '"Too much hate," she said, blaming some of it on presidential candidate Donald Trump.'
    q = quote_of(extract(extractor, text), "some of it")
    check(q, "indirect", "some of it", "blaming", "she", "she")


def test_participle_on_a_document_is_its_authors(extractor: Extractor) -> None:
    text = "Later that day, Donald Trump fired back a response saying he would not back the agenda."
    q = only(extract(extractor, text))
    check(q, "indirect", "he would not back the agenda", "saying", "Donald Trump")


def test_verb_before_a_quote_introduces_it(extractor: Extractor) -> None:
    # the parser makes "boasted" a clause of the sentence before the dash and gives it two
    # subjects ("―" and "Trump")
    text = (
        "When Hillary Clinton noted that Donald Trump has occasionally not paid anything in "
        "federal income taxes ― as was true for the few years his tax returns were made "
        "public ― Trump boasted, “That makes me smart.”"
    )
    x = extract(extractor, text)
    check(
        quote_of(x, "That makes me smart."),
        "direct",
        "That makes me smart.",
        "boasted",
        "Donald Trump",
        "Trump",
    )
    assert all(q.kind != "mixed" and not q.text.endswith("“") for q in x.quotes)


@pytest.mark.parametrize(
    ("text", "outer", "inner", "cue", "speaker"),
    [
        (
            "Graham called out his rival Donald Trump for alienating Hispanics, which he believes "
            "will make it impossible for a Republican to win.",
            "his rival Donald Trump for alienating Hispanics",
            "will make it impossible for a Republican to win",
            "believes",
            "Graham",
        ),
        (
            "Clinton made no mention of Jeb Bush, who announced he is suspending his campaign.",
            "Jeb Bush",
            "he is suspending his campaign",
            "announced",
            "Jeb Bush",
        ),
    ],
)
def test_a_relative_clause_reporting_words_ends_the_quote_before_it(
    extractor: Extractor, text: str, outer: str, inner: str, cue: str, speaker: str
) -> None:
    x = extract(extractor, text)
    assert len(x.quotes) == 2, [q.text for q in x.quotes]
    quote_of(x, outer)
    q = quote_of(x, inner)
    assert q.cue is not None and q.cue.text == cue
    assert q.speaker is not None and q.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        # passive: the clause says what was done to her, not what anyone said
        "Trump demanded a pledge not to pardon Hillary Clinton, who was criticized by "
        "Republicans for her emails.",
        # the clause is an aside inside the reported words, which go on after it
        "The lawyer said the relatives, who asked police to show them the video, watched it "
        "on Thursday.",
        # nobody speaks in the clause: it is the writer's
        "Aides insisted Obama would not be pigeonholed to reach black voters, whose support "
        "appeared steady for Clinton.",
        # no comma: the clause tells which senator, and is part of the words
        "Clinton made no mention of the senator who announced he is suspending his campaign.",
    ],
)
def test_a_relative_clause_that_is_part_of_the_words_stays_in_the_quote(
    extractor: Extractor, text: str
) -> None:
    q = only(extract(extractor, text))
    assert q.kind == "indirect" and text.index(q.text) + len(q.text) == len(text) - 1


# --- speakers resolved to entities -------------------------------------------------------------


def test_pronoun_speaker_direct(extractor: Extractor) -> None:
    text = 'Kaja Kallas arrived in Kyiv on Tuesday. "Europe will keep funding the army," she said.'
    q = only(extract(extractor, text))
    check(
        q,
        "direct",
        "Europe will keep funding the army,",
        "said",
        "Kaja Kallas",
        "she",
        text.index("she"),
    )


def test_pronoun_speaker_indirect(extractor: Extractor) -> None:
    text = (
        "Kaja Kallas arrived in Kyiv on Tuesday. "
        "She said that Europe would keep funding the Ukrainian army."
    )
    q = only(extract(extractor, text))
    check(
        q,
        "indirect",
        "Europe would keep funding the Ukrainian army",
        "said",
        "Kaja Kallas",
        "She",
        text.index("She"),
    )


def test_pronoun_speaker_by_gender(extractor: Extractor) -> None:
    text = (
        "Donald Tusk met Kaja Kallas in Warsaw. She said that the border would stay closed for now."
    )
    q = only(extract(extractor, text))
    check(q, "indirect", "the border would stay closed for now", "said", "Kaja Kallas", "She")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the subject of the main clause, not of the clause inside it ("Obama" of "has")
        (
            "Josh Earnest said that Barack Obama has long called for tax fairness. "
            "He said the next president should do the same.",
            "Josh Earnest",
        ),
        # nor of a comparison ("than Mr. Perot did")
        (
            "Mr. Donald Trump has broken more rules than Mr. Ross Perot did. "
            "He said the rules were rigged.",
            "Donald Trump",
        ),
        # a reporting aside is the main clause's equal ("Trump, Sexton said, has …")
        (
            "Donald Trump spoke in Ohio, and Jared Sexton watched. Trump, Sexton said, has "
            "created a strange, reality-bending zone. He said the crowds felt free.",
            "Jared Sexton",
        ),
    ],
)
def test_pronoun_speaker_is_the_main_clauses_subject(
    extractor: Extractor, text: str, speaker: str
) -> None:
    q = quote_of(extract(extractor, text), text[text.index("He said") + 8 : -1])
    assert q.speaker is not None and q.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "words", "kind", "cue", "speaker", "mention"),
    [
        pytest.param(
            'Sean Hannity asked Donald Trump how high the wall would be. "Maybe 40 feet," he '
            "told Hannity.",
            "Maybe 40 feet,",
            "direct",
            "told",
            "Donald Trump",
            "he",
            id="not-the-object-of-its-own-verb",
        ),
        pytest.param(
            "Barack Obama won easily. Campaigning against Mitt Romney in 2012, he said climate "
            "change was real.",
            "climate change was real",
            "indirect",
            "said",
            "Barack Obama",
            "he",
            id="not-the-object-of-its-participle-clause",
        ),
        pytest.param(
            "Bernie Sanders met voters in Ohio. A woman asked Sanders about deportations under "
            "the Obama administration. He said the policy was cruel.",
            "the policy was cruel",
            "indirect",
            "said",
            "Bernie Sanders",
            "He",
            id="not-a-name-used-as-a-modifier",
        ),
        pytest.param(
            "Donald Trump spoke for an hour in Ohio. Melanie cheered from the front row. "
            '"I love you," he said.',
            "I love you,",
            "direct",
            "said",
            "Donald Trump",
            "he",
            id="a-given-name-alone-has-its-gender",
        ),
    ],
)
def test_pronoun_speaker_antecedent(
    extractor: Extractor, text: str, words: str, kind: str, cue: str, speaker: str, mention: str
) -> None:
    q = quote_of(extract(extractor, text), words)
    check(q, kind, q.text, cue, speaker, mention)


def test_pronoun_does_not_stand_for_a_person_named_inside_a_quote(extractor: Extractor) -> None:
    text = (
        "Marco Rubio spoke in Miami. \"I don't know if Donald realizes this, but that is not "
        'a pro-Israel policy," he said of the plan.'
    )
    q = only(extract(extractor, text))
    check(q, "direct", q.text, "said", "Marco Rubio", "he", text.index("he said"))


def test_surname_speaker_gets_full_name(extractor: Extractor) -> None:
    text = (
        "President Volodymyr Zelensky spoke in Kyiv. "
        "Zelensky said that Ukraine needed more air defence systems."
    )
    x = extract(extractor, text)
    q = only(x)
    check(
        q,
        "indirect",
        "Ukraine needed more air defence systems",
        "said",
        "Volodymyr Zelensky",
        "Zelensky",
        text.index("Zelensky said"),
    )
    assert q.speaker is not None
    ent = next(e for e in x.entities if e.id == q.speaker.entity)
    assert ent.name == "Volodymyr Zelensky"


def test_surname_picks_the_right_person(extractor: Extractor) -> None:
    text = (
        "Kaja Kallas and Donald Tusk met in Warsaw on Monday. "
        "Tusk said that the border would stay closed."
    )
    q = only(extract(extractor, text))
    check(q, "indirect", "the border would stay closed", "said", "Donald Tusk", "Tusk")


def test_capital_speaks_for_its_country(extractor: Extractor) -> None:
    text = "Moscow has signaled it wants a peace deal to include sharp cuts to Ukraine's army."
    q = only(extract(extractor, text))
    check(
        q,
        "indirect",
        "it wants a peace deal to include sharp cuts to Ukraine's army",
        "signaled",
        "Russia",
        "Moscow",
        0,
    )


def test_kremlin_speaks_for_russia(extractor: Extractor) -> None:
    text = "The Kremlin said that the talks had failed."
    q = only(extract(extractor, text))
    check(q, "indirect", "the talks had failed", "said", "Russia", "Kremlin")


def test_alias_speaker(extractor: Extractor) -> None:
    text = "The EU has said that sanctions will stay in place until the war ends."
    q = only(extract(extractor, text))
    check(
        q,
        "indirect",
        "sanctions will stay in place until the war ends",
        "said",
        "European Union",
        "EU",
    )


def test_role_description_speaker_indirect(extractor: Extractor) -> None:
    text = (
        "Foreign Minister Jane Doe arrived in Warsaw on Monday. "
        "The minister said that the talks had failed completely."
    )
    q = only(extract(extractor, text))
    check(
        q,
        "indirect",
        "the talks had failed completely",
        "said",
        "Jane Doe",
        "The minister",
        text.index("The minister"),
    )


@pytest.mark.parametrize(
    "second",
    [
        "Trump knows there are people all over the country who agree with him.",
        "\"Look, it's a phony system,\" Trump told Bill O'Reilly of Fox News.",
    ],
)
def test_surname_the_tagger_mislabels_still_names_the_person(
    extractor: Extractor, second: str
) -> None:
    x = extract(extractor, "Donald Trump spoke in Ohio on Monday.\n\n" + second)
    q = x.quotes[0]
    assert q.speaker is not None and q.speaker.name == "Donald Trump"
    assert q.speaker.entity is not None


def test_role_description_with_abbreviated_title(extractor: Extractor) -> None:
    text = (
        "Indiana Gov. Mike Pence spoke in Ohio on Monday.\n\n"
        '"We will win this state," the Indiana governor said.'
    )
    q = only(extract(extractor, text))
    check(q, "direct", "We will win this state,", "said", "Mike Pence", "the Indiana governor")


def test_role_description_speaker_direct(extractor: Extractor) -> None:
    text = (
        "Foreign Minister Jane Doe arrived in Warsaw on Monday. "
        '"The talks have failed completely," the minister said.'
    )
    q = only(extract(extractor, text))
    check(q, "direct", "The talks have failed completely,", "said", "Jane Doe", "the minister")


def test_they_and_their_stand_for_the_group_before_them(extractor: Extractor) -> None:
    q = only(extract(extractor, "The GOP leaders have signaled their support for the delay."))
    check(q, "indirect", "the delay", "support", "The GOP leaders", "their")
    x = extract(extractor, "Republicans won the vote on Tuesday. They said the bill would pass.")
    check(only(x), "indirect", "the bill would pass", "said", "Republicans", "They")


def test_shares_of_those_polled_hold_positions(extractor: Extractor) -> None:
    q = only(extract(extractor, "In the new poll, 57 percent see Trump negatively."))
    check(q, "indirect", "Trump", "see", "57 percent")
    q = only(extract(extractor, "Most say the same of the governor."))
    check(q, "indirect", "the same of the governor", "say", "Most")
    # plural group nouns by their lemma, and names the tagger gives no type
    q = only(extract(extractor, "Younger voters see Trump negatively."))
    check(q, "indirect", "Trump", "see", "Younger voters")
    q = only(extract(extractor, "Politifact showed the video on its website."))
    check(q, "indirect", "the video", "showed", "Politifact")
    # the tokenizer counts "%" as punctuation, but here it is the subject
    q = only(extract(extractor, "In Virginia, 85% of Democrats said the system favors the rich."))
    check(q, "indirect", "the system favors the rich", "said", "85% of Democrats")


def test_subject_the_parser_cut_from_its_verb(extractor: Extractor) -> None:
    # the parser hangs the name on "Nevada" and leaves "said" with no subject
    text = (
        "Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said that "
        "he spoke with Mr. Sanders on Tuesday."
    )
    q = only(extract(extractor, text))
    check(q, "indirect", "he spoke with Mr. Sanders on Tuesday", "said", "Harry Reid", "Harry Reid")
    # a name inside a relative clause before the verb is not its subject
    text = (
        "Mr. Slinker, whose latest start-up, Paradata, uses big data to help brands find "
        "suppliers, said Mr. Trump was a candidate very much in the spirit of Silicon Valley."
    )
    assert all(
        q.speaker is None or q.speaker.name != "Paradata" for q in extract(extractor, text).quotes
    )


def test_who_is_led_to_speak_speaks(extractor: Extractor) -> None:
    text = "The abrupt announcement led some to speculate that the campaign was to blame."
    check(
        only(extract(extractor, text)), "indirect", "the campaign was to blame", "speculate", "some"
    )
    text = "The rise of Bannon gave Beck new impetus to oppose Trump."
    check(only(extract(extractor, text)), "indirect", "Trump", "oppose", "Beck")
    # rules that empower someone keep what follows their own
    text = "The party's rules empower the DNC to name a replacement candidate."
    q = only(extract(extractor, text))
    check(q, "indirect", "a replacement candidate", "name", "The party's rules")


@pytest.mark.parametrize(
    ("text", "content", "author"),
    [
        (
            "Turnout hit a record this year, according to an analysis by the Pew Research Center.",
            "Turnout hit a record this year",
            "Pew Research Center",
        ),
        (
            "Sales of electric cars are growing fast, according to a recent report from "
            "Bloomberg New Energy Finance.",
            "Sales of electric cars are growing fast",
            "Bloomberg New Energy Finance",
        ),
        (
            "The evidence is insufficient to support a prosecution, according to a court "
            "document filed by state attorney Dave Aronberg.",
            "The evidence is insufficient to support a prosecution",
            "Dave Aronberg",
        ),
    ],
)
def test_a_document_speaks_for_its_author(
    extractor: Extractor, text: str, content: str, author: str
) -> None:
    check(only(extract(extractor, text)), "indirect", content, "according to", author)


def test_a_clause_set_against_the_report_is_not_its_content(extractor: Extractor) -> None:
    text = (
        "Lynch said the demands of government work sometimes erase the barriers women face, "
        "though she noted clients are beginning to demand diverse legal teams."
    )
    x = extract(extractor, text)
    said = quote_of(x, "the demands of government work sometimes erase the barriers women face")
    check(said, "indirect", said.text, "said", "Lynch")
    noted = quote_of(x, "clients are beginning to demand diverse legal teams")
    check(noted, "indirect", noted.text, "noted", "she")


def test_report_inside_a_relative_clause(extractor: Extractor) -> None:
    text = (
        "The policy changes, which officials said will go into effect in the next few months, "
        "will not apply to all Central Americans."
    )
    q = only(extract(extractor, text))
    check(q, "indirect", "will go into effect in the next few months", "said", "officials")
    text = "Her daughter has the kind of job that many economists say is the future."
    q = only(extract(extractor, text))
    check(q, "indirect", "is the future", "say", "many economists")


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        pytest.param(
            "Kirby also said for the first time that some emails between Clinton and President "
            "Obama have been located.",
            "some emails between Clinton and President Obama have been located",
            "said",
            "Kirby",
            id="on-the-noun-of-a-phrase",
        ),
        pytest.param(
            "In Honolulu last week, Obama told a meeting of Pacific Island leaders that few "
            "people understood the stakes of climate change.",
            "few people understood the stakes of climate change",
            "told",
            "Obama",
            id="on-the-one-told",
        ),
    ],
)
def test_that_clause_the_parser_hung_on_a_noun(
    extractor: Extractor, text: str, content: str, cue: str, speaker: str
) -> None:
    q = only(extract(extractor, text))
    check(q, "indirect", content, cue, speaker)


def test_participle_on_the_people_addressed_is_the_senders(extractor: Extractor) -> None:
    text = "The Vermont senator emailed supporters saying the struggle continues."
    q = only(extract(extractor, text))
    check(q, "indirect", "the struggle continues", "saying", "The Vermont senator")


def test_verb_joined_to_a_reported_clause_is_the_reporters(extractor: Extractor) -> None:
    # the parser makes "called" a conjunct of "give", whose subject is the plan
    text = (
        "Sen. Rand Paul said Rubio's tax plan would give money to undocumented immigrants, and "
        'called him "the leading proponent for allowing people in the country illegally to be '
        'citizens."'
    )
    x = extract(extractor, text)
    assert [q.speaker.name if q.speaker else None for q in x.quotes] == ["Rand Paul"] * 2


@pytest.mark.parametrize(
    ("text", "reporter"),
    [
        # "says" is in the reporter's tense, not in that of "marched"
        (
            "In the new ad, a narrator reminds viewers that Baldwin marched in Selma as a "
            "student and says she wants to end racial profiling.",
            "a narrator",
        ),
        # "warn" cannot share "has" with "lost", and agrees with "leaders"
        (
            "Some union leaders fear that Hale has already lost the vote and warn that the "
            "strike could spread.",
            "Some union leaders",
        ),
    ],
)
def test_verb_joined_to_a_reported_clause_in_the_reporters_tense_is_the_reporters(
    extractor: Extractor, text: str, reporter: str
) -> None:
    x = extract(extractor, text)
    assert [q.speaker.name if q.speaker else None for q in x.quotes] == [reporter] * 2


def test_verb_sharing_the_clauses_auxiliary_stays_with_the_clause(extractor: Extractor) -> None:
    # "demanded" is a participle after "has", like "declared": Chemical Corp demanded
    text = (
        "The bank said Chemical Corp has declared the company in default and demanded "
        "repayment of its debt."
    )
    q = quote_of(extract(extractor, text), "repayment of its debt")
    assert q.speaker is not None and q.speaker.name == "Chemical Corp"


def test_participle_hung_on_an_open_complement_is_the_reporters(extractor: Extractor) -> None:
    # the parser hangs "saying" on "decide", inside what the strategist said
    text = (
        "A veteran party strategist said Hale will have to decide whose team she's on, "
        'saying, "Sooner or later, she\'s going to have to pick one."'
    )
    q = quote_of(extract(extractor, text), "Sooner or later, she's going to have to pick one.")
    check(q, "direct", q.text, "saying", "A veteran party strategist")


# --- not quotes -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'A European-led "coalition of the willing" has proposed sending troops to Ukraine.',
        'The film "Oppenheimer" won seven awards at the ceremony.',
        'Workers at the "gig economy" firm went on strike on Monday.',
        'The ministry\'s "reform" left thousands of teachers without pay.',
    ],
)
def test_scare_quotes_and_names_are_not_quotes(extractor: Extractor, text: str) -> None:
    x = extract(extractor, text)
    assert all(q.kind != "direct" for q in x.quotes), [q.text for q in x.quotes]
    quoted = text[text.index('"') + 1 : text.rindex('"')]
    assert all(quoted not in q.text for q in x.quotes), [q.text for q in x.quotes]


@pytest.mark.parametrize(
    "text",
    [
        'Senator Mark Reed said on "Face the Nation," that the bill would pass.',
        'Reed told "Morning Joe" that he would vote for the bill.',
    ],
)
def test_quoted_show_title_is_not_a_quote(extractor: Extractor, text: str) -> None:
    x = extract(extractor, text)
    assert all(q.kind == "indirect" for q in x.quotes), [(q.kind, q.text) for q in x.quotes]


def test_quoted_fragments_in_title_case_are_still_a_quote(extractor: Extractor) -> None:
    text = "Donald Trump arrived on Monday.\n\n“Like Oakland. Or Ferguson,” Trump said."
    x = extract(extractor, text)
    direct = [q for q in x.quotes if q.kind == "direct"]
    assert len(direct) == 1, [q.text for q in x.quotes]
    check(direct[0], "direct", "Like Oakland. Or Ferguson,", "said", "Donald Trump", "Trump")


def test_quoted_title_case_sentence_is_still_a_quote(extractor: Extractor) -> None:
    text = 'Warren Hammers Bank Chief: "You Should Be Criminally Investigated."'
    x = extract(extractor, text)
    assert [q.text for q in x.quotes if q.kind == "direct"] == [
        "You Should Be Criminally Investigated."
    ]


def test_name_after_known_as_is_not_a_quote(extractor: Extractor) -> None:
    text = 'Russian hackers known as "Fancy Bear" attacked the ministry last year.'
    x = extract(extractor, text)
    assert all("Fancy Bear" not in q.text for q in x.quotes), [q.text for q in x.quotes]


def test_so_called_is_not_a_quote(extractor: Extractor) -> None:
    text = 'The so-called "peace plan" would freeze the front line for years.'
    x = extract(extractor, text)
    assert all("peace plan" not in q.text for q in x.quotes), [q.text for q in x.quotes]


@pytest.mark.parametrize(
    "text",
    [
        "His plan to cut taxes for the middle class would cost billions.",
        "Mr. Trump is ready to fight for every vote in Ohio.",
        "Her view of the trade deal has changed over the years.",
        "His emphasis on jobs has not changed since the spring.",
    ],
)
def test_plans_readiness_and_views_are_not_reports(extractor: Extractor, text: str) -> None:
    # on PolNeAR train these were attributions less than a quarter of the time
    assert extract(extractor, text).quotes == ()


def test_spoke_on_a_date_is_not_a_quote(extractor: Extractor) -> None:
    x = extract(extractor, "Kaja Kallas spoke to reporters on Sept. 3.")
    assert x.quotes == (), [(q.kind, q.text, q.cue) for q in x.quotes]


def test_questions_faced_are_not_the_subjects_own(extractor: Extractor) -> None:
    text = "Hillary Clinton faced questions about what had gone wrong with her campaign."
    q = only(extract(extractor, text))
    check(q, "indirect", "what had gone wrong with her campaign", "questions", None)


def test_that_said_is_no_report(extractor: Extractor) -> None:
    q = only(
        extract(extractor, "That said, most voters say they believe the economy will improve.")
    )
    check(q, "indirect", "they believe the economy will improve", "say", "most voters")


# --- mixed quotes -----------------------------------------------------------------------------


def test_mixed_quote(extractor: Extractor) -> None:
    text = 'Kaja Kallas said the plan was "a disaster for everyone involved".'
    q = only(extract(extractor, text))
    check(
        q,
        "mixed",
        'the plan was "a disaster for everyone involved"',
        "said",
        "Kaja Kallas",
        "Kaja Kallas",
        0,
    )


# --- when said --------------------------------------------------------------------------------


def test_said_on_explicit_date(extractor: Extractor) -> None:
    text = "Kaja Kallas said on Sept. 3 that Europe would keep funding the Ukrainian army."
    q = only(extract(extractor, text))
    check(q, "indirect", "Europe would keep funding the Ukrainian army", "said", "Kaja Kallas")
    assert q.said_on == "2025-09-03"


def test_said_on_weekday_after_quote(extractor: Extractor) -> None:
    q = only(extract(extractor, '"We will not back down," Kallas said on Wednesday.'))
    check(q, "direct", "We will not back down,", "said", "Kallas")
    assert q.said_on == "2025-09-03"


def test_no_date_no_said_on(extractor: Extractor) -> None:
    q = only(extract(extractor, '"We will not back down," Kallas said.'))
    assert q.said_on is None


def test_said_on_carried_to_same_speaker(extractor: Extractor) -> None:
    text = (
        "Kaja Kallas said on Sept. 3 that Europe would keep funding the Ukrainian army.\n\n"
        '"We will not stop now," Kallas said.\n\n'
        '"Europe stands with Ukraine until the end."'
    )
    x = extract(extractor, text)
    assert len(x.quotes) == 3
    check(
        x.quotes[0],
        "indirect",
        "Europe would keep funding the Ukrainian army",
        "said",
        "Kaja Kallas",
    )
    check(x.quotes[1], "direct", "We will not stop now,", "said", "Kaja Kallas", "Kallas")
    check(
        x.quotes[2],
        "direct",
        "Europe stands with Ukraine until the end.",
        None,
        "Kaja Kallas",
        "Kallas",
    )
    assert [q.said_on for q in x.quotes] == ["2025-09-03"] * 3


def test_warned_in_month_carried_to_same_speaker(extractor: Extractor) -> None:
    text = (
        "Donald Tusk warned in July that Moscow could be ready for a confrontation with Europe."
        '\n\n"We must prepare our armies now," Tusk said.'
    )
    x = extract(extractor, text)
    assert len(x.quotes) == 2
    check(
        x.quotes[0],
        "indirect",
        "Moscow could be ready for a confrontation with Europe",
        "warned",
        "Donald Tusk",
    )
    check(x.quotes[1], "direct", "We must prepare our armies now,", "said", "Donald Tusk", "Tusk")
    assert [q.said_on for q in x.quotes] == ["2025-07", "2025-07"]


def test_said_on_not_carried_to_another_speaker(extractor: Extractor) -> None:
    text = (
        "Kaja Kallas said on Sept. 3 that Europe would keep funding the Ukrainian army.\n\n"
        '"We will not stop now," Donald Tusk said.'
    )
    x = extract(extractor, text)
    assert len(x.quotes) == 2
    check(x.quotes[1], "direct", "We will not stop now,", "said", "Donald Tusk")
    assert [q.said_on for q in x.quotes] == ["2025-09-03", None]


# --- offsets ----------------------------------------------------------------------------------


def test_offsets_with_curly_marks_and_multibyte_text(extractor: Extractor) -> None:
    text = (
        "Zürich-based Kaja Kallas spoke in Brussels.\n\n"
        "“Russia’s war — and it is Russia’s — must end,” Kallas said. “Now.”\n\n"
        "“Europe’s support will not waver.”"
    )
    x = extract(extractor, text)
    assert len(x.quotes) >= 2
    for q in x.quotes:
        assert text[q.start : q.end] == q.text
    assert x.quotes[0].text == "Russia’s war — and it is Russia’s — must end,"
    assert x.quotes[-1].text == "Europe’s support will not waver."


def test_said_on_is_never_after_the_publication_date(extractor: Extractor) -> None:
    future = only(extract(extractor, "Trump said in 2027 he would cut taxes."))
    assert future.said_on is None
    past = only(extract(extractor, "Trump said on Tuesday that he would cut taxes in 2027."))
    assert past.said_on is not None and past.said_on < "2027"


def test_said_on_ignores_dates_that_date_the_speaker(extractor: Extractor) -> None:
    q = only(extract(extractor, "Cruz, born in 1970, said the race was close."))
    assert q.said_on is None


def test_that_is_trimmed_only_when_it_introduces_the_clause(extractor: Extractor) -> None:
    assert only(
        extract(extractor, "Zelensky said earlier this year that Putin would press.")
    ).text == ("Putin would press")
    assert only(extract(extractor, "He said that was wrong.")).text == "that was wrong"


def test_hoping_is_hope_despite_the_lemmatizer(extractor: Extractor) -> None:
    q = only(extract(extractor, "Jane Doe is hoping to win the seat in November."))
    assert (q.cue.text if q.cue else None, q.speaker.name if q.speaker else None) == (
        "hoping",
        "Jane Doe",
    )
    assert q.text.startswith("to win the seat")


def test_casting_someone_as_something_is_a_view(extractor: Extractor) -> None:
    q = only(extract(extractor, "Senator Ted Cruz has cast himself as a Washington outsider."))
    check(q, "indirect", "a Washington outsider", "cast", "Ted Cruz")
    assert not extract(extractor, "Only 367,491 people cast a ballot for either of them.").quotes


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "It was said that Democrats might never win the presidency again.",
            "Democrats might never win the presidency again",
        ),
        (
            "Party chairman Reince Priebus was said to be furious with the nominee.",
            "Party chairman Reince Priebus was said to be furious with the nominee",
        ),
    ],
)
def test_what_is_said_by_nobody_named_has_no_speaker(
    extractor: Extractor, text: str, content: str
) -> None:
    check(only(extract(extractor, text)), "indirect", content, "said", None)


def test_the_same_said_of_someone_is_no_quote(extractor: Extractor) -> None:
    assert not extract(extractor, "The same was said of his rival.").quotes


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        (
            "Senator Mark Reed made the case to party leaders that he did not sell them out.",
            "he did not sell them out",
            "made",
            "Mark Reed",
        ),
        (
            "Senator Mark Reed has been making the case for weeks that the budget is too big.",
            "the budget is too big",
            "making",
            "Mark Reed",
        ),
        (
            "Senator Mark Reed made it clear that his supporters won't fall in line.",
            "his supporters won't fall in line",
            "made",
            "Mark Reed",
        ),
        (
            "Senator Mark Reed also takes aim at a provision that cuts the minimum wage.",
            "a provision that cuts the minimum wage",
            "takes",
            "Mark Reed",
        ),
        (
            "Senator Mark Reed took issue with recent criticism of his budget.",
            "recent criticism of his budget",
            "took",
            "Mark Reed",
        ),
    ],
)
def test_a_light_verb_and_its_noun_report(
    extractor: Extractor, text: str, content: str, cue: str, speaker: str
) -> None:
    check(only(extract(extractor, text)), "indirect", content, cue, speaker)


@pytest.mark.parametrize(
    "text", ["The hunter took aim and fired.", "The company made a point of hiring locally."]
)
def test_a_light_verb_idiom_without_content_reports_nothing(
    extractor: Extractor, text: str
) -> None:
    assert not extract(extractor, text).quotes


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        (
            "Senator Mark Reed ruled out a run for governor.",
            "a run for governor",
            "ruled",
            "Mark Reed",
        ),
        ("Senator Mark Reed spoke out against the tariffs.", "the tariffs", "spoke", "Mark Reed"),
        ("Senator Mark Reed fired back at his critics.", "his critics", "fired", "Mark Reed"),
        (
            "Senator Mark Reed walked back his comments about the governor.",
            "his comments about the governor",
            "walked",
            "Mark Reed",
        ),
        (
            "Senator Mark Reed doubled down on his call for a border wall.",
            "his call for a border wall",
            "doubled",
            "Mark Reed",
        ),
        (
            "The Supreme Court struck down limits on contributions by businesses.",
            "limits on contributions by businesses",
            "struck",
            "Supreme Court",
        ),
    ],
)
def test_a_phrasal_verb_reports(
    extractor: Extractor, text: str, content: str, cue: str, speaker: str
) -> None:
    check(only(extract(extractor, text)), "indirect", content, cue, speaker)
    assert not extract(extractor, "The storm struck down power lines near the river.").quotes


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("Senator Mark Reed felt like he had no options.", "he had no options", "felt"),
        ("Senator Mark Reed believes in freedom of religion.", "freedom of religion", "believes"),
    ],
)
def test_feeling_like_and_believing_in_are_views(
    extractor: Extractor, text: str, content: str, cue: str
) -> None:
    check(only(extract(extractor, text)), "indirect", content, cue, "Mark Reed")
    assert not extract(extractor, "The room felt like a sauna.").quotes


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "Rumors that the company would close spread quickly.",
            "the company would close",
            "Rumors",
        ),
        (
            "The claim that the senator was born abroad is false.",
            "the senator was born abroad",
            "claim",
        ),
        ("The claim that the plant will close angered the union.", "the plant will close", "claim"),
        (
            "Despite complaints that he is a quixotic crusader, the senator pressed on.",
            "he is a quixotic crusader",
            "complaints",
        ),
    ],
)
def test_hearsay_nouns_report_by_nobody_named(
    extractor: Extractor, text: str, content: str, cue: str
) -> None:
    check(only(extract(extractor, text)), "indirect", content, cue, None)


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        (
            "To Betsy Sharp, the senator is the caring man who saved her farm.",
            "the senator is the caring man who saved her farm",
            "To",
            "Betsy Sharp",
        ),
        (
            "But to others, he is a provocateur in military attire.",
            "he is a provocateur in military attire",
            "to",
            "others",
        ),
    ],
)
def test_to_someone_opening_a_sentence_is_their_view(
    extractor: Extractor, text: str, content: str, cue: str, speaker: str
) -> None:
    check(only(extract(extractor, text)), "indirect", content, cue, speaker)
    assert not extract(extractor, "To my surprise, the store was closed on Monday.").quotes
    assert not extract(extractor, "To date, the company has sold ten million units.").quotes


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Party director Jane Roe was asked about the donations.", "the donations", None),
        (
            "In an interview, he was asked what happened to the vote.",
            "what happened to the vote",
            None,
        ),
        (
            "She was asked if she had ever been treated unfairly.",
            "if she had ever been treated unfairly",
            None,
        ),
        ("He was asked by Senator Mark Reed about the emails.", "the emails", "Mark Reed"),
    ],
)
def test_the_question_someone_was_asked_is_reported(
    extractor: Extractor, text: str, content: str, speaker: str | None
) -> None:
    check(only(extract(extractor, text)), "indirect", content, "asked", speaker)


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        (
            "Senator Jane Roe is calling for the United States to step up its efforts.",
            "the United States to step up its efforts",
            "calling",
            "Jane Roe",
        ),
        (
            "In December, Mark Reed called for the governor to drop out of the race.",
            "the governor to drop out of the race",
            "called",
            "Mark Reed",
        ),
        (
            "The unions pushed for Congress to pass the bill.",
            "Congress to pass the bill",
            "pushed",
            "The unions",
        ),
    ],
)
def test_calling_for_someone_to_act_is_reported(
    extractor: Extractor, text: str, content: str, cue: str, speaker: str
) -> None:
    check(only(extract(extractor, text)), "indirect", content, cue, speaker)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Two letters sent to Smith have been placed in secure storage, Patrick F. Kennedy, "
            "the undersecretary for management, wrote in a memo to the inspector general.",
            "Two letters sent to Smith have been placed in secure storage",
            "Patrick F. Kennedy",
        ),
        (
            "Acme Europe's net earnings soared by 71 per cent last year to 559 mln dlrs, "
            "John Whitfield, chairman of Acme Europe, said.",
            "Acme Europe's net earnings soared by 71 per cent last year to 559 mln dlrs",
            "John Whitfield",
        ),
    ],
)
def test_a_name_the_parser_hung_on_the_clause_before_the_verb_speaks(
    extractor: Extractor, text: str, content: str, speaker: str
) -> None:
    q = only(extract(extractor, text))
    assert q.text == content and q.speaker is not None and q.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The tentative deal, announced Friday, would last four years.", "The tentative deal"),
        (
            "The government will keep screening people, a plan announced earlier this year.",
            "a plan",
        ),
    ],
)
def test_a_thing_announced_is_reported_by_nobody_named(
    extractor: Extractor, text: str, content: str
) -> None:
    q = only(extract(extractor, text))
    assert q.text == content and q.cue is not None and q.cue.text == "announced"
    assert q.speaker is None


def test_records_show_read_as_two_nouns_still_report(extractor: Extractor) -> None:
    # the tagger makes "show" a noun and "records" its compound
    q = only(extract(extractor, "The committee raised $57 million, records show."))
    check(q, "indirect", "The committee raised $57 million", "show", "records")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Gary Johnson told a joke.", "a joke"),
        (
            "He told the story of an older supporter in Miami.",
            "the story of an older supporter in Miami",
        ),
    ],
)
def test_a_story_told_is_what_was_said(extractor: Extractor, text: str, content: str) -> None:
    q = only(extract(extractor, text))
    assert q.text == content and q.cue is not None and q.cue.text == "told"


def test_the_one_told_is_not_what_was_said(extractor: Extractor) -> None:
    q = only(extract(extractor, "Jane Roe told reporters that she would run."))
    check(q, "indirect", "she would run", "told", "Jane Roe")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Sanders had been told that he would lose.", "he would lose"),
        ("Respondents were also asked to pick the loser.", "to pick the loser"),
        # a request, as PolNeAR marks it (4 of 4 on train), by nobody named
        ("She was asked to leave the room.", "to leave the room"),
    ],
)
def test_what_someone_was_told_or_asked_has_no_named_source(
    extractor: Extractor, text: str, content: str
) -> None:
    q = only(extract(extractor, text))
    assert q.text == content and q.speaker is None


def test_asking_for_something_is_a_request(extractor: Extractor) -> None:
    q = only(extract(extractor, "Other news organizations have asked for copies of the emails."))
    check(q, "indirect", "copies of the emails", "asked", "Other news organizations")


def test_calling_someone_a_name_with_a_dative_is_reported(extractor: Extractor) -> None:
    # the parser takes "Mrs. Clinton" for a dative, not an object
    q = only(extract(extractor, "Jane Roe called Mrs. Clinton a student of Saul Alinsky."))
    check(q, "indirect", "Mrs. Clinton a student of Saul Alinsky", "called", "Jane Roe")


def test_calling_someone_a_quoted_name_read_as_one_phrase_is_reported(
    extractor: Extractor,
) -> None:
    # the parser makes 'Rubio "Little Marco" multiple times' one predicate, with no object
    text = "Within minutes, he called Rubio “Little Marco” multiple times."
    q = only(extract(extractor, text))
    check(q, "indirect", "Rubio “Little Marco” multiple times", "called", "he")


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        ("Senator Jane Roe has come out in support of Mark Reed.", "Mark Reed", "come", "Jane Roe"),
        ("The senator voted in favor of the bill.", "the bill", "voted", "The senator"),
        ("Mark Reed is in opposition to the plan.", "the plan", "opposition", "Mark Reed"),
    ],
)
def test_in_support_of_is_the_subjects_stance(
    extractor: Extractor, text: str, content: str, cue: str, speaker: str
) -> None:
    check(only(extract(extractor, text)), "indirect", content, cue, speaker)
    assert not extract(extractor, "The river flows in favor of the town.").quotes


def test_that_clause_hung_on_a_phrase_as_an_adverb_is_reported(extractor: Extractor) -> None:
    # the parser makes "that" an adverb of a relative clause on "time"
    text = (
        "Kirby also said for the first time that some emails between Clinton and President "
        "Obama have been located and will also be withheld from public release."
    )
    q = only(extract(extractor, text))
    assert q.text.startswith("some emails between Clinton") and q.text.endswith("public release")
    check(q, "indirect", q.text, "said", "Kirby")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the tagger makes "rabbi" a verb whose clause swallows the name
        (
            "Mark Reed, a Hollywood, Fla., rabbi helping to organize the boycott, said he "
            "and other rabbis were alarmed.",
            "Mark Reed",
        ),
        # the description is the parser's subject; the name it describes speaks
        ("Bill Skelly, a longtime RNC data operative, vouched for both men.", "Bill Skelly"),
        # a second person set beside the first is no description of them
        (
            "Tuesday in New York City, while on the campaign trail for his wife Democratic "
            "presidential front-runner Hillary Clinton, former president Bill Clinton said his "
            "wife was uniquely qualified to be president.",
            "Bill Clinton",
        ),
    ],
)
def test_the_name_before_a_description_speaks(
    extractor: Extractor, text: str, speaker: str
) -> None:
    q = only(extract(extractor, text))
    assert q.speaker is not None and q.speaker.name == speaker


def test_that_clause_after_nested_phrases_is_reported(extractor: Extractor) -> None:
    text = (
        "Christian Estrosi, a former mayor of Nice, said in one of a series of Twitter messages "
        "that the truck was carrying arms and explosives."
    )
    check(
        only(extract(extractor, text)),
        "indirect",
        "the truck was carrying arms and explosives",
        "said",
        "Christian Estrosi",
    )
    # "in the event that …" is the noun's own clause, not what was asked about
    text = (
        "Asked about her own vote in the event that Clinton faces Republican frontrunner Trump, "
        "who has insulted women, Mexicans and Muslims in a volatile campaign, she replied: "
        "“I don’t know.”"
    )
    asked = [q.text for q in extract(extractor, text).quotes if q.cue and q.cue.text == "Asked"]
    assert asked and asked[0].startswith("her own vote in the event that")


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "The company did not say when it would resume production.",
            "when it would resume production",
            "say",
        ),
        (
            "Lawmakers have not said when they would take up the bill.",
            "when they would take up the bill",
            "said",
        ),
    ],
)
def test_the_question_left_unanswered_is_reported(
    extractor: Extractor, text: str, content: str, cue: str
) -> None:
    q = only(extract(extractor, text))
    assert (q.kind, q.text, q.cue and q.cue.text) == ("indirect", content, cue)
    # a clause of time after a verb of knowing stays one
    assert not extract(extractor, "I did not know when I was sentenced.").quotes


def test_a_description_of_one_sex_passes_over_a_subject_of_the_other(
    extractor: Extractor,
) -> None:
    text = (
        "Mark Reed and Jane Roe met veterans on Wednesday.\n\n"
        "Roe, the former senator, stressed her record on defense.\n\n"
        "Reed cited problems that he blamed on the governor.\n\n"
        '"We need change," the New York businessman said.'
    )
    q = quote_of(extract(extractor, text), "We need change,")
    assert q.speaker is not None and q.speaker.name == "Mark Reed"
    assert q.speaker.mention.text == "the New York businessman"


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        (
            "Mark Reed spoke on Monday. All ran counter to his earlier statements that the "
            "contact never occurred.",
            "the contact never occurred",
            "statements",
            "Mark Reed",
        ),
        (
            "Jane Roe's contention that the plan failed was disputed.",
            "the plan failed",
            "contention",
            "Jane Roe",
        ),
    ],
)
def test_a_possessed_statement_noun_reports_its_clause(
    extractor: Extractor, text: str, content: str, cue: str, speaker: str
) -> None:
    check(only(extract(extractor, text)), "indirect", content, cue, speaker)


def test_a_speech_noun_from_someone_is_theirs(extractor: Extractor) -> None:
    text = (
        "The biggest bombshell was an allegation from his first wife, Ivana Trump, that "
        "Mr. Trump had raped her."
    )
    check(
        only(extract(extractor, text)),
        "indirect",
        "Mr. Trump had raped her",
        "allegation",
        "Ivana Trump",
    )


def test_a_clause_tagged_as_a_second_subject_before_said_is_reported(
    extractor: Extractor,
) -> None:
    # the tagger makes "signals" a noun, so the clause is a noun phrase subject of "said"
    text = (
        'The rejection of the treaty signals "the beginning of the end" for the EU, said Geert '
        "Wilders, founder of the right-wing Dutch Party for Freedom."
    )
    content = 'The rejection of the treaty signals "the beginning of the end" for the EU'
    check(only(extract(extractor, text)), "indirect", content, "said", "Geert Wilders")


def test_a_company_set_beside_a_body_speaks_not_the_body(extractor: Extractor) -> None:
    # the parser makes "Industrial Equity" an apposition of "Commission"
    text = (
        "In a filing with the Securities and Exchange Commission, Industrial Equity, which is "
        "principally owned by Brierley Investments Ltd, a publicly held New Zealand company, "
        "said it bought 362,700 Wrather common shares."
    )
    q = only(extract(extractor, text))
    assert q.speaker is not None and q.speaker.name == "Industrial Equity"


def test_no_that_clause_is_taken_from_inside_the_verbs_own_phrase(extractor: Extractor) -> None:
    text = (
        "Maude pointed to a continuing decline in order backlogs as evidence that the outlook "
        "for new orders is not improving."
    )
    q = only(extract(extractor, text))
    assert q.text.startswith("a continuing decline") and q.cue and q.cue.text == "pointed"


def test_the_one_called_on_is_in_the_request(extractor: Extractor) -> None:
    text = "Rep. Adam Schiff called on President Obama to retaliate against Russia."
    q = only(extract(extractor, text))
    check(q, "indirect", "President Obama to retaliate against Russia", "called", "Adam Schiff")
    # an "on" of time is no one called on
    q = only(extract(extractor, "She decided on the spur of the moment to run."))
    assert q.text == "to run"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a bare "the campaign" is the campaign last named by its candidate
        (
            "Donald Trump's campaign released a list on Monday. The campaign says the attacks "
            "were coordinated.",
            "Donald Trump's campaign",
        ),
        # … or by its candidate's name before it
        (
            "Hillary Clinton spoke in Iowa. The Clinton campaign released a list on Monday. "
            "The campaign says the attacks were coordinated.",
            "Hillary Clinton's campaign",
        ),
        # several campaigns are not the one named
        (
            "Hillary Clinton spoke in Iowa. The Clinton campaign released a list on Monday. "
            "The campaigns say the attacks were coordinated.",
            "The campaigns",
        ),
        # a possessor of several words is named in full
        (
            "Hillary Clinton spoke in Ohio. Mrs. Clinton's aides said the race was close.",
            "Hillary Clinton's aides",
        ),
        # a body already named as written keeps its article
        (
            "The U.S. Embassy's annual agriculture report said the drop was expected.",
            "The U.S. Embassy's annual agriculture report",
        ),
    ],
)
def test_a_group_around_someone_is_named_by_them(
    extractor: Extractor, text: str, speaker: str
) -> None:
    q = extract(extractor, text).quotes[-1]
    assert q.speaker is not None and q.speaker.name == speaker


def test_a_name_given_is_no_report_of_the_clause_after_it(extractor: Extractor) -> None:
    # the parser makes "called" the main verb and the rest of the sentence its clause
    text = "An anti-Trump super PAC called Our Principles is ramping up its operations."
    assert not extract(extractor, text).quotes


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        (
            "Corporate executives love the trade deal.",
            "the trade deal",
            "love",
            "Corporate executives",
        ),
        ("The Birchers despised them.", "them", "despised", "The Birchers"),
        (
            "Trump proclaimed a goal of peace through strength.",
            "a goal of peace through strength",
            "proclaimed",
            "Trump",
        ),
        ("The moderators will demand more details.", "more details", "demand", "The moderators"),
    ],
)
def test_loving_despising_and_demanding_something_is_a_stance(
    extractor: Extractor, text: str, content: str, cue: str, speaker: str
) -> None:
    check(only(extract(extractor, text)), "indirect", content, cue, speaker)


def test_a_name_given_between_commas_is_no_aside(extractor: Extractor) -> None:
    # the parser makes "called" a parenthetical verb with the group as its subject
    text = (
        "His nonprofit group, called the Virginia Conservation Legacy Fund, will still own "
        "the property until it pays back the loan."
    )
    assert not extract(extractor, text).quotes


def test_stopping_short_of_a_report_keeps_its_subject(extractor: Extractor) -> None:
    q = only(extract(extractor, "She stopped short of calling for Lewandowski to be fired."))
    check(q, "indirect", "Lewandowski to be fired", "calling", "She")


# --- the source phrase ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "phrase"),
    [
        pytest.param(
            "Larry Noble, an attorney with the Campaign Legal Center, said the rule was unfair.",
            "Larry Noble",
            "Larry Noble, an attorney with the Campaign Legal Center,",
            id="apposition-with-its-closing-comma",
        ),
        pytest.param(
            "The company's chief executive, Tim Cook, told reporters that sales rose.",
            "Tim Cook",
            "The company's chief executive, Tim Cook,",
            id="role-then-name",
        ),
        pytest.param(
            "Mike Murphy, who ran a pro-Bush super PAC, said the race was over.",
            "Mike Murphy",
            "Mike Murphy, who ran a pro-Bush super PAC,",
            id="relative-clause-kept",
        ),
        pytest.param(
            "Graham, who says he backs the plan, said the vote would fail.",
            "Graham",
            "Graham",
            id="relative-clause-that-reports-left-out",
        ),
        pytest.param(
            "Clinton, speaking to reporters on Tuesday, said the plan was dead.",
            "Clinton",
            "Clinton",
            id="participle-after-comma-left-out",
        ),
        pytest.param(
            "Sen. Chuck Grassley (R-Iowa) said the bill would pass.",
            "Chuck Grassley",
            "Sen. Chuck Grassley (R-Iowa)",
            id="closing-bracket-kept",
        ),
        pytest.param(
            "Even his own supporters say the campaign is over.",
            "his own supporters",
            "his own supporters",
            id="leading-even-left-out",
        ),
        pytest.param(
            "A study by Vanderbilt University found that teachers earn less than nurses.",
            "Vanderbilt University",
            "A study by Vanderbilt University",
            id="the-author-speaks-the-document-is-the-phrase",
        ),
    ],
)
def test_the_source_phrase_is_the_whole_phrase_as_written(
    extractor: Extractor, text: str, speaker: str, phrase: str
) -> None:
    q = extract(extractor, text).quotes[-1]  # the main clause's quote
    assert q.speaker is not None and q.speaker.name == speaker
    assert q.speaker.phrase is not None and q.speaker.phrase.text == phrase


def test_a_labelled_headline_phrase_stops_at_the_colon(extractor: Extractor) -> None:
    text = "Kasich: ‘We Are Going To Go All The Way To Cleveland’\n\nOhio Gov. John Kasich spoke."
    q = only(extract(extractor, text))
    assert q.speaker is not None and q.speaker.name == "John Kasich"
    assert q.speaker.phrase is not None and q.speaker.phrase.text == "Kasich"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "People familiar with the matter said the deal would close in May.",
            "People familiar with the matter",
            id="adjective-and-its-phrase",
        ),
        pytest.param(
            "Two people briefed on the plan said it would be announced Monday.",
            "Two people briefed on the plan",
            id="participle-and-its-phrase",
        ),
    ],
)
def test_an_unnamed_source_keeps_what_makes_it_a_source(
    extractor: Extractor, text: str, speaker: str
) -> None:
    q = only(extract(extractor, text))
    assert q.speaker is not None and (q.speaker.name, q.speaker.entity) == (speaker, None)


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        pytest.param(
            "After Jerry Brown criticized Bill Clinton during a debate, Hillary Clinton shot "
            "back, “I suppose I could have stayed home and baked cookies.”",
            "shot",
            "Hillary Clinton",
            id="comma",
        ),
        pytest.param(
            "When Donald Trump suggested that Cuba would sue the U.S. for reneging on the deal, "
            "Marco Rubio fired back forcefully: “If they sue us, we will win.”",
            "fired",
            "Marco Rubio",
            id="colon",
        ),
    ],
)
def test_a_retort_belongs_to_who_answers_not_to_the_clause_before(
    extractor: Extractor, text: str, cue: str, speaker: str
) -> None:
    q = next(q for q in extract(extractor, text).quotes if q.kind == "direct")
    assert q.cue is not None and q.cue.text == cue
    assert q.speaker is not None and q.speaker.name == speaker


def test_it_stands_for_a_body_whose_name_the_tagger_left_untyped(extractor: Extractor) -> None:
    text = (
        "Merrill Lynch and Co Inc holds three pct of the shares.\n\n"
        "The Post and Telecommunications Ministry has urged the merger of the two firms because "
        "it says the market can only support a single competitor."
    )
    x = extract(extractor, text)
    says = quote_of(x, "the market can only support a single competitor")
    assert "Ministry" in spoken_via(says, "it").name


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "One of Acme Motor Co's Japanese dealers, <Zeta Trading Inc>, said recently it was "
            "thinking of importing the cars.",
            "recently it was thinking of importing the cars",
            "Zeta Trading Inc",
        ),
        (
            "The oil companies, Amoco Corp, Exxon Corp, Mobil Corp and Texaco Inc, had said that "
            "voiding the leases would cause large losses.",
            "that voiding the leases would cause large losses",
            None,
        ),
    ],
    ids=["one body", "not the first of several"],
)
def test_a_description_speaks_for_the_body_named_beside_it(
    extractor: Extractor, text: str, content: str, name: str | None
) -> None:
    said = quote_of(extract(extractor, text), content)
    assert said.speaker is not None
    assert (said.speaker.name if said.speaker.entity else None) == name


def test_a_body_the_tagger_missed_is_the_one_named_alike(extractor: Extractor) -> None:
    text = (
        "Merrill Lynch holds three pct, a Post and Telecommunications ministry official said.\n\n"
        "The Post and Telecommunications Ministry has urged the merger because it says the "
        "market can only support one competitor."
    )
    says = quote_of(extract(extractor, text), "the market can only support one competitor")
    assert says.speaker is not None and says.speaker.entity is not None
    assert says.speaker.name == "Post and Telecommunications ministry"


def test_a_phrase_is_the_entity_named_alike_only_by_two_words_or_more() -> None:
    ministry = Entity("e1", "Post and Telecommunications ministry", "ORG")
    table = EntityTable([ministry, Entity("e2", "Commission", "ORG")], [])
    assert _named_alike("The Post and Telecommunications Ministry", table) == ministry
    assert _named_alike("the commission", table) is None
