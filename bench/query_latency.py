"""Query latency on a store of at least a million quotes.

The store is built from real extractions: the articles of a seed store (one made by
``dateline ingest``, e.g. of PolNeAR) are read back and written again through the writer as
distinct copies (each copy's text gets a marker line, so it has its own content-hash id; its
date moves by a whole number of weeks and its outlet changes), until the store holds
``--quotes`` quotes. spaCy does not run again. Near-duplicate detection is off while building,
since every copy is one by construction.

Then each query runs ``--runs`` times with varied arguments, and one line per query prints its
p50/p95/max in milliseconds:

    python bench/query_latency.py --seed polnear.db --db /tmp/bench.db --quotes 1000000

``--seed-from PATH`` ingests PATH into the seed store first (with the real extractor).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import random
import re
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from dateline import query
from dateline.model import (
    Article,
    Claim,
    Entity,
    Extraction,
    Mention,
    Origin,
    Quote,
    Span,
    Speaker,
    Timex,
)
from dateline.store.db import connect
from dateline.store.writer import WriteOptions, Writer


def load_extractions(seed: Path) -> list[Extraction]:
    """Every article of a store, read back as the Extraction that was written."""
    conn = connect(seed, create=False)
    out = []
    for aid, date, outlet, url, title, text, source_id in conn.execute(
        "SELECT id, date, outlet, url, title, text, source_id FROM articles "
        "WHERE duplicate_of IS NULL ORDER BY rowid"
    ).fetchall():
        article = Article(
            source_id or aid,
            dt.date.fromisoformat(date),
            text,
            title,
            url,
            outlet,
            origin=Origin(f"copy-of:{aid}"),
        )
        ents: dict[str, tuple[str, str, list[Mention]]] = {}
        local_of: dict[int, str] = {}
        for eid, local, name, etype, mtext, start, end, kind in conn.execute(
            'SELECT m.entity_id, m.local_id, e.name, e.type, m.text, m.start, m."end", m.kind '
            "FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ? "
            "ORDER BY m.id",
            (aid,),
        ):
            ents.setdefault(local, (name, etype, []))[2].append(Mention(mtext, start, end, kind))
            local_of.setdefault(eid, local)
        roles: dict[str, list[str]] = {}
        for eid, role in conn.execute(
            "SELECT entity_id, role FROM roles WHERE article_id = ?", (aid,)
        ):
            if eid in local_of:
                roles.setdefault(local_of[eid], []).append(role)
        entities = tuple(
            Entity(local, name, etype, tuple(roles.get(local, ())), tuple(ms))
            for local, (name, etype, ms) in ents.items()
        )
        quotes = []
        for row in conn.execute(
            'SELECT kind, text, start, "end", cue, cue_start, cue_end, speaker, '
            "speaker_entity_id, speaker_mention, speaker_start, speaker_end, said_on, continues "
            "FROM quotes WHERE article_id = ? ORDER BY seq",
            (aid,),
        ):
            kind, qtext, start, end, cue, cs, ce, spk, spk_id, sm, ss, se, said, cont = row
            speaker = (
                Speaker(spk, local_of.get(spk_id), Span(sm, ss, se)) if spk is not None else None
            )
            quotes.append(
                Quote(
                    kind,
                    qtext,
                    start,
                    end,
                    Span(cue, cs, ce) if cue else None,
                    speaker,
                    said,
                    cont,
                )
            )
        claims = tuple(
            Claim(v, u, bool(ap), ab, so, ao, t, s, e)
            for v, u, ap, ab, so, ao, t, s, e in conn.execute(
                'SELECT value, unit, approximate, about, source, as_of, text, start, "end" '
                "FROM claims WHERE article_id = ?",
                (aid,),
            )
        )
        timexes = tuple(
            Timex(t, s, e, ty, v)
            for t, s, e, ty, v in conn.execute(
                'SELECT text, start, "end", type, value FROM timexes WHERE article_id = ?',
                (aid,),
            )
        )
        out.append(Extraction(article, tuple(quotes), entities, claims, timexes))
    conn.close()
    return out


def _shift(value: str | None, days: int) -> str | None:
    if not value or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value
    return (dt.date.fromisoformat(value) + dt.timedelta(days=days)).isoformat()


def copies(base: list[Extraction], start: int) -> Iterator[Extraction]:
    """Copy ``start``, ``start + 1``, ... of every base extraction, forever."""
    outlets = sorted({e.article.source or "unknown" for e in base})
    k = start
    while True:
        days = 7 * (k % 520)  # spread over ten years
        for i, ex in enumerate(base):
            a = ex.article
            art = dataclasses.replace(
                a,
                text=a.text + f"\n\n[bench copy {k}]",
                date=a.date + dt.timedelta(days=days),
                source=outlets[(i + k) % len(outlets)],
            )
            quotes = tuple(
                dataclasses.replace(q, said_on=_shift(q.said_on, days)) for q in ex.quotes
            )
            yield dataclasses.replace(ex, article=art, quotes=quotes)
        k += 1


def build(seed: Path, db: Path, target: int, batch: int) -> None:
    base = load_extractions(seed)
    per_round = sum(len(e.quotes) for e in base)
    if per_round == 0:
        sys.exit(f"{seed}: the seed store has no quotes")
    with Writer(db, WriteOptions(batch_size=batch, near_duplicates=False)) as w:
        w.conn.execute("PRAGMA synchronous = OFF")  # a throw-away store: speed over safety
        w.conn.execute("PRAGMA cache_size = -262144")
        have = w.conn.execute("SELECT count(*) FROM quotes").fetchone()[0]
        if have >= target:
            return
        done_rounds = have // per_round
        t0 = time.perf_counter()
        stream = copies(base, done_rounds)
        while have < target:
            chunk = [next(stream) for _ in range(batch)]
            stats = w.write(chunk)
            have += stats.quotes
            rate = have / (time.perf_counter() - t0)
            print(f"\rbuilding: {have:,} quotes ({rate:,.0f}/s)", end="", file=sys.stderr)
        print(file=sys.stderr)
        w.conn.execute("ANALYZE")


def measure(name: str, fn: Callable[[], object], runs: int) -> tuple[str, list[float]]:
    fn()  # warm the cache once
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return name, times


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--seed", type=Path, required=True, help="a store made by dateline ingest")
    p.add_argument("--seed-from", nargs="*", help="ingest these paths into --seed first")
    p.add_argument("--db", type=Path, default=Path("bench-1m.db"))
    p.add_argument("--quotes", type=int, default=1_000_000)
    p.add_argument("--runs", type=int, default=200)
    p.add_argument("--batch", type=int, default=500)
    p.add_argument("--budget-ms", type=float, default=50.0)
    args = p.parse_args(argv)

    if args.seed_from:
        from dateline.store.ingest import ingest

        print(ingest(args.seed_from, args.seed).line(), file=sys.stderr)
    build(args.seed, args.db, args.quotes, args.batch)

    conn = connect(args.db, create=False)
    conn.execute("PRAGMA query_only = ON")
    n_quotes = conn.execute("SELECT count(*) FROM quotes").fetchone()[0]
    rng = random.Random(42)
    speakers = [
        name
        for (name,) in conn.execute(
            "SELECT e.name FROM quotes q JOIN entities e ON e.id = q.speaker_entity_id "
            "WHERE q.qid <= 200000 GROUP BY e.id ORDER BY count(*) DESC LIMIT 50"
        )
    ]
    entities = [
        name
        for (name,) in conn.execute(
            "SELECT e.name FROM quote_about qa JOIN entities e ON e.id = qa.entity_id "
            "WHERE qa.qid <= 200000 GROUP BY e.id ORDER BY count(*) DESC LIMIT 50"
        )
    ]
    sample = [t for (t,) in conn.execute("SELECT text FROM quotes WHERE qid <= 20000")]
    searches = []
    for text in rng.sample(sample, min(len(sample), 500)):
        words = [w for w in re.findall(r"[A-Za-z]{4,}", text)]
        if words:
            searches.append(" ".join(rng.sample(words, min(2, len(words)))))
    years = sorted({d[:4] for (d,) in conn.execute("SELECT date FROM quotes WHERE qid <= 20000")})

    def timeline() -> object:
        return query.timeline(conn, rng.choice(speakers), limit=200)

    def about() -> object:
        since = rng.choice([None, f"{rng.choice(years)}-01-01"])
        return query.quotes(conn, about=rng.choice(entities), since=since, limit=50)

    def search() -> object:
        return query.quotes(conn, search=rng.choice(searches), limit=50)

    def speaker_search() -> object:
        return query.quotes(
            conn,
            speaker=rng.choice(speakers[:10]),
            search=rng.choice(searches).split()[0],
            limit=50,
        )

    def one_word() -> object:
        return query.quotes(conn, search=rng.choice(searches).split()[0], limit=50)

    def speakers_table() -> object:
        return query.speakers(conn, limit=20)

    ok = True
    budgeted = ("speaker timeline", "entity filter", "full-text search")
    for name, fn, runs in (
        ("speaker timeline", timeline, args.runs),
        ("entity filter", about, args.runs),
        ("full-text search", search, args.runs),
        ("search one word", one_word, args.runs),
        ("speaker + search", speaker_search, args.runs),
        ("speakers table", speakers_table, 5),
    ):
        label, times = measure(name, fn, runs)
        q = (
            statistics.quantiles(times, n=100, method="inclusive")
            if len(times) > 1
            else times * 100
        )
        p95 = q[94]
        within = p95 <= args.budget_ms
        if name in budgeted:
            ok &= within
            verdict = f"{'ok' if within else 'OVER'} (budget {args.budget_ms:g}ms)"
        else:
            verdict = "(no budget)"
        print(
            f"query_latency {label:<17} quotes={n_quotes:,} runs={runs} "
            f"p50={q[49]:.1f}ms p95={p95:.1f}ms max={max(times):.1f}ms {verdict}",
            flush=True,
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
