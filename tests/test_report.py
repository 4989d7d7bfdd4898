"""The static report: the web UI's templates written as files with relative links."""

from __future__ import annotations

import re

import pytest

from pantau.records import Article
from pantau.report.build import build_report
from pantau.store import Store
from pantau.web.links import file_name
from test_web_store import EVENT, STORY, build_store


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("report")
    with Store(build_store(folder / "store.db")) as store:
        index = build_report(store, folder / "out")
    return index.parent


def test_report_has_a_page_per_story_event_article_and_entity(report):
    assert (report / "stories" / f"{STORY}.html").is_file()
    assert (report / "events" / f"{EVENT}.html").is_file()
    assert sorted(p.name for p in (report / "articles").glob("*.html")) == [
        "banjir-a.html",
        "banjir-b.html",
        "hostile-1.html",
    ]
    assert (report / "entities" / "per-rina.html").is_file()
    assert (report / "events.html").is_file()


def test_every_local_link_resolves(report):
    for page in report.rglob("*.html"):
        for target in re.findall(r'href="([^"#?]+)"', page.read_text("utf-8")):
            if "://" not in target:
                assert (page.parent / target).resolve().is_file(), (page, target)


def test_report_pages_use_the_web_templates(report):
    html = (report / "stories" / f"{STORY}.html").read_text("utf-8")
    assert '<ol class="timeline">' in html
    assert f'href="../events/{file_name(EVENT)}"' in html


def test_report_has_no_search_form(report):
    assert "<form" not in (report / "index.html").read_text("utf-8")


def test_report_article_text_cannot_run(report):
    html = (report / "articles" / "hostile-1.html").read_text("utf-8")
    assert "<script" not in html and "<img" not in html
    assert "script-src &#39;none&#39;" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_report_has_outlet_pages_and_a_side_by_side_page_per_story(report):
    assert (report / "outlets.html").is_file()
    html = (report / "outlets" / "kabarsatu.id.html").read_text("utf-8")
    assert "<svg" in html and "Antara" in html
    compare = (report / "compare" / f"{STORY}.html").read_text("utf-8")
    assert "kabardua.id" in compare and "<form" not in compare


def test_report_shows_file_sources_relative_to_the_input_root(tmp_path):
    db = build_store(tmp_path / "store.db")
    with Store(db) as store:
        store.ingest(
            [
                Article("lokal-1", "/data/crawl/satu/a.txt", "kabartiga.id", body=["Satu."]),
                Article("lokal-2", "/data/crawl/dua/b.txt", "kabartiga.id", body=["Dua."]),
            ]
        )
        build_report(store, tmp_path / "out")
    html = (tmp_path / "out" / "articles" / "lokal-1.html").read_text("utf-8")
    assert '<span class="source">satu/a.txt</span>' in html
    assert "/data/crawl" not in html
