"""Small text helpers shared by the quote finders: words, sentences, quote marks."""

from __future__ import annotations

import re
from collections.abc import Callable

DOUBLE_MARKS = '"“”„‟«»〝〞＂'
SINGLE_MARKS = "'‘’‚‛‹›"
QUOTE_MARKS = DOUBLE_MARKS + SINGLE_MARKS

WORD = re.compile(r"[\w][\w'’.-]*\w|\w")
_SENTENCE_END = re.compile(
    rf"[.!?]+[{re.escape(QUOTE_MARKS)})]*(?=\s+[\w{re.escape(QUOTE_MARKS)}(])"
)


def words_of(text: str) -> list[str]:
    """The words of a text, without punctuation around them."""
    return WORD.findall(text)


def sentence_spans(text: str, abbreviations: frozenset[str]) -> list[tuple[int, int]]:
    """Character spans of the sentences of one paragraph.

    A stop ends a sentence when a word follows; not after an abbreviation or an
    initial ("Dr.", "J."), nor when the next word starts in lower case.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        before = text[start : match.start()].split()
        last = before[-1].casefold().strip("(") if before else ""
        following = text[match.end() :].lstrip()
        if last in abbreviations or (len(last) == 1 and last.isalpha()):
            continue
        if following[:1].islower():
            continue
        spans.append((start, match.end()))
        start = match.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def sentence_at(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The span of the sentence holding ``pos`` (the last one when past the end)."""
    for start, end in spans:
        if start <= pos < end:
            return start, end
    return spans[-1] if spans else (0, 0)


def trim_offsets(text: str, start: int, end: int, trim: Callable[[str], str]) -> tuple[int, int]:
    """Where ``trim(text[start:end])`` lies in ``text``, for a ``trim`` that only strips ends.

    A character no strip removes, put after (before) the window, keeps its right
    (left) end: what ``trim`` takes off the other end is then a length.
    """
    window = text[start:end]
    left = len(window) + 1 - len(trim(window + "\0"))
    right = len(window) + 1 - len(trim("\0" + window))
    return start + left, max(start + left, end - right)


def trim_clause(text: str) -> str:
    """A reported clause without the spaces, commas and stops around it."""
    return text.strip().strip(",;:").strip().rstrip(".").strip().strip(QUOTE_MARKS).strip()
