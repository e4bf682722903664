"""The read side of the store, shared by the CLI and the Python API (``dateline.kb``).

Every function takes an open connection (``dateline.store.db.connect``) and returns plain
dataclasses or dicts. Names given by a user ("Kallas", "Mr. Trump") are resolved to linked
entities the way the writer links them (``dateline.corpus.linking``). Quotes from articles
marked as near-duplicates are left out unless ``include_duplicates`` is set, so wire copies are
not counted twice.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import asdict, dataclass, field
from typing import Any

from dateline.corpus.linking import name_key, surname
from dateline.errors import StoreError

DEFAULT_LIMIT = 50
SEARCH_WINDOW = 5000


@dataclass(frozen=True, slots=True)
class QuoteRow:
    id: str
    date: str  # said_on when known, else the article date
    said_on: str | None
    speaker: str | None
    speaker_id: int | None
    kind: str
    text: str
    outlet: str | None
    published: str
    article_id: str
    start: int
    end: int
    cluster_id: int | None
    cluster_size: int | None
    # the source phrase as written ("a spokesman for the State Department"); None when unknown
    speaker_phrase: str | None = None
    score: float | None = None  # full-text relevance (higher is better), when searching

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class SpeakerRow:
    id: int
    name: str
    type: str
    quotes: int  # quotes, wire copies left out
    distinct: int  # distinct quote clusters
    articles: int
    outlets: int
    first: str
    last: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class ClaimRow:
    id: int
    value: float
    unit: str | None
    approximate: bool
    about: str | None
    source: str | None
    as_of: str | None
    text: str
    article_id: str
    published: str
    outlet: str | None
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class ClusterRow:
    id: int
    text: str
    speaker: str | None
    first_seen: str
    first_outlet: str | None
    first_article_id: str | None
    size: int
    outlets: int
    sources: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class FailureRow:
    path: str
    line: int | None
    stage: str
    reason: str
    article_id: str | None
    recorded_at: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


# -- names ---------------------------------------------------------------------------------


def resolve(conn: sqlite3.Connection, name: str) -> list[int]:
    """The linked entities a user's name refers to, best first (empty when none)."""
    for group in ("person", "other"):
        key = name_key(name, group)
        if not key:
            continue
        rows = conn.execute(
            "SELECT a.entity_id FROM aliases a JOIN entities e ON e.id = a.entity_id "
            "WHERE a.key = ? AND a.kind = 'name' AND e.kind = ? ORDER BY a.n DESC LIMIT 1",
            (key, group),
        ).fetchall()
        if rows:
            return [int(rows[0][0])]
    key = name_key(name, "person")
    if key and surname(key) is None:
        row = conn.execute(
            "SELECT a.entity_id FROM aliases a WHERE a.key = ? AND a.kind = 'surname' "
            "ORDER BY a.n DESC LIMIT 1",
            (key,),
        ).fetchone()
        if row:
            return [int(row[0])]
    like = "%" + name.replace("%", "").replace("_", "") + "%"
    rows = conn.execute(
        "SELECT id FROM entities WHERE name LIKE ? ORDER BY id LIMIT 20", (like,)
    ).fetchall()
    return [int(r[0]) for r in rows]


# -- quotes --------------------------------------------------------------------------------

_QUOTE_COLUMNS = (
    "q.id, q.date, q.said_on, coalesce(e.name, q.speaker), q.speaker_entity_id, q.kind, "
    "q.text, q.outlet, "
    'a.date, q.article_id, q.start, q."end", q.cluster_id, '
    "(SELECT n_quotes FROM quote_clusters c WHERE c.id = q.cluster_id), q.speaker_phrase"
)
_QUOTE_FIELDS = (
    "id",
    "date",
    "said_on",
    "speaker",
    "speaker_id",
    "kind",
    "text",
    "outlet",
    "published",
    "article_id",
    "start",
    "end",
    "cluster_id",
    "cluster_size",
    "speaker_phrase",
)
_QUOTE_JOINS = (
    "JOIN articles a ON a.id = q.article_id LEFT JOIN entities e ON e.id = q.speaker_entity_id"
)


def quotes(
    conn: sqlite3.Connection,
    *,
    speaker: str | None = None,
    about: str | None = None,
    since: str | None = None,
    until: str | None = None,
    search: str | None = None,
    limit: int | None = DEFAULT_LIMIT,
    include_duplicates: bool = False,
    oldest_first: bool = False,
    search_window: int | None = SEARCH_WINDOW,
) -> list[QuoteRow]:
    """Quotes matching every filter given: newest first, or by relevance when searching.

    ``speaker`` and ``about`` are names ("Kallas"), resolved to linked entities; ``about``
    keeps quotes whose words mention the entity. ``since``/``until`` bound the date the words
    were said (the article date when unknown), inclusive. ``search`` is full text (every word
    must occur; stemmed), ranked by BM25 among the ``search_window`` most recently stored
    matches (all matches when None): exact whenever a search matches fewer quotes than that,
    and bounded in time when a common word matches hundreds of thousands.
    """
    where: list[str] = []
    params: list[Any] = []
    source = "quotes q"
    order = "q.date ASC, q.qid ASC" if oldest_first else "q.date DESC, q.qid DESC"
    score = "NULL"
    if about is not None:
        ids = resolve(conn, about)
        if not ids:
            return []
        # drive the query from the (entity, date) index
        source = "quote_about qa JOIN quotes q ON q.qid = qa.qid"
        where.append(f"qa.entity_id IN ({_marks(ids)})")
        params += ids
        if since:
            where.append("qa.date >= ?")
            params.append(since)
        if until:
            where.append("qa.date <= ?")
            params.append(_until(until))
        order = order.replace("q.date", "qa.date").replace("q.qid", "qa.qid")
    if speaker is not None:
        ids = resolve(conn, speaker)
        if not ids:
            return []
        where.append(f"q.speaker_entity_id IN ({_marks(ids)})")
        params += ids
    if since:
        where.append("q.date >= ?")
        params.append(since)
    if until:
        where.append("q.date <= ?")
        params.append(_until(until))
    if search:
        match = fts_query(search)
        if not match:
            return []
        # the index drives: FTS5 sorts its own matches by rank when ORDER BY is rank alone
        source = "quotes_fts JOIN " + source + " ON q.qid = quotes_fts.rowid"
        where.insert(0, "quotes_fts MATCH ?")
        params.insert(0, match)
        score = "-quotes_fts.rank"
        order = "quotes_fts.rank"
    if not include_duplicates:
        where.append("q.duplicate = 0")
    # two steps: find the quotes (indexes only), then read what is shown for those alone
    sql = f"SELECT q.qid, {score} AS score FROM {source}" + (
        " WHERE " + " AND ".join(where) if where else ""
    )
    if search and search_window is not None:
        # rank the newest `search_window` matches (FTS5 yields rowids in order, no sort)
        sql = f"SELECT * FROM ({sql} ORDER BY quotes_fts.rowid DESC LIMIT ?) ORDER BY score DESC"
        params.append(search_window)
    else:
        sql += f" ORDER BY {order}"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    hits = conn.execute(sql, params).fetchall()
    return _quote_rows(conn, hits)


def _quote_rows(conn: sqlite3.Connection, hits: list[tuple[int, float | None]]) -> list[QuoteRow]:
    rows: dict[int, tuple[Any, ...]] = {}
    for start in range(0, len(hits), 500):
        chunk = [qid for qid, _ in hits[start : start + 500]]
        for r in conn.execute(
            f"SELECT {_QUOTE_COLUMNS}, q.qid FROM quotes q {_QUOTE_JOINS} "
            f"WHERE q.qid IN ({_marks(chunk)})",
            chunk,
        ):
            rows[r[-1]] = r[:-1]
    return [_quote_row((*rows[qid], score)) for qid, score in hits]


def timeline(
    conn: sqlite3.Connection,
    name: str,
    *,
    since: str | None = None,
    until: str | None = None,
    limit: int | None = 200,
    include_duplicates: bool = False,
) -> list[QuoteRow]:
    """What a person said, in the order it was said (said_on, else the article date)."""
    return quotes(
        conn,
        speaker=name,
        since=since,
        until=until,
        limit=limit,
        include_duplicates=include_duplicates,
        oldest_first=True,
    )


def fts_query(text: str) -> str:
    """A safe FTS5 query: every word of ``text`` must occur (quoted, so no syntax errors)."""
    words = re.findall(r"\w+", text, flags=re.UNICODE)
    return " ".join(f'"{w}"' for w in words)


def _until(date: str) -> str:
    # "2016-05" bounds everything said in May 2016: compare against its last possible value
    return date + "\uffff" if len(date) < 10 else date


def _marks(items: list[int]) -> str:
    return ", ".join("?" for _ in items)


def _quote_row(r: tuple[Any, ...]) -> QuoteRow:
    n = len(_QUOTE_FIELDS)
    fields = dict(zip(_QUOTE_FIELDS, r[:n], strict=True))
    return QuoteRow(**fields, score=round(r[n], 3) if r[n] is not None else None)


# -- speakers, claims, clusters ----------------------------------------------------------------


_SPEAKER_FIELDS = (
    "id",
    "name",
    "type",
    "quotes",
    "distinct",
    "articles",
    "outlets",
    "first",
    "last",
)


def speakers(
    conn: sqlite3.Connection,
    *,
    limit: int | None = 20,
    since: str | None = None,
    until: str | None = None,
    include_duplicates: bool = False,
) -> list[SpeakerRow]:
    """Speakers by number of quotes (wire copies left out), with aliases and roles;
    ``since``/``until`` count only what was said in that time."""
    where = ["q.speaker_entity_id IS NOT NULL"]
    params: list[Any] = []
    if not include_duplicates:
        where.append("q.duplicate = 0")
    if since:
        where.append("q.date >= ?")
        params.append(since)
    if until:
        where.append("q.date <= ?")
        params.append(_until(until))
    sql = (
        "SELECT e.id, e.name, e.type, count(*) AS n, count(DISTINCT q.cluster_id), "
        "count(DISTINCT q.article_id), count(DISTINCT q.outlet), min(q.date), max(q.date) "
        "FROM quotes q JOIN entities e ON e.id = q.speaker_entity_id "
        f"WHERE {' AND '.join(where)} GROUP BY e.id ORDER BY n DESC, e.name"
        + (" LIMIT ?" if limit is not None else "")
    )
    if limit is not None:
        params.append(limit)
    rows = conn.execute(sql, params).fetchall()
    out = []
    for r in rows:
        aliases = [
            a
            for (a,) in conn.execute(
                "SELECT alias FROM aliases WHERE entity_id = ? AND kind = 'name' "
                "ORDER BY n DESC, alias LIMIT 8",
                (r[0],),
            )
        ]
        roles = [
            role
            for (role,) in conn.execute(
                "SELECT role FROM roles WHERE entity_id = ? GROUP BY role "
                "ORDER BY count(*) DESC, role LIMIT 5",
                (r[0],),
            )
        ]
        fields = dict(zip(_SPEAKER_FIELDS, r, strict=True))
        out.append(SpeakerRow(**fields, aliases=aliases, roles=roles))
    return out


def claims(
    conn: sqlite3.Connection,
    *,
    about: str | None = None,
    limit: int | None = DEFAULT_LIMIT,
) -> list[ClaimRow]:
    """Numeric claims, newest first; ``about`` keeps those about the named entity."""
    where = ""
    params: list[Any] = []
    if about is not None:
        ids = resolve(conn, about)
        where = f"WHERE (c.about_entity_id IN ({_marks(ids)}) OR c.about LIKE ?)"
        if not ids:
            where = "WHERE c.about LIKE ?"
        params = [*ids, about]
    sql = (
        "SELECT c.id, c.value, c.unit, c.approximate, c.about, c.source, c.as_of, c.text, "
        'c.article_id, a.date, a.outlet, c.start, c."end" FROM claims c '
        f"JOIN articles a ON a.id = c.article_id {where} "
        "ORDER BY a.date DESC, c.id" + (" LIMIT ?" if limit is not None else "")
    )
    if limit is not None:
        params.append(limit)
    return [ClaimRow(r[0], r[1], r[2], bool(r[3]), *r[4:]) for r in conn.execute(sql, params)]


_CLUSTER_FIELDS = (
    "id",
    "text",
    "speaker",
    "first_seen",
    "first_outlet",
    "first_article_id",
    "size",
    "outlets",
)


def clusters(
    conn: sqlite3.Connection,
    *,
    speaker: str | None = None,
    min_size: int = 2,
    min_outlets: int = 1,
    limit: int | None = DEFAULT_LIMIT,
) -> list[ClusterRow]:
    """Quote clusters reported at least ``min_size`` times by at least ``min_outlets``
    outlets: the most widely reported first, with every source. The speaker shown is the one
    most sources name."""
    where = ["c.n_quotes >= ?", "c.n_outlets >= ?"]
    params: list[Any] = [min_size, min_outlets]
    if speaker is not None:
        ids = resolve(conn, speaker)
        if not ids:
            return []
        where.append(f"c.speaker_entity_id IN ({_marks(ids)})")
        params += ids
    sql = (
        "SELECT c.id, c.text, (SELECT e.name FROM quotes s JOIN entities e "
        "  ON e.id = s.speaker_entity_id WHERE s.cluster_id = c.id "
        "  GROUP BY e.id ORDER BY count(*) DESC, e.id LIMIT 1), "
        "c.first_seen, c.first_outlet, c.first_article_id, c.n_quotes, c.n_outlets "
        "FROM quote_clusters c "
        f"WHERE {' AND '.join(where)} "
        "ORDER BY c.n_outlets DESC, c.n_quotes DESC, c.first_seen, c.id"
        + (" LIMIT ?" if limit is not None else "")
    )
    if limit is not None:
        params.append(limit)
    out = []
    for r in conn.execute(sql, params).fetchall():
        sources = [
            {
                "quote_id": s[0],
                "article_id": s[1],
                "published": s[2],
                "outlet": s[3],
                "text": s[4],
                "duplicate": bool(s[5]),
            }
            for s in conn.execute(
                "SELECT q.id, q.article_id, a.date, a.outlet, q.text, q.duplicate FROM quotes q "
                "JOIN articles a ON a.id = q.article_id WHERE q.cluster_id = ? "
                "ORDER BY a.date, q.qid",
                (r[0],),
            )
        ]
        fields = dict(zip(_CLUSTER_FIELDS, r, strict=True))
        out.append(ClusterRow(**fields, sources=sources))
    return out


def failures(conn: sqlite3.Connection) -> list[FailureRow]:
    """Every input that could not be stored, and why, in the order recorded."""
    return [
        FailureRow(*r)
        for r in conn.execute(
            "SELECT path, line, stage, reason, article_id, recorded_at FROM failures ORDER BY id"
        )
    ]


# -- one article -----------------------------------------------------------------------------


def article(conn: sqlite3.Connection, article_id: str) -> dict[str, Any]:
    """One article with everything extracted from it (a unique id prefix is enough)."""
    prefix = article_id.strip()
    if len(prefix) < 4:
        raise StoreError("give at least 4 characters of the article id")
    rows = conn.execute(
        "SELECT id, date, outlet, url, title, text, source_id, path, line, duplicate_of, "
        "similarity FROM articles WHERE id >= ? AND id < ? LIMIT 2",
        (prefix, prefix + "\uffff"),
    ).fetchall()
    if not rows:
        raise StoreError(f"no article with id {prefix!r} (see `dateline quotes` for ids)")
    if len(rows) > 1:
        raise StoreError(f"article id {prefix!r} is ambiguous: give more characters")
    cols = (
        "id",
        "date",
        "outlet",
        "url",
        "title",
        "text",
        "source_id",
        "path",
        "line",
        "duplicate_of",
        "similarity",
    )
    out: dict[str, Any] = dict(zip(cols, rows[0], strict=True))
    aid = out["id"]
    out["quotes"] = [
        dict(_quote_row((*x[:-1], None)).to_json(), continues=x[-1])
        for x in conn.execute(
            f"SELECT {_QUOTE_COLUMNS}, q.continues FROM quotes q {_QUOTE_JOINS} "
            "WHERE q.article_id = ? ORDER BY q.seq",
            (aid,),
        )
    ]
    entities: dict[int, dict[str, Any]] = {}
    for eid, name, etype, text, start, end, kind in conn.execute(
        'SELECT e.id, e.name, e.type, m.text, m.start, m."end", m.kind FROM mentions m '
        "JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ? ORDER BY m.start",
        (aid,),
    ):
        ent = entities.setdefault(
            eid, {"id": eid, "name": name, "type": etype, "roles": [], "mentions": []}
        )
        ent["mentions"].append({"text": text, "start": start, "end": end, "kind": kind})
    for eid, role in conn.execute("SELECT entity_id, role FROM roles WHERE article_id = ?", (aid,)):
        if eid in entities:
            entities[eid]["roles"].append(role)
    out["entities"] = list(entities.values())
    out["claims"] = [
        dict(
            zip(
                (
                    "value",
                    "unit",
                    "approximate",
                    "about",
                    "source",
                    "as_of",
                    "text",
                    "start",
                    "end",
                ),
                r,
                strict=True,
            )
        )
        for r in conn.execute(
            'SELECT value, unit, approximate, about, source, as_of, text, start, "end" '
            "FROM claims WHERE article_id = ? ORDER BY start",
            (aid,),
        )
    ]
    out["timexes"] = [
        dict(zip(("text", "start", "end", "type", "value"), r, strict=True))
        for r in conn.execute(
            'SELECT text, start, "end", type, value FROM timexes WHERE article_id = ? '
            "ORDER BY start",
            (aid,),
        )
    ]
    return out


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows per main table."""
    tables = (
        "articles",
        "quotes",
        "entities",
        "mentions",
        "claims",
        "timexes",
        "quote_clusters",
        "failures",
    )
    out = {t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables}
    out["duplicates"] = int(
        conn.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()[0]
    )
    return out
