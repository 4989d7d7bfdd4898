"""kill -9 at random points of ingest and corpus update leaves a whole, consistent store.

The writer is a forked child (no interpreter start, no model load), so fifty
kills take seconds; the kill times are drawn from a seeded generator.
"""

from __future__ import annotations

import json
import os
import random
import signal
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from badinputs import ARTICLE
from pantau.corpus import update_corpus
from pantau.doc import RawDoc
from pantau.pipeline import analyze
from pantau.records import Article
from pantau.store import Store
from pantau.web.app import create_app

KILLS = 50
FIELDS = {"mentions": "entities", "timexes": "timexes", "numbers": "numbers", "quotes": "quotes"}
FIELDS |= {"relays": "relays", "events": "events"}
BATCH = 3


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    """Twelve distinct articles, and two copies of the first under other ids."""
    towns = ["Sukamaju", "Cibening", "Karangsari", "Lembah Hijau", "Tanjung Asri", "Pasirlaut"]
    raws = [
        RawDoc(f"f{n}", f"f{n}.txt", text=ARTICLE.format(n=n).replace("Contoh", towns[n % 6]))
        for n in range(12)
    ]
    found = [analyze(raw) for raw in raws]
    copies = [Article.from_json(found[0].to_json()) for _ in range(2)]
    for i, copy in enumerate(copies):
        copy.id = f"copy{i}"
    return [*found, *copies]


def _write_all(path: Path, articles: list[Article]) -> None:
    with Store(path) as store:
        for start in range(0, len(articles), BATCH):
            result = store.ingest(articles[start : start + BATCH])
            update_corpus(store, result.stored)


def _forked_writer(path: Path, articles: list[Article]) -> int:
    pid = os.fork()
    if pid == 0:
        try:
            _write_all(path, articles)
        finally:
            os._exit(0)
    return pid


def _check(path: Path) -> set[str]:
    """Integrity, FTS in step, every stored article with all its rows; the ids stored."""
    with Store(path) as store:
        conn = store.conn
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for table in ("articles_fts", "quotes_fts"):
            conn.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")
        assert conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == store.count()
        for article in store.articles():
            for table, field in FIELDS.items():
                rows = store.rows(
                    f"SELECT count(*) AS n FROM {table} WHERE article_id = ?", (article.id,)
                )
                assert rows[0]["n"] == len(getattr(article, field)), (article.id, table)
        return {row["id"] for row in store.rows("SELECT id FROM articles")}


def test_fifty_kills_then_a_rerun_stores_exactly_the_distinct_inputs(tmp_path: Path, articles):
    started = time.monotonic()
    _write_all(tmp_path / "timing.db", articles)
    span = time.monotonic() - started
    draw = random.Random(14)
    distinct = {article.id for article in articles} - {"copy0", "copy1"}
    stores = [tmp_path / f"faults-{k}.db" for k in range(10)]
    sizes = []
    for kill in range(KILLS):
        pid = _forked_writer(stores[kill % 10], articles)
        time.sleep(draw.uniform(0, span))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        stored = _check(stores[kill % 10])
        assert stored <= distinct
        sizes.append(len(stored))
    assert len(set(sizes)) >= 3  # the kills fell at different points of the run
    for path in stores:
        _write_all(path, articles)
        assert _check(path) == distinct
        with Store(path) as store:
            assert {row["id"] for row in store.duplicates()} == {"copy0", "copy1"}


def _rewrite(path: Path, articles: list[Article], times: int) -> int:
    """A forked writer storing the articles ``times`` over (each time replacing their rows)."""
    pid = os.fork()
    if pid == 0:
        try:
            for _ in range(times):
                _write_all(path, articles)
        finally:
            os._exit(0)
    return pid


def test_readers_serve_while_a_writer_ingests(tmp_path: Path, articles):
    path = tmp_path / "live.db"
    _write_all(path, articles[:3])
    writer = _rewrite(path, articles, 20)  # forked before any thread starts here
    client = TestClient(create_app(path))
    failures: list[str] = []
    served = 0
    while os.waitpid(writer, os.WNOHANG) == (0, 0):
        for url in ("/", "/articles", "/api/articles", "/api/search?q=jembatan", "/events"):
            response = client.get(url)
            served += 1
            if response.status_code != 200 or "locked" in response.text:
                failures.append(f"{url} {response.status_code}")
    assert failures == [] and served > 0
    assert json.loads(client.get("/api/articles?limit=50").text)["total"] == 12
