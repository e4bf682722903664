"""Readers: every input format, and every way a record can fail."""

from __future__ import annotations

import builtins
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest

from dateline.errors import InputError
from dateline.ingest import readers
from dateline.ingest.readers import content_id, iter_articles, read_paths
from dateline.model import Article, Origin, ReadFailure

SEED = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "seed"
SAMPLES = Path(__file__).resolve().parents[1] / "samples"
D = dt.date(2025, 9, 4)


def _write(path: Path, content: str | bytes) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return str(path)


def _all(paths: list[str], **kw: Any) -> list[Article | ReadFailure]:
    return list(read_paths(paths, **kw))


def _one_article(paths: list[str], **kw: Any) -> Article:
    items = _all(paths, **kw)
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


def _one_failure(paths: list[str], **kw: Any) -> ReadFailure:
    items = _all(paths, **kw)
    assert len(items) == 1 and isinstance(items[0], ReadFailure), items
    return items[0]


# --- content_id ----------------------------------------------------------------------------


def test_content_id_is_short_hex_and_ignores_whitespace_layout() -> None:
    a = content_id("Kallas  said\nit.", D)
    assert len(a) == 16 and int(a, 16) >= 0
    assert a == content_id("  Kallas said it. ", D)
    assert a != content_id("Kallas said that.", D)
    assert a != content_id("Kallas said it.", D + dt.timedelta(days=1))


# --- JSONL ---------------------------------------------------------------------------------


def test_jsonl_keeps_text_and_fields(tmp_path: Path) -> None:
    text = "  “Quoted,” she said.\u2028Next\u00a0line\r\n\n\nend  "
    rec = {
        "id": "a1",
        "date": "2025-09-04",
        "text": text,
        "title": "T",
        "url": "https://x.test/a",
        "source": "Outlet",
        "lang": "en",
    }
    path = _write(tmp_path / "a.jsonl", json.dumps(rec, ensure_ascii=False) + "\n")
    art = _one_article([path])
    assert art.text == text  # character for character, U+2028 and \r included
    assert (art.id, art.date, art.title, art.url, art.source, art.lang) == (
        "a1",
        D,
        "T",
        "https://x.test/a",
        "Outlet",
        "en",
    )
    assert art.origin == Origin(path, 1)


def test_jsonl_without_id_gets_content_id_and_int_id_becomes_str(tmp_path: Path) -> None:
    lines = [
        json.dumps({"date": "2025-09-04", "text": "One."}),
        json.dumps({"id": 7, "date": "2025-09-04T10:30:00Z", "text": "Two."}),
    ]
    path = _write(tmp_path / "a.jsonl", "\n".join(lines))
    first, second = _all([path])
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.id == content_id("One.", D)
    assert second.id == "7" and second.date == D


def test_jsonl_skips_blank_lines_and_counts_lines(tmp_path: Path) -> None:
    body = "\n" + json.dumps({"id": "x", "date": "2025-09-04", "text": "T"}) + "\n\n"
    path = _write(tmp_path / "a.jsonl", body)
    art = _one_article([path])
    assert art.origin == Origin(path, 2)


def test_jsonl_date_option_fills_only_missing_dates(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": "No date."}),
        json.dumps({"id": "b", "date": "2020-01-02", "text": "Own date."}),
    ]
    path = _write(tmp_path / "a.jsonl", "\n".join(lines))
    a, b = _all([path], date=D)
    assert isinstance(a, Article) and a.date == D
    assert isinstance(b, Article) and b.date == dt.date(2020, 1, 2)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("{not json", "invalid JSON"),
        ("[1, 2]", "expected a JSON object, got an array"),
        ('{"id": "a", "date": "2025-09-04"}', 'no "text" field'),
        ('{"id": "a", "date": "2025-09-04", "text": 5}', '"text" must be a string'),
        ('{"id": "a", "date": "2025-09-04", "text": "  "}', '"text" is empty'),
        ('{"id": "a", "text": "x"}', 'no "date"'),
        ('{"id": "a", "date": "04/09/2025", "text": "x"}', "bad \"date\" '04/09/2025'"),
        ('{"id": "a", "date": "2025-02-30", "text": "x"}', 'bad "date"'),
        ('{"id": "a", "date": 20250904, "text": "x"}', 'bad "date" 20250904'),
        ('{"id": ["a"], "date": "2025-09-04", "text": "x"}', '"id" must be a string'),
        ('{"date": "2025-09-04", "text": "x", "title": 3}', '"title" must be a string or null'),
    ],
)
def test_jsonl_bad_records_fail_with_line_and_reading_goes_on(
    tmp_path: Path, line: str, expected: str
) -> None:
    good = json.dumps({"id": "ok", "date": "2025-09-04", "text": "Fine."})
    path = _write(tmp_path / "a.jsonl", good + "\n" + line + "\n" + good + "\n")
    items = _all([path])
    assert [type(i).__name__ for i in items] == ["Article", "ReadFailure", "Article"]
    failure = items[1]
    assert isinstance(failure, ReadFailure)
    assert failure.origin == Origin(path, 2)
    assert expected in failure.reason
    assert str(failure).startswith(f"{path}:2: ")


def test_missing_date_reason_says_what_to_do(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.jsonl", '{"text": "x"}\n')
    assert "--date" in _one_failure([path]).reason


def test_jsonl_non_utf8_line_fails_alone(tmp_path: Path) -> None:
    good = json.dumps({"id": "ok", "date": "2025-09-04", "text": "Fine."}).encode()
    bad = b'{"id": "b", "date": "2025-09-04", "text": "caf\xe9"}'
    path = _write(tmp_path / "a.jsonl", good + b"\n" + bad + b"\n" + good)
    items = _all([path])
    assert [type(i).__name__ for i in items] == ["Article", "ReadFailure", "Article"]
    failure = items[1]
    assert isinstance(failure, ReadFailure) and failure.origin.line == 2
    assert "not UTF-8" in failure.reason and "0xe9" in failure.reason


def test_jsonl_utf8_bom_is_accepted(tmp_path: Path) -> None:
    rec = json.dumps({"id": "a", "date": "2025-09-04", "text": "x"})
    path = _write(tmp_path / "a.jsonl", b"\xef\xbb\xbf" + rec.encode())
    assert _one_article([path]).id == "a"


# --- stdin -----------------------------------------------------------------------------------


def test_stdin_dash_reads_jsonl() -> None:
    stream = io.StringIO(
        json.dumps({"id": "s", "date": "2025-09-04", "text": "From stdin."}) + "\n{oops\n"
    )
    art, failure = _all(["-"], stdin=stream)
    assert isinstance(art, Article) and art.text == "From stdin."
    assert art.origin == Origin("<stdin>", 1)
    assert isinstance(failure, ReadFailure) and failure.origin == Origin("<stdin>", 2)


def test_stdin_with_binary_buffer_reports_bad_bytes() -> None:
    raw = b'{"id": "s", "date": "2025-09-04", "text": "\xff"}\n'
    stream = io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8")
    failure = _one_failure(["-"], stdin=stream)
    assert "not UTF-8" in failure.reason and failure.origin == Origin("<stdin>", 1)


# --- dated text -------------------------------------------------------------------------------


def test_dated_text_header_on_its_own_line(tmp_path: Path) -> None:
    body = "First paragraph, said X.\n\n“Second,” she said.\n"
    path = _write(tmp_path / "a.txt", "\n  date 2025-09-04\n\n" + body + "\n\n")
    art = _one_article([path])
    assert art.date == D
    assert art.text == body.strip()
    assert art.paragraphs() == [(0, 24), (26, 45)]
    assert art.id == content_id(art.text, D)
    assert art.origin == Origin(path, 2)


def test_dated_text_header_followed_by_article_on_same_line(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.txt", " date 2025-09-04 A strong army, she said.\n\nMore.")
    art = _one_article([path])
    assert art.text == "A strong army, she said.\n\nMore."


def test_dated_text_header_wins_over_date_option(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.txt", "date 2020-01-02\nText.")
    assert _one_article([path], date=D).date == dt.date(2020, 1, 2)


def test_dated_text_crlf_becomes_lf(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.txt", b"date 2025-09-04\r\nOne.\r\n\r\nTwo.\r\n")
    assert _one_article([path]).text == "One.\n\nTwo."


def test_plain_text_needs_date_option(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.txt", "Date palms grew, officials said.\n")
    failure = _one_failure([path])
    assert failure.origin == Origin(path, 1)
    assert "no date" in failure.reason and "--date" in failure.reason
    art = _one_article([path], date=D)
    assert art.text == "Date palms grew, officials said." and art.date == D


@pytest.mark.parametrize("header", ["date 2025-13-01", "date 2025-9-4", "date 2025-09-04T10:00"])
def test_dated_text_bad_header_date(tmp_path: Path, header: str) -> None:
    path = _write(tmp_path / "a.txt", "\n\n" + header + "\nText.")
    failure = _one_failure([path], date=D)
    assert failure.origin == Origin(path, 3)
    assert "bad date" in failure.reason and "YYYY-MM-DD" in failure.reason


def test_dated_text_with_only_a_header_fails(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.txt", "date 2025-09-04\n\n")
    assert "no article text" in _one_failure([path]).reason


def test_text_not_utf8_names_the_line(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.txt", b"date 2025-09-04\nok\ncaf\xe9\n")
    failure = _one_failure([path])
    assert failure.origin == Origin(path, 3) and "not UTF-8" in failure.reason


@pytest.mark.skipif(not SEED.is_dir(), reason="../shared/fixtures absent")
def test_seed_article_reads_with_expected_paragraphs() -> None:
    art = _one_article([str(SEED / "kallas-2025-09-04.txt")])
    expected = json.loads((SEED / "kallas-2025-09-04.expected.json").read_text("utf-8"))
    assert art.date.isoformat() == expected["document"]["date"]
    assert len(art.paragraphs()) == expected["document"]["paragraphs"]
    assert art.text.startswith("A strong Ukrainian military")


# --- HTML ------------------------------------------------------------------------------------

PAGE = """<!doctype html><html lang="en-GB"><head>
<title>Site | Headline</title>
<meta property="og:title" content="Headline here">
<meta property="og:site_name" content="The Courier">
<meta property="og:url" content="https://courier.test/a">
<meta property="article:published_time" content="2025-09-04T08:00:00+02:00">
<style>p { color: red }</style><script>var x = "<p>no</p>";</script>
</head><body><nav><p>Home | World</p></nav>
<article><h1>Headline here</h1>
<p>The minister said the plan &amp; its budget were <em>final</em>.</p>
<p>“We will not wait,” she said.
   Talks resume on Monday.</p></article>
<footer><p>© The Courier</p></footer></body></html>"""

PARAS = [
    "The minister said the plan & its budget were final.",
    "“We will not wait,” she said. Talks resume on Monday.",
]


@pytest.fixture
def no_trafilatura(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def fake_import(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "trafilatura":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)


@pytest.mark.usefixtures("no_trafilatura")
def test_html_fallback_keeps_paragraphs_and_meta(tmp_path: Path) -> None:
    path = _write(tmp_path / "page.html", PAGE)
    art = _one_article([path])
    assert art.text == "\n\n".join(PARAS)
    assert art.date == D
    assert (art.title, art.source, art.url, art.lang) == (
        "Headline here",
        "The Courier",
        "https://courier.test/a",
        "en",
    )
    assert art.id == content_id(art.text, D)


@pytest.mark.usefixtures("no_trafilatura")
@pytest.mark.parametrize(
    "head",
    [
        '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", '
        '"datePublished": "2025-09-04T06:00:00Z"}]}</script>',
        '<meta itemprop="datePublished" content="2025-09-04">',
        '<meta name="date" content="2025-09-04">',
    ],
)
def test_html_date_from_other_meta(tmp_path: Path, head: str) -> None:
    path = _write(tmp_path / "p.htm", f"<html><head>{head}</head><body><p>Text.</p></body></html>")
    assert _one_article([path]).date == D


@pytest.mark.usefixtures("no_trafilatura")
def test_html_date_option_wins_and_missing_date_fails(tmp_path: Path) -> None:
    path = _write(tmp_path / "p.html", PAGE)
    assert _one_article([path], date=dt.date(2001, 1, 1)).date == dt.date(2001, 1, 1)
    undated = _write(tmp_path / "u.html", "<html><body><p>Text.</p></body></html>")
    failure = _one_failure([undated])
    assert "no publication date" in failure.reason and "--date" in failure.reason


@pytest.mark.usefixtures("no_trafilatura")
def test_html_without_p_uses_blocks_and_empty_page_fails(tmp_path: Path) -> None:
    path = _write(tmp_path / "p.html", "<body><div>One.</div><div>Two<br>Three</div></body>")
    assert _one_article([path], date=D).text == "One.\n\nTwo\n\nThree"
    empty = _write(tmp_path / "e.html", "<html><body><script>x()</script></body></html>")
    assert "no article text" in _one_failure([empty], date=D).reason


@pytest.mark.usefixtures("no_trafilatura")
def test_html_declared_charset_and_undecodable_bytes(tmp_path: Path) -> None:
    latin = '<meta charset="iso-8859-1"><p>Caf\xe9 said.</p>'.encode("latin-1")
    path = _write(tmp_path / "l.html", latin)
    assert _one_article([path], date=D).text == "Café said."
    bad = _write(tmp_path / "b.html", b"<p>caf\xe9</p>")
    assert "not UTF-8" in _one_failure([bad], date=D).reason


def test_html_with_trafilatura_when_installed(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    path = _write(tmp_path / "page.html", PAGE)
    art = _one_article([path])
    assert art.date == D
    assert "We will not wait" in art.text and "© The Courier" not in art.text
    assert "\n\n" in art.text


# --- directories, unknown and unreadable files -------------------------------------------------


def test_directory_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    _write(tmp_path / "b.txt", "date 2025-09-04\nB.")
    _write(tmp_path / "a" / "z.jsonl", json.dumps({"id": "z", "date": "2025-09-04", "text": "Z"}))
    _write(tmp_path / "a" / "notes.md", "ignored")
    _write(tmp_path / ".hidden" / "h.txt", "date 2025-09-04\nH.")
    _write(tmp_path / "c.HTML", "<p>C.</p>")
    items = _all([str(tmp_path)], date=D)
    assert all(isinstance(i, Article) for i in items), items
    assert [i.text for i in items if isinstance(i, Article)] == ["Z", "B.", "C."]


def test_unknown_extension_named_explicitly_fails(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.docx", "x")
    failure = _one_failure([path], date=D)
    assert "unknown file kind '.docx'" in failure.reason and ".jsonl" in failure.reason


def test_missing_file_fails_and_next_path_is_read(tmp_path: Path) -> None:
    good = _write(tmp_path / "g.txt", "date 2025-09-04\nG.")
    missing = str(tmp_path / "missing.txt")
    items = _all([missing, good, str(tmp_path / "missing.jsonl")])
    assert [type(i).__name__ for i in items] == ["ReadFailure", "Article", "ReadFailure"]
    assert isinstance(items[0], ReadFailure) and "no such file" in items[0].reason


@pytest.mark.parametrize("name", ["locked.txt", "locked.jsonl"])
def test_unreadable_file_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    path = _write(tmp_path / name, "date 2025-09-04\nx")
    real_open = builtins.open

    def fake_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if str(file) == path:
            raise PermissionError(13, "Permission denied", path)
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", fake_open)
    assert "permission denied" in _one_failure([path]).reason


# --- strict reading ----------------------------------------------------------------------------


def test_iter_articles_raises_input_error_with_file_line_and_problem(tmp_path: Path) -> None:
    good = json.dumps({"id": "ok", "date": "2025-09-04", "text": "Fine."})
    path = _write(tmp_path / "a.jsonl", good + "\n{bad\n")
    it = iter_articles([path])
    assert next(it).id == "ok"
    with pytest.raises(InputError) as info:
        next(it)
    assert info.value.path == path and info.value.line == 2
    assert "invalid JSON" in info.value.problem
    assert str(info.value).startswith(f"{path}:2: invalid JSON")


def test_iter_articles_without_failures_yields_articles(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.txt", "date 2025-09-04\nA.")
    assert [a.text for a in iter_articles([path])] == ["A."]


def test_samples_read_cleanly() -> None:
    items = _all([str(SAMPLES)])
    assert all(isinstance(i, Article) for i in items), [str(i) for i in items]
    assert len(items) == 5
    jsonl = [i for i in items if isinstance(i, Article) and i.id.startswith("sample-")]
    assert len(jsonl) == 2 and all(a.title and a.source == "dateline samples" for a in jsonl)
    assert all(len(i.paragraphs()) >= 4 for i in items if isinstance(i, Article))


def test_module_lists_all_suffixes() -> None:
    assert set(readers.SUFFIXES) == {".jsonl", ".txt", ".html", ".htm"}
