"""Entities, dates and quotes marked in the clean text, and the cited spans a link opens.

Marks come from the record's spans; an item without spans (a record stored
before them) is located by its surface form in every paragraph instead. A
paragraph is cut at every mark and target boundary into pieces; each piece
carries the marks and the targets covering it. A target is a span that other
pages cite (a timeline sentence, a quote, a mention, a compared fact): the
article page gives it an anchor, and a link to ``#<target id>`` scrolls there
and highlights its words by CSS alone (``:target``), so the static report and
the web UI open it alike, with no script. Templates escape every piece, so
article text is never trusted as markup.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from pantau.corpus.timeline import event_sentence
from pantau.records import Article, Span, span_id


@dataclass(frozen=True, slots=True)
class Mark:
    """What a span is (``entity``, ``date``, ``quote``) and a label to show on hover."""

    kind: str
    label: str
    key: str | None = None


@dataclass(slots=True)
class Piece:
    """A run of a paragraph's text, the marks over it, the targets it belongs to, and the
    anchors (target ids) that start with it."""

    text: str
    marks: list[Mark] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    anchors: list[str] = field(default_factory=list)

    @property
    def classes(self) -> str:
        return " ".join(sorted({f"mark-{mark.kind}" for mark in self.marks}))

    @property
    def title(self) -> str:
        return " · ".join(mark.label for mark in self.marks)


Located = dict[int, list[tuple[int, int, Mark]]]
Targets = dict[int, list[tuple[int, int, str]]]


def _marked(article: Article) -> tuple[Located, dict[str, list[tuple[str, Mark]]]]:
    """Marks at the items' spans, and the surface forms of the items that have none."""
    located: Located = defaultdict(list)
    forms: dict[str, list[tuple[str, Mark]]] = {"quote": [], "entity": [], "date": []}
    items: list[tuple[str, Iterable[str], list[Span], Mark]] = [
        (
            "quote",
            [q.text],
            q.spans,
            Mark("quote", f"{q.speaker or 'unnamed'} ({q.kind})", q.speaker),
        )
        for q in article.quotes
        if q.text
    ]
    items += [
        ("entity", {e.name, *e.aliases}, e.spans, Mark("entity", f"{e.type}: {e.name}", e.name))
        for e in article.entities
    ]
    items += [
        ("date", [t.text], t.spans, Mark("date", f"{t.type}: {t.value or '?'}"))
        for t in article.timexes
        if t.text
    ]
    for kind, texts, spans, mark in items:
        body = [span for span in spans if span.p is not None]
        for span in body:
            located[span.p or 0].append((span.start, span.end, mark))
        if not spans:
            forms[kind] += [(text, mark) for text in texts if text.strip()]
    return located, {
        kind: sorted(found, key=lambda item: -len(item[0])) for kind, found in forms.items()
    }


def _found(text: str, forms: list[tuple[str, Mark]]) -> list[tuple[int, int, Mark]]:
    """Non-overlapping whole-word occurrences of the forms, longest forms first."""
    taken: list[tuple[int, int, Mark]] = []
    for form, mark in forms:
        pattern = re.compile(rf"(?<!\w){re.escape(form)}(?!\w)")
        for found in pattern.finditer(text):
            start, end = found.span()
            if all(end <= s or start >= e for s, e, _ in taken):
                taken.append((start, end, mark))
    return taken


def citable(article: Article) -> list[list[Span]]:
    """Every group of body spans a link may open: each item's spans (a quote's pieces
    together, the others one by one) and each event's sentence."""
    groups: list[list[Span]] = [q.spans for q in article.quotes]
    singles = [span for e in article.entities for span in e.spans]
    singles += [span for t in article.timexes for span in t.spans]
    singles += [span for n in article.numbers for span in n.spans]
    singles += [span for r in article.relays for span in r.spans]
    singles += [span for e in article.events for span in e.spans]
    singles += [
        sentence
        for index in range(len(article.events))
        if (sentence := event_sentence(article, index)) is not None
    ]
    groups += [[span] for span in singles]
    return [group for group in groups if group and all(s.p is not None for s in group)]


Anchors = dict[int, dict[int, list[str]]]


def _targets(article: Article) -> tuple[Targets, Anchors]:
    """Per paragraph, the target spans with their ids, and at which offset each id's
    anchor goes (the start of its first span)."""
    targets: Targets = defaultdict(list)
    anchors: Anchors = defaultdict(lambda: defaultdict(list))
    seen: set[str] = set()
    for group in citable(article):
        name = span_id(group[0])
        if name in seen:
            continue
        seen.add(name)
        anchors[group[0].p or 0][group[0].start].append(name)
        for span in group:
            targets[span.p or 0].append((span.start, span.end, name))
    return targets, anchors


def highlight(
    text: str,
    marks: list[tuple[int, int, Mark]],
    targets: list[tuple[int, int, str]],
    anchors: dict[int, list[str]],
) -> list[Piece]:
    """One paragraph as pieces; marks of different kinds may nest (an entity in a quote),
    and so may targets."""
    cuts = {0, len(text), *anchors}
    cuts |= {edge for s, e, _ in marks for edge in (s, e)}
    cuts |= {edge for s, e, _ in targets for edge in (s, e)}
    pieces = []
    for start, end in pairwise(sorted(cut for cut in cuts if 0 <= cut <= len(text))):
        piece = Piece(text[start:end], [m for s, e, m in marks if s <= start and end <= e])
        piece.targets = list(dict.fromkeys(n for s, e, n in targets if s <= start and end <= e))
        piece.anchors = anchors.get(start, [])
        pieces.append(piece)
    return pieces


def highlight_article(article: Article) -> tuple[list[list[Piece]], list[str]]:
    """Every body paragraph of an article as highlighted pieces, and the target ids."""
    located, forms = _marked(article)
    targets, anchors = _targets(article)
    paragraphs = []
    for index, paragraph in enumerate(article.body):
        marks = located.get(index, []) + [
            found for kind_forms in forms.values() for found in _found(paragraph, kind_forms)
        ]
        paragraphs.append(
            highlight(paragraph, marks, targets.get(index, []), anchors.get(index, {}))
        )
    ids = [name for here in anchors.values() for names in here.values() for name in names]
    return paragraphs, ids
