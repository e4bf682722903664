"""The one writer: stores extractions in batches, one transaction per batch.

Rows get content-hash ids, so writing the same article again changes nothing. Cross-article
work (entity linking, quote clusters, near-duplicate articles) happens as each article is
written, inside the same transaction, so the store is consistent after every batch. An article
that cannot be stored is rolled back alone (a savepoint) and recorded in ``failures``.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from types import TracebackType

from dateline.corpus import neardup
from dateline.corpus.clusters import Clusterer, QuoteSource
from dateline.corpus.linking import ALIAS_KINDS, Linker, is_pronoun
from dateline.corpus.minhash import from_blob, similarity, to_blob
from dateline.errors import StoreError
from dateline.model import Article, Extraction, Origin, ReadFailure
from dateline.store.db import article_id, connect, quote_id


@dataclass(frozen=True, slots=True)
class WriteOptions:
    batch_size: int = 64
    near_duplicates: bool = True  # off only for synthetic stores (benchmarks)
    clusters: bool = True


@dataclass(slots=True)
class WriteStats:
    stored: int = 0
    unchanged: int = 0  # already in the store
    failed: int = 0
    quotes: int = 0
    duplicates: int = 0  # stored, marked as near-duplicates
    failures: list[str] = field(default_factory=list)

    def __iadd__(self, other: WriteStats) -> WriteStats:
        self.stored += other.stored
        self.unchanged += other.unchanged
        self.failed += other.failed
        self.quotes += other.quotes
        self.duplicates += other.duplicates
        self.failures += other.failures
        return self


class Writer:
    """Writes extractions and failures to the store at ``path`` (created on first use)."""

    def __init__(self, path: str | Path, options: WriteOptions | None = None) -> None:
        self.path = str(path)
        self.options = options or WriteOptions()
        self.conn = connect(path)
        self.linker = Linker(self.conn)
        self.clusterer = Clusterer(self.conn)

    def __enter__(self) -> Writer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    def has_article(self, text_or_id: str, *, is_id: bool = False) -> bool:
        aid = text_or_id if is_id else article_id(text_or_id)
        row = self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (aid,)).fetchone()
        return row is not None

    def write(self, extractions: Iterable[Extraction]) -> WriteStats:
        """Store extractions, ``batch_size`` articles per transaction."""
        stats = WriteStats()
        it = iter(extractions)
        while batch := list(islice(it, self.options.batch_size)):
            stats += self._write_batch(batch)
        return stats

    def record_failure(
        self,
        origin: Origin | None,
        reason: str,
        stage: str = "read",
        article: str | None = None,
    ) -> None:
        """Record an input that could not be stored (idempotent: once per place and reason)."""
        path = origin.path if origin else "<unknown>"
        line = origin.line if origin else None
        self._in_transaction(
            lambda: self.conn.execute(
                "INSERT OR IGNORE INTO failures(path, line, stage, reason, article_id, "
                "recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
                (path, line, stage, reason, article, _now()),
            )
        )

    def record_read_failure(self, failure: ReadFailure) -> None:
        self.record_failure(failure.origin, failure.reason, "read")

    # -- internals -------------------------------------------------------------------------

    def _in_transaction(self, fn: Callable[[], object]) -> None:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            fn()
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self.conn.execute("ROLLBACK")
            raise StoreError(f"{self.path}: {exc}") from exc

    def _write_batch(self, batch: list[Extraction]) -> WriteStats:
        stats = WriteStats()
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot start a write: {exc}") from exc
        try:
            for ex in batch:
                self.conn.execute("SAVEPOINT article")
                try:
                    outcome = self._write_one(ex)
                except (sqlite3.Error, ValueError, TypeError, KeyError) as exc:
                    self.conn.execute("ROLLBACK TO article")
                    self.linker.forget()
                    self.conn.execute("RELEASE article")
                    reason = f"cannot store: {exc.__class__.__name__}: {exc}"
                    origin = ex.article.origin
                    self.conn.execute(
                        "INSERT OR IGNORE INTO failures(path, line, stage, reason, article_id, "
                        "recorded_at) VALUES (?, ?, 'store', ?, ?, ?)",
                        (
                            origin.path if origin else ex.article.id,
                            origin.line if origin else None,
                            reason,
                            article_id(ex.article.text),
                            _now(),
                        ),
                    )
                    stats.failed += 1
                    where = (
                        f"{origin.path}:{origin.line}"
                        if origin and origin.line
                        else (origin.path if origin else ex.article.id)
                    )
                    stats.failures.append(f"{where}: {reason}")
                    continue
                self.conn.execute("RELEASE article")
                if outcome is None:
                    stats.unchanged += 1
                else:
                    stats.stored += 1
                    stats.quotes += outcome[0]
                    stats.duplicates += outcome[1]
            self.conn.execute("COMMIT")
        except BaseException:
            self.linker.forget()
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        return stats

    def _write_one(self, ex: Extraction) -> tuple[int, int] | None:
        a = ex.article
        aid = article_id(a.text)
        if self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (aid,)).fetchone():
            return None
        date = a.date.isoformat()
        origin = a.origin
        self.conn.execute(
            "INSERT INTO articles(id, date, outlet, url, title, text, source_id, path, line, "
            "ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                aid,
                date,
                a.source,
                a.url,
                a.title,
                a.text,
                a.id,
                origin.path if origin else None,
                origin.line if origin else None,
                _now(),
            ),
        )
        duplicate = self._near_duplicate(aid, a) if self.options.near_duplicates else False
        if origin is not None:  # stored now: an earlier failure at this place is resolved
            self.conn.execute(
                "DELETE FROM failures WHERE path = ? AND coalesce(line, -1) = coalesce(?, -1)",
                (origin.path, origin.line),
            )

        # entities, their mentions and roles
        local: dict[str, int] = {}
        by_name: dict[str, int] = {}
        mention_rows: list[tuple[str, int, str, str, int, int, str]] = []
        for ent in ex.entities:
            names = [m.text for m in ent.mentions if m.kind in ALIAS_KINDS]
            gid = self.linker.link(ent.name, ent.type, names, date)
            local[ent.id] = gid
            by_name.setdefault(ent.name, gid)
            for m in ent.mentions:
                _check_span(a, m.text, m.start, m.end, "mention")
                mention_rows.append((aid, gid, ent.id, m.text, m.start, m.end, m.kind))
            if ent.roles:
                self.conn.executemany(
                    "INSERT OR IGNORE INTO roles(entity_id, role, article_id, date) "
                    "VALUES (?, ?, ?, ?)",
                    [(gid, role, aid, date) for role in ent.roles],
                )
        # a later entity of this article may have merged an earlier one's
        current = self.linker.current
        local = {k: current(v) for k, v in local.items()}
        by_name = {k: current(v) for k, v in by_name.items()}
        mention_rows = [(r[0], current(r[1]), *r[2:]) for r in mention_rows]
        self.conn.executemany(
            'INSERT INTO mentions(article_id, entity_id, local_id, text, start, "end", kind) '
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            mention_rows,
        )

        # quotes
        for seq, q in enumerate(ex.quotes):
            _check_span(a, q.text, q.start, q.end, "quote")
            speaker_gid: int | None = None
            if q.speaker is not None:
                if q.speaker.entity is not None and q.speaker.entity in local:
                    speaker_gid = local[q.speaker.entity]
                elif q.speaker.name and not is_pronoun(q.speaker.name):
                    speaker_gid = by_name.get(q.speaker.name) or self.linker.link(
                        q.speaker.name, "PERSON", [q.speaker.name], date
                    )
            qdate = timeline_date(q.said_on, date)
            cluster = (
                self.clusterer.assign(QuoteSource(q.text, speaker_gid, date, a.source, aid))
                if self.options.clusters
                else None
            )
            phrase = q.speaker.as_written if q.speaker else None
            if phrase is not None:
                _check_span(a, phrase.text, phrase.start, phrase.end, "speaker phrase")
            cur = self.conn.execute(
                'INSERT INTO quotes(id, article_id, seq, kind, text, start, "end", cue, '
                "cue_start, cue_end, speaker, speaker_entity_id, speaker_mention, speaker_start, "
                "speaker_end, speaker_phrase, speaker_phrase_start, speaker_phrase_end, said_on, "
                "continues, date, outlet, duplicate, cluster_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    quote_id(aid, q.start, q.end, q.kind),
                    aid,
                    seq,
                    q.kind,
                    q.text,
                    q.start,
                    q.end,
                    q.cue.text if q.cue else None,
                    q.cue.start if q.cue else None,
                    q.cue.end if q.cue else None,
                    q.speaker.name if q.speaker else None,
                    speaker_gid,
                    q.speaker.mention.text if q.speaker else None,
                    q.speaker.mention.start if q.speaker else None,
                    q.speaker.mention.end if q.speaker else None,
                    phrase.text if phrase else None,
                    phrase.start if phrase else None,
                    phrase.end if phrase else None,
                    q.said_on,
                    q.continues,
                    qdate,
                    a.source,
                    int(duplicate),
                    cluster,
                ),
            )
            qid = cur.lastrowid
            about = {
                gid
                for (_, gid, _, _, start, end, _) in mention_rows
                if start >= q.start and end <= q.end
            }
            self.conn.executemany(
                "INSERT OR IGNORE INTO quote_about(entity_id, date, qid) VALUES (?, ?, ?)",
                [(gid, qdate, qid) for gid in about],
            )

        # claims and time expressions
        for c in ex.claims:
            _check_span(a, c.text, c.start, c.end, "claim")
            self.conn.execute(
                "INSERT INTO claims(article_id, value, unit, approximate, about, about_entity_id, "
                'source, source_entity_id, as_of, text, start, "end") '
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    aid,
                    c.value,
                    c.unit,
                    int(c.approximate),
                    c.about,
                    self._resolve(c.about, by_name),
                    c.source,
                    self._resolve(c.source, by_name),
                    c.as_of,
                    c.text,
                    c.start,
                    c.end,
                ),
            )
        self.conn.executemany(
            'INSERT INTO timexes(article_id, text, start, "end", type, value) '
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(aid, t.text, t.start, t.end, t.type, t.value) for t in ex.timexes],
        )
        return len(ex.quotes), int(duplicate)

    def _resolve(self, name: str | None, by_name: dict[str, int]) -> int | None:
        if not name:
            return None
        return by_name.get(name) or self.linker.lookup(name)

    def _near_duplicate(self, aid: str, a: Article) -> bool:
        sig = neardup.signature(a.text)
        keys = neardup.HASHER.band_keys(sig)
        where = " OR ".join("(band = ? AND hash = ?)" for _ in keys)
        params: list[int] = []
        for band, h in enumerate(keys):
            params += [band, h]
        candidates = self.conn.execute(
            "SELECT s.article_id, s.signature, a.duplicate_of FROM article_bands b "
            "JOIN article_signatures s ON s.article_id = b.article_id "
            f"JOIN articles a ON a.id = b.article_id WHERE {where} GROUP BY s.article_id",
            params,
        ).fetchall()
        best: tuple[float, str] | None = None
        for other, blob, other_dup in candidates:
            score = similarity(sig, from_blob(blob))
            if score >= neardup.THRESHOLD and (best is None or score > best[0]):
                best = (score, other_dup or other)
        self.conn.execute(
            "INSERT INTO article_signatures(article_id, signature) VALUES (?, ?)",
            (aid, to_blob(sig)),
        )
        self.conn.executemany(
            "INSERT OR IGNORE INTO article_bands(band, hash, article_id) VALUES (?, ?, ?)",
            [(band, h, aid) for band, h in enumerate(keys)],
        )
        if best is None:
            return False
        self.conn.execute(
            "UPDATE articles SET duplicate_of = ?, similarity = ? WHERE id = ?",
            (best[1], round(best[0], 3), aid),
        )
        return True


def timeline_date(said_on: str | None, published: str) -> str:
    """The date a quote sorts by: ``said_on`` when it is a calendar date (``2016``,
    ``2016-03``, ``2016-03-01``; an ISO week becomes its Monday), else the publication date."""
    if said_on:
        if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", said_on):
            return said_on
        week = re.fullmatch(r"(\d{4})-W(\d{2})", said_on)
        if week:
            try:
                return dt.date.fromisocalendar(int(week[1]), int(week[2]), 1).isoformat()
            except ValueError:
                pass
    return published


def _check_span(a: Article, text: str, start: int, end: int, what: str) -> None:
    if not (0 <= start <= end <= len(a.text)) or a.text[start:end] != text:
        raise ValueError(
            f"{what} offsets {start}:{end} do not point at {text[:40]!r} in the article text"
        )


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
