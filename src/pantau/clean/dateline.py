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

from pantau.clean.outlets import brand_domain
from pantau.clean.text import ends_sentence, norm, title_case, word_count

MAX_HEAD = 80
_DASH = re.compile(r"\s+(?:--|-|–|—)+\s*|\s*(?:--|–|—)+\s+|\s*[–—]\s*")
_TRAILING_DASH = re.compile(r"\s*(?:--|-|–|—)+\s*$")
_PARTS = re.compile(r"\s*[,()]\s*")
_DOMAIN = re.compile(r"[A-Za-z0-9][\w-]*(?:\.[A-Za-z]{2,4}){1,2}")
_CITY = re.compile(r"[^\W\d_][\w'.-]*(?:\s+[^\W\d_][\w'.-]*){0,3}")
_SHORT_DATE = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?")
_BRAND_STOP = re.compile(r"([^\W\d_][\w-]{1,20})\.\s+(?=[A-Z])")
_COLON_CITY = re.compile(r"([^\W\d_][\w'.-]*(?:\s+[^\W\d_][\w'.-]*){0,2}):\s+(?=\S)")
COLON_LEAD_WORDS = 8
_CITY_AFTER = re.compile(r"([^\W\d_a-z][^\Wa-z]*(?:\s+[^\W\d_a-z][^\Wa-z]*){0,2})\.\s+")


@dataclass(frozen=True, slots=True)
class Dateline:
    """The parts of a dateline; ``rest`` is the lead text after it (may be empty)."""

    credit: str | None
    city: str | None
    rest: str


def is_credit(part: str) -> bool:
    """An outlet's domain (``TRIBUNNEWS.COM``) or brand name (``CNN Indonesia``)."""
    return bool(_DOMAIN.fullmatch(part)) or brand_domain(part) is not None


def _is_city(part: str) -> bool:
    return bool(_CITY.fullmatch(part)) and all(w[0].isupper() for w in part.split())


def _read_head(head: str) -> tuple[str | None, str | None] | None:
    """(credit, city) when every part of the head is a credit, a city or a date."""
    credit = city = None
    for part in filter(None, _PARTS.split(head)):
        if is_credit(part):
            credit = credit or part
        elif _SHORT_DATE.fullmatch(part):
            continue
        elif _is_city(part) and city is None:
            city = part
        else:
            return None
    return credit, city


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


def parse(line: str) -> Dateline | None:
    """The dateline opening this line, or None."""
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
    read = _read_head(head)
    if read is None:
        return None
    credit, city = read
    if credit is None and (city is None or word_count(city) > 3 or word_count(rest) < 6):
        return None
    if credit is not None and city is None and (after := _CITY_AFTER.match(rest)):
        city, rest = after.group(1), rest[after.end() :]
    if not dash and credit is None:
        return None
    return Dateline(credit, title_case(city) if city else None, rest)
