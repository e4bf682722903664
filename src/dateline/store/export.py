"""Export every table of the store as JSON Lines, CSV or Parquet (one file per table)."""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from dateline.errors import StoreError

FORMATS = ("jsonl", "csv", "parquet")
# the tables a user reads; LSH bands, signatures and FTS internals are left out
TABLES = (
    "articles",
    "entities",
    "aliases",
    "roles",
    "mentions",
    "quotes",
    "quote_about",
    "quote_clusters",
    "claims",
    "timexes",
    "failures",
)
_SKIP_COLUMNS = frozenset({"signature"})
_CHUNK = 10_000


def export(conn: sqlite3.Connection, out_dir: str | Path, fmt: str = "jsonl") -> dict[str, Path]:
    """Write each table to ``out_dir/TABLE.FMT``; return the files written, by table."""
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError as exc:
            raise StoreError(
                "parquet export needs pyarrow: pip install 'dateline[parquet]'"
            ) from exc
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    for table in TABLES:
        path = out / f"{table}.{fmt}"
        declared = _columns(conn, table)
        columns = [c for c, _ in declared]
        rows = _rows(conn, table, columns)
        if fmt == "jsonl":
            _jsonl(path, columns, rows)
        elif fmt == "csv":
            _csv(path, columns, rows)
        else:
            _parquet(path, columns, [t for _, t in declared], rows)
        written[table] = path
    return written


def _columns(conn: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    cols = [(r[1], r[2]) for r in conn.execute(f"PRAGMA table_info({table})")]
    return [c for c in cols if c[0] not in _SKIP_COLUMNS]


def _rows(conn: sqlite3.Connection, table: str, columns: list[str]) -> Iterator[tuple[Any, ...]]:
    sql = "SELECT " + ", ".join(f'"{c}"' for c in columns) + f" FROM {table}"
    cur = conn.execute(sql)
    while chunk := cur.fetchmany(_CHUNK):
        yield from chunk


def _jsonl(path: Path, columns: list[str], rows: Iterator[tuple[Any, ...]]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False))
            f.write("\n")


def _csv(path: Path, columns: list[str], rows: Iterator[tuple[Any, ...]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(columns)
        w.writerows(rows)


def _parquet(
    path: Path, columns: list[str], types: list[str], rows: Iterator[tuple[Any, ...]]
) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    kinds = {"TEXT": pa.string(), "INTEGER": pa.int64(), "REAL": pa.float64()}
    schema = pa.schema(
        [(c, kinds.get(t.upper(), pa.string())) for c, t in zip(columns, types, strict=True)]
    )
    with pq.ParquetWriter(str(path), schema) as writer:
        while True:
            chunk = [r for _, r in zip(range(_CHUNK), rows, strict=False)]
            if not chunk:
                break
            cols = list(zip(*chunk, strict=True))
            writer.write_table(
                pa.Table.from_arrays(
                    [pa.array(col, type=f.type) for col, f in zip(cols, schema, strict=True)],
                    schema=schema,
                )
            )
