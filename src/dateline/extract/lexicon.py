"""Word lists the rules share: reporting verbs, role nouns, pronouns, and the curated data files."""

from __future__ import annotations

import json
from functools import cache, lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Lemmas of verbs that report speech or a stated position (PARC-style cues).
REPORTING_VERBS = frozenset(
    [
        "say",
        "continue",
        "tell",
        "add",
        "warn",
        "signal",
        "claim",
        "argue",
        "insist",
        "state",
        "declare",
        "announce",
        "explain",
        "note",
        "report",
        "write",
        "tweet",
        "post",
        "suggest",
        "acknowledge",
        "admit",
        "concede",
        "confirm",
        "deny",
        "reveal",
        "disclose",
        "assert",
        "maintain",
        "contend",
        "allege",
        "predict",
        "promise",
        "pledge",
        "vow",
        "threaten",
        "caution",
        "stress",
        "emphasize",
        "emphasise",
        "point",
        "mention",
        "comment",
        "remark",
        "reply",
        "respond",
        "answer",
        "ask",
        "question",
        "wonder",
        "complain",
        "lament",
        "boast",
        "brag",
        "testify",
        "recall",
        "recount",
        "estimate",
        "forecast",
        "project",
        "calculate",
        "conclude",
        "observe",
        "describe",
        "agree",
        "disagree",
        "accuse",
        "charge",
        "blame",
        "criticize",
        "criticise",
        "praise",
        "urge",
        "call",
        "demand",
        "propose",
        "recommend",
        "advise",
        "indicate",
        "imply",
        "hint",
        "signify",
        "show",
        "believe",
        "think",
        "feel",
        "counter",
        "retort",
        "quip",
        "joke",
        "muse",
        "speculate",
        "guess",
        "reckon",
        "figure",
        "know",
        "learn",
        "hear",
        "find",
        "discover",
        "notice",
        "realize",
        "realise",
        "understand",
        "worry",
        "fear",
        "hope",
        "expect",
        "doubt",
        "assume",
        "decide",
        "rule",
        "order",
        "direct",
        "instruct",
        "inform",
        "notify",
        "assure",
        "reassure",
        "remind",
        "convince",
        "persuade",
        "tell",
        "relate",
        "repeat",
        "reiterate",
        "affirm",
        "reaffirm",
        "certify",
        "attest",
        "swear",
        "grumble",
        "mutter",
        "shout",
        "scream",
        "yell",
        "whisper",
        "cry",
        "exclaim",
        "proclaim",
        "broadcast",
        "publish",
        "announce",
        "blog",
        "email",
        "text",
        "cite",
        "quote",
        "read",
    ]
)

#: Verbs of thought and perception: they report a clause, but never attribute a direct quote
#: ("known as "Fancy Bear"").
WEAK_VERBS = frozenset(
    [
        "show",
        "find",
        "learn",
        "hear",
        "know",
        "feel",
        "think",
        "believe",
        "understand",
        "realize",
        "realise",
        "notice",
        "discover",
        "expect",
        "hope",
        "fear",
        "worry",
        "doubt",
        "assume",
        "decide",
        "figure",
        "guess",
        "indicate",
        "mean",
        "read",
    ]
)

#: Nouns that make a role or title ("foreign policy chief", "spokesman").
ROLE_NOUNS = frozenset(
    [
        "president",
        "minister",
        "chief",
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "senator",
        "sen",
        "governor",
        "gov",
        "mayor",
        "chairman",
        "chairwoman",
        "chair",
        "director",
        "ambassador",
        "leader",
        "head",
        "commissioner",
        "chancellor",
        "king",
        "queen",
        "prince",
        "princess",
        "general",
        "gen",
        "ag",  # attorney general: "Former AG Mukasey"
        "officer",
        "official",
        "representative",
        "rep",
        "congressman",
        "congresswoman",
        "candidate",
        "nominee",
        "adviser",
        "advisor",
        "aide",
        "manager",
        "ceo",
        "executive",
        "founder",
        "judge",
        "justice",
        "attorney",
        "lawyer",
        "prosecutor",
        "sheriff",
        "commander",
        "envoy",
        "diplomat",
        "premier",
        "speaker",
        "whip",
        "strategist",
        "economist",
        "analyst",
        "professor",
        "researcher",
        "pollster",
        "deputy",
        "treasurer",
        "counsel",
        "anchor",
        "host",
        "correspondent",
        "reporter",
        "editor",
        "columnist",
        "author",
        "pastor",
        "pope",
        "cardinal",
        "bishop",
        "coach",
        "administrator",
        "superintendent",
        "commissioner",
        "inspector",
        "detective",
        "lieutenant",
        "captain",
        "colonel",
        "major",
        "sergeant",
        "admiral",
        "marshal",
        "mogul",
        "billionaire",
        "businessman",
        "businesswoman",
        "activist",
        "operative",
        "surrogate",
        "chairperson",
        "chieftain",
        "boss",
        "dean",
        "rector",
        "provost",
        "scientist",
        "expert",
        "doctor",
        "physician",
        "historian",
        "attorney-general",
        "lawmaker",
        "legislator",
        "delegate",
        "councilman",
        "councilwoman",
        "councillor",
        "councilor",
        "alderman",
        "assemblyman",
        "assemblywoman",
        "trustee",
        "owner",
        "partner",
        "president-elect",
        "rabbi",
        "imam",
        "moderator",
        "filmmaker",
        "producer",
        "cofounder",
        "co-founder",
    ]
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


@cache
def data(name: str) -> dict[str, Any]:
    """A curated data file shipped in ``dateline/data``."""
    text = resources.files("dateline.data").joinpath(f"{name}.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


@lru_cache(maxsize=1)
def given_names() -> dict[str, str | None]:
    """Known given names and the gender each tells: "f", "m", or None for a name one language
    gives to women and another to men ("Andrea", "Jean")."""
    names = data("names")
    table: dict[str, str | None] = {n: "f" for n in names["female"]}
    table.update({n: "m" for n in names["male"]})
    table.update({n: None for n in names["either"]})
    return table


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Which verbs report content through which relation (see ``reported.py``). Chosen on
#: PolNeAR train/ (a relation kept where most of its uses there are attributions), for
#: news in general: speech, stance and intention verbs, no topic words.
FRAMES: dict[str, frozenset[str]] = {
    "ccomp": REPORTING_VERBS | _words("suspect envision demonstrate discuss mock"),
    "xcomp": _words(
        """advocate agree aim call claim decline hope mention offer pledge plot prefer promise
        propose push refuse report seek suggest threaten vow urge encourage warn beg implore
        vote want plan ask tell expect decide intend look seem appear support oppose rule
        rule_out"""
    ),
    "dobj": _words(
        """accuse acknowledge announce applaud argue articulate assail attribute bemoan blame
        blast brush call characterize characterise chide cite condemn confirm congratulate
        credit declare decry deem defend denounce describe detail disclose discuss dismiss
        dispute echo emphasize emphasise endorse envision explain hail highlight invoke lament
        liken list mention mock name note oppose order outline portray praise prefer propose
        question quote rebuke rebut recall recite recount reference refuse reiterate reject
        repeat report reveal revile ridicule lambaste scold berate satirize slam state stress
        suggest tease tout unveil urge criticize criticise predict fear compare support back
        attack offer express seek want ask address release view accept promote eviscerate
        relish decline rename dub downplay underplay repudiate bash veto concede chant
        retweet contemplate contrast broadcast sense authorize reaffirm savage judge
        clarify finesse estimate single talk underscore claim remember expect paint assert
        disavow herald foresee deride insult laud trumpet allege refute belittle commend
        proclaim compliment demand love hate despise detest loathe
        rule_out spell_out play_down bring_up single_out call_out stake_out walk_back"""
    ),
    "nsubjpass": _words(
        """accuse announce charge confirm criticize declare describe expect mention nominate
        project report see show remember articulate author reject echo request claim approve
        dismiss deem view support attribute consider say"""
    ),
    "prep:about": _words(
        "ask brag speak talk write joke complain boast warn testify tweet open press say post muse "
        "report speak_out think worry know"
    ),
    "prep:for": _words(
        "call push vouch advocate campaign lobby argue apologize vote criticize blame praise hope "
        "ask"
    ),
    "prep:as": _words("see describe portray characterize characterise view cast depict"),
    "prep:of": _words("assure boast speak warn accuse talk"),
    "prep:against": _words("campaign rail warn argue vote come speak_out come_out push_back"),
    "prep:into": _words("rip tear lay"),
    "prep:with": _words("agree side identify"),
    "prep:over": _words("spar"),
    "prep:at": _words("balk hint lash fire_back shoot_back hit_back jab_back"),
    "prep:on": _words(
        "comment insist elaborate focus spar split pounce agree weigh push speak_out push_back "
        "double_down"
    ),
    "prep:to": _words("refer point respond refuse"),
    "prep:from": _words("distance"),
    "prep:behind": _words("throw line"),
    "prep:in": _words("revel believe"),
}

#: Frames that report only when the subject is a person, an organisation or a country
#: ("Trump wants …", "she saw the plan as …", "the senator voiced concern"), not a thing.
PERSONAL_FRAMES: dict[str, frozenset[str]] = {
    "ccomp": _words("want hope consider recognize knock see"),
    "dobj": _words(
        "see say issue show share tweet lay thank voice deny promise welcome embrace write post "
        "sign know introduce push publish nominate ignore answer block knock request identify "
        "mislead favor shrug sound approve recommend hammer pressure strike_down shoot_down"
    ),
    "xcomp": _words("hope say like argue order persuade"),
}

#: Every verb some frame lets report ("rip", "slam", "praise", "say").
FRAME_VERBS: frozenset[str] = frozenset().union(*FRAMES.values(), *PERSONAL_FRAMES.values())

#: Speech and stance nouns whose possessor is a source, and how they take their content:
#: a that-clause, a to-infinitive or a preposition ("Trump's claim that", "her attacks on").
NOUN_FRAMES: dict[str, frozenset[str]] = {
    "claim": _words("that to"),
    **dict.fromkeys(_words("assertion suggestion insistence concern complaint"), _words("that")),
    **dict.fromkeys(
        _words(
            "statement comment remark warning admission acknowledgment acknowledgement "
            "prediction belief contention declaration explanation testimony speculation "
            "assurance allegation accusation charge fear hope worry view boast denial"
        ),
        _words("that"),
    ),
    **dict.fromkeys(_words("promise pledge desire reluctance"), _words("to")),
    **dict.fromkeys(_words("attack ruling thought"), _words("on")),
    **dict.fromkeys(_words("endorsement criticism critique embrace condemnation"), _words("of")),
    "campaign": _words("against"),
    "proposal": _words("for to"),
    "opposition": _words("to"),
    "decision": _words("to"),
    "support": _words("for"),
    "refusal": _words("to"),
    "call": _words("for"),
    "position": _words("on"),
    "announcement": _words("of"),
    "argument": _words("that for against"),
}

#: Speech and stance nouns that a verb's subject voices ("Trump raised questions about …",
#: "Republicans expressed reservations about …", "Bush rejected the notion that …").
VOICED_NOUNS: dict[str, frozenset[str]] = {
    "question": _words("about"),
    "query": _words("over about"),
    "concern": _words("about that over"),
    "reservation": _words("about"),
    "criticism": _words("of for on"),
    "assertion": _words("that"),
    "notion": _words("that"),
    "case": _words("that for against"),
    "comment": _words("about on"),
    "joke": _words("about"),
    "mention": _words("of"),
    "idea": _words("that for"),
    "request": _words("for to"),
    "doubt": _words("about that"),
    "hope": _words("that for"),
    "fear": _words("that of about"),
    "warning": _words("that about of against"),
    "argument": _words("that for against"),
    "promise": _words("to that"),
    "pledge": _words("to"),
    "call": _words("for"),
    "accusation": _words("that of"),
    "charge": _words("that of"),
    "allegation": _words("that of against"),
    "complaint": _words("about that against"),
    "defense": _words("of"),
    "remark": _words("about on"),
    "suggestion": _words("that"),
    "proposal": _words("to for"),
    "attitude": _words("about toward towards"),
    "statement": _words("about on regarding"),
    "observation": _words("that about"),
    "reference": _words("to"),
    "stance": _words("on against toward towards"),
    "position": _words("on against"),
    "lawsuit": _words("against"),
    "challenge": _words("against"),
    "prediction": _words("that about"),
}

#: Views one holds ("had strong views on", "have a favorable opinion of", "harbor misgivings
#: about"): voiced only by a verb of holding, since "sway the views of" names their holder.
HELD_NOUNS: dict[str, frozenset[str]] = {
    "view": _words("on about of toward towards"),
    "opinion": _words("on about of"),
    "feeling": _words("about toward towards on"),
    "misgiving": _words("about"),
    "impression": _words("of"),
    "thought": _words("on about"),
}
HOLDING_VERBS = _words("have hold express share voice harbor air offer")

#: A light verb and the noun (or adjective) it makes a speech act of ("took aim at", "made the
#: case that", "made clear that"), and how the content attaches: a preposition or a clause.
LIGHT_VERB_IDIOMS: dict[str, dict[str, frozenset[str]]] = {
    "take": {
        **dict.fromkeys(_words("aim shot swipe jab potshot"), _words("at")),
        "issue": _words("with"),
        "credit": _words("for"),
    },
    "make": {
        **dict.fromkeys(_words("case argument"), _words("that for against")),
        **dict.fromkeys(_words("clear point"), _words("that")),
    },
}

#: Verbs by which something meets a reaction from people ("The proposal has drawn criticism
#: from …", "Cruz has not received any endorsements from …", "came under fire from …"), and
#: the reactions: the thing is the content, the people the source.
MEETING_VERBS = _words("draw face receive get win earn attract spark prompt trigger provoke come")
REACTION_NOUNS = _words(
    "criticism scorn fire praise condemnation ire rebuke skepticism backlash opposition "
    "complaint protest applause endorsement backing flak outrage question support concern "
    "attack ridicule derision"
)

#: Nouns and adjectives that state a stance after 'be' ("a staunch opponent of", "critical of").
STANCE_NOUNS = _words(
    "supporter opponent critic advocate proponent champion fan defender foe backer skeptic "
    "sceptic admirer believer"
)
STANCE_ADJECTIVES = _words(
    "critical supportive skeptical sceptical bearish bullish concerned worried confident "
    "optimistic pessimistic hopeful wary proud angry upset furious sure certain determined "
    "eager willing reluctant opposed adamant convinced "
    "unhappy uncertain aware upbeat irritated passionate aghast enthusiastic frustrated "
    "dissatisfied satisfied happy unsure doubtful excited disappointed comfortable "
    "uncomfortable nervous afraid fearful cautious "
    "hostile impressed pleased leery shocked glad fond appreciative enamored unaware "
    "sympathetic receptive"
)


#: Word forms the small English pipeline lemmatizes wrongly, for verbs that matter here.
_FORM_LEMMAS = {
    "hoping": "hope", "hoped": "hope", "hopes": "hope",
    "lambasted": "lambaste", "lambasting": "lambaste", "lambastes": "lambaste",
    "texted": "text", "texting": "text", "retweeted": "retweet", "retweeting": "retweet",
}  # fmt: skip


def verb_lemma(tok: Token) -> str:
    """A verb's lemma, lower-cased, with the pipeline's known slips mended ("hoping" -> "hop")."""
    return _FORM_LEMMAS.get(tok.lower_) or tok.lemma_.lower()


#: Verbs whose particle makes them report ("struck down the law", "ruled out a run", "spoke
#: out against"): the frames name them lemma_particle.
PHRASAL_VERBS = frozenset(
    w for words in (*FRAMES.values(), *PERSONAL_FRAMES.values()) for w in words if "_" in w
)


def frame_lemma(tok: Token) -> str:
    """The verb's lemma, or lemma_particle for a phrasal verb the frames know."""
    lemma = verb_lemma(tok)
    for c in tok.children:
        # the parser takes "back" in "fired back at" for an adverb
        particle = c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == tok.i + 1)
        if particle and f"{lemma}_{c.lower_}" in PHRASAL_VERBS:
            return f"{lemma}_{c.lower_}"
    return lemma


#: Tags of verbs with a tense of their own ("said", "says", "say"): a clause of its own.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})

#: spaCy entity labels of names that can be a source: people, organisations, countries and
#: cities, groups ("Republicans").
SPEAKER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})

#: Pronouns for a share of a group of people ("most said …", "led some to speculate").
SHARE_PRONOUNS = _words("some many others most few several all")

#: Verbs that, closing a sentence with nothing after them, report the sentence ("…, police
#: said"); "…, the borrowing continued" or "…, the union agreed" report nothing.
CLOSING_VERBS = _words(
    "say add report write explain note confirm announce state claim argue insist warn predict "
    "acknowledge concede admit recall reply respond estimate think believe find show tell "
    "suggest contend maintain observe complain testify tweet recount conclude"
)

#: Documents and findings that state things ("polls show …", "the emails reveal …").
DOCUMENT_NOUNS = _words(
    "poll survey study report data analysis record document email message memo letter ad "
    "statement figure number research review audit filing census book article video footage "
    "tweet post website average result estimate forecast projection tally polling"
)

#: Bodies and people whose work is finding things out ("the inquiry found …", "a jury found
#: him guilty", "economists are finding agreement …").
INQUIRER_NOUNS = _words(
    "investigation inquiry probe jury court judge panel committee researcher economist scientist"
)

#: Lemmas of nouns for groups of people that speak or take positions ("voters", "the campaign").
GROUP_NOUNS = _words(
    "campaign group party committee administration government official voter supporter "
    "critic opponent lawmaker member leader people resident activist protester expert "
    "economist analyst scientist researcher advocate republican democrat conservative liberal "
    "progressive delegate senator aide adviser organizer organiser team staff union company "
    "firm network newspaper paper board council court panel agency department ministry police "
    "prosecutor investigator authority lawyer attorney insider camp"
)
