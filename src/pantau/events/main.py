"""Which event the article is chiefly about, and its date.

The lead reports the main occurrence: among the events of the first two
event-bearing sentences of the first two paragraphs, the most specific one is
main, unless its own sentence dates it to another day than the occurrence;
with none there, the first event of the article. Its date is the
occurrence date the timex stage found (``extra["event_date"]``), else its own
sentence's date, else the anchor. A lead often dates the report rather than
the occurrence (a reaction the next day, a confirmation the morning after):
when the body dates an event of the main one's type, or a more specific one
under a reporting main ("mengumumkan ... tewas pada hari Rabu"), a day or two
earlier, the main event takes that day, and ``extra["anchor"]`` says why.
"""

from __future__ import annotations

from datetime import date

from pantau.events.detect import REPORTING_RANK, Found
from pantau.events.lexicon import lexicon
from pantau.records import Article, Entity, Event

LEAD_SENTENCES = 2
LEAD_PARAGRAPHS = 2
REPORT_LAG_DAYS = 2


def choose_main(
    found: list[Found], article: Article, anchor: str | None, lang: str = "id"
) -> list[Event]:
    """The article's events with exactly one marked ``main`` (made from the lead when none)."""
    events = [item.event for item in found]
    occurrence = article.extra.get("event_date")
    lead = [item for item in _lead(found) if item.event.date in (None, occurrence)]
    if lead:
        main = max(lead, key=lambda item: item.rank).event
    elif found:
        main = found[0].event
    else:
        top = _top_entities(article)
        main = Event(
            type="other",
            trigger="",
            participants=[entity.name for entity in top],
            participant_spans=[entity.spans[:1] for entity in top],
        )
        events.append(main)
    main.main = True
    main.date = occurrence or main.date or anchor or article.published
    _date_by_earlier_report(main, events, article, lang)
    if main.place is None:
        main.place = article.dateline
    return events


def _date_by_earlier_report(main: Event, events: list[Event], article: Article, lang: str) -> None:
    """Move the main event to the day the body gives its occurrence, when that is a day or
    two before the lead's date."""
    earlier = _earlier_occurrence(main, events, lang)
    if earlier is None:
        return
    reason = f"'{earlier.trigger}' dated {earlier.date}, before the lead's {main.date}"
    article.extra.setdefault("anchor", {})["main_event"] = reason
    main.date = earlier.date


def _earlier_occurrence(main: Event, events: list[Event], lang: str) -> Event | None:
    day = _day(main.date)
    if day is None:
        return None
    ranks = lexicon(lang).ranks
    reporting = ranks.get(main.type, 0) <= REPORTING_RANK

    def fits(event: Event) -> bool:
        other = _day(event.date)
        kind = event.type == main.type or (reporting and ranks.get(event.type, 0) > REPORTING_RANK)
        return kind and other is not None and 0 < (day - other).days <= REPORT_LAG_DAYS

    options = [event for event in events if event is not main and fits(event)]
    return min(options, key=lambda event: event.date or "") if options else None


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def _lead(found: list[Found]) -> list[Found]:
    """Events of the first event-bearing sentences of the first two paragraphs."""
    early = [item for item in found if item.paragraph < LEAD_PARAGRAPHS]
    sentences = sorted({(item.paragraph, item.sentence) for item in early})[:LEAD_SENTENCES]
    return [item for item in early if (item.paragraph, item.sentence) in sentences]


def _top_entities(article: Article, limit: int = 3) -> list[Entity]:
    """The first entities named: the participants of a main event made from the lead."""
    return article.entities[:limit]
