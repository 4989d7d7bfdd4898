"""TIMEX3 values for matched patterns, computed from their groups and the anchor date.

Each resolver reads the named groups of one kind of pattern. A value that
needs an anchor the article lacks keeps TIMEX3's unknown marks ("XXXX-02-15")
or is None when nothing can be said.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from pantau.time import calendar as cal
from pantau.time.numparse import parse_amount
from pantau.time.tables import TimeTables, lookup, time_tables

Groups = dict[str, str | None]


PERIOD = re.compile(r"^(\d{4})-([QH])(\d)$")
FROM_PERIOD = frozenset(
    {"part_before", "same_period", "parts_counted"}
)  # resolvers that step from the last period
MONTHS_IN = {"Q": 3, "H": 6}


@dataclass(frozen=True, slots=True)
class Context:
    """What a value is computed against: the anchor, the date a clock time belongs to,
    today (no written date can lie after it), the part of a year "kuartal
    sebelumnya" steps back from ("kuartal II-2024"); whether the sentence looks ahead."""

    lang: str
    anchor: date | None
    day: date | None = None
    today: date | None = None
    period: str | None = None
    ahead: bool = True  # the sentence looks ahead ("akan"), or nothing is known of it
    year: int | None = None  # what "tahun lalu" steps from when there is no anchor


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 50 else 1900
    return year


def _month(groups: Groups, t: TimeTables) -> int | None:
    if groups.get("m"):
        return int(groups["m"])
    return lookup(t.months, groups.get("mon"))


def _count(text: str | None, lang: str) -> int | float | None:
    return 1 if text is None else parse_amount(text, lang)


def _step(groups: Groups, t: TimeTables, key: str = "dir") -> int | None:
    direction = lookup(t.directions, groups.get(key))
    return None if direction is None else direction.step


def _stated_year(groups: Groups, ctx: Context, t: TimeTables) -> int | None:
    """The year written ("2023"), or stepped from the anchor ("tahun lalu"), else None."""
    if groups.get("y"):
        return _year(groups["y"])
    year_step = _step(groups, t, "ydir")
    base = ctx.anchor.year if ctx.anchor is not None else ctx.year
    return None if year_step is None or base is None else base + year_step


def resolve_date(groups: Groups, ctx: Context) -> str | None:
    """A day; one written after today whose day name does not fit it has a slipped year
    ("Jumat (22/3/2034)") and takes the year the day name gives; otherwise a day name
    that fits only with the month one off marks a slipped month ("Senin (4/10/2024)" for
    Monday 4 November)."""
    t = time_tables(ctx.lang)
    month, day = _month(groups, t), int(groups["d"] or 0)
    if month is None:
        return None
    year = _stated_year(groups, ctx, t)
    weekday = lookup(t.days, groups.get("day"))
    if year is not None:
        found = cal.make_date(year, month, day)
        if found and weekday and ctx.today and found > ctx.today and found.isoweekday() != weekday:
            found = cal.year_by_weekday(month, day, weekday, ctx.today.year, ctx.today) or found
        elif found and weekday and found.isoweekday() != weekday:
            found = cal.month_slip(found, weekday) or found
        return found.isoformat() if found else None
    if ctx.anchor is None:
        return f"XXXX-{month:02d}-{day:02d}" if cal.make_date(2000, month, day) else None
    found = cal.nearest_day(month, day, ctx.anchor, weekday, _step(groups, t), ctx.ahead)
    return found.isoformat() if found else None


def resolve_day_range(groups: Groups, ctx: Context) -> str | None:
    """Days of one month ("14-15 Januari 2025"): the interval from the first to the last."""
    last = resolve_date(groups, ctx)
    first_day = int(groups["d0"])
    if last is None or not 1 <= first_day < int(groups["d"]):
        return None
    return f"{last[:8]}{first_day:02d}/{last}"


def yearless_day(groups: Groups, lang: str) -> tuple[int, int, int] | None:
    """Month, day and weekday of a date written with a day name and no year ("Jumat (15/11)")."""
    t = time_tables(lang)
    if groups.get("y") or groups.get("ydir") or not groups.get("d"):
        return None
    month, weekday = _month(groups, t), lookup(t.days, groups.get("day"))
    if month is None or weekday is None or not cal.make_date(2000, month, int(groups["d"])):
        return None
    return month, int(groups["d"]), weekday


def resolve_month(groups: Groups, ctx: Context) -> str | None:
    t = time_tables(ctx.lang)
    month = _month(groups, t)
    if month is None:
        return None
    year = _stated_year(groups, ctx, t)
    if year is not None:
        return f"{year:04d}-{month:02d}"
    return cal.nearest_month(month, ctx.anchor) if ctx.anchor else f"XXXX-{month:02d}"


def resolve_month_relative(groups: Groups, ctx: Context) -> str | None:
    t = time_tables(ctx.lang)
    month, step = _month(groups, t), _step(groups, t)
    if month is None or step is None or ctx.anchor is None:
        return None
    return cal.stepped_month(month, ctx.anchor, step)


def resolve_year(groups: Groups, ctx: Context) -> str | None:
    return f"{_year(groups['y'] or '0'):04d}"


def resolve_decade(groups: Groups, ctx: Context) -> str | None:
    """ "era 1990-an" -> 199, TIMEX3's decade."""
    return (groups["y"] or "")[:3] or None


def resolve_year_part(groups: Groups, ctx: Context) -> str | None:
    """ "kuartal IV 2024" -> 2024-Q4; without a year, the anchor's year."""
    t = time_tables(ctx.lang)
    code, number = lookup(t.year_parts, groups.get("part")), lookup(t.ordinals, groups.get("ord"))
    if code is None or number is None:
        return None
    year = _stated_year(groups, ctx, t)
    if year is None:
        year = ctx.anchor.year if ctx.anchor is not None else ctx.year
    return f"{year:04d}-{code}{number}" if year is not None else f"XXXX-{code}{number}"


def resolve_part_before(groups: Groups, ctx: Context) -> str | None:
    """ "kuartal sebelumnya": the part of the year before the one the text last named."""
    code = lookup(time_tables(ctx.lang).year_parts, groups.get("part"))
    named = _named_period(ctx)
    if code is None or named is None or named[1] != code:
        return None
    year, _, number = named
    parts = 4 if code == "Q" else 2
    year, number = (year - 1, parts) if number == 1 else (year, number - 1)
    return f"{year:04d}-{code}{number}"


def _named_period(ctx: Context) -> tuple[int, str, int] | None:
    found = PERIOD.match(ctx.period or "")
    return (int(found.group(1)), found.group(2), int(found.group(3))) if found else None


def resolve_same_period(groups: Groups, ctx: Context) -> str | None:
    """ "periode yang sama tahun lalu": the part of a year the text last named, a year back;
    the year before the anchor's when it named none."""
    step = _step(groups, time_tables(ctx.lang), "ydir")
    named = _named_period(ctx)
    if step is None or (named is None and ctx.anchor is None):
        return None
    if named is None:
        return f"{ctx.anchor.year + step:04d}"
    year, code, number = named
    return f"{year + step:04d}-{code}{number}"


def resolve_parts_counted(groups: Groups, ctx: Context) -> str | None:
    """ "tiga kuartal pertama 2024": January through the last month of the third quarter;
    "tiga kuartal terakhir": the three quarters up to the one the text last named."""
    t = time_tables(ctx.lang)
    code, count = lookup(t.year_parts, groups.get("part")), _count(groups.get("n"), ctx.lang)
    if code is None or count is None or not 1 <= count * MONTHS_IN[code] <= 12:
        return None
    months = round(count) * MONTHS_IN[code]
    if (groups.get("edge") or "").lower() == "terakhir":
        named = _named_period(ctx)
        if named is None or named[1] != code:
            return None
        last = date(named[0], named[2] * MONTHS_IN[code], 1)
        return f"{cal.shift(last, 'M', 1 - months)}/{last.isoformat()[:7]}"
    year = _stated_year(groups, ctx, t) or (ctx.anchor.year if ctx.anchor else None)
    return None if year is None else f"{year:04d}-01/{year:04d}-{months:02d}"


def resolve_month_range(groups: Groups, ctx: Context) -> str | None:
    """ "Oktober hingga Desember 2024": the interval of months; a first month after the last
    lies in the year before ("November hingga Februari 2025")."""
    t = time_tables(ctx.lang)
    first, last = lookup(t.months, groups.get("mon0")), _month(groups, t)
    if first is None or last is None or first == last:
        return None
    year = _year(groups["y"] or "0")
    return f"{year - (first > last):04d}-{first:02d}/{year:04d}-{last:02d}"


def resolve_current(groups: Groups, ctx: Context) -> str | None:
    """ "akhir tahun" said without "ini": the anchor's own year (month, week)."""
    unit = lookup(time_tables(ctx.lang).units, groups.get("unit"))
    if unit is None or unit.step is None or ctx.anchor is None:
        return None
    return cal.shift(ctx.anchor, unit.step, 0)


def resolve_year_end(groups: Groups, ctx: Context) -> str | None:
    """ "akhir tahun" (2024, lalu, ini): the December of that year, as outlets mean it."""
    year = _stated_year(groups, ctx, time_tables(ctx.lang))
    if year is None and ctx.anchor is None:
        return None
    return f"{year if year is not None else ctx.anchor.year:04d}-12"


def resolve_relative_day(groups: Groups, ctx: Context) -> str | None:
    offset = lookup(time_tables(ctx.lang).relative_days, groups.get("rel"))
    if offset is None or ctx.anchor is None:
        return None
    return cal.shift(ctx.anchor, "D", offset)


def _counted_shift(groups: Groups, ctx: Context, base: str | None) -> str | None:
    """``base`` moved by a counted unit ("dua hari", "tiga pekan") in the cue's direction."""
    t = time_tables(ctx.lang)
    unit, step = lookup(t.units, groups.get("unit")), _step(groups, t)
    count = _count(groups.get("n"), ctx.lang)
    if unit is None or unit.step is None or step is None or count is None or base is None:
        return None
    return cal.shift(base, unit.step, round(count) * step)


def resolve_unit_relative(groups: Groups, ctx: Context) -> str | None:
    """ "dua hari lalu": counted from the anchor."""
    return _counted_shift(groups, ctx, ctx.anchor)


def resolve_count_from_day(groups: Groups, ctx: Context) -> str | None:
    """ "dua hari sebelumnya": counted from the last full date written before it."""
    return _counted_shift(groups, ctx, ctx.day)


def resolve_weekday(groups: Groups, ctx: Context) -> str | None:
    """A day name against the anchor; with none, TIMEX3's "some Tuesday" (XXXX-WXX-2)."""
    t = time_tables(ctx.lang)
    weekday = lookup(t.days, groups.get("day"))
    if weekday is None:
        return None
    step = _step(groups, t)
    if ctx.anchor is None:
        return f"XXXX-WXX-{weekday}" if step is None else None
    if groups.get("week") and step is not None:
        return cal.weekday_in_week(weekday, ctx.anchor, step).isoformat()
    return cal.stepped_weekday(weekday, ctx.anchor, step).isoformat()


def resolve_time(groups: Groups, ctx: Context) -> str | None:
    """A clock time on its day; midnight written as 24.00 or "12 malam" is the next day's 00:00."""
    hour, minute = int(groups["hh"] or 0), int(groups.get("mm") or 0)
    part = lookup(time_tables(ctx.lang).day_parts, groups.get("part"))
    if part is not None and part.low <= hour <= part.high:
        hour += part.add
    day = ctx.day or ctx.anchor
    if day is not None and hour >= 24:
        day += timedelta(days=1)
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    seconds = f":{groups['ss']}" if groups.get("ss") else ""
    return f"{prefix}T{hour % 24:02d}:{minute:02d}{seconds}"


def _figure(value: int | float) -> str:
    return str(value) if isinstance(value, int) else f"{value:g}"


def resolve_duration(groups: Groups, ctx: Context) -> str | None:
    t = time_tables(ctx.lang)
    calendar_parts, clock_parts = [], []
    for n_key, unit_key in (("n", "unit"), ("n2", "unit2")):
        if not groups.get(unit_key):
            continue
        unit, count = lookup(t.units, groups[unit_key]), _count(groups.get(n_key), ctx.lang)
        if unit is None or count is None:
            return None
        (clock_parts if unit.clock else calendar_parts).append(f"{_figure(count)}{unit.code}")
    clock = f"T{''.join(clock_parts)}" if clock_parts else ""
    return f"P{''.join(calendar_parts)}{clock}"


def resolve_vague_duration(groups: Groups, ctx: Context) -> str | None:
    """An uncounted length ("beberapa jam", "bertahun-tahun"): TIMEX3's X for the count."""
    unit = lookup(time_tables(ctx.lang).units, groups.get("unit"))
    if unit is None:
        return None
    return f"PTX{unit.code}" if unit.clock else f"PX{unit.code}"


def resolve_set(groups: Groups, ctx: Context) -> str | None:
    t = time_tables(ctx.lang)
    weekday = lookup(t.days, groups.get("day"))
    if weekday is not None:
        return f"XXXX-WXX-{weekday}"
    unit = lookup(t.units, groups.get("unit"))
    if unit is None:
        return None
    return f"PT1{unit.code}" if unit.clock else f"P1{unit.code}"


RESOLVERS: dict[str, Callable[[Groups, Context], str | None]] = {
    "date": resolve_date,
    "day_range": resolve_day_range,
    "month": resolve_month,
    "month_relative": resolve_month_relative,
    "year": resolve_year,
    "decade": resolve_decade,
    "relative_day": resolve_relative_day,
    "year_part": resolve_year_part,
    "part_before": resolve_part_before,
    "same_period": resolve_same_period,
    "parts_counted": resolve_parts_counted,
    "month_range": resolve_month_range,
    "current": resolve_current,
    "year_end": resolve_year_end,
    "unit_relative": resolve_unit_relative,
    "count_relative": resolve_unit_relative,
    "count_from_day": resolve_count_from_day,
    "weekday": resolve_weekday,
    "time": resolve_time,
    "duration": resolve_duration,
    "vague_duration": resolve_vague_duration,
    "set": resolve_set,
}


def resolve(resolver: str, groups: Groups, ctx: Context) -> str | None:
    """The value of a match; ``const:VALUE`` resolvers give VALUE as written."""
    if resolver.startswith("const:"):
        return resolver.removeprefix("const:")
    return RESOLVERS[resolver](groups, ctx)
