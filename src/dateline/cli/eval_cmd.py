"""``dateline eval``: score extraction on annotated news (see ../shared/datasets/README.md)."""

from __future__ import annotations

import argparse
import importlib
import json

#: dataset name -> module in dateline.eval exposing run(path, model=, limit=) and format_report
SUITES = {
    "polnear": "dateline.eval.polnear",
    "polnear-agreement": "dateline.eval.agreement",
    "timeml": "dateline.eval.timeml",
    "meantime": "dateline.eval.meantime",
    "numbers": "dateline.eval.numbers",
    "entities": "dateline.eval.entities",
    "reuters-speakers": "dateline.eval.reuters_speakers",
}

EXAMPLE = """example:
  dateline eval polnear ../shared/datasets/polnear/dev
  dateline eval polnear ../shared/datasets/polnear/train --json --errors   (what was missed)
  dateline eval polnear-agreement ../shared/datasets/polnear/train   (annotators vs each other)
  dateline eval timeml ../shared/datasets/timebank/TBAQ-cleaned --json
  dateline eval meantime ../shared/datasets/meantime --limit 20   (time, numbers, entities)
  dateline eval entities ../shared/datasets/meantime --json --errors
  dateline eval numbers ../shared/datasets/meantime
  dateline eval reuters-speakers ../shared/datasets/reuters21578   ("it", "the company" named)
"""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "eval",
        help="score extraction on an annotated dataset",
        description="Score dateline on an annotated dataset and print precision, recall and F1.",
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("dataset", choices=sorted(SUITES), help="which annotation scheme DIR holds")
    p.add_argument("path", metavar="DIR", help="the dataset folder (or split, e.g. polnear/dev)")
    p.add_argument("--limit", type=int, help="score only the first N documents")
    p.add_argument("--model", help="spaCy pipeline to use")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument(
        "--errors", action="store_true", help="with --json, keep the per-item error lists"
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    module = importlib.import_module(SUITES[args.dataset])
    report = module.run(args.path, model=args.model, limit=args.limit)
    if args.json:
        if not args.errors:
            report.pop("errors", None)
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print(module.format_report(report))
    return 0
