"""What clustering compares of an article: its main event's day, type, names and words.

A profile is cheap to build from the record alone. ``keys`` are the blocking keys
(entity names, a person also by surname so "Benyamin"/"Benjamin Netanyahu"
meet; the rarest title words); ``terms`` weighs words of the title and lead
above the rest, and entity keys above plain words. Two-letter words count only
when written as acronyms ("BI", "AS"), which tell institutions apart.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from pantau.events.lexicon import lexicon
from pantau.lang import words
from pantau.records import Article

_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
_ACRONYM = re.compile(r"\b[A-Z]{2}\b")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
LEAD_PARAGRAPHS = 3
TITLE_WEIGHT = 3.0
LEAD_WEIGHT = 2.0
ENTITY_WEIGHT = 2.0
FACT_WEIGHT = 1.0
_PERIOD = re.compile(r"^\d{4}-(?:\d{2}(?:-\d{2})?|Q\d|H\d)$")


@dataclass(slots=True)
class Profile:
    """The clustering view of one article."""

    id: str
    outlet: str | None
    date: str | None
    day: int | None
    exact: bool
    type: str
    keys: list[str]
    terms: Counter[str] = field(default_factory=Counter)
    event_days: list[int] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    provinces: list[str] = field(default_factory=list)


def day_of(value: str | None) -> int | None:
    """A TIMEX3 day or month as a day number (a month counts as its 15th)."""
    if not value:
        return None
    if match := _DAY.match(value):
        year, month, day = map(int, match.groups())
    elif match := _MONTH.match(value):
        (year, month), day = map(int, match.groups()), 15
    else:
        return None
    try:
        return date(year, month, day).toordinal()
    except ValueError:
        return None


def entity_keys(article: Article) -> list[str]:
    """Normalised names of the article's entities; persons also by their last name."""
    keys = []
    for entity in article.entities:
        for form in dict.fromkeys([entity.name, *entity.aliases]):
            words = _WORD.findall(form.lower())
            if not words:
                continue
            keys.append("e:" + " ".join(words))
            if entity.type == "PER" and len(words) > 1:
                keys.append("e:" + words[-1])
    return list(dict.fromkeys(keys))


def profile(article: Article, lang: str = "id") -> Profile:
    """The profile of a stored record."""
    main = next((e for e in article.events if e.main), None)
    date_value = (main.date if main else None) or article.published
    if article.extra.get("anchor", {}).get("event_date_doubtful") and main:
        date_value = article.published  # a date its own day name contradicts places nothing
    dated = {t.value for t in article.timexes if t.type == "DATE"}
    keys = entity_keys(article)
    return Profile(
        id=article.id,
        outlet=article.outlet,
        date=date_value,
        day=day_of(date_value) or day_of(article.published),
        exact=bool(date_value and _DAY.match(date_value) and date_value in dated),
        type=main.type if main else "other",
        keys=keys,
        terms=_terms(article, keys, lang),
        event_days=sorted({d for e in article.events if (d := day_of(e.date)) is not None}),
        places=main_places(article, main.participants if main else []),
        provinces=named_provinces(article, lang),
    )


def main_places(article: Article, participants: list[str], lang: str = "id") -> list[str]:
    """The regions among the main event's participants, as keys.

    Only names of the country's regions count (a province, or a name starting
    with an administrative word such as "Kabupaten"): a stadium or a country is
    tagged too loosely to tell two occurrences apart. The dateline city is left
    out, since it tells where the outlet wrote from rather than what happened.
    """
    places = {e.name for e in article.entities if e.type == "LOC"}
    dateline = (article.dateline or "").lower()
    keys = []
    for name in participants:
        key = " ".join(_WORD.findall(name.lower()))
        if name in places and key != dateline and _is_region(key, lang):
            keys.append("e:" + key)
    return list(dict.fromkeys(keys))


def named_provinces(article: Article, lang: str = "id") -> list[str]:
    """The provinces the article names, as keys (``p:jawa timur``): where its places lie."""
    provinces = words(lang, "event_provinces.txt")
    names = (" ".join(_WORD.findall(e.name.lower())) for e in article.entities if e.type == "LOC")
    return sorted({"p:" + name for name in names if name in provinces})


def _is_region(name: str, lang: str) -> bool:
    first = name.split(" ", 1)[0]
    return name in words(lang, "event_provinces.txt") or first in region_words(lang)


def region_words(lang: str = "id") -> frozenset[str]:
    """Administrative words ("kabupaten", "kota") that open a region's name."""
    return frozenset(words(lang, "event_region_words.txt"))


def place_words(key: str, lang: str = "id") -> frozenset[str]:
    """The words of a place key without its administrative words."""
    return frozenset(key.removeprefix("e:").split()) - region_words(lang)


def _terms(article: Article, keys: list[str], lang: str) -> Counter[str]:
    stop = lexicon(lang).stopwords
    counts: Counter[str] = Counter()
    parts = [(article.title or "", TITLE_WEIGHT)]
    parts += [(p, LEAD_WEIGHT if i < LEAD_PARAGRAPHS else 1.0) for i, p in enumerate(article.body)]
    for text, weight in parts:
        for word in _WORD.findall(text.lower()):
            if word not in stop:
                counts[word] += weight
        for acronym in _ACRONYM.findall(text):
            counts[acronym.lower()] += weight
    for key in keys:
        counts[key] += ENTITY_WEIGHT
    counts.update(_facts(article))
    return counts


def _facts(article: Article) -> Counter[str]:
    """The figures and dated periods the article states ("5,05 persen", "kuartal II 2024"):
    rare across the corpus, they tell look-alikes apart (two rate cuts to different
    levels) and join an undated report to its occurrence."""
    facts: Counter[str] = Counter()
    for number in article.numbers:
        if number.value is not None and number.what:
            facts[f"n:{number.value:g}:{number.what}"] += FACT_WEIGHT
    for timex in article.timexes:
        if timex.type == "DATE" and timex.value and _PERIOD.match(timex.value):
            facts[f"t:{timex.value}"] += FACT_WEIGHT
    return facts
