"""One identity per real-world entity across articles, outlets and spellings.

A pure function over entity occurrences (an article's Entity with the
article's id, outlet and date). Entities of the same type are one identity
when a full name (two tokens or more, spelling variants normalised:
Benyamin/Benjamin, Mahmud/Mahmoud) is shared, or when a person's name is a
run of exactly one longer identity's name (Abu Marzouk in Moussa Abu
Marzouk). A one-word name joins only an identity it is unambiguous for.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from pantau.nlp.lexicon import Lexicon, lexicon
from pantau.nlp.names import runs, tokens_of
from pantau.records import Entity


@dataclass(frozen=True, slots=True)
class Occurrence:
    """An entity as one article reported it."""

    article: str
    outlet: str | None
    published: str | None
    entity: Entity


@dataclass(frozen=True, slots=True)
class RoleUse:
    """A role an outlet gave the entity in one article, and when."""

    role: str
    outlet: str | None
    published: str | None
    article: str


@dataclass(slots=True)
class Identity:
    """One real-world entity: canonical name, every spelling, roles by outlet, articles."""

    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    roles: list[RoleUse] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)


class _Sets:
    """Union-find over occurrence indexes."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)


def _full_forms(entity: Entity, lex: Lexicon) -> set[tuple[str, ...]]:
    forms = {tokens_of(s, lex) for s in (entity.name, *entity.aliases)}
    return {f for f in forms if len(f) >= 2 or f == tokens_of(entity.name, lex)}


def _link_shared_forms(occ: list[Occurrence], sets: _Sets, lex: Lexicon) -> None:
    first: dict[tuple[str, tuple[str, ...]], int] = {}
    for i, o in enumerate(occ):
        for form in _full_forms(o.entity, lex):
            key = (o.entity.type, form)
            if key in first:
                sets.union(i, first[key])
            else:
                first[key] = i


def _link_contained(occ: list[Occurrence], sets: _Sets, lex: Lexicon) -> None:
    """Join a person's shorter name to the one longer identity that contains it."""
    names = {i: tokens_of(o.entity.name, lex) for i, o in enumerate(occ) if o.entity.type == "PER"}
    holders = _runs_within(names)
    for i, short in names.items():
        roots = {sets.find(j) for j in holders.get(short, ())}
        if len(roots) == 1:
            sets.union(i, roots.pop())


def _runs_within(names: dict[int, tuple[str, ...]]) -> dict[tuple[str, ...], list[int]]:
    """Each shorter contiguous run of a name's tokens -> the names holding it.

    Names are a few tokens long, so this is linear in the names, where comparing
    every name with every other grew with the square of a batch.
    """
    holders: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for j, full in names.items():
        for run in runs(full) - {full}:
            holders[run].append(j)
    return holders


def _identity(members: list[Occurrence], lex: Lexicon) -> Identity:
    counts = Counter(o.entity.name for o in members)
    name = max(counts, key=lambda n: (len(tokens_of(n, lex)), counts[n]))
    surfaces = [s for o in members for s in (o.entity.name, *o.entity.aliases)]
    aliases = [s for s in dict.fromkeys(surfaces) if s.casefold() != name.casefold()]
    roles = [
        RoleUse(role, o.outlet, o.published, o.article) for o in members for role in o.entity.roles
    ]
    articles = list(dict.fromkeys(o.article for o in members))
    return Identity(name, members[0].entity.type, list(dict.fromkeys(aliases)), roles, articles)


def link_entities(occurrences: Iterable[Occurrence], lang: str = "id") -> list[Identity]:
    """The identities of ``occurrences``, most reported first."""
    occ = list(occurrences)
    lex = lexicon(lang)
    sets = _Sets(len(occ))
    _link_shared_forms(occ, sets, lex)
    _link_contained(occ, sets, lex)
    groups: dict[int, list[Occurrence]] = defaultdict(list)
    for i, o in enumerate(occ):
        groups[sets.find(i)].append(o)
    identities = [_identity(members, lex) for members in groups.values()]
    return sorted(identities, key=lambda ident: (-len(ident.articles), ident.name))
