"""Outlet pages and API, outlets side by side, and the readable labels, titles and dates
of the pages (the fixture store of test_web_store, plus one article without headline)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from pantau.records import Article, Entity, Event, Quote, Relay
from pantau.store import Store
from pantau.web.app import create_app
from pantau.web.charts import bar_chart, share_chart
from pantau.web.queries import readable
from pantau.web.views import relative_source
from test_web_store import EVENT, STORY, build_store

UNTITLED = Article(
    id="tanpa-judul",
    source="/data/crawl/kabarsatu/tanpa-judul.txt",
    outlet="kabarsatu.id",
    body=[
        "SUKAMAJU, KABARSATU.ID - Bupati Sukamaju Hendra Wijaya meresmikan jembatan gantung"
        " baru yang menghubungkan dua desa di tepi sungai. Warga menyambutnya gembira."
    ],
    entities=[Entity("Hendra Wijaya", "PER", ["Hendra"], ["Bupati Sukamaju"])],
    quotes=[Quote("Jembatan ini untuk anak sekolah.", "Hendra Wijaya", "direct", "kata")],
    relays=[Relay("Antara", "dikutip dari")],
    events=[Event("launch", "meresmikan", ["Hendra Wijaya"], "2024-04-02", None, True)],
)


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = build_store(tmp_path_factory.mktemp("outlets") / "store.db")
    with Store(db) as store:
        store.ingest([UNTITLED])
    with TestClient(create_app(db)) as opened:
        yield opened


def test_an_untitled_article_gets_its_lead_marked_derived_and_its_event_date(client):
    items = client.get("/api/articles", params={"outlet": "kabarsatu.id"}).json()["items"]
    brief = next(item for item in items if item["id"] == "tanpa-judul")
    assert brief["title"].startswith("Bupati Sukamaju Hendra Wijaya meresmikan jembatan")
    assert brief["title_derived"] is True
    assert (brief["date"], brief["date_kind"]) == ("2024-04-02", "event")
    html = client.get("/articles").text
    assert 'class="derived"' in html and "event date" in html


def test_a_printed_title_is_not_marked_derived(client):
    brief = client.get(f"/api/stories/{STORY}").json()["articles"][0]
    assert brief["title_derived"] is False and brief["date_kind"] == "published"


def test_events_carry_labels_in_the_api_and_on_the_pages(client):
    event = client.get(f"/api/events/{EVENT}").json()
    assert event["label"] == "Banjir", "the place Sukamaju is the dateline: left out"
    assert event["label"] in client.get("/events").text
    timeline = client.get(f"/api/stories/{STORY}").json()["timeline"]
    assert timeline[1]["label"] == "Budi Santoso meninjau di Sukamaju"


def test_counts_are_written_with_their_plural(client):
    assert "2 articles from" in client.get(f"/events/{EVENT}").text
    assert "1 article from" in client.get("/events/kunjungan-2024-03-07").text


def test_outlet_api_gives_relay_shares_quotes_and_disagreements(client):
    body = client.get("/api/outlets/kabarsatu.id").json()
    assert body["article_count"] == 2
    assert body["relays"]["sources"] == [{"source": "Antara", "articles": 2, "share": 1.0}]
    assert [p["period"] for p in body["relays"]["over_time"]] == ["2024-03", "2024-04"]
    quoted = [(q["speaker"], q["quotes"], q["entity"]) for q in body["quoted"]]
    assert quoted == [("Hendra Wijaya", 1, None), ("Rina Wulandari", 1, "per-rina")]
    facts = {(d["fact"], tuple(d["own"])) for d in body["disagreements"]}
    assert ("number", ("240",)) in facts
    assert ("role", ("kepala bpbd sukamaju",)) in facts


def test_outlet_api_marks_events_covered_and_missed_in_its_stories(client):
    stories = client.get("/api/outlets/kabardua.id").json()["stories"]
    assert [(s["story"], s["covered"], s["missed"]) for s in stories] == [(STORY, 2, 0)]
    stories = client.get("/api/outlets/kabarsatu.id").json()["stories"]
    assert [(s["covered"], s["missed"]) for s in stories] == [(1, 1)]


def test_outlet_index_lists_every_outlet(client):
    names = [o["outlet"] for o in client.get("/api/outlets").json()]
    assert sorted(names) == ["kabardua.id", "kabarsatu.id"]


@pytest.mark.parametrize(
    ("path", "status"),
    [("/api/outlets/nowhere.id", 404), ("/api/outlets/bad%20domain", 422)],
)
def test_outlet_errors_have_the_one_shape(client, path, status):
    response = client.get(path)
    assert response.status_code == status
    assert response.json()["error"]["status"] == status


def test_outlet_page_draws_svg_charts_and_links_people(client):
    html = client.get("/outlets/kabarsatu.id").text
    assert html.count("<svg") == 2
    assert 'href="/entities/per-rina"' in html
    assert "Where it disagreed" in html and "“240”" in html


def test_article_and_event_pages_link_to_their_outlets(client):
    assert 'href="/outlets/kabarsatu.id"' in client.get("/articles/banjir-a").text
    assert 'href="/outlets/kabardua.id"' in client.get(f"/events/{EVENT}").text


def test_compare_sets_chosen_outlets_side_by_side(client):
    params = {"story": STORY, "outlet": ["kabardua.id", "kabarsatu.id"]}
    body = client.get("/api/compare", params=params).json()
    assert body["outlets"] == ["kabardua.id", "kabarsatu.id"]
    visit = next(e for e in body["events"] if e["event"] == "kunjungan-2024-03-07")
    assert [len(c["articles"]) for c in visit["columns"]] == [1, 0]
    assert all(row["cells"][1] is None for row in visit["rows"])
    assert "not covered" in client.get("/compare", params=params).text


def test_compare_validates_its_parameters(client):
    assert client.get("/api/compare").status_code == 422
    assert client.get("/api/compare", params={"story": "none"}).status_code == 404
    bad = client.get("/api/compare", params={"story": STORY, "outlet": "a b"})
    assert bad.status_code == 422


def test_file_sources_are_shown_relative_to_the_input_root():
    assert relative_source("/data/crawl/a/x.txt", "/data/crawl/") == "a/x.txt"
    assert relative_source("https://kabarsatu.id/x", "/data/crawl/") == "https://kabarsatu.id/x"


def test_bar_heights_follow_the_counts():
    chart = bar_chart([{"period": "2024-01", "count": 1}, {"period": "2024-02", "count": 2}])
    first, second = chart["bars"]
    assert second["height"] == 2 * first["height"]
    assert second["y"] + second["height"] == chart["base"]


def test_shares_stack_to_the_full_height():
    periods = [
        {
            "period": "2024-01",
            "shares": [{"source": "A", "share": 0.75}, {"source": "B", "share": 0.25}],
        }
    ]
    parts = share_chart(periods, ["A", "B"])["columns"][0]["parts"]
    assert sum(p["height"] for p in parts) == pytest.approx(share_chart(periods, [])["base"])
    assert [p["percent"] for p in parts] == [75, 25]


def test_without_publication_or_event_date_the_texts_first_date_is_shown():
    row = {"title": "T", "published": None, "body": None, "event_date": None}
    dated = readable({**row, "text_date": "XXXX-04-02"})
    assert (dated["date"], dated["date_kind"]) == ("XXXX-04-02", "text")
    assert readable({**row, "text_date": "2004"})["date_kind"] is None, "a bare year is no date"
