"""A store's content, for comparing two stores built from the same input."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

TIMESTAMPS = {"ingested_at", "recorded_at"}


def store_tables(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table as a sorted list of rows, JSON cells with sorted keys, timestamps left out.

    Insertion order and the key order of JSON objects follow Python's string
    hashing, which differs between processes; the store's content does not.
    Full-text index tables are left out: they are derived from the articles.
    """
    conn = sqlite3.connect(path)
    try:
        names = [
            row[0]
            for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not row[0].startswith("sqlite_") and "_fts" not in row[0]
        ]
        tables = {}
        for name in names:
            info = conn.execute(f"PRAGMA table_info({name})")
            columns = [row[1] for row in info if row[1] not in TIMESTAMPS]
            rows = conn.execute(f"SELECT {', '.join(columns)} FROM {name}").fetchall()
            tables[name] = sorted((tuple(_cell(value) for value in row) for row in rows), key=repr)
        return tables
    finally:
        conn.close()


def _cell(value: object) -> object:
    if isinstance(value, str) and value[:1] in "{[":
        try:
            return json.dumps(json.loads(value), sort_keys=True)
        except ValueError:
            return value
    return value
