"""From the token that names a quote's source to a ``Speaker`` with a canonical entity."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dateline.extract.entities import NAMED_BODIES, EntityTable, sentences_back
from dateline.extract.lexicon import (
    DOCUMENT_NOUNS,
    FINITE_TAGS,
    GENDERED_NOUNS,
    GROUP_NOUNS,
    PERSON_PRONOUNS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    SHARE_PRONOUNS,
    verb_lemma,
)
from dateline.model import Span, Speaker

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dateline.model import Entity, Mention

_NP_LEFT = frozenset({"det", "amod", "compound", "poss", "nummod", "nmod", "case", "quantmod"})


def subject_of(verb: Token) -> Token | None:
    """The subject of a reporting verb, borrowed from the verb it hangs on when it has none
    ("..., claiming they ..." takes the subject of the main verb)."""
    seen = 0
    tok: Token | None = verb
    while tok is not None and seen < 4:
        subj = nearest_subject(tok)
        if subj is not None:
            return _past_label(subj, tok)
        for c in tok.children:
            if c.dep_ == "agent":
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep":
            tok = tok.head.head  # "by saying": the subject of the verb the preposition hangs on
            seen += 1
            if (tok.pos_ == "ADJ" and tok.dep_ in {"acomp", "attr"}) or (
                tok.pos_ == "ADV" and tok.dep_ == "advmod"
            ):
                tok = tok.head  # "the most aggressive in denouncing …", "stopped short of"
            continue
        if tok.dep_ == "xcomp" and tok.head.pos_ == "ADJ" and tok.head.dep_ == "acomp":
            tok = tok.head.head  # "is quick to point out that …", "was correct to note …"
            seen += 1
            continue
        if (
            tok.dep_ == "acl"
            and tok.tag_ == "VBG"
            and (_thing_object(tok.head) or _addressee(tok.head))
        ):
            tok = tok.head.head  # "Trump fired back a response saying …": the responder
            seen += 1
            continue
        if (
            tok.dep_ == "acl"
            and tok.tag_ == "VBG"
            and tok.lemma_ not in _THINGS_DO
            and _thing_in_phrase(tok.head)
        ):
            tok = tok.head.head.head  # "Funaro is on a European trip seeking …": the traveller
            seen += 1
            continue
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            aside = _aside_subject(tok.head)
            # "Republican candidates blasting Obama's approach"; but '"Too much hate," she
            # said, blaming …': the noun the parser made the root is the quote, not the doer
            return aside if aside is not None else tok.head
        clause = _clause_of(tok.head)
        if (
            tok.dep_ == "advcl"
            and tok.tag_ == "VBG"
            and clause.dep_ == "ccomp"
            and not clause.head.is_punct
            and seen == 0
        ):
            # "said that X represents …, stating …", "said Clinton will have to choose …,
            # saying …": the parser hung the reporter's participle on the reported clause; it
            # is the reporter's (not when the clause hangs on the dash of a dateline the parser
            # took for a verb: "WASHINGTON ― The administration announced …, acknowledging …")
            tok = clause.head
            seen += 1
            continue
        if tok.dep_ == "xcomp":
            obj = _controller(tok)
            if obj is not None:
                return obj  # "led Priebus to declare …", "prompting them to focus on …"
        governor = _infinitive_after_thing(tok)
        if governor is not None:
            given = [c for c in governor.children if c.dep_ == "dative" and names_someone(c)]
            if given:
                return given[0]  # "gave Beck new impetus to oppose Trump"
            tok = governor  # "gave a floor speech to defend himself": the speech-giver
            seen += 1
            continue
        if tok.dep_ == "conj" and _conj_of_reported(tok):
            tok = tok.head.head  # "said the plan would give …, and called him …": the sayer
            seen += 1
            continue
        if tok.dep_ in {"conj", "advcl", "xcomp", "relcl"} and tok.head != tok:
            if tok.dep_ == "relcl":
                return tok.head
            tok = tok.head
            seen += 1
            continue
        return _stranded_subject(verb)
    return None


def _clause_of(verb: Token) -> Token:
    """The verb heading the clause ``verb`` is the open complement of ("will have to choose":
    "have"), or ``verb`` itself."""
    while verb.dep_ == "xcomp" and verb.head != verb:
        verb = verb.head
    return verb


def nearest_subject(verb: Token) -> Token | None:
    """The verb's subject; of several the parser gave it, the word one next to it ("… made
    public ― Trump boasted") unless it is the apposition of a name before it, never
    punctuation (but "85% of Democrats said")."""
    subjects = [
        c
        for c in verb.children
        if c.dep_ in {"nsubj", "nsubjpass"} and (not c.is_punct or c.text == "%")
    ]
    if not subjects:
        return None
    before = [c for c in subjects if c.i < verb.i]
    if len(before) > 1 and _apposed(before[-2], before[-1]):
        return before[-2]
    return before[-1] if before else subjects[0]


def _apposed(name: Token, other: Token) -> bool:
    """Whether ``other`` is a description set off by commas right after the name ``name``
    ("Ban Ki-moon, the secretary general of the United Nations, vowed", where the parser
    made both subjects of the verb): the name is the subject, the description its apposition."""
    doc = name.doc
    comma = name.right_edge.i + 1
    last = other.right_edge.i  # the closing comma, or the word before it
    return (
        name.pos_ == "PROPN"
        and other.pos_ == "NOUN"
        and doc[comma].text == ","
        and other.left_edge.i == comma + 1
        and (doc[last].text == "," or (last + 1 < len(doc) and doc[last + 1].text == ","))
    )


#: Verbs that bring their object to do what the infinitive after them says ("led some to
#: speculate"); rules and persuaders that require or urge it keep it their own.
_LEADING = frozenset(
    {"lead", "prompt", "force", "spur", "cause", "push", "drive", "inspire", "move", "leave"}
)


def _controller(xcomp: Token) -> Token | None:
    """The person a verb of leading brings to do what the infinitive after it says ("led some
    to speculate", "prompting them to focus on …"), or None."""
    head = xcomp.head
    if head.lemma_.lower() not in _LEADING:
        return None
    for c in head.children:
        if c.dep_ in {"dobj", "dative"} and c.i < xcomp.i and names_someone(c):
            return c
    return None


def _aside_subject(noun: Token) -> Token | None:
    """The subject of a reporting verb set off beside a verbless root ('"Too much hate," she
    said'), or None."""
    if noun.dep_ != "ROOT":
        return None
    for c in noun.children:
        if c.dep_ == "parataxis" and c.pos_ == "VERB":
            for g in c.children:
                if g.dep_ == "nsubj":
                    return g
    return None


def names_someone(tok: Token) -> bool:
    """A name, a personal pronoun, or a noun for a person or group ("voters", "the
    chairman")."""
    if tok.pos_ == "PROPN" or tok.ent_type_ in {"PERSON", "NORP", "ORG"}:
        return True
    if tok.pos_ == "PRON":
        if tok.lower_ in SHARE_PRONOUNS:
            return True  # "led some to speculate"
        return tok.tag_ == "PRP" and tok.lower_ not in {"it", "this", "that"}
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and (lemma in ROLE_NOUNS or lemma in GROUP_NOUNS)


def _names_a_thing(noun: Token) -> bool:
    """A common noun for a thing: not a person, a group or a name."""
    lemma = noun.lemma_.lower()
    return (
        noun.pos_ == "NOUN"
        and not noun.ent_type_
        and lemma not in ROLE_NOUNS
        and lemma not in GROUP_NOUNS
    )


def _author(tok: Token) -> Token:
    """Who made the thing a source token names ("an analysis by the Pew Research Center", "a
    recent report from Bloomberg", "a court document filed by the state attorney"), else the
    token itself."""
    if not _names_a_thing(tok):
        return tok
    document = tok.lemma_.lower() in DOCUMENT_NOUNS
    for child in tok.children:
        by = child.dep_ == "prep" and (
            child.lower_ == "by" or (document and child.lower_ == "from")
        )
        made_by = child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_ in _AUTHORING
        agents = [a for a in child.children if a.dep_ == "agent"] if made_by else []
        for phrase in ([child] if by else []) + agents:
            for obj in phrase.children:
                if obj.dep_ == "pobj" and names_someone(obj):
                    return obj
    return tok


#: Verbs of making a document ("filed by", "written by"); not of passing one on ("published
#: by", "obtained by"), whose agent is not the author.
_AUTHORING = frozenset(
    {"file", "write", "conduct", "compile", "author", "prepare", "draft", "sign"}
)


def _conj_of_reported(verb: Token) -> bool:
    """Whether a verb with no subject of its own, which the parser coordinated with the verb
    of a reported clause, belongs to the reporter: when that clause's subject is a common noun
    ("the plan would give …, and called him …"), or when the verb agrees with the reporter's
    and not with the clause's (:func:`_agrees_with_reporter`); a name or pronoun there more
    often shares its verbs ("they favor lower rates and suggest …")."""
    head = verb.head
    if head.dep_ != "ccomp" or head.head.pos_ != "VERB" or head.head == head:
        return False
    if nearest_subject(verb) is not None:
        return False
    subj = nearest_subject(head)
    if subj is not None and subj.pos_ == "NOUN":
        return True
    return _agrees_with_reporter(verb, head, head.head)


def _finite_tag(verb: Token) -> str:
    """The tag of what carries a verb's tense: its auxiliary ("has missed": VBZ), else its own."""
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    return aux[0].tag_ if aux else verb.tag_


def _agrees_with_reporter(verb: Token, reported: Token, reporter: Token) -> bool:
    """Whether a conjunct the parser hung on a reported clause is in the reporter's tense and
    number and not in the clause's: "a narrator reminds viewers that Sanders participated …
    and says …", "strategists fear that Clinton has missed … and warn that …"."""
    own, clause, outer = _finite_tag(verb), _finite_tag(reported), _finite_tag(reporter)
    if own == "VB" and outer == "VBP" and clause in {"VBZ", "VBD"}:
        own = "VBP"  # a bare verb after "has missed" cannot share its auxiliary
    if (
        own == "VBD"
        and _perfect_or_passive(reported)
        and any(c.dep_ == "dobj" for c in verb.children)
    ):
        return False  # "has declared … and demanded repayment": a participle sharing "has"
    return own in FINITE_TAGS and own == outer and clause != own


def _perfect_or_passive(verb: Token) -> bool:
    """Whether the verb has "have" or "be" as its auxiliary ("has declared", "was told")."""
    return any(c.dep_ in {"aux", "auxpass"} and c.lemma_ in {"have", "be"} for c in verb.children)


def _addressee(noun: Token) -> bool:
    """People a verb addresses ("emailed supporters saying …"): a plural common noun for a
    group as its object."""
    return (
        noun.dep_ in {"dobj", "dative"}
        and noun.head.pos_ == "VERB"
        and noun.tag_ == "NNS"
        and noun.lemma_.lower() in GROUP_NOUNS
    )


def _thing_object(noun: Token) -> bool:
    """A noun for a thing that is the object of a verb."""
    return noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and _names_a_thing(noun)


#: What things do themselves ("poring over polling data showing …").
_THINGS_DO = frozenset({"show", "suggest", "indicate", "find", "reveal"})


def _thing_in_phrase(noun: Token) -> bool:
    """A noun for a thing in a prepositional phrase on a verb whose subject is someone ("Funaro
    is on a trip", "the senators wrote in a letter"; not "$1.7 million was spent on phone
    calls")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in {"VERB", "AUX"}:
        return False
    if prep.lower_ == "with":
        return False  # "… with recent polls showing a tight race": the polls show
    subj = nearest_subject(prep.head)
    return _names_a_thing(noun) and subj is not None and names_someone(subj)


def _infinitive_after_thing(tok: Token) -> Token | None:
    """'a speech to defend himself', 'went out of his way to say …': a to-infinitive hung on a
    noun for a thing, whose doer is the subject of the verb that governs the noun, directly or
    through prepositions; that verb, or None (as in "the first candidate to say …", where the
    noun itself speaks)."""
    if tok.dep_ not in {"relcl", "acl"} or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children
    ):
        return None
    noun = tok.head
    if not _names_a_thing(noun):
        return None
    head = noun.head
    while head.pos_ == "ADP" and head.dep_ == "prep" and head.head != head:
        head = head.head
    if head == noun or head.pos_ not in {"VERB", "AUX"}:
        return None
    return head


def _stranded_subject(verb: Token) -> Token | None:
    """'Zielinski | said Poland would …': a name the parser cut off as a sentence of its own
    right before the verb; a document noun it made the verb's compound ("…, records show");
    or, for a finite verb the parser left with no subject at all ("Senator Harry Reid, the
    minority leader, said …", where it hung the name on the phrase before), a person's name set
    off by commas right before it, else the nearest name or person before it that is no
    object."""
    if verb.i > 0 and verb.is_sent_start:
        prev = verb.doc[verb.i - 1]
        if prev.pos_ in {"PROPN", "PRON"} and prev.head.i == prev.i:
            return prev
        return None
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if (
        before is not None
        and before.head.i == verb.i
        and before.dep_ == "compound"
        and before.lemma_.lower() in DOCUMENT_NOUNS
    ):
        return before  # "…, campaign finance records show": the parser's compound
    if not _finite(verb):
        return None
    named = _trailing_name(verb)
    if named is not None:
        return named
    for t in reversed(verb.doc[verb.sent.start : verb.i]):
        if t.dep_ in _NOT_SUBJECT or t.ent_type_ in {"DATE", "TIME"} or t.tag_ == "WP":
            continue
        if _in_other_clause(t, verb):
            continue
        if t.pos_ == "PROPN" or (t.pos_ == "PRON" and t.tag_ == "PRP") or t.ent_type_ == "PERSON":
            if _place_after_name(t):
                return t.head  # "Jeffrey Salkin, a Hollywood, Fla., rabbi …": the name
            return t
        if t.pos_ == "NOUN" and t.lemma_.lower() in ROLE_NOUNS:
            if t.dep_ == "appos" and t.head.pos_ == "PROPN":
                return t.head  # "Harry Reid, the minority leader, said"
            return t
    return None


def _trailing_name(verb: Token) -> Token | None:
    """'… placed in secure storage, Patrick F. Kennedy, the undersecretary, wrote': a person's
    name set off by commas right before the verb, which the parser hung on the noun before it
    as an apposition."""
    doc = verb.doc
    if verb.i < 3 or doc[verb.i - 1].text != ",":
        return None
    end = verb.i - 2
    found = None
    for h in [doc[end], *doc[end].ancestors]:
        if h.right_edge.i != end:
            break
        if h.dep_ == "appos" and doc[h.left_edge.i - 1].text == ",":
            found = h
    return found if found is not None and found.ent_type_ == "PERSON" else None


def _place_after_name(t: Token) -> bool:
    """A place, party label or the like set beside a person's name before it ("Salkin, a
    Hollywood, Fla., rabbi", "Lindsey Graham (R-SC)"), not a second person ("Hillary Clinton,
    former president Bill Clinton") or a body ("the Commission, Industrial Equity, said")."""
    head = t.head
    return (
        t.dep_ == "appos"
        and head.i < t.i
        and head.ent_type_ == "PERSON"
        and t.ent_type_ not in {"PERSON", "ORG"}  # "the Commission, Industrial Equity, said"
    )


def _in_other_clause(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` belongs to a clause of another finite verb ("Beck, who supported Ted
    Cruz, said": Cruz is in the relative clause)."""
    for anc in tok.ancestors:
        if anc.i == verb.i:
            return False
        if anc.dep_ == "relcl" or (
            _finite(anc)
            and anc.dep_ in {"ccomp", "advcl", "acl", "csubj"}
            and anc.lemma_.lower() not in ROLE_NOUNS  # "Salkin, a … rabbi helping …, said"
        ):
            return True
    return False


_NOT_SUBJECT = frozenset({"pobj", "dobj", "poss", "compound", "dative", "attr", "npadvmod"})


def _finite(verb: Token) -> bool:
    """A verb with a tense of its own: 'said', 'says', 'had said'."""
    if verb.tag_ in FINITE_TAGS:
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" for c in verb.children)


_LABEL_ENDS = frozenset({":", "—", "–", "--", "―"})


def _past_label(subj: Token, verb: Token) -> Token:
    """'The Latest: Trump urges …', 'WASHINGTON — Obama said …': a subject the parser found
    before a colon or dash that sets off a label or dateline is not the subject; the last
    name or noun after that mark is."""
    if subj.i > verb.i:
        return subj
    doc = subj.doc
    marks = [t.i for t in doc[subj.i + 1 : verb.i] if t.text in _LABEL_ENDS]
    if not marks:
        return subj
    for t in reversed(doc[marks[-1] + 1 : verb.i]):
        if t.pos_ in {"PROPN", "NOUN", "PRON"} and not _in_aside(t, verb):
            return t
    return subj


def _in_aside(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` hangs on ``verb`` through a clause or a preposition set beside the
    subject ("Obama, dedicating the museum on Saturday, said"): not the subject's head."""
    for t in (tok, *tok.ancestors):
        if t == verb:
            return False
        if t.dep_ in {"advcl", "acl", "relcl", "prep"}:
            return True
    return False


def noun_phrase(tok: Token) -> tuple[int, int]:
    """Character span of the noun phrase headed by ``tok``: its modifiers on the left and a
    short 'of/for ...' on the right ("a spokesman for the Kremlin")."""
    start_tok = tok
    for c in tok.lefts:
        if c.dep_ in _NP_LEFT:
            start_tok = min(start_tok, c.left_edge, key=lambda t: t.i)
            break
    end_tok = tok
    for c in tok.rights:
        if c.dep_ == "prep" and c.lower_ in {"of", "for", "at", "with"} and c.i == end_tok.i + 1:
            end_tok = c.right_edge
            break
        if (
            c.i == end_tok.i + 1
            and (c.dep_ == "amod" or (c.dep_ == "acl" and c.tag_ == "VBN"))
            and any(p.dep_ == "prep" for p in c.rights)
            and c.right_edge.i - c.i < 8
        ):
            end_tok = c.right_edge  # "people familiar with the matter", "two people briefed on it"
            break
        if c.dep_ in {"compound", "flat"} and c.i == end_tok.i + 1:
            end_tok = c
    while start_tok.i < end_tok.i and (start_tok.is_punct or start_tok.is_space):
        start_tok = start_tok.doc[start_tok.i + 1]
    while end_tok.i > start_tok.i and (end_tok.is_punct or end_tok.is_space):
        end_tok = end_tok.doc[end_tok.i - 1]
    doc = tok.doc
    inner = doc[start_tok.i : end_tok.i + 1]
    nxt = end_tok.i + 1
    if sum(t.is_quote for t in inner) % 2 and nxt < len(doc) and doc[nxt].is_quote:
        end_tok = doc[nxt]  # 'a European-led "coalition of the willing"': keep the marks paired
    return start_tok.idx, end_tok.idx + len(end_tok.text)


def speaker_for(tok: Token, table: EntityTable) -> Speaker:
    """The speaker a source token names: its entity when the table knows it (a name, surname,
    pronoun, seat of government or role description), else the noun phrase itself; with the
    whole source phrase around the token."""
    speaker = _speaker_for(tok, table)  # which finds the author of a document itself
    start, end = source_phrase(tok)
    start, end = min(start, speaker.mention.start), max(end, speaker.mention.end)
    return replace(speaker, phrase=Span(tok.doc.text[start:end], start, end))


def source_phrase(tok: Token) -> tuple[int, int]:
    """Character span of the whole phrase a source token heads, as PARC annotators mark a
    Source: the noun phrase with its modifiers, apposition and relative clause ("Larry Noble,
    an attorney with the Campaign Legal Center, said"; "A study by Vanderbilt University
    found"). It stops before a clause that reports on its own ("Graham, who says …") or a
    participle set off by a comma ("Clinton, speaking to reporters Tuesday, said"), and leaves
    out a leading "even" and a possessive 's. A comma or dash closing an apposition stays, as
    does the bracket closing "(R-Iowa)"."""
    doc = tok.doc
    first, last = tok.left_edge, tok
    for child in tok.rights:
        if child.dep_ in {"relcl", "acl", "advcl"}:
            reporting = any(reports(t) for t in child.subtree)
            if reporting or (child.dep_ != "relcl" and doc[child.i - 1].is_punct):
                break
        last = child.right_edge
    while first.i < tok.i and (first.is_punct or first.is_space or first.lower_ in _EVEN):
        first = doc[first.i + 1]
    while last.i > first.i and (last.is_punct or last.is_space or last.tag_ == "POS"):
        inner = doc[first.i : last.i].text
        if last.text == ")" and inner.count("(") > inner.count(")"):
            break
        if last.text in _CLOSING_MARKS and last.text in inner:
            break
        last = doc[last.i - 1]
    return first.idx, last.idx + len(last.text)


def outside_quote(speaker: Speaker, start: int, end: int, text: str) -> Speaker:
    """The speaker with its source phrase cut back to the mention on the side that runs into
    the quote ``text[start:end]``: "an outside group backing Marco Rubio ran ads", where the
    quote is "Marco Rubio" as the group's stance, leaves "an outside group". A mention inside
    the quote keeps no phrase."""
    phrase, mention = speaker.phrase, speaker.mention
    if phrase is None or phrase.end <= start or phrase.start >= end:
        return speaker
    if mention.end <= start:
        return replace(speaker, phrase=Span.of(text, phrase.start, mention.end))
    if mention.start >= end:
        return replace(speaker, phrase=Span.of(text, mention.start, phrase.end))
    return replace(speaker, phrase=None)


#: Focus words before a source that annotators leave out of it ("even his own supporters").
_EVEN = frozenset({"even", "also"})
#: Marks that close an apposition opened by the same mark ("Ki Hong, 33, said").
_CLOSING_MARKS = frozenset({",", "—", "--"})


def _apposed_to(tok: Token, table: EntityTable) -> tuple[Entity, Mention] | None:
    """'Ms. Lane, a lawyer who said …', 'Walter Energy, another mining company that …', 'Gov.
    Terry Branstad of Iowa, a Republican who …': the one named by the name a description
    stands in apposition to, set off right after the name's own phrase. Not a description of
    two ("Eva Miller and Gloria Major, African American women who …"), nor one the parser
    hung on a name further back."""
    head = tok.head
    if tok.dep_ != "appos" or head.pos_ != "PROPN":
        return None
    between = tok.doc[head.i + 1 : tok.left_edge.i]
    if any(not t.is_punct and not head.is_ancestor(t) for t in between):
        return None
    if any(c.dep_ == "conj" for c in head.children):
        return None
    return table.mention_of(head)


def _speaker_for(tok: Token, table: EntityTable) -> Speaker:
    tok = _author(tok)
    text = tok.doc.text
    start, end = tok.idx, tok.idx + len(tok.text)
    if tok.tag_ in {"WP", "WDT"} and tok.head.dep_ == "relcl" and tok.head.head != tok.head:
        # "Sanders, who said …": the mention is "who", the speaker its antecedent
        antecedent = _speaker_for(_predicated_of(tok.head.head), table)
        return Speaker(antecedent.name, antecedent.entity, Span(tok.text, start, end))
    found = table.mention_of(tok)
    if found is None or found[0].type != "PERSON":
        # "Poland's deputy infrastructure minister, Tomasz Zielinski, said" (apposition), "GOP
        # contender and former neurosurgeon Ben Carson responded" (a name beside the role
        # noun the parser took for the head): the person named in the phrase speaks
        apposed_org = None
        for c in [*tok.children, *_apposed_after_of(tok)]:
            if c.dep_ in {"appos", "conj", "compound"}:
                named = table.mention_of(c)
                if named is not None and named[0].type == "PERSON":
                    found = named
                    break
                if c.dep_ == "appos" and named is not None and named[0].type == "ORG":
                    apposed_org = named
        if found is None and apposed_org is not None and tok.tag_ not in {"NNS", "NNPS"}:
            # "One of Ford Motor Co's Japanese distributors, <Autorama Inc>, said": the body
            # named beside a description that names none; not the first of several ("The oil
            # companies, Amoco Corp, ARCO, Exxon Corp …, had said")
            found = apposed_org
    if found is None:
        # "Casey-Werner Co, producer of 'The Cosby Show,' said": the parser took the name
        # before the description for its modifier
        org = _org_before(tok, table)
        if org is not None:
            found = table.mention_of(org)
    if (found is None or found[0].type != "PERSON") and any(c.dep_ == "det" for c in tok.children):
        # a description ("a lawyer", "a Republican", "a super PAC"), not a name ("In a filing
        # with the Securities and Exchange Commission, Industrial Equity said")
        found = _apposed_to(tok, table) or found
    if found is None and tok.lower_ in _PLURAL_PRONOUNS | _NEUTER_PRONOUNS:
        group = _plural_antecedent(tok, table)
        if group is None and tok.lower_ == "it":
            group = _earlier_speaking_body(tok, table)
        people = _coordinated_people(group) if group is not None else []
        if len(people) > 1:
            # "Richard Alba and Nancy Foner … published a book. They compare …": both of them
            first, last = noun_phrase(people[0])[0], noun_phrase(people[-1])[1]
            return Speaker(text[first:last], None, Span(tok.text, start, end))
        if group is not None:
            # "The GOP leaders have signaled their support": the group the pronoun stands for
            of_group = _speaker_for(group, table)
            return Speaker(of_group.name, of_group.entity, Span(tok.text, start, end))
    if found is None and tok.lower_ in _SUBJECT_PRONOUNS:
        unnamed = _unnamed_antecedent(tok)
        if unnamed is not None:
            # "A Federal Reserve spokesman told a briefing … He said": that spokesman
            np_start, np_end = noun_phrase(unnamed)
            return Speaker(text[np_start:np_end], None, Span(tok.text, start, end))
    if found is None:
        np_start, np_end = noun_phrase(tok)
        name = text[np_start:np_end]
        same = _named_alike(name, table)
        if same is not None:
            # "The Post and Telecommunications Ministry has urged …" after "a Post and
            # Telecommunications ministry official said": the tagger typed one, not the other
            return Speaker(same.name, same.id, Span(name, np_start, np_end))
        return Speaker(
            name=_with_named_possessor(tok, np_start, np_end, table)
            or _whose_campaign(tok, table)
            or name,
            entity=None,
            mention=Span(name, np_start, np_end),
        )
    entity, mention = found
    return Speaker(
        name=entity.name,
        entity=entity.id,
        mention=Span(mention.text, mention.start, mention.end),
    )


def _named_alike(phrase: str, table: EntityTable) -> Entity | None:
    """The entity whose name of two words or more is ``phrase`` but for case and a leading
    "the" (not "Commission" for "the commission")."""
    words = phrase.split()
    if words[:1] and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2:
        return None
    key = " ".join(words).lower()
    for e in table.entities:
        if e.name.lower() == key:
            return e
    return None


_PLURAL_PRONOUNS = frozenset({"they", "their", "them", "theirs"})
#: The pronouns that can stand for an unnamed person speaking; their gender is in
#: ``PERSON_PRONOUNS``.
_SUBJECT_PRONOUNS = frozenset({"he", "she"})
#: Nouns for the unnamed people news quotes besides those of ``ROLE_NOUNS``.
_SOURCE_NOUNS = frozenset({"trader", "dealer", "banker", "source", "broker", "man", "woman"})


def _apposed_after_of(role: Token) -> list[Token]:
    """'The director of the European Centre, Ina Kirsch, said': the parser hangs the name on
    the thing after "of", or on the last of a chain of them ("the president of the Federal
    Association of German Banks, Wolfgang Roeller,"); a name there, when that thing is no
    person, names the role's holder. ("the wife of the senator, Jane Doe," stays with the
    parse.)"""
    if role.lemma_.lower() not in ROLE_NOUNS:
        return []
    names: list[Token] = []
    things = _things_of(role)
    while things:
        thing = things.pop()
        if thing.ent_type_ == "PERSON" or thing.lemma_.lower() in ROLE_NOUNS:
            continue
        names.extend(c for c in thing.children if c.dep_ == "appos")
        things.extend(_things_of(thing))
    return names


def _things_of(noun: Token) -> list[Token]:
    """The objects of the "of" phrases on ``noun``."""
    return [
        thing
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for thing in prep.children
        if thing.dep_ == "pobj"
    ]


def _unnamed_antecedent(pron: Token) -> Token | None:
    """The unnamed person a 'he' or 'she' no name stands for speaks of again: the subject of
    the nearest reporting verb before it, in its sentence or the one before, when that subject
    is a singular noun for a person of the pronoun's sex ("a company spokesman", "the
    analyst") and no name comes between them."""
    gender = PERSON_PRONOUNS[pron.lower_]
    doc = pron.doc
    sent = pron.sent
    lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for t in reversed(doc[lo : pron.i]):
        if t.ent_type_ == "PERSON":
            return None
        if (
            t.dep_ in {"nsubj", "nsubjpass"}
            and t.tag_ == "NN"
            and (
                t.lemma_.lower() in ROLE_NOUNS
                or t.lemma_.lower() in _SOURCE_NOUNS
                or t.lemma_.lower() in GENDERED_NOUNS  # "my father often said. He also told …"
            )
            and reports(t.head)
        ):
            return t if GENDERED_NOUNS.get(t.lower_, gender) == gender else None
    return None


def _with_named_possessor(tok: Token, start: int, end: int, table: EntityTable) -> str | None:
    """The noun phrase with its possessor by name: "his campaign" -> "Ted Cruz's campaign",
    "Mrs. Clinton's aides" -> "Hillary Clinton's aides"; None when the phrase opens with no
    possessor the table knows, or the name runs on past the possessive ("the People's Daily
    newspaper")."""
    poss = [c for c in tok.children if c.dep_ == "poss" and c.left_edge.idx == start]
    if not poss:
        return None
    owner = poss[0]
    found = table.mention_of(owner)
    if found is None or found[0].type not in {"PERSON", "ORG", "GPE"}:
        return None
    after = owner.right_edge
    if found[1].end > after.idx + len(after.text):
        return None
    named = found[1].text.lower().removeprefix("the ")
    if owner.left_edge.lower_ == "the" and named == found[0].name.lower():
        return None  # "the U.S. Embassy's report": named as written already
    if after.tag_ != "POS" and after.i + 1 < len(tok.doc) and tok.doc[after.i + 1].tag_ == "POS":
        after = tok.doc[after.i + 1]
    mark = after.text if after.tag_ == "POS" else "'s"  # "Trump’s", "Sanders'" as written
    rest = tok.doc.text[after.idx + len(after.text) : end].strip()
    return f"{found[0].name}{mark} {rest}" if rest else None


def _whose_campaign(tok: Token, table: EntityTable) -> str | None:
    """'Donald Trump's campaign is defending … The campaign says …', 'The Clinton campaign
    suggested … the campaign said': a bare "the campaign" is the campaign last named by its
    candidate in its sentence or the five before ("Donald Trump's campaign", "Hillary
    Clinton's campaign"); None when none is."""
    if tok.lower_ != "campaign" or [c.lower_ for c in tok.children] != ["the"]:
        return None  # not "the campaigns"
    for t in reversed(tok.doc[sentences_back(tok, 5) : tok.i]):
        if t.lower_ != "campaign":
            continue
        if any(c.dep_ == "poss" for c in t.children):
            start, end = noun_phrase(t)
            return _with_named_possessor(t, start, end, table)
        for c in t.children:
            found = table.mention_of(c) if c.dep_ == "compound" else None
            if found is not None and found[0].type == "PERSON":
                return f"{found[0].name}'s campaign"  # "the Clinton campaign"
    return None


def _predicated_of(noun: Token) -> Token:
    """The subject a predicate noun describes: "Trump is a serial liar, rampant xenophobe and
    birther who has pledged …" — the one who pledged is Trump, not the birther."""
    head = _first_conjunct(noun)
    copula = head.head
    if (
        head.dep_ == "attr"
        and head.pos_ == "NOUN"  # a description; "It was Manafort who …" names the one
        and copula.lemma_ == "be"
        and not any(c.dep_ == "neg" for c in copula.children)
    ):
        subject = subject_of(copula)  # "Trump incites … and is a liar": borrowed
        if subject is not None and (subject.pos_ == "PROPN" or subject.lower_ in {"he", "she"}):
            return subject
    return noun


_NEUTER_PRONOUNS = frozenset({"it", "its"})


def _plural_antecedent(pron: Token, table: EntityTable) -> Token | None:
    """The subject a 'they' / 'their' stands for (a plural noun or an organisation), or an 'it'
    / 'its' (an organisation, a country, a body or a document: "The newspaper urged …, it
    read", or what an 'it' before stands for): the nearest before it in its sentence or,
    failing that, the sentence before. No 'it' stands for one ``table`` knows as a person,
    whatever the tagger made of that mention ("Moi thanked …" tagged a place)."""
    neuter = pron.lower_ in _NEUTER_PRONOUNS
    if neuter and (
        pron.dep_ == "expl"
        or pron.head.lemma_ in _EMPTY_IT_VERBS
        or pron.head.pos_ == "AUX"
        or pron.head.lower_ in {"’s", "'s"}
        or any(c.dep_ in {"acomp", "attr"} for c in pron.head.children)
    ):
        return None  # "it's safe to say", "it means …", "makes it hard": no one
    if neuter:

        def fits(t: Token) -> bool:
            found = table.mention_of(t)
            return _names_a_body(t) and (found is None or found[0].type != "PERSON")

    elif pron.lower_ == "them":
        fits = _names_a_plural  # "make them feel": the audience, not the two people named
    else:
        fits = _names_a_group
    sent = pron.sent
    doc = pron.doc
    spans = [doc[sent.start : pron.i]]
    if sent.start > 0:
        spans.append(doc[sent.start - 1].sent)
    for k, span in enumerate(spans):
        words = [t for t in span if t.dep_ in {"nsubj", "nsubjpass"}]
        if k and not neuter and any(_main_clause(t) and fits(t) for t in words):
            # the sentence before: its own subject, not one inside what it reports ("They said
            # Funaro and Stoltenberg discussed debt. They added …")
            words = [t for t in words if _main_clause(t)]
        for t in reversed(words):
            if neuter and not _main_clause(t):
                continue
            if fits(t):
                return t
            if neuter and t.lower_ == "it":
                # "The company said … It said …": the 'it' before stands for the same body
                before = _plural_antecedent(t, table)
                if before is not None:
                    return before
    return None


def _earlier_speaking_body(pron: Token, table: EntityTable) -> Token | None:
    """The body an 'it' that reports something stands for when the sentence before names none:
    the last body that is the subject of its sentence, or the last singular thing that spoke
    as one, up to four sentences back ("AMCA International Ltd said it finalized … Terms were
    undisclosed. It said …", "The industry said … The imports had caused losses, it said");
    people, plurals and things that did not speak are passed over, and an 'it' before is
    followed to what it stands for."""
    if pron.dep_ != "nsubj" or not reports(pron.head):
        return None
    doc = pron.doc
    for t in reversed(doc[sentences_back(pron, 4) : pron.sent.start]):
        # "…, the state-run Philippine News Agency (PNA) said.": a subject the parser left
        # in the clause before
        left = subject_left_behind(t) if t.dep_ == "ROOT" and reports(t) else []
        if left:
            t = left[0]
        elif t.dep_ not in {"nsubj", "nsubjpass"} or not _main_clause(t):
            continue
        if t.lower_ == "it":
            return _plural_antecedent(t, table) or _earlier_speaking_body(t, table)
        found = table.mention_of(t)
        if found is None:
            named = _org_before(t, table)  # "Casey-Werner Co, producer of …, said"
            if named is not None:
                return named
        if found is not None and (found[0].type == "PERSON" or found[1].kind == "demonym"):
            continue  # someone who spoke since; "Two Americans were killed" are people
        if found is not None and not (found[0].type == "NORP" and t.tag_ in {"NNS", "NNPS"}):
            return t  # a body by name ("Four Seasons Hotels"), or a description linked to one
        if (
            t.lemma_.lower() in ROLE_NOUNS
            or t.lower_ in _SUBJECT_PRONOUNS
            or t.lower_ in _PLURAL_PRONOUNS
            or t.tag_ in {"NNS", "NNPS"}
        ):
            continue  # a person or several, whom no 'it' stands for
        if _names_a_body(t) or (reports(t.head) and _says(t)):
            return t
        if reports(t.head) and t.pos_ == "PROPN":
            # a name the tagger did not type spoke: a person, most likely, unless it speaks
            # of itself as "it" ("Equitorial also said that … it is operating in default")
            return t if _speaks_of_itself(t.head) else None
    return None


def subject_left_behind(verb: Token) -> list[Token]:
    """'…, many of them senior officers, the state-run Philippine News Agency (PNA) said.': for
    a verb whose subject the parser hung on the clause before (as a conjunct or an apposition
    of its last noun), the narrowest phrase set off by a comma that ends right before the
    verb, as one item. A verb with its own subject there ("…, the company said") gets that
    subject back."""
    doc = verb.doc
    if verb.i == 0:
        return []
    last = doc[verb.i - 1]
    for word in [last, *last.ancestors]:
        if word.i >= verb.i or word.right_edge.i != last.i:
            break
        start = word.left_edge.i
        if start > 0 and doc[start - 1].text == ",":
            return [word]
    return []


def _org_before(noun: Token, table: EntityTable) -> Token | None:
    """An organisation's name set before a description by a comma, which the parser hung on
    the description as its modifier ("Casey-Werner Co, producer of 'The Cosby Show,' said":
    Co); not a name inside the description ("Bank of Japan officials said", "the Oak Brook,
    Ill.-based company said", tagged an organisation), nor a place in a list ("Japanese,
    British and U.S. securities houses said")."""
    for c in noun.lefts:
        found = table.mention_of(c)
        if (
            c.left_edge.dep_ != "det"
            and c.doc[c.i + 1].text == ","
            and found is not None
            and found[0].type == "ORG"
        ):
            return c
    return None


def _speaks_of_itself(verb: Token) -> bool:
    """Whether the clause a reporting verb reports has "it" for its subject, or "its …"
    ("X said it received …", "X said its shareholders approved …"): X is a body."""
    for c in verb.children:
        if c.dep_ != "ccomp":
            continue
        subj = nearest_subject(c)
        if subj is not None and (
            subj.lower_ == "it"
            or any(p.dep_ == "poss" and p.lower_ == "its" for p in subj.children)
        ):
            return True
    return False


def _says(subj: Token) -> bool:
    """Whether a singular common noun is the one saying ("The industry said …"), not what is
    expected or seems."""
    return (
        subj.tag_ == "NN"
        and subj.dep_ == "nsubj"
        and verb_lemma(subj.head) not in {"expect", "seem", "appear"}
    )


def reports(tok: Token) -> bool:
    """Whether ``tok`` is a reporting verb ("said", "told", "added")."""
    return tok.pos_ in {"VERB", "AUX"} and verb_lemma(tok) in REPORTING_VERBS


#: Verbs whose subject "it" is usually empty or a situation, not a body that speaks.
_EMPTY_IT_VERBS = frozenset({"be", "make", "mean", "seem", "appear", "take", "remain"})


def _main_clause(subject: Token) -> bool:
    """Whether the subject's verb heads its sentence (or a conjunct of the head): an 'it' may
    stand for the paper that "notes" but not for the government it says "monitors"."""
    return _first_conjunct(subject.head).dep_ == "ROOT"


def _first_conjunct(tok: Token) -> Token:
    """The first of the words ``tok`` is coordinated with ("liar" for "birther" in "a liar,
    racist and birther"), or ``tok`` itself."""
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    return tok


def _names_a_plural(t: Token) -> bool:
    return t.tag_ in {"NNS", "NNPS"} or t.ent_type_ in {"ORG", "NORP"}


def _names_a_group(t: Token) -> bool:
    return _names_a_plural(t) or len(_coordinated_people(t)) > 1


def _coordinated_people(t: Token) -> list[Token]:
    """The people a subject coordinates ("Mike Crapo and Jim Risch"), in order; [] unless
    every conjunct is a person's name."""
    people = [t]
    while True:
        nxt = [c for c in people[-1].children if c.dep_ == "conj"]
        if not nxt:
            break
        people.append(nxt[0])
    if len(people) < 2 or any(p.ent_type_ != "PERSON" for p in people):
        return []
    return people


def _names_a_body(t: Token) -> bool:
    """Whether ``t`` names one body, country or document: a tagged organisation or place,
    a document or group noun, or the head of a body's name the tagger left untyped ("The Post
    and Telecommunications Ministry has urged …")."""
    if t.tag_ in {"NNS", "NNPS"} or t.ent_type_ in {"PERSON", "NORP"}:
        return False
    lemma = t.lemma_.lower()
    return (
        t.ent_type_ in {"ORG", "GPE"}
        or (t.pos_ == "NOUN" and (lemma in DOCUMENT_NOUNS or lemma in GROUP_NOUNS))
        or (t.pos_ == "PROPN" and t.lower_ in NAMED_BODIES)
    )
