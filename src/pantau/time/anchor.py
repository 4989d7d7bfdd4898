"""The anchor that relative expressions are resolved against.

The publication date when the record has one; else the latest full date the
lead states (outlets date the reported occurrence there, "Rabu (7/2/2024)");
else a year-less lead date with a day name ("Kamis (10/10)"), placed in the
year its day name gives nearest the article's own latest year; else the same
in the whole body. The record says which, and why when the year was inferred.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from pantau.time import calendar as cal
from pantau.time.resolve import yearless_day
from pantau.time.timex import Match, explicit_days, resolve_paragraph

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
    why: str | None = None

    def as_record(self) -> dict[str, str | None]:
        record = {"value": self.value, "from": self.source}
        return record | {"why": self.why} if self.why else record


def choose_anchor(
    published: str | None,
    paragraphs: list[list[Match]],
    lead: list[int],
    lang: str = "id",
    today: date | None = None,
) -> Anchor:
    """Pick the anchor from the publication date, the lead, or the body, in that order."""
    today = today or date.today()
    if published and cal.parse_day(published[:10]):
        return Anchor(published[:10], "published")
    in_lead = [day for i in lead for day in explicit_days(paragraphs[i], lang, today)]
    if in_lead:
        return Anchor(max(in_lead), "lead")
    inferred = _by_weekday([paragraphs[i] for i in lead], paragraphs, lang, today, "lead")
    if inferred:
        return inferred
    body = [day for matches in paragraphs for day in explicit_days(matches, lang, today)]
    if body:
        return Anchor(max(body), "body")
    return _by_weekday(paragraphs, paragraphs, lang, today, "body") or Anchor(None, "none")


def article_year(paragraphs: list[list[Match]], lang: str, today: date) -> int:
    """The latest year the article's months, quarters and days name, not after today's;
    today's year when it names none."""
    values = [
        t.value
        for matches in paragraphs
        for t in resolve_paragraph(matches, 0, None, lang, today=today)
        if t.type == "DATE" and t.value and len(t.value) >= 7 and t.value[:4].isdigit()
    ]
    years = [int(v[:4]) for v in values if int(v[:4]) <= today.year]
    return max(years, default=today.year)


def _by_weekday(
    where: list[list[Match]], paragraphs: list[list[Match]], lang: str, today: date, source: str
) -> Anchor | None:
    """The latest year-less day-named date of ``where``, its year given by its day name."""
    reference = article_year(paragraphs, lang, today)
    found = []
    for m in (m for matches in where for m in matches if m.rule.resolver == "date"):
        parts = yearless_day(m.groups, lang)
        day = cal.year_by_weekday(*parts, reference, today) if parts else None
        if day:
            found.append((day, m.text))
    if not found:
        return None
    day, text = max(found)
    why = f"'{text}': the day name places it on {day}, nearest the article's year {reference}"
    return Anchor(day.isoformat(), f"{source}-weekday", why)
