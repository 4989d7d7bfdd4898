"""The web UI pages: what they show, their links, and hostile text shown only as text."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from pantau.records import Article, Entity, Quote, Span, Timex
from pantau.web.app import create_app
from pantau.web.highlight import highlight_article
from pantau.web.links import Links, file_name
from test_web_store import EVENT, HOSTILE_IMG, HOSTILE_SCRIPT, STORY, build_store


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = build_store(tmp_path_factory.mktemp("web") / "store.db")
    with TestClient(create_app(db)) as opened:
        yield opened


def test_home_lists_recent_stories_and_events(client):
    html = client.get("/").text
    assert f'href="/stories/{STORY}"' in html
    assert f'href="/events/{EVENT}"' in html


def test_story_page_shows_a_dated_timeline_with_outlets(client):
    html = client.get(f"/stories/{STORY}").text
    assert '<time datetime="2024-03-05">' in html
    assert html.index("2024-03-05") < html.index("2024-03-07")
    assert f'href="/events/{EVENT}"' in html
    assert "kabarsatu.id" in html


def test_story_page_cites_each_summary_sentence(client):
    html = client.get(f"/stories/{STORY}").text
    assert 'Tiga ratus rumah terendam. <a class="cite" href="/articles/banjir-b"' in html
    assert f"Gubernur meninjau {HOSTILE_IMG}".replace("<", "&lt;").replace(">", "&gt;") in html


def test_event_page_flags_conflicting_facts(client):
    html = client.get(f"/events/{EVENT}").text
    conflicts = re.findall(r'<tr class="conflict">\s*<th>([^<]+)', html)
    assert [c.strip() for c in conflicts] == ["Titles given", "Numbers"]
    flagged = re.findall(r'<div class="conflict-value">([^<]+)</div>', html)
    assert "Rina Wulandari: Sekretaris BPBD Sukamaju" in flagged
    assert "240 rumah" in flagged
    assert "Antara" in html


def test_event_page_shows_quotes_with_linked_speakers(client):
    html = client.get(f"/events/{EVENT}").text
    assert 'href="/entities/per-rina">Rina Wulandari</a>' in html


def test_article_page_highlights_entities_dates_and_quotes(client):
    html = client.get("/articles/banjir-a").text
    assert '<span class="mark-date" title="DATE: 2024-03-05">Selasa (5/3/2024)</span>' in html
    assert 'class="mark-entity" title="PER: Rina Wulandari">Rina Wulandari</span>' in html
    assert 'class="mark-quote"' in html


def test_article_page_keeps_removed_lines_behind_a_toggle(client):
    html = client.get("/articles/banjir-a").text
    assert re.search(r"<details class=\"removed\">\s*<summary>Removed lines \(1\)", html)
    assert "related-link" in html


@pytest.mark.parametrize(
    "path", ["/articles/hostile-1", "/events/kunjungan-2024-03-07", f"/stories/{STORY}", "/"]
)
def test_hostile_text_is_escaped_everywhere(client, path):
    html = client.get(path).text
    assert "<script" not in html
    assert "<img" not in html
    assert not re.search(r"<[a-z][^>]*\sonerror=", html)


def test_hostile_text_still_reads_as_text(client):
    html = client.get("/articles/hostile-1").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_pages_forbid_scripts(client):
    response = client.get("/articles/hostile-1")
    assert "script-src 'none'" in response.headers["content-security-policy"]
    assert "script-src &#39;none&#39;" in response.text


def test_entity_page_shows_roles_over_time(client):
    html = client.get("/entities/per-rina").text
    assert html.index("Kepala BPBD Sukamaju") < html.index("Sekretaris BPBD Sukamaju")


def test_search_page_marks_matches(client):
    html = client.get("/search", params={"q": "perahu"}).text
    assert '<span class="match">perahu</span>' in html


def test_missing_page_is_an_html_404(client):
    response = client.get("/articles/nope")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")


def test_list_pages_link_to_next_page(tmp_path):
    from pantau.store import Store
    from pantau.web import pages

    with Store(tmp_path / "s.db") as store:
        store.ingest(
            Article(id=f"a{i}", source="x", title=f"Judul {i}", body=[f"Isi {i}."])
            for i in range(pages.PAGE_SIZE + 1)
        )
    with TestClient(create_app(tmp_path / "s.db")) as local:
        assert 'href="/articles?offset=30"' in local.get("/articles").text
        assert 'href="/articles?offset=0"' in local.get("/articles?offset=30").text


def test_highlight_nests_an_entity_inside_a_quote():
    article = Article(
        id="x",
        source="x",
        body=["Kata Rina: kami siap di Sukamaju."],
        entities=[Entity("Sukamaju", "LOC")],
        quotes=[Quote("kami siap di Sukamaju", "Rina", "direct")],
    )
    (pieces,), _ = highlight_article(article)
    assert [(p.text, p.classes) for p in pieces] == [
        ("Kata Rina: ", ""),
        ("kami siap di ", "mark-quote"),
        ("Sukamaju", "mark-entity mark-quote"),
        (".", ""),
    ]


def test_highlight_matches_whole_words_only():
    article = Article(
        id="x",
        source="x",
        body=["Meiliana pergi pada Mei."],
        timexes=[Timex("Mei", "2024-05", "DATE")],
    )
    (pieces,), _ = highlight_article(article)
    assert [p.text for p in pieces if p.marks] == ["Mei"]


def test_highlight_marks_the_spans_and_anchors_each_cited_one():
    body = ["Rina: kami siap. Rina datang."]
    article = Article(
        id="x",
        source="x",
        body=body,
        entities=[Entity("Rina", "PER", spans=[Span(0, 0, 4), Span(0, 17, 21)])],
        quotes=[Quote("kami siap", "Rina", "direct", spans=[Span(0, 6, 15)])],
    )
    (pieces,), targets = highlight_article(article)
    assert [p.text for p in pieces if "mark-entity" in p.classes] == ["Rina", "Rina"]
    assert set(targets) == {"s0-0-4", "s0-17-21", "s0-6-15"}
    quoted = [p.text for p in pieces if "s0-6-15" in p.targets]
    assert quoted == ["kami siap"]
    assert [p.anchors for p in pieces if p.anchors] == [["s0-0-4"], ["s0-6-15"], ["s0-17-21"]]


def test_highlight_takes_the_longest_form_first():
    article = Article(
        id="x",
        source="x",
        body=["Pada 5 Maret 2024 hujan."],
        timexes=[
            Timex("Maret 2024", "2024-03", "DATE"),
            Timex("5 Maret 2024", "2024-03-05", "DATE"),
        ],
    )
    (pieces,), _ = highlight_article(article)
    assert [p.text for p in pieces if p.marks] == ["5 Maret 2024"]


def test_static_links_are_relative_files_and_safe():
    links = Links("../", static=True)
    assert links.article("a/b") == "../articles/" + file_name("a/b")
    assert file_name("a/b") != file_name("a_b")
    assert file_name("plain-id") == "plain-id.html"
    assert links.search() is None
    assert Links().article("a/b") == "/articles/a%2Fb"


def test_hostile_fixture_really_holds_markup():
    assert "<script>" in HOSTILE_SCRIPT and "onerror=" in HOSTILE_IMG
