"""What each page shows: a context built from the queries, for the web UI and the report."""

from __future__ import annotations

import sqlite3
from typing import Any

from pantau.web import outlets, people, queries
from pantau.web.charts import bar_chart, share_chart
from pantau.web.highlight import highlight_article
from pantau.web.sidebyside import comparison_rows

Context = dict[str, Any]


def relative_source(source: str, root: str) -> str:
    """A file source under the input root, relative to it; a URL as it is."""
    return source[len(root) :] if root and source.startswith(root) else source


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
    paragraphs, targets = highlight_article(record)
    return {
        "article": record,
        "brief": queries.record_brief(record),
        "source": relative_source(record.source, queries.source_root(conn)),
        "labels": queries.cluster_names(conn, clusters),
        "clusters": clusters,
        "paragraphs": paragraphs,
        "targets": targets,
        "entity_keys": people.entity_keys(conn, [record.id]),
    }


def entity(conn: sqlite3.Connection, key: str) -> Context | None:
    found = people.entity(conn, key)
    return None if found is None else {"entity": found}


def outlet(conn: sqlite3.Connection, domain: str) -> Context | None:
    found = outlets.outlet(conn, domain)
    if found is None:
        return None
    relays = found["relays"]
    sources = [r["source"] for r in relays["sources"]]
    return {
        "outlet": found,
        "articles_chart": bar_chart(found["over_time"]),
        "relay_chart": share_chart(relays["over_time"], sources),
    }


def compare(conn: sqlite3.Connection, story: str, names: list[str] | None = None) -> Context | None:
    found = outlets.side_by_side(conn, story, names or [])
    return None if found is None else {"cmp": found}
