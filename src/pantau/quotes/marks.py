"""Quoted spans in a body: quote marks paired by context, across paragraphs.

Scrapers and outlets mix every style (" “ ” „ « » ' ‘ ’) and often use the
closing mark to open, so a mark's role comes from its neighbours, not its
shape: a mark after a space and before a word opens, a mark after a word and
before a space or punctuation closes. A quote left open at the end of a
paragraph continues when the next paragraph reopens it (the press convention
for quotes of several paragraphs); otherwise it runs to the paragraph's end.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from pantau.quotes.text import DOUBLE_MARKS, QUOTE_MARKS, SINGLE_MARKS, trim_offsets
from pantau.records import Span

_OPEN_BEFORE = "([{-–—:/" + QUOTE_MARKS
_CLOSE_AFTER = ".,;:!?)]}-–—…" + QUOTE_MARKS
_OPENING_SHAPES = "“„«‘‚‹〝"


@dataclass(frozen=True, slots=True)
class Piece:
    """The inside of a quote within one paragraph: ``text[start:end]``."""

    para: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """A quote, possibly over several paragraphs; ``pieces`` in reading order."""

    pieces: tuple[Piece, ...]

    @property
    def first(self) -> Piece:
        return self.pieces[0]

    @property
    def last(self) -> Piece:
        return self.pieces[-1]

    def text(self, body: list[str]) -> str:
        parts = (body[p.para][p.start : p.end].strip() for p in self.pieces)
        text = " ".join(part for part in parts if part)
        return _trim(text)

    def spans(self, body: list[str]) -> list[Span]:
        """The spans of ``text``: its pieces without the spaces, and at the two ends the
        marks and commas, that ``text`` drops; their texts joined by spaces give it."""
        kept = []
        for p in self.pieces:
            start, end = trim_offsets(body[p.para], p.start, p.end, str.strip)
            if end > start:
                kept.append(Span(p.para, start, end))
        for index in (0, -1):
            while kept and _empty(trimmed := _trimmed_end(body, kept, index)):
                kept.pop(index)
            if kept:
                kept[index] = trimmed
        return kept


def _empty(span: Span) -> bool:
    return span.end <= span.start


def _trim(text: str) -> str:
    return text.strip().strip(QUOTE_MARKS).strip().strip(",;:").strip()


def _trimmed_end(body: list[str], spans: list[Span], index: int) -> Span:
    """The first (``index`` 0) or last (-1) span with that end trimmed as ``_trim`` does."""
    span = spans[index]
    start, end = trim_offsets(body[span.p or 0], span.start, span.end, _trim)
    return Span(span.p, start, span.end) if index == 0 else Span(span.p, span.start, end)


class QuotedIndex:
    """Which characters lie inside quotes: ``(para, pos) in index``, by bisection."""

    def __init__(self, spans: list[QuotedSpan]) -> None:
        pieces: dict[int, list[tuple[int, int]]] = {}
        for span in spans:
            for piece in span.pieces:
                pieces.setdefault(piece.para, []).append((piece.start, piece.end))
        self._pieces = {para: sorted(found) for para, found in pieces.items()}

    def end_of(self, para: int, pos: int) -> int | None:
        """The end of the quoted piece holding ``pos``, or None outside quotes."""
        found = self._pieces.get(para, [])
        index = bisect_right(found, (pos, float("inf"))) - 1
        inside = index >= 0 and found[index][0] <= pos < found[index][1]
        return found[index][1] if inside else None

    def __contains__(self, place: tuple[int, int]) -> bool:
        return self.end_of(*place) is not None


def _roles(text: str, family: str) -> list[tuple[int, str]]:
    """Each mark of ``family`` that can open or close, with its role."""
    roles: list[tuple[int, str]] = []
    for match in re.finditer(f"[{re.escape(family)}]", text):
        i, char = match.start(), match.group()
        prev = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        opens = (prev.isspace() or prev in _OPEN_BEFORE) and not after.isspace()
        closes = (after.isspace() or after in _CLOSE_AFTER) and not prev.isspace()
        if opens and closes:
            opens = char in _OPENING_SHAPES
            closes = not opens
        if opens or closes:
            roles.append((i, "open" if opens else "close"))
    return roles


def _starts_with_open(text: str, family: str) -> bool:
    stripped = text.lstrip()
    return bool(stripped) and stripped[0] in family


def double_quotes(body: list[str]) -> list[QuotedSpan]:
    """Spans between double quote marks, joined across paragraphs."""
    spans: list[QuotedSpan] = []
    pieces: list[Piece] = []
    for para, text in enumerate(body):
        depth, start = 0, 0
        roles = _roles(text, DOUBLE_MARKS)
        if pieces:
            depth = 1
            if _starts_with_open(text, DOUBLE_MARKS):
                roles = roles[1:]
                start = text.index(text.lstrip()[0]) + 1
        for index, role in roles:
            if role == "open":
                if depth == 0:
                    start = index + 1
                depth += 1
            elif depth:
                depth -= 1
                if depth == 0:
                    spans.append(QuotedSpan((*pieces, Piece(para, start, index))))
                    pieces = []
        if depth:
            pieces.append(Piece(para, start, len(text)))
            following = body[para + 1] if para + 1 < len(body) else ""
            if not _starts_with_open(following, DOUBLE_MARKS):
                spans.append(QuotedSpan(tuple(pieces)))
                pieces = []
    return spans


def single_quotes(body: list[str], taken: list[QuotedSpan]) -> list[QuotedSpan]:
    """Spans between single quote marks outside double-quoted spans, within a paragraph."""
    inside = QuotedIndex(taken)
    spans: list[QuotedSpan] = []
    for para, text in enumerate(body):
        start = None
        for index, role in _roles(text, SINGLE_MARKS):
            if (para, index) in inside:
                continue
            if role == "open" and start is None:
                start = index + 1
            elif role == "close" and start is not None:
                spans.append(QuotedSpan((Piece(para, start, index),)))
                start = None
    return spans


def quoted_spans(body: list[str]) -> list[QuotedSpan]:
    """All quoted spans of a body, in reading order."""
    doubles = double_quotes(body)
    spans = doubles + single_quotes(body, doubles)
    return sorted(spans, key=lambda s: (s.first.para, s.first.start))
