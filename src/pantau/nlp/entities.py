"""The entities stage: mentions of the clean body merged into one entity per name.

Within an article, "Putin" and "Vladimir Putin", "Gaza" and "Jalur Gaza",
"AS" and "Amerika Serikat" are one entity: a shorter person name that is a
run of a longer one's tokens joins it, a place joins the same place with a
generic prefix (``entity_loc_prefixes.txt``), an abbreviation joins its full
name (``entity_abbreviations.tsv`` or a bracket after the name). The entity's
name is its fullest form; every other surface form is an alias.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from pantau.doc import Doc, Mention
from pantau.nlp.aliases import alias_links, initial_links
from pantau.nlp.lexicon import Lexicon, lexicon
from pantau.nlp.media import named_media
from pantau.nlp.mentions import (
    Found,
    add_repeated_names,
    paragraph_mentions,
    pronoun_roles,
    split_known_people,
    tagged_paragraphs,
)
from pantau.nlp.names import fold, initials, tokens_of, within
from pantau.nlp.ner import shipped_tagger
from pantau.nlp.pairs import split_pairs
from pantau.nlp.places import retype_placed_names
from pantau.nlp.players import missed_players
from pantau.nlp.teams import nickname_links, retype_teams
from pantau.nlp.tokenize import Token, tokenize
from pantau.options import Options
from pantau.records import Entity, Span

MAX_DATELINE_WORDS = 6
MIN_ACRONYM = 3  # initials of shorter names ("KK") are too often other words
MIN_MISSPELT_LENGTH = 9  # shorter names one letter apart are often two names ("Kemenkes")
_DATELINE = re.compile(r"^(.{1,80}?)\s+[-–—]{1,2}")


@dataclass(slots=True)
class _Group:
    name: str
    type: str
    tokens: tuple[str, ...]
    surfaces: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)


def _joins(short: tuple[str, ...], kind: str, group: _Group, lex: Lexicon) -> bool:
    """Whether a name of tokens ``short`` and type ``kind`` names the same entity as ``group``."""
    full = group.tokens
    if kind == "PER" or group.type == "PER":
        return group.type == "PER" and len(full) > len(short) and within(short, full)
    if kind != group.type or len(full) <= len(short) or full[-len(short) :] != short:
        return False
    team = kind == "ORG"
    return all(
        word in lex.place_prefixes or (team and word in lex.team_prefixes)
        for word in full[: -len(short)]
    )


def _misspelt(name: str, kind: str, group: _Group) -> bool:
    """Whether a name of several words is the group's own with one letter wrong, missing,
    extra or swapped ("Mahkamah Internasinal"), as hurried copy spells it; digits must
    agree ("U-23" and "U-22" are two teams)."""
    a, b = fold(name), fold(group.name)
    if kind != group.type or a == b or " " not in a or min(len(a), len(b)) < MIN_MISSPELT_LENGTH:
        return False
    digits = [c for c in a if c.isdigit()] == [c for c in b if c.isdigit()]
    return digits and not _last_letter_apart(a, b) and _one_edit(a, b)


def _last_letter_apart(a: str, b: str) -> bool:
    """Words that differ only in their last letter are two names ("Kemenkes", "Kemenkeu")."""
    if len(a) != len(b):
        return False
    apart = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(apart) == 1 and (apart[0] + 1 == len(a) or a[apart[0] + 1] == " ")


def _one_edit(a: str, b: str) -> bool:
    """One substitution, insertion, deletion or swap of neighbours turns ``a`` into ``b``."""
    if abs(len(a) - len(b)) > 1:
        return False
    start = next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    tail_a, tail_b = a[start:], b[start:]
    return (
        tail_a[1:] == tail_b[1:]
        or tail_a[1:] == tail_b
        or tail_a == tail_b[1:]
        or (len(tail_a) > 1 and tail_a[:2] == tail_b[1::-1] and tail_a[2:] == tail_b[2:])
    )


def _full_name(surface: str, kind: str, lex: Lexicon) -> tuple[str, str]:
    """A listed abbreviation's full name and type, else the surface itself."""
    return lex.abbreviations.get(surface, (surface, kind))


def _acronyms_of_bodies(tagged: list[tuple[list[Token], list[Found]]]) -> dict[str, str]:
    """The initials of the article's bodies of three words or more ("WMO"): written alone
    they name the body, though the tagger has never seen them."""
    found: dict[str, str] = {}
    for tokens, items in tagged:
        for item in items:
            name = " ".join(t.text for t in tokens[item.first : item.last])
            if item.type == "ORG" and len(initials(name)) >= MIN_ACRONYM:
                found.setdefault(initials(name), "ORG")
    return found


def _spelled_out(
    surfaces: dict[str, str], votes: dict[str, Counter[str]], longs: dict[str, str], lex: Lexicon
) -> dict[str, str]:
    """Short forms of bodies the article spells out elsewhere, without brackets: an
    acronym of one longer name's initials ("ICJ"), and a short form with a country
    after it ("DPR RI" for "DPR") when no other country follows it."""
    bodies = [k for k in surfaces if votes[k].most_common(1)[0][0] == "ORG"]
    found: dict[str, str] = {}
    for key in bodies:
        surface = surfaces[key]
        if key in longs or not surface.isupper() or " " in surface:
            continue
        spelled = [k for k in bodies if " " in k and initials(surfaces[k]) == surface]
        if len(spelled) == 1:
            found[key] = spelled[0]
    known = {**longs, **found}
    for key in bodies:
        head, _, place = key.rpartition(" ")
        last = surfaces[key].rpartition(" ")[2]
        kind = lex.abbreviations.get(last, ("", lex.types.get(place, "")))[1]
        siblings = [k for k in bodies if k.rpartition(" ")[0] == head]
        if head in known and key not in known and kind == "LOC" and len(siblings) == 1:
            found[key] = known[head]
    return found


def _local_bodies(
    surfaces: dict[str, str], known: dict[str, str], shorts: dict[str, str], lex: Lexicon
) -> dict[str, str]:
    """A listed short form written alone ("KPU") is the one local body the article names
    with it and a place ("KPU Jakarta", "DPR RI", or a bracketed "KPU DKJ" after the
    body's full name), when the article never spells it out."""
    named = {k: (s, k) for k, s in surfaces.items()}
    named |= {fold(short): (short, fold(full)) for full, short in shorts.items()}
    found: dict[str, str] = {}
    for key, surface in surfaces.items():
        full = lex.abbreviations.get(surface)
        if key in known or full is None or fold(full[0]) in surfaces or full[1] != "ORG":
            continue
        local = {
            target
            for k, (text, target) in named.items()
            if k.startswith(f"{key} ") and _is_place(text[len(surface) + 1 :], lex)
        }
        if len(local) == 1:
            found[key] = local.pop()
    return found


def _is_place(name: str, lex: Lexicon) -> bool:
    """Whether a name is a listed place ("RI", "Jawa Barat"); a station or office that the
    tagger read as a place ("Stasiun Geofisika Ambon") is not the body's region."""
    return lex.abbreviations.get(name, ("", ""))[1] == "LOC" or lex.types.get(fold(name)) == "LOC"


def merge(
    mentions: list[Mention],
    roles: list[list[str]],
    shorts: dict[str, str],
    lex: Lexicon,
    nicknames: dict[str, str],
) -> list[Entity]:
    """Group mentions into entities and set each mention's ``entity`` to its name.

    ``roles`` holds each mention's roles; ``shorts`` maps a full surface form
    to the short form bracketed after it ("Pasukan Pertahanan Israel" -> "IDF");
    ``nicknames`` maps a team nickname's folded form to its team's ("skuad garuda"
    -> "timnas indonesia").
    """
    longs = {fold(short): fold(full) for full, short in shorts.items()} | nicknames
    votes: dict[str, Counter[str]] = {}
    for m in mentions:
        votes.setdefault(fold(m.text), Counter())[m.type] += 1
    surfaces = {fold(m.text): " ".join(m.text.split()) for m in mentions}
    longs |= _spelled_out(surfaces, votes, longs, lex)
    longs |= _local_bodies(surfaces, longs, shorts, lex)
    order = sorted(surfaces, key=lambda key: (key in longs, -len(key.split())))
    groups: list[_Group] = []
    home: dict[str, _Group] = {}
    for key in order:
        surface = surfaces[key]
        name, kind = _full_name(surface, votes[key].most_common(1)[0][0], lex)
        target = home.get(fold(name)) or home.get(longs.get(key, ""))
        if target is None:
            tokens = tokens_of(name, lex)
            target = next(
                (g for g in groups if _joins(tokens, kind, g, lex) or _misspelt(name, kind, g)),
                None,
            )
            if target is None:
                target = _Group(name, kind, tokens)
                groups.append(target)
                home[fold(name)] = target
        target.surfaces.append(surface)
        home[key] = target
    for full, short in shorts.items():
        if fold(full) in home:
            home[fold(full)].surfaces.append(short)
    for m, found_roles in zip(mentions, roles, strict=True):
        group = home[fold(m.text)]
        m.entity, m.type = group.name, group.type
        group.roles.extend(r for r in found_roles if r not in group.roles)
    return _entities(mentions, home, groups)


def _entities(
    mentions: list[Mention], home: dict[str, _Group], groups: list[_Group]
) -> list[Entity]:
    """One entity per group, in order of first mention, with every mention's span."""
    first = {id(home[fold(m.text)]): i for i, m in reversed(list(enumerate(mentions)))}
    spans: dict[int, list[Span]] = {}
    for m in mentions:
        spans.setdefault(id(home[fold(m.text)]), []).append(Span(m.paragraph, m.start, m.end))
    out = []
    for group in sorted(groups, key=lambda g: first[id(g)]):
        aliases = list(dict.fromkeys(s for s in group.surfaces if fold(s) != fold(group.name)))
        out.append(Entity(group.name, group.type, aliases, list(group.roles), spans[id(group)]))
    return out


def _give_pronoun_roles(
    index: int, said: list[tuple[int, list[str]]], mentions: list[Mention], roles: list[list[str]]
) -> None:
    """The roles said of a pronoun go to the person last named before the pronoun."""
    for offset, titles in said:
        before = [
            k
            for k, m in enumerate(mentions)
            if m.type == "PER" and (m.paragraph, m.start) < (index, offset)
        ]
        if before:
            held = roles[before[-1]]
            roles[before[-1]] = [*held, *(t for t in titles if t not in held)]


def _with_added(
    mentions: list[Mention], roles: list[list[str]], added: list[tuple[Mention, list[str]]]
) -> tuple[list[Mention], list[list[str]]]:
    """The mentions with those a later rule found (players, media) added, in text order."""
    if not added:
        return mentions, roles
    pairs = sorted(
        [*zip(mentions, roles, strict=True), *added],
        key=lambda pair: (pair[0].paragraph, pair[0].start),
    )
    return [m for m, _ in pairs], [r for _, r in pairs]


def dateline_end(paragraph: str) -> int:
    """Where the dateline opening a body ends ("Jakarta, CNN Indonesia --"), or 0.

    The outlet's brand there is the publisher, not an entity of the story; the
    dateline's city stays a place.
    """
    found = _DATELINE.match(paragraph)
    return found.end(1) if found and len(found.group(1).split()) <= MAX_DATELINE_WORDS else 0


def entities_stage(doc: Doc, options: Options) -> None:
    """Fill ``article.entities`` and ``doc.mentions`` from the clean body."""
    tagger, lex = shipped_tagger(), lexicon(options.lang)
    mentions: list[Mention] = []
    roles: list[list[str]] = []
    shorts: dict[str, str] = {}
    paragraphs = [tokenize(paragraph) for paragraph in doc.article.body]
    tagged = [
        (tokens, paragraph_mentions(text, tokens, found, tagger, lex))
        for text, tokens, found in zip(
            doc.article.body, paragraphs, tagged_paragraphs(paragraphs, tagger), strict=True
        )
    ]
    surnames = {
        tokens[item.last - 1].text: item.type
        for tokens, found in tagged
        for item in found
        if item.type == "PER" and item.last - item.first > 1
    }
    surnames |= _acronyms_of_bodies(tagged)
    singles = frozenset(
        tokens[item.first].text
        for tokens, found in tagged
        for item in found
        if item.type == "PER" and item.last - item.first == 1
    )
    for index, (tokens, found) in enumerate(tagged):
        paragraph = doc.article.body[index]
        head_end = dateline_end(paragraph) if index == 0 else 0
        found = split_known_people(paragraph, tokens, found, singles, lex)
        for item in add_repeated_names(paragraph, tokens, found, surnames, lex):
            start, end = tokens[item.first].start, tokens[item.last - 1].end
            if start < head_end and (item.type != "LOC" or end > head_end):
                continue
            text = paragraph[start:end]
            mentions.append(Mention(index, start, end, text, item.type))
            roles.append(item.roles)
            if item.short:
                shorts.setdefault(text, item.short)
        _give_pronoun_roles(index, pronoun_roles(paragraph, tokens, found, lex), mentions, roles)
    mentions, roles = split_pairs(mentions, roles, lex.name_particles)
    retype_teams(doc.article.body, mentions, options.lang, lex.team_prefixes)
    retype_placed_names(doc.article.body, mentions, roles, options.lang)
    players = missed_players(doc.article.body, mentions, options.lang, lex)
    mentions, roles = _with_added(mentions, roles, players)
    head_end = dateline_end(doc.article.body[0]) if doc.article.body else 0
    media = named_media(doc.article.body, mentions, head_end, doc.article.outlet)
    mentions, roles = _with_added(mentions, roles, [(m, []) for m in media])
    nicknames = nickname_links(doc.article.body, mentions, options.lang, lex.team_prefixes)
    nicknames |= alias_links(doc.article.body, mentions, options.lang)
    nicknames |= initial_links(doc.article.body, mentions, lex.abbreviations)
    doc.article.entities = merge(mentions, roles, shorts, lex, nicknames)
    doc.mentions = mentions
