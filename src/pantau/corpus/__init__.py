"""The across-articles half: stages that read and update the store incrementally.

Each corpus stage is ``stage(store, new_ids)``: it sees the ids just stored and
updates what depends on them (entity identities, clusters, timelines) without
recomputing the whole corpus. ``CORPUS_STAGES`` lists them in order.
"""

from __future__ import annotations

from collections.abc import Callable

from pantau.corpus.clusters import cluster_events
from pantau.corpus.dating import date_occurrences
from pantau.corpus.link import link_new_articles
from pantau.corpus.stories import assign_stories
from pantau.corpus.timeline import update_timelines
from pantau.store import Store

CorpusStage = Callable[[Store, list[str]], None]

CORPUS_STAGES: list[tuple[str, CorpusStage]] = [
    ("entity-identities", link_new_articles),
    ("event-clusters", cluster_events),
    ("occurrence-dates", date_occurrences),
    ("stories", assign_stories),
    ("timeline", update_timelines),
]


def update_corpus(store: Store, new_ids: list[str]) -> None:
    """Run every corpus stage over the newly stored articles."""
    for _, stage in CORPUS_STAGES:
        stage(store, new_ids)
