"""The embedded SQLite store."""

from pantau.store.db import IngestResult, Store

__all__ = ["IngestResult", "Store"]
