"""The exception tree. The library raises; only the CLI turns errors into messages."""

from __future__ import annotations


class PantauError(Exception):
    """Base of every error pantau raises on purpose."""


class InputError(PantauError):
    """An input that cannot be read as an article; names the file and the problem."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class StoreError(PantauError):
    """The store cannot be opened or is of an unknown schema version."""


class GoldError(PantauError):
    """A gold or prediction file that does not follow GOLD.md."""
