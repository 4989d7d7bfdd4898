"""Read-only connections to a store, one per request, beside the store's one writer.

SQLite in WAL mode lets readers run while ``pantau run`` writes; opening with
``mode=ro`` makes sure the server can never change the store.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

from pantau.errors import StoreError
from pantau.store.schema import SCHEMA_VERSION


def connect(path: str | Path) -> sqlite3.Connection:
    """A read-only connection with dict-like rows, usable from any one thread at a time."""
    uri = f"file:{quote(str(Path(path).resolve()))}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    except sqlite3.Error as error:
        raise StoreError(f"{path}: cannot open store ({error})") from None
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def check_store(path: str | Path) -> None:
    """Refuse a missing file, a non-store, or a store of another schema version."""
    if not Path(path).is_file():
        raise StoreError(f"{path}: no such store; run 'pantau run' first")
    conn = connect(path)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{path}: not a pantau store ({error})") from None
    finally:
        conn.close()
    if version != SCHEMA_VERSION:
        raise StoreError(
            f"{path}: schema version {version}, this pantau reads {SCHEMA_VERSION};"
            " open it once with 'pantau run' to migrate"
        )
