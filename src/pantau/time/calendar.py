"""Date arithmetic for TIMEX3 values: shifting by units, ISO weeks, picking a year.

News mostly looks back: a date written without its year ("pada 15 Februari")
is placed in the year that puts it nearest the anchor, counting days ahead
twice as far as days behind when its sentence looks ahead ("akan"), six times
when it does not ("setelah serangan 7 Oktober" in a July report is last year's).
"""

from __future__ import annotations

import calendar as _calendar
import re
from datetime import date, timedelta

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
FUTURE_WEIGHT = 2
UNCUED_FUTURE_WEIGHT = 6
MONTH_FUTURE_WEIGHT = 4


def parse_day(value: str | None) -> date | None:
    """A ``YYYY-MM-DD`` value as a date, else None."""
    if not value or not _ISO_DAY.fullmatch(value):
        return None
    year, month, day = (int(part) for part in value.split("-"))
    return make_date(year, month, day)


def make_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when it does not exist (30 February)."""
    if not (1 <= month <= 12 and 1 <= day <= _calendar.monthrange(year, month)[1]):
        return None
    return date(year, month, day)


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def shift(anchor: date, step: str, count: int) -> str:
    """The anchor moved by ``count`` units of ``step`` (D W M Y DE CE), at that unit's grain."""
    if step == "D":
        return (anchor + timedelta(days=count)).isoformat()
    if step == "W":
        return iso_week(anchor + timedelta(weeks=count))
    if step == "M":
        year, month = add_months(anchor.year, anchor.month, count)
        return f"{year:04d}-{month:02d}"
    if step == "Y":
        return f"{anchor.year + count:04d}"
    if step == "DE":
        return f"{anchor.year // 10 + count:03d}"
    return f"{anchor.year // 100 + count:02d}"


def _cost(distance: int, weight: int = FUTURE_WEIGHT) -> int:
    return -distance if distance <= 0 else distance * weight


def nearest_day(
    month: int,
    day: int,
    anchor: date,
    weekday: int | None = None,
    step: int | None = None,
    ahead: bool = True,
) -> date | None:
    """The year placing day/month nearest the anchor; a given weekday must agree if it can.

    ``step`` -1 ("15 Februari lalu") keeps only years before the anchor, 1 only after;
    ``ahead`` False (no future cue) counts days ahead six times, not twice.
    """
    weight = FUTURE_WEIGHT if ahead else UNCUED_FUTURE_WEIGHT
    candidates = [make_date(anchor.year + k, month, day) for k in (-1, 0, 1)]
    found = [
        c for c in candidates if c is not None and not (step and (c - anchor).days * step <= 0)
    ]
    agreeing = [c for c in found if weekday is not None and c.isoweekday() == weekday]
    pool = agreeing or found
    return min(pool, key=lambda c: _cost((c - anchor).days, weight)) if pool else None


def nearest_month(month: int, anchor: date) -> str:
    """A month written without its year, placed nearest the anchor (looking back first)."""
    options = [(anchor.year + k, month) for k in (-1, 0, 1)]
    year, _ = min(
        options,
        key=lambda ym: _cost(
            (ym[0] - anchor.year) * 12 + ym[1] - anchor.month, MONTH_FUTURE_WEIGHT
        ),
    )
    return f"{year:04d}-{month:02d}"


def stepped_month(month: int, anchor: date, step: int) -> str:
    """A month name with a direction: "Oktober lalu" (-1) is the last October before the
    anchor's month, 1 the next one after it, 0 the one in the anchor's year."""
    year = anchor.year
    if step < 0 and month >= anchor.month:
        year -= 1
    elif step > 0 and month <= anchor.month:
        year += 1
    return f"{year:04d}-{month:02d}"


def stepped_weekday(weekday: int, anchor: date, step: int | None) -> date:
    """A day name: the latest on or before the anchor (None), the one before it (-1),
    after it (1), or in the anchor's week (0)."""
    back = (anchor.isoweekday() - weekday) % 7
    if step is None:
        return anchor - timedelta(days=back)
    if step < 0:
        return anchor - timedelta(days=back or 7)
    if step > 0:
        ahead = (weekday - anchor.isoweekday()) % 7
        return anchor + timedelta(days=ahead or 7)
    return anchor + timedelta(days=weekday - anchor.isoweekday())


def weekday_in_week(weekday: int, anchor: date, weeks: int) -> date:
    """ "Jumat pekan lalu": the day name in the week ``weeks`` away from the anchor's."""
    monday = anchor - timedelta(days=anchor.isoweekday() - 1)
    return monday + timedelta(weeks=weeks, days=weekday - 1)


WEEKDAY_SLIP_COST = 2
YEARS_BACK = 12
NEAR_LATEST_DAYS = 7


def weekday_slip(day: date, weekday: int) -> int:
    """How many days the date's weekday is from the named one, either way (0 to 3)."""
    gap = (day.isoweekday() - weekday) % 7
    return min(gap, 7 - gap)


def month_slip(day: date, weekday: int) -> date | None:
    """The same day a month before or after, when exactly one of the two has the named
    weekday: a slip of the month in "Senin (4/10/2024)" written for 4 November."""
    return _the_one_fitting([_shift_month(day, step) for step in (-1, 1)], weekday)


def year_slip(day: date, weekday: int) -> date | None:
    """The same day a year before or after, when exactly one of the two has the named
    weekday: a slip of the year in "Jumat, 26 Januari 2023" written for 2024."""
    options = [make_date(day.year + step, day.month, day.day) for step in (-1, 1)]
    return _the_one_fitting(options, weekday)


def _the_one_fitting(options: list[date | None], weekday: int) -> date | None:
    fitting = [option for option in options if option and option.isoweekday() == weekday]
    return fitting[0] if len(fitting) == 1 else None


def _shift_month(day: date, step: int) -> date | None:
    months = day.year * 12 + day.month - 1 + step
    return make_date(months // 12, months % 12 + 1, day.day)


def year_by_weekday(
    month: int, day: int, weekday: int, reference: int, latest: date
) -> date | None:
    """The year in which day/month falls on the named weekday, nearest ``reference``.

    A year-less "Jumat (15/11)" with nothing else to anchor it: the day name
    pins the year (a Friday in 2024, not in 2023 or 2025). Never after
    ``latest`` (today, or the article's own latest evidence). A weekday one off
    (an evening event dated by the next morning's report) is allowed at the
    price of two years.
    """
    reference = min(reference, latest.year)
    options = []
    for year in range(reference - YEARS_BACK, latest.year + 1):
        found = make_date(year, month, day)
        if found is None or found > latest or weekday_slip(found, weekday) > 1:
            continue
        cost = abs(year - reference) + WEEKDAY_SLIP_COST * weekday_slip(found, weekday)
        options.append((cost, -year, found))
    return min(options)[2] if options else None


def agree_weekday(day: date, weekday: int, latest: date) -> date:
    """The date a source meant when its day name and its date disagree.

    "Jumat 25 Mei 2024" (a Saturday): the neighbouring day that carries the
    name, or the same day and month a year off that does ("Jumat, 26 Januari
    2023" in a page published 27 January 2024). A candidate in the week before
    ``latest`` wins; else the neighbouring day. Never after ``latest``.
    """
    if day.isoweekday() == weekday:
        return day
    near = [day + timedelta(days=k) for k in (-1, 1)]
    years = [make_date(day.year + k, day.month, day.day) for k in (-1, 1)]
    fitting = [
        (0 if 0 <= (latest - c).days <= NEAR_LATEST_DAYS else 1, rank, c)
        for rank, c in enumerate([*near, *years])
        if c is not None and c.isoweekday() == weekday and c <= latest
    ]
    return min(fitting)[2] if fitting else day
