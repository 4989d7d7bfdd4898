"""The date of an occurrence as most of its reports give it.

One outlet's slip (the publication day taken for the day it happened, a
wrong year) is outvoted by the other reports of its event cluster, and a
report that dates nothing takes the date the others give. Day dates outrank
month dates: "Juli" and "31 Juli" do not disagree. The stage keeps it in
``event_clusters.date`` for the clusters touched by new articles; the
``clusters`` export, the pages' article dates and the timeline read it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from pantau.store import Store

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH = re.compile(r"^\d{4}-\d{2}$")


def usual_date(dates: Iterable[str | None]) -> str | None:
    """The date most reports give (the earliest on a tie), days before months."""
    given = [value for value in dates if value]
    for shape in (_DAY, _MONTH):
        counts = Counter(value for value in given if shape.match(value))
        if counts:
            return min(counts, key=lambda value: (-counts[value], value))
    return None


def date_occurrences(store: Store, new_ids: list[str]) -> None:
    """Re-date every event cluster a new article joined, from its reports' main events."""
    with store.transaction():
        for cluster in store.touched("event_cluster", new_ids):
            store.conn.execute(
                "UPDATE event_clusters SET date = ? WHERE id = ?",
                (usual_date(_report_dates(store, cluster)), cluster),
            )


def _report_dates(store: Store, cluster: str) -> list[str]:
    rows = store.conn.execute(
        "SELECT e.date FROM articles a JOIN events e ON e.article_id = a.id"
        " WHERE a.event_cluster = ? AND e.main = 1",
        (cluster,),
    )
    return [row[0] for row in rows]
