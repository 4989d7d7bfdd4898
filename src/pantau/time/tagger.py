"""Tag a whole article body: find every expression, choose the anchor, resolve the values."""

from __future__ import annotations

from dataclasses import dataclass

from pantau.time.anchor import Anchor, choose_anchor, lead_indexes
from pantau.time.timex import Located, find, resolve_paragraph


@dataclass(frozen=True, slots=True)
class Tagged:
    """An article's anchor, its resolved time expressions in body order, its lead paragraphs."""

    anchor: Anchor
    timexes: list[Located]
    lead: list[int]


def tag_article(published: str | None, body: list[str], lang: str = "id") -> Tagged:
    """The time expressions of ``body``, resolved against the anchor chosen for it."""
    matches = [find(paragraph, lang) for paragraph in body]
    lead = lead_indexes(body)
    anchor = choose_anchor(published, matches, lead, lang)
    located = [
        timex
        for index, paragraph_matches in enumerate(matches)
        for timex in resolve_paragraph(paragraph_matches, index, anchor.value, lang)
    ]
    return Tagged(anchor, located, lead)
