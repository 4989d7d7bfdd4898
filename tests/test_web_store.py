"""The fixture store of the web tests, and tests of the read queries behind the pages.

Hand-made articles with every annotation set directly, so the web surfaces are
tested without the NLP stages. One article is hostile: markup in its text must
only ever be shown as text.
"""

from __future__ import annotations

import json
from pathlib import Path

from pantau.records import Article, Entity, Event, Number, Quote, Relay, Removed, Span, Timex
from pantau.store import Store
from pantau.web import people, queries, search
from pantau.web.readonly import connect

HOSTILE_SCRIPT = "<script>alert(1)</script>"
HOSTILE_IMG = "<img src=x onerror=alert(1)>"


def _rina(role: str) -> Entity:
    return Entity("Rina Wulandari", "PER", ["Rina"], [role])


def flood_body(houses: int, role: str) -> list[str]:
    return [
        f"Banjir merendam tiga desa di Kabupaten Sukamaju pada Selasa (5/3/2024) dan {houses}"
        " rumah terendam.",
        f'{role} Rina Wulandari mengatakan, "Kami sudah mengirim perahu karet ke lokasi."',
    ]


def at(body: list[str], p: int, words: str) -> list[Span]:
    """The span of the first ``words`` in paragraph ``p``, as the analysis records it."""
    start = body[p].index(words)
    return [Span(p, start, start + len(words))]


def _flood(article_id: str, outlet: str, houses: int, role: str) -> Article:
    body = flood_body(houses, role)
    rina = _rina(role)
    rina.spans = at(body, 1, "Rina Wulandari")
    return Article(
        id=article_id,
        source=f"https://{outlet}/{article_id}",
        outlet=outlet,
        title=f"Banjir Rendam Tiga Desa di Sukamaju ({outlet})",
        published="2024-03-05",
        dateline="Sukamaju",
        authors=["Dewi Lestari"],
        body=body,
        removed=[Removed("Baca juga: Hujan Deras Sepekan", "related-link")],
        entities=[rina, Entity("Sukamaju", "LOC", spans=at(body, 0, "Sukamaju"))],
        timexes=[
            Timex("Selasa (5/3/2024)", "2024-03-05", "DATE", at(body, 0, "Selasa (5/3/2024)"))
        ],
        numbers=[Number(f"{houses} rumah", houses, "rumah", None, at(body, 0, f"{houses} rumah"))],
        quotes=[
            Quote(
                "Kami sudah mengirim perahu karet ke lokasi.",
                "Rina Wulandari",
                "direct",
                "mengatakan",
                at(body, 1, "Kami sudah mengirim perahu karet ke lokasi."),
            )
        ],
        relays=[Relay("Antara", "dikutip dari")] if outlet == "kabarsatu.id" else [],
        events=[Event("flood", "merendam", ["Sukamaju"], "2024-03-05", "Sukamaju", True)],
        extra={"event_sentences": [[0, 0, len(body[0])]]},
    )


def _hostile() -> Article:
    return Article(
        id="hostile-1",
        source="https://kabardua.id/hostile",
        outlet="kabardua.id",
        title=f"Gubernur Tinjau Lokasi {HOSTILE_SCRIPT}",
        published="2024-03-07",
        body=[
            f"Gubernur Budi Santoso meninjau lokasi banjir pada Kamis. {HOSTILE_SCRIPT}",
            f"Warga memasang spanduk {HOSTILE_IMG} di jalan desa.",
        ],
        removed=[Removed(f"Iklan {HOSTILE_IMG}", "advertisement")],
        entities=[Entity("Budi Santoso", "PER", ["Budi"], ["Gubernur"])],
        timexes=[Timex("Kamis", "2024-03-07", "DATE")],
        quotes=[Quote(f"Bantuan datang {HOSTILE_SCRIPT}", "Budi Santoso", "indirect", "kata")],
        events=[Event("visit", "meninjau", ["Budi Santoso"], "2024-03-07", "Sukamaju", True)],
    )


def articles() -> list[Article]:
    return [
        _flood("banjir-a", "kabarsatu.id", 240, "Kepala BPBD Sukamaju"),
        _flood("banjir-b", "kabardua.id", 300, "Sekretaris BPBD Sukamaju"),
        _hostile(),
    ]


STORY = "banjir-sukamaju"
EVENT = "banjir-2024-03-05"
VISIT = "kunjungan-2024-03-07"
LEAD = flood_body(240, "Kepala BPBD Sukamaju")[0]
SENTENCES = [
    {"text": LEAD, "article": "banjir-a", "span": {"p": 0, "start": 0, "end": len(LEAD)}},
    {"text": "Tiga ratus rumah terendam.", "article": "banjir-b"},
]


def build_store(path: Path, *, identities: bool = True) -> Path:
    """A store of the fixture articles with clusters, a story, a timeline and identities."""
    with Store(path) as store:
        store.ingest(articles())
        with store.transaction() as conn:
            clusters = [(EVENT, "banjir-a"), (EVENT, "banjir-b"), (VISIT, "hostile-1")]
            conn.executemany(
                "UPDATE articles SET event_cluster = ?, story_cluster = ? WHERE id = ?",
                [(event, STORY, aid) for event, aid in clusters],
            )
            conn.execute(
                "INSERT INTO stories (id, label, first_date, last_date) VALUES (?, ?, ?, ?)",
                (STORY, "Banjir Sukamaju", "2024-03-05", "2024-03-07"),
            )
            conn.executemany(
                "INSERT INTO timeline (story, date, event, summary, articles, sentences)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (
                        STORY,
                        "2024-03-05",
                        EVENT,
                        "Banjir merendam tiga desa. Tiga ratus rumah terendam.",
                        '["banjir-a", "banjir-b"]',
                        json.dumps(SENTENCES),
                    ),
                    (
                        STORY,
                        "2024-03-07",
                        VISIT,
                        f"Gubernur meninjau {HOSTILE_IMG}",
                        '["hostile-1"]',
                        "[]",
                    ),
                ],
            )
            if identities:
                _link_identities(conn)
    return path


def _role(role: str, article_id: str) -> dict[str, str | None]:
    return {"role": role, "outlet": None, "published": "2024-03-05", "article": article_id}


IDENTITIES = [
    (
        "per-rina",
        "Rina Wulandari",
        "PER",
        ["Rina"],
        [_role("Kepala BPBD Sukamaju", "banjir-a"), _role("Sekretaris BPBD Sukamaju", "banjir-b")],
        ["banjir-a", "banjir-b"],
    ),
    ("per-budi", "Budi Santoso", "PER", ["Budi"], [_role("Gubernur", "hostile-1")], ["hostile-1"]),
    ("loc-sukamaju", "Sukamaju", "LOC", [], [], ["banjir-a", "banjir-b"]),
]


def _link_identities(conn) -> None:
    """Identities as the linking stage writes them: rows, and each mention's identity."""
    for key, name, type_, aliases, roles, ids in IDENTITIES:
        conn.execute(
            "INSERT INTO identities (id, name, type, aliases, roles, articles)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (key, name, type_, json.dumps(aliases), json.dumps(roles), json.dumps(ids)),
        )
        conn.execute("UPDATE mentions SET identity = ? WHERE name = ?", (key, name))


def test_stories_page_counts_articles_and_outlets(tmp_path):
    conn = connect(build_store(tmp_path / "s.db"))
    result = queries.stories(conn, 10, 0)
    assert result["total"] == 1
    (item,) = result["items"]
    assert (item["id"], item["entries"], item["article_count"]) == (STORY, 2, 3)
    assert item["outlets"] == ["kabardua.id", "kabarsatu.id"]


def test_story_timeline_cites_articles_and_outlets(tmp_path):
    conn = connect(build_store(tmp_path / "s.db"))
    found = queries.story(conn, STORY)
    first, second = found["timeline"]
    assert first["event"] == EVENT
    assert [a["id"] for a in first["articles"]] == ["banjir-a", "banjir-b"]
    assert first["outlets"] == ["kabardua.id", "kabarsatu.id"]
    assert second["outlets"] == ["kabardua.id"]
    assert [(c["article"], c["outlet"]) for c in first["sentences"]] == [
        ("banjir-a", "kabarsatu.id"),
        ("banjir-b", "kabardua.id"),
    ]
    assert second["sentences"] == []
    assert queries.story(conn, "nope") is None


def test_events_summarise_main_events_latest_first(tmp_path):
    conn = connect(build_store(tmp_path / "s.db"))
    result = queries.events(conn, 10, 0)
    assert [e["id"] for e in result["items"]] == [VISIT, EVENT]
    flood = result["items"][1]
    assert (flood["type"], flood["date"], flood["article_count"]) == ("flood", "2024-03-05", 2)


def test_event_reports_one_column_per_article(tmp_path):
    conn = connect(build_store(tmp_path / "s.db"))
    reports = queries.event_reports(conn, EVENT)
    found = queries.event(conn, EVENT, reports)
    assert found["outlets"] == ["kabardua.id", "kabarsatu.id"]
    assert [r["numbers"][0]["value"] for r in found["reports"]] == [240, 300]
    assert found["reports"][0]["relays"] == [{"source": "Antara", "cue": "dikutip dari"}]
    assert queries.event_reports(conn, "nope") == []


def test_articles_filter_by_outlet_and_paginate(tmp_path):
    conn = connect(build_store(tmp_path / "s.db"))
    assert queries.articles(conn, 10, 0, "kabardua.id")["total"] == 2
    first = queries.articles(conn, 1, 0, None)
    assert (first["total"], first["items"][0]["id"]) == (3, "hostile-1")
    assert queries.articles(conn, 1, 5, None)["items"] == []


def test_entity_gathers_roles_over_time_and_quotes(tmp_path):
    conn = connect(build_store(tmp_path / "s.db"))
    found = people.entity(conn, "per-rina")
    assert [m["roles"] for m in found["roles_over_time"]] == [
        ["Kepala BPBD Sukamaju"],
        ["Sekretaris BPBD Sukamaju"],
    ]
    assert len(found["quotes"]) == 2
    assert people.entity(conn, "Rina Wulandari") is None


def test_entities_without_identities_fall_back_to_mention_names(tmp_path):
    conn = connect(build_store(tmp_path / "s.db", identities=False))
    listed = people.entities(conn, 10, 0, "PER", None)
    assert [e["id"] for e in listed["items"]] == ["Rina Wulandari", "Budi Santoso"]
    assert listed["items"][0]["roles"] == ["Kepala BPBD Sukamaju", "Sekretaris BPBD Sukamaju"]
    assert people.entity(conn, "Rina Wulandari")["aliases"] == ["Rina"]
    assert people.entity_keys(conn, ["hostile-1"]) == {"Budi Santoso": "Budi Santoso"}


def test_entity_keys_resolve_names_of_articles_to_identities(tmp_path):
    conn = connect(build_store(tmp_path / "s.db"))
    assert people.entity_keys(conn, ["banjir-a", "nope"]) == {
        "Rina Wulandari": "per-rina",
        "Sukamaju": "loc-sukamaju",
    }


def test_entity_roles_are_names_whatever_the_stored_form(tmp_path):
    conn = connect(build_store(tmp_path / "s.db"))
    listed = people.entities(conn, 10, 0, "PER", None)["items"]
    assert listed[0]["roles"] == ["Kepala BPBD Sukamaju", "Sekretaris BPBD Sukamaju"]
    assert people.entity(conn, "per-budi")["roles"] == ["Gubernur"]


def test_entities_filter_by_name_prefix_literally(tmp_path):
    conn = connect(build_store(tmp_path / "s.db"))
    assert [e["id"] for e in people.entities(conn, 10, 0, None, "Bu")["items"]] == ["per-budi"]
    assert people.entities(conn, 10, 0, None, "%")["total"] == 0


def test_search_takes_any_text_as_plain_words(tmp_path):
    conn = connect(build_store(tmp_path / "s.db"))
    hits = search.search_articles(conn, 'perahu "karet', 10, 0)
    assert {h["id"] for h in hits["items"]} == {"banjir-a", "banjir-b"}
    assert any(p["match"] and p["text"].lower() == "perahu" for p in hits["items"][0]["snippet"])
    assert search.search_articles(conn, "AND OR NOT (", 10, 0)["total"] == 0
    assert search.search_quotes(conn, "bantuan", 10, 0)["items"][0]["speaker"] == "Budi Santoso"


def test_snippet_pieces_flag_matches():
    assert search.pieces("a \x02b\x03 c") == [
        {"text": "a ", "match": False},
        {"text": "b", "match": True},
        {"text": " c", "match": False},
    ]


def test_timeline_article_lists_are_json(tmp_path):
    conn = connect(build_store(tmp_path / "s.db"))
    raw = conn.execute("SELECT articles FROM timeline LIMIT 1").fetchone()[0]
    assert json.loads(raw) == ["banjir-a", "banjir-b"]
