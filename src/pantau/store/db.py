"""The SQLite store: one file, WAL, one writer, one transaction per batch.

Ingest is idempotent: an article is keyed by its id, so storing it again
replaces its rows in the same transaction; an article whose clean text is
already stored under another id, exactly or nearly (same outlet, shingle
Jaccard over ``dedup.NEAR_JACCARD``), is recorded in ``duplicates`` with its
source and not stored.
A crash mid-batch leaves the store as it was before that batch.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pantau.dedup import band_keys, shingles, similar
from pantau.errors import StoreError
from pantau.nlp.lexicon import lexicon
from pantau.nlp.names import name_keys
from pantau.records import Article, Span
from pantau.store.schema import MIGRATIONS, SCHEMA_VERSION

CHILD_TABLES = ("mentions", "timexes", "numbers", "quotes", "relays", "events")
NEAR_KEYS_VERSION = 4  # the migration that adds ``near_keys``
NAME_KEYS_VERSION = 7  # the migration that keys identities by name runs
# SQLite's default page cache is 2 MiB: at a million articles the key indexes
# are gigabytes, so every lookup re-read its B-tree path from the file.
CACHE_KIB = 256 * 1024
MMAP_BYTES = 2**31  # read pages in place, not copied; SQLite clamps to its build cap


@dataclass(slots=True)
class IngestResult:
    """What one batch did: ids stored, and ids skipped as duplicates of another."""

    stored: list[str] = field(default_factory=list)
    duplicates: dict[str, str] = field(default_factory=dict)


def content_hash(article: Article) -> str:
    """The identity of an article's clean text, whatever file or id it came under."""
    text = "\n".join(article.body).strip().lower()
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Store:
    """A pantau store file; open with ``Store(path)``, use as a context manager."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None)
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: cannot open store ({error})") from None
        self.conn.row_factory = sqlite3.Row
        self._configure()
        self._migrate()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    def _configure(self) -> None:
        try:
            self.conn.execute("PRAGMA journal_mode = WAL")
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{self.path}: not a pantau store ({error})") from None
        self.conn.execute("PRAGMA synchronous = NORMAL")
        self.conn.execute("PRAGMA foreign_keys = ON")
        self.conn.execute("PRAGMA busy_timeout = 5000")
        self.conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        self.conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
        self.conn.execute("PRAGMA temp_store = MEMORY")

    @property
    def version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> None:
        version = self.version
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: schema version {version} is newer than this pantau "
                f"({SCHEMA_VERSION}); upgrade pantau"
            )
        for number in range(version, SCHEMA_VERSION):
            with self.transaction():
                for statement in _statements(MIGRATIONS[number]):
                    self.conn.execute(statement)
                if number + 1 == NEAR_KEYS_VERSION:
                    self._backfill_near_keys()
                if number + 1 == NAME_KEYS_VERSION:
                    self._backfill_name_keys()
                self.conn.execute(f"PRAGMA user_version = {number + 1}")

    def _backfill_name_keys(self) -> None:
        """Key the stored identities by name runs, in the store's main language."""
        row = self.conn.execute(
            "SELECT language FROM articles GROUP BY language ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
        lex = lexicon(row["language"] if row and row["language"] else "id")
        for ident in self.conn.execute("SELECT id, name, type, aliases FROM identities").fetchall():
            surfaces = [ident["name"], *json.loads(ident["aliases"])]
            self.conn.executemany(
                "INSERT INTO identity_keys (key, identity) VALUES (?, ?)",
                [(key, ident["id"]) for key in sorted(name_keys(ident["type"], surfaces, lex))],
            )

    def _backfill_near_keys(self) -> None:
        """Band keys of the articles stored before they existed, so near-copies find them."""
        for row in self.conn.execute("SELECT id, outlet, record FROM articles").fetchall():
            grams = shingles(Article.from_json(row["record"]).body)
            self._write_near_keys(row["id"], band_keys(grams, row["outlet"] or ""))

    def _write_near_keys(self, article_id: str, keys: list[str]) -> None:
        self.conn.executemany(
            "INSERT INTO near_keys (key, article) VALUES (?, ?)", [(k, article_id) for k in keys]
        )

    def transaction(self) -> _Transaction:
        return _Transaction(self.conn)

    def ingest(self, articles: Iterable[Article]) -> IngestResult:
        """Store a batch of records in one transaction."""
        result = IngestResult()
        with self.transaction():
            for article in articles:
                digest = content_hash(article)
                grams = shingles(article.body)
                keys = band_keys(grams, article.outlet or "")
                found = self._exact_original(article.id, digest) or self._near_original(
                    article.id, grams, keys
                )
                if found is not None:
                    self._record_duplicate(article, *found)
                    result.duplicates[article.id] = found[0]
                    continue
                self._write(article, digest)
                self._write_near_keys(article.id, keys)
                result.stored.append(article.id)
        return result

    def _exact_original(self, article_id: str, digest: str) -> tuple[str, str] | None:
        row = self.conn.execute(
            "SELECT id FROM articles WHERE content_hash = ? AND id != ? ORDER BY rowid",
            (digest, article_id),
        ).fetchone()
        return (row["id"], "exact") if row is not None else None

    def _near_original(
        self, article_id: str, grams: frozenset[str], keys: list[str]
    ) -> tuple[str, str] | None:
        """The first stored article sharing a band key whose shingles are near ``grams``."""
        if not keys:
            return None
        marks = ",".join("?" * len(keys))
        rows = self.conn.execute(
            "SELECT id, record FROM articles WHERE id != ? AND id IN"
            f" (SELECT article FROM near_keys WHERE key IN ({marks})) ORDER BY rowid",
            (article_id, *keys),
        )
        for row in rows:
            if similar(grams, shingles(Article.from_json(row["record"]).body)):
                return row["id"], "near"
        return None

    def _record_duplicate(self, article: Article, original: str, kind: str) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO duplicates (id, original, source, kind) VALUES (?, ?, ?, ?)",
            (article.id, original, article.source, kind),
        )

    def duplicates(self) -> list[dict[str, Any]]:
        """Inputs recorded as duplicates: id, original, source (URL or file) and kind."""
        return self.rows("SELECT id, original, source, kind FROM duplicates ORDER BY rowid")

    def _write(self, article: Article, digest: str) -> None:
        old = self.conn.execute("SELECT rowid FROM articles WHERE id = ?", (article.id,)).fetchone()
        if old is not None:
            self._delete(article.id, old["rowid"])
        self.conn.execute("DELETE FROM duplicates WHERE id = ?", (article.id,))
        cursor = self.conn.execute(
            "INSERT INTO articles (id, source, outlet, language, title, published, dateline,"
            " content_hash, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.id,
                article.source,
                article.outlet,
                article.language,
                article.title,
                article.published,
                article.dateline,
                digest,
                article.to_json(),
            ),
        )
        rowid = cursor.lastrowid
        self.conn.execute(
            "INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
            (rowid, article.title or "", article.text),
        )
        self._write_children(article)

    def _write_children(self, article: Article) -> None:
        aid = article.id
        self.conn.executemany(
            "INSERT INTO mentions (article_id, name, type, aliases, roles, spans)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [
                (aid, e.name, e.type, json.dumps(e.aliases), json.dumps(e.roles), _spans(e.spans))
                for e in article.entities
            ],
        )
        self.conn.executemany(
            "INSERT INTO timexes VALUES (?, ?, ?, ?)",
            [(aid, t.text, t.value, t.type) for t in article.timexes],
        )
        self.conn.executemany(
            "INSERT INTO numbers VALUES (?, ?, ?, ?)",
            [(aid, n.text, n.value, n.what) for n in article.numbers],
        )
        for quote in article.quotes:
            cursor = self.conn.execute(
                "INSERT INTO quotes (article_id, text, speaker, kind, cue, spans)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (aid, quote.text, quote.speaker, quote.kind, quote.cue, _spans(quote.spans)),
            )
            self.conn.execute(
                "INSERT INTO quotes_fts (rowid, text, speaker) VALUES (?, ?, ?)",
                (cursor.lastrowid, quote.text, quote.speaker or ""),
            )
        self.conn.executemany(
            "INSERT INTO relays VALUES (?, ?, ?)", [(aid, r.source, r.cue) for r in article.relays]
        )
        self.conn.executemany(
            "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (aid, e.type, e.trigger, json.dumps(e.participants), e.date, e.place, int(e.main))
                for e in article.events
            ],
        )

    def _delete(self, article_id: str, rowid: int) -> None:
        quote_rows = self.conn.execute(
            "SELECT rowid FROM quotes WHERE article_id = ?", (article_id,)
        ).fetchall()
        self.conn.executemany(
            "DELETE FROM quotes_fts WHERE rowid = ?", [(r[0],) for r in quote_rows]
        )
        self.conn.execute("DELETE FROM articles_fts WHERE rowid = ?", (rowid,))
        for table in CHILD_TABLES:
            self.conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
        self.conn.execute("DELETE FROM near_keys WHERE article = ?", (article_id,))
        self.conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))

    def articles(self, ids: Iterable[str] | None = None) -> Iterator[Article]:
        """Stored records, in ingest order, optionally only the given ids."""
        if ids is None:
            rows = self.conn.execute("SELECT record FROM articles ORDER BY rowid")
        else:
            wanted = list(ids)
            marks = ",".join("?" * len(wanted))
            rows = self.conn.execute(
                f"SELECT record FROM articles WHERE id IN ({marks}) ORDER BY rowid", wanted
            )
        for row in rows:
            yield Article.from_json(row["record"])

    def count(self, table: str = "articles") -> int:
        if table not in ("articles", *CHILD_TABLES):
            raise ValueError(f"unknown table {table!r}")
        return self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def touched(
        self, column: Literal["event_cluster", "story_cluster"], ids: list[str]
    ) -> list[str]:
        """The event clusters or stories the articles ``ids`` belong to: what a corpus stage
        rebuilds after they were stored."""
        marks = ",".join("?" * len(ids))
        rows = self.conn.execute(
            f"SELECT DISTINCT {column} FROM articles WHERE id IN ({marks})"
            f" AND {column} IS NOT NULL",
            ids,
        )
        return [row[0] for row in rows]

    def rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        """Read-only query helper returning plain dicts."""
        return [dict(row) for row in self.conn.execute(sql, params)]


class _Transaction:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``, or ``ROLLBACK`` on any error."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type: object, *exc: object) -> None:
        self.conn.execute("ROLLBACK" if exc_type is not None else "COMMIT")


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (none of ours contain ';' in literals)."""
    return [part.strip() for part in script.split(";") if part.strip()]


def _spans(spans: list[Span]) -> str:
    """A list of record spans as the JSON the ``spans`` columns hold."""
    return json.dumps([span.as_json() for span in spans])
