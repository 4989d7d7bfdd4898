"""Running mates and other pairs of people joined by a hyphen.

"Ridwan Kamil-Suswono" and "Pramono-Rano Karno" name two people, a ticket,
while "Jean-Pierre Raffarin" and "Shin Tae-yong" name one. The article tells
them apart: a pair is split where a full name stands before the hyphen
("Ridwan Kamil-"), or where each one-word side is also a name the article
uses elsewhere ("Pramono" of "Pramono Anung"). "Al-Saud" is one name.
"""

from __future__ import annotations

import re

from pantau.doc import Mention

_JOIN = re.compile(r"(?<=\w) ?- ?(?=[A-Z])")


def _sides(mention: Mention) -> list[Mention] | None:
    """The two people of a hyphen-joined person mention, or None."""
    joins = list(_JOIN.finditer(mention.text)) if mention.type == "PER" else []
    if len(joins) != 1:
        return None
    cut = joins[0]
    left, right = mention.text[: cut.start()], mention.text[cut.end() :]
    return [
        Mention(mention.paragraph, mention.start, mention.start + len(left), left, "PER"),
        Mention(mention.paragraph, mention.start + cut.end(), mention.end, right, "PER"),
    ]


def _pair(sides: list[Mention], words: set[str], particles: frozenset[str]) -> bool:
    """Whether the two sides are two people (see the module's docstring)."""
    left = sides[0].text.split()
    if len(left) > 1 and len(left[-1]) > 2 and left[-1].casefold() not in particles:
        return True
    return all(" " in side.text or side.text.casefold() in words for side in sides)


def _a_place(sides: list[Mention], places: set[str]) -> bool:
    """A side ending or starting in a name the article types otherwise ("Embarkasi Jakarta-")."""
    left, right = sides[0].text.split(), sides[1].text.split()
    return left[-1].casefold() in places or right[0].casefold() in places


def split_pairs(
    mentions: list[Mention], roles: list[list[str]], particles: frozenset[str]
) -> tuple[list[Mention], list[list[str]]]:
    """The mentions with each hyphen-joined pair of people split in two, each keeping the roles."""
    words = {
        w.casefold() for m in mentions if m.type == "PER" and not _sides(m) for w in m.text.split()
    }
    places = {m.text.casefold() for m in mentions if m.type != "PER"}
    out_mentions: list[Mention] = []
    out_roles: list[list[str]] = []
    for mention, found in zip(mentions, roles, strict=True):
        sides = _sides(mention)
        if not sides or _a_place(sides, places) or not _pair(sides, words, particles):
            sides = [mention]
        out_mentions += sides
        out_roles += [found] * len(sides)
    return out_mentions, out_roles
