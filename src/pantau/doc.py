"""What flows between the per-article stages.

``RawDoc`` is what a reader yields: one article's input before any analysis.
``Doc`` carries a RawDoc, the Article record being filled, and the
intermediate annotations that later stages read (entity mentions with their
offsets, the timex anchor). Stages are pure functions ``stage(doc, options)``
that fill the fields they declare; nothing here touches the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pantau.records import Article


@dataclass(slots=True)
class RawDoc:
    """One article's input: scraped ``text`` or ``html``, plus hints from the container."""

    id: str
    source: str
    text: str | None = None
    html: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    outlet: str | None = None


@dataclass(slots=True)
class Mention:
    """One occurrence of an entity in the clean body.

    ``paragraph`` indexes ``Article.body``; ``start``/``end`` are character
    offsets inside that paragraph; ``entity`` is the canonical ``Entity.name``
    the mention was resolved to.
    """

    paragraph: int
    start: int
    end: int
    text: str
    type: str
    entity: str | None = None


@dataclass(slots=True)
class Doc:
    """A RawDoc, the record being filled, and shared intermediate annotations."""

    raw: RawDoc
    article: Article
    mentions: list[Mention] = field(default_factory=list)
    anchor: str | None = None
    notes: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True, frozen=True)
class Skipped:
    """An input that was not turned into a record, and why (shown as one line)."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"
