"""Lone names the tagger took for people that the article uses as places.

"di Jericho", "Stadion Nasional, Riffa" and "Mojokerto, Sampit, Banjarmasin"
place a single capitalised word; the tagger, which sees no gazetteer entry,
may call it a person. A one-word person mention becomes a place when a place
preposition (``event_place_preps.txt``) stands right before it, or when a comma
or a list word (``join`` rows of ``entity_team_cues.tsv``) joins it to a place,
read left to right along a list; unless the word is part of a person's longer
name in the article ("kata Santoso" after "Budi Santoso"), an age follows it
("Jakarta Timur, Hasan (47)") or it holds a role ("Kepala Stasiun Lembah Hijau,
Wiratmoko").
"""

from __future__ import annotations

import re
from itertools import pairwise

from pantau.doc import Mention
from pantau.lang import words
from pantau.nlp.teams import team_cues

_AGE = re.compile(r"\s*\(\d{1,3}\)")


def retype_placed_names(
    body: list[str], mentions: list[Mention], roles: list[list[str]], code: str
) -> None:
    """Type as ``LOC`` the one-word person mentions the article uses as places;
    ``roles`` holds each mention's roles."""
    named = {w for m in mentions if m.type == "PER" and " " in m.text for w in m.text.split()}
    preps = set(words(code, "event_place_preps.txt"))
    joins = {",", *team_cues(code).join}
    lone = [
        m
        for m, held in zip(mentions, roles, strict=True)
        if m.type == "PER"
        and " " not in m.text
        and m.text not in named
        and not held
        and not _AGE.match(body[m.paragraph][m.end :])
    ]
    placed = {id(m) for m in lone if _word_before(body[m.paragraph], m.start) in preps}
    for a, b in pairwise(mentions):
        if a.paragraph != b.paragraph or body[a.paragraph][a.end : b.start].strip() not in joins:
            continue
        placed |= {
            id(m) for m, other in ((a, b), (b, a)) if other.type == "LOC" or id(other) in placed
        }
    for mention in lone:
        if id(mention) in placed:
            mention.type = "LOC"


def _word_before(paragraph: str, start: int) -> str:
    before = paragraph[:start].split()
    return before[-1].lower() if before else ""
