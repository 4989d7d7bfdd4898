"""The anchor that relative expressions are resolved against.

The publication date when the record has one; else the latest full date the
lead states (outlets date the reported occurrence there, "Rabu (7/2/2024)");
else the latest full date anywhere in the body. The record says which.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from pantau.time import calendar as cal
from pantau.time.timex import Match, explicit_days

LEAD_PARAGRAPHS = 3
LEAD_MIN_WORDS = 8


def lead_indexes(body: list[str]) -> list[int]:
    """The lead: the first paragraphs long enough to be prose and printed once.

    Short lines (credits, headings) and repeated ones (photo captions printed
    twice) are page furniture when the body was not cleaned.
    """
    counts = Counter(paragraph.strip() for paragraph in body)
    prose = [
        i
        for i, paragraph in enumerate(body)
        if len(paragraph.split()) >= LEAD_MIN_WORDS and counts[paragraph.strip()] == 1
    ]
    return prose[:LEAD_PARAGRAPHS]


@dataclass(frozen=True, slots=True)
class Anchor:
    """An anchor date (``YYYY-MM-DD`` or None) and where it came from."""

    value: str | None
    source: str

    def as_record(self) -> dict[str, str | None]:
        return {"value": self.value, "from": self.source}


def choose_anchor(
    published: str | None, paragraphs: list[list[Match]], lead: list[int], lang: str = "id"
) -> Anchor:
    """Pick the anchor from the publication date, the lead, or the body, in that order."""
    if published and cal.parse_day(published[:10]):
        return Anchor(published[:10], "published")
    in_lead = [day for i in lead for day in explicit_days(paragraphs[i], lang)]
    if in_lead:
        return Anchor(max(in_lead), "lead")
    body = [day for matches in paragraphs for day in explicit_days(matches, lang)]
    if body:
        return Anchor(max(body), "body")
    return Anchor(None, "none")
