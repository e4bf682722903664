"""Entities of one article: canonical names, types, roles, and every mention.

A cascade, each step adding mentions to the table:

1. spaCy's named entities, cleaned (leading "the", trailing possessives) and re-typed where the
   curated data knows better (a seat of government tagged PERSON is a place); a title or role
   at the front of a span is not part of the name ("Spokeswoman Anna Kowalska"), and a span
   spaCy calls an organisation or place is a person when it opens with a known given name
   ("Kaja Kallas") or a title, or is the surname of someone already named ("Jobs");
2. canonical names: aliases ("EU" -> European Union), seats of government standing for their
   country ("Moscow has signaled" -> Russia, but "in Moscow" stays the city), demonyms
   ("Polish" -> Poland), people by their full name ("Kallas" -> Kaja Kallas), organisations by
   their full name ("Ford" and "the Ford Motor Company", "GM" and "General Motors");
3. roles from the words before a name ("Polish Prime Minister Donald Tusk") or an apposition;
4. role descriptions ("the minister") linked to the person who holds that role;
5. bare surnames spaCy missed ("Papermaster did not comment") joined to their person;
6. third-person pronouns linked to the most recent compatible person, subjects first.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from dateline.extract.claims import CURRENCY_WORDS
from dateline.extract.headline import headline_end, title_case_headline_end
from dateline.extract.lexicon import (
    FRAME_VERBS,
    GENDERED_NOUNS,
    HONORIFICS,
    PERSON_PRONOUNS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    data,
    given_names,
    verb_lemma,
)
from dateline.extract.quotemarks import Quoted, pair_marks
from dateline.ingest.paragraphs import paragraph_spans
from dateline.model import Article, Entity, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

KEEP_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
#: Words that make a name an organisation's ("Douglas Aircraft", "Ford Motor Company").
ORG_WORDS = frozenset(
    {"inc", "corp", "corporation", "company", "co", "group", "plc", "spa", "llc", "ltd"}
    | {"limited", "ag", "sa", "nv", "n.v", "gmbh", "holdings", "motor", "motors", "airlines"}
    | {"airways", "air", "aircraft", "computer", "computers", "capital", "management", "bank"}
    | {"international", "industries", "systems", "technologies", "enterprises", "partners"}
    | {"communications", "associates", "foundation", "institute", "university", "college"}
    | {"agency", "league", "party", "club", "council", "committee", "office", "department"}
    | {"ministry", "court", "school", "news", "times", "post", "journal", "network", "media"}
    # trades: "Walter Energy", "Duke Energy", "Edison Electric", "Peabody Coal" (not "power"
    # nor "steel": Samantha Power, Danielle Steel)
    | {"energy", "oil", "petroleum", "gas", "coal", "electric", "mining"}
    | {"resources", "chemical", "chemicals", "pharmaceuticals", "financial", "insurance"}
    | {"securities", "foods", "stores", "entertainment", "studios", "services", "products"}
)

#: The legal forms a company's name ends with, which the wire drops after first naming it
#: ("Commercial Credit Co said … Commercial Credit said …").
_LEGAL_FORMS = frozenset(
    {"inc", "corp", "corporation", "co", "company", "ltd", "limited", "plc", "llc", "ag", "sa"}
    | {"nv", "n.v", "gmbh", "spa"}
)

#: The words an organisation's full name may add to its short name: "Apple" is "Apple Inc."
#: and "Ford" is "Ford Motor Company", but "Boeing Commercial Airplanes" is another entity.
ORG_SUFFIXES = frozenset(
    {"inc", "corp", "corporation", "company", "co", "group", "plc", "spa", "llc", "ltd"}
    | {"limited", "ag", "sa", "nv", "n.v", "gmbh", "holdings", "motor", "motors", "airlines"}
    | {"airways", "computer", "computers", "capital", "management", "&", "industries"}
    | {"banks", "bancorp"}  # "Marine Midland" is Marine Midland Banks Inc
)
#: Titles that make the name after them a person's even inside an organisation span.
PERSON_TITLES = frozenset(
    {"spokeswoman", "spokesman", "spokesperson", "senator", "sen", "president", "minister"}
    | {"secretary", "governor", "gov", "mayor", "chairman", "chairwoman", "ceo", "judge"}
    | {"ambassador", "commissioner", "chancellor", "congressman", "congresswoman"}
    | {"professor", "prime", "analyst", "executive", "ag"}
)
_ACRONYM_SKIP = frozenset({"of", "and", "the", "for", "&", "de"})
LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "around", "across", "throughout"})
MentionKind = Literal["name", "surname", "pronoun", "role", "metonym", "demonym", "other"]
Gender = Literal["f", "m", "n"] | None


@dataclass(slots=True)
class _Draft:
    name: str
    type: str
    tokens: tuple[str, ...]
    mentions: list[Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    gender: Gender = None
    # token index of each mention's head, for pronoun resolution by syntactic role
    heads: list[int] = field(default_factory=list)

    def add(self, mention: Mention, head: int) -> None:
        self.mentions.append(mention)
        self.heads.append(head)


@dataclass(slots=True)
class EntityTable:
    """The article's entities and a lookup from character offsets to them."""

    entities: list[Entity]
    _spans: list[tuple[int, int, int, Mention]]  # (start, end, entity index, mention), sorted

    def mention_at(self, start: int, end: int) -> tuple[Entity, Mention] | None:
        """The innermost mention overlapping [start, end), with its entity: "Apple" inside the
        description "the chief executive of Apple" is Apple (of two the same length, the
        first)."""
        best: tuple[int, Mention] | None = None
        for s, e, idx, m in self._spans:
            if s >= end:
                break
            if start < e and (best is None or e - s < best[1].end - best[1].start):
                best = (idx, m)
        return (self.entities[best[0]], best[1]) if best is not None else None

    def mention_of(self, tok: Token) -> tuple[Entity, Mention] | None:
        """The innermost mention overlapping the token ``tok``, with its entity."""
        return self.mention_at(tok.idx, tok.idx + len(tok.text))


def find_entities(
    doc: Doc, article: Article | None = None, paired: Sequence[Quoted] | None = None
) -> EntityTable:
    """The article's entities and their mentions; ``paired`` are its paired quote marks (found
    here when not given): a pronoun outside them stands for nobody named inside them."""
    if paired is None:
        paired = pair_marks(doc.text, paragraph_spans(doc.text))
    drafts: list[_Draft] = []
    names = _joined_and_names(doc, _speaking_companies(doc, _joined_suffixes(doc)))
    joined_to = 0  # where a name that took in the legal form after it ends
    # the article's plural common nouns ("oilseeds"; a name in lower case, "manuel azpurua", is
    # none)
    common = {t.text for t in doc if t.tag_ == "NNS"}
    for ent in _with_missed_people(doc, names):
        if ent.label_ not in KEEP_LABELS or ent.start < joined_to:
            continue
        span = _clean(ent)
        if span is None:
            continue
        span, label = _person_inside(span, ent.label_, drafts)
        span, label = _with_legal_form(span, label)
        joined_to = span.end
        if label == "PERSON" and len(span) == 1:
            if span[0].tag_ in {"VBG", "VBN", "VBD"} and span[0].is_sent_start:
                continue  # "Conceding that a deal would come, he warned …"; not "Ebeling"
            if span[0].is_sent_start and span[0].lower_ in common:
                continue  # "Aides said …" with "aides" in lower case elsewhere: no name
            if span[0].lower_ in _PLATFORMS:
                label = "ORG"
        if label == "PERSON" and span[-1].lower_ in _CURRENCY_PLURALS:
            continue  # the wire's "U.S. Dlrs", "H.K. Dlrs": money, nobody
        if span.text in _WIRE_UNITS:
            continue  # "16 cts per share" tagged an organisation; "CTS Corp" stays
        _add_name(doc, span, label, drafts)
    _merge_lone_names(drafts)
    _merge_bracketed_aliases(doc, drafts)
    quoted = _Quoted(paired)
    _add_role_descriptions(doc, drafts, quoted)
    _add_org_descriptions(doc, drafts)
    _add_apposed_descriptions(doc, drafts)
    _add_bare_surnames(doc, drafts)
    _add_short_company_names(doc, drafts)
    _gender_first_names(drafts)
    _add_pronouns(doc, drafts, quoted)
    return _freeze(drafts)


# --- names ------------------------------------------------------------------------------------


def _joined_suffixes(doc: Doc) -> list[Span]:
    """The document's entities, with a lone corporate suffix the tagger split off joined to the
    organisation before it ("Chrysler" + "LLC" is "Chrysler LLC"), and a company's name the
    tagger began late begun at its first proper noun ("Pizza Inn Inc")."""
    from spacy.tokens import Span

    out: list[Span] = []
    for ent in doc.ents:
        start = ent.start
        if len(ent) > 1 and ent[-1].lower_.rstrip(".") in _LEGAL_FORMS:
            # "Pizza Inn Inc" tagged from "Inn": the untagged proper nouns before it join
            while start > 0 and doc[start - 1].ent_iob_ == "O" and doc[start - 1].pos_ == "PROPN":
                start -= 1
            if start < ent.start:
                ent = Span(doc, start, ent.end, label=ent.label_)
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label_ == "ORG"
            and prev.end == ent.start
            and len(ent) == 1
            and ent.text.lower().rstrip(".") in ORG_SUFFIXES
        ):
            out[-1] = Span(doc, prev.start, ent.end, label="ORG")
            continue
        out.append(ent)
    return out


def _speaking_companies(doc: Doc, ents: list[Span]) -> list[Span]:
    """The tagger's entities, and the companies and bodies it missed that speak: a capitalised
    name ending in a legal form or a body's word, the subject of a reporting verb ("Buttes Gas
    and Oil Co said it filed …", "The Canadian Bond Rating Service said"), so that "the
    company" and "it" after it can stand for it."""
    from spacy.tokens import Span

    taken = {k for e in ents if e.label_ != "NORP" for k in range(e.start, e.end)}
    found: list[Span] = []
    for t in doc:
        kind = t.lower_.rstrip(".")
        if (
            kind not in _SPEAKING_NAME_ENDS
            or t.dep_ != "nsubj"
            or verb_lemma(t.head) not in REPORTING_VERBS
        ):
            continue
        start = t.left_edge.i
        words = doc[start : t.i + 1]
        if len(words) < 2 or any(k in taken for k in range(start, t.i + 1)):
            continue
        if all(w.is_title or w.is_upper or w.lower_ in {"and", "&", "-", "/"} for w in words):
            found.append(Span(doc, start, t.i + 1, label="ORG"))  # "M/A-Com Inc said"
        elif _news_agency(words):
            found.append(Span(doc, start, t.i + 1, label="ORG"))
    if not found:
        return ents
    # "The Canadian Bond Rating Service": the nationality the tagger found is part of the name
    inside = {k for f in found for k in range(f.start, f.end)}
    kept = [e for e in ents if not inside & set(range(e.start, e.end))]
    return sorted(kept + found, key=lambda e: e.start)


def _news_agency(words: Span) -> bool:
    """ "Tanjug news agency reported", "Tass news agency said": a name before the lower-case
    words "news agency"; not a nationality ("The Iranian news agency IRNA said")."""
    name = words[:-2]
    return (
        len(name) > 0
        and words[-2].lower_ == "news"
        and words[-1].lower_ == "agency"
        and all(w.pos_ == "PROPN" for w in name)
    )


def _joined_and_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """Organisations whose "&" the wire writes "and", joined into one: initials on both sides
    ("S and P", "LL and E", "AC and R Advertising", "E D and F Man") and a capitalised word
    no entity holds before an organisation the tagger found ("Standard and Poor's Corp").
    Not a list ("Ford, GM and Chrysler") nor two names the tagger found ("Texaco and Exxon")."""
    from spacy.tokens import Span

    joined: list[Span] = []
    for t in doc[1:-1]:
        left, right = doc[t.i - 1], doc[t.i + 1]
        if t.lower_ != "and" or not (
            _WIRE_INITIALS.match(left.text) and _WIRE_INITIALS.match(right.text)
        ):
            continue
        start, end = left.i, right.i + 1
        while start > 0 and _WIRE_INITIALS.match(doc[start - 1].text):
            start -= 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
            end += 1  # "AC and R Advertising"
        joined.append(Span(doc, start, end, label="ORG"))
    taken = {k for e in [*ents, *joined] for k in range(e.start, e.end)}
    for ent in ents:
        i = ent.start
        if ent.label_ != "ORG" or i < 2 or doc[i - 1].lower_ != "and" or i - 1 in taken:
            continue
        before = doc[i - 2]
        listed = i >= 3 and doc[i - 3].text in {",", "and", "&"}
        suffix = before.lower_.rstrip(".") in ORG_SUFFIXES  # "Four Seasons Hotels Inc and VMS"
        if (
            before.pos_ == "PROPN"
            and before.is_title
            and not (before.i in taken or listed or suffix)
        ):
            joined.append(Span(doc, i - 2, ent.end, label="ORG"))
    if not joined:
        return ents
    covered = {k for span in joined for k in range(span.start, span.end)}
    kept = [e for e in ents if not any(k in covered for k in range(e.start, e.end))]
    return sorted(kept + joined, key=lambda e: e.start)


#: A company's initials as the wire writes them ("S", "LL", "AC").
_WIRE_INITIALS = re.compile(r"^[A-Z]{1,3}$")


#: Words after a given name that make the pair a place, a law or a show, not a person
#: ("Everett Factory", "Rose Bowl", "Dodd-Frank Act", "The Kelly File").
_NOT_SURNAMES = frozenset(
    {"factory", "plant", "street", "avenue", "road", "park", "hall", "center", "centre"}
    | {"county", "river", "lake", "mountain", "airport", "station", "bridge", "square"}
    | {"building", "tower", "hospital", "church", "stadium", "arena", "island", "bay", "beach"}
    | {"valley", "city", "town", "village", "field", "heights", "springs", "falls", "port"}
    | {"creek", "bowl", "golf", "act", "file", "show", "morning", "supporter", "supporters"}
)
_ENDS_NO_NAME = _NOT_SURNAMES | ORG_WORDS
#: Labels the tagger gives a person's name by mistake ("Ivanka Trump" as a PRODUCT).
_NOT_A_NAME_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"})


def _with_missed_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """The entities, with the people the tagger missed or mislabelled added as PERSON: a known
    given name and a capitalised surname after it, both proper nouns ("Ivanka Trump said",
    which the small pipeline tags as nothing or as a PRODUCT)."""
    from spacy.tokens import Span

    firsts = given_names()
    out = [_with_last_surname(e) for e in ents if e.label_ not in _NOT_A_NAME_LABELS]
    covered = {i for e in out for i in range(e.start, e.end)}
    out += _described_people(doc, covered)
    covered = {i for e in out for i in range(e.start, e.end)}
    i = 0
    while i < len(doc) - 1:
        t = doc[i]
        if t.text not in firsts or t.pos_ != "PROPN" or i in covered:
            i += 1
            continue
        end = i + 1
        # the rest of the name: "Ivanka Trump", "George W. Bush", "Marine Le Pen"; in a Title
        # Case headline only the word after ("Rachel Maddow Asks …")
        longest = i + (2 if _title_case(t.sent) else 4)
        while end < min(len(doc), longest) and doc[end].pos_ == "PROPN" and doc[end].is_title:
            end += 1
        # "The Rachel Maddow Show" names Rachel Maddow; "Everett Factory" names no one
        while end > i + 1 and doc[end - 1].lower_ in _ENDS_NO_NAME:
            end -= 1
        last = doc[end - 1]
        if (
            end > i + 1
            and last.text not in firsts
            and len(last.text) > 2
            and not any(w.is_stop for w in doc[i + 1 : end])  # "Jane The Virgin"
            and not any(k in covered for k in range(i, end))
        ):
            out.append(Span(doc, i, end, label="PERSON"))
            i = end
            continue
        i += 1
    return sorted(out, key=lambda e: e.start)


def _with_last_surname(ent: Span) -> Span:
    """A person's name with the second surname the tagger left out, the word its words are
    compounds of ("President Leon Febres Cordero said": "Leon Febres" tagged); not in a
    headline's Title Case ("Why Hillary Clinton's Attacks On Debt Could Backfire")."""
    from spacy.tokens import Span

    doc = ent.doc
    if ent.label_ != "PERSON" or ent.end >= len(doc):
        return ent
    nxt = doc[ent.end]
    if (
        ent.root.head == nxt
        and nxt.pos_ == "PROPN"
        and nxt.is_title  # not "Mac OS"
        and nxt.lower_ not in ROLE_NOUNS  # not "Ryanair CEO"
        and not _title_case(nxt.sent)
    ):
        return Span(doc, ent.start, ent.end + 1, label="PERSON")
    return ent


def _described_people(doc: Doc, covered: set[int]) -> list[Span]:
    """Untagged names that an apposition calls a person: "Kendal Unruh, a delegate from
    Colorado, said …" (two or three capitalised proper nouns, then what
    :func:`_personal_apposition` asks for)."""
    from spacy.tokens import Span

    found: list[Span] = []
    for t in doc[:-1]:
        if t.pos_ != "PROPN" or doc[t.i + 1].text != "," or t.i in covered:
            continue
        start = t.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
            start -= 1
        name = doc[start : t.i + 1]
        if (
            2 <= len(name) <= 3
            and all(w.is_title and w.is_alpha and w.lower_ not in _ENDS_NO_NAME for w in name)
            and not any(k in covered for k in range(start, t.i + 1))
            and name.root == t
            and _personal_apposition(name)
        ):
            found.append(Span(doc, start, t.i + 1, label="PERSON"))
    return found


def _title_case(sent: Span) -> bool:
    """Whether a sentence is a headline in Title Case ("Zoe Questioned On Her Role"), where
    every word looks like a name."""
    words = [t for t in sent if t.is_alpha and len(t.text) > 3]
    return len(words) >= 3 and sum(t.is_title for t in words) > 0.6 * len(words)


def _clean(ent: Span) -> Span | None:
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    start = _after_dateline(doc, start, end)
    while end > start and (
        doc[end - 1].tag_ == "POS" or doc[end - 1].text in {"'s", "’s", "'", "’"}
    ):
        end -= 1
    while end > start and (
        _stray(doc[end - 1])
        # "said Carney at Merrill Lynch": the tagger's "Carney at" ends on a preposition
        or (doc[end - 1].is_lower and doc[end - 1].pos_ in {"ADP", "DET", "CCONJ"})
    ):
        end -= 1
    while start < end and _stray(doc[start]):
        start += 1
    if start >= end:
        return None
    return doc[start:end]


#: Websites the tagger takes for people ("… ," he tweeted, and Twitter …").
_PLATFORMS = frozenset(
    {"twitter", "facebook", "instagram", "youtube", "snapchat", "reddit", "tumblr", "periscope"}
)
_DASHES = frozenset({"-", "--", "–", "—"})
#: Currencies that end no name ("Ezra Pound" and "Yuan" may, "Dlrs" and "Pounds" do not).
_CURRENCY_PLURALS = frozenset(w for w in CURRENCY_WORDS if w.endswith("s")) | {"dlr", "stg"}
#: Units as the wire writes them, in lower case: never a name.
_WIRE_UNITS = _CURRENCY_PLURALS | {"cts", "pct", "mln", "bln"}


def _after_dateline(doc: Doc, start: int, end: int) -> int:
    """Where a name starts after the dateline the tagger took into it ("CLEVELAND - Donald
    Trump painted …", "NEW YORK, N.Y. — Jane Roe said"): capitals and commas, then a dash
    set off by spaces (not the hyphen of "AFL-CIO")."""
    for k in range(start + 1, end - 1):
        if doc[k].text in _DASHES and doc[k].whitespace_ and doc[k - 1].whitespace_:
            before = doc[start:k]
            if any(t.is_alpha and len(t.text) > 1 for t in before) and all(
                t.text == "," or (t.text.isupper() and not t.is_space) for t in before
            ):
                return k + 1
            break
    return start


#: Legal forms of Nordic, Dutch, Turkish and Japanese companies, as the wire writes them (the
#: case matters: "As" in a headline is a word).
_FOREIGN_LEGAL_FORMS = frozenset(
    {"A/S", "A.S.", "AS", "ASA", "AB", "Oy", "Oyj", "BV", "B.V.", "KK"}
)
_ANY_LEGAL_FORM = _LEGAL_FORMS | {w.lower().rstrip(".") for w in _FOREIGN_LEGAL_FORMS}


def _with_legal_form(span: Span, label: str) -> tuple[Span, str]:
    """A name that ends in a legal form is an organisation's ("Turk Henkel A.S.", tagged a
    person); a legal form right after a name joins it ("Novo Industri A/S", which the
    tokenizer splits, "Turk Henkel" + "A.S.")."""
    doc = span.doc
    if doc[span.end : span.end + 3].text == "A/S":
        span = doc[span.start : span.end + 3]
    elif span.end < len(doc) and _a_legal_form(doc[span.end].text):
        span = doc[span.start : span.end + 1]
    # the wire's brackets around an unlisted company ("<Jardine Strategic Holdings Ltd>")
    last = span[-2] if len(span) > 2 and span[-1].text == ">" else span[-1]
    if len(span) > 1 and (_a_legal_form(last.text) or span.text.endswith("A/S")):
        return span, "ORG"
    return span, label


def _a_legal_form(word: str) -> bool:
    """ "Corp", "Inc.", "A.S.", "AB"; not "co" or a headline's "As"."""
    return word in _FOREIGN_LEGAL_FORMS or (
        word[:1].isupper() and word.lower().rstrip(".") in _LEGAL_FORMS
    )


def _stray(t: Token) -> bool:
    """Punctuation, space or a quote mark at the edge of a name ("``AirTran Airways")."""
    return t.is_punct or t.is_space or t.is_quote or t.tag_ in {"``", "''"}


def _is_capitalised(t: Token) -> bool:
    return t.text[:1].isupper() or t.text in {".", "-", "'", "’"}


def _person_inside(span: Span, label: str, drafts: list[_Draft]) -> tuple[Span, str]:
    """The person's name in a PERSON or ORG span that opens with titles ("Spokeswoman Anna
    Kowalska", "Chief executive Thomas Enders"), and the span's type: an organisation or place
    span is a person's name when it opens with a known given name ("Kaja Kallas"), follows a
    person title, or is the surname of someone already named ("Jobs" tagged ORG, "Manoogian"
    tagged NORP)."""
    if label not in {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}:
        return span, label
    if label == "PERSON" and _a_company(span, drafts):
        return span, "ORG"
    places = data("places")
    text = " ".join(t.text for t in span)
    if any(text in places[k] for k in ("aliases", "seats", "demonyms", "types")):
        return span, label
    last_title = -1
    for i, t in enumerate(span[:-1]):
        if (
            t.lower_.rstrip(".") in ROLE_NOUNS
            or t.lower_ in HONORIFICS
            or t.is_space
            # "Telling Jeb Bush", "Certainly Donald Trump": a word the tagger took in
            or (i == last_title + 1 and t.pos_ in _NOT_IN_NAMES and span[i + 1].pos_ == "PROPN")
            # "Miss Universe Alicia Machado"
            or (i == 0 and t.lower_ in _CONTESTS and _after(span, "miss"))
            # "Black Lawmakers Rip Donald Trump": a headline's verb before a given name
            or (i == last_title + 1 and _headline_verb(t) and span[i + 1].text in given_names())
        ):
            last_title = i
    name = span[last_title + 1 :]
    # "Hillary Clinton Slams Donald Trump", "Donald Trump Leads": a headline's verb after a name
    verbs = [k for k, t in enumerate(name) if k >= 2 and _headline_verb(t)]
    if verbs and (label == "PERSON" or (label == "ORG" and name[0].text in given_names())):
        name = name[: verbs[0]]
    if not all((_is_capitalised(t) or _hyphenated(t)) and not t.is_stop for t in name):
        return span, label
    if any(t.lower_.rstrip(".") in ORG_WORDS for t in name):
        return span, label
    if label == "PERSON":
        return name, label
    words = _person_tokens(name)[0]
    if (
        label in {"ORG", "FAC"}
        and len(name) >= 2
        and name[0].text in given_names()
        # a facility: "North Carolina's Ada Fisher", not "John F. Kennedy Airport"
        and (label == "ORG" or name[-1].lower_ not in _ENDS_NO_NAME)
    ):
        return name, "PERSON"
    titles = {t.lower_.rstrip(".") for t in span[: last_title + 1]}
    if (
        label == "ORG"
        and titles & (PERSON_TITLES | set(HONORIFICS))
        # "Former AG Mukasey"; not "Executive Commission", where the title is a modifier
        and (len(name) >= 2 or (name[0].pos_ == "PROPN" and not titles & {"executive", "prime"}))
    ):
        return name, "PERSON"
    # "Jobs" tagged ORG is Steve Jobs, unless Jobs is an organisation here; the subject of a
    # verb still is ("Trump said", after "the Trump campaign" made Trump an ORG)
    acts = span.root.dep_ in {"nsubj", "nsubjpass"} and not _is_acronym(text)
    if acts or not any(d.name == text and d.type != "PERSON" for d in drafts):
        person = _find_person(drafts, words)
        if person is not None and len(person.tokens) > len(words):
            return name, "PERSON"
    if (
        label in {"ORG", "GPE"}
        and len(name) <= 3
        and not _is_acronym(text)
        and _personal_apposition(span)
    ):
        return name, "PERSON"  # "Nefzi, a chemistry professor, said", "Eswar Prasad, a professor"
    return span, label


#: Role nouns that may describe an organisation too ("Amazon, the owner of Whole Foods").
_NOT_ONLY_PEOPLE = frozenset({"owner", "partner", "leader", "head", "host", "producer", "chief"})


def _personal_apposition(span: Span) -> bool:
    """Whether a comma and a noun for a person's office follow ``span``."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != ",":
        return False
    if span.root.dep_ == "pobj":
        return False  # "… formerly president of American Hoechst, vice chairman of …"
    return any(
        t.dep_ == "appos"
        # right after the comma: not "San Jose, California the GOP candidate"
        and t.left_edge.i == span.end + 1
        and t.lemma_.lower() in ROLE_NOUNS - _NOT_ONLY_PEOPLE
        # naming someone itself, it is the next item of a list ("The Congressional Black
        # Caucus, former governor L. Douglas Wilder, …")
        and not any(w.ent_type_ == "PERSON" for w in t.subtree)
        for t in span.root.children
    )


#: Parts of speech that open no name.
_NOT_IN_NAMES = frozenset({"VERB", "ADV", "ADJ", "PART", "DET", "ADP"})
#: Titles of beauty contests ("Miss Universe Alicia Machado").
_CONTESTS = frozenset({"universe", "america", "usa", "world"})


def _headline_verb(t: Token) -> bool:
    """A capitalised verb of speech or stance ("Rip", "Slams", "Praises") that is no given
    name itself ("Hope", "Will")."""
    if not t.is_title or t.text in given_names():
        return False
    word = t.lower_
    return any(w in FRAME_VERBS for w in (word, word[:-1] if word.endswith("s") else word))


def _after(span: Span, word: str) -> bool:
    return span.start > 0 and span.doc[span.start - 1].lower_ == word


def _add_name(doc: Doc, span: Span, label: str, drafts: list[_Draft]) -> None:
    places = data("places")
    # "Wal-Mart", not the tokens "Wal - Mart"; a wire's "<Wavehill Ventures Inc>" without marks
    text = " ".join(span.text.split()).strip("<> ")
    head = span.root.i
    mention_text = doc.text[span.start_char : span.end_char]

    def mention(kind: MentionKind) -> Mention:
        return Mention(mention_text, span.start_char, span.end_char, kind)

    if text in places["aliases"]:
        name, typ = places["aliases"][text]
        _merge_place(drafts, name, typ, mention("name"), head)
        return
    if text in places["seats"]:
        before = doc[span.start - 1].lower_ if span.start > 0 else ""
        if before in LOCATIVE_PREPS:
            _merge_place(drafts, text, "GPE", mention("name"), head)
        else:
            country = places["seats"][text]
            typ = places["types"].get(country, "GPE")
            _merge_place(drafts, country, typ, mention("metonym"), head)
        return
    if text in places["demonyms"] or (label == "NORP" and text.rstrip("s") in places["demonyms"]):
        place = places["demonyms"].get(text) or places["demonyms"][text.rstrip("s")]
        _merge_place(drafts, place, places["types"].get(place, "GPE"), mention("demonym"), head)
        return
    if label == "PERSON":
        _add_person(doc, span, drafts)
        return
    typ = places["types"].get(text, label)
    _merge_place(drafts, text, typ, mention("name"), head)


def _merge_place(drafts: list[_Draft], name: str, typ: str, m: Mention, head: int) -> None:
    for d in drafts:
        if d.name.lower() == name.lower() and d.type != "PERSON":
            d.add(m, head)
            return
    if typ == "ORG":
        same = _same_organisation(drafts, tuple(name.split()))
        if same is not None:
            if len(name.split()) > len(same.tokens) and not _is_acronym(name):
                same.name, same.tokens = name, tuple(name.split())
            same.add(m, head)
            return
    drafts.append(_Draft(name=name, type=typ, tokens=tuple(name.split())))
    drafts[-1].add(m, head)


def _is_acronym(name: str) -> bool:
    letters = name.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def _acronym_letters(tokens: tuple[str, ...]) -> str | None:
    """The letters of an acronym: "GM", "U.S.", and the wire's "S and P" for Standard and
    Poor's; None for a name."""
    if len(tokens) == 1:
        return tokens[0].replace(".", "") if _is_acronym(tokens[0]) else None
    letters = [w for w in tokens if w not in {"and", "&"}]
    if len(letters) > 1 and all(len(w) == 1 for w in letters):
        return "".join(letters)
    return None


def _initials(tokens: tuple[str, ...]) -> str:
    """ "GM" for General Motors, "HP" for Hewlett-Packard."""
    words = [w for t in tokens for w in t.split("-")]
    return "".join(w[0] for w in words if w.lower() not in _ACRONYM_SKIP and w[:1].isupper())


def _same_organisation(drafts: list[_Draft], words: tuple[str, ...]) -> _Draft | None:
    """The one organisation these name words are another form of: its short name ("Ford" for
    "Ford Motor Company", "Apple" for "Apple Inc."), its full name, its acronym ("GM" for
    "General Motors") or the kind of body its name says ("Bank" for "Bank of England"); None
    when there is none or several."""

    def key(tokens: tuple[str, ...]) -> tuple[str, ...]:
        """Dots aside ("U.S." is "US"), and without a leading country ("US Air Force")."""
        out = tuple(t.replace(".", "") for t in tokens)
        return out[1:] if len(out) > 1 and out[0] in {"US", "UK"} else out

    found: list[_Draft] = []
    for d in drafts:
        if d.type != "ORG" or d.tokens == words:
            continue
        if len(words) > 1 and len(d.tokens) > 1 and key(words) == key(d.tokens):
            found.append(d)
            continue
        # case aside: a wire's "Lyphomed" is "LyphoMed Inc"
        low, theirs = _lowered(words), _lowered(d.tokens)
        short, long = (low, theirs) if len(low) < len(theirs) else (theirs, low)
        if (
            len(short) < len(long)
            and long[: len(short)] == short
            and _without_ending(long, ORG_SUFFIXES) == short
        ):
            found.append(d)
            continue
        if len(short) == 1 and short[0] in NAMED_BODIES and short[0] in long:
            found.append(d)  # "the Bank" for the Bank of England, "the Agency" for its name
            continue
        for acro, full in ((words, d.tokens), (d.tokens, words)):
            letters = _acronym_letters(acro)
            if (
                letters
                and len(_initials(full)) > 1
                and letters in {_initials(full), _initials(_without_ending(full, ORG_SUFFIXES))}
            ):
                found.append(d)
                break
    return found[0] if len(found) == 1 else None


def _lowered(tokens: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(t.lower() for t in tokens)


def _person_tokens(span: Span) -> tuple[tuple[str, ...], Gender, int]:
    """Name tokens without honorifics, the gender an honorific tells, and the first name index."""
    gender: Gender = None
    toks = [t for t in span if not t.is_punct or t.text in {".", "-"}]
    words: list[str] = []
    for t in toks:
        low = t.lower_
        if not words and low in HONORIFICS:
            gender = HONORIFICS[low] or gender  # type: ignore[assignment]
            continue
        if words and (t.text == "." or _hyphenated(t)):
            words[-1] += t.text  # "H.W.", "Ki-moon", "Ocasio-Cortez": one word
            continue
        if t.text != "-":
            words.append(t.text)
    if span.start > 0:
        prev = span.doc[span.start - 1].lower_
        if prev in HONORIFICS and HONORIFICS[prev]:
            gender = HONORIFICS[prev]  # type: ignore[assignment]
    return tuple(words), gender, span.start


def _hyphenated(t: Token) -> bool:
    """A hyphen inside a word, or the part after it ("Ki" "-" "moon")."""
    doc = t.doc
    if t.text == "-":
        return 0 < t.i < len(doc) - 1 and not t.whitespace_ and not doc[t.i - 1].whitespace_
    return (
        t.i > 1
        and doc[t.i - 1].text == "-"
        and not doc[t.i - 1].whitespace_
        and not doc[t.i - 2].whitespace_
    )


def _add_person(doc: Doc, span: Span, drafts: list[_Draft]) -> None:
    words, titled, _ = _person_tokens(span)
    if not words:
        return
    gender = titled or _noun_gender(span)
    if gender is None:
        gender = given_names().get(words[0]) if len(words) > 1 else None  # type: ignore[assignment]
    m = Mention(doc.text[span.start_char : span.end_char], span.start_char, span.end_char, "name")
    target = _find_person(drafts, words, titled)
    if target is None:
        target = _Draft(name=" ".join(words), type="PERSON", tokens=words, gender=gender)
        drafts.append(target)
    else:
        bare = len(_without_initials(words))
        before = target.tokens
        if len(words) > len(target.tokens):
            # a fuller name for someone first named by surname (or without a middle initial):
            # the fuller one is canonical
            target.name, target.tokens = " ".join(words), words
            target.mentions = [
                Mention(x.text, x.start, x.end, "surname")
                if x.kind == "name" and len(x.text.split()) < bare
                else x
                for x in target.mentions
            ]
        elif bare < len(_without_initials(target.tokens)):
            m = Mention(m.text, m.start, m.end, "surname")
        model = before if _odd_case(words) else words
        if _odd_case(target.tokens) and not _odd_case(model):
            # "DONALD TRUMP:" or Reuters' "manuel azpurua" first, "Azpurua said" after
            target.tokens = _recased(target.tokens, model)
            target.name = " ".join(target.tokens)
        if target.gender is None:
            target.gender = gender
    target.add(m, span.root.i)
    role = _role_before(span) or _role_apposition(span)
    if role and role not in target.roles:
        target.roles.append(role)
        nouns = [GENDERED_NOUNS[w] for w in role.lower().split() if w in GENDERED_NOUNS]
        noun_gender = nouns[-1] if nouns else None
        if target.gender is None and noun_gender:
            target.gender = noun_gender  # type: ignore[assignment]


def _odd_case(words: tuple[str, ...]) -> bool:
    """A name written in capitals or in lower case throughout."""
    text = "".join(words)
    return text.isupper() or text.islower()


def _recased(words: tuple[str, ...], model: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` as ``model`` writes them, the rest capitalised ("manuel azpurua", ("Azpurua",)
    -> "Manuel Azpurua")."""
    written = {w.lower(): w for w in model}
    return tuple(written.get(w.lower(), w[:1].upper() + w[1:].lower()) for w in words)


def _noun_gender(span: Span) -> Gender:
    """The sex a noun of sex or kin tells, before the name or in apposition ("9/11 widow Terry
    Strada", "Jane Doe, a mother of three"): surer than the given name's usual sex (a noun of
    office is not: "Trump spokesman Hope Hicks")."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.pos_ == "NOUN" and before.is_lower:
        # the parser often hangs the noun on the verb ("widow" the subject of "said")
        gender = _PEOPLE_NOUNS.get(before.lower_)
        if gender:
            return gender  # type: ignore[return-value]
    for t in span.root.children:
        if t.dep_ == "appos" and t.i >= span.end and t.lemma_.lower() in _PEOPLE_NOUNS:
            return _PEOPLE_NOUNS[t.lemma_.lower()]  # type: ignore[return-value]
    return None


def _find_person(
    drafts: list[_Draft], words: tuple[str, ...], gender: Gender = None
) -> _Draft | None:
    """The person these name words refer to: the same name, else someone whose name ends with
    them ("Kallas" for Kaja Kallas) or who was named by its last words before. Of several
    people sharing a surname, a bare surname means the one mentioned most so far (news names
    the main Clinton by surname and the others in full), the earliest on a tie; one of the
    ``gender`` an honorific tells ("Mrs. Clinton" is not Bill Clinton)."""
    people = [
        d for d in drafts if d.type == "PERSON" and (gender is None or d.gender in (None, gender))
    ]
    for d in people:
        if d.tokens == words:
            return d
    bare, mine = _without_initials(words), _middle_initials(words)
    matches = []
    for d in people:
        theirs, its = _without_initials(d.tokens), _middle_initials(d.tokens)
        if mine and its and mine != its:
            continue  # George W. Bush is not George H.W. Bush
        n = min(len(theirs), len(bare))
        # "al-Awlaki" opening a sentence is "Al-Awlaki"
        if _lowered(theirs[-n:]) == _lowered(bare[-n:]) and (len(bare) == n or len(theirs) == n):
            matches.append(d)
    if not matches and len(words) == 1:
        # "Hillary" after Hillary Clinton, "Jeb" after Jeb Bush, and "Ban" after Ban Ki-moon,
        # whose family name comes first: the one person whose name opens with the word
        matches = [
            d
            for d in people
            if len(d.tokens) > 1
            and _lowered(d.tokens[:1]) == _lowered(words)
            and d.tokens[-1][:1].isalpha()
            and d.tokens[-1].lower().rstrip(".") not in ORG_SUFFIXES  # a company taken for one
        ]
        return matches[0] if len(matches) == 1 else None
    if not matches:
        return None
    return max(matches, key=lambda d: (gender is not None and d.gender == gender, len(d.mentions)))


_INITIALS = re.compile(r"(?:[A-Z]\.)+")  # "E.", "H.W."


def _middle_initials(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w for w in words[1:-1] if _INITIALS.fullmatch(w))


def _without_initials(words: tuple[str, ...]) -> tuple[str, ...]:
    """The name without its middle initials: "Loretta E. Lynch" is "Loretta Lynch"."""
    if len(words) < 3:
        return words
    middle = tuple(w for w in words[1:-1] if not _INITIALS.fullmatch(w))
    return (words[0], *middle, words[-1])


def _role_before(span: Span) -> str | None:
    """'EU foreign policy chief' in 'EU foreign policy chief Kaja Kallas'."""
    doc = span.doc
    i = span.start - 1
    first = span.start
    while i >= 0:
        t = doc[i]
        if (
            t.is_space
            or t.pos_ in {"DET", "VERB", "AUX", "PRON", "ADP", "CCONJ"}
            or (t.is_punct and t.text not in {"-", "."})
        ):
            break
        attached = span.start <= t.head.i < span.end or first <= t.head.i < span.end
        if not attached and t.tag_ != "POS":
            break
        first = i
        i -= 1
    while first < span.start and doc[first].tag_ == "POS":
        first += 1
    words = doc[first : span.start]
    if not any(t.lower_.rstrip(".") in ROLE_NOUNS for t in words):
        return None
    return doc.text[words.start_char : words.end_char].strip() or None


def _role_apposition(span: Span) -> str | None:
    """'the EU's foreign policy chief' in 'Kaja Kallas, the EU's foreign policy chief, said'."""
    for t in span.root.children:
        if t.dep_ == "appos" and t.i >= span.end and t.lemma_.lower() in ROLE_NOUNS:
            sub = list(t.subtree)
            start = sub[0].i
            while start <= t.i and sub[start - sub[0].i].pos_ == "DET":
                start += 1
            end = sub[-1].i + 1
            while end > start and (span.doc[end - 1].is_punct or span.doc[end - 1].is_space):
                end -= 1
            s = span.doc[start:end]
            if 0 < len(s) <= 12:
                return s.text
    return None


def _merge_lone_names(drafts: list[_Draft]) -> None:
    """A one-word "person" that is also an organisation's or place's name in this article
    ("Ryanair" tagged PERSON once and ORG elsewhere), or whose words are an organisation's name
    without its legal form ("Kredi Bankasi" after "Kredi Bankasi A.S."), is that organisation
    or place, unless something marks it a person (a given name, an honorific, a role)."""
    for d in list(drafts):
        if d.type != "PERSON" or d.gender is not None or d.roles:
            continue
        other = next(
            (
                o
                for o in drafts
                if o.type != "PERSON"
                and (
                    (len(d.tokens) == 1 and o.name.lower() == d.name.lower())
                    # "Kredi Bankasi" for "Kredi Bankasi A.S." named before
                    or (
                        o.type == "ORG"
                        and _without_ending(o.tokens, _ANY_LEGAL_FORM) == d.tokens != o.tokens
                    )
                )
            ),
            None,
        )
        if other is None:
            continue
        for m, h in zip(d.mentions, d.heads, strict=True):
            other.add(Mention(m.text, m.start, m.end, "name"), h)
        drafts.remove(d)


_BRACKETED = re.compile(r" ?\(([^()\s]+)\)")


def _merge_bracketed_aliases(doc: Doc, drafts: list[_Draft]) -> None:
    """A one-word name in brackets right after an organisation's name is another name of it:
    its acronym or its ticker ("Australian Meat and Live-Stock Corp (AMLC)", "Novo Industri
    A/S (NVO.CO)"). Where the tagger found no name in an upper-case word after a company's or
    a body's name, each use of the word is a mention of it."""
    taken = {k for d in drafts for m in d.mentions for k in range(m.start, m.end)}
    for d in list(drafts):
        if d.type != "ORG" or d not in drafts or d.name.islower():
            continue  # "the national statistics institute (Istat)" is no name
        for m in list(d.mentions):
            found = _BRACKETED.match(doc.text, m.end)
            if found is None:
                continue
            word = found.group(1)
            alias = next((o for o in drafts if o is not d and o.name == word), None)
            if alias is not None:
                for am, h in zip(alias.mentions, alias.heads, strict=True):
                    d.add(am, h)
                drafts.remove(alias)
            if _a_body_by_name(d) and word.isupper():
                for t in doc:
                    if t.text == word and t.idx not in taken:
                        d.add(Mention(word, t.idx, t.idx + len(word), "name"), t.i)
                        taken.add(t.idx)
        order = sorted(range(len(d.mentions)), key=lambda k: d.mentions[k].start)
        d.mentions[:] = [d.mentions[k] for k in order]
        d.heads[:] = [d.heads[k] for k in order]


def _a_body_by_name(d: _Draft) -> bool:
    """Whether an organisation's name says it is a company or a body ("… Corp", "National
    Agricultural Statistics Services"), not a product or an event the tagger took for one."""
    low = [w.lower().rstrip(".") for w in d.tokens]
    return low[-1] in _ANY_LEGAL_FORM or any(
        w in NAMED_BODIES or w[:-1] in NAMED_BODIES for w in low
    )


def _gender_first_names(drafts: list[_Draft]) -> None:
    """A person named by a given name alone ("Melanie said yes", "Kevin was drifting off") has
    that name's gender, unless the word is also someone's surname here ("Jordan")."""
    surnames = {d.tokens[-1] for d in drafts if d.type == "PERSON" and len(d.tokens) > 1}
    names = given_names()
    for d in drafts:
        if d.type != "PERSON" or len(d.tokens) != 1 or d.gender is not None:
            continue
        if d.tokens[0] in names and d.tokens[0] not in surnames:
            d.gender = names[d.tokens[0]]  # type: ignore[assignment]


def _stands_alone(t: Token) -> bool:
    """A capitalised word that no other name takes in: untagged, or tagged on its own (the
    small pipeline tags a lone "Trump" as a work of art, a noun or even a verb)."""
    if t.ent_type_ and t.ent_type_ != "PERSON":
        ents = [e for e in t.doc.ents if e.start <= t.i < e.end]
        # not "Last week Stumpf appeared …": a date the tagger ran on into the name after it
        if ents and len(ents[0]) > 1 and ents[0].label_ not in {"DATE", "TIME"}:
            return False
    return t.pos_ in {"PROPN", "NOUN", "VERB"} and _is_capitalised(t)


def _add_bare_surnames(doc: Doc, drafts: list[_Draft]) -> None:
    """A proper noun on its own that is the surname of someone named in full, and that spaCy
    did not tag ("Papermaster did not comment"), is that person: the one named before it, or
    in the headline, where the body names them after ("Railing Against Trump, Sanders Vows
    …"), the only one of that surname."""
    taken = [(m.start, m.end) for d in drafts for m in d.mentions]
    surnames: dict[str, list[_Draft]] = {}
    for d in drafts:
        if d.type == "PERSON" and len(d.tokens) > 1:
            surnames.setdefault(d.tokens[-1].lower(), []).append(d)
    if not surnames:
        return
    headline = headline_end(doc)
    for t in doc:
        if _hyphenated(t) or not _stands_alone(t):
            continue
        last = t.i  # "Mark-Viverito" is three tokens
        while last + 2 < len(doc) and _hyphenated(doc[last + 1]):
            last += 2
        word = doc[t.i : last + 1].text
        end = t.idx + len(word)
        if word.lower() not in surnames or any(s < end and t.idx < e for s, e in taken):
            continue
        neighbours = [doc[i] for i in (t.i - 1, last + 1) if 0 <= i < len(doc)]
        if any(n.pos_ == "PROPN" and _is_capitalised(n) and not n.is_punct for n in neighbours):
            continue  # part of another name
        earlier = [d for d in surnames[word.lower()] if any(m.end <= t.idx for m in d.mentions)]
        if not earlier and t.idx < headline:
            earlier = surnames[word.lower()]
        if len(earlier) != 1:
            continue
        earlier[0].add(Mention(word, t.idx, end, "surname"), last)


def _without_legal_form(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A company's name words without the legal form ending them ("Commercial Credit" for
    Commercial Credit Co)."""
    return _without_ending(tokens, _LEGAL_FORMS)


def _without_ending(tokens: tuple[str, ...], endings: frozenset[str]) -> tuple[str, ...]:
    """Name words without the trailing ones in ``endings`` (one word at least is kept)."""
    end = len(tokens)
    while end > 1 and tokens[end - 1].lower().rstrip(".,") in endings:
        end -= 1
    return tokens[:end]


def _a_company(span: Span, drafts: list[_Draft]) -> bool:
    """Whether a span tagged a person is a company: its name ends in a legal form ("B.F.
    Goodrich Co"), a noun for a business stands right before it as its description ("the
    state-oil company Petrobras"), or it is the name of a company named before without one
    ("Rospatch" after Rospatch Corp)."""
    words = tuple(t.text for t in span)
    if len(words) > 1 and _without_legal_form(words) != words:
        return True
    if span.start > 0:
        before, root = span.doc[span.start - 1], span.root
        described = (root.dep_ == "appos" and root.head == before) or (
            before.dep_ == "compound" and before.head == root
        )
        if (
            described
            and before.lemma_.lower() in ORG_DESCRIPTIONS
            and span[0].text not in given_names()  # "Chairman of the firm Gordon Wu said"
        ):
            return True
    return any(
        d.type == "ORG"
        and words != d.tokens
        and (
            _without_legal_form(d.tokens) == words
            # "Marine Midland" after Marine Midland Banks Inc
            or (len(words) > 1 and _without_ending(d.tokens, ORG_SUFFIXES) == words)
        )
        for d in drafts
    )


def _add_short_company_names(doc: Doc, drafts: list[_Draft]) -> None:
    """A company's name without its legal form ("Commercial Credit" for Commercial Credit Co),
    where spaCy tagged nothing, is that company: when no other company has that short name
    and the words are not part of a longer name."""
    taken = [(m.start, m.end) for d in drafts for m in d.mentions]
    short: dict[tuple[str, ...], list[_Draft]] = {}
    for d in drafts:
        core = _without_legal_form(d.tokens)
        if d.type == "ORG" and core != d.tokens:
            short.setdefault(core, []).append(d)
    if not short:
        return
    at: dict[str, list[int]] = {}
    for t in doc:
        if t.pos_ == "PROPN":
            at.setdefault(t.text, []).append(t.i)
    for words, owners in short.items():
        if len(owners) != 1:
            continue
        n = len(words)
        for i in at.get(words[0], []):
            if i + n > len(doc):
                continue
            span = doc[i : i + n]
            if tuple(w.text for w in span) != words or any(w.pos_ != "PROPN" for w in span):
                continue
            start, end = span.start_char, span.end_char
            if any(s < end and start < e for s, e in taken):
                continue
            neighbours = [doc[k] for k in (i - 1, i + n) if 0 <= k < len(doc)]
            if any(w.pos_ == "PROPN" and _is_capitalised(w) for w in neighbours):
                continue  # part of another name ("Commercial Credit Corp Ltd")
            owners[0].add(Mention(span.text, start, end, "name"), span.root.i)


# --- role descriptions and pronouns ------------------------------------------------------------


def _definite_start(noun: Token, taken: set[tuple[int, int]]) -> int | None:
    """Where the definite description ``noun`` heads starts ("the" before it), or None when it
    has no "the" or lies inside a mention already found."""
    dets = [c for c in noun.children if c.dep_ == "det" and c.lower_ == "the"]
    if not dets or any(s <= noun.idx < e for s, e in taken):
        return None
    return dets[0].idx


def _add_description(d: _Draft, noun: Token, start: int, taken: set[tuple[int, int]]) -> None:
    """Record "the … noun" from ``start``, with the words after the noun, as a role mention of
    ``d``."""
    end = _description_end(noun)
    d.add(Mention(noun.doc.text[start:end], start, end, "role"), noun.i)
    taken.add((start, end))


def _add_role_descriptions(doc: Doc, drafts: list[_Draft], quoted: _Quoted) -> None:
    """'the minister' -> the person most recently named with a role headed by 'minister'; a
    description of the subject of a story -> the one person it can stand for nearby."""
    taken = {(m.start, m.end) for d in drafts for m in d.mentions}
    for t in doc:
        if t.pos_ != "NOUN" or t.lemma_.lower() not in _PERSON_DESCRIPTIONS:
            continue
        start = _definite_start(t, taken)
        if start is None:
            continue
        best: tuple[int, _Draft] | None = None
        for d in drafts:
            if d.type != "PERSON" or not any(t.lemma_.lower() in _role_words(r) for r in d.roles):
                continue
            before = [m.start for m in d.mentions if m.end <= t.idx]
            if before and (best is None or max(before) > best[0]):
                best = (max(before), d)
        if best is None and t.dep_ in {"nsubj", "nsubjpass"}:
            epithet = _epithet_antecedent(t, drafts, quoted)
            best = (0, epithet) if epithet is not None else None
        if best is not None:
            _add_description(best[1], t, start, taken)


#: Nouns news uses to refer back to a business or group just named ("Quantum Corp said … The
#: company said", "The Tax Policy Center … the group said").
ORG_DESCRIPTIONS = frozenset(
    {"company", "firm", "corporation", "manufacturer", "maker", "automaker", "carmaker"}
    | {"planemaker", "chipmaker", "airline", "carrier", "retailer", "insurer", "lender"}
    | {"brewer", "conglomerate", "publisher", "broker", "brokerage", "utility", "group"}
    # "the biotechnology concern said", "the paperboard and packaging producer said"
    | {"concern", "producer", "supplier", "distributor", "operator"}
)
#: Bodies a definite description names by the word in their name ("the association" for the
#: Association of German Cooperative Banks, "the bureau" for the Bureau of Mines, "the bank"
#: for the Bank of Japan or Barnett Banks, "the fund" for the International Monetary Fund,
#: "the budget office" for the Congressional Budget Office, "the guild" for the Writers Guild
#: of America, "the trust" for Houston Oil Trust, "the partnership" for USACafes LP).
NAMED_BODIES = frozenset(
    {"association", "agency", "department", "ministry", "bureau", "commission", "committee"}
    | {"council", "institute", "university", "foundation", "federation", "league", "exchange"}
    | {"bank", "fund", "union", "board", "office", "service", "authority", "organization"}
    | {"guild", "trust", "partnership"}
)
#: The last words of a name the tagger may miss that speaks (:func:`_speaking_companies`).
_SPEAKING_NAME_ENDS = _LEGAL_FORMS | NAMED_BODIES
#: Words in the names of bodies a description calls by another word: "the agency" for the
#: Federal Bureau of Investigation, the Congressional Budget Office, the State Department,
#: the Securities and Exchange Commission.
_BODY_KINDS = {
    # "The Independent Federation of Flight Attendants said … The union said"
    "union": frozenset(
        {"union", "federation", "brotherhood", "teamsters", "workers", "employees", "guild"}
        | {"attendants", "pilots", "machinists", "mineworkers", "steelworkers", "teachers"}
    ),
    # "Teeco Properties L.P. said … The partnership said", "General Partners … The partnership"
    "partnership": frozenset({"partnership", "partners", "lp", "l.p.", "l.p"}),
    "agency": frozenset(
        {"agency", "bureau", "office", "administration", "service", "department", "enforcement"}
        | {"commission", "statistics"}  # "Statistics Canada said … the federal agency said"
        # the rating agencies: Standard and Poor's, Moody's, Fitch, Duff and Phelps
        | {"poor's", "moody's", "fitch", "phelps"}
    ),
}


#: Words in a name that make it some other kind of body than a business (a ministry is not
#: "the company").
_NOT_A_BUSINESS = frozenset(
    {"ministry", "department", "congress", "senate", "house", "party", "court", "council"}
    | {"committee", "commission", "treasury", "parliament", "government", "administration"}
    | {"police", "army", "navy", "agency", "office", "bureau", "union", "university"}
    | {"school", "college", "institute", "fed", "reserve", "board", "organization"}
    | {"organisation", "association", "federation", "fund", "nations", "community"}
)
#: Bodies that are no business but are "the group" ("the National Association of Realtors
#: said … the group said").
_GROUP_BODIES = frozenset(
    {"association", "federation", "union", "institute", "organization", "organisation"}
    | {"council", "fund", "league"}
)
#: Modifiers that make a description someone else ("the parent company", "a new firm").
_OTHER_BUSINESS = frozenset({"new", "other", "parent", "rival", "another", "former", "same"})


def _an_airline(name: str) -> bool:
    """ "Singapore Airlines", "Air France", "EgyptAir", "Ryanair"; not "Airbus"."""
    words = name.lower().split()
    return bool({"air", "airlines", "airways", "airline"} & set(words)) or words[-1].endswith("air")


#: How strongly a mention's relation marks the organisation a sentence is about.
_SUBJECT_RANK = {"nsubj": 2, "nsubjpass": 2, "poss": 1}


def _of_the_main_verb(t: Token) -> int:
    """1 for the subject of its sentence's main verb ("Computer Terminal said Sedio also has
    the right …": Computer Terminal), else 0."""
    return int(t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "ROOT")


def _names_its_own(child: Token) -> bool:
    """Whether a modifier makes a description name its own referent: "the Old Mutual insurance
    company", "the company that makes …", "the parent company", "the company's rival", "the
    company, Fiat,"; a clause set off by a comma (", which …", ", based in …") or a
    description beside it ("The company, a unit of Nynex Corp, said") only adds to it."""
    if child.dep_ in {"relcl", "acl"}:
        aside = child.left_edge.i > 0 and child.doc[child.left_edge.i - 1].text == ","
        return not aside or any(w.lower_ == "that" for w in child.lefts)
    if child.dep_ == "appos" and child.pos_ == "NOUN":
        return False
    return (
        child.dep_ in {"appos", "prep"}
        or child.lower_ in _OTHER_BUSINESS
        or (child.dep_ == "compound" and child.pos_ == "PROPN")
    )


def _add_org_descriptions(doc: Doc, drafts: list[_Draft]) -> None:
    """'the company' -> the business named most recently (a subject or possessor preferred) in
    its sentence or the three before; 'the association', 'the department' -> the body named
    so ("Association of German Cooperative Banks") in its sentence or the six before; none
    for a plural, a description that names its own referent ("the company that makes …", "the
    parent company") or when no business or body of that name is near."""
    taken = {(m.start, m.end) for d in drafts for m in d.mentions}
    for t in doc:
        lemma = t.lemma_.lower()
        body = lemma in NAMED_BODIES
        if t.tag_ != "NN" or not (body or lemma in ORG_DESCRIPTIONS):
            continue
        start = _definite_start(t, taken)
        if start is None:
            continue
        if t.dep_ == "compound" or any(_names_its_own(c) for c in t.children):
            continue
        lo = sentences_back(t, 6 if body else 3)
        if lemma == "group" and any(
            w.lemma_ == "group" and w.pos_ == "NOUN" and not w.ent_type_ for w in doc[lo : t.i]
        ):
            continue  # "among the group of voters … The group also views …": that group
        # "the group" may be an association; "the company" may not
        not_named_so = _NOT_A_BUSINESS - _GROUP_BODIES if lemma == "group" else _NOT_A_BUSINESS
        speaking = _spoke(t)
        near: list[tuple[bool, bool, bool, int, int, int, _Draft]] = []
        for d in drafts:
            low = [w.lower() for w in d.tokens]
            if d.type != "ORG" or d.name.islower():
                continue  # "secretary of state" with "state" tagged an organisation
            if body:
                words = set(low) | {w[:-1] for w in low if w.endswith("s")}  # "Barnett Banks"
                named_so = bool(_BODY_KINDS.get(lemma, {lemma}) & words) and low != [lemma]
                if not (named_so or _apposed_as(d, doc, lemma)):
                    continue  # "the department" is a department by name (a bare "Bank" is none)
            elif (
                not_named_so & (set(low[1:]) | {low[0]} - {"union"})
                and _without_legal_form(d.tokens) == d.tokens
                and "savings" not in low  # "University Federal Savings Bank" is a business
            ):
                # a ministry or a union is no company; "Union Carbide" is, and so is any name
                # with a legal form ("Reserve Oil and Minerals Corp")
                continue
            elif lemma in {"airline", "carrier"} and not _an_airline(d.name):
                continue
            for h in d.heads:
                if lo <= h < t.i and not _told(doc[h]):
                    head = doc[h]
                    # "NPD Group, a market research firm. The firm said": described so before
                    same = _apposed(head, lemma)
                    role = _SUBJECT_RANK.get(head.dep_, 0) + _of_the_main_verb(head)
                    # "Southwest said. Traffic results include its Transtar unit. The carrier
                    # also said": a description that speaks is a body that spoke
                    spoke = speaking and _spoke(head)
                    # "In a statement on the Airbus website, the company said": a body named
                    # in a phrase on the description's own verb comes before one that spoke
                    owns = _in_phrase_on(head, t.head)
                    near.append((same, owns, spoke, head.sent.start, role, h, d))
        if not near:
            continue
        # beside it, on its verb, spoke; then the nearest sentence, its subject first
        best = max(near, key=lambda x: x[:6])[6]
        _add_description(best, t, start, taken)


def _spoke(t: Token) -> bool:
    """Whether ``t`` is in the subject of a reporting verb ("Hartford said", "The Niagara
    Mohawk spokesman said", "Officials at Homeland Security Investigations said") or is the
    source of "according to"; not the owner of a subject named beside it ("AC Teleconnect
    Corp's unit, ACC Long Distance Corp, said": the unit spoke), nor the subject of "continue
    to …" ("Healthcare International will continue to operate the hospital")."""
    while t.dep_ in {"compound", "poss", "pobj", "prep", "appos"}:
        if _source_of_according_to(t):
            return True
        if t.dep_ == "poss" and any(
            c.dep_ == "appos" and c.ent_type_ == "ORG" for c in t.head.children
        ):
            return False  # not "The Turner Corp's construction company New York said"
        t = t.head
    verb = t.head
    goes_on = verb.lemma_ == "continue" and any(c.dep_ == "xcomp" for c in verb.children)
    return t.dep_ == "nsubj" and verb_lemma(verb) in REPORTING_VERBS and not goes_on


def _source_of_according_to(t: Token) -> bool:
    """Whether ``t`` is the source of "according to" ("according to Ham")."""
    return t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according"


def _in_phrase_on(t: Token, verb: Token) -> bool:
    """Whether ``t`` is in a prepositional phrase on ``verb`` ("In a statement on the Airbus
    website, the company said")."""
    while t.head.i not in {t.i, verb.i}:
        t = t.head
    return t.head.i == verb.i != t.i and t.dep_ == "prep"


def _apposed_as(d: _Draft, doc: Doc, lemma: str) -> bool:
    """Whether a name of ``d`` was set beside a noun of this lemma ("The Pension Benefit
    Guaranty Corp, a federal agency, said … The agency said")."""
    return any(_apposed(doc[h], lemma) for h in d.heads)


def _apposed(name: Token, lemma: str) -> bool:
    """Whether a noun of this lemma is set beside ``name`` ("NPD Group, a market research
    firm")."""
    return any(c.dep_ == "appos" and c.lemma_.lower() == lemma for c in name.children)


def _add_apposed_descriptions(doc: Doc, drafts: list[_Draft]) -> None:
    """'Steve Jobs, the Apple chief executive,', 'the Italian company, Fiat,', 'Ford is the
    world's third-largest automaker': a definite description set beside a person's or an
    organisation's name, or said of it with "be", is that name's entity."""
    taken = {(m.start, m.end) for d in drafts for m in d.mentions}
    owner: dict[int, _Draft] = {}  # the head token of each name -> its entity
    for d in drafts:
        if d.type in {"PERSON", "ORG"}:
            for m, h in zip(d.mentions, d.heads, strict=True):
                if m.kind in {"name", "surname"}:
                    owner[h] = d
    for t in doc:
        if t.tag_ not in {"NN", "NNP"} or t.left_edge.lower_ != "the":
            continue
        if t.pos_ != "NOUN" and t.lemma_.lower() not in _PERSON_DESCRIPTIONS:
            continue  # a capitalised role ("the Prime Minister") is tagged a proper noun
        named = _described(t, owner)
        start = t.left_edge.idx
        if named is None or any(s <= t.idx < e for s, e in taken):
            continue
        person_noun = t.lemma_.lower() in _PERSON_NOUNS
        if person_noun != (named.type == "PERSON"):
            continue  # "the liberal gossip site Gawker" tagged a person; "Ford, the president"
        end = _description_end(t)
        named.add(Mention(doc.text[start:end], start, end, "role"), t.i)
        taken.add((start, end))


def _described(noun: Token, owner: dict[int, _Draft]) -> _Draft | None:
    """The named entity ``noun`` is set beside (either way round) or said of with "be"."""
    if noun.dep_ in {"appos", "compound"} and noun.head.i in owner:
        return owner[noun.head.i]  # "Ford, the automaker", "the company's vice president Smith"
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is not None and after.i in owner and after.dep_ == noun.dep_:
        return owner[after.i]  # "The US automobile manufacturer Ford said": two subjects
    for c in noun.children:
        if c.dep_ == "appos" and c.i in owner:
            return owner[c.i]
    if (
        noun.dep_ == "attr"
        and noun.head.lemma_ == "be"
        and not any(c.dep_ == "neg" for c in noun.head.children)
        and not any(c.lower_ in _NOT_IDENTITY for c in noun.children)
    ):
        # "Ford is the … automaker"; not "Cruz is not the senator …", "is the only one who …"
        for c in noun.head.children:
            if c.dep_ == "nsubj" and c.i in owner:
                return owner[c.i]
    return None


#: Nouns for a person by sex or kin, not by office ("the woman", not "the spokeswoman", which
#: news uses for someone it names).
_PEOPLE_NOUNS = {
    "woman": "f", "mother": "f", "wife": "f", "daughter": "f", "sister": "f", "girl": "f",
    "widow": "f", "grandmother": "f", "aunt": "f", "niece": "f", "girlfriend": "f",
    "man": "m", "father": "m", "husband": "m", "son": "m", "brother": "m", "boy": "m",
    "widower": "m", "grandfather": "m", "uncle": "m", "nephew": "m", "boyfriend": "m",
}  # fmt: skip

#: Nouns for a person that are no role ("the first woman to lead …").
_PEOPLE = frozenset(_PEOPLE_NOUNS) | {"person", "critic", "figure"}

#: Modifiers that make "X is the … noun" say something other than who X is.
_NOT_IDENTITY = frozenset({"only", "other"})


def _description_end(noun: Token) -> int:
    """Where a description ends: with the words after its noun ("the minister of fiscal
    policy", "the chief executive of Apple") up to a comma, an apposition, a possessive or a
    relative clause."""
    last = noun
    for c in noun.rights:
        if (
            c.is_punct
            or c.dep_ in {"appos", "case", "relcl"}
            or noun.doc[c.left_edge.i - 1].text == ","
        ):
            break  # "the company's shares", "the senator who said …": not part of the name
        last = c.right_edge
    while last.i > noun.i and (last.is_punct or last.is_space):
        last = noun.doc[last.i - 1]
    return last.idx + len(last.text)


def _told(t: Token) -> bool:
    """Whether ``t`` is the one told ("a spokesman told Reuters that the company …"): the
    reporter, not the business the story is about."""
    return t.dep_ in {"dobj", "dative"} and t.head.lemma_ == "tell"


#: Nouns news uses to refer back to a person just named ("the real estate tycoon").
EPITHETS = frozenset(
    {"tycoon", "magnate", "frontrunner", "front-runner", "contender", "hopeful", "incumbent"}
    | {"challenger", "veteran", "mother", "father", "widow"}
)
_PERSON_DESCRIPTIONS = ROLE_NOUNS | EPITHETS
#: Nouns a description of a person is headed by (:func:`_add_apposed_descriptions`).
_PERSON_NOUNS = _PERSON_DESCRIPTIONS | _PEOPLE
#: The descriptions news uses for the person a story is about ("the billionaire businessman",
#: "the Vermont senator"), as opposed to the officials, aides, judges and spokesmen around
#: them, who are new people when unnamed, and to offices ("the president") whose holder an
#: article need not have named just before.
_TOPIC_EPITHETS = EPITHETS | frozenset(
    {"mogul", "billionaire", "businessman", "businesswoman", "candidate", "nominee", "senator"}
    | {"governor", "congressman", "congresswoman", "lawmaker", "diplomat", "pollster"}
)


def sentences_back(tok: Token, n: int) -> int:
    """The first token of the sentence ``n`` sentences before ``tok``'s (or of the first)."""
    lo = tok.sent.start
    for _ in range(n):
        if lo > 0:
            lo = tok.doc[lo - 1].sent.start
    return lo


def _epithet_antecedent(noun: Token, drafts: list[_Draft], quoted: _Quoted) -> _Draft | None:
    """The person a definite description in subject position stands for when no one named
    carries its role ("Donald Trump spoke in Ohio. The New York businessman said …"): the one
    person of a compatible gender named in its sentence or the three before, where that person
    is a subject or possessor at least once; None for several people, a plural, an office
    ("the president"), or a helper around the subject ("the spokesman"). Outside quote marks,
    people named only inside them do not count."""
    lemma = noun.lemma_.lower()
    former = any(c.dep_ == "amod" and c.lower_ == "former" for c in noun.children)
    if noun.tag_ != "NN" or not (lemma in _TOPIC_EPITHETS or (former and lemma in ROLE_NOUNS)):
        return None  # an office ("the president") may be anyone's; a former one describes
    if any(
        c.dep_ in {"relcl", "acl"} or (c.dep_ == "prep" and c.lower_ not in {"of", "from"})
        for c in noun.children
    ) or any(c.dep_ == "appos" for c in noun.subtree if c != noun):
        return None  # "the senator from Texas, Ted Cruz" names its own referent
    gender = GENDERED_NOUNS.get(noun.lower_) or _own_possessive_gender(noun)
    doc = noun.doc
    lo = sentences_back(noun, 3)  # this sentence and the three before it
    outside = noun.idx not in quoted
    objects = _objects(noun.head) if noun.dep_ == "nsubj" else set()

    def heads_near(d: _Draft) -> list[int]:
        return [h for h in d.heads if lo <= h < noun.i and not (outside and doc[h].idx in quoted)]

    near = [
        d
        for d in drafts
        if d.type == "PERSON"
        and (not gender or d.gender in (None, gender))
        and any(doc[h].dep_ in {"nsubj", "nsubjpass", "poss"} for h in heads_near(d))
        # "The former secretary of state mocked Trump": who is mocked is someone else
        and not objects & set(d.heads)
    ]
    if len(near) > 1:
        return _previous_topic(noun, near)
    if not near:
        return None  # nobody acts nearby, or one is only mentioned ("escorted Ramos out")
    if _continues_topic(noun, near[0], drafts, quoted):
        return near[0]  # "Donald Trump says … The Republican presidential nominee noted …"
    own = {h for h in near[0].heads if h < noun.i}
    # a person of the other sex is no rival: "Clinton stressed … the New York businessman said"
    others = [d for d in drafts if d.type == "PERSON" and gender and d.gender not in (None, gender)]
    own |= {h for d in others for h in d.heads}
    # bare surnames are linked only later: the person's own is no rival, nor one of the other sex
    surnames = {d.tokens[-1] for d in [*others, near[0]]}
    headline_end = title_case_headline_end(doc)
    # a quote split into sentences must not hide a rival: look two sentences further (not
    # into a title-case headline, where every word looks like a name)
    for t in doc[sentences_back(noun, 5) : noun.i]:
        if t.idx < headline_end:
            continue
        named = t.pos_ == "PROPN" or (t.is_title and not t.is_sent_start)
        place = t.ent_type_ in {"GPE", "LOC", "NORP", "FAC"}  # "The U.S. should …" is no rival
        # nor a body by its name ("The nonpartisan Commission on Presidential Debates says")
        body = t.ent_type_ == "ORG" and t.lower_ in _BODY_WORDS
        rival = (
            t.dep_ in {"nsubj", "nsubjpass"}
            and named
            and not place
            and not body
            and t.i not in own
            and t.text not in surnames
        )
        if rival and not (outside and t.idx in quoted):
            return None  # another name speaks nearby, one the tagger did not call a person
    return near[0]


def _own_possessive_gender(noun: Token) -> str | None:
    """The gender a description's own verb gives it through "his" or "her" on its object ("The
    former secretary of State began her speech"), or None."""
    if noun.dep_ != "nsubj":
        return None
    for c in noun.head.children:
        if c.dep_ != "dobj":
            continue
        for p in c.children:
            if p.dep_ == "poss" and p.lower_ in {"his", "her"}:
                return PERSON_PRONOUNS[p.lower_]
    return None


#: Head nouns of the names of bodies, which are never a person the tagger mistook.
_BODY_WORDS = ORG_WORDS | {"commission", "board", "panel", "administration"}


def _previous_subject(noun: Token) -> Token | None:
    """The subject of the main verb of the sentence before, when ``noun`` opens its sentence;
    else None."""
    start = noun.sent.start
    if start == 0 or noun.i - start > 3:
        return None  # not opening its sentence ("After the billionaire mogul claimed …")
    prev = noun.doc[start - 1].sent
    return next((c for c in prev.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _continues_topic(noun: Token, person: _Draft, drafts: list[_Draft], quoted: _Quoted) -> bool:
    """Whether a description opening its sentence goes on about the main subject of the
    sentence before, ``person``, when that sentence names nobody else ("Donald Trump says he
    has 'big plans' … The Republican presidential nominee noted …"): then people further back
    are no rivals. Not a subject inside quote marks when the description is outside them."""
    subj = _previous_subject(noun)
    if subj is None or _subject_among(noun, subj, [person]) is None:
        return False
    if subj.idx in quoted and noun.idx not in quoted:
        return False
    prev = subj.sent
    return not any(
        d.type == "PERSON" and d is not person and any(prev.start <= h < prev.end for h in d.heads)
        for d in drafts
    )


def _previous_topic(noun: Token, near: list[_Draft]) -> _Draft | None:
    """Of several people acting nearby, the one a description opening a sentence refers back to
    when it is the subject of the main verb of the sentence just before ("Mike Pence says too
    much is made of Trump's tweets. … The Indiana governor said …"); None when that subject is
    none of them."""
    subj = _previous_subject(noun)
    return _subject_among(noun, subj, near) if subj is not None else None


def _subject_among(noun: Token, subj: Token, near: list[_Draft]) -> _Draft | None:
    """The one of ``near`` that ``subj`` names, unless that person is someone's helper by role
    and the description ``noun`` is not that role."""
    found = [d for d in near if subj.i in d.heads]
    if len(found) != 1:
        return None
    lemma = noun.lemma_.lower()
    roles = [_role_words(r) for r in found[0].roles]
    if any(words & _HELPER_ROLES and lemma not in words for words in roles):
        return None  # "pollster Whit Ayres … But the candidate could …": someone else's helper
    return found[0]


#: Roles of the people around a candidate or official, not the candidate or official.
_HELPER_ROLES = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "pollster", "aide", "adviser", "advisor"}
    | {"strategist", "analyst", "consultant", "manager", "chairman", "director", "secretary"}
    | {"press", "professor", "lawyer", "attorney"}
)


#: Abbreviated titles in roles ("Indiana Gov. Mike Pence") and the nouns that refer back to
#: them ("the Indiana governor").
_TITLE_WORDS = {
    "gov": "governor", "sen": "senator", "rep": "representative", "gen": "general",
    "sec": "secretary", "pres": "president", "lt": "lieutenant", "cmdr": "commander",
    "atty": "attorney", "supt": "superintendent", "gop": "republican",
}  # fmt: skip


def _role_words(role: str) -> set[str]:
    words = {w.strip(".,").lower() for w in role.split()}
    return words | {_TITLE_WORDS[w] for w in words if w in _TITLE_WORDS}


def _add_pronouns(doc: Doc, drafts: list[_Draft], quoted: _Quoted) -> None:
    people = [d for d in drafts if d.type == "PERSON"]
    if not people:
        return
    # (char start, draft, subject rank) of every person mention, in text order
    index: list[tuple[int, _Draft, int]] = sorted(
        (
            (m.start, d, _subject_rank(doc[h]))
            for d in people
            for m, h in zip(d.mentions, d.heads, strict=True)
        ),
        key=lambda x: (x[0], x[2]),  # "the prime minister" starts "the prime minister's wife"
    )
    sent_starts = [s.start_char for s in doc.sents]
    for t in doc:
        gender = PERSON_PRONOUNS.get(t.lower_)
        if gender is None or t.pos_ != "PRON":
            continue
        target = _antecedent(t, gender, index, sent_starts, quoted)
        if target is not None:
            target.add(Mention(t.text, t.idx, t.idx + len(t.text), "pronoun"), t.i)
            index.append((t.idx, target, _subject_rank(t)))
            index.sort(key=lambda x: x[0])


def _subject_rank(t: Token) -> int:
    """2 for the subject of a main clause ("Trump has broken more rules than Perot did"), 1 for
    another subject ("Perot"), the source of "according to" or a name introduced with a role,
    0 for any other mention, -1 for a name modifying a noun ("the Obama administration"): the
    order a pronoun's antecedent is looked for in."""
    if t.dep_ in {"compound", "nmod"} and t.head.ent_type_ != "PERSON":
        return -1  # "the Obama administration", "the Trump campaign": a name as a modifier
    if _source_of_according_to(t):
        return 1  # "According to Ham, …": the source the sentence reports, as its subject
    if t.dep_ not in {"nsubj", "nsubjpass"}:
        # "… concerns Henry Crespo, president of the Florida Democratic Black Caucus.": a
        # person introduced with a role, as news does before quoting them
        return 1 if any(c.dep_ == "appos" and c.lemma_ in ROLE_NOUNS for c in t.children) else 0
    verb = t.head
    while verb.dep_ == "conj":
        verb = verb.head
    # "Trump, Sexton said, has created …": the reporting aside is as much the main clause
    return 2 if verb.dep_ in {"ROOT", "parataxis"} else 1


class _Quoted:
    """Whether a character offset lies between a pair of quote marks (the pairs are disjoint
    and in text order)."""

    def __init__(self, paired: Sequence[Quoted]) -> None:
        self._starts = [q.start for q in paired]
        self._ends = [q.end for q in paired]

    def __contains__(self, pos: int) -> bool:
        k = bisect_right(self._starts, pos) - 1
        return k >= 0 and pos < self._ends[k]


def _antecedent(
    tok: Token,
    gender: str,
    index: list[tuple[int, _Draft, int]],
    sent_starts: list[int],
    quoted: _Quoted,
) -> _Draft | None:
    """Most recent compatible person: in this sentence before the pronoun, else the previous
    sentences (the subject of a main clause preferred, then another subject), not one named
    as the object of the pronoun's own verb ("he told Hannity"), looking back at most six
    sentences (quotes in between
    name nobody, yet their speaker is still the one "she" means). A pronoun outside quote
    marks does not stand for a person named inside them ('"I don't know if Donald realizes
    this," he said': he is not Donald)."""
    own = _relative_clause_owner(tok, gender, index)
    if own is not None:
        return own
    sent_start = tok.sent.start_char
    earlier = [s for s in sent_starts if s <= sent_start]
    windows = [(sent_start, tok.idx)]
    for k in range(2, min(len(earlier), 7) + 1):
        windows.append((earlier[-k], earlier[-k + 1]))
    outside = tok.idx not in quoted
    others = _co_arguments(tok)
    for lo, hi in windows:
        cands = [
            (pos, d, subj)
            for pos, d, subj in index
            if lo <= pos < hi and not any(h in others for h in d.heads)
        ]
        if outside:
            cands = [c for c in cands if c[0] not in quoted]
        compatible = [c for c in cands if c[1].gender in (None, gender)]
        if not compatible:
            if _unnamed_person(tok.doc, lo, hi, gender, quoted if outside else None):
                return None  # "The woman's enthusiasm … 'Here he is,' she said"
            continue
        best = max(c[2] for c in compatible)
        return [c for c in compatible if c[2] == best][-1][1]
    return None


def _co_arguments(pron: Token) -> set[int]:
    """Token indices of the objects of the verb a subject pronoun goes with ("he told
    Hannity": Hannity), and of a participle clause whose unsaid subject is the pronoun
    ("Campaigning against Romney, he …"), which the pronoun cannot stand for."""
    if pron.dep_ not in {"nsubj", "nsubjpass"}:
        return set()
    return _objects(pron.head) | {
        i
        for c in pron.head.children
        if c.dep_ == "advcl"
        and c.tag_ in {"VBG", "VBN"}
        and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
        for i in _objects(c)
    }


def _objects(verb: Token) -> set[int]:
    """The tokens a verb takes as object, directly or through a preposition ("mocked Trump",
    "spoke with Trump")."""
    out: set[int] = set()
    for c in verb.children:
        if c.dep_ in {"dobj", "dative"}:
            out.add(c.i)
        elif c.dep_ == "prep":
            out.update(g.i for g in c.children if g.dep_ == "pobj")
    return out


def _relative_clause_owner(
    tok: Token, gender: str, index: list[tuple[int, _Draft, int]]
) -> _Draft | None:
    """The person a relative clause holding the pronoun describes ("a 70-year-old academic
    named Eric Kingson, who … worked the crowd … as he promised to …": he is Kingson, not the
    senator the sentence is about); None outside a relative clause on a person's name."""
    for anc in tok.ancestors:
        if anc.dep_ != "relcl":
            continue
        if not any(c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ == "WP" for c in anc.children):
            return None  # "Trump, whom he called a con artist": the clause's subject is not he
        owner = anc.head
        for _, d, _ in index:
            if owner.i in d.heads and d.gender in (None, gender):
                return d
        return None
    return None


def _unnamed_person(doc: Doc, lo: int, hi: int, gender: str, quoted: _Quoted | None) -> bool:
    """Whether characters ``lo``..``hi`` hold an unnamed person of ``gender`` as a subject or a
    possessor ("the woman said", "his wife's car"): the nearer referent of a pronoun after it."""
    span = doc.char_span(lo, hi, alignment_mode="contract")
    if span is None:
        return False
    return any(
        t.pos_ == "NOUN"
        and _PEOPLE_NOUNS.get(t.lemma_.lower()) == gender
        and t.dep_ in {"nsubj", "nsubjpass", "poss"}
        and (quoted is None or t.idx not in quoted)
        for t in span
    )


def _freeze(drafts: list[_Draft]) -> EntityTable:
    entities: list[Entity] = []
    spans: list[tuple[int, int, int, Mention]] = []
    for i, d in enumerate(drafts):
        mentions = tuple(sorted(set(d.mentions), key=lambda m: (m.start, m.end)))
        entities.append(
            Entity(
                id=f"e{i + 1}",
                name=d.name,
                type=d.type,
                roles=tuple(d.roles),
                mentions=mentions,
                gender=d.gender,
            )
        )
        spans.extend((m.start, m.end, i, m) for m in mentions)
    spans.sort(key=lambda x: (x[0], x[1], x[2]))
    return EntityTable(entities, spans)
