import sqlite3
from pathlib import Path

from pantau.corpus.link import link_new_articles
from pantau.records import Article, Entity
from pantau.store import Store
from pantau.store.schema import MIGRATIONS


def article(article_id: str, outlet: str, *entities: Entity) -> Article:
    return Article(
        id=article_id,
        source=f"{article_id}.txt",
        outlet=outlet,
        published="2023-12-11",
        body=[f"Isi berita {article_id}."],
        entities=list(entities),
    )


def ingest(store: Store, *articles: Article) -> None:
    store.ingest(articles)
    link_new_articles(store, [a.id for a in articles])


def identities(store: Store) -> dict[str, dict]:
    return {row["name"]: row for row in store.rows("SELECT * FROM identities")}


def test_spellings_across_outlets_become_one_identity_incrementally(store: Store):
    ingest(
        store,
        article(
            "a",
            "republika.co.id",
            Entity("Benyamin Netanyahu", "PER", ["Netanyahu"], ["Perdana Menteri Israel"]),
        ),
    )
    ingest(
        store,
        article("b", "bisnis.com", Entity("Benjamin Netanyahu", "PER", [], ["Presiden Israel"])),
    )
    ingest(store, article("c", "kompas.com", Entity("Mahmoud Abbas", "PER")))
    ingest(store, article("d", "detik.com", Entity("Mahmud Abbas", "PER", ["Abbas"])))
    found = identities(store)
    assert len(found) == 2 and any("Abbas" in name for name in found)
    [netanyahu] = [row for name, row in found.items() if "Netanyahu" in name]
    assert '"a"' in netanyahu["articles"] and '"b"' in netanyahu["articles"]
    assert (
        "Presiden Israel" in netanyahu["roles"] and "Perdana Menteri Israel" in netanyahu["roles"]
    )
    ids = {
        row["identity"]
        for row in store.rows("SELECT identity FROM mentions WHERE name LIKE '%Netanyahu'")
    }
    assert len(ids) == 1 and None not in ids


def test_a_new_article_touches_only_identities_sharing_a_name(store: Store):
    ingest(store, article("a", "x.com", Entity("Joko Widodo", "PER"), Entity("Jakarta", "LOC")))
    before = {row["id"]: row for row in store.rows("SELECT * FROM identities")}
    ingest(store, article("b", "y.com", Entity("Prabowo Subianto", "PER")))
    after = {row["id"]: row for row in store.rows("SELECT * FROM identities")}
    assert all(after[key] == row for key, row in before.items())
    assert len(after) == 3


def test_same_name_of_another_type_stays_apart(store: Store):
    ingest(store, article("a", "x.com", Entity("Persija Jakarta", "ORG"), Entity("Jakarta", "LOC")))
    types = {(row["name"], row["type"]) for row in store.rows("SELECT name, type FROM identities")}
    assert types == {("Persija Jakarta", "ORG"), ("Jakarta", "LOC")}


def test_a_short_name_held_by_many_identities_stays_apart(store: Store):
    for n, surname in enumerate(["Santoso", "Hartono", "Wijaya", "Pratama"]):
        ingest(store, article(f"p{n}", "x.com", Entity(f"Budi {surname}", "PER")))
    ingest(store, article("q", "y.com", Entity("Budi", "PER")))
    found = identities(store)
    assert "Budi" in found and len(found) == 5


def test_a_short_name_held_by_one_identity_joins_it_and_a_later_full_name_absorbs_it(
    store: Store,
):
    ingest(store, article("a", "x.com", Entity("Retno Marsudi", "PER")))
    ingest(store, article("b", "y.com", Entity("Marsudi", "PER")))
    ingest(store, article("c", "z.com", Entity("Sukarno", "PER")))
    ingest(store, article("d", "w.com", Entity("Ahmad Sukarno", "PER")))
    found = identities(store)
    assert set(found) == {"Retno Marsudi", "Ahmad Sukarno"}
    assert '"b"' in found["Retno Marsudi"]["articles"]
    assert '"c"' in found["Ahmad Sukarno"]["articles"]


def test_a_store_keyed_by_tokens_is_keyed_again_by_name_runs(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = sqlite3.connect(path)
    for script in MIGRATIONS[:6]:
        old.executescript(script)
    old.execute(
        "INSERT INTO identities (id, name, type, aliases, roles, articles)"
        " VALUES ('i1', 'Retno Marsudi', 'PER', '[\"Retno\"]', '[]', '[\"a\"]')"
    )
    old.execute("INSERT INTO identity_keys (key, identity) VALUES ('PER:retno', 'i1')")
    old.execute("PRAGMA user_version = 6")
    old.commit()
    old.close()
    with Store(path) as store:
        keys = {row["key"] for row in store.rows("SELECT key FROM identity_keys")}
        assert keys == {"PER=retno marsudi", "PER<retno", "PER<marsudi", "PER=retno"}
        ingest(store, article("b", "y.com", Entity("Marsudi", "PER")))
        [retno] = identities(store).values()
        assert '"b"' in retno["articles"]
