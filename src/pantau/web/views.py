"""What each page shows: a context built from the queries, for the web UI and the report."""

from __future__ import annotations

import sqlite3
from typing import Any

from pantau.web import people, queries
from pantau.web.highlight import highlight_article
from pantau.web.sidebyside import comparison_rows

Context = dict[str, Any]
HOME_SIZE = 10


def home(conn: sqlite3.Connection) -> Context:
    return {
        "stories": queries.stories(conn, HOME_SIZE, 0),
        "events": queries.events(conn, HOME_SIZE, 0),
        "articles": queries.articles(conn, HOME_SIZE, 0, None),
        "outlets": queries.outlets(conn),
    }


def story(conn: sqlite3.Connection, key: str) -> Context | None:
    found = queries.story(conn, key)
    return None if found is None else {"story": found}


def event(conn: sqlite3.Connection, key: str) -> Context | None:
    reports = queries.event_reports(conn, key)
    if not reports:
        return None
    found = queries.event(conn, key, reports)
    return {
        "event": found,
        "rows": comparison_rows(found["comparison"]),
        "entity_keys": people.entity_keys(conn, [report.id for report in reports]),
    }


def article(conn: sqlite3.Connection, key: str) -> Context | None:
    found = queries.article(conn, key)
    if found is None:
        return None
    record, clusters = found
    return {
        "article": record,
        "clusters": clusters,
        "paragraphs": highlight_article(record),
        "entity_keys": people.entity_keys(conn, [record.id]),
    }


def entity(conn: sqlite3.Connection, key: str) -> Context | None:
    found = people.entity(conn, key)
    return None if found is None else {"entity": found}
