"""The ``dateline`` command: a thin layer over the library.

Each command module exposes ``register(subparsers)``, which adds its sub-commands and sets
``func`` on each: ``func(args) -> int`` (the exit code). Library errors (DatelineError) are turned
into one-line messages here, and nowhere else.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from dateline import __version__
from dateline.errors import DatelineError


def build_parser() -> argparse.ArgumentParser:
    from dateline.cli import eval_cmd, extract_cmd, store_cmds

    parser = argparse.ArgumentParser(
        prog="dateline",
        description="Who said what, when: quotes, speakers, claims, entities and time "
        "from dated news articles.",
    )
    parser.add_argument("--version", action="version", version=f"dateline {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    extract_cmd.register(sub)
    eval_cmd.register(sub)
    store_cmds.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.func(args)
    except DatelineError as exc:
        print(f"dateline: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `dateline extract ... | head`
        return 0
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
