"""Sixty XSS payloads in every field of an article, through every UI page and the report.

Chromium crawls every page reachable from the home page (served, then the
static report from disk) with the Content-Security-Policy bypassed, so the
escaping alone must hold: no dialog opens, no script, handler or script URL
reaches the page. A second check makes sure the served pages carry the CSP.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urldefrag, urljoin

import pytest

from live_server import serving
from pantau.corpus import update_corpus
from pantau.doc import RawDoc
from pantau.pipeline import analyze
from pantau.records import Article, Entity, Event, Number, Quote, Relay, Removed, Timex
from pantau.report.build import build_report
from pantau.store import Store
from test_browser import CHROMIUM, browser  # noqa: F401  (the browser fixture)
from xss_payloads import PAYLOADS

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium")

GROUPS = 10
TEXT = """Banjir Rendam Desa Sukamaju
SUKAMAJU - Banjir merendam Desa Sukamaju pada Selasa (5/3/2024) setelah hujan deras semalaman.
Kepala BPBD Sukamaju, Rina Wulandari, mengatakan 240 rumah terendam air setinggi satu meter.
"Kami sudah mengirim perahu karet ke lokasi," kata Rina.
"""
HOSTILE = """() => {
  const all = [...document.querySelectorAll('*')];
  return {
    scripts: document.querySelectorAll('script, iframe, object, embed, base, meta[http-equiv]:not([http-equiv=Content-Security-Policy])').length,
    handlers: all.filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length,
    urls: all.filter(e => [...e.attributes].some(a =>
      /^(href|src|action|formaction|data)$/.test(a.name) &&
      /^\\s*(javascript|data|vbscript):/i.test(a.value))).length,
  };
}"""


def _hostile(base: Article, k: int) -> Article:
    """The analyzed base article with group ``k`` of the payloads in every field."""
    bad = " ".join(PAYLOADS[k::GROUPS])
    article = Article.from_json(base.to_json())
    article.id = f"hostile-{k}" if k % 2 else f"hostile-{k}-{bad}"
    article.source = f"https://kabar{k}.id/{bad}"
    article.outlet, article.dateline = f"kabar{k}.id {bad}", f"Sukamaju {bad}"
    article.title, article.published = f"Banjir {k} {bad}", "2024-03-05"
    article.authors = [f"Penulis {bad}"]
    article.body = [*article.body, f"Warga desa {k} membaca spanduk {bad} di jalan."]
    article.removed = [Removed(f"Iklan {bad}", f"advertisement {bad}")]
    article.entities = [*article.entities, Entity(f"Rina {bad}", "PER", [bad], [f"Kepala {bad}"])]
    article.timexes = [*article.timexes, Timex(f"Selasa {bad}", "2024-03-05", "DATE")]
    article.numbers = [Number(f"240 {bad}", 240, f"rumah {bad}")]
    article.quotes = [Quote(f"Kami siap {bad}", f"Rina {bad}", "direct", f"kata {bad}")]
    article.relays = [Relay(f"Antara {bad}", f"dikutip dari {bad}")]
    article.events = [Event("disaster", f"banjir {bad}", [f"Rina {bad}"], "2024-03-05", bad, True)]
    article.extra["standfirst"] = [f"Ringkasan {bad}"]
    return article


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory) -> Path:
    base = analyze(RawDoc("base", "base.txt", text=TEXT))
    path = tmp_path_factory.mktemp("xss") / "store.db"
    with Store(path) as store:
        result = store.ingest([_hostile(base, k) for k in range(GROUPS)])
        update_corpus(store, result.stored)
    return path


def _crawl(page, start: str, inside: Callable[[str], bool], limit: int = 400) -> list[str]:
    """Visit every page reachable from ``start``; the problems found on any of them."""
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    seen, queue, problems = {start}, deque([start]), []
    while queue and len(seen) <= limit:
        url = queue.popleft()
        page.goto(url)
        page.wait_for_load_state("load")
        found = page.evaluate(HOSTILE)
        if any(found.values()):
            problems.append(f"{url}: {found}")
        for href in page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)"):
            target = urldefrag(urljoin(url, href)).url
            if inside(target) and target not in seen:
                seen.add(target)
                queue.append(target)
    assert len(seen) > 2 * GROUPS, f"crawl reached only {len(seen)} pages"
    return problems + [f"dialog: {message}" for message in dialogs]


@pytest.fixture(scope="module")
def xss_server(hostile_store):
    with serving(hostile_store) as url:
        yield url


def test_no_payload_runs_on_any_served_page(browser, xss_server):  # noqa: F811
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    searches = [f"{xss_server}/search?q=banjir", f"{xss_server}/search?q={PAYLOADS[0]}"]
    problems = _crawl(page, xss_server + "/", lambda url: url.startswith(xss_server))
    for url in searches:
        page.goto(url)
        problems += [f"{url}: {found}" for found in [page.evaluate(HOSTILE)] if any(found.values())]
    context.close()
    assert problems == []


def test_no_payload_runs_in_the_static_report(browser, hostile_store, tmp_path):  # noqa: F811
    with Store(hostile_store) as store:
        index = build_report(store, tmp_path / "report")
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    root = (tmp_path / "report").as_uri()
    problems = _crawl(page, index.as_uri(), lambda url: url.startswith(root))
    context.close()
    assert problems == []


def test_served_pages_carry_a_content_security_policy(browser, xss_server):  # noqa: F811
    context = browser.new_context()
    page = context.new_page()
    response = page.goto(xss_server + "/articles")
    policy = response.headers["content-security-policy"]
    assert re.search(r"script-src 'none'", policy) and "default-src 'none'" in policy
    assert page.locator("a").count() > GROUPS  # the page still renders and links under it
    context.close()


def test_the_check_sees_a_payload_that_is_not_escaped(browser):  # noqa: F811
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    page.set_content(f"<p>{PAYLOADS[3]}</p><a href='{PAYLOADS[45]}'>x</a>")
    assert page.evaluate(HOSTILE) == {"scripts": 0, "handlers": 1, "urls": 1}
    context.close()
