"""The static HTML report: the web UI's pages written as files, for sharing.

It renders the same templates as ``pantau serve`` with relative links, so a
report folder opens from disk or any static host. Pages autoescape every value
and forbid scripts by their Content-Security-Policy; there is no search page,
since search needs the server.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pantau.store import Store
from pantau.web import outlets, people, queries, views
from pantau.web.links import Links, file_name
from pantau.web.render import render

ALL = -1
"""SQLite's ``LIMIT -1``: a list page of the report shows every item."""

View = Callable[[sqlite3.Connection, str], dict[str, Any] | None]


def build_report(store: Store, out_dir: Path) -> Path:
    """Write the report into ``out_dir`` and return the path of its index page."""
    conn = store.conn
    stamp = {"generated": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")}
    out_dir.mkdir(parents=True, exist_ok=True)
    top, sub = Links("", True), Links("../", True)
    index = out_dir / "index.html"
    index.write_text(render("home.html", top, **views.home(conn), **stamp), "utf-8")
    lists = {
        "events": ("events.html", queries.events(conn, ALL, 0)),
        "articles": ("articles.html", queries.articles(conn, ALL, 0, None)),
        "entities": ("entities.html", people.entities(conn, ALL, 0, None, None)),
    }
    for kind, (template, result) in lists.items():
        html = render(template, top, **{kind: result}, **stamp)
        (out_dir / f"{kind}.html").write_text(html, "utf-8")
    index_rows = outlets.outlet_index(conn)
    html = render("outlets.html", top, outlets=index_rows, **stamp)
    (out_dir / "outlets.html").write_text(html, "utf-8")
    story_ids = [s["id"] for s in queries.stories(conn, ALL, 0)["items"]]
    pages: dict[str, tuple[str, View, Iterable[str]]] = {
        "stories": ("story.html", views.story, story_ids),
        "events": ("event.html", views.event, [e["id"] for e in lists["events"][1]["items"]]),
        "articles": ("article.html", views.article, _article_ids(conn)),
        "entities": ("entity.html", views.entity, [e["id"] for e in lists["entities"][1]["items"]]),
        "outlets": ("outlet.html", views.outlet, [o["outlet"] for o in index_rows]),
        "compare": ("compare.html", views.compare, story_ids),
    }
    for kind, (template, view, keys) in pages.items():
        (out_dir / kind).mkdir(exist_ok=True)
        for key in keys:
            context = view(conn, key)
            if context is not None:
                html = render(template, sub, **context, **stamp)
                (out_dir / kind / file_name(key)).write_text(html, "utf-8")
    return index


def _article_ids(conn: sqlite3.Connection) -> list[str]:
    return [row[0] for row in conn.execute("SELECT id FROM articles ORDER BY rowid")]
