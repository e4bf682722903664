"""Near-duplicate articles (wire copies): MinHash over word shingles, LSH to find candidates.

An article whose estimated Jaccard similarity to an earlier stored article reaches
``threshold`` is marked a duplicate of it; its quotes stay in the store, flagged, and are not
counted again.
"""

from __future__ import annotations

import re
import unicodedata

from dateline.corpus.minhash import MinHasher, Signature

HASHER = MinHasher(num_perm=128, bands=32)  # candidates from about s >= 0.42; verified below
THRESHOLD = 0.7
SHINGLE = 5

_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """Word ``size``-grams of the text (the whole text as one shingle when shorter)."""
    toks = words(text)
    if len(toks) <= size:
        return {" ".join(toks)} if toks else set()
    return {" ".join(toks[i : i + size]) for i in range(len(toks) - size + 1)}


def signature(text: str) -> Signature:
    return HASHER.signature(shingles(text))
