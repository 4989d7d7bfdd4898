"""Outlets: what each one covered and missed, whom it quotes, where it gets its news from,
and where it disagrees with the others; and outlets side by side on one story.

Every function reads the store through one connection and returns plain dicts,
for the JSON API, the web UI and the report alike.
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict

from pantau.corpus.compare import compare
from pantau.corpus.labels import cluster_labels, story_labels
from pantau.web.queries import (
    BRIEF,
    Row,
    article_briefs,
    briefs,
    event_reports,
    fetch_all,
    fetch_one,
)
from pantau.web.sidebyside import comparison_rows

TOP_QUOTED = 10
RECENT = 20
_PERIOD = "substr(coalesce(a.published, e.date), 1, 7)"
_DATED_JOIN = (
    "FROM articles a LEFT JOIN events e ON e.article_id = a.id AND e.main = 1"
    " AND e.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*'"
)


def outlet_index(conn: sqlite3.Connection) -> list[Row]:
    """Every outlet with its article, story and relay counts and its first and last month."""
    return fetch_all(
        conn,
        f"SELECT a.outlet, count(*) AS article_count, min({_PERIOD}) AS first_month,"
        f" max({_PERIOD}) AS last_month, count(DISTINCT a.story_cluster) AS story_count,"
        " (SELECT count(DISTINCT r.article_id) FROM relays r JOIN articles b"
        "  ON b.id = r.article_id WHERE b.outlet = a.outlet) AS relaying_articles"
        f" {_DATED_JOIN} WHERE a.outlet NOT NULL GROUP BY a.outlet"
        " ORDER BY article_count DESC, a.outlet",
    )


def outlet(conn: sqlite3.Connection, domain: str) -> Row | None:
    """One outlet's profile, or None when no stored article is from it."""
    found = fetch_one(
        conn, "SELECT outlet, count(*) AS article_count FROM articles WHERE outlet = ?", (domain,)
    )
    if found is None or not found["article_count"]:
        return None
    return {
        **found,
        "over_time": articles_over_time(conn, domain),
        "stories": coverage(conn, domain),
        "quoted": top_quoted(conn, domain),
        "relays": relay_shares(conn, domain),
        "disagreements": disagreements(conn, domain),
        "articles": briefs(
            conn,
            f"SELECT {BRIEF} FROM articles a WHERE a.outlet = ?"
            " ORDER BY a.published IS NULL, a.published DESC, a.rowid DESC LIMIT ?",
            (domain, RECENT),
        ),
    }


def articles_over_time(conn: sqlite3.Connection, domain: str) -> list[Row]:
    """Articles per month (of publication, else of the event), oldest first; undated last."""
    return fetch_all(
        conn,
        f"SELECT {_PERIOD} AS period, count(*) AS count {_DATED_JOIN}"
        " WHERE a.outlet = ? GROUP BY period ORDER BY period IS NULL, period",
        (domain,),
    )


def coverage(conn: sqlite3.Connection, domain: str) -> list[Row]:
    """The stories the outlet followed, each event marked covered or missed by it."""
    rows = fetch_all(
        conn,
        "SELECT story_cluster AS story, event_cluster AS event, min(published) AS published,"
        " total(outlet = ?) AS own, count(DISTINCT outlet) AS outlets FROM articles"
        " WHERE event_cluster NOT NULL AND story_cluster IN (SELECT story_cluster FROM articles"
        "  WHERE outlet = ? AND story_cluster NOT NULL)"
        " GROUP BY story_cluster, event_cluster ORDER BY story_cluster, published",
        (domain, domain),
    )
    events = cluster_labels(conn, [r["event"] for r in rows])
    stories = story_labels(conn, sorted({r["story"] for r in rows}))
    grouped: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        row["label"], row["covered"] = events.get(row["event"], row["event"]), row["own"] > 0
        grouped[row["story"]].append(row)
    return [
        {
            "story": story,
            "label": stories.get(story) or story,
            "covered": sum(e["covered"] for e in items),
            "missed": sum(not e["covered"] for e in items),
            "events": items,
        }
        for story, items in grouped.items()
    ]


def top_quoted(conn: sqlite3.Connection, domain: str) -> list[Row]:
    """The speakers the outlet quotes most: quotes and articles, with their entity page key
    (the identity once the store links entities, else the name, as the entity pages do)."""
    return fetch_all(
        conn,
        "SELECT q.speaker, count(*) AS quotes, count(DISTINCT q.article_id) AS articles,"
        " (SELECT coalesce(m.identity, CASE WHEN NOT EXISTS (SELECT 1 FROM identities)"
        "  THEN m.name END) FROM mentions m JOIN articles b"
        "  ON b.id = m.article_id WHERE m.name = q.speaker AND b.outlet = ? LIMIT 1) AS entity"
        " FROM quotes q JOIN articles a ON a.id = q.article_id"
        " WHERE a.outlet = ? AND q.speaker NOT NULL GROUP BY q.speaker"
        " ORDER BY quotes DESC, q.speaker LIMIT ?",
        (domain, domain, TOP_QUOTED),
    )


def relay_shares(conn: sqlite3.Connection, domain: str) -> Row:
    """The media the outlet relays: totals, and each source's share of every month's relays."""
    rows = fetch_all(
        conn,
        f"SELECT DISTINCT {_PERIOD} AS period, r.source, r.article_id"
        f" {_DATED_JOIN} JOIN relays r ON r.article_id = a.id WHERE a.outlet = ?",
        (domain,),
    )
    totals = Counter(r["source"] for r in rows)
    per_period: dict[str | None, Counter[str]] = defaultdict(Counter)
    for row in rows:
        per_period[row["period"]][row["source"]] += 1
    ordered = sorted(per_period, key=lambda p: (p is None, p or ""))
    return {
        "sources": [
            {"source": s, "articles": n, "share": n / sum(totals.values())}
            for s, n in totals.most_common()
        ],
        "over_time": [_shares(period, per_period[period]) for period in ordered],
    }


def _shares(period: str | None, counts: Counter[str]) -> Row:
    total = sum(counts.values())
    return {
        "period": period,
        "total": total,
        "shares": [{"source": s, "share": n / total} for s, n in counts.most_common()],
    }


def disagreements(conn: sqlite3.Connection, domain: str) -> list[Row]:
    """Facts of the events it covered that it gives differently from other outlets."""
    clusters = [
        row["event_cluster"]
        for row in fetch_all(
            conn,
            "SELECT DISTINCT event_cluster FROM articles WHERE outlet = ? AND event_cluster"
            " IN (SELECT event_cluster FROM articles GROUP BY event_cluster"
            "  HAVING count(DISTINCT outlet) > 1)",
            (domain,),
        )
    ]
    labels = cluster_labels(conn, clusters)
    found = []
    for cluster in clusters:
        for conflict in compare(event_reports(conn, cluster))["conflicts"]:
            own = [v for v, names in conflict["values"].items() if domain in names]
            if own:
                others = {v: n for v, n in conflict["values"].items() if domain not in n}
                found.append(
                    {"event": cluster, "label": labels.get(cluster, cluster), **conflict}
                    | {"own": own, "others": others}
                )
    return found


def side_by_side(conn: sqlite3.Connection, story: str, names: list[str]) -> Row | None:
    """The chosen outlets on one story: per event, who covered it and what each reported."""
    rows = fetch_all(
        conn,
        "SELECT DISTINCT event_cluster FROM articles WHERE story_cluster = ?"
        " AND event_cluster NOT NULL ORDER BY published",
        (story,),
    )
    if not rows:
        return None
    clusters = list(dict.fromkeys(r["event_cluster"] for r in rows))
    chosen = names or _story_outlets(conn, story)
    labels = cluster_labels(conn, clusters)
    return {
        "story": story,
        "label": story_labels(conn, [story]).get(story) or story,
        "outlets": chosen,
        "available": _story_outlets(conn, story),
        "events": [_event_columns(conn, c, labels.get(c, c), chosen) for c in clusters],
    }


def _story_outlets(conn: sqlite3.Connection, story: str) -> list[str]:
    rows = fetch_all(
        conn,
        "SELECT DISTINCT outlet FROM articles WHERE story_cluster = ? AND outlet NOT NULL"
        " ORDER BY outlet",
        (story,),
    )
    return [r["outlet"] for r in rows]


def _event_columns(conn: sqlite3.Connection, cluster: str, label: str, names: list[str]) -> Row:
    """One event: the chosen outlets' articles on it and their comparison table."""
    reports = [r for r in event_reports(conn, cluster) if r.outlet in names]
    articles = article_briefs(conn, [r.id for r in reports])
    comparison = compare(reports)
    return {
        "event": cluster,
        "label": label,
        "columns": [
            {"outlet": n, "articles": [a for a in articles if a["outlet"] == n]} for n in names
        ],
        "rows": _aligned(comparison_rows(comparison), comparison, names),
        "conflicts": comparison["conflicts"],
    }


def _aligned(rows: list[Row], comparison: Row, names: list[str]) -> list[Row]:
    """Comparison rows with one cell per chosen outlet; None where it did not report."""
    covered = [o["outlet"] for o in comparison["outlets"]]
    for row in rows:
        row["cells"] = [row["cells"][covered.index(n)] if n in covered else None for n in names]
    return rows
