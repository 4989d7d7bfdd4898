"""The event lexicon of one language, compiled once: trigger forms, type ranks, cues.

All words come from ``lang/<code>/event_*`` tables; this module only turns them
into matchers. Matching is on whole words, case-insensitive, longest form first,
so "percakapan via telepon" wins over "telepon".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pantau.lang import rows, words


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Compiled event tables of one language."""

    triggers: re.Pattern[str]
    types: dict[str, str]
    ranks: dict[str, int]
    date_blockers: re.Pattern[str]
    speech_tail: re.Pattern[str]
    place_preps: frozenset[str]
    stopwords: frozenset[str]
    subordinators: re.Pattern[str]

    def type_of(self, form: str) -> str:
        return self.types[" ".join(form.lower().split())]


def _alternation(forms: list[str]) -> str:
    ordered = sorted(set(forms), key=lambda form: (-len(form), form))
    return "|".join(r"\s+".join(re.escape(part) for part in form.split()) for form in ordered)


@cache
def lexicon(lang: str) -> Lexicon:
    """The compiled tables of ``lang`` (read on first use, then cached)."""
    types = {form.lower(): kind for form, kind in rows(lang, "event_triggers.tsv")}
    ranks = {kind: int(rank) for kind, rank in rows(lang, "event_types.tsv")}
    blockers = words(lang, "event_date_blockers.txt")
    speech = words(lang, "event_speech_verbs.txt")
    return Lexicon(
        triggers=re.compile(rf"(?<!\w)(?:{_alternation(list(types))})(?!\w)", re.IGNORECASE),
        types=types,
        ranks=ranks,
        date_blockers=re.compile(rf"(?<!\w)(?:{_alternation(list(blockers))})\s*$", re.IGNORECASE),
        speech_tail=re.compile(
            rf"(?<!\w)(?:{_alternation(speech)})(?:\s+[\w.'-]+){{1,4}}\s*,\s*$", re.IGNORECASE
        ),
        place_preps=frozenset(word.lower() for word in words(lang, "event_place_preps.txt")),
        stopwords=frozenset(word.lower() for word in words(lang, "event_stopwords.txt")),
        subordinators=re.compile(
            rf"(?<!\w)(?:{_alternation(words(lang, 'event_subordinators.txt'))})(?!\w)",
            re.IGNORECASE,
        ),
    )
