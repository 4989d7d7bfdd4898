"""The JSON API: pages, records, entities, quotes, search, and one error shape."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from pantau.errors import StoreError
from pantau.web.app import create_app
from test_web_store import EVENT, HOSTILE_SCRIPT, LEAD, STORY, build_store


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = build_store(tmp_path_factory.mktemp("api") / "store.db")
    with TestClient(create_app(db)) as opened:
        yield opened


def test_lists_are_pages_with_totals(client):
    body = client.get("/api/articles", params={"limit": 2, "offset": 1}).json()
    assert (body["total"], body["limit"], body["offset"], len(body["items"])) == (3, 2, 1, 2)


def test_story_has_its_timeline(client):
    body = client.get(f"/api/stories/{STORY}").json()
    assert [entry["date"] for entry in body["timeline"]] == ["2024-03-05", "2024-03-07"]
    assert body["timeline"][0]["event"] == EVENT


def test_timeline_sentences_and_compared_facts_carry_their_spans(client):
    timeline = client.get(f"/api/stories/{STORY}").json()["timeline"]
    assert timeline[0]["sentences"][0]["span"] == {
        "p": 0,
        "start": 0,
        "end": len(LEAD),
        "removed": None,
    }
    comparison = client.get(f"/api/events/{EVENT}").json()["comparison"]
    houses = next(c for c in comparison["conflicts"] if c["fact"] == "number")
    cites = {value: [c["article"] for c in found] for value, found in houses["cites"].items()}
    assert cites == {"240": ["banjir-a"], "300": ["banjir-b"]}
    record = client.get("/api/articles/banjir-a").json()["record"]
    span = houses["cites"]["240"][0]["span"]
    assert record["body"][span["p"]][span["start"] : span["end"]] == "240 rumah"
    assert record["quotes"][0]["spans"] and record["entities"][0]["spans"]


def test_event_compares_outlets(client):
    body = client.get(f"/api/events/{EVENT}").json()
    assert [r["article"]["outlet"] for r in body["reports"]] == ["kabarsatu.id", "kabardua.id"]
    assert body["reports"][1]["roles"][0]["roles"] == ["Sekretaris BPBD Sukamaju"]
    conflicts = {c["fact"] for c in body["comparison"]["conflicts"]}
    assert conflicts == {"role", "number"}


def test_article_gives_record_and_clean_text(client):
    body = client.get("/api/articles/hostile-1").json()
    assert body["record"]["id"] == "hostile-1"
    assert HOSTILE_SCRIPT in body["text"]
    assert body["event_cluster"] == "kunjungan-2024-03-07"


def test_article_ids_may_hold_slashes(tmp_path):
    from pantau.records import Article
    from pantau.store import Store

    with Store(tmp_path / "s.db") as store:
        store.ingest([Article(id="kabar/2024/1", source="x", body=["Isi berita."])])
    with TestClient(create_app(tmp_path / "s.db")) as local:
        assert local.get("/api/articles/kabar%2F2024%2F1").json()["record"]["id"] == "kabar/2024/1"


def test_entity_has_roles_over_time_and_quotes(client):
    body = client.get("/api/entities/per-rina").json()
    assert [m["outlet"] for m in body["roles_over_time"]] == ["kabarsatu.id", "kabardua.id"]
    assert {q["speaker"] for q in body["quotes"]} == {"Rina Wulandari"}


def test_entities_filter_by_type(client):
    body = client.get("/api/entities", params={"type": "LOC"}).json()
    assert [e["name"] for e in body["items"]] == ["Sukamaju"]


def test_quotes_filter_by_speaker(client):
    body = client.get("/api/quotes", params={"speaker": "Budi Santoso"}).json()
    assert body["total"] == 1


def test_search_covers_articles_and_quotes(client):
    body = client.get("/api/search", params={"q": "perahu karet"}).json()
    assert body["articles"]["total"] == 2
    assert body["quotes"]["total"] == 2


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/api/articles/nope", 404),
        ("/api/stories/nope", 404),
        ("/api/events/nope", 404),
        ("/api/entities/nope", 404),
        ("/api/nothing-here", 404),
        ("/api/articles?limit=0", 422),
        ("/api/articles?limit=abc", 422),
        ("/api/entities?type=XYZ", 422),
        ("/api/search", 422),
    ],
)
def test_every_error_has_one_shape(client, path, status):
    response = client.get(path)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/json"
    assert set(response.json()) == {"error"}
    assert response.json()["error"]["status"] == status
    assert response.json()["error"]["message"]


def test_validation_message_names_the_parameter(client):
    message = client.get("/api/articles?limit=1000").json()["error"]["message"]
    assert message.startswith("query.limit:")


def test_spec_lists_every_operation(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    for path in ("stories", "events", "articles", "entities", "quotes", "search"):
        assert f"/api/{path}" in paths


def test_server_refuses_a_missing_or_foreign_store(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        create_app(tmp_path / "missing.db")
    (tmp_path / "junk.db").write_bytes(b"not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a pantau store"):
        create_app(tmp_path / "junk.db")


def test_server_never_writes_the_store(client):
    from pantau.web.readonly import connect

    conn = connect(client.app.state.db)
    with pytest.raises(Exception, match="readonly"):
        conn.execute("DELETE FROM articles")
