"""The store's schema, as a list of migrations applied in order.

``PRAGMA user_version`` records how many migrations a database has had; opening a database runs
the missing ones, each in its own transaction. A migration is never edited once released: change
the schema by appending one.

Every extracted fact keeps its character offsets (``start``, ``end``) into ``articles.text``
(provenance). Linked, cross-article entities live in ``entities``; each article's mentions,
quotes and claims point at them. Full-text search is FTS5 over ``quotes`` and ``articles``
(external content tables kept in step by triggers, so ``sqlite3`` and Datasette both see it).
"""

from __future__ import annotations

import sqlite3

from dateline.errors import StoreError

MIGRATIONS: tuple[str, ...] = (
    # 1: the initial schema
    """
    CREATE TABLE articles (
        n INTEGER PRIMARY KEY,          -- row number (stable: the full-text index keys on it)
        id TEXT NOT NULL UNIQUE,        -- hash of the normalised text
        date TEXT NOT NULL,             -- publication date, ISO
        outlet TEXT,
        url TEXT,
        title TEXT,
        text TEXT NOT NULL,
        source_id TEXT,                 -- the id the input gave the article
        path TEXT,
        line INTEGER,
        duplicate_of TEXT REFERENCES articles(id),   -- near-duplicate (wire copy) of
        similarity REAL,                -- estimated Jaccard similarity to duplicate_of
        ingested_at TEXT NOT NULL
    );
    CREATE INDEX articles_date ON articles(date);
    CREATE INDEX articles_outlet ON articles(outlet, date);

    CREATE TABLE entities (
        id INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused: merged ids stay retired
        name TEXT NOT NULL,             -- canonical name (the longest full name seen)
        type TEXT NOT NULL,
        kind TEXT NOT NULL,             -- 'person' or 'other': the linking group
        first_seen TEXT,
        last_seen TEXT
    );
    CREATE INDEX entities_name ON entities(name);

    CREATE TABLE aliases (
        key TEXT NOT NULL,              -- normalised alias
        entity_id INTEGER NOT NULL REFERENCES entities(id),
        alias TEXT NOT NULL,            -- as written
        kind TEXT NOT NULL,             -- 'name' or 'surname'
        n INTEGER NOT NULL DEFAULT 1,
        PRIMARY KEY (key, entity_id, kind)
    ) WITHOUT ROWID;
    CREATE INDEX aliases_entity ON aliases(entity_id);

    CREATE TABLE roles (
        entity_id INTEGER NOT NULL REFERENCES entities(id),
        role TEXT NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id),
        date TEXT NOT NULL,             -- the article's date: when the role was seen
        PRIMARY KEY (entity_id, role, article_id)
    ) WITHOUT ROWID;

    CREATE TABLE mentions (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id),
        entity_id INTEGER NOT NULL REFERENCES entities(id),
        local_id TEXT,                  -- the entity's id in the article's extraction
        text TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        kind TEXT NOT NULL
    );
    CREATE INDEX mentions_article ON mentions(article_id, start);
    CREATE INDEX mentions_entity ON mentions(entity_id);

    CREATE TABLE quote_clusters (
        id INTEGER PRIMARY KEY,
        text TEXT NOT NULL,             -- the first-seen wording
        key TEXT NOT NULL,              -- hash of the normalised wording
        speaker_entity_id INTEGER REFERENCES entities(id),
        first_seen TEXT NOT NULL,       -- earliest article date among its sources
        first_outlet TEXT,
        first_article_id TEXT REFERENCES articles(id),
        n_quotes INTEGER NOT NULL DEFAULT 0,
        n_outlets INTEGER NOT NULL DEFAULT 0,
        signature BLOB                  -- MinHash of the wording
    );
    CREATE INDEX quote_clusters_key ON quote_clusters(key);
    CREATE INDEX quote_clusters_reach ON quote_clusters(n_outlets, n_quotes);

    CREATE TABLE quote_cluster_bands (
        band INTEGER NOT NULL,
        hash INTEGER NOT NULL,
        cluster_id INTEGER NOT NULL REFERENCES quote_clusters(id),
        PRIMARY KEY (band, hash, cluster_id)
    ) WITHOUT ROWID;

    CREATE TABLE quotes (
        qid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,        -- hash of article id and offsets
        article_id TEXT NOT NULL REFERENCES articles(id),
        seq INTEGER NOT NULL,           -- position among the article's quotes
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        cue TEXT,
        cue_start INTEGER,
        cue_end INTEGER,
        speaker TEXT,                   -- resolved name as extracted
        speaker_entity_id INTEGER REFERENCES entities(id),
        speaker_mention TEXT,
        speaker_start INTEGER,
        speaker_end INTEGER,
        said_on TEXT,                   -- when the words were said, when known
        continues INTEGER,              -- seq of the piece this one continues
        date TEXT NOT NULL,             -- said_on, else the article date: timeline order
        outlet TEXT,
        duplicate INTEGER NOT NULL DEFAULT 0,  -- 1 when its article is a near-duplicate
        cluster_id INTEGER REFERENCES quote_clusters(id)
    );
    CREATE INDEX quotes_article ON quotes(article_id, seq);
    CREATE INDEX quotes_speaker_date ON quotes(speaker_entity_id, date);
    CREATE INDEX quotes_date ON quotes(date);
    CREATE INDEX quotes_cluster ON quotes(cluster_id, outlet);

    -- entities mentioned inside a quote's span: the index behind --about
    CREATE TABLE quote_about (
        entity_id INTEGER NOT NULL REFERENCES entities(id),
        date TEXT NOT NULL,
        qid INTEGER NOT NULL REFERENCES quotes(qid),
        PRIMARY KEY (entity_id, date, qid)
    ) WITHOUT ROWID;

    CREATE TABLE claims (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id),
        value REAL NOT NULL,
        unit TEXT,
        approximate INTEGER NOT NULL,
        about TEXT,
        about_entity_id INTEGER REFERENCES entities(id),
        source TEXT,
        source_entity_id INTEGER REFERENCES entities(id),
        as_of TEXT,
        text TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL
    );
    CREATE INDEX claims_article ON claims(article_id);
    CREATE INDEX claims_about ON claims(about_entity_id);

    CREATE TABLE timexes (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id),
        text TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        type TEXT NOT NULL,
        value TEXT
    );
    CREATE INDEX timexes_article ON timexes(article_id);

    CREATE TABLE article_signatures (
        article_id TEXT PRIMARY KEY REFERENCES articles(id),
        signature BLOB NOT NULL         -- MinHash of the article's word shingles
    );
    CREATE TABLE article_bands (
        band INTEGER NOT NULL,
        hash INTEGER NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id),
        PRIMARY KEY (band, hash, article_id)
    ) WITHOUT ROWID;

    CREATE TABLE failures (
        id INTEGER PRIMARY KEY,
        path TEXT NOT NULL,
        line INTEGER,
        stage TEXT NOT NULL,            -- read, extract or store
        reason TEXT NOT NULL,
        article_id TEXT,
        recorded_at TEXT NOT NULL
    );
    CREATE UNIQUE INDEX failures_once ON failures(path, coalesce(line, -1), stage, reason);

    CREATE VIRTUAL TABLE quotes_fts USING fts5(
        text, speaker, content="quotes", content_rowid="qid", tokenize='porter unicode61'
    );
    CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts(rowid, text, speaker) VALUES (new.qid, new.text, new.speaker);
    END;
    CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker)
        VALUES ('delete', old.qid, old.text, old.speaker);
    END;
    CREATE TRIGGER quotes_au AFTER UPDATE OF text, speaker ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker)
        VALUES ('delete', old.qid, old.text, old.speaker);
        INSERT INTO quotes_fts(rowid, text, speaker) VALUES (new.qid, new.text, new.speaker);
    END;

    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content="articles", content_rowid="n", tokenize='porter unicode61'
    );
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.n, new.title, new.text);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.n, old.title, old.text);
    END;

    -- readable views for sqlite3 and Datasette
    CREATE VIEW quotes_readable AS
        SELECT q.id, q.date, q.said_on, e.name AS speaker, q.kind, q.text, a.outlet,
               a.date AS published, a.title, q.article_id, q.start, q."end", q.cluster_id,
               q.duplicate
        FROM quotes q
        JOIN articles a ON a.id = q.article_id
        LEFT JOIN entities e ON e.id = q.speaker_entity_id;
    CREATE VIEW entity_roles AS
        SELECT e.name, e.type, r.role, min(r.date) AS first_seen, max(r.date) AS last_seen,
               count(*) AS n_articles, r.entity_id
        FROM roles r JOIN entities e ON e.id = r.entity_id
        GROUP BY r.entity_id, r.role;
    """,
    # 2: the whole source phrase around a quote's speaker mention, as written ("Larry Noble, an
    # attorney with the Campaign Legal Center,"); NULL for quotes stored before it
    """
    ALTER TABLE quotes ADD COLUMN speaker_phrase TEXT;
    ALTER TABLE quotes ADD COLUMN speaker_phrase_start INTEGER;
    ALTER TABLE quotes ADD COLUMN speaker_phrase_end INTEGER;
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)


def version(conn: sqlite3.Connection) -> int:
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def migrate(conn: sqlite3.Connection) -> int:
    """Apply the migrations ``conn`` has not had yet; return the resulting version.

    Each migration runs in one transaction together with the ``user_version`` bump, so a
    failure leaves the database at the previous version, unchanged.
    """
    current = version(conn)
    if current > SCHEMA_VERSION:
        raise StoreError(
            f"the database has schema version {current}, newer than this dateline "
            f"({SCHEMA_VERSION}): upgrade dateline"
        )
    for number in range(current, SCHEMA_VERSION):
        script = MIGRATIONS[number]
        try:
            conn.execute("BEGIN IMMEDIATE")
            for statement in _statements(script):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number + 1}")
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            conn.execute("ROLLBACK")
            raise StoreError(f"migration {number + 1} failed: {exc}") from exc
    return SCHEMA_VERSION


def _statements(script: str) -> list[str]:
    """Split a migration into statements (``executescript`` would commit on its own).

    ``--`` comments are dropped line by line, so a migration must not put ``--`` in a string.
    """
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    out: list[str] = []
    buf = ""
    for part in "\n".join(lines).split(";"):
        buf += part + ";"
        if sqlite3.complete_statement(buf):
            if buf.strip(" \n\t;"):
                out.append(buf.strip())
            buf = ""
    if buf.strip(" \n\t;"):
        out.append(buf.strip())
    return out
