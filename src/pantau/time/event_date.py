"""The date of the occurrence an article reports, which may differ from its publication date.

Outlets date the reported occurrence in the lead in a few set forms: a day
name with the date ("Rabu (7/2/2024)"), a relative day ("kemarin"), a bare day
name ("pada Senin"); the patterns table marks these with the role "report".
The latest of them in the first lead paragraph that has any is the event's
date (a lead that recalls an earlier occurrence, "sepekan setelah gempa Senin
(12/8)", names it before the new one), never later than the anchor; failing
that, the first full date of the lead; failing that, the anchor. With no
anchor at all, a year-less lead date takes the year the article names most.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from pantau.doc import Doc
from pantau.time import calendar as cal
from pantau.time.tagger import Tagged, tag_article

REPORT_ROLE = "report"
_YEAR = re.compile(r"^\d{4}(-\d{2}){0,2}$")


def tagged(doc: Doc) -> Tagged:
    """The body's anchor and time expressions: the timexes stage's, else freshly tagged."""
    if "tagged" in doc.notes:
        return doc.notes["tagged"]
    return tag_article(doc.article.published, doc.article.body, doc.article.language)


def main_event_date(doc: Doc) -> str | None:
    """The lead's occurrence date as a TIMEX3 value, or None when the article gives none."""
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
        first = [t.value for t in reported if t.paragraph == reported[0].paragraph]
        anchor = cal.parse_day(found.anchor.value) if found.anchor.value else None
        known = [v for v in first if anchor is None or cal.parse_day(v) <= anchor]
        return max(known or first, key=cal.parse_day)
    if days:
        return days[0].value
    return found.anchor.value


def _article_year(found: Tagged) -> str | None:
    """The year the article's own full dates name most, for a year-less "Rabu (24/4)"
    in an article that gives no publication date (nothing else anchors it)."""
    years = Counter(t.value[:4] for t in found.timexes if t.value and _YEAR.match(t.value))
    return years.most_common(1)[0][0] if years else None
