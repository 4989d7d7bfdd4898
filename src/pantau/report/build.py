"""The static HTML report: articles by outlet and date, and a page per article.

Templates autoescape every value, and the pages forbid scripts by their
Content-Security-Policy, so article text can never run as code.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from pantau.records import Article
from pantau.store import Store

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def environment() -> Environment:
    return Environment(
        loader=PackageLoader("pantau.report", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def page_name(article_id: str) -> str:
    """A safe file name for an article page, whatever its id holds."""
    return (_UNSAFE.sub("_", article_id).strip("._") or "article")[:120] + ".html"


def build_report(store: Store, out_dir: Path) -> Path:
    """Write the report into ``out_dir`` and return the path of its index page."""
    env = environment()
    generated = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    pages = out_dir / "articles"
    pages.mkdir(parents=True, exist_ok=True)
    by_outlet: dict[str | None, list[dict[str, str | None]]] = defaultdict(list)
    article_page = env.get_template("article.html")
    total = 0
    for article in store.articles():
        total += 1
        name = page_name(article.id)
        html = article_page.render(article=article, root="../", generated=generated)
        (pages / name).write_text(html, encoding="utf-8")
        by_outlet[article.outlet].append(_summary(article, name))
    outlets = sorted(by_outlet.items(), key=lambda item: (item[0] is None, item[0] or ""))
    for _, articles in outlets:
        articles.sort(key=lambda a: (a["published"] or "", a["title"] or ""), reverse=True)
    index = out_dir / "index.html"
    index.write_text(
        env.get_template("index.html").render(
            outlets=outlets, total=total, root="", generated=generated
        ),
        encoding="utf-8",
    )
    return index


def _summary(article: Article, page: str) -> dict[str, str | None]:
    lead = article.body[0] if article.body else article.id
    return {
        "page": page,
        "title": article.title,
        "lead": lead[:120],
        "published": article.published,
    }
