"""Article -> Extraction: runs spaCy in batches and the rule stages over each parsed doc."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from dateline.extract import nlp as nlp_mod
from dateline.extract.claims import find_claims
from dateline.extract.entities import find_entities
from dateline.extract.headline import mend_headline
from dateline.extract.quotemarks import pair_marks
from dateline.extract.quotes import find_quotes
from dateline.extract.temporal import find_timexes
from dateline.ingest.paragraphs import paragraph_spans
from dateline.model import Article, Extraction

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


@dataclass(frozen=True, slots=True)
class Options:
    """How to extract: which spaCy pipeline, and how many articles per ``nlp.pipe`` batch."""

    model: str | None = None
    batch_size: int = 32
    n_process: int = 1


class Extractor:
    """Extracts quotes, entities, claims and timexes from articles, in batches."""

    def __init__(self, options: Options | None = None, nlp: Language | None = None) -> None:
        self.options = options or Options()
        self.nlp = nlp if nlp is not None else nlp_mod.load(self.options.model)

    def extract(
        self,
        articles: Iterable[Article],
        on_error: Callable[[Article, Exception], None] | None = None,
    ) -> Iterator[Extraction]:
        """Extractions in input order. When a rule stage fails on an article, ``on_error`` gets
        the article and the exception and the rest go on; without it, the exception rises."""
        pairs = ((a.text, a) for a in articles)
        for doc, article in self.nlp.pipe(
            pairs,
            as_tuples=True,
            batch_size=self.options.batch_size,
            n_process=self.options.n_process,
        ):
            try:
                prepare(self.nlp, doc)
                extraction = extract_doc(doc, article)
            except Exception as exc:
                if on_error is None:
                    raise
                on_error(article, exc)
                continue
            yield extraction

    def extract_one(self, article: Article) -> Extraction:
        return next(self.extract([article]))


def prepare(nlp: Language, doc: Doc) -> None:
    """What the extractor does to a parsed doc before the rule stages: a headline whose verbs
    the parser took for nouns is parsed again (see :mod:`dateline.extract.headline`)."""
    mend_headline(nlp, doc)


Context = TypeVar("Context")


def parse(
    nlp: Language, pairs: Iterable[tuple[str, Context]], batch_size: int | None = None
) -> Iterator[tuple[Doc, Context]]:
    """``nlp.pipe`` over (text, context) pairs, each doc prepared as the extractor prepares
    it: for the evals, so that they score what dateline extracts."""
    for doc, context in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        prepare(nlp, doc)
        yield doc, context


def extract_doc(doc: Doc, article: Article) -> Extraction:
    """Run every rule stage over one parsed article."""
    timexes = find_timexes(doc, article.date)
    paired = pair_marks(doc.text, paragraph_spans(doc.text))
    entities = find_entities(doc, article, paired)
    quotes = find_quotes(doc, article, entities, timexes, paired)
    claims = find_claims(doc, article.date, entities.entities, quotes, timexes)
    return Extraction(
        article=article,
        quotes=tuple(quotes),
        entities=tuple(entities.entities),
        claims=tuple(claims),
        timexes=tuple(timexes),
    )
