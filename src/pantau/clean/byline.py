"""Author names from byline lines: ``Rep: Kamran Dikarma Red: Esthi Maharani``.

Labels and whether their names are authors come from
``lang/<code>/clean_byline_labels.tsv``; the shapes handled besides labels are
``Laporan Wartawan Tribunnews.com, Nama``, ``Kontributor Mataram, Nama``,
``Laporan Nama | Aceh Utara`` (signed with the reporter's place),
``Nama , Jurnalis-Selasa, ...``, ``Nama • 28 Maret 2024 13:05``,
``Nama - detikNews`` (a name signed with the outlet's desk), ``Nama - Selasa,
10 September 2024`` (a name before the timestamp) and a header line of
names alone (``Nama Satu, Nama Dua``; words that are never names are listed in
``lang/<code>/clean_not_names.txt``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from pantau.clean.dateline import is_credit
from pantau.clean.outlets import brand_domain
from pantau.clean.text import norm, title_case
from pantau.lang import mapping, words

_SPLIT = re.compile(r"\s*(?:[|/&;,]|\s-\s|\bdan\b|\band\b)\s*")
_REPORT = re.compile(
    r"(?:laporan\s+(?:wartawan|reporter|koresponden|jurnalis)|kontributor|koresponden)"
    r"\s+[^,]{1,60},\s*(?P<names>.+)",
    re.I,
)
_PLACED = re.compile(r"laporan\s+(?P<names>[^|,:]{3,60}?)\s*\|\s*[^|]{2,40}$", re.I)
_DOTTED = re.compile(r"(?P<names>[^•]{3,60}?)\s*•\s*\d")
_INITIALS_TAIL = re.compile(r"\s*/\s*[A-Z]{2,5}$")
_BRAND_TAIL = re.compile(r"\s*(?:\(([^()]{2,40})\)|,\s*([^(),]{2,40}))$")
_NAME_WORD = re.compile(r"[A-Z](?:[a-z’'-][\w’'-]*|\.|[a-z]?)")
MAX_NAMES = 3
MAX_NAME_LINE_WORDS = 4
_JOURNALIST = re.compile(r"(?P<names>[^,]{3,60}?)\s*,\s*jurnalis\b", re.I)
_SIGNED = re.compile(r"(?P<names>[^-–|,]{3,60}?)\s+[-–]\s+\S+$")
_NAME = re.compile(r"[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,5}")
_STAMPED = re.compile(r"(?P<names>[^-–|•,]{3,60}?)\s+[-–|]\s+\S.*\d")
_SIGN_OFF_CREDIT = re.compile(r"[\[(]\s*([^/\[\]()]{2,30}?)\s*/\s*([^/\[\]()]{3,40}?)\s*[\])]\.?$")
_DOUBLED = re.compile(r"(.{3,40}?)\1")
MAX_NAME_WORDS = 6


@cache
def _labels(lang: str) -> tuple[re.Pattern[str], dict[str, bool]]:
    table = {
        label.lower(): flag == "yes"
        for label, flag in mapping(lang, "clean_byline_labels.tsv").items()
    }
    alternatives = "|".join(sorted(map(re.escape, table), key=len, reverse=True))
    return re.compile(rf"(?<!\w)({alternatives})(?:\s*:|\s+(?=[A-Z]))", re.IGNORECASE), table


def _names(text: str, lang: str) -> list[str]:
    """The names in a run of credits; a weekday after them ("| Senin, 25 Maret") is none."""
    names = []
    days = _days(lang)
    for part in _SPLIT.split(text.strip(" ()[]")):
        part = _once(part.strip(" .:-–—"))
        if part.casefold() in days:
            continue
        if _NAME.fullmatch(part) and len(part.split()) <= MAX_NAME_WORDS and part[0].isupper():
            names.append(title_case(part) if part.isupper() else part)
    return names


def _once(part: str) -> str:
    """A name a page glued to itself (``Nama SatuNama Satu``) given once."""
    found = _DOUBLED.fullmatch(part)
    return found.group(1) if found else part


@cache
def _days(lang: str) -> frozenset[str]:
    return frozenset(word.casefold() for word in words(lang, "clean_days.txt"))


@cache
def _not_names(lang: str) -> frozenset[str]:
    return frozenset(word.casefold() for word in words(lang, "clean_not_names.txt"))


def _is_name(part: str, lang: str) -> bool:
    tokens = part.split()
    if not 1 <= len(tokens) <= MAX_NAME_LINE_WORDS or brand_domain(part):
        return False
    stop = _not_names(lang)
    return all(_NAME_WORD.fullmatch(t) and t.casefold() not in stop for t in tokens)


def _unwrapped(text: str) -> str:
    """A sign-off in brackets (``(Nama Satu )``) without them."""
    if text[:1] in "([" and text[-1:] in ")]":
        return text[1:-1].strip()
    return text


def _without_tail(line: str) -> str:
    """The names of a byline without the desk's initials or outlet after them.

    ``Nama / WBP``, ``Nama (The Jakarta Post)`` and ``Nama, CNBC Indonesia`` give ``Nama``.
    """
    text = _INITIALS_TAIL.sub("", _unwrapped(norm(line)))
    tail = _BRAND_TAIL.search(text)
    brand = tail and (tail.group(1) or tail.group(2))
    return text[: tail.start()] if tail and brand and brand_domain(brand) else text


def is_name_line(line: str, lang: str, *, alone: bool = False) -> bool:
    """A line of author names only (``Raka Dwi Novianto``, ``Nama Satu | Nama Dua``).

    A one-word name counts only when ``alone`` says the line sits among bylines.
    """
    text = _without_tail(line)
    if not text or any(ch.isdigit() for ch in text):
        return False
    parts = [part.strip() for part in _SPLIT.split(text) if part.strip()]
    if not 1 <= len(parts) <= MAX_NAMES or not all(_is_name(part, lang) for part in parts):
        return False
    return alone or len(parts) > 1 or len(parts[0].split()) > 1


def authors(line: str, lang: str) -> list[str]:
    """The author names a byline line gives, in order; [] when it gives none."""
    if found := _REPORT.search(line) or _PLACED.fullmatch(line) or _DOTTED.match(line):
        return _names(found.group("names"), lang)
    label_re, table = _labels(lang)
    marks = list(label_re.finditer(line))
    if marks:
        names: list[str] = []
        for mark, after in zip(marks, [*marks[1:], None], strict=True):
            if table.get(re.sub(r"\s+", " ", mark.group(1).lower()), False):
                end = after.start() if after else len(line)
                names.extend(_names(line[mark.end() : end], lang))
        return names
    if found := _JOURNALIST.match(line) or _SIGNED.fullmatch(line):
        return _names(found.group("names"), lang)
    stamped = _STAMPED.match(line)
    if stamped and is_name_line(_once(stamped.group("names")), lang, alone=True):
        return _names(stamped.group("names"), lang)
    if is_name_line(line, lang, alone=True):
        return _names(_without_tail(line), lang)
    return []


def signed_off(body: Sequence[str], outlet: str | None, lang: str) -> list[str]:
    """Authors a paragraph signs with the outlet's credit (``... persen. [Kabarkita/Nama]``)."""
    for text in reversed(body):
        found = _SIGN_OFF_CREDIT.search(text)
        if found and is_credit(found.group(1), outlet):
            return _names(found.group(2), lang)
    return []


def in_body(name: str, body_words: frozenset[str]) -> bool:
    """A name every word of which the body uses: a person the article is about, not its author."""
    return all(word.casefold() in body_words for word in name.split())
