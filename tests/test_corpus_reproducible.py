"""The same records build the same store whatever Python's string hash seed is.

Set iteration order changes with ``PYTHONHASHSEED``; when it leaked into the
order of an article's name keys, the keys kept after trimming, and so the
clusters' blocking keys, differed from one run to the next.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

BUILD = """
import json, sys
from pantau.corpus import update_corpus
from pantau.records import Article, Entity, Event, Timex
from pantau.store import Store

people = [Entity(f"Tokoh{i} Wirawan{i}", "PER", aliases=[f"Wira{i}", f"Pak Tokoh{i}", f"T{i} Wirawan{i}"])
          for i in range(8)]
articles = [
    Article(id=f"a{n}", source=f"a{n}.txt", outlet=f"o{n}.id", title="Delapan tokoh bertemu di balai kota",
            published="2026-03-0" + str(n + 1), body=["Delapan tokoh bertemu membahas anggaran daerah."],
            entities=people[n:] + people[:n], timexes=[Timex("2026-03-01", "2026-03-01", "DATE")],
            events=[Event("meeting", "bertemu", [p.name for p in people[:2]], "2026-03-01", None, True)])
    for n in range(3)
]
with Store(sys.argv[1]) as store:
    update_corpus(store, store.ingest(articles).stored)
    rows = {t: store.rows(f"SELECT * FROM {t} ORDER BY 1, 2")
            for t in ("cluster_keys", "story_keys", "event_clusters", "story_profiles")}
print(json.dumps(rows, sort_keys=True, default=str))
"""


def _build(tmp_path, seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    path = tmp_path / f"store-{seed}.db"
    done = subprocess.run(
        [sys.executable, "-c", BUILD, str(path)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def test_store_is_the_same_under_any_hash_seed(tmp_path):
    built = {seed: _build(tmp_path, seed) for seed in ("1", "2", "3", "4")}
    assert json.loads(built["1"])["cluster_keys"]
    assert len(set(built.values())) == 1
