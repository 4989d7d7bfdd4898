"""Other names an article gives one entity: "Budi Santoso alias Ucok", "Budi (Ucok)",
"Mahkamah Internasional atau International Court of Justice (ICJ)", "RK" for
"Ridho Kurniawan".

A nickname the tagger finds is otherwise an entity of its own. The article
says it is the same person in two shapes: a cue phrase between the two names
(``entity_alias_cues.tsv``), or the other name in brackets right after the
person's, past any degrees ("Budi Santoso, S.H. (Ucok)"). Two bodies' names
are one body when "atau" joins them and one carries its bracketed short form:
the article is giving the name in two languages. Capitals written alone that
spell the initials of one person the article names, and no listed short form,
are that person.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from pantau import lang
from pantau.doc import Mention
from pantau.nlp.lexicon import by_kind
from pantau.nlp.names import fold, initials

_WORD = re.compile(r"\w+")
_BRACKET_AFTER_DEGREES = re.compile(r"\s*,?\s*(?:[A-Za-z]{1,4}\.\s*)*\(\s*")
_CAPITALS = re.compile(r"[A-Z]{2,4}")
_BRACKETED_CAPITALS = re.compile(r"\s*\(([A-Z]{2,4})\)")
_SHORT = re.compile(r"\s*\(\s*[A-Z][A-Za-z]*[A-Z]\s*\)")


@cache
def _cues(code: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    kinds = by_kind(lang.rows(code, "entity_alias_cues.tsv"))
    return kinds["cue"], kinds["address"], kinds["same"]


def alias_links(body: list[str], mentions: list[Mention], code: str) -> dict[str, str]:
    """Each other name's folded text mapped to the folded text of the entity it names."""
    cues, addresses, same = _cues(code)
    links = {}
    for first, other in pairwise(mentions):
        if first.type != "PER" or first.paragraph != other.paragraph:
            continue
        paragraph = body[first.paragraph]
        between = paragraph[first.end : other.start]
        if _cued(between, cues, addresses) or _bracketed(paragraph, between, other):
            links[fold(other.text)] = fold(first.text)
    bodies = [m for m in mentions if m.type == "ORG" and not _in_brackets(body, m)]
    for first, other in pairwise(bodies):
        if first.paragraph == other.paragraph and _translated(
            body[first.paragraph], first, other, same
        ):
            links[fold(other.text)] = fold(first.text)
    return links


def initial_links(
    body: list[str], mentions: list[Mention], listed: dict[str, tuple[str, str]]
) -> dict[str, str]:
    """Each unlisted run of capitals mapped to the person whose initials it spells: the
    one who has it in brackets after the name ("Ridho Kurniawan (RK)"), else the only
    person with those initials."""
    people: dict[str, set[str]] = {}
    bracketed: dict[str, str] = {}
    for m in mentions:
        if m.type != "PER" or len(m.text.split()) < 2:
            continue
        people.setdefault(initials(m.text), set()).add(fold(m.text))
        after = _BRACKETED_CAPITALS.match(body[m.paragraph][m.end :])
        if after and after[1] == initials(m.text):
            bracketed.setdefault(after[1], fold(m.text))
    links = {}
    for m in mentions:
        if not _CAPITALS.fullmatch(m.text) or m.text in listed:
            continue
        if m.text in bracketed:
            links[fold(m.text)] = bracketed[m.text]
        elif len(people.get(m.text, ())) == 1:
            links[fold(m.text)] = next(iter(people[m.text]))
    return links


def _in_brackets(body: list[str], mention: Mention) -> bool:
    paragraph = body[mention.paragraph]
    return paragraph[: mention.start].rstrip().endswith("(") and paragraph[
        mention.end :
    ].lstrip().startswith(")")


def _translated(paragraph: str, first: Mention, other: Mention, same: frozenset[str]) -> bool:
    """ "A (SHORT) atau B" or "A atau B (SHORT)": one body named in two languages. The
    short form spells the initials of the name it follows, and the names are of two
    words or more and share none ("KPU atau Bawaslu (BWS)" stays two bodies)."""
    between = paragraph[first.end : other.start]
    short_between = _SHORT.match(between)
    short_after = _SHORT.match(paragraph[other.end :])
    short = short_between or short_after
    if short is None or (short_between and short_after):
        return False
    rest = between[short_between.end() :] if short_between else between
    named = first.text if short_between else other.text
    words = [set(_WORD.findall(m.text.casefold())) for m in (first, other)]
    return (
        " ".join(_WORD.findall(rest.casefold())) in same
        and short.group().strip(" ()") == initials(named)
        and min(len(w) for w in words) >= 2
        and not words[0] & words[1]
    )


def _cued(between: str, cues: frozenset[str], addresses: frozenset[str]) -> bool:
    words = _WORD.findall(between.casefold())
    if words and words[-1] in addresses:
        words.pop()
    return " ".join(words) in cues


def _bracketed(paragraph: str, between: str, other: Mention) -> bool:
    closed = paragraph[other.end : other.end + 1] == ")"
    return closed and _BRACKET_AFTER_DEGREES.fullmatch(between) is not None
