"""The dateline that opens a lead: ``REPUBLIKA.CO.ID, MOSKOW --``, ``Jakarta (ANTARA) -``.

A dateline is a short head of credits (an outlet's domain or brand name), at
most one city and perhaps a short date, closed by a dash. It names the outlet
and the city, and marks the lead paragraph: lines above it are the page header.
The dateline stays in the lead paragraph; only its parts are read here. Some
outlets close a bare city with a colon instead (``Jakarta: Dewan ...``), or
their brand with a full stop (``RMOL. Badan ...``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pantau.clean.outlets import brand_domain
from pantau.clean.text import ends_sentence, norm, title_case, word_count
from pantau.nlp.ner import known_place

MAX_HEAD = 80
_DASH = re.compile(r"\s+(?:--|-|–|—|~)+\s*|\s*(?:--|–|—)+\s+|\s*[–—]\s*|(?<=[)\]])-\s*|-\s+")
_TRAILING_DASH = re.compile(r"\s*(?:--|-|–|—)+\s*$")
_PARTS = re.compile(r"\s*[,()|]\s*")
MAX_REGIONS = 3
BRAND_EXTRA_CHARS = 8
_DOMAIN = re.compile(r"[A-Za-z0-9][\w-]*(?:\.[A-Za-z]{2,4}){1,2}")
_CITY = re.compile(r"[^\W\d_][\w'.-]*(?:\s+[^\W\d_][\w'.-]*){0,3}")
_SHORT_DATE = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?")
_BRAND_STOP = re.compile(r"([^\W\d_][\w-]{1,20})\.\s+(?=[A-Z])")
_COLON_CITY = re.compile(r"([^\W\d_][\w'.-]*(?:\s+[^\W\d_][\w'.-]*){0,2}):\s+(?=\S)")
COLON_LEAD_WORDS = 8
_OPENING_WORDS = re.compile(r"((?:[^\W\d_][\w'.]*\s?){1,3})")
_OPENING_CLOSE = re.compile(r"\s*(?:[-–—]+|,)\s*")
_CITY_AFTER = re.compile(r"([^\W\d_a-z][^\Wa-z]*(?:\s+[^\W\d_a-z][^\Wa-z]*){0,2})\.\s+")


@dataclass(frozen=True, slots=True)
class Dateline:
    """The parts of a dateline; ``rest`` is the lead text after it (may be empty)."""

    credit: str | None
    city: str | None
    rest: str


def is_credit(part: str, outlet: str | None = None) -> bool:
    """An outlet's domain (``TRIBUNNEWS.COM``), brand name (``CNN Indonesia``) or its own name.

    With the article's ``outlet`` known, a part that spells its domain's name
    (``KABARKITA`` or ``Kabar Kita`` for ``kabarkita.com``) is its brand too.
    """
    if _DOMAIN.fullmatch(part) or brand_domain(part) is not None:
        return True
    return outlet is not None and _spells_outlet(part, outlet)


def _spells_outlet(part: str, outlet: str) -> bool:
    name = re.sub(r"\W", "", outlet.split(".")[0]).casefold()
    squashed = re.sub(r"\W", "", part).casefold()
    if len(name) < 2 or not squashed:
        return False
    if len(name) < 4:
        short = squashed.startswith(name) and len(squashed) - len(name) <= BRAND_EXTRA_CHARS
        return squashed == name or (short and not known_place(part))
    return name in squashed and len(squashed) - len(name) <= BRAND_EXTRA_CHARS


def _is_city(part: str) -> bool:
    return bool(_CITY.fullmatch(part)) and all(w[0].isupper() for w in part.split())


def _read_head(head: str, outlet: str | None = None) -> tuple[str | None, str | None] | None:
    """(credit, city) when every part of the head is a credit, a place or a date.

    The city is the first part the gazetteer knows as a place, else the first
    capitalised part; further place-like parts are its region or province
    (``Flores Timur, NTT``).
    """
    credits, places = [], []
    for part in filter(None, _PARTS.split(head)):
        if is_credit(part, outlet):
            credits.append(part)
        elif _SHORT_DATE.fullmatch(part):
            continue
        elif _is_city(part) or known_place(part):
            places.append(part)
        else:
            return None
    if len(places) > 1 + MAX_REGIONS:
        return None
    known = [part for part in places if known_place(part)]
    city = (known or places or [None])[0]
    return (credits[0] if credits else None), city


def _city_opening(rest: str) -> tuple[str, str] | None:
    """A city opening the lead after a credit-only head (``JAKARTA - ...``, ``Tuban, ...``)."""
    found = _OPENING_WORDS.match(rest)
    if not found:
        return None
    words = found.group(1).split()
    for n in range(len(words), 0, -1):
        city = " ".join(words[:n])
        after = rest[len(city) :]
        closed = _OPENING_CLOSE.match(after)
        if known_place(city) and (closed or (city.isupper() and after[:2].strip()[:1].isupper())):
            return city, after[closed.end() :] if closed else after.lstrip()
    return None


def _colon_dateline(text: str) -> Dateline | None:
    """``Jakarta: Dewan Perwakilan ...``: a capitalised city, a colon, then a lead sentence.

    A headline (``BMKG: Hujan Lebat ...``) has no closing period, so it is not a lead.
    """
    found = _COLON_CITY.match(text)
    if not found or not _is_city(found.group(1)):
        return None
    rest = text[found.end() :]
    if word_count(rest) < COLON_LEAD_WORDS or not rest[0].isupper() or not ends_sentence(rest):
        return None
    return Dateline(None, title_case(found.group(1)), rest)


@lru_cache(maxsize=8192)
def parse(line: str, outlet: str | None = None) -> Dateline | None:
    """The dateline opening this line, or None; ``outlet`` makes the outlet's name a credit.

    Cached: the header lines are read several times (joining, the lead, the city).
    """
    text = norm(line)
    if colon := _colon_dateline(text):
        return colon
    if (stop := _BRAND_STOP.match(text)) and brand_domain(stop.group(1)):
        return Dateline(stop.group(1), None, text[stop.end() :])
    dash = _DASH.search(text, 0, MAX_HEAD + 3)
    head = text[: dash.start()] if dash else _TRAILING_DASH.sub("", text)
    rest = text[dash.end() :] if dash else ""
    if not head or len(head) > MAX_HEAD or (not dash and len(text) > MAX_HEAD):
        return None
    read = _read_head(head, outlet)
    if read is None:
        return None
    credit, city = read
    if credit is None and (city is None or word_count(city) > 3 or word_count(rest) < 6):
        return None
    if credit is not None and city is None:
        city, rest = _city_after(rest)
    if not dash and credit is None:
        return None
    return Dateline(credit, title_case(city) if city else None, rest)


def _city_after(rest: str) -> tuple[str | None, str]:
    if after := _CITY_AFTER.match(rest):
        return after.group(1), rest[after.end() :]
    return _city_opening(rest) or (None, rest)
