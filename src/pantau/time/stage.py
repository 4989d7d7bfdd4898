"""The ``timexes`` and ``numbers`` stages of an article."""

from __future__ import annotations

from pantau.doc import Doc
from pantau.options import Options
from pantau.records import Number, Span, Timex
from pantau.time.event_date import main_event_date, tagged
from pantau.time.numbers import find_numbers
from pantau.time.tagger import tag_article


def timexes(doc: Doc, options: Options) -> None:
    """Fill ``timexes``; set ``doc.anchor``, ``extra["anchor"]`` and ``extra["event_date"]``.

    The located expressions stay in ``doc.notes["tagged"]`` so that later stages
    (numbers, events) know which spans are time and need not tag again.
    """
    article = doc.article
    found = tag_article(article.published, article.body, options.lang)
    doc.notes["tagged"] = found
    doc.anchor = found.anchor.value
    article.timexes = [
        Timex(t.text, t.value, t.type, [Span(t.paragraph, t.start, t.end)]) for t in found.timexes
    ]
    occurrence = main_event_date(doc)
    article.extra["anchor"] = found.anchor.as_record()
    if occurrence.why:
        article.extra["anchor"]["event_date"] = occurrence.why
    if occurrence.doubtful:
        article.extra["anchor"]["event_date_doubtful"] = True
    article.extra["event_date"] = occurrence.value


def numbers(doc: Doc, options: Options) -> None:
    """Fill ``numbers``, leaving out numerals inside time expressions."""
    article = doc.article
    spans: dict[int, list[tuple[int, int]]] = {}
    for timex in tagged(doc).timexes:
        spans.setdefault(timex.paragraph, []).append((timex.start, timex.end))
    article.numbers = [
        Number(n.text, n.value, n.what, n.qualifier, [Span(index, n.start, n.end)])
        for index, paragraph in enumerate(article.body)
        for n in find_numbers(paragraph, options.lang, spans.get(index, []))
    ]
