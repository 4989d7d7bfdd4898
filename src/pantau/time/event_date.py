"""The date of the occurrence an article reports, which may differ from its publication date.

Outlets date the reported occurrence in the lead in a few set forms: a day
name with the date ("Rabu (7/2/2024)"), a relative day ("kemarin"), a bare day
name ("pada Senin"); the patterns table marks these with the role "report".
The latest of them in the first lead paragraph that has any is the event's
date (a lead that recalls an earlier occurrence, "sepekan setelah gempa Senin
(12/8)", names it before the new one), never later than the anchor; a date
that only restates the one before it ("Sabtu malam, 13 April atau Minggu dini
hari 14 April") or ends its span ("Minggu (3/11) malam hingga Senin") does not
count, nor does a relayed source's date ("Dilansir dari AFP, Sabtu (25/5)").
Failing these, the first full date of the lead; failing that, the
anchor. With no anchor at all, a year-less lead date takes the year the
article names most. When the source's day name and date disagree, the day
name wins by a day (or a year), and the record says why; when no day near the
date carries the name, the date is kept but marked doubtful.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise

from pantau import lang as tables
from pantau.doc import Doc
from pantau.time import calendar as cal
from pantau.time.patterns import alternation
from pantau.time.tagger import Tagged, tag_article
from pantau.time.timex import Located

REPORT_ROLE = "report"
MAX_JOIN_WORDS = 4
RELAY_WORDS = 8
_YEAR = re.compile(r"^\d{4}(-\d{2}){0,2}$")


@dataclass(frozen=True, slots=True)
class EventDate:
    """The occurrence's date (a TIMEX3 value or None) and, when it was corrected, why."""

    value: str | None
    why: str | None = None
    doubtful: bool = False  # the day name fits no day near the date: it cannot place the article


def tagged(doc: Doc) -> Tagged:
    """The body's anchor and time expressions: the timexes stage's, else freshly tagged."""
    if "tagged" in doc.notes:
        return doc.notes["tagged"]
    return tag_article(doc.article.published, doc.article.body, doc.article.language)


def main_event_date(doc: Doc) -> EventDate:
    """The lead's occurrence date, or None when the article gives none."""
    found = tagged(doc)
    year = _article_year(found) if found.anchor.value is None else None
    days = [
        t if year is None or not t.value else replace(t, value=t.value.replace("XXXX", year, 1))
        for t in found.timexes
        if t.paragraph in found.lead and t.type == "DATE"
    ]
    days = [t for t in days if cal.parse_day(t.value)]
    reported = [t for t in days if t.role == REPORT_ROLE]
    if reported:
        first = [t for t in reported if t.paragraph == reported[0].paragraph]
        paragraph, lang = doc.article.body[first[0].paragraph], doc.article.language
        first = _not_relayed(_own_dates(first, paragraph, lang), paragraph, lang)
        anchor = cal.parse_day(found.anchor.value) if found.anchor.value else None
        known = [t for t in first if anchor is None or cal.parse_day(t.value) <= anchor]
        return _agreeing(max(known or first, key=lambda t: cal.parse_day(t.value)), found)
    if days:
        return _agreeing(days[0], found)
    return EventDate(found.anchor.value)


@cache
def _join_words(lang: str) -> re.Pattern[str]:
    words = tables.words(lang, "time_span_joins.txt")
    return re.compile(rf"\b(?:{alternation(words)})\W*$", re.IGNORECASE)


def _own_dates(dates: list[Located], paragraph: str, lang: str) -> list[Located]:
    """The dates that are not another form or the end of the date just before them."""
    joins = _join_words(lang)
    kept = dates[:1]
    for before, date in pairwise(dates):
        gap = paragraph[before.end : date.start]
        if len(gap.split()) > MAX_JOIN_WORDS or not joins.search(gap):
            kept.append(date)
    return kept


@cache
def _relay_cues(lang: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(tables.words(lang, 'time_relay_cues.txt'))})\b", re.I)


def _not_relayed(dates: list[Located], paragraph: str, lang: str) -> list[Located]:
    """The dates not given as a relayed source's ("Dilansir dari AFP, Sabtu (25/5/2024)"),
    which date the report, not the occurrence; all of them when every one is."""
    cues = _relay_cues(lang)
    kept = [t for t in dates if not cues.search(_words_before(paragraph, t.start))]
    return kept or dates


def _words_before(paragraph: str, start: int) -> str:
    """The few words of the sentence just before ``start``."""
    sentence = re.split(r"[.!?]\s", paragraph[:start])[-1]
    return " ".join(sentence.split()[-RELAY_WORDS:])


def _agreeing(timex: Located, found: Tagged) -> EventDate:
    """The timex's day, moved to the day its day name gives when the two disagree."""
    day = cal.parse_day(timex.value)
    if day is None or timex.weekday is None or day.isoweekday() == timex.weekday:
        return EventDate(timex.value)
    published = found.anchor.source == "published"
    latest = cal.parse_day(found.anchor.value) if published else found.today
    meant = cal.agree_weekday(day, timex.weekday, latest or found.today)
    if meant == day:
        why = f"'{timex.text}': {timex.value} is not that day of the week, nor is any day near it"
        return EventDate(timex.value, why, doubtful=True)
    why = f"'{timex.text}': {timex.value} is not that day of the week; the day name gives {meant}"
    return EventDate(meant.isoformat(), why)


def _article_year(found: Tagged) -> str | None:
    """The year the article's own full dates name most, for a year-less "Rabu (24/4)"
    in an article that gives no publication date (nothing else anchors it)."""
    years = Counter(t.value[:4] for t in found.timexes if t.value and _YEAR.match(t.value))
    return years.most_common(1)[0][0] if years else None
