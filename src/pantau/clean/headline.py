"""Which header line is the headline: the one the article's own text bears out.

Above the lead sit the headline, a deck, tags, promos and widget labels, all
set like headlines. The headline is the line whose words the lead and the
paragraphs after it repeat, and pages often print it twice (the page title
and the heading); a tag or a promo shares few words with the article.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from pantau.clean.text import is_title, is_title_cased, key, small_words, word_count

TAG_MAX_WORDS = 4
MIN_SHARED = 2
REPEAT_BONUS = 2
MIN_WORD_LEN = 4
_WORD = re.compile(r"[^\W_]+")
_STAMP = re.compile(r"^(?:date\s+)?\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?\s+")


def content_words(text: str, lang: str) -> set[str]:
    """Lower-cased words that tell one story from another: long words and acronyms (``TNI``)."""
    small = small_words(lang)
    found = [w for w in _WORD.findall(text) if len(w) >= MIN_WORD_LEN or w.isupper()]
    return {w.casefold() for w in found if len(w) > 2 and w.casefold() not in small}


def headline_text(text: str) -> str:
    """The headline without a crawler's timestamp glued in front (``2024-03-22 Judul``)."""
    return _STAMP.sub("", text)


def pick(candidates: Sequence[tuple[int, str, bool]], body: Sequence[str], lang: str) -> int | None:
    """Index of the candidate line the body bears out best, or None.

    Candidates are ``(index, text, reads as a name)``: a byline reads like a
    short headline, so a line that reads as a name comes last. Headline
    capitalisation comes next (a deck or a caption is set as a
    sentence), then a headline's length (a tag has four words or fewer), then
    the count of the body's content words the line shares, plus two when the
    page prints it twice. A line sharing fewer than two words wins only when
    it is the sole line set as a headline.
    """
    seen = set().union(*(content_words(text, lang) for text in body))
    copies = Counter(key(text) for _, text, _ in candidates)
    scored = []
    for index, text, name_like in candidates:
        text = headline_text(text)
        if not is_title(text):
            continue
        shared = len(content_words(text, lang) & seen)
        bonus = REPEAT_BONUS * (copies[key(text)] > 1)
        cased = is_title_cased(text, lang)
        rank = (not name_like, cased, word_count(text) > TAG_MAX_WORDS, shared + bonus)
        scored.append((rank, shared, cased, index))
    borne = [item for item in scored if item[1] >= MIN_SHARED]
    if borne:
        return max(borne, key=lambda item: (item[0], -item[3]))[3]
    alone = [item for item in scored if item[2]]
    return alone[0][3] if len(alone) == 1 else None
