"""The publication date: from the URL, the container's hint, or a header date line.

A dated day-name inside the lead ("Rabu (7/2/2024)") is the date of the event
the article reports, not of its publication: the seeds gold leaves
``published`` empty for five articles whose leads all carry one. So only a
URL path, a container field, or a header timestamp line
("Selasa, 17 Oktober 2023 | 08:30 WIB") counts, or the lead's date when the
report says it is written that day ("hari ini", "malam ini", or a sentence that
opens on the clock of the writing: "Hingga pukul 10.40 WIB, ...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import cache

from pantau.clean.text import word_count
from pantau.lang import mapping, words
from pantau.time.calendar import make_date, year_by_weekday

_URL_DATE = (
    re.compile(r"/(20\d{2}|19\d{2})/(\d{1,2})/(\d{1,2})(?:/|$)"),
    re.compile(r"/(20\d{2})(\d{2})(\d{2})(?:\d{0,8})(?:[-/_.]|$)"),
    re.compile(r"/(20\d{2})-(\d{2})-(\d{2})(?:[-/_.]|$)"),
)
_ISO = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
MAX_HEADER_WORDS = 14
BARE_DATE_WORDS = 3
LEAD_PARAGRAPHS = 4
MAX_AHEAD_DAYS = 366
RECENT_DAYS = 14
SPEECH_TAIL_CHARS = 80


def _valid(year: str, month: str, day: str) -> str | None:
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def from_url(url: str | None) -> str | None:
    """``/2023/12/11/`` or ``/read/20231123/`` in the URL path, as ``YYYY-MM-DD``."""
    if not url:
        return None
    for pattern in _URL_DATE:
        for found in pattern.finditer(url):
            if value := _valid(*found.groups()):
                return value
    return None


def from_hint(value: str | None) -> str | None:
    """A container's date field (ISO date or timestamp) as ``YYYY-MM-DD``."""
    found = _ISO.match(value or "")
    return _valid(*found.groups()) if found else None


@cache
def _named_date(lang: str) -> re.Pattern[str]:
    months = "|".join(
        sorted(map(re.escape, mapping(lang, "clean_months.tsv")), key=len, reverse=True)
    )
    return re.compile(rf"(?<!\w)(\d{{1,2}})\s+({months})\.?,?\s+(\d{{4}})(?!\d)", re.IGNORECASE)


@cache
def _month_first(lang: str) -> re.Pattern[str]:
    """English order: ``May 8, 2024``."""
    months = "|".join(
        sorted(map(re.escape, mapping(lang, "clean_months.tsv")), key=len, reverse=True)
    )
    return re.compile(rf"(?<!\w)({months})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})(?!\d)", re.IGNORECASE)


@cache
def _header_marks(lang: str) -> re.Pattern[str]:
    names = [*words(lang, "clean_days.txt"), *words(lang, "clean_time_zones.txt")]
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, names))})(?!\w)", re.IGNORECASE)


def in_line(line: str, lang: str) -> str | None:
    """The first full date written in the line (``17 Oktober 2023``, ``11/12/2023``)."""
    months = mapping(lang, "clean_months.tsv")
    if found := _named_date(lang).search(line):
        day, month, year = found.groups()
        return _valid(year, months[month.lower()], day)
    if found := _month_first(lang).search(line):
        month, day, year = found.groups()
        return _valid(year, months[month.lower()], day)
    if found := _NUMERIC.search(line):
        day, month, year = found.groups()
        return _valid(year, month, day)
    return None


def has_clock(line: str) -> bool:
    return bool(_CLOCK.search(line))


def header_date(line: str, lang: str) -> str | None:
    """The date of a short header timestamp line, or None for any other line.

    The line must be short, carry a full date, and show a day name, a clock
    time or a time zone (or be the date alone), and must not sit in
    parentheses as a lead date does.
    """
    if word_count(line) > MAX_HEADER_WORDS or "(" in line:
        return None
    value = in_line(line, lang)
    if not value:
        return None
    if _CLOCK.search(line) or _header_marks(lang).search(line):
        return value
    return value if word_count(line) <= BARE_DATE_WORDS else None


@cache
def _same_day_marks(lang: str) -> re.Pattern[str]:
    marks = sorted(words(lang, "clean_same_day.txt"), key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, marks))})(?!\w)", re.IGNORECASE)


@cache
def _status_clock(lang: str) -> re.Pattern[str]:
    """A sentence opening on the hour the report was written at (``Hingga pukul 10.40``)."""
    openers = "|".join(map(re.escape, words(lang, "clean_same_day_clock.txt")))
    return re.compile(rf"(?:^|[.!?]\s+)(?:{openers})\s+\d{{1,2}}[.:]\d{{2}}", re.IGNORECASE)


def _written_that_day(line: str, lang: str) -> bool:
    text = _QUOTED.sub(" ", line)
    return bool(_same_day_marks(lang).search(text) or _status_clock(lang).search(text))


def same_day(body: Sequence[str], lang: str) -> str | None:
    """The report's first full date when it says it is written that day (``hari ini``),
    the day it read its wire source (``Dikutip dari AFP, Sabtu (25/5/2024)``), or the
    day a source spoke to it (``ujarnya kepada wartawan, Jumat (22/3)``): outlets date
    their own interviews, and online they publish them that day.

    Without either, a date in the text is only the day of the event, which may
    be the day before publication, so nothing is inferred. A marker inside a
    quote is the speaker's day, not the report's.
    """
    lead = body[:LEAD_PARAGRAPHS]
    for text in lead:
        if found := _access_date(lang).search(text):
            return in_line(found.group(0), lang)
    for text in body:
        if found := _speech_dated(lang).search(text):
            return _lead_day(found.group(0), lang)
    if not any(_written_that_day(line, lang) for line in body):
        return None
    return next((value for text in lead if (value := _lead_day(text, lang))), None)


def _lead_day(text: str, lang: str) -> str | None:
    """The first date of a lead paragraph; a day-named one read by its day name.

    ``Jumat (22/3)`` takes the latest year in which 22 March is a Friday; a
    written year after today (``Jumat (22/3/2034)``, a slip) gives way to it too.
    """
    found = _day_dated(lang).search(text)
    if found is None:
        return in_line(text, lang)
    name, dom, month, year = found.groups()
    today = date.today()
    weekday = int(mapping(lang, "time_days.tsv")[name.capitalize()])
    written = make_date(int(year), int(month), int(dom)) if year else None
    if written is not None and written <= today and written.isoweekday() == weekday:
        return written.isoformat()
    reference = int(year) if year else today.year
    guessed = year_by_weekday(int(month), int(dom), weekday, reference, today)
    return guessed.isoformat() if guessed else None


@cache
def _speech_dated(lang: str) -> re.Pattern[str]:
    """A speech verb, words that say the outlet heard it, then a day-named date."""
    verbs = "|".join(map(re.escape, words(lang, "event_speech_verbs.txt")))
    heard = "|".join(
        r"\s+".join(map(re.escape, c.split())) for c in words(lang, "clean_interview_cues.txt")
    )
    tail = rf"[^.\"“”]{{0,{SPEECH_TAIL_CHARS}}}?"
    return re.compile(
        rf"(?<!\w)(?:{verbs})(?!\w){tail}(?<!\w)(?:{heard})(?!\w){tail}{_day_dated(lang).pattern}",
        re.IGNORECASE,
    )


@cache
def _day_dated(lang: str) -> re.Pattern[str]:
    days = "|".join(map(re.escape, mapping(lang, "time_days.tsv")))
    return re.compile(
        rf"(?<!\w)({days}),?\s*\((\d{{1,2}})/(\d{{1,2}})(?:/(\d{{4}}))?\)", re.IGNORECASE
    )


@cache
def _access_date(lang: str) -> re.Pattern[str]:
    cues = "|".join(
        sorted(map(re.escape, words(lang, "clean_access_cues.txt")), key=len, reverse=True)
    )
    days = "|".join(map(re.escape, words(lang, "clean_days.txt")))
    return re.compile(
        rf"(?<!\w)(?:{cues})\s+[^.;]{{2,60}}?,?\s+(?:{days}),?\s*\(?\d{{1,2}}/\d{{1,2}}/\d{{4}}\)?",
        re.IGNORECASE,
    )


def plausible(published: str, body: Sequence[str], lang: str) -> bool:
    """A publication date the lead bears out.

    An id in the URL can read like a date (``/berita/202207044732/``). News is
    not published a year before the day it tells of, and a day-named date
    without a year (``Selasa (25/3)``) is one of the days just before it.
    """
    day = date.fromisoformat(published)
    lead = body[:LEAD_PARAGRAPHS]
    dates = [date.fromisoformat(value) for text in lead if (value := in_line(text, lang))]
    if any((found - day).days > MAX_AHEAD_DAYS for found in dates):
        return False
    recent = [_days_before(day, int(m), int(d)) for text in lead for m, d in _yearless(text, lang)]
    return all(gap is None or gap <= RECENT_DAYS for gap in recent)


def _yearless(text: str, lang: str) -> list[tuple[str, str]]:
    return [(found.group(2), found.group(1)) for found in _day_named(lang).finditer(text)]


def _days_before(day: date, month: int, dom: int) -> int | None:
    """Days from the latest ``dom/month`` on or before ``day`` to ``day``, None if no such date."""
    for year in (day.year, day.year - 1):
        value = _valid(str(year), str(month), str(dom))
        if value and date.fromisoformat(value) <= day:
            return (day - date.fromisoformat(value)).days
    return None


@cache
def _day_named(lang: str) -> re.Pattern[str]:
    days = "|".join(map(re.escape, words(lang, "clean_days.txt")))
    return re.compile(rf"(?<!\w)(?:{days}),?\s*\((\d{{1,2}})/(\d{{1,2}})\)", re.IGNORECASE)
