import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pantau.errors import StoreError
from pantau.records import Article, Entity, Quote
from pantau.store import Store
from pantau.store.schema import SCHEMA_VERSION
from pantau.web.search import search_articles


def make(article_id: str, body: str = "Isi berita tentang banjir.") -> Article:
    return Article(
        id=article_id,
        source=f"{article_id}.txt",
        title=f"Judul {article_id}",
        body=[body],
        entities=[Entity("Rina Wulandari", "PER", ["Rina"], ["Kepala BPBD"])],
        quotes=[Quote("Kami siap membantu warga", "Rina Wulandari", "direct", "kata")],
    )


def found(store: Store, text: str) -> list[str]:
    return [item["id"] for item in search_articles(store.conn, text, 10, 0)["items"]]


def test_same_article_twice_is_stored_once(store: Store):
    store.ingest([make("a")])
    store.ingest([make("a")])
    assert store.count() == 1
    assert store.count("quotes") == 1 and store.count("mentions") == 1


def test_changed_article_replaces_its_rows(store: Store):
    store.ingest([make("a")])
    store.ingest([make("a", "Isi baru tentang gempa.")])
    [article] = store.articles()
    assert article.body == ["Isi baru tentang gempa."]
    assert found(store, "gempa") == ["a"]
    assert found(store, "banjir") == []


def test_same_text_under_another_id_is_a_duplicate(store: Store):
    result = store.ingest([make("a"), make("b")])
    assert result.stored == ["a"] and result.duplicates == {"b": "a"}
    assert store.count() == 1


def test_full_text_search_over_titles_and_bodies(store: Store):
    store.ingest([make("a", "Gempa mengguncang Cianjur."), make("b", "Harga cabai naik.")])
    assert found(store, "cianjur") == ["a"]
    assert sorted(found(store, "judul")) == ["a", "b"]


def test_schema_version_recorded_and_newer_refused(tmp_path: Path):
    path = tmp_path / "s.db"
    with Store(path) as store:
        assert store.version == SCHEMA_VERSION
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer than this pantau"):
        Store(path)


def test_not_a_store_is_refused(tmp_path: Path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a pantau store"):
        Store(path)


def test_failed_batch_leaves_store_unchanged(store: Store):
    store.ingest([make("a")])
    bad = make("b", "Teks lain.")
    bad.quotes = [Quote(None, None, "direct")]  # type: ignore[arg-type]
    with pytest.raises(sqlite3.IntegrityError):
        store.ingest([make("c", "Teks ketiga."), bad])
    assert [a.id for a in store.articles()] == ["a"]


WRITER = """
import sys
from pantau.records import Article, Quote
from pantau.store import Store
store = Store(sys.argv[1])
n = 0
while True:
    batch = []
    for _ in range(200):
        n += 1
        quotes = [Quote(f"kutipan {n} {i}", None, "direct") for i in range(5)]
        batch.append(Article(id=f"a{n}", source="x", body=[f"berita nomor {n}"], quotes=quotes))
    store.ingest(batch)
    print(n, flush=True)
"""


def test_killed_mid_ingest_leaves_a_consistent_store(tmp_path: Path):
    path = tmp_path / "crash.db"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True
    )
    committed = [int(writer.stdout.readline()) for _ in range(3)]
    time.sleep(0.05)
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    with Store(path) as store:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        articles = store.count()
        assert articles >= committed[-1] and articles % 200 == 0
        assert store.count("quotes") == 5 * articles
        fts = store.conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0]
        assert fts == articles
        for article in store.articles():
            assert len(article.quotes) == 5
        store.ingest([Article(id="after", source="x", body=["setelah crash"])])
        assert store.count() == articles + 1
        assert json.loads(store.rows("SELECT record FROM articles WHERE id='after'")[0]["record"])


def test_cache_holds_key_indexes(store: Store):
    """A million-article store's key indexes are gigabytes; 2 MiB of cache re-read them."""
    assert store.conn.execute("PRAGMA cache_size").fetchone()[0] <= -256 * 1024
    assert store.conn.execute("PRAGMA mmap_size").fetchone()[0] > 0


def test_story_key_update_reads_one_row(store: Store):
    """Growing a story finds its row for a key by key and story, not all the key's stories."""
    plan = store.conn.execute(
        "EXPLAIN QUERY PLAN UPDATE story_keys SET day = 1 WHERE key = 'k' AND story = 's'"
    ).fetchall()
    assert "story_keys_key_story (key=? AND story=?)" in plan[0][3]
