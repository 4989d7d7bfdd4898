"""HTML input: the page's main text, one paragraph a line, and the page's own metadata.

trafilatura finds the main content and the page metadata (title, author,
date from meta tags, site name); the same line rules as for scraped text then
run on its paragraphs, so cues it keeps ("Baca juga: ...") still go.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import trafilatura

_DATE_PARAMS = {"extensive_search": False, "original_date": True}


@dataclass(frozen=True, slots=True)
class Page:
    """What an HTML page gives besides its text."""

    text: str
    title: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    site: str | None = None
    url: str | None = None


def _authors(value: str | None) -> list[str]:
    return [name.strip() for name in (value or "").split(";") if name.strip()]


def read_html(html: str, url: str | None = None) -> Page:
    """The main text (paragraphs separated by newlines) and metadata of one page."""
    found = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        favor_recall=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        date_extraction_params=_DATE_PARAMS,
    )
    if found is None:
        return Page(text="", url=url)
    return Page(
        text=found.text or "",
        title=found.title,
        published=found.date,
        authors=_authors(found.author),
        site=found.hostname or found.sitename,
        url=found.url or url,
    )
