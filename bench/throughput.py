"""Throughput of dateline's extraction against bare spaCy, on Reuters-21578 newswire.

    .venv/bin/python bench/throughput.py [--limit 2000] [--batch-size 32] [--model NAME]

Both are measured in one process on the same articles, with the same loaded pipeline and batch
size, after a warm-up over the first articles: bare spaCy is ``nlp.pipe`` over the texts,
dateline is ``Extractor.extract`` (spaCy plus every rule stage). The articles are run in rounds
that alternate which of the two goes first. Speeds are words (whitespace-separated) per second
of this process's CPU time, which a busy shared machine disturbs far less than wall-clock time;
the wall-clock ratio is printed too, as wall_ratio. Prints one line::

    throughput: articles=2000 words=… spacy=… w/s dateline=… w/s ratio=0.87 wall_ratio=0.86

where ratio = dateline / spacy (1.0 would mean the rule stages cost nothing).
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from dateline.extract.pipeline import Extractor, Options
from dateline.ingest.reuters import read_reuters

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "reuters21578"


class Clock:
    """Accumulates CPU time of this process (robust to a busy shared machine) and wall time."""

    def __init__(self) -> None:
        self.cpu = 0.0
        self.wall = 0.0

    def __enter__(self) -> None:
        self._cpu, self._wall = time.process_time(), time.perf_counter()

    def __exit__(self, *exc: object) -> None:
        self.cpu += time.process_time() - self._cpu
        self.wall += time.perf_counter() - self._wall


def _drain(items: Iterable[object]) -> None:
    for _ in items:
        pass


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--limit", type=int, default=2000, help="articles to process (default 2000)")
    ap.add_argument("--data", default=str(DEFAULT_DATA), help="Reuters-21578 folder of .sgm files")
    ap.add_argument("--model", help="spaCy pipeline name (default: see dateline.extract.nlp)")
    ap.add_argument("--batch-size", type=int, default=Options().batch_size)
    ap.add_argument("--warmup", type=int, default=50, help="articles run first, untimed")
    ap.add_argument(
        "--round", type=int, default=256, help="articles per alternating round (default 256)"
    )
    args = ap.parse_args(argv)

    if not Path(args.data).is_dir():
        print(f"throughput: no Reuters-21578 data at {args.data} (use --data)", file=sys.stderr)
        return 2
    articles = list(read_reuters([args.data], limit=args.limit))
    if not articles:
        print(f"throughput: no articles with a body in {args.data}", file=sys.stderr)
        return 2
    words = sum(len(a.text.split()) for a in articles)

    extractor = Extractor(Options(model=args.model, batch_size=args.batch_size))
    nlp = extractor.nlp  # the very pipeline the extractor runs: same components, same settings
    bs = args.batch_size
    warm = articles[: args.warmup]
    _drain(nlp.pipe([a.text for a in warm], batch_size=bs))
    _drain(extractor.extract(warm))

    spacy_time = Clock()
    dateline_time = Clock()
    for i, start in enumerate(range(0, len(articles), args.round)):
        chunk = articles[start : start + args.round]
        runs = [
            (spacy_time, lambda c=chunk: _drain(nlp.pipe([a.text for a in c], batch_size=bs))),
            (dateline_time, lambda c=chunk: _drain(extractor.extract(c))),
        ]
        # alternate who goes first, so neither always meets new words (and a busy
        # neighbour) first
        for clock, run in runs if i % 2 == 0 else runs[::-1]:
            gc.collect()
            with clock:
                run()

    spacy_wps = words / spacy_time.cpu
    dateline_wps = words / dateline_time.cpu
    wall_ratio = spacy_time.wall / dateline_time.wall
    print(
        f"throughput: articles={len(articles)} words={words} spacy={spacy_wps:.0f} w/s "
        f"dateline={dateline_wps:.0f} w/s ratio={dateline_wps / spacy_wps:.2f} "
        f"wall_ratio={wall_ratio:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
