"""The temporal tagger: find time expressions in a paragraph and give their TIMEX3 values.

Finding and resolving are apart. Finding depends only on the text, so the
anchor can be chosen from the lead's own explicit dates before anything
relative ("kemarin", "bulan lalu", "pada 15 Februari") is resolved against it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from pantau.needs import Needs, may_match, searchable
from pantau.time import calendar as cal
from pantau.time.patterns import Rule, rules
from pantau.time.resolve import FROM_PERIOD, PERIOD, Context, resolve
from pantau.time.tables import lookup, time_tables

_WORDS = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s")


@dataclass(frozen=True, slots=True)
class Match:
    """A pattern match: where it is in its paragraph, and its named groups."""

    start: int
    end: int
    text: str
    rule: Rule
    groups: dict[str, str | None] = field(hash=False, compare=False)


@dataclass(frozen=True, slots=True)
class Located:
    """A resolved time expression and where it sits in ``Article.body``."""

    paragraph: int
    start: int
    end: int
    text: str
    value: str | None
    type: str
    rule: str
    role: str
    weekday: int | None = None
    names_period: bool = False  # a part of a year the text names, that later ones refer to


def _candidates(text: str, lang: str) -> list[tuple[int, Match]]:
    found = []
    lowered = searchable(text)
    present: dict[Needs, bool] = {}  # rules share their needs (day names, month names)
    for order, rule in enumerate(rules(lang)):
        if (ok := present.get(rule.needs)) is None:
            ok = present[rule.needs] = may_match(rule.needs, lowered)
        if not ok:
            continue
        for m in rule.regex.finditer(text):
            start, end = m.span("t") if "t" in rule.regex.groupindex else m.span()
            if end > start:
                groups = m.groupdict()
                found.append((order, Match(start, end, text[start:end], rule, groups)))
    return found


def find(text: str, lang: str = "id") -> list[Match]:
    """Every time expression in ``text``: overlaps keep the longest, then the earlier rule."""
    chosen: list[Match] = []
    taken = bytearray(len(text))  # 1 where a chosen match lies: linear in the text
    ranked = sorted(_candidates(text, lang), key=lambda c: (c[1].start - c[1].end, c[0]))
    for _, match in ranked:
        if taken.find(1, match.start, match.end) < 0:
            chosen.append(match)
            taken[match.start : match.end] = b"\x01" * (match.end - match.start)
    return sorted(chosen, key=lambda m: m.start)


def resolve_paragraph(
    matches: list[Match],
    paragraph: int,
    anchor: str | None,
    lang: str = "id",
    day: str | None = None,
    today: date | None = None,
    period: str | None = None,
    text: str | None = None,
) -> list[Located]:
    """Values for one paragraph's matches (``text`` the paragraph, for tense cues).

    A clock time, or "dua hari sebelumnya", takes the last full date before it:
    in the paragraph, else ``day`` (the last one of the paragraphs just before).
    "kuartal sebelumnya" steps from a part of a year named before it in its
    sentence, else from ``period``, the article's own; with no anchor, "tahun
    lalu" steps from that period's year.
    """
    anchor_day = cal.parse_day(anchor)
    year = int(period[:4]) if period and anchor_day is None else None
    days = time_tables(lang).days
    located: list[Located] = []
    named: Located | None = None
    for m in matches:
        ahead = text is None or _looks_ahead(text, m.start, lang)
        if named and text is not None and _SENTENCE_END.search(text, named.end, m.start):
            named = None
        nearest = named.value if named else period
        ctx = Context(lang, anchor_day, cal.parse_day(day), today, nearest, ahead, year)
        value = resolve(m.rule.resolver, m.groups, ctx)
        weekday = lookup(days, m.groups.get("day"))
        if m.rule.type == "DATE" and (meant := meant_day(value, weekday, anchor_day or today)):
            day = meant
        names_period = bool(value and PERIOD.match(value)) and m.rule.resolver not in FROM_PERIOD
        found = Located(
            paragraph,
            m.start,
            m.end,
            m.text,
            value,
            m.rule.type,
            m.rule.name,
            m.rule.role,
            weekday,
            names_period,
        )
        named = found if names_period else named
        located.append(found)
    return located


def meant_day(value: str | None, weekday: int | None, latest: date | None) -> str | None:
    """The day a clock time after a date belongs to: the one its day name points to when the
    source slipped ("Selasa, 12 Maret 2023" in a March 2024 report); the date keeps what
    is written. None when ``value`` is not a day."""
    written = cal.parse_day(value)
    if written is None or weekday is None or latest is None:
        return written.isoformat() if written else None
    return cal.agree_weekday(written, weekday, latest).isoformat()


def needs_period(matches: list[list[Match]]) -> bool:
    """Whether an expression steps from the article's own part of a year ("kuartal sebelumnya")."""
    return any(m.rule.resolver in FROM_PERIOD for group in matches for m in group)


def article_period(located: list[Located]) -> str | None:
    """The part of a year an article is about: the one it names most, the first on a tie."""
    named = Counter(t.value for t in located if t.names_period)
    return max(named, key=named.__getitem__) if named else None


def _looks_ahead(text: str, at: int, lang: str) -> bool:
    """Whether the sentence holding offset ``at`` has a future cue ("akan", "mendatang")."""
    start = max(text.rfind(". ", 0, at), text.rfind("? ", 0, at), text.rfind("! ", 0, at)) + 1
    end = text.find(". ", at)
    words = _WORDS.findall(text[start : end if end >= 0 else len(text)].lower())
    return not time_tables(lang).future_cues.isdisjoint(words)


def explicit_days(matches: list[Match], lang: str = "id", today: date | None = None) -> list[str]:
    """The full dates a paragraph states outright, needing no anchor ("16 Oktober 2023")."""
    located = resolve_paragraph(matches, 0, None, lang, today=today)
    return [t.value for t in located if t.type == "DATE" and cal.parse_day(t.value)]
