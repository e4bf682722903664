"""dateline's exceptions. The library raises these; only the CLI turns them into messages."""

from __future__ import annotations


class DatelineError(Exception):
    """Base class of every error dateline raises on purpose."""


class InputError(DatelineError):
    """An input file or record cannot be read as an article.

    The message names the file, the line (when there is one) and the problem.
    """

    def __init__(self, path: str, problem: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.problem = problem
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {problem}")


class ModelError(DatelineError):
    """No usable spaCy pipeline is installed."""


class StoreError(DatelineError):
    """The store cannot be opened or written."""
