"""Word lists the rules share: reporting verbs, role nouns, pronouns, and the curated data files."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

#: Lemmas of verbs that report speech or a stated position (PARC-style cues).
REPORTING_VERBS = frozenset(
    """
    say tell add warn signal claim argue insist state declare announce explain note report
    write tweet post suggest acknowledge admit concede confirm deny reveal disclose assert
    maintain contend allege predict promise pledge vow threaten caution stress emphasize
    emphasise point mention comment remark reply respond answer ask question wonder complain
    lament boast brag testify recall recount estimate forecast project calculate conclude
    observe describe agree disagree accuse charge blame criticize criticise praise urge call
    demand propose recommend advise indicate imply hint signify show believe think feel
    counter retort quip joke muse speculate guess reckon figure know learn hear
    find discover notice realize realise understand worry fear hope expect doubt assume
    decide rule order direct instruct inform notify assure reassure remind convince persuade
    tell relate repeat reiterate affirm reaffirm certify attest swear grumble mutter shout
    scream yell whisper cry exclaim proclaim broadcast publish announce blog email text
    cite quote read
    """.split()
)

#: Cues that need a that-clause (or a quote) to report speech; without one they are not cues.
WEAK_VERBS = frozenset(
    """
    show find learn hear know feel think believe understand realize realise notice discover
    expect hope fear worry doubt assume decide figure guess indicate mean read
    """.split()
)

#: Nouns that make a role or title ("foreign policy chief", "spokesman").
ROLE_NOUNS = frozenset(
    """
    president minister chief secretary spokesman spokeswoman spokesperson senator sen governor
    gov mayor chairman chairwoman chair director ambassador leader head commissioner chancellor
    king queen prince princess general gen officer official representative rep congressman
    congresswoman candidate nominee adviser advisor aide manager ceo executive founder judge
    justice attorney lawyer prosecutor sheriff commander envoy diplomat premier speaker whip
    strategist economist analyst professor researcher pollster deputy treasurer counsel anchor
    host correspondent reporter editor columnist author pastor pope cardinal bishop coach
    administrator superintendent commissioner inspector detective lieutenant captain colonel
    major sergeant admiral marshal mogul billionaire businessman businesswoman activist
    operative surrogate chairperson chieftain boss dean rector provost scientist expert doctor
    physician historian attorney-general lawmaker legislator delegate councilman councilwoman
    councillor councilor alderman assemblyman assemblywoman trustee owner partner president-elect
    """.split()
)

#: Honorifics that precede a name and tell its gender.
HONORIFICS = {
    "mr": "m", "mr.": "m", "sir": "m", "lord": "m",
    "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "dame": "f", "lady": "f",
    "dr": None, "dr.": None, "prof": None, "prof.": None,
}  # fmt: skip

GENDERED_NOUNS = {
    "spokeswoman": "f", "chairwoman": "f", "congresswoman": "f", "businesswoman": "f",
    "queen": "f", "princess": "f", "wife": "f", "mother": "f", "daughter": "f", "sister": "f",
    "woman": "f", "councilwoman": "f", "assemblywoman": "f",
    "spokesman": "m", "chairman": "m", "congressman": "m", "businessman": "m", "king": "m",
    "prince": "m", "husband": "m", "father": "m", "son": "m", "brother": "m", "man": "m",
    "councilman": "m", "assemblyman": "m",
}  # fmt: skip

#: Third-person personal pronouns and the gender they ask for.
PERSON_PRONOUNS = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
}  # fmt: skip

#: Pronouns that can stand for an organisation or a country, or for a group of people.
OTHER_PRONOUNS = frozenset({"it", "they", "them", "their", "its", "we", "i"})


@lru_cache(maxsize=None)
def data(name: str) -> dict[str, Any]:
    """A curated data file shipped in ``dateline/data``."""
    text = resources.files("dateline.data").joinpath(f"{name}.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


@lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    names = data("names")
    table = {n: "f" for n in names["female"]}
    table.update({n: "m" for n in names["male"]})
    return table


#: Verbs whose object is what a source states, wants or judges ("called for a ban",
#: "criticized the deal"): PARC-style attributions of positions, beyond reported speech.
OBJECT_CUES = frozenset(
    """
    announce unveil criticize criticise mock slam blast attack praise laud hail tout endorse
    support back oppose reject deny dismiss defend condemn denounce decry question dispute
    propose recommend demand urge promise pledge vow predict acknowledge admit confirm reveal
    disclose cite mention describe discuss accuse blame thank welcome applaud echo repeat
    reiterate express voice highlight emphasize emphasise stress call label dub raise offer
    suggest report claim want favor favour prefer fear expect ridicule lambaste chide scold
    rebuke berate challenge contest tweet retweet post answer address outline detail
    summarize summarise recount recall quote characterize characterise portray celebrate
    congratulate lament regret apologize apologise concede predict forecast estimate
    """.split()
)

#: (verb lemma, preposition): the preposition's object is the content ("called for a ban").
PREP_CUES = frozenset(
    {
        ("call", "for"), ("call", "on"), ("ask", "for"), ("ask", "about"), ("talk", "about"),
        ("speak", "about"), ("speak", "of"), ("complain", "about"),
        ("warn", "of"), ("warn", "about"), ("warn", "against"), ("argue", "for"),
        ("argue", "against"), ("refer", "to"), ("point", "to"), ("comment", "on"),
        ("push", "for"), ("vote", "for"), ("vote", "against"), ("write", "about"),
        ("rail", "against"), ("lash", "at"), ("hit", "at"), ("aim", "at"), ("apologize", "for"),
        ("criticize", "for"), ("praise", "for"), ("accuse", "of"), ("blame", "for"),
        ("joke", "about"), ("tweet", "about"), ("insist", "on"), ("boast", "about"),
        ("brag", "about"), ("testify", "about"), ("reflect", "on"), ("elaborate", "on"),
        ("advocate", "for"), ("campaign", "for"), ("campaign", "against"), ("lobby", "for"),
        ("express", "support"), ("weigh", "on"), ("thank", "for"), ("dwell", "on"),
    }
)  # fmt: skip

#: Verbs whose to-infinitive is the content ("vowed to repeal", "urged him to resign").
XCOMP_CUES = frozenset(
    """
    want plan refuse promise vow pledge threaten hope intend decide agree offer urge ask tell
    seek aim expect claim decline vow encourage invite warn advise order direct beg implore
    call
    """.split()
)
