"""Exports of the store as rows, written to JSON Lines, CSV or Parquet.

Each ``--what`` is a function from the store to a list of flat dicts; list and
dict values are kept as such in JSON Lines and Parquet and JSON-encoded in CSV.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from pantau.corpus.labels import MainFacts, cluster_labels, event_label, main_facts, story_labels
from pantau.store.db import Store

Rows = list[dict[str, Any]]


def _articles(store: Store) -> Rows:
    return [article.to_dict() for article in store.articles()]


def _json_columns(rows: Rows, *columns: str) -> Rows:
    for row in rows:
        for column in columns:
            row[column] = json.loads(row[column])
    return rows


def _entities(store: Store) -> Rows:
    identities = store.rows("SELECT id, name, type, aliases, roles, articles FROM identities")
    rows = _json_columns(identities, "aliases", "roles", "articles")
    for row in rows:
        row["article_count"] = len(row["articles"])
    return rows


def _quotes(store: Store) -> Rows:
    return store.rows(
        "SELECT q.article_id, a.outlet, a.published, q.speaker, q.kind, q.cue, q.text"
        " FROM quotes q JOIN articles a ON a.id = q.article_id ORDER BY q.rowid"
    )


def _events(store: Store) -> Rows:
    """Every event of every article with its own label, and its cluster's label."""
    rows = store.rows(
        "SELECT e.article_id, a.outlet, a.event_cluster AS cluster, e.type, e.trigger,"
        " e.participants, e.date, e.place, e.main, a.dateline, a.language"
        " FROM events e JOIN articles a ON a.id = e.article_id ORDER BY a.rowid"
    )
    mains = main_facts(store.conn, list({row["article_id"] for row in rows}))
    clusters = cluster_labels(store.conn, list({row["cluster"] for row in rows} - {None}))
    for row in _json_columns(rows, "participants"):
        row["main"] = bool(row["main"])
        types = mains[row["article_id"]].types if row["article_id"] in mains else {}
        facts = MainFacts(
            row["type"],
            row["trigger"],
            row["participants"],
            row["place"],
            row.pop("dateline"),
            row["outlet"],
            row.pop("language"),
            types,
        )
        row["label"] = event_label([facts])
        row["cluster_label"] = clusters.get(row["cluster"])
    return rows


def _stories(store: Store) -> Rows:
    rows = store.rows("SELECT id, label, first_date, last_date FROM stories ORDER BY first_date")
    labels = story_labels(store.conn, [row["id"] for row in rows])
    for row in rows:
        row["label"] = labels[row["id"]] or row["label"]
    return rows


def _timeline(store: Store) -> Rows:
    rows = store.rows(
        "SELECT story, date, event, summary, articles, sentences FROM timeline ORDER BY story, date"
    )
    return _json_columns(rows, "articles", "sentences")


def _clusters(store: Store) -> Rows:
    """Each article's event cluster and story, and the date its occurrence's reports give."""
    return store.rows(
        "SELECT a.id, a.event_cluster AS event, a.story_cluster AS story, c.date"
        " FROM articles a LEFT JOIN event_clusters c ON c.id = a.event_cluster ORDER BY a.rowid"
    )


EXPORTS: dict[str, Callable[[Store], Rows]] = {
    "articles": _articles,
    "entities": _entities,
    "quotes": _quotes,
    "events": _events,
    "stories": _stories,
    "timeline": _timeline,
    "clusters": _clusters,
    "duplicates": Store.duplicates,
}
FORMATS = ("jsonl", "csv", "parquet")


def export_rows(store: Store, what: str) -> Rows:
    if what not in EXPORTS:
        raise ValueError(f"unknown export {what!r}; choose one of {', '.join(EXPORTS)}")
    return EXPORTS[what](store)


def write_rows(rows: Rows, fmt: str, out: Path | None) -> None:
    """Write rows to ``out`` (standard output when None; Parquet needs a file)."""
    if fmt == "jsonl":
        _write_text(out, "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows))
    elif fmt == "csv":
        _write_csv(rows, out)
    elif fmt == "parquet":
        if out is None:
            raise ValueError("parquet output needs a file: pass -o FILE")
        pq.write_table(pa.Table.from_pylist(rows), out)
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _write_text(out: Path | None, text: str) -> None:
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")


def _write_csv(rows: Rows, out: Path | None) -> None:
    columns = list(dict.fromkeys(key for row in rows for key in row))
    handle = sys.stdout if out is None else out.open("w", encoding="utf-8", newline="")
    try:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _csv_cell(v) for k, v in row.items()})
    finally:
        if out is not None:
            handle.close()


def _csv_cell(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value
