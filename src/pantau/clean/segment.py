"""Where each input line goes: the header (title, standfirst), the body, or out with a reason.

Lines above the lead (the first paragraph that opens with a dateline, or else
the first full sentence) are the page header: the headline, a standfirst,
captions and bylines; lines above the headline are breadcrumbs. Below it,
every line is body unless a rule, a list it belongs to, a credit above it, or
its repetition says otherwise; short headline-like lines after the last
sentence of the article are the page's related links and tags.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from pantau.clean import dateline, headline
from pantau.clean.byline import is_name_line
from pantau.clean.dates import header_date
from pantau.clean.rules import Rule, RuleSet, label_lines
from pantau.clean.text import (
    QUOTE_OPENERS,
    bare,
    ends_sentence,
    is_headline,
    is_sentence,
    is_title_cased,
    key,
    norm,
    word_count,
)

HEADER_WINDOW = 30
LEAD_MIN_WORDS = 12
CREDIT_MAX_WORDS = 6
TAG_MAX_WORDS = 3
TAIL_HEADLINE_WORDS = 15
CROSSHEAD_WORDS = 8
_BULLET = re.compile(r"^[-•*]\s")
_ITEM_MARK = re.compile(r"^(?:\d{1,2}[.)]|[-•*])\s|:")
_SIGN_OFF = re.compile(r"\s*[(\[][^()\[\]]{1,15}[)\]]$")
LIST_SPANS = {"related-link": 3}
DEFAULT_LIST_SPAN = 10
ITEM_MAX_WORDS = 4
LABEL_VALUE_WORDS = 5
ITEM_RUN = {"navigation": 3, "related-link": 2}


@dataclass(slots=True)
class Line:
    """One non-blank input line and where it went."""

    text: str
    role: str = "body"
    reason: str | None = None


def split_lines(text: str, outlet: str | None = None) -> list[str]:
    """Non-blank normalised lines; a dateline alone on its line joins the lead below it.

    With the ``outlet`` known, its own name counts as the dateline's credit.
    """
    lines = [line for line in map(norm, text.splitlines()) if line]
    for i in range(min(len(lines), HEADER_WINDOW) - 1):
        found = dateline.parse(lines[i], outlet)
        joined = f"{lines[i]} {lines[i + 1]}"
        if (
            found
            and found.credit
            and not found.rest
            and _opens_lead(dateline.parse(joined, outlet))
        ):
            lines[i : i + 2] = [joined]
            break
    return lines


def _opens_lead(found: dateline.Dateline | None) -> bool:
    """A dateline followed by lead text (not by a timestamp such as ``11/12/2023, 10:00``)."""
    if found is None or not found.rest:
        return False
    return found.rest[0].isalpha() or found.rest[0] in QUOTE_OPENERS


def find_lead(
    lines: Sequence[str], hits: Sequence[Rule | None], rules: RuleSet, outlet: str | None = None
) -> int:
    """Index of the lead: the first dateline paragraph, else the first full sentence.

    A dateline printed alone on its line (``Jakarta, Kabarkita Online``) above
    a sentence opens the lead too. A sentence that a header rule takes (a
    photo caption signed with its credit) or that sits next to a photo credit
    line is a caption, not the lead.
    """
    window = [i for i in range(min(len(lines), HEADER_WINDOW)) if hits[i] is None]
    for i in window:
        found = dateline.parse(lines[i], outlet)
        if _opens_lead(found) or _dateline_alone(found, lines, i):
            return i
    for i in window:
        text = lines[i]
        if word_count(text) < LEAD_MIN_WORDS or not ends_sentence(text):
            continue
        if rules.match(text, header=True) is None and not _next_to_credit(
            lines, i, rules, lead=True
        ):
            return i
    return 0


def _dateline_alone(found: dateline.Dateline | None, lines: Sequence[str], i: int) -> bool:
    if found is None or found.rest or not (found.credit and found.city) or i + 1 >= len(lines):
        return False
    return is_sentence(lines[i + 1], LEAD_MIN_WORDS)


def _next_to_credit(lines: Sequence[str], i: int, rules: RuleSet, *, lead: bool = False) -> bool:
    """A caption's place: before a photo credit, or after one.

    When looking for the lead, only a credit that heads its caption (``AP``)
    claims the sentence after it: the lead itself often follows a credit.
    """
    after = _credit(lines[i + 1], rules) if i + 1 < len(lines) else None
    before = _credit(lines[i - 1], rules) if i > 0 else None
    if after is not None and "caption-next" not in after.flags:
        return True
    return before is not None and (not lead or "caption-next" in before.flags)


def _credit(text: str, rules: RuleSet) -> Rule | None:
    """The rule of a short photo credit line (``ANTARA FOTO/Nama/foc.``), if it is one."""
    rule = rules.match(text, header=True)
    if rule is not None and rule.reason == "caption" and word_count(text) <= CREDIT_MAX_WORDS:
        return rule
    return None


def _context(lines: Sequence[str], hits: Sequence[Rule | None], lead: int) -> list[str | None]:
    """Reasons from rules and from context: items under a list head, captions under credits.

    A list's items share their marking: when the first is bulleted, the first
    unbulleted line ends the list (it is the article's own crosshead); a bare
    bullet between items separates them and leaves with the list.
    """
    reasons: list[str | None] = [None] * len(lines)
    listing: str | None = None
    left = 0
    bulleted: bool | None = None
    caption_next = False
    for i, text in enumerate(lines):
        rule = hits[i]
        if rule is not None:
            reasons[i] = rule.reason
            if "with-previous" in rule.flags and 0 < i != lead + 1 and reasons[i - 1] is None:
                reasons[i - 1] = rule.reason
            if "list" in rule.flags:
                listing, left = rule.reason, LIST_SPANS.get(rule.reason, DEFAULT_LIST_SPAN)
                bulleted = None
            caption_next = "caption-next" in rule.flags
            continue
        if i == lead:
            listing, caption_next = None, False
            continue
        if caption_next and (i < lead or not is_sentence(text)):
            reasons[i], caption_next = "caption", False
            continue
        caption_next = False
        if listing and not bare(text):
            reasons[i] = listing
            continue
        marked = bool(_BULLET.match(text))
        if listing and left and is_headline(text) and bulleted in (None, marked):
            reasons[i], left, bulleted = listing, left - 1, marked
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
        elif header_date(text, lang) and not is_sentence(text):
            reasons[i] = "byline"
        elif dateline.is_credit(text):
            reasons[i] = "credit"


def _label_lines(lines: Sequence[str], reasons: list[str | None], lang: str) -> None:
    """A label alone on its line (``Penulis``, ``Photo :``) leaves with the value under it.

    The value is the next short line; above a photo label, a line that is not
    a sentence is the photo's caption.
    """
    labels = label_lines(lang)
    for i, text in enumerate(lines):
        found = labels.get(key(text).rstrip(" :"))
        if found is None:
            continue
        reason, caption_before = found
        reasons[i] = reasons[i] or reason
        if i + 1 < len(lines) and word_count(lines[i + 1]) <= LABEL_VALUE_WORDS:
            reasons[i + 1] = reasons[i + 1] or reason
        if caption_before and i > 0 and reasons[i - 1] is None and not ends_sentence(lines[i - 1]):
            reasons[i - 1] = "caption"


def _bullet_runs(lines: Sequence[str], reasons: list[str | None], lang: str) -> None:
    """Runs of bulleted link titles: share buttons (``- Like``) and related headlines.

    Two or more bulleted headline-cased lines in a row are a list of links,
    three or more bulleted one- to four-word items a menu or a share bar; an
    article's own bullets read as running text or carry figures in lower case.
    """
    run: list[int] = []
    for i, text in enumerate([*lines, ""]):
        kind = _bullet_kind(text, lang)
        if run and kind != _bullet_kind(lines[run[0]], lang):
            _close_run(run, reasons, _bullet_kind(lines[run[0]], lang))
            run = []
        if kind is not None:
            run.append(i)


def _bullet_kind(text: str, lang: str) -> str | None:
    if not _BULLET.match(text) or ends_sentence(text) or not is_title_cased(bare(text), lang):
        return None
    return "navigation" if word_count(bare(text)) <= ITEM_MAX_WORDS else "related-link"


def _close_run(run: list[int], reasons: list[str | None], kind: str | None) -> None:
    if kind is None or len(run) < ITEM_RUN[kind]:
        return
    for i in run:
        reasons[i] = reasons[i] or kind


def _tail(lines: Sequence[str], reasons: list[str | None], lead: int, lang: str) -> None:
    """After the article's last sentence, short headline-like lines are links and tags.

    A sentence may close with an editor's sign-off (``... lagi. (Z-2)``); a
    line longer than a link title (a line-up, a table row) is article text
    too. When the last kept line is running text cut short (an excerpt or a
    feed that ends mid-sentence), the article never reached its end, so there
    is no tail. List items (numbered, bulleted, or ``name: value``) and
    closing exclamations or questions (``Semoga bermanfaat!``) stay.
    """
    kept = [i for i in range(lead, len(lines)) if reasons[i] is None]
    if not kept or _cut_short(lines, kept, lang):
        return
    last = max((i for i in kept if _closes_body(lines[i])), default=None)
    if last is None:
        return
    for i in kept:
        text = lines[i]
        if i <= last or _ITEM_MARK.search(text):
            continue
        if ends_sentence(text):
            continue
        if word_count(text) <= TAG_MAX_WORDS or is_headline(text, TAIL_HEADLINE_WORDS):
            reasons[i] = "navigation"


def _closes_body(text: str) -> bool:
    """A sentence (perhaps signed off) or a line too long for a link title."""
    return is_sentence(_SIGN_OFF.sub("", text)) or word_count(text) > TAIL_HEADLINE_WORDS


def _cut_short(lines: Sequence[str], kept: Sequence[int], lang: str) -> bool:
    """The last kept line carries on the article's text, cut off mid-paragraph.

    Lower-case tags close many pages too (``banjir``, ``harga bbm``): a cut
    paragraph has two words or more and follows a line of the article's text,
    perhaps with a crosshead between.
    """
    text = lines[kept[-1]]
    if word_count(text) < 2 or not _runs_on(text, lang):
        return False
    before = [lines[i] for i in kept[:-1]]
    while before and _is_crosshead(before[-1], lang):
        before.pop()
    return bool(before) and _closes_body(before[-1])


def _is_crosshead(text: str, lang: str) -> bool:
    return (
        2 <= word_count(text) <= CROSSHEAD_WORDS
        and not ends_sentence(text)
        and is_title_cased(text, lang)
    )


def _runs_on(text: str, lang: str) -> bool:
    """Running text with no sentence end: a paragraph cut short, not a link, tag or teaser.

    A teaser the site itself cut short closes with an ellipsis.
    """
    if ends_sentence(text) or text.endswith(("…", "...")) or text[:1] in QUOTE_OPENERS:
        return False
    return not is_title_cased(text, lang)


def _header_line(
    layout: list[Line], i: int, title_at: int | None, rules: RuleSet, lang: str
) -> None:
    """Role of a kept header line that is not the headline."""
    line = layout[i]
    near = [layout[j] for j in (i - 1, i + 1) if 0 <= j < len(layout) and j != title_at]
    among_bylines = any(other.reason == "byline" for other in near)
    above_title = title_at is not None and i < title_at
    if above_title and among_bylines and is_name_line(line.text, lang, alone=True):
        line.role, line.reason = "removed", "byline"
    elif above_title and not is_sentence(line.text):
        line.role, line.reason = "removed", "navigation"
    elif _next_to_credit([item.text for item in layout], i, rules):
        line.role, line.reason = "removed", "caption"
    elif is_name_line(line.text, lang, alone=among_bylines):
        line.role, line.reason = "removed", "byline"
    elif word_count(line.text) <= ITEM_MAX_WORDS and not ends_sentence(line.text):
        line.role, line.reason = "removed", "navigation"
    else:
        line.role = "standfirst"


def _header_roles(
    layout: list[Line], lead: int, title: str | None, rules: RuleSet, lang: str
) -> None:
    """Above the lead: the headline is the title; breadcrumbs, captions and names leave.

    The other kept lines are the standfirst. Without a title hint, the
    headline is the header line the body bears out (``clean.headline``).
    Every copy of the headline is the title, not a repeat.
    """
    title_at = _headline_at(layout, lead, title, lang)
    if title_at is not None:
        wanted = key(layout[title_at].text)
        for i in range(lead):
            if i == title_at or (layout[i].reason == "duplicate" and key(layout[i].text) == wanted):
                layout[i].role, layout[i].reason = "title", None
    for i in range(lead):
        if layout[i].role == "body":
            _header_line(layout, i, title_at, rules, lang)


def _headline_at(layout: list[Line], lead: int, title: str | None, lang: str) -> int | None:
    if title:
        found = [
            i for i in range(lead) if layout[i].role == "body" and key(layout[i].text) == key(title)
        ]
        return found[0] if found else None
    candidates = [
        (i, layout[i].text, is_name_line(layout[i].text, lang))
        for i in range(lead)
        if layout[i].role == "body" or layout[i].reason == "duplicate"
    ]
    body = [line.text for line in layout[lead:] if line.role == "body"]
    return headline.pick(candidates, body, lang)


def segment(
    lines: Sequence[str],
    rules: RuleSet,
    *,
    repeated: frozenset[str] = frozenset(),
    title: str | None = None,
    lang: str = "id",
    outlet: str | None = None,
) -> list[Line]:
    """Each line with its role (title, standfirst, body, removed) and removal reason."""
    hits = [rules.match(text) for text in lines]
    lead = find_lead(lines, hits, rules, outlet)
    for i in range(lead):
        hits[i] = hits[i] or rules.match(lines[i], header=True)
    reasons = _context(lines, hits, lead)
    _label_lines(lines, reasons, lang)
    _bullet_runs(lines, reasons, lang)
    _repeats(lines, reasons, repeated, lang)
    _tail(lines, reasons, lead, lang)
    layout = [
        Line(text, "removed" if reason else "body", reason)
        for text, reason in zip(lines, reasons, strict=True)
    ]
    _header_roles(layout, lead, title, rules, lang)
    return layout
