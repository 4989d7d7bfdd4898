"""Which event the article is chiefly about, and its date.

The lead reports the main occurrence: among the events of the first two
event-bearing sentences of the first two paragraphs, the most specific one is
main, unless its own sentence dates it to another day than the occurrence;
with none there, the first event of the article. Its date is the
occurrence date the timex stage found (``extra["event_date"]``), else its own
sentence's date, else the anchor.
"""

from __future__ import annotations

from pantau.events.detect import Found
from pantau.records import Article, Event

LEAD_SENTENCES = 2
LEAD_PARAGRAPHS = 2


def choose_main(found: list[Found], article: Article, anchor: str | None) -> list[Event]:
    """The article's events with exactly one marked ``main`` (made from the lead when none)."""
    events = [item.event for item in found]
    occurrence = article.extra.get("event_date")
    lead = [item for item in _lead(found) if item.event.date in (None, occurrence)]
    if lead:
        main = max(lead, key=lambda item: item.rank).event
    elif found:
        main = found[0].event
    else:
        main = Event(type="other", trigger="", participants=_top_entities(article))
        events.append(main)
    main.main = True
    main.date = occurrence or main.date or anchor or article.published
    if main.place is None:
        main.place = article.dateline
    return events


def _lead(found: list[Found]) -> list[Found]:
    """Events of the first event-bearing sentences of the first two paragraphs."""
    early = [item for item in found if item.paragraph < LEAD_PARAGRAPHS]
    sentences = sorted({(item.paragraph, item.sentence) for item in early})[:LEAD_SENTENCES]
    return [item for item in early if (item.paragraph, item.sentence) in sentences]


def _top_entities(article: Article, limit: int = 3) -> list[str]:
    return [entity.name for entity in article.entities[:limit]]
