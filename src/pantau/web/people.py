"""Entities and their quotes: one page per identity across outlets and spellings.

Identities come from the corpus stage that links entities across articles. Until a
store has them, each distinct mention name stands as its own entity, so the
pages work on any store.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from pantau.web.queries import (
    BRIEF,
    Row,
    briefs,
    fetch_all,
    fetch_count,
    fetch_one,
    page,
    placeholders,
)


def has_identities(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM identities LIMIT 1").fetchone() is not None


def entities(
    conn: sqlite3.Connection, limit: int, offset: int, type_: str | None, name: str | None
) -> Row:
    """Entities, the most reported first, optionally of one type or name prefix."""
    clauses, params = [], []
    if type_:
        clauses.append("type = ?")
        params.append(type_)
    if name:
        clauses.append("name LIKE ? ESCAPE '\\'")
        params.append(_like_prefix(name))
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    if has_identities(conn):
        source = (
            "SELECT id, name, type, aliases, roles, json_array_length(articles) AS article_count"
            " FROM identities"
        )
    else:
        source = (
            "SELECT name AS id, name, type, json_group_array(aliases) AS aliases,"
            " json_group_array(roles) AS roles, count(DISTINCT article_id) AS article_count"
            " FROM mentions GROUP BY name, type"
        )
    items = fetch_all(
        conn,
        f"SELECT * FROM ({source}) {where} ORDER BY article_count DESC, name LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )
    for item in items:
        item["aliases"] = _flat(json.loads(item["aliases"]))
        item["roles"] = _flat(json.loads(item["roles"]))
    total = fetch_count(conn, f"SELECT count(*) FROM ({source}) {where}", tuple(params))
    return page(items, total, limit, offset)


def _like_prefix(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"


def _flat(values: list[Any]) -> list[str]:
    """Unique names in a list of strings, role uses (``{"role": ...}``) or JSON lists of them."""
    out: dict[str, None] = {}
    for value in values:
        inner = json.loads(value) if isinstance(value, str) and value.startswith("[") else value
        for item in inner if isinstance(inner, list) else [inner]:
            name = item.get("role") if isinstance(item, dict) else item
            if isinstance(name, str) and name:
                out[name] = None
    return list(out)


def entity(conn: sqlite3.Connection, key: str) -> Row | None:
    """An entity with its roles over time (per dated article) and its quotes."""
    found = _identity(conn, key) if has_identities(conn) else _mention_entity(conn, key)
    if found is None:
        return None
    names = [found["name"], *found["aliases"]]
    found["mentions"] = _mentions(conn, found["id"], has_identities(conn))
    found["quotes"] = quotes_of(conn, names)
    found["roles_over_time"] = [m for m in found["mentions"] if m["roles"]]
    return found


def _identity(conn: sqlite3.Connection, key: str) -> Row | None:
    row = fetch_one(
        conn, "SELECT id, name, type, aliases, roles FROM identities WHERE id = ?", (key,)
    )
    if row is None:
        return None
    row["aliases"] = _flat(json.loads(row["aliases"]))
    row["roles"] = _flat(json.loads(row["roles"]))
    return row


def _mention_entity(conn: sqlite3.Connection, name: str) -> Row | None:
    rows = fetch_all(conn, "SELECT type, aliases, roles FROM mentions WHERE name = ?", (name,))
    if not rows:
        return None
    return {
        "id": name,
        "name": name,
        "type": rows[0]["type"],
        "aliases": _flat([row["aliases"] for row in rows]),
        "roles": _flat([row["roles"] for row in rows]),
    }


def _mentions(conn: sqlite3.Connection, key: str, by_identity: bool) -> list[Row]:
    """Every mention of the entity, oldest article first, with the roles given there."""
    column = "m.identity" if by_identity else "m.name"
    rows = briefs(
        conn,
        f"SELECT m.article_id, {BRIEF}, m.name, m.roles, m.spans"
        f" FROM mentions m JOIN articles a ON a.id = m.article_id WHERE {column} = ?"
        " ORDER BY a.published, a.rowid",
        (key,),
    )
    for row in rows:
        row["roles"] = json.loads(row["roles"])
        row["spans"] = json.loads(row["spans"])
    return rows


def entity_keys(conn: sqlite3.Connection, article_ids: list[str]) -> dict[str, str]:
    """The entity page key of each entity name in the articles (identity, else the name)."""
    if not article_ids:
        return {}
    column = "identity" if has_identities(conn) else "name"
    rows = conn.execute(
        f"SELECT name, {column} FROM mentions WHERE {column} NOT NULL"
        f" AND article_id IN ({placeholders(article_ids)})",
        tuple(article_ids),
    )
    return {row[0]: row[1] for row in rows}


QUOTE_COLUMNS = (
    "q.rowid AS id, q.article_id, a.outlet, a.published, q.speaker, q.kind, q.cue, q.text, q.spans"
)


def quote_rows(rows: list[Row]) -> list[Row]:
    """Quote rows (``QUOTE_COLUMNS``) with their spans read from JSON."""
    for row in rows:
        row["spans"] = json.loads(row["spans"])
    return rows


def quotes_of(conn: sqlite3.Connection, speakers: list[str]) -> list[Row]:
    return quote_rows(
        fetch_all(
            conn,
            f"SELECT {QUOTE_COLUMNS} FROM quotes q JOIN articles a ON a.id = q.article_id"
            f" WHERE q.speaker IN ({placeholders(speakers)}) ORDER BY a.published, q.rowid",
            tuple(speakers),
        )
    )


def quotes(conn: sqlite3.Connection, limit: int, offset: int, speaker: str | None) -> Row:
    """Quotes, the newest first, optionally of one speaker."""
    where, params = ("WHERE q.speaker = ?", (speaker,)) if speaker else ("", ())
    items = quote_rows(
        fetch_all(
            conn,
            f"SELECT {QUOTE_COLUMNS} FROM quotes q JOIN articles a ON a.id = q.article_id {where}"
            " ORDER BY a.published IS NULL, a.published DESC, q.rowid LIMIT ? OFFSET ?",
            (*params, limit, offset),
        )
    )
    total = fetch_count(conn, f"SELECT count(*) FROM quotes q {where}", params)
    return page(items, total, limit, offset)
