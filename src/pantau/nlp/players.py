"""Players a match report names that the tagger missed.

Foreign players' names are often unknown to the tagger ("kiper Maarten Paes"
tagged as nothing). In a match report a capitalised run of two or three words
right after a player word ("kiper", "gawang", "gol"; ``player`` rows of
``entity_team_cues.tsv``), right before a minute mark ("Budi Santoso (45')",
"(Budi Santoso 46')") or after a shirt number in a line-up ("1-Budi Santoso") is
a person, unless it is a listed name, opens with a body's or place's head
word or ends with a club's or company's ("Oxford United"); so is a tagger's
place or organisation over exactly such a run.
"""

from __future__ import annotations

import re

from pantau.doc import Mention
from pantau.nlp.lexicon import Lexicon
from pantau.nlp.teams import match_report, team_cues

_NAME = r"[A-Z][a-z][\w'’-]*(?: [A-Z][a-z][\w'’-]*){1,2}"
_AFTER_WORD = re.compile(rf"\b(\w+) ({_NAME})\b")
_MINUTE = r"\d{1,3}(?:\+\d+)?\s*['′’]"
_BEFORE_MINUTE = re.compile(rf"\b({_NAME}) ?(?:\(|(?=\d))(?:{_MINUTE})")
_SHIRT_NUMBER = re.compile(rf"(?<![\w-])\d{{1,2}}-({_NAME})\b")


def missed_players(
    body: list[str], mentions: list[Mention], code: str, lex: Lexicon
) -> list[tuple[Mention, list[str]]]:
    """Person mentions, with their roles, for the players a match report names outside
    the tagger's spans; a tagger's place or body over exactly such a name becomes a
    person. A player word that is a role ("kiper") is the player's role."""
    cues = team_cues(code)
    if not match_report(body, cues):
        return []
    taken = {(m.paragraph, i) for m in mentions for i in range(m.start, m.end)}
    spans = {(m.paragraph, m.start, m.end): m for m in mentions}
    found: list[tuple[Mention, list[str]]] = []
    for index, paragraph in enumerate(body):
        for start, end, word in _candidates(paragraph, cues.player):
            if not _plain_name(paragraph[start:end], lex):
                continue
            if (same := spans.get((index, start, end))) is not None:
                same.type = "PER"
            elif not any((index, i) in taken for i in range(start, end)):
                mention = Mention(index, start, end, paragraph[start:end], "PER")
                found.append((mention, [word] if word.lower() in lex.role_heads else []))
                taken.update((index, i) for i in range(start, end))
    return found


def _candidates(paragraph: str, player_words: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, word before) of each run a player word, a minute mark or a shirt
    number points at."""
    after = [
        (*m.span(2), m[1]) for m in _AFTER_WORD.finditer(paragraph) if m[1].lower() in player_words
    ]
    marked = [*_BEFORE_MINUTE.finditer(paragraph), *_SHIRT_NUMBER.finditer(paragraph)]
    return after + [(*m.span(1), "") for m in marked]


def _plain_name(text: str, lex: Lexicon) -> bool:
    """Whether a run reads as a person's name: not listed, no head word opening it."""
    words = text.split()
    heads = lex.org_heads | lex.loc_heads | lex.team_prefixes | lex.place_prefixes
    return (
        text.casefold() not in lex.types
        and words[0].lower() not in heads
        and words[-1].lower() not in lex.org_tails
        and not any(w.casefold() in lex.types or w.casefold() in lex.not_names for w in words)
    )
