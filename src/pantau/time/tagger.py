"""Tag a whole article body: find every expression, choose the anchor, resolve the values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pantau.time import calendar as cal
from pantau.time.anchor import Anchor, choose_anchor, lead_indexes
from pantau.time.timex import (
    Located,
    Match,
    article_period,
    find,
    meant_day,
    needs_period,
    resolve_paragraph,
)

CARRY_PARAGRAPHS = 2


@dataclass(frozen=True, slots=True)
class Tagged:
    """An article's anchor, its resolved time expressions in body order, its lead paragraphs."""

    anchor: Anchor
    timexes: list[Located]
    lead: list[int]
    today: date


def tag_article(
    published: str | None, body: list[str], lang: str = "id", today: date | None = None
) -> Tagged:
    """The time expressions of ``body``, resolved against the anchor chosen for it.

    A clock time with no date before it in its paragraph belongs to the last full
    date of the two paragraphs before ("Selasa (10/9/2024) malam ... pukul 19.30").
    """
    today = today or date.today()
    matches = [find(paragraph, lang) for paragraph in body]
    lead = lead_indexes(body)
    anchor = choose_anchor(published, matches, lead, lang, today)
    located: list[Located] = []
    period = _reference_period(matches, anchor, lang, today, body)
    day, day_paragraph = None, -CARRY_PARAGRAPHS
    latest = cal.parse_day(anchor.value) or today
    for index, paragraph_matches in enumerate(matches):
        carried = day if index - day_paragraph <= CARRY_PARAGRAPHS else None
        found = resolve_paragraph(
            paragraph_matches, index, anchor.value, lang, carried, today, period, body[index]
        )
        days = [meant_day(t.value, t.weekday, latest) for t in found if t.type == "DATE"]
        days = [d for d in days if d]
        if days:
            day, day_paragraph = days[-1], index
        located += found
    return Tagged(anchor, located, lead, today)


def _reference_period(
    matches: list[list[Match]], anchor: Anchor, lang: str, today: date, body: list[str]
) -> str | None:
    """The article's own part of a year, when "kuartal sebelumnya" or a missing anchor needs it."""
    if anchor.value is not None and not needs_period(matches):
        return None
    located = [
        t
        for index, group in enumerate(matches)
        for t in resolve_paragraph(group, index, anchor.value, lang, None, today, None, body[index])
    ]
    return article_period(located)
