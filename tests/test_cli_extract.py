"""`dateline extract`: the output contract and bad input, through the real CLI entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.cli import main
from dateline.extract import pipeline
from dateline.model import Article

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[1]
CONTRACT_KEYS = {
    "id",
    "date",
    "title",
    "url",
    "source",
    "text",
    "quotes",
    "entities",
    "claims",
    "timexes",
}


def _lines(out: str) -> list[dict]:  # type: ignore[type-arg]
    lines = out.split("\n")
    assert all("\u2028" not in line for line in lines)
    return [json.loads(line) for line in lines if line.strip()]


def test_samples_follow_the_contract(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(ROOT / "samples")]) == 0
    docs = _lines(capsys.readouterr().out)
    assert len(docs) == 5
    for doc in docs:
        assert doc.keys() >= CONTRACT_KEYS
        text = doc["text"]
        for q in doc["quotes"]:
            assert q["kind"] in {"direct", "indirect", "mixed"}
            assert text[q["start"] : q["end"]] == q["text"]
            if q["speaker"]:
                m, p = q["speaker"]["mention"], q["speaker"]["phrase"]
                assert text[m["start"] : m["end"]] == m["text"]
                assert text[p["start"] : p["end"]] == p["text"]  # the whole source phrase
                assert p["start"] <= m["start"] and m["end"] <= p["end"]
        for key in ("claims", "timexes"):
            for item in doc[key]:
                assert text[item["start"] : item["end"]] == item["text"]
    assert any(q["speaker"] for doc in docs for q in doc["quotes"])


def test_jsonl_text_is_printed_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = '  Odd\u2028spacing stays.\n\n"We will look at it," Jane Doe said.  '
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "a1", "date": "2025-01-02", "text": text}) + "\n", "utf-8")
    assert main(["extract", str(path)]) == 0
    (doc,) = _lines(capsys.readouterr().out)
    assert doc["text"] == text and doc["id"] == "a1"
    assert doc["quotes"][0]["speaker"]["name"] == "Jane Doe"


def test_bad_record_names_file_and_line_and_the_rest_go_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "mixed.jsonl"
    good = {"id": "ok", "date": "2025-01-02", "text": "The mayor said the bridge would reopen."}
    path.write_text(json.dumps(good) + "\n{not json\n" + json.dumps({**good, "id": "ok2"}) + "\n")
    assert main(["extract", str(path)]) == 2
    captured = capsys.readouterr()
    assert [d["id"] for d in _lines(captured.out)] == ["ok", "ok2"]
    assert f"{path}:2" in captured.err


def test_plain_text_without_a_date_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "story.txt"
    path.write_text("The mayor said the bridge would reopen.\n", "utf-8")
    assert main(["extract", str(path)]) == 2
    err = capsys.readouterr().err
    assert str(path) in err and "date" in err


def test_a_failing_article_is_reported_and_the_rest_extracted(
    extractor: pipeline.Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime as dt

    real = pipeline.extract_doc

    def flaky(doc, article):  # type: ignore[no-untyped-def]
        if article.id == "bad":
            raise ValueError("boom")
        return real(doc, article)

    monkeypatch.setattr(pipeline, "extract_doc", flaky)
    day = dt.date(2025, 1, 2)
    articles = [
        Article(i, day, "The mayor said the bridge would reopen.") for i in ("a", "bad", "b")
    ]
    failed: list[tuple[str, str]] = []
    done = extractor.extract(articles, on_error=lambda a, e: failed.append((a.id, str(e))))
    assert [x.article.id for x in done] == ["a", "b"]
    assert failed == [("bad", "boom")]
    with pytest.raises(ValueError, match="boom"):
        list(extractor.extract(articles))
