"""Where each page lives: server paths for the web UI, relative files for the report.

Templates only ever call ``links``, so the same template renders both surfaces.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode

from pantau.records import Span, span_id

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
KINDS = ("stories", "events", "articles", "entities", "outlets")


def file_name(key: str) -> str:
    """A safe, collision-free file name for a page key, whatever the key holds."""
    safe = _UNSAFE.sub("_", key).strip("._")[:100] or "page"
    if safe != key:
        safe += "-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:8]
    return safe + ".html"


@dataclass(frozen=True, slots=True)
class Links:
    """URLs of pages; ``static`` gives relative ``.html`` files under ``root``."""

    root: str = "/"
    static: bool = False

    def home(self) -> str:
        return self.root + "index.html" if self.static else self.root

    def page(self, kind: str, key: str) -> str:
        if kind not in KINDS:
            raise ValueError(f"unknown page kind {kind!r}")
        if self.static:
            return f"{self.root}{kind}/{file_name(key)}"
        return f"{self.root}{kind}/{quote(key, safe='')}"

    def story(self, key: str) -> str:
        return self.page("stories", key)

    def event(self, key: str) -> str:
        return self.page("events", key)

    def article(self, key: str) -> str:
        return self.page("articles", key)

    def cite(self, key: str, span: Span | dict[str, Any] | None) -> str:
        """An article opened at a span of its body (a Span or its JSON), highlighted there;
        the article's top for no span or one in a removed line."""
        url = self.article(key)
        if isinstance(span, dict):
            span = Span(span.get("p"), span["start"], span["end"], span.get("removed"))
        if span is None or span.p is None:
            return url
        return f"{url}#{span_id(span)}"

    def entity(self, key: str) -> str:
        return self.page("entities", key)

    def outlet(self, domain: str) -> str:
        return self.page("outlets", domain)

    def compare(self, story: str, outlets: list[str]) -> str:
        """Outlets side by side on one story (the report holds one page per story, all outlets)."""
        if self.static:
            return f"{self.root}compare/{file_name(story)}"
        return f"{self.root}compare?{urlencode({'story': story, 'outlet': outlets}, doseq=True)}"

    def listing(self, kind: str) -> str:
        """The list page of a kind (events, entities, articles)."""
        return f"{self.root}{kind}.html" if self.static else f"{self.root}{kind}"

    def search(self, query: str | None = None, **params: object) -> str | None:
        """The search page (none in a static report, which has no server)."""
        if self.static:
            return None
        if query is None:
            return f"{self.root}search"
        args = {"q": query, **{k: v for k, v in params.items() if v is not None}}
        return f"{self.root}search?{urlencode(args)}"
