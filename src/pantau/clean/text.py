"""Line shapes shared by the clean rules: normal form, comparison key, sentence or headline.

The rules decide on a line's shape as much as on its words: a cue word that
opens a sentence of narrative is not boilerplate, while the same cue before a
headline-like link title is. These helpers keep that judgement in one place.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from pantau.lang import words

_SPACE = re.compile(r"\s+")
_MARKUP = re.compile(r"^[#*•>\-–—\s]+")
_END_PUNCT = re.compile(r"[\s.,:;!?\-–—|()\"'“”‘’»«…]+$")
_SENTENCE_END = re.compile(r"(?<!\.)[.!?][\"'”’)]*$|[\"”’]$")
_ELLIPSIS = re.compile(r"(\.{3,}|…)$")
_WORD = re.compile(r"[^\W_][\w'’.-]*")
QUOTE_OPENERS = "\"“‘'«„"
TITLE_MIN_WORDS = 3


# The clean stage asks for the normal form and key of the same lines again and
# again (each rule, role and date check starts from them): on real pages about
# fifteen calls per distinct line, so both are kept per line.
LINE_CACHE = 16384


@lru_cache(maxsize=LINE_CACHE)
def norm(line: str) -> str:
    """The line with non-breaking and repeated spaces collapsed and ends trimmed."""
    return _SPACE.sub(" ", line.replace("\u00a0", " ").replace("\u200b", "")).strip()


@lru_cache(maxsize=LINE_CACHE)
def key(line: str) -> str:
    """A comparison key: NFKC, case-folded, markup and end punctuation dropped."""
    text = unicodedata.normalize("NFKC", norm(line)).casefold()
    return _END_PUNCT.sub("", _MARKUP.sub("", text))


def bare(line: str) -> str:
    """The line without leading markup (``# Hot Topic`` gives ``Hot Topic``)."""
    return _MARKUP.sub("", norm(line))


def word_count(text: str) -> int:
    return len(text.split())


def ends_sentence(text: str) -> bool:
    """True when the text closes like a sentence (a period, ``!``, ``?`` or a quote)."""
    text = text.rstrip()
    return bool(_SENTENCE_END.search(text)) and not _ELLIPSIS.search(text)


def is_sentence(text: str, min_words: int = 6) -> bool:
    """A line of narrative: several words and a sentence ending."""
    return word_count(text) >= min_words and ends_sentence(text)


def is_headline(text: str, max_words: int = 25) -> bool:
    """A headline-like line: a few words, not opened by a quote, not closed by a period."""
    text = norm(text)
    if not text or text[0] in QUOTE_OPENERS:
        return False
    if not 2 <= word_count(text) <= max_words:
        return False
    return not ends_sentence(text) or text.endswith(("?", "!"))


def is_title(text: str) -> bool:
    """A headline, possibly wrapped in quote marks as some outlets print quoted headlines."""
    inner = norm(text).strip("\"“”‘’'")
    return is_headline(inner) and word_count(inner) >= TITLE_MIN_WORDS


def title_case(text: str) -> str:
    """``MOSKOW`` and ``moskow`` give ``Moskow``; words in mixed case stay as written."""
    return " ".join(w.capitalize() if w.isupper() or w.islower() else w for w in text.split())


@cache
def small_words(lang: str) -> frozenset[str]:
    """The words a headline leaves in lower case (``clean_title_small_words.txt``)."""
    return frozenset(words(lang, "clean_title_small_words.txt"))


def is_title_cased(text: str, lang: str = "id") -> bool:
    """Set as a headline, menu item or link title: every word but the small ones opens upper case.

    One lower-case word beyond the language's prepositions and conjunctions
    makes the line running text (a paragraph cut short, not a link title).
    """
    found = _WORD.findall(text)
    small = small_words(lang)
    return bool(found) and all(
        w[0].isupper() or w[0].isdigit() or w.casefold() in small for w in found
    )
