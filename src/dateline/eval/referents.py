"""Whether a speaker given as "he" or "she" is resolved to the right person.

PolNeAR marks a pronoun Source ("… , he said") but not whom it refers to, so its source score
counts any speaker whose mention overlaps the pronoun as a hit, whatever name dateline gave it.
``data/polnear_referents.tsv`` adds that missing piece for a sample of PolNeAR's pronoun
sources: for each, the article, the pronoun's character offset and the person it refers to.
They were annotated for this repository by reading the article up to the pronoun, blind to
dateline's output; only items the annotator was sure of, and whose referent the article names
before the pronoun, are kept. The file holds offsets and names, not the articles' text.

Scoring: for each annotated pronoun, the predicted quote whose speaker mention covers the
pronoun's offset. Its speaker is *right* when it is resolved to an entity whose name is the
annotated person's (one name's words contained in the other's, titles and initials aside:
"Trump" and "Donald J. Trump" agree, "Bill Clinton" and "Hillary Clinton" do not), *wrong*
when resolved to someone else, *unresolved* when left as the pronoun. Accuracy is right over
all three; pronouns with no such quote are counted apart (the quote was missed or attributed
through another mention).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from dateline.errors import InputError
from dateline.eval.rates import ratio
from dateline.extract.lexicon import HONORIFICS
from dateline.model import Quote

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_TITLES = frozenset(k.rstrip(".") for k in HONORIFICS)  # "Mr.", "Ms.", "Dr."


@dataclass(frozen=True, slots=True)
class Referent:
    """The person a pronoun at ``offset`` in ``article`` refers to."""

    split: str
    article: str
    offset: int
    pronoun: str
    name: str


def load(path: str | None = None, *, bundled: str = "polnear_referents.tsv") -> list[Referent]:
    """The annotated referents: the bundled file ``bundled`` (``data/`` beside this module)
    unless ``path`` names another."""
    if path is None:
        text = (
            resources.files("dateline.eval").joinpath("data", bundled).read_text(encoding="utf-8")
        )
        where = bundled
    else:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        where = path
    return parse(text, where)


def parse(text: str, where: str = "<referents>") -> list[Referent]:
    """Rows ``split, article, offset, pronoun, name`` (tab-separated; ``#`` lines are comments,
    the first other line is the header)."""
    rows = [(n, line) for n, line in enumerate(text.splitlines(), 1) if not line.startswith("#")]
    found: list[Referent] = []
    for n, line in rows[1:]:
        fields = line.split("\t")
        if len(fields) != 5 or not fields[2].isdigit():
            raise InputError(where, "expected split, article, offset, pronoun, name", n)
        split, article, offset, pronoun, name = fields
        found.append(Referent(split, article, int(offset), pronoun, name))
    return found


def name_words(name: str) -> frozenset[str]:
    """The lower-cased words of a name, titles and initials left out."""
    words = (w.lower() for w in _WORD.findall(name))
    return frozenset(w for w in words if len(w) > 1 and w not in _TITLES)


def same_person(predicted: str, annotated: str) -> bool:
    """Whether one name's words are all among the other's ("Trump" / "Donald J. Trump")."""
    a, b = name_words(predicted), name_words(annotated)
    return bool(a and b) and (a <= b or b <= a)


def _speaking(quotes: Sequence[Quote], start: int, end: int) -> Quote | None:
    """The first quote whose speaker mention overlaps the annotated mention ("AMLC" in "the
    AMLC")."""
    for q in quotes:
        if (
            q.speaker is not None
            and q.speaker.mention.start < end
            and start < q.speaker.mention.end
        ):
            return q
    return None


def score(
    referents: Iterable[Referent], predictions: Mapping[str, Sequence[Quote]]
) -> dict[str, Any]:
    """Right, wrong and unresolved speakers at the annotated pronouns of the articles in
    ``predictions`` (see the module docstring)."""
    right = wrong = unresolved = no_quote = 0
    for ref in referents:
        if ref.article not in predictions:
            continue
        q = _speaking(predictions[ref.article], ref.offset, ref.offset + len(ref.pronoun))
        if q is None or q.speaker is None:
            no_quote += 1
        elif q.speaker.entity is None or q.speaker.name.lower() == ref.pronoun.lower():
            unresolved += 1
        elif same_person(q.speaker.name, ref.name):
            right += 1
        else:
            wrong += 1
    checked = right + wrong + unresolved
    return {
        "checked": checked,
        "right": right,
        "wrong": wrong,
        "unresolved": unresolved,
        "no_quote": no_quote,
        "accuracy": round(ratio(right, checked), 4),
    }
