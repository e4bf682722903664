"""Opening the SQLite store, and the content-hash ids its rows get."""

from __future__ import annotations

import hashlib
import re
import sqlite3
import unicodedata
from pathlib import Path

from dateline.errors import StoreError
from dateline.store.schema import migrate

DEFAULT_PATH = "dateline.db"

_SPACE = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """What an article's id is a hash of: NFC text with runs of whitespace made one space."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def article_id(text: str) -> str:
    """The content-hash id of an article: the same text always gets the same id."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:16]


def quote_id(article: str, start: int, end: int, kind: str) -> str:
    return hashlib.sha256(f"{article}:{start}:{end}:{kind}".encode()).hexdigest()[:16]


def connect(path: str | Path, *, create: bool = True) -> sqlite3.Connection:
    """Open (and, when ``create``, create and migrate) the store at ``path``.

    The connection is in autocommit mode: the writer opens its own transactions.
    """
    p = Path(path)
    if not create and not p.exists():
        raise StoreError(f"{p}: no such database (create one with `dateline ingest`)")
    if p.exists() and p.is_dir():
        raise StoreError(f"{p}: is a directory, not a database file")
    try:
        conn = sqlite3.connect(str(p), isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA busy_timeout = 10000")
        if create:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        if create:
            migrate(conn)
        else:
            _check(conn, p)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{p}: cannot open as a dateline database: {exc}") from exc
    return conn


def _check(conn: sqlite3.Connection, p: Path) -> None:
    from dateline.store.schema import SCHEMA_VERSION, version

    have = version(conn)
    if have == 0:
        raise StoreError(f"{p}: not a dateline database (no schema)")
    if have < SCHEMA_VERSION:
        migrate(conn)
    elif have > SCHEMA_VERSION:
        raise StoreError(
            f"{p}: schema version {have} is newer than this dateline ({SCHEMA_VERSION})"
        )
