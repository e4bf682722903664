"""Store commands: ``dateline ingest``, the queries, and ``dateline export``.

A thin layer over ``dateline.store.ingest``, ``dateline.query`` and ``dateline.store.export``:
each query prints a readable table, or JSON Lines with ``--json``.

Examples::

    dateline ingest ../shared/datasets/polnear/train --db polnear.db
    dateline speakers --db polnear.db
    dateline quotes --speaker Kallas --since 2025-09-01 --search "security guarantee"
    dateline timeline "Kaja Kallas" --json
    dateline export --format csv --out export/
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import sys
from collections.abc import Callable, Sequence
from typing import Any

from dateline import query
from dateline.errors import DatelineError, InputError
from dateline.store.db import DEFAULT_PATH


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "ingest",
        help="extract articles and store them (idempotent)",
        description="Extract quotes, entities, claims and time from every article in PATH "
        "(files of every readable kind, or directories) and store them in the database, "
        "created on first use. Articles already stored are skipped; inputs that cannot be "
        "read or extracted are recorded (see `dateline failures`). "
        "Example: dateline ingest news/ --db news.db",
    )
    p.add_argument("paths", nargs="+", metavar="PATH")
    _db(p)
    p.add_argument("--date", help="publication date (YYYY-MM-DD) for undated inputs")
    p.add_argument("--model", help="spaCy pipeline to extract with")
    p.add_argument("--batch-size", type=int, default=32, help="articles per batch (32)")
    p.add_argument("--quiet", action="store_true", help="no progress on stderr")
    p.set_defaults(func=_ingest)

    p = _query(
        sub,
        "failures",
        "inputs that could not be stored, and why",
        "Example: dateline failures --db news.db",
    )
    p.set_defaults(func=_failures)

    p = _query(
        sub,
        "quotes",
        "find quotes",
        "Quotes matching every filter, newest first (by relevance with --search). "
        'Example: dateline quotes --speaker Kallas --search "security guarantee"',
    )
    p.add_argument("--speaker", help="who said it (any known name or alias)")
    p.add_argument("--about", help="an entity mentioned in the quote")
    p.add_argument("--since", help="said on or after DATE (YYYY[-MM[-DD]])")
    p.add_argument("--until", help="said on or before DATE")
    p.add_argument("--search", help="full-text search, ranked by relevance")
    _limit(p, query.DEFAULT_LIMIT)
    p.add_argument(
        "--include-duplicates",
        action="store_true",
        help="also quotes from near-duplicate articles (wire copies)",
    )
    p.set_defaults(func=_quotes)

    p = _query(
        sub,
        "speakers",
        "who is quoted most",
        "Speakers by number of quotes, with aliases and roles. "
        "Example: dateline speakers --limit 10",
    )
    p.add_argument("--since", help="count what was said on or after DATE")
    p.add_argument("--until", help="count what was said on or before DATE")
    _limit(p, 20)
    p.set_defaults(func=_speakers)

    p = _query(
        sub,
        "timeline",
        "what a person said, by date said",
        'Example: dateline timeline "Kaja Kallas" --since 2025',
    )
    p.add_argument("name")
    p.add_argument("--since")
    p.add_argument("--until")
    _limit(p, 200)
    p.set_defaults(func=_timeline)

    p = _query(
        sub,
        "claims",
        "numeric claims",
        "Numbers with units or counted nouns, newest first. "
        "Example: dateline claims --about Russia",
    )
    p.add_argument("--about", help="the entity a claim is about")
    _limit(p, query.DEFAULT_LIMIT)
    p.set_defaults(func=_claims)

    p = _query(
        sub,
        "clusters",
        "quotes reported by several sources",
        "Quote clusters, largest first, with first-seen date and outlet and every "
        "source. Example: dateline clusters --speaker Trump",
    )
    p.add_argument("--speaker")
    p.add_argument("--min-size", type=int, default=2, help="at least N quotes (2)")
    p.add_argument("--min-outlets", type=int, default=1, help="from at least N outlets (1)")
    _limit(p, query.DEFAULT_LIMIT)
    p.set_defaults(func=_clusters)

    p = _query(
        sub, "show", "one article and everything extracted from it", "Example: dateline show 3f9a2c"
    )
    p.add_argument("article_id", metavar="ARTICLE_ID", help="the id, or a unique prefix")
    p.set_defaults(func=_show)

    p = sub.add_parser(
        "export",
        help="export every table",
        description="Write each table of the database to OUT/TABLE.FORMAT. "
        "Example: dateline export --format csv --out export/",
    )
    _db(p)
    p.add_argument("--format", choices=("jsonl", "csv", "parquet"), default="jsonl")
    p.add_argument("--out", default="export", help="output directory (./export)")
    p.set_defaults(func=_export)


# -- parser helpers ------------------------------------------------------------------------


def _db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=DEFAULT_PATH, help=f"database file (./{DEFAULT_PATH})")


def _limit(p: argparse.ArgumentParser, default: int) -> None:
    p.add_argument("--limit", type=int, default=default, help=f"at most N rows ({default})")


def _query(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], name: str, help: str, desc: str
) -> argparse.ArgumentParser:
    p = sub.add_parser(name, help=help, description=desc)
    _db(p)
    p.add_argument("--json", action="store_true", help="JSON Lines instead of a table")
    return p


# -- commands ------------------------------------------------------------------------------


def _ingest(args: argparse.Namespace) -> int:
    from dateline.store.ingest import IngestReport, ingest

    date = None
    if args.date:
        try:
            date = dt.date.fromisoformat(args.date)
        except ValueError as exc:
            raise InputError("--date", f"bad date {args.date!r}: use YYYY-MM-DD") from exc
    extractor = None
    if args.model:
        from dateline.extract.pipeline import Extractor, Options

        extractor = Extractor(Options(model=args.model, batch_size=args.batch_size))

    # a running count on a terminal only: in a log it would repeat the final line
    live = not args.quiet and sys.stderr.isatty()

    def progress(r: IngestReport) -> None:
        if live:
            print(f"\r{r.line()}", end="", file=sys.stderr, flush=True)

    def failure(line: str) -> None:
        if not args.quiet:
            print(f"\rdateline: recorded failure: {line}", file=sys.stderr)

    report = ingest(
        args.paths,
        args.db,
        date=date,
        extractor=extractor,
        batch_size=args.batch_size,
        progress=progress,
        on_failure=failure,
    )
    if live:
        print(file=sys.stderr)
    print(report.line())
    if report.failed:
        print(f"see `dateline failures --db {args.db}` for what failed and why")
    return 0


def _open(args: argparse.Namespace) -> Any:
    from dateline.kb import KnowledgeBase

    return KnowledgeBase(args.db)


def _failures(args: argparse.Namespace) -> int:
    with _open(args) as kb:
        rows = kb.failures()
    _emit(
        args,
        rows,
        [
            ("file", lambda r: r.path + (f":{r.line}" if r.line else "")),
            ("stage", lambda r: r.stage),
            ("reason", lambda r: r.reason),
        ],
    )
    return 0


_QUOTE_COLS: list[tuple[str, Callable[[Any], Any]]] = [
    ("date", lambda r: r.date),
    ("speaker", lambda r: r.speaker or ""),
    ("quote", lambda r: r.text),
    ("outlet", lambda r: r.outlet or ""),
    ("article", lambda r: r.article_id[:10]),
]


def _quotes(args: argparse.Namespace) -> int:
    with _open(args) as kb:
        rows = kb.quotes(
            speaker=args.speaker,
            about=args.about,
            since=args.since,
            until=args.until,
            search=args.search,
            limit=args.limit,
            include_duplicates=args.include_duplicates,
        )
    cols = list(_QUOTE_COLS)
    if args.search:
        cols.insert(0, ("score", lambda r: f"{r.score:.2f}"))
    _emit(args, rows, cols)
    return 0


def _speakers(args: argparse.Namespace) -> int:
    with _open(args) as kb:
        rows = kb.speakers(limit=args.limit, since=args.since, until=args.until)
    _emit(
        args,
        rows,
        [
            ("speaker", lambda r: r.name),
            ("quotes", lambda r: r.quotes),
            ("distinct", lambda r: r.distinct),
            ("articles", lambda r: r.articles),
            ("outlets", lambda r: r.outlets),
            ("first", lambda r: r.first),
            ("last", lambda r: r.last),
            ("aliases", lambda r: "; ".join(r.aliases[:4])),
            ("roles", lambda r: "; ".join(r.roles[:2])),
        ],
    )
    return 0


def _timeline(args: argparse.Namespace) -> int:
    with _open(args) as kb:
        if not kb.resolve(args.name):
            raise DatelineError(f"no speaker or entity called {args.name!r} in {args.db}")
        rows = kb.timeline(args.name, since=args.since, until=args.until, limit=args.limit)
    _emit(
        args,
        rows,
        [
            ("said", lambda r: r.date),
            ("published", lambda r: r.published),
            ("quote", lambda r: r.text),
            ("outlet", lambda r: r.outlet or ""),
        ],
    )
    return 0


def _claims(args: argparse.Namespace) -> int:
    with _open(args) as kb:
        rows = kb.claims(about=args.about, limit=args.limit)
    _emit(
        args,
        rows,
        [
            ("published", lambda r: r.published),
            ("value", lambda r: _number(r.value)),
            ("unit", lambda r: r.unit or ""),
            ("about", lambda r: r.about or ""),
            ("source", lambda r: r.source or ""),
            ("text", lambda r: r.text),
            ("outlet", lambda r: r.outlet or ""),
        ],
    )
    return 0


def _clusters(args: argparse.Namespace) -> int:
    with _open(args) as kb:
        rows = kb.clusters(
            speaker=args.speaker,
            min_size=args.min_size,
            min_outlets=args.min_outlets,
            limit=args.limit,
        )
    _emit(
        args,
        rows,
        [
            ("size", lambda r: r.size),
            ("outlets", lambda r: r.outlets),
            ("first seen", lambda r: r.first_seen),
            ("first outlet", lambda r: r.first_outlet or ""),
            ("sources", lambda r: ", ".join(sorted({s["outlet"] or "?" for s in r.sources}))),
            ("speaker", lambda r: r.speaker or ""),
            ("quote", lambda r: r.text),
        ],
    )
    return 0


def _show(args: argparse.Namespace) -> int:
    with _open(args) as kb:
        art = kb.article(args.article_id)
    if args.json:
        print(json.dumps(art, ensure_ascii=False))
        return 0
    dup = f"  (near-duplicate of {art['duplicate_of']})" if art["duplicate_of"] else ""
    print(f"{art['id']}  {art['date']}  {art['outlet'] or ''}{dup}")
    if art["title"]:
        print(art["title"])
    where = art["path"] or ""
    print(f"from {where}" + (f":{art['line']}" if art["line"] else ""))
    print()
    print(
        _table(
            ["said", "speaker", "kind", "quote", "offsets"],
            [
                [q["date"], q["speaker"] or "", q["kind"], q["text"], f"{q['start']}-{q['end']}"]
                for q in art["quotes"]
            ],
        )
    )
    print()
    print(
        _table(
            ["entity", "type", "mentions", "roles"],
            [
                [e["name"], e["type"], len(e["mentions"]), "; ".join(e["roles"])]
                for e in art["entities"]
            ],
        )
    )
    if art["claims"]:
        print()
        print(
            _table(
                ["claim", "value", "unit", "about", "source"],
                [
                    [
                        c["text"],
                        _number(c["value"]),
                        c["unit"] or "",
                        c["about"] or "",
                        c["source"] or "",
                    ]
                    for c in art["claims"]
                ],
            )
        )
    return 0


def _export(args: argparse.Namespace) -> int:
    from dateline.kb import KnowledgeBase

    with KnowledgeBase(args.db) as kb:
        written = kb.export(args.out, args.format)
    for table, path in written.items():
        print(f"{table}\t{path}")
    return 0


# -- output --------------------------------------------------------------------------------


def _emit(
    args: argparse.Namespace, rows: Sequence[Any], cols: list[tuple[str, Callable[[Any], Any]]]
) -> None:
    if args.json:
        for r in rows:
            print(json.dumps(r.to_json(), ensure_ascii=False))
        return
    if not rows:
        print("(nothing found)")
        return
    print(_table([c for c, _ in cols], [[fn(r) for _, fn in cols] for r in rows]))


def _table(headers: list[str], rows: list[list[Any]], width: int | None = None) -> str:
    """A plain-text table fitted to the terminal: the widest column is cut with an ellipsis."""
    width = width or shutil.get_terminal_size((120, 24)).columns
    cells = [[_flat(c) for c in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    while sum(widths) + 2 * (len(widths) - 1) > width:
        i = widths.index(max(widths))
        if widths[i] <= 12:
            break
        widths[i] -= 1
    lines = [
        "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    for r in cells:
        lines.append("  ".join(_fit(c, w) for c, w in zip(r, widths, strict=True)).rstrip())
    return "\n".join(lines)


def _number(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.6g}"


def _flat(value: Any) -> str:
    return " ".join(str(value).split())


def _fit(text: str, width: int) -> str:
    return text.ljust(width) if len(text) <= width else text[: width - 1] + "…"
