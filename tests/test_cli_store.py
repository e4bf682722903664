"""The store commands: a thin layer, tables by default, JSON Lines with --json."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from dateline.cli import main
from dateline.model import Article, Extraction, Quote
from dateline.store.sample import build, demo_docs
from dateline.store.writer import Writer


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("cli") / "cli.db"
    with Writer(path) as w:
        w.write(build(d) for d in demo_docs())
    return str(path)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def jsonl(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


def test_quotes_table_and_json(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "quotes", "--db", db, "--speaker", "Kallas")
    assert code == 0
    header, rule, *rows = out.splitlines()
    assert header.split() == ["date", "speaker", "quote", "outlet", "article"]
    assert set(rule) <= {"-", " "} and len(rows) == 5
    code, out, _ = run(capsys, "quotes", "--db", db, "--speaker", "Kallas", "--json")
    records = jsonl(out)
    assert len(records) == 5 and {r["speaker"] for r in records} == {"Kaja Kallas"}


def test_quotes_filters(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(
        capsys, "quotes", "--db", db, "--about", "Russia", "--since", "2025-09-04", "--json"
    )
    assert [r["outlet"] for r in jsonl(out)] == ["politico"]
    _, out, _ = run(
        capsys, "quotes", "--db", db, "--search", "foreign troops", "--until", "2025-09-05"
    )
    assert "score" in out.splitlines()[0] and "Dmitry Peskov" in out
    _, out, _ = run(capsys, "quotes", "--db", db, "--speaker", "Nobody")
    assert out.strip() == "(nothing found)"


def test_speakers(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "speakers", "--db", db, "--json", "--limit", "2")
    assert [r["name"] for r in jsonl(out)] == ["Kaja Kallas", "Dmitry Peskov"]
    _, out, _ = run(capsys, "speakers", "--db", db)
    assert out.splitlines()[2].startswith("Kaja Kallas")


def test_timeline(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "timeline", "Kaja Kallas", "--db", db, "--json")
    dates = [r["date"] for r in jsonl(out)]
    assert dates == sorted(dates) and len(dates) == 5
    code, _, err = run(capsys, "timeline", "Nobody Atall", "--db", db)
    assert code == 2 and "no speaker or entity called 'Nobody Atall'" in err


def test_claims_and_clusters(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "claims", "--db", db, "--about", "Russia", "--json")
    assert [r["text"] for r in jsonl(out)] == ["880,000 troops"]
    _, out, _ = run(capsys, "clusters", "--db", db, "--json")
    sizes = sorted(r["size"] for r in jsonl(out))
    assert sizes == [2, 3]


def test_show(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "quotes", "--db", db, "--speaker", "Russia", "--json")
    aid = jsonl(out)[0]["article_id"]
    assert isinstance(aid, str)
    code, out, _ = run(capsys, "show", aid[:6], "--db", db)
    assert code == 0 and out.startswith(aid) and "pointless theatre" in out and "Russia" in out
    _, out, _ = run(capsys, "show", aid, "--db", db, "--json")
    assert json.loads(out)["outlet"] == "kyiv-independent"
    code, _, err = run(capsys, "show", "zzzzzz", "--db", db)
    assert code == 2 and "no article" in err


def test_missing_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "speakers", "--db", str(tmp_path / "none.db"))
    assert code == 2 and "no such database" in err


def test_export(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_dir = tmp_path / "exp"
    code, out, _ = run(capsys, "export", "--db", db, "--format", "csv", "--out", str(out_dir))
    assert code == 0 and "quotes\t" in out
    assert (out_dir / "quotes.csv").read_text().startswith("qid,id,article_id")


class _Fake:
    def extract(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        for a in articles:
            yield self.extract_one(a)

    def extract_one(self, a: Article) -> Extraction:
        s = a.text.find('"')
        e = a.text.find('"', s + 1)
        return Extraction(a, (Quote("direct", a.text[s + 1 : e], s + 1, e),))


def test_ingest_then_failures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import dateline.extract.pipeline as pipeline

    monkeypatch.setattr(pipeline, "Extractor", _Fake)
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "1", "date": "2025-01-02", "text": 'He said "yes, we can" loudly.'})
        + "\n{broken\n"
    )
    db = str(tmp_path / "kb.db")
    code, out, err = run(capsys, "ingest", str(src), "--db", db)
    assert code == 0
    assert out.splitlines()[0].startswith("read 1 articles: stored 1 (1 quotes")
    assert f"recorded failure: {src}:2: " in err
    assert "dateline failures" in out
    code, out, _ = run(capsys, "ingest", str(src), "--db", db, "--quiet")
    assert "stored 0" in out and "skipped 1" in out
    _, out, _ = run(capsys, "failures", "--db", db, "--json")
    (failure,) = jsonl(out)
    assert failure["line"] == 2 and failure["stage"] == "read" and failure["reason"]
    _, out, _ = run(capsys, "quotes", "--db", db, "--search", "we can", "--json")
    assert [r["text"] for r in jsonl(out)] == ["yes, we can"]


def test_ingest_bad_date_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "ingest", "x.txt", "--db", str(tmp_path / "d.db"), "--date", "May 1")
    assert code == 2 and "bad date 'May 1'" in err
