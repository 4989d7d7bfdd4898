"""The main job: read, analyze, store, update the corpus; with counts of what happened.

Like scrapy's stats, every input ends as a counted outcome: stored, duplicate
of an article already stored, or skipped with its reason.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pantau.corpus import update_corpus
from pantau.doc import RawDoc, Skipped
from pantau.options import Options
from pantau.pipeline import analyze_many
from pantau.read import read_inputs
from pantau.records import Article
from pantau.store import Store


@dataclass(slots=True)
class RunStats:
    """Counts of one run; ``skipped`` keeps each skipped input with its reason."""

    read: int = 0
    analyzed: int = 0
    stored: int = 0
    duplicates: dict[str, str] = field(default_factory=dict)
    skipped: list[Skipped] = field(default_factory=list)


def run(
    inputs: Iterable[str | Path],
    store: Store,
    options: Options | None = None,
    workers: int | None = None,
    on_article: Callable[[], None] | None = None,
) -> RunStats:
    """Read files, folders or globs and run the main job over their articles."""
    options = options or Options()
    items = read_inputs(inputs, options.max_bytes)
    return run_items(items, store, options, workers, on_article)


def run_items(
    items: Iterable[RawDoc | Skipped],
    store: Store,
    options: Options | None = None,
    workers: int | None = None,
    on_article: Callable[[], None] | None = None,
) -> RunStats:
    """Analyze articles in batches and store them as ``store_batches`` does."""
    return store_batches(analyze_many(items, options or Options(), workers), store, on_article)


def store_batches(
    batches: Iterable[list[Article | Skipped]],
    store: Store,
    on_article: Callable[[], None] | None = None,
) -> RunStats:
    """Store each batch in one transaction and update the corpus with it.

    Updating per batch keeps memory bounded and lets an interrupted run keep
    every batch it finished, corpus included. ``pantau ingest`` stores records
    analyzed elsewhere (on Spark) through here too, in the same batches.
    """
    stats = RunStats()
    for batch in batches:
        articles = [item for item in batch if isinstance(item, Article)]
        stats.skipped.extend(item for item in batch if isinstance(item, Skipped))
        stats.read += len(batch)
        stats.analyzed += len(articles)
        result = store.ingest(articles)
        stats.stored += len(result.stored)
        stats.duplicates.update(result.duplicates)
        update_corpus(store, result.stored)
        if on_article is not None:
            for _ in batch:
                on_article()
    return stats
