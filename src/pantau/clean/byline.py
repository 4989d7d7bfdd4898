"""Author names from byline lines: ``Rep: Kamran Dikarma Red: Esthi Maharani``.

Labels and whether their names are authors come from
``lang/<code>/clean_byline_labels.tsv``; the shapes handled besides labels are
``Laporan Wartawan Tribunnews.com, Nama``, ``Nama , Jurnalis-Selasa, ...`` and
``Nama - detikNews`` (a name signed with the outlet's desk).
"""

from __future__ import annotations

import re
from functools import cache

from pantau.lang import mapping

_SPLIT = re.compile(r"\s*(?:[|/&;,]|\s-\s|\bdan\b|\band\b)\s*")
_REPORT = re.compile(
    r"laporan\s+(?:wartawan|reporter|koresponden|jurnalis)\s+[^,]{1,60},\s*(?P<names>.+)", re.I
)
_JOURNALIST = re.compile(r"(?P<names>[^,]{3,60}?)\s*,\s*jurnalis\b", re.I)
_SIGNED = re.compile(r"(?P<names>[^-–|,]{3,60}?)\s+[-–]\s+\S+$")
_NAME = re.compile(r"[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,5}")
MAX_NAME_WORDS = 6


@cache
def _labels(lang: str) -> tuple[re.Pattern[str], dict[str, bool]]:
    table = {
        label.lower(): flag == "yes"
        for label, flag in mapping(lang, "clean_byline_labels.tsv").items()
    }
    alternatives = "|".join(sorted(map(re.escape, table), key=len, reverse=True))
    return re.compile(rf"(?<!\w)({alternatives})(?:\s*:|\s+(?=[A-Z]))", re.IGNORECASE), table


def _names(text: str) -> list[str]:
    names = []
    for part in _SPLIT.split(text.strip(" ()[]")):
        part = part.strip(" .:-–—")
        if _NAME.fullmatch(part) and len(part.split()) <= MAX_NAME_WORDS and part[0].isupper():
            names.append(part)
    return names


def authors(line: str, lang: str) -> list[str]:
    """The author names a byline line gives, in order; [] when it gives none."""
    if found := _REPORT.search(line):
        return _names(found.group("names"))
    label_re, table = _labels(lang)
    marks = list(label_re.finditer(line))
    if marks:
        names: list[str] = []
        for mark, after in zip(marks, [*marks[1:], None], strict=True):
            if table.get(re.sub(r"\s+", " ", mark.group(1).lower()), False):
                end = after.start() if after else len(line)
                names.extend(_names(line[mark.end() : end]))
        return names
    if found := _JOURNALIST.match(line) or _SIGNED.fullmatch(line):
        return _names(found.group("names"))
    return []
