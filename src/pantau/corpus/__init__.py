"""The across-articles half: stages that read and update the store incrementally.

Each corpus stage is ``stage(store, new_ids)``: it sees the ids just stored and
updates what depends on them (entity identities, clusters, timelines) without
recomputing the whole corpus. ``CORPUS_STAGES`` lists them in order.
"""

from __future__ import annotations

from collections.abc import Callable

from pantau.store import Store

CorpusStage = Callable[[Store, list[str]], None]

CORPUS_STAGES: list[tuple[str, CorpusStage]] = []


def update_corpus(store: Store, new_ids: list[str]) -> None:
    """Run every corpus stage over the newly stored articles."""
    for _, stage in CORPUS_STAGES:
        stage(store, new_ids)
