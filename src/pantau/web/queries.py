"""Read queries over the store, shared by the JSON API, the web UI and the report.

Every function takes an open connection (rows as ``sqlite3.Row``) and returns
plain dicts and lists, ready for JSON or a template. Lists come as pages.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections import Counter
from typing import Any

from pantau.corpus.compare import compare, story_facts
from pantau.corpus.labels import cluster_labels, derived_title, story_labels
from pantau.records import Article, Event

Row = dict[str, Any]
_EVENT_DATE = re.compile(r"^(\d{4}|XXXX)(-(\d{2}|Q\d|W\d{2})){0,2}$")
_TEXT_DATE = re.compile(r"^(\d{4}|XXXX)-(\d{2}|Q\d)(-\d{2})?$")
BRIEF = (
    "a.id, a.outlet, a.title, a.published,"
    " CASE WHEN a.title IS NULL THEN json_extract(a.record, '$.body') END AS body,"
    " coalesce((SELECT c.date FROM event_clusters c WHERE c.id = a.event_cluster),"
    "  (SELECT e.date FROM events e WHERE e.article_id = a.id AND e.main = 1)) AS event_date,"
    " (SELECT t.value FROM timexes t WHERE t.article_id = a.id AND t.type = 'DATE'"
    "  AND t.value GLOB '????-[0-9Q]*' ORDER BY t.rowid LIMIT 1) AS text_date"
)
"""Columns of an article brief (alias ``a``); ``readable`` turns them into title and date."""


def page(items: list[Row], total: int, limit: int, offset: int) -> Row:
    return {"items": items, "total": total, "limit": limit, "offset": offset}


def fetch_all(conn: sqlite3.Connection, sql: str, params: tuple[Any, ...] = ()) -> list[Row]:
    return [dict(row) for row in conn.execute(sql, params)]


def fetch_one(conn: sqlite3.Connection, sql: str, params: tuple[Any, ...] = ()) -> Row | None:
    row = conn.execute(sql, params).fetchone()
    return dict(row) if row is not None else None


def fetch_count(conn: sqlite3.Connection, sql: str, params: tuple[Any, ...] = ()) -> int:
    return conn.execute(sql, params).fetchone()[0]


def placeholders(values: list[Any]) -> str:
    return ",".join("?" * len(values))


def readable(row: Row) -> Row:
    """A brief with a title a reader can use and a date, each saying where it came from.

    With no printed headline the title is the lead sentence (``title_derived``);
    with no publication date the date is the main event's, else the first date
    the text gives (``date_kind``: published, event or text; a year the text
    leaves out stays ``XXXX``).
    """
    body = row.pop("body", None)
    row["title_derived"] = row["title"] is None and body is not None
    if row["title_derived"]:
        row["title"] = derived_title(json.loads(body))
        row["title_derived"] = row["title"] is not None
    row["date"], row["date_kind"] = _date(
        row["published"], row.pop("event_date", None), row.pop("text_date", None)
    )
    return row


def _date(published: str | None, event: str | None, text: str | None) -> tuple[Any, Any]:
    if published:
        return published, "published"
    if event and _EVENT_DATE.match(event):
        return event, "event"
    if text and _TEXT_DATE.match(text):
        return text, "text"
    return None, None


def briefs(conn: sqlite3.Connection, sql: str, params: tuple[Any, ...] = ()) -> list[Row]:
    """``fetch_all`` of a query selecting ``BRIEF``, each row made ``readable``."""
    return [readable(row) for row in fetch_all(conn, sql, params)]


def article_briefs(conn: sqlite3.Connection, ids: list[str]) -> list[Row]:
    """Id, outlet, title and date of the given articles, oldest first."""
    if not ids:
        return []
    return briefs(
        conn,
        f"SELECT {BRIEF} FROM articles a"
        f" WHERE a.id IN ({placeholders(ids)}) ORDER BY a.published, a.rowid",
        tuple(ids),
    )


def _outlets(briefs: list[Row]) -> list[str]:
    return sorted({b["outlet"] for b in briefs if b["outlet"]})


# Stories ---------------------------------------------------------------------------


def stories(conn: sqlite3.Connection, limit: int, offset: int) -> Row:
    """Stories, the most recently active first, with their size."""
    items = fetch_all(
        conn,
        "SELECT s.id, s.label, s.first_date, s.last_date,"
        " (SELECT count(*) FROM timeline t WHERE t.story = s.id) AS entries,"
        " (SELECT count(*) FROM articles a WHERE a.story_cluster = s.id) AS article_count"
        " FROM stories s ORDER BY s.last_date IS NULL, s.last_date DESC, s.id"
        " LIMIT ? OFFSET ?",
        (limit, offset),
    )
    for item in items:
        outlets = fetch_all(
            conn,
            "SELECT DISTINCT outlet FROM articles WHERE story_cluster = ? AND outlet IS NOT NULL"
            " ORDER BY outlet",
            (item["id"],),
        )
        item["outlets"] = [row["outlet"] for row in outlets]
    labels = story_labels(conn, [item["id"] for item in items])
    for item in items:
        item["label"] = labels.get(item["id"]) or item["label"]
    return page(items, fetch_count(conn, "SELECT count(*) FROM stories"), limit, offset)


def story(conn: sqlite3.Connection, story_id: str) -> Row | None:
    """A story with its dated timeline; each entry cites its articles and outlets."""
    found = fetch_one(
        conn, "SELECT id, label, first_date, last_date FROM stories WHERE id = ?", (story_id,)
    )
    if found is None:
        return None
    entries = fetch_all(
        conn,
        "SELECT date, event, summary, articles, sentences FROM timeline WHERE story = ?"
        " ORDER BY date, rowid",
        (story_id,),
    )
    clusters = _cluster_ids(conn)
    found["label"] = story_labels(conn, [story_id])[story_id] or found["label"]
    labels = cluster_labels(conn, [e["event"] for e in entries if e["event"] in clusters])
    for entry in entries:
        entry["label"] = labels.get(entry["event"])
        entry["articles"] = article_briefs(conn, json.loads(entry["articles"]))
        entry["outlets"] = _outlets(entry["articles"])
        entry["sentences"] = _cited(json.loads(entry["sentences"]), entry["articles"])
        if entry["event"] not in clusters:
            entry["event"] = None
    found["timeline"] = entries
    found["articles"] = briefs(
        conn,
        f"SELECT {BRIEF} FROM articles a WHERE a.story_cluster = ? ORDER BY a.published, a.rowid",
        (story_id,),
    )
    found["outlets"] = _outlets(found["articles"])
    records = conn.execute(
        "SELECT record FROM articles WHERE story_cluster = ? ORDER BY published, rowid",
        (story_id,),
    )
    found["conflicts"] = story_facts([Article.from_json(r["record"]) for r in records])["conflicts"]
    return found


def _cited(sentences: list[Row], briefs: list[Row]) -> list[Row]:
    """Summary sentences, each with the article it came from, that article's outlet, and
    its span there (a timeline stored before spans has none)."""
    outlet = {brief["id"]: brief["outlet"] for brief in briefs}
    return [
        {
            "text": s["text"],
            "article": s["article"],
            "outlet": outlet.get(s["article"]),
            "span": s.get("span"),
        }
        for s in sentences
    ]


def _cluster_ids(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute("SELECT DISTINCT event_cluster FROM articles WHERE event_cluster NOT NULL")
    return {row[0] for row in rows}


# Events ----------------------------------------------------------------------------


def _main_events(conn: sqlite3.Connection, ids: list[str]) -> list[Row]:
    rows = fetch_all(
        conn,
        "SELECT e.article_id, a.outlet, e.type, e.trigger, e.participants, e.date, e.place"
        f" FROM events e JOIN articles a ON a.id = e.article_id"
        f" WHERE e.main = 1 AND e.article_id IN ({placeholders(ids)})",
        tuple(ids),
    )
    for row in rows:
        row["participants"] = json.loads(row["participants"])
    return rows


def _summary(mains: list[Row]) -> Row:
    """The most reported type, trigger, date and place among an event's articles."""

    def common(key: str) -> Any:
        values = Counter(m[key] for m in mains if m[key])
        return values.most_common(1)[0][0] if values else None

    return {key: common(key) for key in ("type", "trigger", "date", "place")}


def events(conn: sqlite3.Connection, limit: int, offset: int) -> Row:
    """Event clusters, the latest first, each with its outlets and a summary."""
    items = fetch_all(
        conn,
        "SELECT event_cluster AS id, story_cluster AS story, count(*) AS article_count,"
        " min(published) AS first_published"
        " FROM articles WHERE event_cluster NOT NULL GROUP BY event_cluster"
        " ORDER BY max(published) IS NULL, max(published) DESC, event_cluster LIMIT ? OFFSET ?",
        (limit, offset),
    )
    for item in items:
        members = fetch_all(
            conn, "SELECT id, outlet FROM articles WHERE event_cluster = ?", (item["id"],)
        )
        item["outlets"] = _outlets(members)
        item.update(_summary(_main_events(conn, [b["id"] for b in members])))
    labels = cluster_labels(conn, [item["id"] for item in items])
    for item in items:
        item["label"] = labels.get(item["id"]) or item["id"]
    total = fetch_count(conn, "SELECT count(DISTINCT event_cluster) FROM articles")
    return page(items, total, limit, offset)


def event_reports(conn: sqlite3.Connection, event_id: str) -> list[Article]:
    """The article records of one event cluster, in publication order."""
    rows = conn.execute(
        "SELECT record FROM articles WHERE event_cluster = ? ORDER BY published, rowid",
        (event_id,),
    )
    return [Article.from_json(row["record"]) for row in rows]


def event(conn: sqlite3.Connection, event_id: str, reports: list[Article]) -> Row:
    """One event cluster: a summary, each article's report, and the outlet comparison."""
    mains = _main_events(conn, [report.id for report in reports])
    story_ids = {
        row["story_cluster"]
        for row in fetch_all(
            conn, "SELECT story_cluster FROM articles WHERE event_cluster = ?", (event_id,)
        )
    } - {None}
    return {
        "id": event_id,
        "label": cluster_labels(conn, [event_id]).get(event_id) or event_id,
        "stories": sorted(story_ids),
        **_summary(mains),
        "outlets": sorted({r.outlet for r in reports if r.outlet}),
        "reports": [_report(report) for report in reports],
        "comparison": compare(reports),
    }


def _report(record: Article) -> Row:
    """The facts one article gives about its main event."""
    main = next((e for e in record.events if e.main), None)
    return {
        "article": record_brief(record),
        "main": _event_dict(main) if main else None,
        "roles": [{"name": e.name, "roles": e.roles} for e in record.entities if e.roles],
        "numbers": [{"text": n.text, "value": n.value, "what": n.what} for n in record.numbers],
        "quotes": [
            {"text": q.text, "speaker": q.speaker, "kind": q.kind, "cue": q.cue}
            for q in record.quotes
        ],
        "relays": [{"source": r.source, "cue": r.cue} for r in record.relays],
    }


def record_brief(record: Article) -> Row:
    """The brief of an article record, made ``readable`` like the stored ones."""
    main = next((e for e in record.events if e.main), None)
    return readable(
        {
            "id": record.id,
            "outlet": record.outlet,
            "title": record.title,
            "published": record.published,
            "body": json.dumps(record.body) if record.title is None else None,
            "event_date": main.date if main else None,
            "text_date": next((t.value for t in record.timexes if t.type == "DATE"), None),
        }
    )


def _event_dict(event: Event) -> Row:
    return {
        "type": event.type,
        "trigger": event.trigger,
        "participants": event.participants,
        "date": event.date,
        "place": event.place,
    }


# Articles --------------------------------------------------------------------------


def articles(conn: sqlite3.Connection, limit: int, offset: int, outlet: str | None) -> Row:
    """Articles, the newest first, optionally of one outlet."""
    where, params = ("WHERE outlet = ?", (outlet,)) if outlet else ("", ())
    items = briefs(
        conn,
        f"SELECT {BRIEF}, a.event_cluster, a.story_cluster FROM articles a"
        f" {where} ORDER BY a.published IS NULL, a.published DESC, a.rowid DESC LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )
    return page(
        items, fetch_count(conn, f"SELECT count(*) FROM articles {where}", params), limit, offset
    )


def article(conn: sqlite3.Connection, article_id: str) -> tuple[Article, Row] | None:
    """An article's record, and the event and story clusters it belongs to."""
    row = fetch_one(
        conn,
        "SELECT record, event_cluster, story_cluster FROM articles WHERE id = ?",
        (article_id,),
    )
    if row is None:
        return None
    clusters = {"event": row["event_cluster"], "story": row["story_cluster"]}
    return Article.from_json(row["record"]), clusters


def source_root(conn: sqlite3.Connection) -> str:
    """The folder all stored file sources lie under (URLs aside): the input root.

    The common folder of the least and greatest source is that of them all.
    """
    low, high = conn.execute(
        "SELECT min(source), max(source) FROM articles WHERE source NOT LIKE '%://%'"
    ).fetchone()
    if low is None:
        return ""
    root = os.path.dirname(low) if low == high else os.path.commonpath([low, high])
    return root.rstrip("/") + "/" if root else ""


def cluster_names(conn: sqlite3.Connection, clusters: Row) -> Row:
    """The labels of an article's event and story clusters."""
    event, story = clusters["event"], clusters["story"]
    return {
        "event": cluster_labels(conn, [event]).get(event) if event else None,
        "story": story_labels(conn, [story]).get(story) if story else None,
    }


def outlets(conn: sqlite3.Connection) -> list[Row]:
    return fetch_all(
        conn,
        "SELECT outlet, count(*) AS article_count FROM articles WHERE outlet NOT NULL"
        " GROUP BY outlet ORDER BY outlet",
    )
