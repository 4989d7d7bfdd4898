"""Entities, dates and quotes marked in the clean text, built from plain pieces.

Records keep surface forms, not offsets, so each form is located in every
paragraph. A paragraph is cut at every mark boundary into pieces; each piece
carries the marks covering it. Templates escape every piece, so article text is
never trusted as markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from pantau.records import Article


@dataclass(frozen=True, slots=True)
class Mark:
    """What a span is (``entity``, ``date``, ``quote``) and a label to show on hover."""

    kind: str
    label: str
    key: str | None = None


@dataclass(slots=True)
class Piece:
    text: str
    marks: list[Mark] = field(default_factory=list)

    @property
    def classes(self) -> str:
        return " ".join(sorted({f"mark-{mark.kind}" for mark in self.marks}))

    @property
    def title(self) -> str:
        return " · ".join(mark.label for mark in self.marks)


def _forms(article: Article) -> dict[str, list[tuple[str, Mark]]]:
    """Surface forms to look for, per kind, longest first."""
    entities = [
        (form, Mark("entity", f"{e.type}: {e.name}", e.name))
        for e in article.entities
        for form in {e.name, *e.aliases}
        if form.strip()
    ]
    dates = [
        (t.text, Mark("date", f"{t.type}: {t.value or '?'}")) for t in article.timexes if t.text
    ]
    quotes = [
        (q.text, Mark("quote", f"{q.speaker or 'unnamed'} ({q.kind})", q.speaker))
        for q in article.quotes
        if q.text
    ]
    return {
        kind: sorted(forms, key=lambda item: -len(item[0]))
        for kind, forms in (("quote", quotes), ("entity", entities), ("date", dates))
    }


def _spans(text: str, forms: list[tuple[str, Mark]]) -> list[tuple[int, int, Mark]]:
    """Non-overlapping whole-word occurrences of the forms, longest forms first."""
    taken: list[tuple[int, int, Mark]] = []
    for form, mark in forms:
        pattern = re.compile(rf"(?<!\w){re.escape(form)}(?!\w)")
        for found in pattern.finditer(text):
            start, end = found.span()
            if all(end <= s or start >= e for s, e, _ in taken):
                taken.append((start, end, mark))
    return taken


def highlight(text: str, forms: dict[str, list[tuple[str, Mark]]]) -> list[Piece]:
    """One paragraph as pieces; marks of different kinds may nest (an entity in a quote)."""
    spans = [span for kind_forms in forms.values() for span in _spans(text, kind_forms)]
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    pieces = []
    for start, end in pairwise(cuts):
        marks = [mark for s, e, mark in spans if s <= start and end <= e]
        pieces.append(Piece(text[start:end], marks))
    return pieces


def highlight_article(article: Article) -> list[list[Piece]]:
    """Every body paragraph of an article as highlighted pieces."""
    forms = _forms(article)
    return [highlight(paragraph, forms) for paragraph in article.body]
