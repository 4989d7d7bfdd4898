"""Where each input line goes: the header (title, standfirst), the body, or out with a reason.

Lines above the lead (the first paragraph that opens with a dateline, or else
the first full sentence) are the page header: the headline, a standfirst,
captions and bylines. Below it, every line is body unless a rule, a list it
belongs to, a credit above it, or its repetition says otherwise.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from pantau.clean import dateline
from pantau.clean.dates import header_date
from pantau.clean.rules import Rule, RuleSet
from pantau.clean.text import (
    QUOTE_OPENERS,
    ends_sentence,
    is_headline,
    is_sentence,
    key,
    norm,
    word_count,
)
from pantau.clean.text import (
    is_title as is_title_like,
)

HEADER_WINDOW = 15
LEAD_MIN_WORDS = 12
LIST_SPANS = {"related-link": 3}
DEFAULT_LIST_SPAN = 10


@dataclass(slots=True)
class Line:
    """One non-blank input line and where it went."""

    text: str
    role: str = "body"
    reason: str | None = None


def split_lines(text: str) -> list[str]:
    """Non-blank normalised lines; a dateline alone on its line joins the lead below it."""
    lines = [line for line in map(norm, text.splitlines()) if line]
    for i in range(min(len(lines), HEADER_WINDOW) - 1):
        found = dateline.parse(lines[i])
        joined = f"{lines[i]} {lines[i + 1]}"
        if found and found.credit and not found.rest and _opens_lead(dateline.parse(joined)):
            lines[i : i + 2] = [joined]
            break
    return lines


def _opens_lead(found: dateline.Dateline | None) -> bool:
    """A dateline followed by lead text (not by a timestamp such as ``11/12/2023, 10:00``)."""
    if found is None or not found.rest:
        return False
    return found.rest[0].isalpha() or found.rest[0] in QUOTE_OPENERS


def find_lead(lines: Sequence[str], hits: Sequence[Rule | None]) -> int:
    """Index of the lead: the first dateline paragraph, else the first full sentence."""
    window = [i for i in range(min(len(lines), HEADER_WINDOW)) if hits[i] is None]
    for i in window:
        if _opens_lead(dateline.parse(lines[i])):
            return i
    for i in window:
        if word_count(lines[i]) >= LEAD_MIN_WORDS and ends_sentence(lines[i]):
            return i
    return 0


def _context(lines: Sequence[str], hits: Sequence[Rule | None], lead: int) -> list[str | None]:
    """Reasons from rules and from context: items under a list head, captions under credits."""
    reasons: list[str | None] = [None] * len(lines)
    listing: str | None = None
    left = 0
    caption_next = False
    for i, text in enumerate(lines):
        rule = hits[i]
        if rule is not None:
            reasons[i] = rule.reason
            if "list" in rule.flags:
                listing, left = rule.reason, LIST_SPANS.get(rule.reason, DEFAULT_LIST_SPAN)
            caption_next = "caption-next" in rule.flags
            continue
        if i == lead:
            listing, caption_next = None, False
            continue
        if caption_next and (i < lead or not is_sentence(text)):
            reasons[i], caption_next = "caption", False
            continue
        caption_next = False
        if listing and left and is_headline(text):
            reasons[i], left = listing, left - 1
            continue
        listing = None
    return reasons


def _repeats(
    lines: Sequence[str], reasons: list[str | None], repeated: frozenset[str], lang: str
) -> None:
    """Lines repeated in the batch or the article, timestamps and bare outlet names leave too."""
    counts = Counter(key(text) for text in lines)
    for i, text in enumerate(lines):
        if reasons[i] is not None:
            continue
        if key(text) in repeated or counts[key(text)] > 1:
            reasons[i] = "duplicate"
        elif header_date(text, lang):
            reasons[i] = "byline"
        elif dateline.is_credit(text):
            reasons[i] = "credit"


def _header_roles(lines: Sequence[str], layout: list[Line], lead: int, title: str | None) -> None:
    """Above the lead: the headline is the title, other kept lines are the standfirst."""
    wanted = key(title) if title else None
    for i in range(lead):
        if layout[i].role != "body":
            continue
        text = lines[i]
        is_title = key(text) == wanted if wanted is not None else is_title_like(text)
        if is_title and not any(line.role == "title" for line in layout):
            layout[i].role = "title"
        else:
            layout[i].role = "standfirst"


def segment(
    lines: Sequence[str],
    rules: RuleSet,
    *,
    repeated: frozenset[str] = frozenset(),
    title: str | None = None,
    lang: str = "id",
) -> list[Line]:
    """Each line with its role (title, standfirst, body, removed) and removal reason."""
    hits = [rules.match(text) for text in lines]
    lead = find_lead(lines, hits)
    reasons = _context(lines, hits, lead)
    _repeats(lines, reasons, repeated, lang)
    layout = [
        Line(text, "removed" if reason else "body", reason)
        for text, reason in zip(lines, reasons, strict=True)
    ]
    _header_roles(lines, layout, lead, title)
    return layout
