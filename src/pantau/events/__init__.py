"""The ``events`` stage: typed event mentions of one article, one of them ``main``.

Reads the clean body, the entities (with their mentions when the entities
stage left them on the doc) and the timexes; fills ``article.events``, and
``extra["event_sentences"]``: per event, ``[paragraph, start, end]`` of the
sentence it came from (null for a main event made from the lead), which the
timeline quotes from.
"""

from __future__ import annotations

from pantau.doc import Doc
from pantau.events.detect import entity_spans, find_events, timex_spans
from pantau.events.lexicon import lexicon
from pantau.events.main import choose_main
from pantau.options import Options

__all__ = ["events_stage"]


def events_stage(doc: Doc, options: Options) -> None:
    """Fill ``doc.article.events``; the main event carries the occurrence date."""
    article = doc.article
    lex = lexicon(options.lang)
    people = entity_spans(article.body, article.entities, doc.mentions)
    tagged = doc.notes.get("tagged")
    located = tagged.timexes if tagged else None
    dates = timex_spans(article.body, article.timexes, located, options.lang)
    found = find_events(article.body, people, dates, lex)
    article.events = choose_main(found, article, doc.anchor, options.lang)
    spans = {id(item.event): [item.paragraph, *item.sentence] for item in found}
    article.extra["event_sentences"] = [spans.get(id(event)) for event in article.events]
