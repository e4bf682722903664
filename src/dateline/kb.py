"""The Python API over a dateline store: ``kb = dateline.open("dateline.db")``.

    >>> import dateline
    >>> kb = dateline.open("dateline.db")          # doctest: +SKIP
    >>> kb.quotes(speaker="Kallas", since="2025-09-01")  # doctest: +SKIP

The read side is ``dateline.query``; this class holds the connection and forwards to it.
Writing goes through ``dateline.store.ingest`` / ``dateline.store.writer.Writer``.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from types import TracebackType
from typing import Any

from dateline import query
from dateline.store import export as export_mod
from dateline.store.db import DEFAULT_PATH, connect


class KnowledgeBase:
    """A read handle on a store. Use as a context manager, or call ``close()``."""

    def __init__(self, path: str | os.PathLike[str] = DEFAULT_PATH) -> None:
        self.path = Path(path)
        self.conn: sqlite3.Connection = connect(self.path, create=False)
        self.conn.execute("PRAGMA query_only = ON")

    def __enter__(self) -> KnowledgeBase:
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

    def quotes(
        self,
        *,
        speaker: str | None = None,
        about: str | None = None,
        since: str | None = None,
        until: str | None = None,
        search: str | None = None,
        limit: int | None = query.DEFAULT_LIMIT,
        include_duplicates: bool = False,
    ) -> list[query.QuoteRow]:
        return query.quotes(
            self.conn,
            speaker=speaker,
            about=about,
            since=since,
            until=until,
            search=search,
            limit=limit,
            include_duplicates=include_duplicates,
        )

    def timeline(
        self,
        name: str,
        *,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = 200,
    ) -> list[query.QuoteRow]:
        return query.timeline(self.conn, name, since=since, until=until, limit=limit)

    def speakers(
        self, *, limit: int | None = 20, since: str | None = None, until: str | None = None
    ) -> list[query.SpeakerRow]:
        return query.speakers(self.conn, limit=limit, since=since, until=until)

    def claims(
        self, *, about: str | None = None, limit: int | None = query.DEFAULT_LIMIT
    ) -> list[query.ClaimRow]:
        return query.claims(self.conn, about=about, limit=limit)

    def clusters(
        self,
        *,
        speaker: str | None = None,
        min_size: int = 2,
        min_outlets: int = 1,
        limit: int | None = 50,
    ) -> list[query.ClusterRow]:
        return query.clusters(
            self.conn, speaker=speaker, min_size=min_size, min_outlets=min_outlets, limit=limit
        )

    def article(self, article_id: str) -> dict[str, Any]:
        return query.article(self.conn, article_id)

    def failures(self) -> list[query.FailureRow]:
        return query.failures(self.conn)

    def resolve(self, name: str) -> list[int]:
        return query.resolve(self.conn, name)

    def counts(self) -> dict[str, int]:
        return query.counts(self.conn)

    def export(self, out_dir: str | Path, fmt: str = "jsonl") -> dict[str, Path]:
        return export_mod.export(self.conn, out_dir, fmt)


def open(path: str | os.PathLike[str] = DEFAULT_PATH) -> KnowledgeBase:  # noqa: A001 - dateline.open
    """Open an existing store for reading (StoreError when it is missing or not a store)."""
    return KnowledgeBase(path)
