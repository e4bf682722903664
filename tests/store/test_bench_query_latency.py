"""The query-latency benchmark still runs (on a tiny store: this is not a timing test)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from dateline.store.sample import build, demo_docs
from dateline.store.writer import Writer

BENCH = Path(__file__).resolve().parents[2] / "bench" / "query_latency.py"


def test_bench_builds_copies_and_prints_one_line_per_query(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = importlib.util.spec_from_file_location("query_latency", BENCH)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    seed = tmp_path / "seed.db"
    with Writer(seed) as w:
        w.write(build(d) for d in demo_docs())
    base = bench.load_extractions(seed)
    assert len(base) == 4  # the wire copy is left out
    assert [q.text for q in base[0].quotes] == [q.text for q in demo_docs()[0].quotes]
    out_db = tmp_path / "bench.db"
    bench.main(
        ["--seed", str(seed), "--db", str(out_db), "--quotes", "40", "--runs", "3", "--batch", "4"]
    )
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 6 and all(line.startswith("query_latency ") for line in lines)
    with Writer(out_db) as w:
        n_quotes, n_articles = w.conn.execute(
            "SELECT count(*), count(DISTINCT article_id) FROM quotes"
        ).fetchone()
        assert n_quotes >= 40
        # every copy is its own article, with offsets still pointing at its quotes
        bad = w.conn.execute(
            "SELECT count(*) FROM quotes q JOIN articles a ON a.id = q.article_id "
            'WHERE substr(a.text, q.start + 1, q."end" - q.start) != q.text'
        ).fetchone()[0]
        assert bad == 0 and n_articles > 4
