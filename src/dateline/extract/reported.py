"""Reported speech and attributed positions, found on the dependency parse.

One mechanism: a table of *frames* (``lexicon.FRAMES``) says which verbs report content
through which grammatical relation:

- ``ccomp``: the clause the verb governs ("warned in July that Moscow could be ready …"; also
  the clause before it: "A strong military is …, Kallas said");
- ``xcomp``: a to-infinitive ("vowed to repeal the law", "urged Congress to act");
- ``dobj``: a stance on a thing ("criticized the deal", "described the field as weak");
- ``prep:X``: the object of a preposition ("called for a ban", "spoke about immigration");
- ``nsubjpass``: a passive report ("Trump is expected to win");
- a speech or stance noun with its possessor ("Trump's claim that …", "her attacks on …") or
  voiced by the subject ("Trump raised questions about …").

Plus ``according to X``. The source is the verb's subject (borrowed from the verb it hangs on
when it has none); a passive report's source is its agent, if any.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dateline.extract.lexicon import (
    CLOSING_VERBS,
    DOCUMENT_NOUNS,
    FINITE_TAGS,
    FRAME_VERBS,
    FRAMES,
    GROUP_NOUNS,
    HELD_NOUNS,
    HOLDING_VERBS,
    INQUIRER_NOUNS,
    LIGHT_VERB_IDIOMS,
    MEETING_VERBS,
    NOUN_FRAMES,
    PERSONAL_FRAMES,
    REACTION_NOUNS,
    ROLE_NOUNS,
    SHARE_PRONOUNS,
    SPEAKER_LABELS,
    STANCE_ADJECTIVES,
    STANCE_NOUNS,
    VOICED_NOUNS,
    frame_lemma,
    verb_lemma,
)
from dateline.extract.speakers import (
    names_someone,
    nearest_subject,
    subject_left_behind,
    subject_of,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: relations tried in this order; the first that yields content wins
ORDER = ("ccomp", "xcomp", "nsubjpass", "prep", "dobj")
_QUOTE_CHARS = frozenset('“”"')


@dataclass(frozen=True, slots=True)
class Reported:
    """Content reported by ``cue`` (character offsets), its ``source`` token and the frame."""

    start: int
    end: int
    cue: Token
    source: Token | None
    frame: str


def find_reported(doc: Doc, skip: Callable[[int], bool]) -> list[Reported]:
    """Every reported content in ``doc`` whose cue is not at an offset ``skip`` rejects (the
    inside of direct quotes)."""
    found: list[Reported] = []
    for tok in doc:
        if skip(tok.idx):
            continue
        if tok.pos_ == "VERB" or _verb_tagged_noun(tok):
            item = _reported_by(tok)
        elif tok.lemma_ == "be":
            item = _stance(tok)
        elif tok.pos_ == "ADJ":
            item = _held_stance(tok)
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in _NOUN_CUES:
            item = _noun_report(tok)
        else:
            continue
        if item is not None:
            found.append(item)
    found.extend(_according_to(doc, skip))
    found.extend(_in_phrases(doc, skip))
    found.extend(_to_someone(doc, skip))
    found.extend(_reportedly(doc, skip))
    return found


def _before_trailing_name(first: Token, source: Token, verb: Token) -> Token | None:
    """Where a reported clause ends when its last words are the speaker's name set off by
    commas right before the verb: the token before the comma; None when they are not."""
    doc = verb.doc
    start = source.left_edge.i
    if start - 2 < first.i or doc[start - 1].text != "," or verb.i <= source.i:
        return None
    phrase = {t.i for t in source.subtree}
    if any(t.i not in phrase and not t.is_punct for t in doc[start : verb.i]):
        return None
    return doc[start - 2]


def _announced_thing(tok: Token, lemma: str) -> Reported | None:
    """'The tentative deal, announced Friday, would last …', 'a plan announced earlier this
    year': the thing announced is the content, by the agent when named."""
    if lemma != "announce" or tok.dep_ != "acl" or tok.tag_ != "VBN":
        return None
    noun = tok.head
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.i > tok.i:
        return None
    if any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in tok.children):
        return None
    last = noun.doc[tok.left_edge.i - 1]
    while last.i > noun.left_edge.i and (last.is_punct or last.is_space):
        last = noun.doc[last.i - 1]
    span = _trimmed(noun.left_edge, last, "dobj")
    if span is None:
        return None
    return _report(span[0], span[1], tok, _agent(tok), "announced")


def _verb_tagged_noun(tok: Token) -> bool:
    """'The candidate plans to be back …': a plural-looking word the tagger made a noun,
    though the parser gave it a subject and a clause, as only a verb has."""
    if (
        tok.dep_ == "ROOT"
        and tok.tag_ in {"NN", "NNS"}
        and tok.lemma_.lower() in CLOSING_VERBS
        and any(c.dep_ == "ccomp" and c.i < tok.i for c in tok.children)
    ):
        return True  # "…, records show.": a closing verb the tagger made a noun
    return (
        tok.tag_ == "NNS"
        and any(c.dep_ == "nsubj" for c in tok.children)
        and any(c.dep_ in {"xcomp", "ccomp"} and c.i > tok.i for c in tok.children)
    )


def _reported_by(tok: Token) -> Reported | None:
    lemma = frame_lemma(tok)
    if _discourse_marker(tok):
        return None
    announced = _announced_thing(tok, lemma)
    if announced is not None:
        return announced
    passive = _passive(tok)
    aside = (
        _as_reported(tok, lemma)
        or _parenthetical(tok, lemma)
        or _closing_conj(tok, lemma)
        or _closing_root(tok, lemma)
    )
    if aside is not None:
        return aside
    for frame in ORDER:
        if passive != (frame == "nsubjpass"):
            continue
        span = _content(tok, lemma, frame)
        if span is None:
            continue
        first, last, rel = span
        if not any(not t.is_punct and not t.is_space for t in tok.doc[first.i : last.i + 1]):
            continue
        if frame == "nsubjpass":
            source = _agent(tok)
        else:
            source = subject_of(tok)
            if source is not None and first.i <= source.i <= last.i:
                # "… in secure storage, Patrick F. Kennedy, the undersecretary, wrote": the
                # parser hung the name on the clause's last noun
                last = _before_trailing_name(first, source, tok) or last
            if source is None or first.i <= source.i <= last.i:
                continue
            if _asked_by_nobody(tok, lemma):
                # "Asked about …, Rubio said": the asker goes unnamed, unless "asked by X"
                source = _agent(tok)
            elif _extraposed_it(source) or (lemma in _SEEMING and not _seems_to_report(tok)):
                # "It is hard to predict how …", "the court seemed ready to …": the one whose
                # view it is goes unnamed
                source = None
        return _report(first, last, tok, source, rel)
    return (
        _said_so(tok, lemma)
        or _seems_so(tok, lemma)
        or _reaction_from(tok, lemma)
        or _what_they_call(tok, lemma)
        or _felt_stance(tok)
        or _light_verb_idiom(tok, lemma)
        or _asked_passive(tok, lemma, passive)
        or _known_for(tok, lemma, passive)
    )


def _asked_passive(verb: Token, lemma: str, passive: bool) -> Reported | None:
    """'Palmieri was asked about Cosby's donations', 'he was asked what happened to the black
    vote': the question is the content, its asker (named only by "by") the source."""
    if not passive or lemma not in _ASKING:
        return None
    questions = _asked_if(verb, lemma)
    for c in verb.children:
        if c.i < verb.i:
            continue
        if c.dep_ == "ccomp" or c in questions:
            span = _clause(c, verb)
            break
        if c.dep_ == "prep" and c.lower_ in {"about", "on", "over"}:
            span = _object_span(c, "asked")
            break
    else:
        return None
    return _report(span[0], span[1], verb, _agent(verb), "asked") if span else None


def _light_verb_idiom(verb: Token, lemma: str) -> Reported | None:
    """'Sanders took aim at a provision …', 'Obama made the case to leaders that he …', 'she
    made it clear that …': a light verb and a noun that together report; the content is the
    preposition's object or the clause after the noun, the source the verb's subject."""
    idioms = LIGHT_VERB_IDIOMS.get(lemma)
    if idioms is None:
        return None
    doc = verb.doc
    nouns = [
        t
        for t in doc[verb.i + 1 : min(len(doc), verb.i + 4)]
        if t.lemma_.lower() in idioms and verb.i in {t.head.i, t.head.head.i}
    ]
    source = subject_of(verb)
    if not nouns or source is None or source.i > verb.i:
        return None
    noun = nouns[0]
    relations = idioms[noun.lemma_.lower()]
    after = doc[noun.i + 1 : verb.right_edge.i + 1]
    # a clause first: "making the case for weeks that Rubio isn't ready"
    clauses = [t for t in after if "that" in relations and _idiom_clause(t, verb, noun)]
    preps = [
        t
        for t in after
        if t.dep_ == "prep" and t.lower_ in relations and t.head.i in {verb.i, noun.i}
    ]
    if clauses:
        span = _clause(clauses[0], verb)
    elif preps:
        span = _object_span(preps[0], "idiom")
    else:
        return None
    return _report(span[0], span[1], verb, source, "idiom") if span else None


def _idiom_clause(t: Token, verb: Token, noun: Token) -> bool:
    """A clause after the idiom's noun that holds what is said: marked 'that' ("made the case
    that …", which the parser may hang on a word between as a relative clause), or bare after
    'clear' ("made clear Monday they have no plans")."""
    if t.pos_ not in {"VERB", "AUX"} or t.dep_ not in {"ccomp", "advcl", "relcl", "acl"}:
        return False
    if _marked(t, {"that"}):
        return True
    return noun.lower_ == "clear" and t.dep_ == "ccomp" and t.head.i in {verb.i, noun.i}


def _felt_stance(verb: Token) -> Reported | None:
    """'Protesters were frustrated that the police released only some of the footage',
    'voters are convinced that …': a stance adjective the parser read as a passive verb."""
    if verb.tag_ != "VBN" or verb.lower_ not in STANCE_ADJECTIVES or verb.lower_ == "determined":
        return None  # "gender is determined at birth": decided, a verb after all
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not subj or _extraposed_it(subj[0]):
        return None
    return _stance_of(verb, subj[0])


def _what_they_call(tok: Token, lemma: str) -> Reported | None:
    """'ending what he calls corruption in politics', 'a campaign he calls "Confident
    America"': the name the subject gives something is its content."""
    if lemma not in {"call", "dub", "term", "label", "describe"}:
        return None
    named = [
        c for c in tok.children if c.dep_ == "dobj" and c.i < tok.i and c.tag_ in {"WP", "WDT"}
    ]
    if not named and tok.dep_ != "relcl":
        return None
    names = [c for c in tok.children if c.dep_ == "oprd" and c.i > tok.i]
    source = subject_of(tok)
    if not names or source is None or source.i > tok.i:
        return None
    span = _trimmed(names[0].left_edge, names[0].right_edge, "name")
    return _report(span[0], span[1], tok, source, "name") if span else None


#: Words that stand for what was said ("said so", "said yes"), and two-word ones ("said as
#: much", "said the same").
_PRO_WORDS = frozenset({"so", "yes", "no", "otherwise"})
_PRO_PHRASES = frozenset({("as", "much"), ("the", "same")})
_THINKING_SO = frozenset({"think", "believe"})
_SAYING_SO = frozenset({"say", "tell", "answer", "reply"}) | _THINKING_SO


def _said_so(tok: Token, lemma: str) -> Reported | None:
    """'Half said so in the earlier poll', '75 percent of Democrats said yes', 'Mook said as
    much', 'Ted Cruz apparently thinks so': a word standing for what was said (or thought) is
    the content."""
    if lemma not in _SAYING_SO or tok.i + 1 >= len(tok.doc):
        return None
    doc = tok.doc
    first = doc[tok.i + 1]
    if lemma in _THINKING_SO and first.lower_ != "so":
        return None  # "thinks yes" is no English; "thought the same" is a stance on a thing
    if first.lower_ in _PRO_WORDS and first.head.i == tok.i:
        last = first
    elif tok.i + 2 < len(doc) and (first.lower_, doc[tok.i + 2].lower_) in _PRO_PHRASES:
        last = doc[tok.i + 2]
        if first.head.i != last.i:
            return None
    else:
        return None
    source = subject_of(tok)
    if source is None:
        return None
    return _report(first, last, tok, source, "pro")


def _passive(verb: Token) -> bool:
    """Whether ``verb`` is passive; "he's said he'll fight" is "he has said", though the
    parser reads the "'s" as "is" of a passive."""
    auxes = [c for c in verb.children if c.dep_ == "auxpass"]
    if verb.tag_ == "VBD" and auxes and all(a.lower_ in {"'s", "’s"} for a in auxes):
        return False
    return bool(auxes)


#: Verbs of seeming: the appearance is the writer's or nobody's, not the subject's view.
_SEEMING = frozenset({"seem", "appear"})


def _seems_so(tok: Token, lemma: str) -> Reported | None:
    """'Trump's supporters seemed equally unperturbed', 'it seemed like an impossible task',
    'It now seems inevitable that …': how something seems, with no infinitive after the verb,
    is the writer's impression; the clause from its subject on is the content, with no
    source. An 'it' standing for the clause after the verb is left out of it ("inevitable
    that …"); one before 'like' is kept."""
    if lemma not in _SEEMING or any(c.dep_ == "xcomp" for c in tok.children):
        return None
    after = [
        c
        for c in tok.children
        if c.i > tok.i
        and (c.dep_ in {"acomp", "attr", "oprd", "ccomp"} or (c.dep_, c.lower_) == ("prep", "like"))
    ]
    subjects = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < tok.i]
    if not after or not subjects:
        return None  # "Looking tired and appearing subdued, the mayor left": nothing seems
    subject = subjects[0]
    first = after[0] if subject.lower_ == "it" and after[0].dep_ != "prep" else subject.left_edge
    span = _trimmed(first, after[-1].right_edge, "seem")
    return _report(span[0], span[1], tok, None, "seem") if span else None


def _reaction_from(tok: Token, lemma: str) -> Reported | None:
    """'The proposal has drawn harsh criticism from fellow GOP hopefuls', 'Cruz has not received
    any endorsements from his fellow senators', 'she came under fire from Republicans': what
    meets the reaction (the verb's subject) is the content, and those it comes from the
    source; nothing without a "from"."""
    if lemma not in MEETING_VERBS:
        return None
    if tok.dep_ == "ccomp" and verb_lemma(tok.head) not in FRAME_VERBS:
        return None  # "the scandal that has scarred the administration attracted …": misparsed
    reactions = []
    for c in tok.children:
        if c.i < tok.i:
            continue
        if c.dep_ == "dobj":
            reactions.append(c)
        elif (c.dep_, c.lower_, lemma) == ("prep", "under", "come"):
            reactions.extend(g for g in c.children if g.dep_ == "pobj")
    reactions = [r for r in reactions if r.lemma_.lower() in REACTION_NOUNS]
    if not reactions:
        return None
    noun = reactions[0]
    sources = [
        g
        for p in (*noun.children, *tok.children)
        if p.dep_ == "prep" and p.lower_ == "from" and p.i > noun.i
        for g in p.children
        if g.dep_ == "pobj"
    ]
    subject = subject_of(tok)
    if not sources or subject is None or subject.i > tok.i:
        return None
    span = _trimmed(subject.left_edge, subject.right_edge, "reaction")
    return _report(span[0], span[1], tok, sources[0], "reaction") if span else None


def _seems_to_report(tok: Token) -> bool:
    """'Messages seem to show …', 'Obama seemed to recognize …': what seems is a report by the
    subject, which keeps it."""
    return any(c.dep_ == "xcomp" and verb_lemma(c) in _SPEECH_OR_STANCE for c in tok.children)


_SPEECH_OR_STANCE = FRAMES["ccomp"] | FRAMES["dobj"]


def _discourse_marker(tok: Token) -> bool:
    """'That said, …', 'That being said, …': a turn in the writer's argument, not a report."""
    doc = tok.doc
    if tok.lower_ != "said" or tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ",":
        return False
    before = [t.lower_ for t in doc[tok.sent.start : tok.i]]
    return before in (["that"], ["that", "being"], ["having"])


def _asked_by_nobody(tok: Token, lemma: str) -> bool:
    """'Asked about Cruz's charges, Rubio said …', 'When asked whether …': the asker is not
    named (the subject the participle borrows is the one who answers)."""
    return (
        lemma == "ask"
        and tok.tag_ == "VBN"
        and not any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in tok.children)
    )


def _extraposed_it(subj: Token) -> bool:
    """'It' standing in for a clause after 'be' or 'seem' + adjective ("it's hard to know",
    "it is important to note"): no source."""
    head = subj.head
    return (
        subj.lower_ == "it"
        and (head.lemma_ in {"be", "seem", "appear"} or head.lower_ in {"'s", "’s"})
        and any(c.dep_ in {"acomp", "attr"} for c in head.children)
    )


def _content(tok: Token, lemma: str, frame: str) -> tuple[Token, Token, str] | None:
    children = list(tok.children)
    if frame == "prep":
        for c in children:
            rel = f"prep:{c.lower_}"
            if c.dep_ == "prep" and c.i > tok.i and lemma in FRAMES.get(rel, ()):
                if (
                    lemma in FRAMES["dobj"]
                    and lemma not in _ASKING
                    and any(
                        o.dep_ == "dobj" and tok.i < o.i < c.i and not o.left_edge.is_quote
                        for o in children
                    )
                ):
                    return None  # "criticized his opponents for …": the object frame has both
                objs = [o for o in c.children if o.dep_ in {"pobj", "pcomp"}]
                if objs:
                    return _trimmed(objs[0].left_edge, objs[0].right_edge, rel)
            marked = _prep_clause(c, tok, lemma)
            if marked is not None:
                return marked
        return None
    if frame == "dobj" and lemma == "tell":
        return _story_told(tok)
    if frame == "nsubjpass" and (lemma in _TELLING or lemma == "ask"):
        # "Sanders had been told that he would lose", "Respondents were asked to pick the
        # loser": the one told or asked is the subject; what was said is the clause, by the
        # agent if named
        for c in tok.children:
            if c.dep_ == "ccomp" and c.i > tok.i:
                return _clause(c, tok)
            if c.dep_ == "xcomp" and c.i > tok.i and lemma == "ask":
                return _trimmed(c.left_edge, c.right_edge, "xcomp")
        return None
    if not (
        lemma in FRAMES.get(frame, ())
        or (lemma in PERSONAL_FRAMES.get(frame, ()) and _personal_subject(tok))
        or (frame == "nsubjpass" and _done_by_someone(tok, lemma))
        or (frame == "dobj" and lemma == "find" and _found_by_inquiry(tok))
    ):
        return None
    if frame == "ccomp":
        comps = (
            [c for c in children if c.dep_ == "ccomp"]
            or _stray_that_clause(tok, lemma)
            or _asked_if(tok, lemma)
            or _felt_like(tok, lemma)
            or _unsaid_question(tok, lemma)
        )
        if lemma in _SEEING:
            # "voters saw that Obama could win" is a view; "she saw him talking" is sight
            comps = [c for c in comps if _marked(c, {"that"})]
        if lemma == "find":
            # "the committee found itself divided": where it ended up, not a finding
            comps = [c for c in comps if not any(_reflexive(s) for s in c.children)]
        if lemma in _NAMING:
            # "A super PAC called Our Principles is ramping up …": the parser made the name's
            # participle the main verb; the clause after the name is not what was called
            comps = [
                c
                for c in comps
                if not any(o.dep_ == "oprd" and tok.i < o.i < c.i for o in children)
            ]
        # "…: He said he's raised $100,000": the clause after the verb, not the one before
        after = [c for c in comps if c.i > tok.i]
        before = [c for c in comps if c.i < tok.i and not _colon_between(c, tok)]
        for c in after[:1] or before[-1:]:
            return _clause(c, tok)
        return None
    if frame == "xcomp":
        for c in children:
            if c.dep_ == "xcomp" and c.i > tok.i and not _on_condition(tok, c):
                objs = [o for o in children if o.dep_ == "dobj" and tok.i < o.i < c.i]
                # "called on Congress to pass the bill": the one called on is in the request
                objs += [
                    o
                    for p in children
                    if p.dep_ == "prep"
                    and p.lower_ in {"on", "upon"}
                    and lemma in {"call", "prevail"}  # not "decided on the spur of the moment"
                    and tok.i < p.i < c.i
                    for o in p.children
                    if o.dep_ == "pobj"
                ]
                first = min(objs, key=lambda o: o.i).left_edge if objs else c.left_edge
                return _trimmed(first, c.right_edge, frame)
        return None
    if frame == "dobj":
        for c in children:
            if c.dep_ == "dobj" and c.i > tok.i:
                if lemma in _PUTTING_OUT and _bare(c):
                    return None  # "released a statement", "issued new shares": no words of theirs
                last = _phrase_end(c)
                for o in children:
                    # "described the field as weak", "called him a liar", "chided Trump for
                    # raising questions …"
                    if o.i > c.i and (
                        o.dep_ in {"oprd", "xcomp"}
                        or o.lower_ in _DOBJ_PREPS
                        or (lemma == "find" and o.dep_ in _FOUND_AS)
                    ):
                        last = max(last, _phrase_end(o), key=lambda t: t.i)
                return _trimmed(c.left_edge, last, frame)
        return _named_so(tok, lemma, children)
    if frame == "nsubjpass":
        if lemma == "consider" and not any(
            c.dep_ in {"oprd", "acomp", "attr", "xcomp", "agent"} for c in children
        ):
            return None  # "options were being considered": under thought, nobody's view
        if lemma == "say" and not any(c.dep_ in {"xcomp", "ccomp"} for c in children):
            return None  # "the same was said of …": what was said is elsewhere
        for c in children:
            if c.dep_ == "nsubjpass" and c.i < tok.i:
                comps = [o for o in children if o.dep_ == "ccomp" and o.i > tok.i]
                if c.lower_ == "it" and comps:
                    return _clause(comps[0], tok)  # "it was reported that …": the clause
                last = _phrase_end(c)
                for o in children:  # "Trump is expected to win"
                    if o.dep_ == "xcomp" and o.i > tok.i:
                        last = o.right_edge
                return _trimmed(c.left_edge, last, frame)
    return None


#: Verbs whose bare object is a thing put out, its words (if any) elsewhere ("released a
#: statement", "issued a report", "issued 975 mln new shares"); "released a statement
#: condemning …" says what it said.
_PUTTING_OUT = frozenset({"release", "issue"})


def _bare(noun: Token) -> bool:
    """A noun with nothing after it in its phrase ("a statement", not "a statement on …")."""
    after = noun.doc[noun.i + 1 : noun.i + 3]
    if after[:1].text == ":" or (after.text[:1] == "," and len(after) > 1 and after[1].is_quote):
        return False  # "released the following statement: …", "issued a statement, "Last …""
    return not any(c.i > noun.i and c.dep_ != "punct" for c in noun.children)


#: Verbs whose passive subject is not what the agent said: a document put out ("the statement
#: signed by …", "research released by …") or a speaker ("he was quoted by the magazine as
#: saying …").
_NOT_SAID_BY_AGENT = frozenset({"release", "sign", "issue", "publish", "post", "quote", "cite"})


def _done_by_someone(verb: Token, lemma: str) -> bool:
    """'Trump was attacked by Hillary Clinton', 'He was recommended for the job by Roger
    Stone': a verb that reports its object, in the passive with someone named as its agent,
    reports its subject."""
    if lemma in _ASKING or lemma in _NOT_SAID_BY_AGENT:
        return False
    if lemma not in FRAMES["dobj"] and lemma not in PERSONAL_FRAMES["dobj"]:
        return False
    return _named_agent(verb) is not None


def _known_for(verb: Token, lemma: str, passive: bool) -> Reported | None:
    """'Ginsburg is known for speaking her mind', 'Manafort is not known as a debate prep
    expert': a reputation, nobody's in particular unless an agent is named; the content runs
    from the subject to the end of the phrase after 'for' or 'as'."""
    if lemma != "know" or not passive:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i]
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"for", "as"}]
    if not subjects or not preps or preps[0].i < verb.i:
        return None
    span = _trimmed(subjects[0].left_edge, preps[0].right_edge, "nsubjpass")
    if span is None:
        return None
    return _report(span[0], span[1], verb, _named_agent(verb), span[2])


def _prep_clause(clause: Token, verb: Token, lemma: str) -> tuple[Token, Token, str] | None:
    """ "called for the United States to step up …", "pushed for Congress to act": the parser
    makes the preposition the mark of a clause with its own subject; the content is that clause
    after the mark. None after an object ("described the country as beset by …" is the object
    frame's)."""
    if clause.dep_ != "advcl" or clause.i < verb.i:
        return None
    if any(o.dep_ == "dobj" and verb.i < o.i < clause.i for o in verb.children):
        return None
    first = clause.left_edge
    rel = f"prep:{first.lower_}"
    if first.dep_ == "mark" and first.head.i == clause.i and lemma in FRAMES.get(rel, ()):
        return _trimmed(first.doc[first.i + 1], clause.right_edge, rel)
    return None


#: Verbs that give someone or something a name ("called Clinton a liar").
_NAMING = frozenset({"call", "dub", "label", "brand", "term"})


def _named_so(tok: Token, lemma: str, children: list[Token]) -> tuple[Token, Token, str] | None:
    """ "to call Mrs. Clinton a student of Saul Alinsky", "called AP's report a rush to
    judgment": the parser takes the one named for a dative or a second predicate, not an
    object; the content runs from it to the name given."""
    if lemma not in _NAMING or any(c.dep_ == "dobj" for c in children):
        return None  # "ending what he calls corruption …": the name is _what_they_call's
    after = [c for c in children if c.i > tok.i and c.dep_ in {"dative", "oprd"}]
    if (
        len(after) == 1
        and after[0].dep_ == "oprd"
        and after[0].left_edge.i == tok.i + 1
        and any(t.is_quote for t in after[0].subtree)
    ):
        # 'called Rubio "Little Marco" multiple times': one phrase, when it holds a quoted name
        return _trimmed(after[0].left_edge, _phrase_end(after[0]), "dobj")
    if len(after) < 2 or after[-1].dep_ != "oprd":
        return None
    return _trimmed(after[0].left_edge, _phrase_end(after[-1]), "dobj")


#: Verbs of sight that report a view only with 'that'.
_SEEING = frozenset({"see"})

#: Verbs whose object is whom they ask ("asked Clinton about her emails").
_ASKING = frozenset({"ask", "question", "press", "query"})


def _on_condition(verb: Token, xcomp: Token) -> bool:
    """'said, on condition of anonymity to speak freely': the infinitive belongs to the
    condition the parser hung on the verb, not to what was said."""
    return any(_condition(c) and verb.i < c.i < xcomp.i for c in verb.children)


def _condition(prep: Token) -> bool:
    """'on condition of anonymity'."""
    return prep.dep_ == "prep" and any(o.lemma_ == "condition" for o in prep.children)


#: Prepositions whose phrase after the object is part of a stance on it.
_DOBJ_PREPS = frozenset({"as", "for", "over", "of"})
#: What a finding says of its object after it ("found Clinton with a lead of …", "found him
#: not guilty", "found Trump about even with …").
_FOUND_AS = frozenset({"prep", "advmod", "acomp", "ccomp", "npadvmod"})


def _stance(be: Token) -> Reported | None:
    """'Kaine is a staunch opponent of the death penalty', 'Graham has been critical of Trump',
    'Obama is determined to warn his supporters': a stance stated with 'be'."""
    subj = [c for c in be.children if c.dep_ == "nsubj"]
    if not subj or _extraposed_it(subj[0]):
        return None  # "It is doubtful that …": nobody's stance is named
    said = _noun_is_clause(be, subj[0])
    if said is not None:
        return said
    # not "Exports were 2.84 billion against 3.07 billion": a comparison of things
    someone = names_someone(subj[0]) or subj[0].tag_ == "WP"  # "… who are against"
    for c in be.children:
        if c.dep_ == "prep" and c.lower_ == "against" and c.i > be.i and someone:
            span = _object_span(c, "stance")
            if span is not None:  # "Republicans are against adding regulation"
                return _report(span[0], span[1], c, subj[0], "stance")
    for c in be.children:
        word = c.lemma_.lower()
        if not (
            (c.dep_ == "attr" and word in STANCE_NOUNS)
            or (c.dep_ == "acomp" and word in STANCE_ADJECTIVES)
        ):
            continue
        found = _stance_of(c, subj[0])
        if found is not None:
            return found
    return None


#: Nouns for what someone puts forward that report the clause they are said to be only when
#: someone's: "Rubio's response was that …", "Trump's message is that …" ("The point is that …"
#: is the writer's).
_OWNED_LINES = frozenset(
    {"answer", "response", "message", "point", "slogan", "line", "mantra", "pitch", "position"}
)


def _noun_is_clause(be: Token, noun: Token) -> Reported | None:
    """ "Beck's contention was that Trump is …", "Rubio's response was that it's unfair …": the
    clause a speech noun (one that takes a that-clause) is said to be is its content, and the
    noun's possessor its source (nobody's without one: "The fear is that …")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    lemma = noun.lemma_.lower()
    if "that" not in NOUN_FRAMES.get(lemma, ()) and not (owner and lemma in _OWNED_LINES):
        return None
    clauses = [
        c
        for c in be.children
        if c.dep_ == "ccomp" and c.i > be.i and any(m.lower_ == "that" for m in c.children)
    ]
    span = _clause(clauses[0], be) if clauses else None
    if span is None:
        return None
    return _report(span[0], span[1], noun, owner, "ccomp")


def _held_stance(adj: Token) -> Reported | None:
    """'Republicans, concerned about the party's appeal to women, …', 'a grumpy Trump, angry
    at how Fox News treated him', 'those most willing to attack him': a stance adjective after
    the noun that holds it."""
    if adj.dep_ != "amod" or adj.i < adj.head.i or adj.lemma_.lower() not in STANCE_ADJECTIVES:
        return None
    if adj.head.pos_ not in {"NOUN", "PROPN", "PRON"} or not names_someone(adj.head):
        return None  # "a new book critical of our system": a thing's slant, not a stance
    return _stance_of(adj, adj.head)


def _stance_of(word: Token, holder: Token) -> Reported | None:
    """What the stance ``word`` ("critical", "an opponent") is on: the object of its
    preposition or the clause after it, as ``holder`` states it."""
    for g in word.children:
        if g.dep_ == "prep" and g.lower_ in _STANCE_PREPS:
            span = _object_span(g, "stance")
            if span is not None:
                return _report(span[0], span[1], word, holder, span[2])
        if g.dep_ in {"xcomp", "ccomp"} and g.i > word.i:
            span = (
                _clause(g, word)
                if g.dep_ == "ccomp"
                else _trimmed(g.left_edge, g.right_edge, "stance")
            )
            if span is not None:
                return _report(span[0], span[1], word, holder, "stance")
    return None


#: Prepositions after a stance word that introduce what the stance is on.
_STANCE_PREPS = frozenset({"of", "about", "on", "to", "toward", "towards", "with", "over", "at"})


#: Nouns that report a clause by nobody named ("the allegation that he …", "rumors that …").
_HEARSAY_NOUNS = frozenset(
    {"allegation", "accusation", "claim", "rumor", "rumour", "assertion"}
    | {"complaint", "fear", "suggestion"}
)

#: Nouns that report their topic by nobody named, and the preposition it follows ("questions
#: about her email habits", "opposition to trade deals", "concerns about terrorist activity").
_TOPIC_NOUNS = {
    "question": "about",
    "concern": "about",
    "talk": "about",
    "criticism": "of",
    "opposition": "to",
}

#: Nouns that report in some way: :func:`_noun_report` tells which.
_NOUN_CUES = (
    frozenset(NOUN_FRAMES)
    | frozenset(VOICED_NOUNS)
    | frozenset(HELD_NOUNS)
    | _HEARSAY_NOUNS
    | set(_TOPIC_NOUNS)
)

#: Verbs whose subject receives the questions or criticism its object names.
_RECEIVING = frozenset({"face", "receive", "get", "attract", "draw", "field", "encounter"})


def _noun_report(noun: Token) -> Reported | None:
    """'Trump's claim that he …', 'her attacks on Sanders', 'his pledge to repeal …': a speech
    or stance noun whose possessor is the source."""
    lemma = noun.lemma_.lower()
    owners = [c for c in noun.children if c.dep_ == "poss"] or _from_someone(noun)
    if owners and lemma in NOUN_FRAMES:
        source: Token | None = owners[0]
        relations = NOUN_FRAMES[lemma]
    elif (
        not owners
        and noun.dep_ == "dobj"
        and noun.head.pos_ in {"VERB", "AUX"}
        and (lemma in VOICED_NOUNS or (lemma in HELD_NOUNS and noun.head.lemma_ in HOLDING_VERBS))
    ):
        source = subject_of(noun.head)  # "Trump raised questions about …"
        relations = VOICED_NOUNS.get(lemma) or HELD_NOUNS[lemma]
        if source is None:
            return None
        if noun.head.lemma_ in _RECEIVING:
            source = None  # "Clinton faced questions about …": the asker goes unnamed
    elif not owners and lemma in _HEARSAY_NOUNS:
        source, relations = None, frozenset({"that"})  # "amid allegations that …"
    elif not owners and lemma in _TOPIC_NOUNS and not _in_phrase(noun):
        source, relations = None, frozenset({_TOPIC_NOUNS[lemma]})  # "amid questions about …"
    else:
        return None
    for c in noun.children:
        if c.i < noun.i:
            continue
        marks = {g.lower_ for g in c.children if g.dep_ in {"mark", "aux"}}
        span: tuple[Token, Token, str] | None = None
        # a relative clause opened by a complementizer "that" is the noun's content clause
        if c.dep_ in {"acl", "ccomp", "relcl"} and "that" in marks and "that" in relations:
            span = _clause(c, noun)
        elif c.dep_ == "acl" and "to" in marks and "to" in relations:
            span = _trimmed(c.left_edge, c.right_edge, "noun")
        elif c.dep_ == "prep" and c.lower_ in relations and not _booked(lemma, c):
            span = _object_span(c, "noun")
        if span is not None:
            return _report(span[0], span[1], noun, source, "noun")
    return None


def _booked(lemma: str, prep: Token) -> bool:
    """Whether a 'charge of …' is an amount booked, not an accusation ("includes charges of
    12.1 mln dlrs", "a charge of about 2.3 mln dlrs")."""
    return lemma == "charge" and any(
        o.dep_ == "pobj"
        and (o.like_num or o.ent_type_ == "MONEY" or any(n.dep_ == "nummod" for n in o.children))
        for o in prep.children
    )


def _in_phrase(noun: Token) -> bool:
    """'is in opposition to the plan': the stance is the subject's (:func:`_in_support_of`)."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "in"


def _from_someone(noun: Token) -> list[Token]:
    """'an allegation from his first wife, Ivana Trump, that …', 'a statement from the
    campaign that …', 'the suggestion by a potential president that …': the one a speech
    noun comes from."""
    return [
        o
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in {"from", "by"} and p.i > noun.i
        for o in p.children
        if o.dep_ == "pobj"
        and (_someone(o) or any(a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in o.children))
    ]


def _parenthetical(tok: Token, lemma: str) -> Reported | None:
    """'Otherwise, she said, countries may …', 'which officials said will …': a reporting verb
    set off inside the clause it reports; the content is that clause without the aside."""
    if lemma not in FRAMES["ccomp"] or tok.dep_ not in {"parataxis", "ccomp", "advcl", "relcl"}:
        return None
    if any(
        c.dep_ in {"ccomp", "dobj", "xcomp", "prep", "oprd"}  # "group, called the X Fund, will"
        and not _condition(c)
        and not _on_condition(tok, c)
        and not _spoken_to(c, lemma)
        and not _fronted(c, tok)
        for c in tok.children
    ):
        return None
    if any(_subordinator(c) for c in tok.children):
        return None  # "when she said", "if they agree": a clause of time or condition
    if tok.dep_ == "ccomp" and (
        verb_lemma(tok.head) in FRAMES["ccomp"] or tok.head.lemma_ in _CAUSATIVES
    ):
        return None  # "voters said they feel …", "will make Democrats feel …": no aside
    subj = nearest_subject(tok)
    head = tok.head
    if (
        subj is None
        or subj.dep_ != "nsubj"
        or head == tok
        or head.pos_ not in {"VERB", "AUX"}
        or _opens_quote(tok)
    ):
        return None
    doc = tok.doc
    # from the subject on: the parser sometimes hangs part of the reported clause on the verb
    # before its subject ("… possible for people …, if bogus, …, she said")
    left, right = tok.left_edge.i, tok.right_edge.i
    if subj.i < tok.i and left < subj.left_edge.i and doc[subj.left_edge.i - 1].text == ",":
        left = subj.left_edge.i
    edges = {doc[left].text, doc[right].text}
    edges.add(doc[left - 1].text if left > 0 else "")
    edges.add(doc[right + 1].text if right + 1 < len(doc) else "")
    if "," not in edges and head.i > tok.i:
        return None
    return _host_without(head, tok, left, right, subj)


def _fronted(phrase: Token, verb: Token) -> bool:
    """Whether a prepositional phrase the parser hung on a parenthetical reporting verb opens
    the sentence, set off by a comma before the verb's subject: "At times last year, people
    close to the vice president said, the mere mention …" (the reported clause's, not the
    saying's)."""
    doc = verb.doc
    end = phrase.right_edge.i
    return (
        phrase.dep_ == "prep"
        and phrase.i == phrase.left_edge.i == verb.left_edge.i
        and end + 1 < verb.i
        and doc[end + 1].text == ","
        and any(c.dep_ == "nsubj" and c.i > end for c in verb.children)
    )


#: What one tells that is what one says ("told a joke", "tells a different story").
_STORIES = frozenset({"story", "joke", "tale", "anecdote", "version"})


def _story_told(tok: Token) -> tuple[Token, Token, str] | None:
    """'Gary Johnson told a joke', 'he told the story of an older supporter …': the object of
    "tell" when it is a story, not the one told."""
    for c in tok.children:
        if c.dep_ == "dobj" and c.i > tok.i and c.lemma_.lower() in _STORIES:
            return _trimmed(c.left_edge, _phrase_end(c), "dobj")
    return None


#: Verbs whose object is whom they spoke to ("told a Senate panel"), not what they said.
_TELLING = frozenset({"tell", "assure", "inform", "remind", "brief"})
#: Verbs whose object is the one told and the clause after it what they were told.
_PERSUADING = _TELLING | {"persuade", "convince", "warn"}


def _spoken_to(word: Token, lemma: str) -> bool:
    """'told The Huffington Post', 'told a Senate panel': the one spoken to."""
    return lemma in _TELLING and word.dep_ in {"dobj", "dative"} and _someone(word)


def _someone(word: Token) -> bool:
    """A person, a group or a body by its name or its noun: one who can say something."""
    return names_someone(word) or word.ent_type_ in SPEAKER_LABELS


def _closing_conj(tok: Token, lemma: str) -> Reported | None:
    """'…, but it is under intense pressure from Asian imports, said the company's chief
    executive': a reporting verb closing the sentence after a comma, which the parser joined
    to the clause before as a conjunct; the content is that clause."""
    if lemma not in FRAMES["ccomp"] or tok.dep_ != "conj" or tok.head.i > tok.i:
        return None
    if any(
        c.dep_ in {"ccomp", "dobj", "xcomp", "cc"} and not _spoken_to(c, lemma)
        for c in tok.children
    ):
        return None
    doc = tok.doc
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subj or tok.left_edge.i == 0 or doc[tok.left_edge.i - 1].text != ",":
        return None
    if any(not (t.is_punct or t.is_space) for t in doc[tok.right_edge.i + 1 : tok.sent.end]):
        return None  # it must close the sentence
    # the clause without the comma and the verb's own phrase
    return _host_without(tok.head, tok, tok.left_edge.i - 1, tok.right_edge.i, subj[0])


_CAUSATIVES = frozenset({"make", "let", "have", "help", "get"})


def _subordinator(word: Token) -> bool:
    """'when' in "when she said", 'if' in "if they agree": a word opening the verb's clause
    (nothing set off by commas between them; "as" is left to :func:`_as_reported`)."""
    if not ((word.dep_ == "mark" and word.lower_ != "as") or word.tag_ == "WRB"):
        return False
    return word.i < word.head.i and not any(t.text == "," for t in word.doc[word.i : word.head.i])


#: Verbs that in an "as" clause vouch for their host ("as the Times reported"), where others
#: tell the time ("as he joked", "as Trump called").
_VOUCHING = frozenset(
    {"report", "note", "say", "write", "point", "observe", "explain", "state", "reveal"}
    | {"show", "find", "document", "recount", "detail"}
)


def _puts_it(tok: Token) -> bool:
    """'as Marcus puts it': "put" with "it" for its object says something in so many words."""
    return tok.lemma_ == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children)


def _as_reported(tok: Token, lemma: str) -> Reported | None:
    """'…, as reported by The Post', 'Trump, as CNN reported on Monday, will …': a reporting
    verb in an "as" clause, with nothing reported of its own, vouches for the clause it hangs
    on; its source is its subject or, in the passive, its agent."""
    if tok.dep_ != "advcl" or not (lemma in _VOUCHING or _puts_it(tok)):
        return None
    if not _marked(tok, {"as"}):
        return None
    if any(_content(tok, lemma, frame) is not None for frame in ORDER):
        return None  # "as advocates called for his dismissal": it reports its own content
    passive = _passive(tok) or (
        tok.tag_ == "VBN" and not any(c.dep_ == "nsubj" for c in tok.children)
    )
    source = _agent(tok) if passive else subject_of(tok)
    head = tok.head
    if source is None or head.pos_ not in {"VERB", "AUX"}:
        return None
    return _host_without(head, tok, tok.left_edge.i, tok.right_edge.i, source)


#: What may follow a verb that closes its sentence: 'police said on Tuesday', 'said Wilders,
#: founder of the party'.
_CLOSING_DEPS = frozenset({"nsubj", "prep", "npadvmod", "advmod", "punct", "agent"})


def _closing_root(tok: Token, lemma: str) -> Reported | None:
    """'…, a girl outside the venue was pepper-sprayed by another bystander, police said.',
    '… signals "the beginning of the end" for the EU, said Geert Wilders': a reporting verb
    closing its sentence after a comma, where the parser hung the clause before on it as
    something other than its object (a clause of time, a second subject). The content is the
    sentence up to the comma."""
    if tok.dep_ != "ROOT" or lemma not in CLOSING_VERBS or tok.i == 0:
        return None
    doc = tok.doc
    after = [c for c in tok.children if c.i > tok.i]
    if any(
        c.dep_ not in _CLOSING_DEPS or lemma in FRAMES.get(f"prep:{c.lower_}", ()) for c in after
    ):
        return None  # "Kasich called for the suspension of …": the verb has its own content
    # "…, said Geert Wilders": the subject after the verb, the comma before the verb
    subj = [c for c in after if c.dep_ == "nsubj"] if doc[tok.i - 1].text == "," else []
    if not subj:
        # "…, police said": the subject before the verb, the comma before the subject
        subj = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
        if not subj and all(c.is_punct for c in after):
            # "…, the state-run Philippine News Agency said.", not "…, after half said so in
            # the earlier poll"
            subj = subject_left_behind(tok)
        if not subj or subj[-1].left_edge.i == 0 or doc[subj[-1].left_edge.i - 1].text != ",":
            return None
    source = subj[-1]
    start = min(source.left_edge.i, tok.i)
    end = tok.sent.end
    while end > start and doc[end - 1].is_space:
        end -= 1
    phrase = {tok.i} | {t.i for c in [source, *after] for t in c.subtree}
    if doc[end - 1].text not in {".", "!", "?"} or any(
        t.i not in phrase or t.is_quote or t.text == ":" for t in doc[start : end - 1]
    ):
        return None  # the verb's phrase must close the sentence: '…, Priebus said, "Probably."'
    toks = _strip_end(list(doc[tok.sent.start : start - 1]))
    # "The rejection of the treaty signals … for the EU, said Wilders": with "signals" tagged a
    # noun, the clause is a second subject before the verb, no clause; the content all the same
    second = source.i > tok.i and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children)
    if len(toks) < 3 or not (second or any(_main_clause(t) for t in toks)):
        return None  # "When Congress cut funding …, Mexico complained": a time, no content
    return _report(toks[0], toks[-1], tok, source, "aside")


def _main_clause(verb: Token) -> bool:
    """Whether ``verb`` has a subject and no word subordinating its clause ('when', 'as')."""
    return (
        verb.pos_ in {"VERB", "AUX"}
        and any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)
        and not any(c.dep_ == "mark" or (c.tag_ == "WRB" and c.i < verb.i) for c in verb.children)
    )


def _host_without(
    head: Token, cue: Token, left: int, right: int, source: Token | None
) -> Reported | None:
    """The clause of ``head`` in ``cue``'s sentence without tokens ``left`` to ``right`` (the
    aside that reports it), as content ``source`` reports; none when fewer than three tokens
    are left."""
    toks = [t for t in head.subtree if not (left <= t.i <= right)]
    toks = [t for t in toks if t.sent.start == cue.sent.start]
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks = toks[1:]
    toks = _strip_end(toks)
    if len(toks) < 3:
        return None
    return _report(toks[0], toks[-1], cue, source, "aside")


def _opens_quote(tok: Token) -> bool:
    """'Trump boasted, "That makes me smart."': the verb introduces the quote after it, whatever
    the parser hung it on."""
    doc = tok.doc
    after = doc[tok.i + 1 : tok.i + 3]
    return len(after) == 2 and after[0].text in {",", ":"} and after[1].tag_ == "``"


def _personal_subject(tok: Token) -> bool:
    """Whether the verb's own subject names a person, an organisation or a country, or is a
    pronoun, a noun for people ("the senator", "voters", "the campaign"), a share of those
    polled ("61 percent", "most") or a document or finding ("polls show …")."""
    c = nearest_subject(tok)
    if c is None and tok.dep_ == "pcomp" and tok.head.dep_ == "prep":
        c = nearest_subject(tok.head.head)  # "After thanking the crowd, he …"
    if c is None and tok.dep_ == "xcomp" and tok.tag_ == "VBG":
        c = nearest_subject(tok.head)  # "video surfaced showing …"
    if c is None and tok.dep_ == "acl" and tok.tag_ == "VBG":
        # "recent polls showing a tightening of the race": the document the verb describes
        return tok.head.lemma_.lower() in DOCUMENT_NOUNS
    if c is None or c.dep_ != "nsubj":
        return False
    return (
        c.ent_type_ in SPEAKER_LABELS
        or (c.pos_ == "PROPN" and not c.ent_type_)  # a name the tagger knows no type for
        or c.ent_type_ in {"PERCENT", "CARDINAL"}  # "61 percent say …", "a third said …"
        or c.lower_ in _SHARES
        or c.lower_ in _PERSONAL_PRONOUNS
        or c.lemma_.lower() in ROLE_NOUNS
        or c.lemma_.lower() in GROUP_NOUNS
        or c.lemma_.lower() in DOCUMENT_NOUNS
        or _of_documents(c)
    )


def _found_by_inquiry(verb: Token) -> bool:
    """'A recent CNN survey found 90 percent support for …', 'The inquiry found virtually nothing
    …': a finding, reported when the finder is a document or an inquiry (not "Trump found a
    way", not "voters found themselves …")."""
    subj = nearest_subject(verb)
    if subj is None or subj.dep_ != "nsubj":
        return False
    if any(c.dep_ == "dobj" and (_reflexive(c) or c.lower_ == "that") for c in verb.children):
        return False  # "found themselves …"; "The poll also found that: …", a list follows
    noun = subj.lemma_.lower()
    return noun in DOCUMENT_NOUNS or noun in INQUIRER_NOUNS or _of_documents(subj)


def _reflexive(tok: Token) -> bool:
    """A subject or object that is a reflexive pronoun ("itself", "themselves")."""
    return tok.dep_ in {"nsubj", "dobj"} and tok.lower_.endswith(("self", "selves"))


def _of_documents(noun: Token) -> bool:
    """'a new batch of State Department emails', 'a review of the records': a noun for some of
    the documents that state things."""
    return any(
        p.dep_ == "prep"
        and p.lower_ == "of"
        and o.dep_ == "pobj"
        and o.lemma_.lower() in DOCUMENT_NOUNS
        for p in noun.children
        for o in p.children
    )


#: Shares of a group that answer polls and take positions ("most said …", "half say …").
_SHARES = SHARE_PRONOUNS | {"half", "majority", "third", "quarter", "both", "none", "plurality"}
_PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "who", "i", "we"})


def _colon_between(comp: Token, cue: Token) -> bool:
    return any(t.text in {":", ";"} for t in comp.doc[comp.right_edge.i + 1 : cue.i])


def _marked(clause: Token, words: Collection[str]) -> bool:
    """Whether ``clause`` is opened by one of ``words`` as its marker ("that", "if", "as")."""
    return any(m.dep_ == "mark" and m.lower_ in words for m in clause.children)


def _advcls_after(tok: Token, markers: Collection[str]) -> list[Token]:
    """The adverbial clauses after ``tok`` opened by one of ``markers``."""
    return [c for c in tok.children if c.dep_ == "advcl" and c.i > tok.i and _marked(c, markers)]


def _asked_if(tok: Token, lemma: str) -> list[Token]:
    """'asked the students if they were always so serious': the question, which the parser
    hung on the verb as a clause of condition."""
    return _advcls_after(tok, {"if", "whether"}) if lemma in _ASKING else []


#: Verbs of telling whose negation leaves a question open ("would not say where …").
_TELLING_WHAT = frozenset(
    {"say", "tell", "explain", "specify", "disclose", "reveal", "indicate", "elaborate", "detail"}
)
#: Words opening a question a reporter left unanswered ("did not say when …").
_WH_WORDS = frozenset({"when", "where", "why", "how", "whether", "if"})


def _unsaid_question(tok: Token, lemma: str) -> list[Token]:
    """'The company did not say when it would resume production', 'declined to say how …': the
    question left unanswered, which the parser hung on the verb as a clause of time or manner;
    only for a negated or declined verb of telling ("did not know when I was sentenced" is a
    time)."""
    if lemma not in _TELLING_WHAT:
        return []
    declined = tok.dep_ == "xcomp" and tok.head.lemma_ in {"decline", "refuse"}
    if not declined and not any(c.dep_ == "neg" for c in tok.children):
        return []
    return [
        c
        for c in tok.children
        if c.dep_ == "advcl"
        and c.i > tok.i
        and c.left_edge.lower_ in _WH_WORDS
        and c.left_edge.dep_ in {"advmod", "mark"}
    ]


def _felt_like(tok: Token, lemma: str) -> list[Token]:
    """'I felt like I had no voice': the feeling, a clause the parser hangs on 'feel' as one of
    manner."""
    if lemma != "feel":
        return []
    return [c for c in _advcls_after(tok, {"like"}) if c.pos_ in {"VERB", "AUX"}]


#: Nouns that take a that-clause of their own ("in the event that", "on the condition that").
_CLAUSE_NOUNS = frozenset(
    {"event", "case", "hope", "extent", "condition", "assumption", "expectation", "grounds"}
    | {"understanding", "basis", "degree"}
)


def _stray_that_clause(tok: Token, lemma: str) -> list[Token]:
    """'said for the first time that some emails …', 'said in one of a series of Twitter
    messages that …', 'told a meeting of Pacific Island leaders that …': a that-clause the
    parser hung on the noun of a phrase (or of a phrase in it), or on the one told, between the
    verb and it, as if it were a relative clause."""
    preps = [p for p in tok.children if p.dep_ == "prep" and p.i > tok.i]
    # not inside the verb's own reporting phrase ("pointed to a decline in backlogs as evidence
    # that …" reports all of it)
    deeper = [p for p in preps if lemma not in FRAMES.get(f"prep:{p.lower_}", ())]
    for depth in range(3):
        objs = [o for p in preps for o in p.children if o.dep_ == "pobj"]
        if depth == 0 and lemma in _PERSUADING:
            # "told a meeting of Pacific Island leaders that few people understood …"
            objs += [o for o in tok.children if o.dep_ in {"dobj", "dative"} and o.i > tok.i]
        for obj in objs:
            if obj.lemma_.lower() in _CLAUSE_NOUNS:
                continue  # "asked about her vote in the event that …": the noun's own clause
            for c in obj.children:
                if c.dep_ in {"relcl", "acl"} and any(
                    m.lower_ == "that"
                    and m.i == c.left_edge.i
                    and (m.dep_ == "mark" or (m.dep_ == "advmod" and m.tag_ == "IN"))
                    for m in c.children
                ):
                    return [c]
        if depth == 0:
            objs = [o for p in deeper for o in p.children if o.dep_ == "pobj"]
        preps = [p for o in objs for p in o.children if p.dep_ == "prep"]
    return []


def _clause(comp: Token, cue: Token) -> tuple[Token, Token, str] | None:
    """A reported clause without its 'that' (or 'like'), what lies on the cue's other side, or the
    punctuation at its edges."""
    # only the cue's side of it: "which officials said will go into effect" starts with a
    # relative pronoun standing before the reporter
    before = comp.i < cue.i
    toks = [t for t in comp.subtree if (t.i < cue.i) == before and t.i != cue.i]
    cut = _clause_end(comp)
    if cut is not None:
        toks = [t for t in toks if t.i < cut]
    subjects = [c.i for c in comp.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
    while toks and (
        (
            toks[0].lower_ in {"that", "like"}
            and (toks[0].dep_ == "mark" or toks[0].i not in subjects)
            and any(i > toks[0].i for i in subjects)
        )
        or (toks[0].is_punct and toks[0].text not in _QUOTE_CHARS)
        or toks[0].is_space
    ):
        toks = toks[1:]
    if not before and cut is None and toks:
        toks += _stray_words_after(toks[-1], cue)
    if before and toks:
        toks += _stray_words_before(toks[-1], cue)
    toks = _strip_end(toks)
    if not toks:
        return None
    return toks[0], toks[-1], "ccomp"


def _stray_words_before(last: Token, cue: Token) -> list[Token]:
    """The rest of a clause before its reporter that the parser hung on the reporting verb:
    "The Paris agreement was not, however, an attempt to …, Gleske stressed", where "an
    attempt" became the object of "stressed"; up to the comma before the reporter's subject."""
    doc = last.doc
    subj = nearest_subject(cue)
    if subj is None or subj.i > cue.i or subj.i <= last.i:
        return []
    start = subj.left_edge.i
    if start < 1 or doc[start - 1].text != ",":
        return []
    rest = doc[last.i + 1 : start - 1]
    if not any(t.dep_ == "dobj" and t.head.i == cue.i for t in rest):
        return []
    return list(rest)


def _stray_words_after(last: Token, cue: Token) -> list[Token]:
    """Words right after a clause that the parser hung on the cue as punctuation: "… a suit
    with NEC Corp." where "Corp." looked like the sentence's full stop."""
    stray = [c for c in cue.children if c.dep_ == "punct" and c.pos_ != "PUNCT" and c.i > last.i]
    out: list[Token] = []
    for c in sorted(stray, key=lambda t: t.i):
        words = list(c.subtree)
        if words[0].i != last.i + 1 + len(out):
            break
        out += words
    return out


def _clause_end(comp: Token) -> int | None:
    """Where a reported clause stops before what the reporter adds: another report ("… and
    said, …"), a participle after a comma ("…, calling them boring") or a clause that sets
    something against it ("…, although he refused to …", "…, while critics say …")."""
    for c in comp.children:
        if c.i <= comp.i:
            continue
        comma = _after_comma(c.left_edge)
        report = c.dep_ == "conj" and verb_lemma(c) in FRAMES["ccomp"]
        participle = c.dep_ == "advcl" and c.tag_ == "VBG" and comma
        concessive = c.dep_ == "advcl" and comma and _marked(c, _CONCESSIVE)
        if report or participle or concessive:
            start = c.left_edge.i
            ccs = [g.i for g in comp.children if g.dep_ == "cc" and g.i < c.i]
            return min([start, *ccs]) if ccs else start
    for t in comp.subtree:
        # deeper down: "…, stating during the debate that …", "…, which he argued …"
        if t.i <= comp.i or t.dep_ not in {"advcl", "relcl", "acl"} or t.head.i == comp.i:
            continue
        if not _after_comma(t.left_edge):
            continue
        reports = [
            x for x in (t, *t.children) if x.pos_ == "VERB" and verb_lemma(x) in FRAMES["ccomp"]
        ]
        if any(x.tag_ == "VBG" or any(c.dep_ == "nsubj" for c in x.children) for x in reports):
            return t.left_edge.i - 1
    return None


def _after_comma(tok: Token) -> bool:
    """Whether a comma comes just before ``tok``, maybe inside a closing quote mark ('"New
    York values," stating …')."""
    doc = tok.doc
    k = tok.i - 1
    if k > 0 and doc[k].is_quote:
        k -= 1
    return k >= 0 and doc[k].text == ","


#: Marks of a clause set against what was reported ("…, although he refused …").
_CONCESSIVE = frozenset({"although", "though", "whereas", "while"})


def _strip_end(toks: list[Token]) -> list[Token]:
    """Without the punctuation, space and a dangling conjunction at the end, except a closing
    quote mark."""
    while toks and (
        (toks[-1].is_punct and (toks[-1].text not in _QUOTE_CHARS or toks[-1].tag_ == "``"))
        or toks[-1].is_space
        or toks[-1].dep_ == "cc"
    ):
        toks = toks[:-1]
    return toks


def _phrase_end(word: Token) -> Token:
    """The last token of ``word``'s phrase, without a relative clause set off by a comma
    ("endorses Trump, who says he is honored": Trump is endorsed, the rest is about him) or a
    verb the parser joined to it ('called it "shameful" and called on leaders …')."""
    doc = word.doc
    for r in word.children:
        if r.dep_ == "relcl" and r.i > word.i:
            before = doc[r.left_edge.i - 1]
            if before.text == "," and before.i > word.i:
                return doc[before.i - 1]
        # a finite verb is a clause of its own, where a participle ("learning from them") can
        # be a noun
        if r.dep_ == "conj" and r.tag_ in FINITE_TAGS and word.pos_ != "VERB" and r.i > word.i:
            cc = [t for t in doc[word.i + 1 : r.left_edge.i] if t.dep_ == "cc" and t.head == word]
            if cc:
                return doc[cc[0].i - 1]
    return word.right_edge


def _report(first: Token, last: Token, cue: Token, source: Token | None, frame: str) -> Reported:
    """Content from ``first`` to ``last`` (tokens, inclusive) reported by ``cue``."""
    return Reported(first.idx, last.idx + len(last.text), cue, source, frame)


def _object_span(prep: Token, rel: str) -> tuple[Token, Token, str] | None:
    """The object of ``prep`` ("about [the budget]"), trimmed of edge punctuation."""
    objs = [o for o in prep.children if o.dep_ in {"pobj", "pcomp"}]
    return _trimmed(objs[0].left_edge, objs[0].right_edge, rel) if objs else None


def _trimmed(first: Token, last: Token, rel: str) -> tuple[Token, Token, str] | None:
    doc = first.doc
    while (
        first.i < last.i and (first.is_punct or first.is_space) and first.text not in _QUOTE_CHARS
    ):
        first = doc[first.i + 1]
    while last.i > first.i and (
        ((last.is_punct or last.is_space) and last.text not in _QUOTE_CHARS)
        or last.dep_ == "cc"  # "profits of 3.1 mln dlrs, or": the parser lost what follows
    ):
        last = doc[last.i - 1]
    if first.is_punct or first.is_space:
        return None
    return first, last, rel


def _named_agent(verb: Token) -> Token | None:
    """The passive verb's agent when it names someone ("attacked by Hillary Clinton")."""
    agent = _agent(verb)
    return agent if agent is not None and _someone(agent) else None


def _agent(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


def _according_to(doc: Doc, skip: Callable[[int], bool]) -> list[Reported]:
    """'X happened, according to Y': the rest of the sentence is what Y says."""
    found: list[Reported] = []
    for tok in doc[:-1]:
        if tok.lower_ != "according" or doc[tok.i + 1].lower_ != "to" or skip(tok.idx):
            continue
        to = doc[tok.i + 1]
        objs = [c for c in to.children if c.dep_ == "pobj"] or [
            # "according to show insiders", read as "to show": the last noun is the source
            c.right_edge
            for c in to.children
            if c.dep_ == "pcomp" and c.right_edge.pos_ in {"NOUN", "PROPN"}
        ]
        if objs:
            found.extend(_rest_of_sentence(tok, objs[0], "according"))
    return found


#: What a sentence opening "In the latest … poll, …" cites for the rest of it.
_SURVEYS = frozenset({"poll", "survey"})


#: Nouns that with a possessor give whose view a clause is ("in his eyes", "in her words").
_VIEWS = frozenset({"view", "eye", "word", "opinion", "estimation", "judgment", "judgement"})


def _in_phrases(doc: Doc, skip: Callable[[int], bool]) -> list[Reported]:
    """Clauses an "in" phrase attributes, when the verb it hangs on does not report on its own
    ('In a poll, 31% of Republicans said …': they are the source):

    - a poll: 'In the CBS poll, Trump's lead over Cruz remained in double digits' (the rest of
      the sentence), 'Clinton led Sanders in a CBS News poll' (the clause, for one poll: "rose
      in the polls" is standing, not a finding);
    - a view with its possessor: 'Only European immigrants are safe in his eyes', 'In Forbes'
      words, they are …' (the clause is the possessor's view).
    """
    found: list[Reported] = []
    for tok in doc:
        if tok.lower_ != "in" or tok.dep_ != "prep" or skip(tok.idx):
            continue
        head = tok.head
        if head.pos_ not in {"VERB", "AUX"}:
            continue
        objs = [c for c in tok.children if c.dep_ == "pobj"]
        stance = _in_support_of(head, objs)
        if stance is not None:
            found.append(stance)  # "voted in favor of the bill": a frame verb's, too
            continue
        if verb_lemma(head) in FRAME_VERBS:
            continue
        polls = [c for c in objs if c.lemma_.lower() in _SURVEYS]
        if polls:
            found.extend(_in_a_poll(tok, polls[0]))
        views = [c for c in objs if c.lemma_.lower() in _VIEWS]
        owners = [c for c in views[0].children if c.dep_ == "poss"] if views else []
        if owners:
            item = _host_without(head, tok, tok.i, views[0].right_edge.i, owners[0])
            if item is not None:
                found.append(item)
    return found


#: "in support of X", "in opposition to X": a stance on X taken by the verb's subject.
_IN_STANCE = {"support": "of", "favor": "of", "favour": "of", "opposition": "to"}


def _in_support_of(verb: Token, objs: list[Token]) -> Reported | None:
    """'Graham has come out in support of Cruz', 'voted in favor of the bill': X is the
    subject's stance, when the subject names someone."""
    for noun in objs:
        prep = _IN_STANCE.get(noun.lemma_.lower())
        for p in noun.children:
            if p.dep_ != "prep" or p.lower_ != prep:
                continue
            span = _object_span(p, "in_stance")
            source = subject_of(verb)
            if span is not None and source is not None and _personal_subject(verb):
                cue = noun if verb.lemma_ == "be" else verb  # "is in support of": the noun
                return _report(span[0], span[1], cue, source, "in_stance")
    return None


def _to_someone(doc: Doc, skip: Callable[[int], bool]) -> list[Reported]:
    """'To Sharp, Trump is the "kind-hearted and caring" man who saved her farm', 'But to
    others, he's a citizen journalist': a sentence opening with "to" and someone, then a comma,
    is that someone's view."""
    found: list[Reported] = []
    for tok in doc:
        if tok.lower_ != "to" or tok.dep_ != "prep" or skip(tok.idx):
            continue
        opening = [t for t in doc[tok.sent.start : tok.i] if not t.is_punct and not t.is_space]
        if any(t.pos_ != "CCONJ" for t in opening):
            continue
        objs = [c for c in tok.children if c.dep_ == "pobj"]
        if not objs or not (names_someone(objs[0]) or objs[0].lower_ in SHARE_PRONOUNS):
            continue
        comma = objs[0].right_edge.i + 1
        if comma >= len(doc) or doc[comma].text != ",":
            continue
        toks = _strip_end([t for t in doc[comma + 1 : tok.sent.end] if not t.is_space])
        if len(toks) >= 3:
            found.append(_report(toks[0], toks[-1], tok, objs[0], "view"))
    return found


def _in_a_poll(tok: Token, poll: Token) -> list[Reported]:
    """What the poll named after ``tok`` ("in") found: the rest of a sentence that opens with
    the phrase, else the clause the phrase hangs on when it names one poll."""
    doc = tok.doc
    if not any(not t.is_punct and t.pos_ != "CCONJ" for t in doc[tok.sent.start : tok.i]):
        return _rest_of_sentence(tok, poll, "survey")
    if poll.tag_ != "NN":
        return []
    item = _host_without(tok.head, tok, tok.i, poll.right_edge.i, poll)
    return [item] if item is not None else []


#: Adverbs that mark a clause as someone's report, or an impression, without naming whose
#: ("was reportedly on that trip", "had seemingly knocked everything out").
_HEARSAY = frozenset(
    {"reportedly", "allegedly", "purportedly", "reputedly", "supposedly", "seemingly"}
)


def _reportedly(doc: Doc, skip: Callable[[int], bool]) -> list[Reported]:
    """'The Club for Growth is reportedly spending $1.5 million …': the clause the adverb
    modifies is a report whose source goes unnamed."""
    found: list[Reported] = []
    for tok in doc:
        if tok.lower_ not in _HEARSAY or tok.dep_ != "advmod" or skip(tok.idx):
            continue
        head = tok.head
        if head.pos_ not in {"VERB", "AUX"} or verb_lemma(head) in FRAME_VERBS:
            continue  # "he reportedly argued that …": the verb reports on its own
        item = _host_without(head, tok, tok.i, tok.i, None)
        if item is not None:
            found.append(item)
    return found


def _rest_of_sentence(cue: Token, source: Token, frame: str) -> list[Reported]:
    """The sentence of ``cue`` without the phrase from ``cue`` to the end of ``source``'s, as
    content ``source`` reports (none when fewer than three tokens are left)."""
    phrase_end = source.right_edge.i + 1
    sent = cue.sent
    if cue.i == sent.start and phrase_end >= sent.end - 1:
        # "According to Rush Limbaugh, the move reeks of fear": the parser hung the clause on
        # the name; the source's phrase ends at the first comma after it
        commas = [t.i for t in cue.doc[source.i + 1 : sent.end] if t.text == ","]
        if commas:
            phrase_end = commas[0]
    toks = [t for t in sent if not (cue.i <= t.i < phrase_end)]
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks = toks[:-1]
    if len(toks) < 3:
        return []
    return [_report(toks[0], toks[-1], cue, source, frame)]
