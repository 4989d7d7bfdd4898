"""Language data tables: the language knowledge lives in files, not code.

Each language is a folder (``lang/id/``) of plain-text tables. A ``.txt`` table
is one entry per line; a ``.tsv`` table is tab-separated columns. Lines that
start with ``#`` and blank lines are comments. Tables are read once and cached.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


def _path(lang: str, name: str):
    return resources.files("pantau.lang").joinpath(lang, name)


def _lines(lang: str, name: str) -> list[str]:
    text = _path(lang, name).read_text(encoding="utf-8")
    return [
        line.rstrip("\n\r")
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    ]


@cache
def words(lang: str, name: str) -> tuple[str, ...]:
    """The entries of a one-per-line ``.txt`` table, in file order."""
    return tuple(line.strip() for line in _lines(lang, name))


@cache
def rows(lang: str, name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a ``.tsv`` table, each a tuple of stripped cells."""
    return tuple(tuple(cell.strip() for cell in line.split("\t")) for line in _lines(lang, name))


@cache
def mapping(lang: str, name: str) -> dict[str, str]:
    """A two-column ``.tsv`` table as a dict from first to second column."""
    return {row[0]: row[1] for row in rows(lang, name)}


@cache
def document(lang: str, name: str) -> Any:
    """A ``.json`` table."""
    return json.loads(_path(lang, name).read_text(encoding="utf-8"))


def available() -> list[str]:
    """The language codes that have a data folder."""
    root = resources.files("pantau.lang")
    return sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("_"))
