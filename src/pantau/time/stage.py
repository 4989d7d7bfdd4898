"""The ``timexes`` stage: time expressions, the anchor and the main event's date of an article."""

from __future__ import annotations

from pantau.doc import Doc
from pantau.options import Options
from pantau.records import Timex
from pantau.time.event_date import main_event_date
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
    article.timexes = [Timex(text=t.text, value=t.value, type=t.type) for t in found.timexes]
    article.extra["anchor"] = found.anchor.as_record()
    article.extra["event_date"] = main_event_date(doc)
