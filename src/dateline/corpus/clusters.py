"""Quote clusters: the same words reported by several outlets, or retold with small changes,
form one cluster with its first-seen date and outlet and every source quote.

A quote joins a cluster when its normalised wording is identical (hash lookup), or, for quotes
of at least ``MIN_WORDS`` words, when the MinHash of its character shingles is at least
``THRESHOLD`` similar (LSH band lookup, then verified), or when it is a fragment of the
cluster's wording (nearly all of its shingles occur there; see ``fragment_score``). Quotes
attributed to two different known speakers never share a cluster.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import unicodedata
from dataclasses import dataclass

from dateline.corpus.minhash import MinHasher, Signature, from_blob, similarity, to_blob

HASHER = MinHasher(num_perm=64, bands=16)  # 4 rows a band: candidates from about s >= 0.5
THRESHOLD = 0.6
MIN_WORDS = 5
# a fragment of a longer quote ("shows no real wish to end this war") joins its cluster when
# nearly all of it occurs there and it is long enough to mean something on its own
FRAGMENT_FLOOR = 0.3
FRAGMENT_CONTAINMENT = 0.9
FRAGMENT_WORDS = 6
SHINGLE = 4

_NON_WORD = re.compile(r"[^\w\s]+", re.UNICODE)
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    s = unicodedata.normalize("NFKC", text).casefold().replace("’", "'")
    s = _NON_WORD.sub(" ", s.replace("'", ""))
    return _SPACE.sub(" ", s).strip()


def wording_key(text: str) -> str:
    return hashlib.sha1(normalise(text).encode("utf-8")).hexdigest()[:16]


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    s = normalise(text)
    if len(s) <= size:
        return {s} if s else set()
    return {s[i : i + size] for i in range(len(s) - size + 1)}


def signature(text: str) -> Signature:
    return HASHER.signature(shingles(text))


def fragment_score(text: str, text_shingles: set[str], other: str) -> float:
    """THRESHOLD when the shorter of two quotes (of at least FRAGMENT_WORDS words) lies almost
    wholly inside the longer; else their exact shingle Jaccard similarity."""
    theirs = shingles(other)
    if not text_shingles or not theirs:
        return 0.0
    shared = len(text_shingles & theirs)
    shorter = text if len(text_shingles) <= len(theirs) else other
    if (
        len(normalise(shorter).split()) >= FRAGMENT_WORDS
        and shared / min(len(text_shingles), len(theirs)) >= FRAGMENT_CONTAINMENT
    ):
        return THRESHOLD
    return shared / len(text_shingles | theirs)


@dataclass(frozen=True, slots=True)
class QuoteSource:
    """What clustering needs to know about one stored quote."""

    text: str
    speaker_entity_id: int | None
    date: str  # the article's publication date
    outlet: str | None
    article_id: str


class Clusterer:
    """Assigns quotes to clusters inside the writer's transaction."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def assign(self, quote: QuoteSource) -> int:
        key = wording_key(quote.text)
        cluster = self._exact(key, quote.speaker_entity_id)
        sig: Signature | None = None
        if cluster is None and len(normalise(quote.text).split()) >= MIN_WORDS:
            sig = signature(quote.text)
            cluster = self._similar(quote.text, sig, quote.speaker_entity_id)
        if cluster is None:
            return self._create(quote, key, sig)
        self._add(cluster, quote)
        return cluster

    def _exact(self, key: str, speaker: int | None) -> int | None:
        rows = self.conn.execute(
            "SELECT id, speaker_entity_id FROM quote_clusters WHERE key = ? ORDER BY id", (key,)
        ).fetchall()
        for cid, spk in rows:
            if _compatible(spk, speaker):
                return int(cid)
        return None

    def _similar(self, text: str, sig: Signature, speaker: int | None) -> int | None:
        keys = HASHER.band_keys(sig)
        where = " OR ".join("(band = ? AND hash = ?)" for _ in keys)
        params: list[int] = []
        for band, h in enumerate(keys):
            params += [band, h]
        candidates = self.conn.execute(
            "SELECT DISTINCT c.id, c.speaker_entity_id, c.signature, c.text "
            "FROM quote_cluster_bands b "
            f"JOIN quote_clusters c ON c.id = b.cluster_id WHERE {where}",
            params,
        ).fetchall()
        best: tuple[float, int] | None = None
        mine: set[str] | None = None
        for cid, spk, blob, other in candidates:
            if not _compatible(spk, speaker) or blob is None:
                continue
            score = similarity(sig, from_blob(blob))
            if score < THRESHOLD and score >= FRAGMENT_FLOOR:
                mine = mine if mine is not None else shingles(text)
                score = fragment_score(text, mine, other)
            if score >= THRESHOLD and (best is None or score > best[0]):
                best = (score, int(cid))
        return best[1] if best else None

    def _create(self, quote: QuoteSource, key: str, sig: Signature | None) -> int:
        cur = self.conn.execute(
            "INSERT INTO quote_clusters(text, key, speaker_entity_id, first_seen, first_outlet, "
            "first_article_id, n_quotes, n_outlets, signature) VALUES (?, ?, ?, ?, ?, ?, 1, 1, ?)",
            (
                quote.text,
                key,
                quote.speaker_entity_id,
                quote.date,
                quote.outlet,
                quote.article_id,
                to_blob(sig) if sig is not None else None,
            ),
        )
        cid = int(cur.lastrowid or 0)
        if sig is not None:
            self.conn.executemany(
                "INSERT OR IGNORE INTO quote_cluster_bands(band, hash, cluster_id) "
                "VALUES (?, ?, ?)",
                [(band, h, cid) for band, h in enumerate(HASHER.band_keys(sig))],
            )
        return cid

    def _add(self, cid: int, quote: QuoteSource) -> None:
        earlier = "first_seen > :date"
        seen = self.conn.execute(
            "SELECT 1 FROM quotes WHERE cluster_id = ? AND outlet IS ? LIMIT 1",
            (cid, quote.outlet),
        ).fetchone()
        self.conn.execute(
            "UPDATE quote_clusters SET n_quotes = n_quotes + 1, "
            f"n_outlets = n_outlets + {0 if seen else 1}, "
            "speaker_entity_id = coalesce(speaker_entity_id, :speaker), "
            f"first_outlet = CASE WHEN {earlier} THEN :outlet ELSE first_outlet END, "
            f"first_article_id = CASE WHEN {earlier} THEN :article ELSE first_article_id END, "
            f"first_seen = CASE WHEN {earlier} THEN :date ELSE first_seen END "
            "WHERE id = :id",
            {
                "speaker": quote.speaker_entity_id,
                "outlet": quote.outlet,
                "article": quote.article_id,
                "date": quote.date,
                "id": cid,
            },
        )


def _compatible(a: int | None, b: int | None) -> bool:
    return a is None or b is None or a == b
