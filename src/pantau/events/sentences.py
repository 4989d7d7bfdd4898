"""Sentence spans inside a paragraph, enough to scope an event's trigger, date and people.

A sentence ends at ``.``, ``!`` or ``?`` followed by space and an upper-case
letter, a quote mark or a digit; abbreviations with a capital before the dot
("Dr.", "H.") and decimals ("1.100") do not end a sentence.
"""

from __future__ import annotations

import re

_END = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])[.!?][\"”’']?\s+(?=[A-Z\"“‘\d])")


def sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of each sentence of ``paragraph``."""
    spans, start = [], 0
    for match in _END.finditer(paragraph):
        end = match.end()
        if paragraph[start:end].strip():
            spans.append((start, end))
        start = end
    if paragraph[start:].strip():
        spans.append((start, len(paragraph)))
    return spans
