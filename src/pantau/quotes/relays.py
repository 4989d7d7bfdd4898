"""Relays: the media an outlet says it took its story from, one entry per source.

A relay is a cue ("dikutip dari", "dilansir", "mengutip", "seperti
diberitakan") followed by a medium's name, possibly behind a description
("laman kantor berita Rusia, TASS"), or a source line at the foot of the
article ("Sumber : The Moscow Times, Reuters"). A description with no name
("media Iran") is not a relay, nor is a person or a place after a cue. Weak
cues ("kepada", "dari") count only before a description or a known medium.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pantau.quotes.tables import RelayTables
from pantau.records import Relay, Span

Named = tuple[str, str | None, int]
"""A source's name, its cue, and where the name starts in the line (-1: not found as written)."""

_MAX_NAME_WORDS = 6
_NAME_TOKEN = re.compile(r"[^\s,;:()]+|[,;:()]")
_TRAILING = ".!?\"“”’'"
_DOMAIN = re.compile(r"\w\.(?:com|co\.id|id|net|org|tv)$")
_DATELINE = re.compile(r"^(?:[A-Z][\w .'-]{1,30},\s*)?(?P<name>[^\s,]+)\s*[–—-]\s")


def medium_name(text: str, tables: RelayTables) -> str | None:
    """The capitalised name opening ``text`` ("The Moscow Times, 27 November" -> the name)."""
    words: list[str] = []
    for match in _NAME_TOKEN.finditer(text):
        token = match.group()
        core = token.rstrip(_TRAILING)
        if not core or core in ",;:()" or core in tables.stops or len(words) >= _MAX_NAME_WORDS:
            break
        joins = bool(words) and (core[0].isdigit() or core.casefold() in tables.connectors)
        if core[0].isupper() or joins or (not words and _styled(core)):
            words.append(core)
        else:
            break
        if core != token:
            break
    while words and words[-1].casefold() in tables.connectors:
        words.pop()
    return " ".join(words) or None


def _styled(word: str) -> bool:
    """A medium's name written in lower case by its own style: "detikNews", "kompas.com"."""
    return any(c.isupper() for c in word[1:]) or _DOMAIN.search(word) is not None


def _known_tail(name: str, tables: RelayTables) -> str:
    """The known medium ending a name read past a place: "Palestina Wafa" -> "Wafa"."""
    folded = name.casefold()
    for medium in tables.media_by_length:
        if folded.endswith(" " + medium):
            return name[len(name) - len(medium) :]
    return name


def _after_cue(text: str, rejected: set[str], tables: RelayTables) -> tuple[str | None, bool]:
    """The name after a cue, past any descriptions; and whether a description was seen.

    In "laman kantor berita Rusia, TASS" the apposition TASS names the medium,
    since "Rusia" is a place; "media Iran" gives the place "Iran", rejected later.
    """
    described = False
    rest = text.lstrip(" :")
    known = _known_medium(rest, tables)
    if known is not None:
        longer = medium_name(rest, tables)
        return (longer if longer and longer.startswith(known) else known), False
    while (match := tables.descriptors.match(rest)) is not None:
        described = True
        rest = rest[match.end() :].lstrip()
    name = medium_name(rest, tables)
    if name is None:
        return None, described
    name = _known_tail(name, tables) if described else name
    after = rest[rest.find(name) + len(name) :]
    apposed = medium_name(after[1:].lstrip(), tables) if after.startswith(",") else None
    if apposed is not None and described:
        first_is_place = name.casefold() in rejected
        if first_is_place or apposed.casefold() in tables.media:
            return apposed, True
    return name, described


def _known_medium(text: str, tables: RelayTables) -> str | None:
    """A known medium opening ``text``, as written ("Media Indonesia" is a name here)."""
    folded = text.casefold()
    for medium in tables.media_by_length:
        end = len(medium)
        if folded.startswith(medium) and not text[end : end + 1].isalnum():
            return text[:end]
    return None


def _own_outlet(name: str, outlet: str | None) -> bool:
    """True for an outlet citing itself ("seperti diberitakan Tribunnews")."""
    if not outlet:
        return False
    squeezed = re.sub(r"\W", "", name.casefold())
    domain = outlet.casefold()
    return squeezed in {re.sub(r"\W", "", domain), re.sub(r"\W", "", domain.split(".")[0])}


def _cued(line: str, rejected: set[str], tables: RelayTables) -> list[Named]:
    """(source, cue, where) for every relay cue of a line that a medium's name follows."""
    found: list[Named] = []
    for cue in tables.cues.finditer(line):
        cue_text = " ".join(cue.group().split())
        name, described = _after_cue(line[cue.end() :], rejected, tables)
        if name is None or name.casefold() in rejected:
            continue
        vouched = cue_text.casefold() in tables.vouched_cues
        if not vouched or described or name.casefold() in tables.media:
            found.append((name, cue_text, line.find(name, cue.end())))
    return found


def _name_ending(head: str, tables: RelayTables) -> tuple[str | None, bool]:
    """The medium's name that ends ``head``, and whether a descriptor came before it."""
    folded = head.casefold()
    for medium in tables.media_by_length:
        start = len(head) - len(medium)
        if folded.endswith(medium) and (start == 0 or not head[start - 1].isalnum()):
            return head[start:], True
    tokens = head.split()
    name: list[str] = []
    while tokens and (tokens[-1][:1].isupper() or tokens[-1].casefold() in tables.connectors):
        name.insert(0, tokens.pop())
    before = " ".join(tokens[-3:])
    described = any(m.end() == len(before) for m in tables.descriptors.finditer(before))
    return (" ".join(name) or None), described


def _named_before(line: str, rejected: set[str], tables: RelayTables) -> list[Named]:
    """(source, verb, where) for "kantor berita Anadolu melaporkan ...": the medium before
    its verb."""
    found: list[Named] = []
    for verb in tables.verbs.finditer(line):
        name, vouched = _name_ending(line[: verb.start()].rstrip(" ,"), tables)
        if name and vouched and name.casefold() not in rejected:
            found.append((name, verb.group(), line.rfind(name, 0, verb.start())))
    return found


def _credited(line: str, outlet: str | None, tables: RelayTables) -> list[Named]:
    """The medium in a copied dateline opening the body: "BANDUNG, Kabarkota.com - ...".

    A regional edition of the outlet ("MEDAN, iKabarMedan.id" on ikabar.id) is the outlet.
    """
    match = _DATELINE.match(line)
    if match is None:
        return []
    name = match.group("name")
    known = name.casefold() in tables.media or _DOMAIN.search(name) is not None
    edition = bool(outlet) and name.casefold().startswith(outlet.casefold().split(".")[0])
    return [(name, None, match.start("name"))] if known and not edition else []


def _labelled(line: str, rejected: set[str], tables: RelayTables) -> list[Named]:
    """(source, label, where) for each source named on a "Sumber : A, B" line."""
    label = tables.labels.match(line)
    if label is None:
        return []
    cue = line[: label.end()].strip(" :")
    found: list[Named] = []
    at = label.end()
    for part in tables.separators.split(line[label.end() :]):
        name = medium_name(part, tables)
        if name and name.casefold() not in rejected:
            where = line.find(name, at)
            at = max(at, where)
            found.append((name, cue, where))
    return found


def find_relays(
    lines: list[tuple[str, Span]], rejected: set[str], outlet: str | None, tables: RelayTables
) -> list[Relay]:
    """One relay per distinct source named in ``lines``, in order of first mention, with a
    span for each time a finder names it.

    ``lines`` pairs each line with a span of the whole line saying where it is
    (a body paragraph or a removed line). ``rejected`` holds the case-folded
    names of people and places, which are never media.
    """
    relays: dict[str, Relay] = {}
    for index, (line, place) in enumerate(lines):
        named = _labelled(line, rejected, tables) or [
            *(_credited(line, outlet, tables) if index == 0 else []),
            *_cued(line, rejected, tables),
            *_named_before(line, rejected, tables),
        ]
        for name, cue, start in named:
            if _own_outlet(name, outlet):
                continue
            relay = relays.setdefault(name.casefold(), Relay(name, cue))
            if start >= 0:
                relay.spans.append(replace(place, start=start, end=start + len(name)))
    return list(relays.values())
