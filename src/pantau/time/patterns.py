"""The temporal tagger's rules, compiled from ``time_patterns.tsv`` and the word tables.

A pattern names word classes as ``%class%``; each class becomes an alternation
of the table's words, longest first, so "kemarin lusa" wins over "kemarin".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pantau import lang as tables
from pantau.needs import Needs, needs
from pantau.time.numparse import number_words
from pantau.time.tables import TimeTables, time_tables

_PLACEHOLDER = re.compile(r"%(\w+)%")
_DIGITS = r"\d+(?:[.,]\d+)?"
BARE = frozenset({"bare", "both"})
COUNTED = frozenset({"counted", "both"})


@dataclass(frozen=True, slots=True)
class Rule:
    """One pattern: its TIMEX3 type, the resolver that computes its value, and its role.

    ``needs``: strings one of which a paragraph must hold for the regex to match there.
    """

    name: str
    type: str
    resolver: str
    role: str
    regex: re.Pattern[str]
    needs: Needs = None


def alternation(words: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of words, longest first, any run of spaces matching any whitespace."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(re.escape(part) for part in w.split()) for w in ordered)


def _classes(lang: str, t: TimeTables) -> dict[str, str]:
    numerals = number_words(lang)
    number_word = alternation(list(numerals.words))
    units = t.units
    return {
        "month": alternation(list(t.months)),
        "month_full": alternation(t.full_month_names),
        "day": alternation(t.day_names),
        "relday": alternation(list(t.relative_days)),
        "unit": alternation(list(units)),
        "calunit": alternation([w for w, u in units.items() if u.step]),
        "weekunit": alternation([w for w, u in units.items() if u.step == "W"]),
        "relunit": alternation([w for w, u in units.items() if u.step and u.bare]),
        "dir_bare": alternation([w for w, d in t.directions.items() if d.where in BARE]),
        "dir_counted": alternation([w for w, d in t.directions.items() if d.where in COUNTED]),
        "dir_ref": alternation([w for w, d in t.directions.items() if d.where == "ref"]),
        "num": rf"{_DIGITS}|(?:{number_word})(?:\s+(?:{number_word}))*",
        "durmod": alternation(t.duration_modifiers),
        "setword": alternation(t.set_words),
        "daypart": alternation(list(t.day_parts)),
        "zone": alternation(t.zones),
        "yearcue": alternation(t.year_cues),
        "yearpart": alternation(list(t.year_parts)),
        "ordinal": alternation(list(t.ordinals)),
    }


def _expand(pattern: str, classes: dict[str, str]) -> str:
    return _PLACEHOLDER.sub(lambda m: f"(?:{classes[m.group(1)]})", pattern)


@cache
def rules(lang: str) -> tuple[Rule, ...]:
    """The compiled rules of ``lang``, in table order (earlier wins a tie in length)."""
    classes = _classes(lang, time_tables(lang))
    compiled = []
    for name, kind, resolver, role, pattern in tables.rows(lang, "time_patterns.tsv"):
        regex = re.compile(_expand(pattern, classes), re.IGNORECASE)
        compiled.append(Rule(name, kind, resolver, role, regex, needs(regex)))
    return tuple(compiled)
