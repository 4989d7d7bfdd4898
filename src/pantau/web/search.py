"""Full-text search over articles and quotes (SQLite FTS5).

User text never reaches FTS5 syntax: each word becomes a quoted term, so any
input is a valid query (all words must match). Snippets come back as pieces
flagged ``match`` so that pages highlight them from escaped text.
"""

from __future__ import annotations

import re
import sqlite3

from pantau.web.people import QUOTE_COLUMNS, quote_rows
from pantau.web.queries import BRIEF, Row, briefs, fetch_all, fetch_count, page

_WORD = re.compile(r"\w+")
_OPEN, _CLOSE = "\x02", "\x03"
_PIECE = re.compile(f"{_OPEN}(.*?){_CLOSE}", re.S)


def fts_query(text: str) -> str | None:
    """An FTS5 query matching every word of ``text``; None when it has no words."""
    words = _WORD.findall(text)
    return " ".join(f'"{word}"' for word in words) if words else None


def pieces(snippet: str) -> list[Row]:
    """A snippet split into text pieces, the matched words flagged."""
    out: list[Row] = []
    last = 0
    for found in _PIECE.finditer(snippet):
        if found.start() > last:
            out.append({"text": snippet[last : found.start()], "match": False})
        out.append({"text": found.group(1), "match": True})
        last = found.end()
    if last < len(snippet):
        out.append({"text": snippet[last:], "match": False})
    return out


def search_articles(conn: sqlite3.Connection, text: str, limit: int, offset: int) -> Row:
    query = fts_query(text)
    if query is None:
        return page([], 0, limit, offset)
    items = briefs(
        conn,
        f"SELECT {BRIEF},"
        f" snippet(articles_fts, 1, '{_OPEN}', '{_CLOSE}', '…', 16) AS snippet"
        " FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
        " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?",
        (query, limit, offset),
    )
    for item in items:
        item["snippet"] = pieces(item["snippet"])
    total = fetch_count(
        conn, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", (query,)
    )
    return page(items, total, limit, offset)


def search_quotes(conn: sqlite3.Connection, text: str, limit: int, offset: int) -> Row:
    query = fts_query(text)
    if query is None:
        return page([], 0, limit, offset)
    items = quote_rows(
        fetch_all(
            conn,
            f"SELECT {QUOTE_COLUMNS} FROM quotes_fts JOIN quotes q ON q.rowid = quotes_fts.rowid"
            " JOIN articles a ON a.id = q.article_id"
            " WHERE quotes_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?",
            (query, limit, offset),
        )
    )
    total = fetch_count(conn, "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH ?", (query,))
    return page(items, total, limit, offset)
