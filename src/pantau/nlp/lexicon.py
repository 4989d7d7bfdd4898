"""The language tables the entity stage reads, gathered once per language."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pantau import lang


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Role words, ranks, abbreviations, type fixes, place prefixes and name particles."""

    role_heads: frozenset[str]
    role_words: frozenset[str]
    role_connectors: frozenset[str]
    abbreviations: dict[str, tuple[str, str]]
    abbreviation_heads: frozenset[str]  # first words of the abbreviations: a cheap test
    types: dict[str, str]
    place_prefixes: frozenset[str]
    name_variants: dict[str, str]
    not_names: frozenset[str]
    strip_leading: frozenset[str]
    directions: frozenset[str]
    org_heads: frozenset[str]
    body_starts: frozenset[str]
    org_tails: frozenset[str]
    loc_heads: frozenset[str]
    ranks: frozenset[str]
    address_words: frozenset[str]
    rank_qualifiers: frozenset[str]
    name_abbreviations: frozenset[str]
    role_joiners: frozenset[str]
    name_particles: frozenset[str]
    org_connectors: frozenset[str]
    team_prefixes: frozenset[str]
    role_predicates: dict[str, frozenset[str]]
    pronouns: frozenset[str]
    honorifics: frozenset[tuple[str, ...]]
    competition_words: frozenset[str]
    event_heads: frozenset[str]


def by_kind(rows: tuple[tuple[str, ...], ...]) -> dict[str, frozenset[str]]:
    """A ``kind<TAB>words`` table as the words of each kind, case-folded."""
    kinds: dict[str, set[str]] = {}
    for kind, words in rows:
        kinds.setdefault(kind, set()).add(words.casefold())
    return {kind: frozenset(words) for kind, words in kinds.items()}


@cache
def lexicon(code: str) -> Lexicon:
    """The entity tables of language ``code`` (``lang/<code>/ner_*``, ``entity_*``)."""
    abbreviations = {
        row[0]: (row[1], row[2]) for row in lang.rows(code, "entity_abbreviations.tsv")
    }
    return Lexicon(
        role_heads=frozenset(lang.words(code, "ner_role_heads.txt")),
        role_words=frozenset(lang.words(code, "ner_role_words.txt")),
        role_connectors=frozenset(lang.words(code, "ner_role_connectors.txt")),
        abbreviations=abbreviations,
        abbreviation_heads=frozenset(name.split(" ")[0] for name in abbreviations),
        types={name.casefold(): kind for name, kind in lang.rows(code, "entity_types.tsv")},
        place_prefixes=frozenset(lang.words(code, "entity_loc_prefixes.txt")),
        name_variants={
            a.casefold(): b.casefold() for a, b in lang.rows(code, "entity_name_variants.tsv")
        },
        not_names=frozenset(w.casefold() for w in lang.words(code, "entity_not_names.txt")),
        strip_leading=frozenset(lang.words(code, "entity_strip_leading.txt")),
        directions=frozenset(lang.words(code, "entity_directions.txt")),
        org_heads=frozenset(lang.words(code, "entity_org_heads.txt")),
        body_starts=frozenset(lang.words(code, "entity_body_starts.txt")),
        org_tails=frozenset(lang.words(code, "entity_org_tails.txt")),
        loc_heads=frozenset(lang.words(code, "entity_loc_heads.txt")),
        ranks=frozenset(lang.words(code, "ner_role_ranks.txt")),
        address_words=frozenset(lang.words(code, "entity_address_words.txt")),
        rank_qualifiers=frozenset(lang.words(code, "ner_rank_qualifiers.txt")),
        name_abbreviations=frozenset(lang.words(code, "entity_name_abbreviations.txt")),
        role_joiners=frozenset(lang.words(code, "ner_role_joiners.txt")),
        name_particles=frozenset(lang.words(code, "entity_name_particles.txt")),
        org_connectors=frozenset(lang.words(code, "entity_org_connectors.txt")),
        honorifics=frozenset(tuple(h.split()) for h in lang.words(code, "ner_honorifics.txt")),
        pronouns=frozenset(lang.words(code, "quote_pronouns.txt")),
        role_predicates=by_kind(lang.rows(code, "ner_role_predicates.tsv")),
        team_prefixes=by_kind(lang.rows(code, "entity_team_cues.tsv"))["prefix"],
        competition_words=frozenset(lang.words(code, "entity_competition_words.txt")),
        event_heads=frozenset(lang.words(code, "ner_event_heads.txt")),
    )
