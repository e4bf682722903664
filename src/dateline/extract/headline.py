"""Headlines in news grammar: 'Super PAC blasts Trump for skipping debate', 'Trump Calls On
Obama To Resign'. The small English pipeline reads a present-tense verb with no article in
sight as a plural noun ("blasts", "calls", "votes"), so the headline has no verb and no report.
The headline is parsed again with that word in the past tense ("blasted") and, in a title-case
headline, its small words in lower case; when the word then heads a clause with a subject, the
new parse (tags, heads, labels and lemmas, token for token) replaces the old one. The text and
the offsets stay as they were, and so do the entities, but for a name the tagger ran on into the
verb ("Maher Tells Guest"), which is cut before it."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from spacy.attrs import DEP, HEAD, LEMMA, POS, TAG
from spacy.tokens import Doc, Span

from dateline.extract.lexicon import FINITE_TAGS, FRAME_VERBS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Token
    from thinc.types import Ints2d

_ATTRS = [TAG, POS, HEAD, DEP, LEMMA]

#: A headline is short: longer first lines are a lede that happens to stand alone.
_MAX_TOKENS = 30


def mend_headline(nlp: Language, doc: Doc) -> bool:
    """Reparse ``doc``'s first line when it is a headline whose verbs the parser took for
    nouns; True when the parse was replaced."""
    line = _first_line(doc)
    return line is not None and _mend(nlp, doc, line)


def _mend(nlp: Language, doc: Doc, line: Span) -> bool:
    """Reparse ``line``, the doc's first tokens, as the module docstring says."""
    title_case = _title_case(line)
    verbs = [t for t in line if _verb_read_as_noun(t) and (title_case or not _in_a_clause(t, line))]
    if title_case and not verbs:
        # "Donald Trump Says He Never Pledged …": the verb is seen, but the capitals throw the
        # parse and the names around it
        verbs = [t for t in line if t.i > 0 and t.tag_ in _FINITE and _lemma(t.lower_)]
    if not verbs:
        return False
    words = [_respelt(t, t in verbs, title_case) for t in line]
    new = Doc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in line])
    for _, component in nlp.pipeline:
        new = component(new)
    if not any(_heads_a_clause(new[t.i]) for t in verbs):
        return False
    rows = doc.to_array(_ATTRS)
    rows[: len(line)] = new.to_array(_ATTRS)
    tag, pos = nlp.vocab.strings.add("VBZ"), nlp.vocab.strings.add("VERB")
    for t in verbs:
        if new[t.i].pos_ == "VERB" and t.lower_.endswith("s"):
            # "blasts", read as "blasted"
            rows[t.i, _ATTRS.index(TAG)], rows[t.i, _ATTRS.index(POS)] = tag, pos
    doc.from_array(_ATTRS, cast("Ints2d", rows))
    doc.ents = [_before_verb(e, verbs) for e in doc.ents if not _starts_with_verb(e, verbs)]
    return True


def _starts_with_verb(ent: Span, verbs: list[Token]) -> bool:
    return any(v.i == ent.start for v in verbs)


def _before_verb(ent: Span, verbs: list[Token]) -> Span:
    """An entity the tagger ran over the verb ("Maher Tells Guest" as one name) cut at it."""
    inside = [v.i for v in verbs if ent.start < v.i < ent.end]
    if not inside:
        return ent
    return Span(ent.doc, ent.start, min(inside), label=ent.label)


def _first_line(doc: Doc) -> Span | None:
    """The first sentence when it is short and ends on the first line, as a headline does."""
    first = next(doc.sents, None)
    if first is None or first.start != 0:
        return None
    end = first.end
    while end > first.start and doc[end - 1].is_space:
        end -= 1
    newline = doc.text.find("\n")
    if end < 3 or end > _MAX_TOKENS or newline < 0 or doc[end - 1].idx > newline:
        return None
    return doc[0:end]


def headline_end(doc: Doc) -> int:
    """Where the article's headline ends (its first line, when that is a short sentence), else
    0."""
    line = _first_line(doc)
    return line.end_char if line is not None else 0


def title_case_headline_end(doc: Doc) -> int:
    """Where the article's headline ends when it is written in title case ("Why Hillary
    Clinton's Attacks On Trump …", where every word looks like a name), else 0."""
    line = _first_line(doc)
    return line.end_char if line is not None and _title_case(line) else 0


def _verb_read_as_noun(tok: Token) -> bool:
    """'blasts', 'calls', 'Backs': a speech verb's present form after its subject, tagged a
    noun."""
    if tok.i == 0 or tok.tag_ not in {"NNS", "NNPS", "NNP", "NN"}:
        return False
    before = tok.doc[tok.i - 1]
    if before.pos_ not in {"PROPN", "NOUN", "PUNCT", "CCONJ"} and not before.is_title:
        return False  # "Trump Calls On …": a name the tagger made a verb
    return _lemma(tok.lower_) is not None and not _in_a_known_name(tok)


def _in_a_known_name(tok: Token) -> bool:
    """Whether ``tok`` is in a name the article repeats further on ("Automobile sales in the
    United States down sharply": "States" is no verb)."""
    ents = [e for e in tok.doc.ents if e.start <= tok.i < e.end and e.start < tok.i]
    return any(tok.doc.text.find(e.text, e.end_char) >= 0 for e in ents)


def _in_a_clause(tok: Token, line: Span) -> bool:
    """Whether the line already has a verb with a subject that ``tok`` is not joined to: "Delta
    Air Lines Inc said it began service …" is a sentence, and "Lines" a name in it. (In a
    title-case headline the parser finds such verbs where there are none: "Is", "Tells".) A
    clause the headline quotes is no such sentence: "Trump slams Clinton: 'She is a liar.'"."""
    quoted = _quoted_tokens(line)
    clauses = [
        t
        for t in line
        if t.tag_ in _FINITE
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)
        and t.i not in quoted
    ]
    return bool(clauses) and not (tok.dep_ == "conj" and tok.head in clauses)


def _quoted_tokens(line: Span) -> set[int]:
    """The tokens of ``line`` between an opening and a closing quote mark."""
    inside: set[int] = set()
    opened: int | None = None
    for t in line:
        if t.tag_ == "``":
            opened = t.i
        elif t.tag_ == "''" and opened is not None:
            inside.update(range(opened + 1, t.i))
            opened = None
    return inside


#: A finite verb or a modal.
_FINITE = FINITE_TAGS | {"MD"}


def _lemma(word: str) -> str | None:
    """The speech verb ``word`` is the present form of ("blasts" -> "blast"), if any."""
    if word in FRAME_VERBS and word.isalpha():
        return word  # "Black Lawmakers Rip Donald Trump …"
    if len(word) < 4 or not word.endswith("s"):
        return None
    stems = [word[:-1]]  # "blasts"
    if word.endswith("es"):
        stems.append(word[:-2])  # "trashes"
    if word.endswith("ies"):
        stems.append(word[:-3] + "y")  # "denies"
    return next((stem for stem in stems if stem in FRAME_VERBS), None)


def _respelt(tok: Token, verb: bool, title_case: bool) -> str:
    word = tok.text
    if verb and tok.tag_ in _FINITE:
        return tok.lower_  # "Says" -> "says"
    if verb:
        return _past(tok.lower_) if tok.lower_.endswith("s") else tok.lower_
    if title_case and tok.i > 0 and tok.is_stop:
        return word.lower()  # "Calls On Obama To Resign" -> "… on Obama to Resign"
    return word


def _past(word: str) -> str:
    """A past form of a present-tense verb, good enough for the tagger: "blasts" ->
    "blasted", "praises" -> "praised", "trashes" -> "trashed", "denies" -> "denied"."""
    if word.endswith("ies"):
        return word[:-3] + "ied"
    if word.endswith(("sses", "shes", "ches", "xes", "zes")):
        return word[:-2] + "ed"
    base = word[:-1]
    return base + ("d" if base.endswith("e") else "ed")


def _title_case(line: Span) -> bool:
    """Whether most of the line's longer words are capitalised ("Trump Calls On Obama")."""
    words = [t for t in line if t.is_alpha and len(t) > 3]
    return bool(words) and sum(t.text[0].isupper() for t in words) > 0.8 * len(words)


def _heads_a_clause(tok: Token) -> bool:
    """A verb with its own subject, or joined to one that has ("chides Turkey and praises")."""
    if tok.pos_ != "VERB":
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
        return True
    return tok.dep_ == "conj" and any(c.dep_ == "nsubj" for c in tok.head.children)
