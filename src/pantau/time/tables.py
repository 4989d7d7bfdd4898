"""The time tables of one language (``lang/<code>/time_*``), read once into lookups."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pantau import lang as tables


@dataclass(frozen=True, slots=True)
class Unit:
    """A calendar unit: its TIMEX3 letter, whether it is a clock unit, its date step."""

    code: str
    clock: bool
    step: str | None
    bare: bool


@dataclass(frozen=True, slots=True)
class Direction:
    """A word pointing back (-1), forward (1) or at the present (0), and where it may stand."""

    step: int
    where: str


@dataclass(frozen=True, slots=True)
class DayPart:
    """A part of the day that shifts a clock hour in [low, high] by ``add`` hours."""

    low: int
    high: int
    add: int


@dataclass(frozen=True, slots=True)
class TimeTables:
    """Every time table of a language; keys are lower case, ``*_names`` as written."""

    months: dict[str, int]
    full_month_names: tuple[str, ...]
    days: dict[str, int]
    day_names: tuple[str, ...]
    relative_days: dict[str, int]
    units: dict[str, Unit]
    directions: dict[str, Direction]
    day_parts: dict[str, DayPart]
    duration_modifiers: tuple[str, ...]
    set_words: tuple[str, ...]
    zones: tuple[str, ...]
    year_cues: tuple[str, ...]
    future_cues: frozenset[str]
    year_parts: dict[str, str]
    ordinals: dict[str, int]


def _key(word: str) -> str:
    return " ".join(word.lower().split())


@cache
def time_tables(lang: str) -> TimeTables:
    """Load and index the ``time_*`` tables of ``lang``."""
    month_rows = tables.rows(lang, "time_months.tsv")
    return TimeTables(
        months={_key(r[0]): int(r[1]) for r in month_rows},
        full_month_names=tuple(r[0] for r in month_rows if r[2] == "full"),
        days={_key(r[0]): int(r[1]) for r in tables.rows(lang, "time_days.tsv")},
        day_names=tuple(r[0] for r in tables.rows(lang, "time_days.tsv")),
        relative_days={_key(r[0]): int(r[1]) for r in tables.rows(lang, "time_relative_days.tsv")},
        units={
            _key(r[0]): Unit(r[1], r[2] == "T", None if r[3] == "-" else r[3], r[4] == "bare")
            for r in tables.rows(lang, "time_units.tsv")
        },
        directions={
            _key(r[0]): Direction(int(r[1]), r[2]) for r in tables.rows(lang, "time_directions.tsv")
        },
        day_parts={
            _key(r[0]): DayPart(int(r[1]), int(r[2]), int(r[3]))
            for r in tables.rows(lang, "time_day_parts.tsv")
        },
        duration_modifiers=tables.words(lang, "time_duration_modifiers.txt"),
        set_words=tables.words(lang, "time_set_words.txt"),
        zones=tables.words(lang, "time_zones.txt"),
        year_cues=tables.words(lang, "time_year_cues.txt"),
        future_cues=frozenset(tables.words(lang, "time_future_cues.txt")),
        year_parts={_key(r[0]): r[1] for r in tables.rows(lang, "time_year_parts.tsv")},
        ordinals={_key(r[0]): int(r[1]) for r in tables.rows(lang, "time_ordinals.tsv")},
    )


def lookup(table: dict, word: str | None):
    """The entry for ``word`` in a lower-case keyed table (None when absent)."""
    return None if word is None else table.get(_key(word))
