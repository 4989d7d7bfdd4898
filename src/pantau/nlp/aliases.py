"""Other names an article gives a person: "Budi Santoso alias Ucok", "Budi (Ucok)".

A nickname the tagger finds is otherwise an entity of its own. The article
says it is the same person in two shapes: a cue phrase between the two names
(``entity_alias_cues.tsv``), or the other name in brackets right after the
person's, past any degrees ("Budi Santoso, S.H. (Ucok)").
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from pantau import lang
from pantau.doc import Mention
from pantau.nlp.lexicon import by_kind

_WORD = re.compile(r"\w+")
_BRACKET_AFTER_DEGREES = re.compile(r"\s*,?\s*(?:[A-Za-z]{1,4}\.\s*)*\(\s*")


@cache
def _cues(code: str) -> tuple[frozenset[str], frozenset[str]]:
    kinds = by_kind(lang.rows(code, "entity_alias_cues.tsv"))
    return kinds["cue"], kinds["address"]


def alias_links(body: list[str], mentions: list[Mention], code: str) -> dict[str, str]:
    """Each other name's folded text mapped to the folded text of the person it names."""
    cues, addresses = _cues(code)
    links = {}
    for person, other in pairwise(mentions):
        if person.type != "PER" or person.paragraph != other.paragraph:
            continue
        paragraph = body[person.paragraph]
        between = paragraph[person.end : other.start]
        if _cued(between, cues, addresses) or _bracketed(paragraph, between, other):
            links[_folded(other.text)] = _folded(person.text)
    return links


def _cued(between: str, cues: frozenset[str], addresses: frozenset[str]) -> bool:
    words = _WORD.findall(between.casefold())
    if words and words[-1] in addresses:
        words.pop()
    return " ".join(words) in cues


def _bracketed(paragraph: str, between: str, other: Mention) -> bool:
    closed = paragraph[other.end : other.end + 1] == ")"
    return closed and _BRACKET_AFTER_DEGREES.fullmatch(between) is not None


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()
