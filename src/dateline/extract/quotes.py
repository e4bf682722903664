"""Quotes of one article: direct, indirect and mixed, with cue, speaker and the date said.

The cascade:

1. **Direct**: stretches between paired quote marks (``quotemarks.pair_marks``). Each is
   attributed from the words around it in its sentence and paragraph: a reporting verb and its
   subject (``"…," Kallas said.``, ``said Kallas``, ``Kallas said: "…"``), ``according to X``,
   or a trailing ``— X``. A quote split by its attribution, and a paragraph holding only a
   quote, take the speaker of the quote before them. A short phrase without a verb and without
   an attribution ("coalition of the willing") is a name or a scare quote, not a quote.
2. **Indirect**: the clause a reporting verb governs (``warned in July that …``; also the clause
   before it: ``…, Kallas said.``) and the sentence around ``according to X``. A clause that
   holds a direct quote and more words is one *mixed* quote.
3. **said_on**: a date in the cue's sentence, outside the content (``said … on Sept. 3``), is
   when the words were said; later quotes of the same speaker from that occasion carry it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dateline.extract.entities import EntityTable
from dateline.extract.lexicon import (
    DOCUMENT_NOUNS,
    FINITE_TAGS,
    GROUP_NOUNS,
    ROLE_NOUNS,
    SPEAKER_LABELS,
    WEAK_VERBS,
    verb_lemma,
)
from dateline.extract.quotemarks import Quoted, pair_marks, single_quoted
from dateline.extract.reported import find_reported
from dateline.extract.speakers import (
    names_someone,
    outside_quote,
    reports,
    speaker_for,
    subject_of,
)
from dateline.ingest.paragraphs import paragraph_spans
from dateline.model import Article, Quote, Span, Speaker, Timex

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_DATE_VALUE = re.compile(r"^\d{4}(-(\d\d|W\d\d|Q\d|SP|SU|FA|WI|H\d))?(-\d\d)?")
_CARRY_CUES = frozenset({"say", "add", "tell", "continue", "explain", "note", "go"})
_DASHES = ("—", "–", "―", "‒", "--", " - ")
#: Subjects inside the words of an interview or speech, not the one quoting them.
_ADDRESSED = frozenset({"i", "we", "you"})
#: Subjects that name no speaker of a quote around them.
_NO_SPEAKER = _ADDRESSED | {"it"}


@dataclass(slots=True)
class _Draft:
    kind: str
    start: int
    end: int
    cue: Token | None = None
    source: Token | None = None
    speaker: Speaker | None = None
    said_on: str | None = None
    paragraph: int = 0
    inherited: bool = False
    head: _Draft | None = None  # the first piece of a quote split by its attribution
    frame: str = "direct"  # how it was found (see reported.py), for diagnostics


def find_quotes(
    doc: Doc,
    article: Article,
    table: EntityTable,
    timexes: list[Timex],
    paired: list[Quoted] | None = None,
) -> list[Quote]:
    """The article's quotes; ``paired`` are its paired quote marks (found here when not
    given)."""
    text = doc.text
    paragraphs = paragraph_spans(text)
    marks = pair_marks(text, paragraphs) if paired is None else paired
    marks = sorted(marks + single_quoted(text, paragraphs, marks), key=lambda q: q.open_mark)
    direct = _direct_quotes(doc, marks, paragraphs, table)
    direct.extend(_labelled_paragraphs(doc, paragraphs, table, direct))
    indirect = _indirect_quotes(doc, direct, paragraphs, table)
    drafts = _merge(direct, indirect)
    drafts.sort(key=lambda d: (d.start, d.end))
    _continue_reported(drafts)
    _continue_paragraphs(doc, drafts, paragraphs, table)
    _dates(doc, drafts, timexes, article.date.isoformat())
    _link_pieces(drafts)
    index = {id(d): n for n, d in enumerate(drafts)}
    return [_freeze(d, text, index.get(id(d.head)) if d.head else None) for d in drafts]


def _link_pieces(drafts: list[_Draft]) -> None:
    """Consecutive direct quotes of one paragraph attributed by the same cue are pieces of one
    quote split by its attribution (``"…," Kallas said, "…"``); so is a direct quote right
    after reported words of the same cue ('blamed the law on "knuckleheaded politicians"'), or
    after the cue that follows them ('The summit accomplished "too little," he added. "Without
    changing policies …"')."""
    for prev, d in zip(drafts, drafts[1:], strict=False):
        if d.head is not None or d.kind != "direct":
            continue
        if (
            prev.kind != "direct"
            and d.start - prev.end > _RUN_ON_GAP
            and not _split_by_cue(prev, d)
        ):
            continue
        same_cue = d.cue is not None and prev.cue is not None and d.cue.i == prev.cue.i
        if d.paragraph == prev.paragraph and same_cue:
            d.head = prev.head or prev


#: At most this many characters between reported words and the direct quote that runs on.
_RUN_ON_GAP = 12


def _split_by_cue(prev: _Draft, d: _Draft) -> bool:
    """Whether ``prev``'s cue stands between it and ``d`` ('"…," he added. "…"')."""
    return prev.cue is not None and prev.end <= prev.cue.idx < d.start


def _paragraph_index(paragraphs: list[tuple[int, int]], pos: int) -> int:
    for n, (lo, hi) in enumerate(paragraphs):
        if lo <= pos < hi or pos < lo:
            return n
    return max(len(paragraphs) - 1, 0)


# --- direct quotes ----------------------------------------------------------------------------


def _tokens_between(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _direct_quotes(
    doc: Doc, marks: list[Quoted], paragraphs: list[tuple[int, int]], table: EntityTable
) -> list[_Draft]:
    text = doc.text
    drafts: list[_Draft] = []
    for k, q in enumerate(marks):
        para = _paragraph_index(paragraphs, q.start)
        p_lo, p_hi = paragraphs[para] if paragraphs else (0, len(text))
        prev_end = max(
            [
                m.close_mark + 1
                for m in marks[:k]
                if m.close_mark is not None and m.close_mark >= p_lo
            ]
            + [p_lo]
        )
        # short quoted phrases (names, scare quotes) do not end an attribution frame
        nxt = [m.open_mark for m in marks[k + 1 :] if m.open_mark < p_hi and _words(text, m) >= 4]
        next_start = nxt[0] if nxt else p_hi
        after_mark = (q.close_mark + 1) if q.close_mark is not None else q.end
        d = _Draft("direct", q.start, q.end, paragraph=para)
        # 1. after the quote, up to the next quote or the end of its sentence
        runs_on = text[q.start : q.end].endswith(",") or text[after_mark : after_mark + 1] == ","
        after = _frame_after(doc, after_mark, next_start, runs_on)
        before = _frame_before(doc, prev_end, q.open_mark)
        if _reports_something_else(text[q.start : q.end], after) or _introduced(
            text[q.start : q.end], after, before
        ):
            after = []
        if not before and q.open_mark == p_lo and para > 0:
            before = _colon_paragraph(doc, paragraphs[para - 1])
        _attribute(d, after, "first", q)
        if d.cue is None and d.source is None and (runs_on or text[q.start : q.end][-1:] in "?!"):
            _manner_of_speaking(d, after)
        if d.cue is None and d.source is None:
            _attribute(d, before, "last", q)
        if d.cue is None and d.source is None:
            _attribute_by_parse(doc, d, q)
        if d.cue is None and d.source is None and before and before[-1].text == ":":
            d.source = _colon_subject(before, q)
        if d.cue is None and d.source is None and not before:
            _attribute_from_previous_sentence(doc, d, q, p_lo)
        if d.source is None:
            _trailing_dash(doc, d, after_mark, next_start)
        if d.source is None and q.end >= p_hi - 2 and para + 1 < len(paragraphs):
            _byline_paragraph(doc, d, paragraphs[para + 1])
        if d.source is not None and _in_quoted_words(d.source, [m for m in marks if m is not q]):
            # "treating her remark as a compliment -- ''That makes me smart'' -- and …
            # asserting, ''…''": the parser lent the cue a subject from inside quote marks
            d.source = None
        if d.source is not None:
            d.speaker = speaker_for(d.source, table)
        ran_on = k > 0 and marks[k - 1].continues and drafts and drafts[-1].end == marks[k - 1].end
        if ran_on and d.source is None:
            # a quote running over paragraphs (the mark reopened, never closed) is one quote,
            # unless the new paragraph names its own speaker ('“…,” he continued.')
            d.head = drafts[-1].head or drafts[-1]
        elif _not_speech(doc, d, q):
            continue
        drafts.append(d)
    _inherit_speakers(drafts)
    return drafts


def _words(text: str, q: Quoted) -> int:
    return len(text[q.start : q.end].split())


def _labelled_paragraphs(
    doc: Doc, paragraphs: list[tuple[int, int]], table: EntityTable, direct: list[_Draft]
) -> list[_Draft]:
    """'PENCE: Well, look, …' (a transcript) or 'Trump: Clinton Is …' (a headline): a
    paragraph opening with a known speaker's name and a colon is that speaker's words."""
    found: list[_Draft] = []
    for n, (lo, hi) in enumerate(paragraphs):
        head = doc.text[lo : min(hi, lo + 60)]
        colon = head.find(":")
        if colon <= 0 or hi - (lo + colon) < 12:
            continue
        label = [t for t in _tokens_between(doc, lo, lo + colon) if not t.is_quote]
        addressed = _addressed_label(label)
        if addressed is not None:
            label = addressed  # 'Clinton to Planned Parenthood: Trump will …'
        if not label or len(label) > 4:
            continue
        if label[0].lower_ in _RUBRIC_VERBS:
            continue  # 'Follow AWR Hawkins on Twitter:': an instruction, not a speaker
        proper = all(t.pos_ == "PROPN" or t.is_upper for t in label)
        if not proper and not all(t.is_title or t.is_upper for t in label):  # "Former AG"
            continue
        speaker = _label_speaker(label[-1], table)
        if label[-1].lemma_.lower() in ROLE_NOUNS and any(t.pos_ == "PROPN" for t in label[:-1]):
            speaker = None  # 'CNN President:': the network's, not the president the article names
        # 'Poll: Trump and Clinton hold narrow leads', 'Insiders: Trump will rebound'
        unnamed = label[-1].lemma_.lower() in _LABEL_NOUNS
        if not proper and speaker is None and not unnamed:
            # 'Lewandowski: FBI director acted …' with the name tagged a noun: known names only
            continue
        if speaker is None:
            words = doc.text[label[0].idx : label[-1].idx + len(label[-1].text)]
            if words.lower() in _NOT_SPEAKERS or any(
                t.lower_ in _LABEL_FUNCTION_WORDS for t in label
            ):
                continue  # "STAT OF THE WEEK:", "LOOK:": a rubric, not a speaker
            # "Q:", "Insiders:", "BOULDUAN:": a speaker the article names only by its label
            speaker = Speaker(words, None, Span(words, label[0].idx, label[0].idx + len(words)))
        start = lo + colon + 1
        while start < hi and doc.text[start].isspace():
            start += 1
        # a quote opening right after the colon (its mark at ``start``) is the labelled words
        inside = [d for d in direct if d.start <= start < d.end or lo <= d.start <= start + 1]
        for d in inside:
            if d.start <= label[-1].idx:
                # '"WALLACE: Let's start …' in a quoted transcript: the label names the speaker,
                # whose words run to the paragraph's end whatever marks they quote inside
                # ('"PENCE: Well, look, she thinks this is an episode of “Shark Tank.” But …')
                d.start, d.speaker, d.cue, d.inherited, d.head = start, speaker, None, False, None
                if _closed_by_inner_mark(doc.text, lo, d.end, hi):
                    d.end = len(doc.text[:hi].rstrip("\"“”'’ "))
                    direct[:] = [o for o in direct if o is d or not start <= o.start < d.end]
            elif d.speaker is None or d.inherited:  # 'Trump: "…"'
                d.speaker, d.inherited = speaker, False
        if inside:
            continue
        found.append(_Draft("direct", start, hi, speaker=speaker, paragraph=n, frame="label"))
        if n == 0:
            # "Sanders: Clinton needs to 'get away from …' with Trump": in a headline, a quote
            # inside the labelled words is part of them
            direct[:] = [d for d in direct if not start <= d.start < hi]
    return found


def _closed_by_inner_mark(text: str, lo: int, end: int, hi: int) -> bool:
    """'"PENCE: Well, look, she thinks this is an episode of “Shark Tank.” But …': the straight
    mark opening a transcript paragraph is never closed, and the curly one after "Shark Tank"
    closed it by mistake. A quote opened by one style of mark and closed by the other, before
    its paragraph ends, was closed by a mark of a quote inside it."""
    after = text[end:hi].lstrip(" ,.?!")
    if not after or not text[lo:end].strip():
        return False
    return (text[lo] == '"') != (after[0] == '"') and after[0] in '"”' and bool(after[1:].strip())


#: Common nouns that can label what a source says ('Poll:', 'Report:', 'Insiders:').
_LABEL_NOUNS = DOCUMENT_NOUNS | GROUP_NOUNS | ROLE_NOUNS

#: Prepositions that join a label's speaker to whom or where they spoke.
_LABEL_ADDRESS = frozenset({"to", "at", "on"})


def _addressed_label(label: list[Token]) -> list[Token] | None:
    """The words before 'to', 'at' or 'on' in a label ('Obama To Asians Worried About U.S.
    Election:', 'Former AG Mukasey at RNC:'): the speaker, where the rest is whom or what
    they spoke to or about."""
    for n, t in enumerate(label[1:5], start=1):
        if t.lower_ in _LABEL_ADDRESS:
            return label[:n]  # 'CNN President On Trump:': the president speaks, about Trump
    return None


#: Paragraph labels that name no speaker.
_NOT_SPEAKERS = frozenset(
    {
        "contributing", "correction", "corrections", "update", "updated", "breaking", "byline",
        "editor's note", "editor’s note", "note", "related", "photo", "photos", "video", "watch",
        "source", "sources", "read more", "listen", "see also", "advertisement", "dateline",
        "abstract", "summary", "background", "look", "email", "e-mail", "full text", "more",
        "analysis", "opinion", "exclusive", "quote", "quotes", "stat",
    }
)  # fmt: skip
#: Verbs opening a rubric that asks the reader to do something ('Follow … on Twitter:').
_RUBRIC_VERBS = frozenset({"follow", "contact", "reach", "subscribe", "sign", "read", "watch"})
#: Words that make a label a topic, not a name ('STAT OF THE WEEK:', 'Stealth Over Health:').
_LABEL_FUNCTION_WORDS = frozenset(
    {"of", "the", "a", "an", "and", "or", "in", "on", "for", "to", "over", "with", "at", "by"}
    | {"from", "about", "after", "before", "against", "vs", "vs."}
)


def _label_speaker(tok: Token, table: EntityTable) -> Speaker | None:
    """The speaker a label names: an entity mention, or a known person's surname in capitals."""
    mention = table.mention_of(tok)
    if mention is not None and mention[0].type in {"PERSON", "ORG", "GPE"}:
        return speaker_for(tok, table)
    if (tok.is_upper or tok.is_title) and len(tok.text) > 2:
        for ent in table.entities:
            if ent.type == "PERSON" and ent.name.split()[-1].upper() == tok.text.upper():
                return Speaker(ent.name, ent.id, Span(tok.text, tok.idx, tok.idx + len(tok.text)))
    return None


def _frame_after(doc: Doc, start: int, limit: int, runs_on: bool) -> list[Token]:
    """Tokens after a quote up to the next quote or the end of the sentence the quote ends in
    (a quote ending in a comma runs on to the first full stop, whatever the parser split)."""
    toks = _tokens_between(doc, start, limit)
    out: list[Token] = []
    for t in toks:
        if t.idx < start:
            continue
        if t.is_space and "\n" in t.text:
            break
        ended = not runs_on or any(o.text in {".", "!", "?"} for o in out)
        if out and t.is_sent_start and not _continues_attribution(out) and ended:
            break
        out.append(t)
    return out


def _manner_of_speaking(d: _Draft, after: list[Token]) -> None:
    """'"…," Toomey fumed', '"…," barked Trump': right after a quote that runs on, a name or a
    pronoun and a verb of its own, whatever the verb, say how the words were said; so do a noun
    phrase and a finite verb ('"…," an angry Hollande retaliated', '"…," the protesters
    chanted')."""
    words = [t for t in after if not (t.is_punct or t.is_space)][:4]
    if len(words) < 2:
        return
    k = 0
    while k < len(words) - 2 and words[k].pos_ in {"DET", "ADJ"}:
        k += 1
    a, b = words[k], words[k + 1]
    # '"…," Trump shot back' with "Trump" tagged a verb: a capitalised subject is a name
    named = a.pos_ in {"PROPN", "PRON"} or (
        a.is_title and a.dep_ == "nsubj" and not a.is_sent_start
    )
    if b.pos_ == "VERB" and (named or (a.pos_ in {"NOUN", "NUM"} and b.tag_ in FINITE_TAGS)):
        subj, verb = a, b
    elif k == 0 and a.pos_ == "VERB" and b.pos_ == "PROPN":
        subj, verb = b, a
        while subj.dep_ == "compound" and subj.i < subj.head.i <= subj.i + 3:
            subj = subj.head  # '"…," scoffed Arianna Gil': the name's last word is the subject
    else:
        return
    if subj.dep_ == "nsubj" and subj.head.i == verb.i and not _has_own_content(verb):
        d.cue, d.source = verb, subj


def _has_own_content(verb: Token) -> bool:
    """Whether a verb has an object or a clause after it (the quote before is not its own)."""
    return any(c.dep_ in {"dobj", "ccomp", "xcomp"} and c.i > verb.i for c in verb.children)


def _reports_something_else(quoted: str, after: list[Token]) -> bool:
    """A quote closed by a full stop ended its sentence; a new sentence whose reporting verb
    has content of its own ("…opinion." Reid said both men are …) is another report, not this
    quote's attribution."""
    if not after or not after[0].is_sent_start or not quoted.rstrip().endswith("."):
        return False
    cues = [t for t in after if reports(t)]
    return bool(cues) and any(
        c.dep_ in {"ccomp", "xcomp", "dobj", "prep"} and c.i > cues[0].i for c in cues[0].children
    )


def _introduced(quoted: str, after: list[Token], before: list[Token]) -> bool:
    """'Labott tweeted, "House passes bill …." CNN claimed …': a quote its own sentence
    introduces (a reporting verb, then a comma or colon right before the marks) and closes with
    a full stop takes no attribution from the sentence after it."""
    if not after or not after[0].is_sent_start or quoted.rstrip()[-1:] not in {".", "?", "!"}:
        return False
    words = [t for t in before if not t.is_space]
    return len(words) >= 2 and words[-1].text in {",", ":"} and any(reports(t) for t in words[-4:])


def _colon_paragraph(doc: Doc, paragraph: tuple[int, int]) -> list[Token]:
    """The last sentence of a paragraph that ends with ':' introduces the next paragraph."""
    lo, hi = paragraph
    if doc.text[lo:hi].rstrip().endswith(":"):
        toks = _tokens_between(doc, lo, hi)
        if toks:
            sent = toks[-1].sent
            return [t for t in sent if t.idx >= lo and not t.is_space]
    return []


def _continues_attribution(tokens: list[Token]) -> bool:
    return all(t.is_punct or t.is_space for t in tokens)


def _frame_before(doc: Doc, limit: int, end: int) -> list[Token]:
    """Tokens before a quote back to the previous quote or the sentence start, but only when
    they introduce it: ending in ':' or ',' (``Kallas said: "…"``) or a reporting verb."""
    toks = [t for t in _tokens_between(doc, limit, end) if t.idx + len(t.text) <= end]
    if not toks:
        return []
    out: list[Token] = []
    for t in reversed(toks):
        if t.is_space and "\n" in t.text:
            break
        out.append(t)
        if t.is_sent_start and t.i != toks[-1].i:
            break
    out.reverse()
    words = [t for t in out if not t.is_space]
    if not words:
        return []
    last = words[-1]
    if last.text in {":", ","} or reports(last) or (len(words) >= 2 and reports(words[-2])):
        return words
    return []


def _attribute(d: _Draft, frame: list[Token], prefer: str, q: Quoted) -> None:
    """Set the cue and source of a direct quote from the tokens around it."""
    cues = [t for t in frame if reports(t)]
    if prefer == "last":
        cues.reverse()
        retort = _retort(frame, cues, q)
        if retort is not None:
            d.cue, d.source = retort
            return
    for cue in cues:
        if verb_lemma(cue) in WEAK_VERBS or cue.dep_ in {"amod", "acl"}:
            continue  # "known as "Fancy Bear"", "the so-called "peace plan""
        subj = subject_of(cue)
        if subj is not None and _in_quoted_words(subj, [q]):
            # '"… Full panic mode," said Wimes': the parser took words of the quote for the
            # subject; a subject it also found outside the quote is the speaker
            subj = _subject_outside(cue, q)
        if subj is not None and subj.lower_ in _ADDRESSED:
            continue
        if subj is not None and _covers(subj, q):
            continue  # the quote is part of the verb's subject: a name, not the words said
        if subj is not None and subj.i > cue.i and _opens_title(subj):
            subj = None  # '…," Flynn said on Fox News's "Fox and Friends."': a show, not a speaker
        d.cue, d.source = cue, subj
        if subj is None:
            d.source = _object_after_said(cue, frame)
        if d.source is None and prefer == "first":
            d.source = _name_before_cue(cue, frame)
        return
    for t in frame:
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            obj = [c for c in t.doc[t.i + 1].children if c.dep_ == "pobj"]
            if obj:
                d.cue, d.source = t, obj[0]
            return


def _retort(frame: list[Token], cues: list[Token], q: Quoted) -> tuple[Token, Token] | None:
    """'After Jerry Brown criticized Bill Clinton, Hillary shot back, "…"', 'When Trump
    suggested …, Rubio fired back forcefully: "…"': the reporting verbs before the quote sit in
    a clause of time under the verb that introduces it, whose subject speaks."""
    if not cues or not frame or frame[-1].text not in {",", ":"}:
        return None
    verbs = [t for t in frame if t.pos_ == "VERB" and t.i > cues[0].i]
    if not verbs:
        return None
    main = verbs[-1]
    if reports(main) or not (main.dep_ == "ROOT" or _within_marks(main.head, q)):
        return None  # the parser may hang the clause on the quote's verb
    clauses = [c for c in main.children if c.dep_ == "advcl" and c.i < main.i]
    if not all(any(cue in c.subtree for c in clauses) for cue in cues):
        return None
    subj = subject_of(main)
    if subj is None or subj.i < clauses[-1].right_edge.i or _covers(subj, q):
        return None
    return (main, subj) if names_someone(subj) else None


def _opens_title(tok: Token) -> bool:
    """Whether the phrase ``tok`` heads opens right after a quote mark (a quoted title)."""
    first = tok.left_edge.i
    return first > 0 and tok.doc[first - 1].is_quote


def _name_before_cue(cue: Token, frame: list[Token]) -> Token | None:
    """'"…," Texas delegate Bill Eastland, wearing a cowboy hat, said': the name or role noun
    right after the quote, when the parser gave the verb after it no subject."""
    words = [t for t in frame if t.i < cue.i and not t.is_punct and not t.is_space]
    if not words:
        return None
    t = words[0]
    if t.pos_ not in {"PROPN", "NOUN"}:
        # '"…," Tulsa police Chief Chuck Jordan said', "Tulsa" tagged a verb: a person the
        # entity tagger found among those words
        people = [w for w in words if w.ent_type_ == "PERSON"]
        if not people:
            return None
        t = people[0]
    while t.dep_ == "compound" and t.i < t.head.i <= t.i + 3:
        t = t.head  # "Texas delegate Bill Eastland": the name the words before it qualify
    return t if names_someone(t) else None


def _subject_outside(cue: Token, q: Quoted) -> Token | None:
    """A subject of the cue outside the quote's marks ('"…, the foundation, …," said a person
    close to the Clintons', where the parser gave 'said' both)."""
    for c in cue.children:
        if c.dep_ in {"nsubj", "nsubjpass"} and not _within_marks(c, q):
            return c
    return None


def _within_marks(tok: Token, q: Quoted) -> bool:
    """Whether a token lies between a quote's marks, the marks included."""
    return q.open_mark <= tok.idx <= (q.close_mark or q.end)


def _attribute_by_parse(doc: Doc, d: _Draft, q: Quoted) -> None:
    """A quote the parser hangs on a reporting verb outside it (``said that "…"``)."""
    for t in _tokens_between(doc, q.start, q.end):
        head = t.head
        for _ in range(3):
            if _within_marks(head, q):
                break
            if reports(head):
                subj = subject_of(head)
                if subj is not None and _in_quoted_words(subj, [q]):
                    subj = _subject_outside(head, q)  # borrowed from a verb of the quote
                if subj is None or not _covers(subj, q):
                    d.cue, d.source = head, subj
                return
            if head.dep_ not in {"ccomp", "conj", "xcomp", "parataxis", "advcl"}:
                break
            head = head.head
        else:
            continue


def _colon_subject(before: list[Token], q: Quoted) -> Token | None:
    """'Sanders delivered a snappy retort: "…"': the subject of the clause the colon ends."""
    verbs = [t for t in before if t.pos_ in {"VERB", "AUX"}]
    if not verbs:
        # 'HIGHER TURNOUT IN IOWA - Michael P. McDonald: "…"': a name right before the colon
        name = before[-2] if len(before) >= 2 else None
        if name is not None and name.pos_ == "PROPN" and name.ent_type_ in SPEAKER_LABELS:
            return name
        return None
    subj = subject_of(verbs[-1])
    if subj is None or _covers(subj, q) or subj.lower_ in _NO_SPEAKER:
        return None
    return subj


def _attribute_from_previous_sentence(doc: Doc, d: _Draft, q: Quoted, p_lo: int) -> None:
    """'Sam Lau said in a statement. "There are no paper ballots …"': a reporting verb with no
    words of its own in the sentence just before a quote that opens its sentence."""
    toks = _tokens_between(doc, p_lo, q.open_mark)
    if not toks:
        return
    sent = toks[-1].sent
    if any(ch in sent.text for ch in '“”"«»'):
        return
    for t in reversed(list(sent)):
        if reports(t) and not any(
            c.dep_ in {"ccomp", "dobj", "xcomp", "parataxis"} for c in t.children
        ):
            subj = subject_of(t)
            if subj is not None and subj.lower_ not in _ADDRESSED:
                d.cue, d.source = t, subj
            return


def _byline_paragraph(doc: Doc, d: _Draft, paragraph: tuple[int, int]) -> None:
    """A quote paragraph followed by a short paragraph '- Clinton.' naming its speaker."""
    lo, hi = paragraph
    if hi - lo > 60 or doc.text[lo] not in "-—–―":
        return
    for t in _tokens_between(doc, lo, hi):
        if t.pos_ == "PROPN":
            d.source = _last_of_run(t, "PROPN", hi)
            return


def _last_of_run(tok: Token, pos: str, limit: int | None = None) -> Token:
    """The last of the tokens of part of speech ``pos`` that follow ``tok`` without a break
    (and start before the character offset ``limit``): the head word of a name."""
    doc = tok.doc
    while tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == pos:
        if limit is not None and doc[tok.i + 1].idx >= limit:
            break
        tok = doc[tok.i + 1]
    return tok


def _covers(tok: Token, q: Quoted | _Draft) -> bool:
    """Whether the phrase ``tok`` heads spans the whole quote ``q``."""
    left, right = tok.left_edge, tok.right_edge
    return left.idx <= q.start and q.end <= right.idx + len(right.text)


def _object_after_said(cue: Token, frame: list[Token]) -> Token | None:
    """'said Kallas' when the parser did not make Kallas the subject: a proper noun right after;
    right after the quote, also a common noun ('"How big is that wall?" asked the boy', where
    the parser took the boy for the one asked)."""
    for t in frame:
        if t.ent_type_ in {"DATE", "TIME"}:
            continue  # 'said Thursday': when, not who
        if t.i > cue.i and t.pos_ in {"PROPN", "PRON"} and t.i - cue.i <= 3:
            return _last_of_run(t, "PROPN")
    if any(t.i < cue.i and not t.is_punct for t in frame):
        return None  # 'telling the crowd, "…"': the noun after the verb is whom it addresses
    words = [t for t in frame if t.i > cue.i][:4]
    for t in words:
        if t.pos_ == "NOUN":
            return _last_of_run(t, "NOUN")
        if t.pos_ not in {"DET", "ADJ", "NUM"}:
            return None
    return None


def _trailing_dash(doc: Doc, d: _Draft, start: int, limit: int) -> None:
    """A quote followed by '— Name' (an epigraph or a pull quote)."""
    tail = doc.text[start:limit]
    stripped = tail.lstrip(" ,\xa0")  # a no-break space before the dash: '”\xa0― Jacklyn Ashley'
    if not any(stripped.startswith(x.strip()) for x in _DASHES):
        return
    offset = start + len(tail) - len(stripped)
    for t in _tokens_between(doc, offset, limit):
        if t.is_punct or t.is_space:
            continue  # the dash itself, which spaCy may count into the name's entity
        if t.pos_ == "PROPN" or t.ent_type_ in SPEAKER_LABELS:
            d.source = _last_of_run(t, "PROPN", limit)
            return
        if t.is_alpha and t.pos_ not in {"DET", "PUNCT"}:
            return


_TITLE_SMALL_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or"}
    | {"the", "to", "vs", "with"}
)


def _not_speech(doc: Doc, d: _Draft, q: Quoted) -> bool:
    """Quote marks around a name or a scare phrase, or around a title with no clause in it
    ("Face the Nation", "Morning Joe"), even beside a reporting verb."""
    if d.cue is None and d.source is None and not _looks_like_speech(doc, q):
        return True
    return _is_title(doc.text[q.start : q.end]) and not _has_clause(doc, q)


def _is_title(quoted: str) -> bool:
    """A short quoted phrase in title case names something (a show, a book, a slogan, a
    nickname): "Face the Nation", "Morning Joe", "Contract with America"."""
    if quoted.rstrip(" ,'’\"”").endswith(("!", "?")):
        return False  # exclaimed or asked: spoken
    if re.search(r"[.!?]\s", quoted):
        return False  # more than one sentence: "Like Oakland. Or Ferguson,"
    words = [w.strip(".,;:!?'’") for w in quoted.split()]
    words = [w for w in words if w]
    if not 2 <= len(words) <= 6 or words[0] in {"I", "I'm", "I’m"}:
        return False
    big = [w for w in words if w.lower() not in _TITLE_SMALL_WORDS]
    return bool(big) and all(w[0].isupper() or w[0].isdigit() for w in big)


def _has_finite_verb(doc: Doc, q: Quoted) -> bool:
    return any(
        t.pos_ in {"VERB", "AUX"} and t.tag_ not in {"VBN", "VBG"}
        for t in _tokens_between(doc, q.start, q.end)
    )


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def _has_clause(doc: Doc, q: Quoted) -> bool:
    """A verb with its subject inside the quote ("You Should Be Criminally Investigated"), not
    a title that merely starts with a verb ("Face the Nation")."""
    return any(
        t.pos_ in {"VERB", "AUX"} and any(c.dep_ in _SUBJECTS for c in t.children)
        for t in _tokens_between(doc, q.start, q.end)
    )


def _looks_like_speech(doc: Doc, q: Quoted) -> bool:
    """Unattributed text in quote marks counts as a quote only when it reads like a statement:
    a clause with a verb, or a long stretch. Names and scare quotes are neither."""
    toks = [t for t in _tokens_between(doc, q.start, q.end) if not t.is_punct and not t.is_space]
    if len(toks) >= 8:
        return True
    return len(toks) >= 4 and _has_finite_verb(doc, q)


def _inherit_speakers(drafts: list[_Draft]) -> None:
    """A quote without attribution continues the speaker of the quote before it in the same
    paragraph (split by its attribution, cue included). Quotes opening a later paragraph are
    continued after indirect quotes are found (``_continue_paragraphs``)."""
    for k, d in enumerate(drafts):
        if d.speaker is not None or k == 0:
            continue
        prev = drafts[k - 1]
        if prev.speaker is None:
            continue
        if prev.paragraph == d.paragraph:
            d.speaker, d.cue, d.inherited = prev.speaker, prev.cue, True
            d.head = prev.head or prev


def _continue_reported(drafts: list[_Draft]) -> None:
    """Mend the links direct quotes made before reported speech was found. '"I'm sure …," he
    said, adding that he hasn't spoken to them. "We're going to …"': an unattributed direct
    quote continues the reported words just before it when their cue says more ("adding",
    "noting"), not the earlier quote whose speaker it took (after "referring to …" it still
    continues the earlier one); and a link to a piece that became part of a mixed quote moves
    to that quote or goes."""
    kept = {id(d) for d in drafts}
    for prev, d in zip(drafts, drafts[1:], strict=False):
        head = d.head
        if head is not None and id(head) not in kept:
            # 'The summit accomplished "too little," he added. "Without …"': the piece the
            # quote continued became part of the mixed quote just before it, whose cue splits
            # them; it continues that quote. A merged piece anywhere else links nothing
            absorbed = prev.start <= head.start and head.end <= prev.end
            d.head = (prev.head or prev) if absorbed and _split_by_cue(prev, d) else None
            continue
        if not d.inherited or head is None:
            continue
        if prev.kind == "direct" or prev.end <= head.end:
            continue
        if prev.paragraph != d.paragraph or not _same_speaker(prev.speaker, d.speaker):
            continue
        if prev.cue is None or verb_lemma(prev.cue) not in _CARRY_CUES:
            continue
        d.cue, d.head = prev.cue, prev.head or prev


def _same_speaker(a: Speaker | None, b: Speaker | None) -> bool:
    return a is not None and b is not None and (a.name, a.entity) == (b.name, b.entity)


def _continue_paragraphs(
    doc: Doc, drafts: list[_Draft], paragraphs: list[tuple[int, int]], table: EntityTable
) -> None:
    """A direct quote with nobody named continues the speaker of the quote just before it when
    it opens the next paragraph (direct or reported: "Tusk warned in July that …" then a quote
    paragraph); inside a sentence, it is the sentence subject's (``_sentence_subject``); else
    it continues the speaker of the latest quote at most two paragraphs back; a short quoted
    phrase inside a sentence continues nobody."""
    text = doc.text
    for k, d in enumerate(drafts):
        if d.kind != "direct" or d.speaker is not None or k == 0:
            continue
        prev = drafts[k - 1]
        near = 0 < d.paragraph - prev.paragraph <= 1
        if prev.speaker is not None and near and _opens_paragraph(d, paragraphs):
            d.speaker, d.inherited = prev.speaker, True
            continue
        subj = _sentence_subject(doc, d)
        if subj is not None:
            d.source, d.speaker = subj, speaker_for(subj, table)
            continue
        if _inside_sentence(d, text) and len(text[d.start : d.end].split()) < _PHRASE_WORDS:
            continue  # 'the suggestion that someone "ought to look into"': nobody's continuation
        for p in reversed(drafts[:k]):
            if d.paragraph - p.paragraph > 2:
                break
            if p.speaker is not None:
                d.speaker, d.inherited = p.speaker, True
                break


def _sentence_subject(doc: Doc, d: _Draft) -> Token | None:
    """'Sanders used this question to demand wealthy Americans "pay their fair share …"',
    'Ted Nordhaus … welcomed "the recognition that …"': a quote inside a sentence, whose words
    around it named no speaker, is the words of the sentence's subject when that subject stands
    before the quote and names someone."""
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None:
        return None
    sent = span[0].sent
    root = sent.root
    if not any(t.is_alpha for t in doc[sent.start : span.start]) or span.start <= root.i:
        return None  # the quote opens its sentence, or its main verb is in the quote
    subj = subject_of(root)
    if subj is None or subj.i >= span.start or subj.lower_ in _NO_SPEAKER:
        return None
    return subj if names_someone(subj) else None


#: A quoted phrase inside a sentence shorter than this continues nobody's words.
_PHRASE_WORDS = 10


def _inside_sentence(d: _Draft, text: str) -> bool:
    """Whether a quote's marks open after a word or a comma, inside a sentence."""
    before = text[: d.start].rstrip().rstrip("\"“‘'«").rstrip()
    return bool(before) and (before[-1].isalnum() or before[-1] in ",;")


def _opens_paragraph(d: _Draft, paragraphs: list[tuple[int, int]]) -> bool:
    lo, _ = paragraphs[d.paragraph]
    return d.start - lo <= 2


# --- indirect quotes --------------------------------------------------------------------------


def _indirect_quotes(
    doc: Doc, direct: list[_Draft], paragraphs: list[tuple[int, int]], table: EntityTable
) -> list[_Draft]:
    drafts: list[_Draft] = []
    for r in find_reported(doc, lambda pos: _inside_any(pos, direct)):
        para = _paragraph_index(paragraphs, r.start)
        d = _Draft("indirect", r.start, r.end, cue=r.cue, source=r.source, paragraph=para)
        d.frame = r.frame
        if r.source is not None and _in_quoted_words(r.source, direct):
            d.source = None  # '-- ''That makes me smart'' -- and … asserting': not a speaker
        if d.source is not None:
            d.speaker = speaker_for(d.source, table)
        drafts.append(d)
    return drafts


def _in_quoted_words(tok: Token, quotes: Sequence[Quoted | _Draft]) -> bool:
    """Whether ``tok`` is one of the words some quote of ``quotes`` quotes, not the head of a
    phrase that is the whole quote (a quoted title: 'According to ''The Trumps: …'' by …'): a
    word the parser took for a subject that cannot be the one speaking."""
    return any(q.start <= tok.idx < q.end and not _covers(tok, q) for q in quotes)


def _inside_any(pos: int, drafts: list[_Draft]) -> bool:
    return any(d.start <= pos < d.end for d in drafts)


def _merge(direct: list[_Draft], indirect: list[_Draft]) -> list[_Draft]:
    """An indirect clause that holds a direct quote and more becomes one mixed quote; one that
    is the direct quote lends it its cue and speaker; overlapping indirect ones keep the
    larger."""
    kept_direct: list[_Draft] = list(direct)
    out: list[_Draft] = []
    for ind in indirect:
        inner = [d for d in kept_direct if d.start >= ind.start - 1 and d.end <= ind.end + 1]
        if inner:
            quoted = sum(d.end - d.start for d in inner)
            # 'said, "We'll see," when asked …': the quote opens the clause and is the content
            leads = inner[0].start - ind.start <= 2
            if quoted >= 0.8 * (ind.end - ind.start) or leads:
                for d in inner:
                    # the verb whose clause holds the quote is its cue, not a participle or
                    # infinitive after it ('said she was "going to …," while trying to
                    # explain …'); a finite one ('"…," The Hill reported') is the quote's own
                    after = (
                        d.cue is not None and d.cue.idx >= d.end and d.cue.tag_ not in FINITE_TAGS
                    )
                    if d.speaker is None or d.inherited or (after and _cue_precedes(ind.cue, d)):
                        d.cue, d.source, d.speaker, d.inherited = (
                            ind.cue,
                            ind.source,
                            ind.speaker,
                            False,
                        )
                continue
            for d in inner:
                kept_direct.remove(d)
            ind.kind = "mixed"
        elif any(d.start < ind.end and ind.start < d.end for d in kept_direct):
            continue
        out.append(ind)
    return _dedupe(kept_direct + _outermost(_end_before_relative_reports(out)))


def _cue_precedes(cue: Token | None, d: _Draft) -> bool:
    """Whether ``cue`` comes before the quote ``d``."""
    return cue is not None and cue.idx < d.start


def _end_before_relative_reports(drafts: list[_Draft]) -> list[_Draft]:
    """An indirect quote whose words close on a relative clause set off by a comma, that
    clause reporting someone's words, ends before it, and the clause is a quote of its own:
    "called out his rival Donald Trump for alienating Hispanics, which he believes will make it
    impossible …", "made no mention of Jeb Bush, who announced he is suspending his campaign".
    The clause is the writer's aside about someone else's words, not the outer speaker's."""
    for outer in drafts:
        for inner in drafts:
            if inner is not outer and outer.start <= inner.start and inner.end <= outer.end:
                cut = _relative_report_start(outer, inner)
                if cut is not None:
                    outer.end = cut
    return drafts


def _relative_report_start(outer: _Draft, inner: _Draft) -> int | None:
    """Where ``outer`` ends when ``inner`` is reported by the verb of a relative clause that
    closes ``outer`` after a comma (a dash or a parenthesis): the end of the word before it.
    The clause needs a speaker of its own and an active verb ('Clinton, who has not been
    charged' reports nothing)."""
    cue = inner.cue
    if cue is None or inner.source is None or cue.dep_ != "relcl":
        return None
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in cue.children):
        return None
    first, last = cue.left_edge, cue.right_edge
    if last.idx + len(last.text) < outer.end - 2:
        return None  # "said Scott's relatives, who asked …, watched it": the words go on after
    if first.i == 0 or first.nbor(-1).text not in _ASIDE_OPENERS:
        return None
    k = first.i
    while k > 0 and first.doc[k - 1].is_punct:
        k -= 1
    if k == 0:
        return None
    before = first.doc[k - 1]
    end = before.idx + len(before.text)
    return end if end > outer.start else None


#: Punctuation that sets off a non-restrictive relative clause.
_ASIDE_OPENERS = frozenset({",", "—", "--", "–", "("})


def _outermost(drafts: list[_Draft]) -> list[_Draft]:
    """Of two indirect quotes where one holds the other, keep the outer one: "declined to say
    how much it would cost", "a source said an aide decided to change course". The inner
    words stay inside the outer quote's text (PARC-style annotations such as PolNeAR mark
    the outer attribution)."""
    return [
        d
        for d in drafts
        if not any(
            o is not d
            and o.start <= d.start
            and d.end <= o.end
            and (o.end - o.start) > (d.end - d.start)
            for o in drafts
        )
    ]


def _dedupe(drafts: list[_Draft]) -> list[_Draft]:
    drafts.sort(key=lambda d: (d.start, -(d.end - d.start)))
    out: list[_Draft] = []
    for d in drafts:
        if out and d.start == out[-1].start and d.end == out[-1].end:
            continue
        out.append(d)
    return out


# --- when said --------------------------------------------------------------------------------


def _dates(doc: Doc, drafts: list[_Draft], timexes: list[Timex], published: str) -> None:
    """said_on from a date governed by the cue; never after the publication date (words
    reported as said cannot have been said later: "said he would act in 2017" is a plan)."""
    dated = [
        t
        for t in timexes
        if t.type == "DATE"
        and _DATE_VALUE.match(t.value)
        and t.value[:10] <= published[: len(t.value[:10])]
    ]
    for d in drafts:
        if d.cue is None or d.inherited:
            continue
        if d.cue.lower_ == "according":
            continue
        sent = d.cue.sent
        for t in dated:
            if not (sent.start_char <= t.start < sent.end_char):
                continue
            if d.start <= t.start < d.end:
                continue
            if _governed_by(doc, t, d.cue):
                d.said_on = t.value
                break
    last: dict[str, str] = {}
    for d in drafts:
        key = d.speaker.entity or d.speaker.name if d.speaker else None
        if key is None:
            continue
        if d.said_on is not None:
            last[key] = d.said_on
        elif key in last and _carries_date(d):
            d.said_on = last[key]


def _carries_date(d: _Draft) -> bool:
    """Whether a quote is from the occasion of its speaker's last dated quote: unattributed,
    continued, or cued by a plain verb of saying (never 'according to')."""
    if d.cue is None:
        return True
    if d.cue.lower_ == "according":
        return False
    return d.inherited or verb_lemma(d.cue) in _CARRY_CUES


def _governed_by(doc: Doc, timex: Timex, cue: Token) -> bool:
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return False
    tok: Token = span.root
    if (
        tok.dep_ in {"nummod", "amod", "compound", "poss"}
        and tok.head.lemma_.lower() not in _SPEECH_EVENTS
        and not span.start <= tok.head.i < span.end
    ):
        return False  # "Wallace's famous 1963 refrain": the date of a thing, not of the speaking
    for _ in range(8):
        if tok.i == cue.i:
            return True
        if tok.head.i == tok.i or tok.dep_ in _NOT_WHEN_SAID:
            return False
        tok = tok.head
    return False


#: Occasions of speaking that a date may modify ("in a 2015 interview", "Tuesday's debate").
_SPEECH_EVENTS = frozenset(
    {"interview", "speech", "conference", "statement", "debate", "address", "hearing", "rally"}
    | {"remark", "appearance", "meeting", "testimony", "letter", "tweet", "post", "briefing"}
    | {"broadcast", "show", "event", "forum", "session", "call", "memo", "email", "op", "column"}
)

#: A date reached through these relations dates a clause or a person, not the speaking
#: ("Cruz, born in 1970, said", "the 2012 race, he said").
_NOT_WHEN_SAID = frozenset(
    {"ccomp", "relcl", "acl", "nsubj", "nsubjpass", "dobj", "attr", "appos", "xcomp", "advcl"}
)


def _freeze(d: _Draft, text: str, continues: int | None) -> Quote:
    cue = None
    if d.cue is not None:
        if d.cue.lower_ == "according":
            end = d.cue.idx + len("according to")
            cue = Span.of(text, d.cue.idx, end)
        else:
            cue = Span.of(text, d.cue.idx, d.cue.idx + len(d.cue.text))
    kind = d.kind if d.kind in {"direct", "indirect", "mixed"} else "indirect"
    return Quote(
        kind=kind,  # type: ignore[arg-type]
        text=text[d.start : d.end],
        start=d.start,
        end=d.end,
        cue=cue,
        speaker=outside_quote(d.speaker, d.start, d.end, text) if d.speaker else None,
        said_on=d.said_on,
        continues=continues,
    )
