"""Browser tests: Playwright driving Debian's Chromium against a live ``pantau serve``.

They skip only when /usr/bin/chromium is absent (``make test`` installs it via
scripts/system-deps.sh); Playwright's own browser downloads are never used.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from live_server import serving
from pantau.eval.gold import gold_inputs, load_jsonl
from pantau.options import Options
from pantau.runner import run_items
from pantau.store import Store
from test_web_store import EVENT, LEAD, STORY, build_store

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs Debian's chromium (scripts/system-deps.sh installs it)"
)


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    """The web UI on a free port of 127.0.0.1, in a thread, for this module."""
    with serving(build_store(tmp_path_factory.mktemp("browser") / "store.db")) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    context.set_default_timeout(10_000)
    opened = context.new_page()
    yield opened
    context.close()


def test_click_through_story_event_and_article(page, base_url):
    page.goto(base_url + "/")
    page.click(f'a[href="/stories/{STORY}"]')
    assert page.locator("h1").inner_text() == "Banjir"
    assert page.locator("ol.timeline > li").count() == 2
    page.click(f'ol.timeline a[href="/events/{EVENT}"]')
    assert page.locator("table.compare tr.conflict").count() == 2
    page.click('table.compare thead a[href="/articles/banjir-b"]')
    assert page.url.endswith("/articles/banjir-b")
    assert page.locator(".article-body .mark-entity").first.inner_text() == "Sukamaju"


HIGHLIGHTED = """() => [...document.querySelectorAll('.article-body mark')]
    .filter(m => getComputedStyle(m).backgroundColor !== 'rgba(0, 0, 0, 0)')
    .map(m => m.textContent).join('')"""


def in_view(page) -> bool:
    """Whether the anchor the URL's fragment names lies inside the window."""
    return page.evaluate(
        """() => { const box = document.getElementById(location.hash.slice(1))
            .getBoundingClientRect(); return box.top >= 0 && box.top < innerHeight; }"""
    )


def test_a_timeline_sentence_opens_its_words_highlighted_in_the_article(page, base_url):
    page.set_viewport_size({"width": 1200, "height": 300})
    page.goto(base_url + f"/stories/{STORY}")
    page.click("ol.timeline a.cite >> nth=0")
    assert page.url.endswith(f"/articles/banjir-a#s0-0-{len(LEAD)}")
    assert page.evaluate(HIGHLIGHTED) == LEAD
    assert in_view(page)
    page.goto(base_url + "/articles/banjir-a")
    assert page.evaluate(HIGHLIGHTED) == ""


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory):
    """The web UI over the demo gold's articles, run through the whole job."""
    db = tmp_path_factory.mktemp("demo") / "store.db"
    seeds = Path(__file__).parents[1] / "gold" / "seeds.jsonl"
    with Store(db) as store:
        run_items(gold_inputs(load_jsonl(seeds), seeds, Options().max_bytes), store, workers=1)
    with serving(db) as url:
        yield url


def test_on_the_demo_a_timeline_sentence_opens_on_its_own_words(page, demo_url):
    page.goto(demo_url + "/")
    page.click("main a[href^='/stories/'] >> nth=0")
    entry = page.locator("ol.timeline > li p").first
    cite = entry.locator("a.cite").first
    sentence = entry.evaluate("p => p.firstChild.textContent").strip()
    cite.click()
    page.wait_for_url("**/articles/**#s*")
    assert len(sentence) > 40 and page.evaluate(HIGHLIGHTED) == sentence
    assert in_view(page)


def test_a_mention_a_quote_and_a_compared_fact_open_highlighted(page, base_url):
    page.goto(base_url + "/entities/per-rina")
    page.click("text=Mentioned in >> xpath=following-sibling::ul[1] >> a >> nth=0")
    assert page.evaluate(HIGHLIGHTED) == "Rina Wulandari"
    page.goto(base_url + "/entities/per-rina")
    page.click("blockquote + .meta a:text('article') >> nth=0")
    assert page.evaluate(HIGHLIGHTED) == "Kami sudah mengirim perahu karet ke lokasi."
    page.goto(base_url + f"/events/{EVENT}")
    page.click("ul.conflicts a.cite:text('[kabardua.id]') >> nth=0")
    assert page.evaluate(HIGHLIGHTED) in {"300 rumah", "Rina Wulandari"}
    assert in_view(page)


def test_removed_lines_show_on_demand(page, base_url):
    page.goto(base_url + "/articles/banjir-a")
    line = page.locator("details.removed td", has_text="Baca juga")
    assert not line.is_visible()
    page.click("details.removed summary")
    assert line.is_visible()


def test_search_form_finds_quotes(page, base_url):
    page.goto(base_url + "/")
    page.fill('input[name="q"]', "perahu")
    page.press('input[name="q"]', "Enter")
    page.wait_for_url("**/search?q=perahu*")
    assert page.locator("span.match").count() >= 2


def test_hostile_article_renders_as_text_and_runs_nothing(browser, base_url):
    """Escaping alone must hold: the page's script ban is bypassed for this test."""
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    for path in ("/articles/hostile-1", "/events/kunjungan-2024-03-07", f"/stories/{STORY}"):
        page.goto(base_url + path)
        page.wait_for_load_state("load")
        assert page.evaluate("document.querySelectorAll('script, img').length") == 0
    page.goto(base_url + "/articles/hostile-1")
    body = page.locator(".article-body").inner_text()
    assert "<script>alert(1)</script>" in body
    assert "<img src=x onerror=alert(1)>" in body
    assert dialogs == []
    context.close()


def test_outlet_page_from_an_article_shows_charts_quotes_and_disagreements(page, base_url):
    page.goto(base_url + "/articles/banjir-a")
    page.click('a[href="/outlets/kabarsatu.id"] >> nth=0')
    assert page.locator("h1").inner_text() == "kabarsatu.id"
    assert page.locator("figure.chart svg").count() == 2
    assert page.locator("rect.share").count() == 1
    assert page.locator("table.relays td").first.inner_text() == "Antara"
    assert page.locator("ol.quoted li").first.inner_text().startswith("Rina Wulandari")
    assert page.locator("ul.disagreements li.conflict").count() == 2


def test_outlets_side_by_side_from_the_story_page(page, base_url):
    page.goto(base_url + f"/stories/{STORY}")
    page.click("text=Compare the outlets side by side")
    page.wait_for_url("**/compare?story=*")
    headers = page.locator("table.side").first.locator("thead th").all_inner_texts()
    assert headers[1:] == ["kabardua.id", "kabarsatu.id"]
    assert page.locator("table.side .missed", has_text="not covered").count() == 1


def test_outlet_index_links_each_outlet(page, base_url):
    page.goto(base_url + "/")
    page.click("header nav a:text('Outlets')")
    page.click('table.outlets a[href="/outlets/kabardua.id"]')
    assert page.locator("ul.coverage li.covered").count() == 2


@pytest.mark.parametrize(
    "path",
    [
        "/",
        f"/stories/{STORY}",
        f"/events/{EVENT}",
        "/articles/banjir-a",
        "/outlets",
        "/outlets/kabarsatu.id",
        f"/compare?story={STORY}",
    ],
)
def test_pages_fit_a_phone(browser, base_url, path):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    page.goto(base_url + path)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()
