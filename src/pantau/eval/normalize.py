"""String comparison as GOLD.md defines it: NFKC, case folding, whitespace and edge punctuation."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

_SPACE = re.compile(r"\s+")
_TOKEN = re.compile(r"\w+", re.UNICODE)


def _edge_punct(char: str) -> bool:
    return unicodedata.category(char)[0] in "PS"


def norm(text: str | None) -> str:
    """The comparable form of a string (empty for None)."""
    if text is None:
        return ""
    text = _SPACE.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()
    start, end = 0, len(text)
    while start < end and (_edge_punct(text[start]) or text[start].isspace()):
        start += 1
    while end > start and (_edge_punct(text[end - 1]) or text[end - 1].isspace()):
        end -= 1
    return text[start:end]


def tokens(text: str | None) -> Counter[str]:
    """The multiset of word tokens of a normalised string."""
    return Counter(_TOKEN.findall(norm(text)))
