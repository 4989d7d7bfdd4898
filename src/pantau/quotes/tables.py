"""The language tables the quote and relay finders read, compiled once per language.

Every cue word, pronoun and medium name lives in ``lang/<code>/quote_*`` and
``lang/<code>/relay_*``; this module only turns them into sets and patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pantau.lang import rows, words


def alternation(phrases: tuple[str, ...] | frozenset[str]) -> str:
    """A regex alternation of phrases, longest first, any run of spaces between words."""
    ordered = sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in ordered)


def _lower(lang: str, name: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in words(lang, name))


@dataclass(frozen=True, slots=True)
class QuoteTables:
    """Cue words and word classes of one language, for quotes and speakers."""

    cues_after: re.Pattern[str]
    cues_back: re.Pattern[str]
    verbs: re.Pattern[str]
    bahwa_verbs: dict[str, str]
    clause_predicates: frozenset[str]
    relativizers: frozenset[str]
    complementizers: frozenset[str]
    verb_objects: dict[str, str]
    according: re.Pattern[str]
    pronouns: frozenset[str]
    pronoun_suffixes: tuple[str, ...]
    determiners: frozenset[str]
    titles: frozenset[str]
    relay_tail: re.Pattern[str]
    unnamed: frozenset[str]
    skip: frozenset[str]
    adverbs: frozenset[str]
    negations: frozenset[str]
    prepositions: frozenset[str]
    phrase_stops: frozenset[str]
    verb_prefixes: tuple[str, ...]
    abbreviations: frozenset[str]
    days: frozenset[str]
    name_joins: frozenset[str]

    def is_pronoun_cue(self, cue: str) -> bool:
        """True for cues such as "ujarnya" that name their speaker by an enclitic."""
        return any(cue.casefold().endswith(s) for s in self.pronoun_suffixes)


def _back_cue(lang: str) -> str:
    """The pattern of a sentence-opening cue pointing back ("Hal itu disampaikan",
    "Pernyataan tersebut juga ditegaskan"): an opener, adverbs, a passive reporting verb."""
    refs = alternation(_lower(lang, "quote_back_refs.txt"))
    adverbs = alternation(_lower(lang, "quote_adverbs.txt"))
    verbs = alternation(_lower(lang, "quote_back_verbs.txt"))
    return rf"(?:{refs})\s+(?:(?:{adverbs})\s+)*(?:{verbs})"


@cache
def quote_tables(lang: str) -> QuoteTables:
    bahwa_verbs = {form.casefold(): kind for form, kind in rows(lang, "quote_verbs_bahwa.tsv")}
    verbs = _lower(lang, "quote_verbs.txt") | frozenset(bahwa_verbs)
    strong_relays = frozenset(
        r[0].casefold() for r in rows(lang, "relay_cues.tsv") if r[1] == "any"
    )
    suffixes = tuple(words(lang, "quote_pronoun_suffixes.txt"))
    according = alternation(_lower(lang, "quote_according.txt"))
    back = _back_cue(lang)
    after = alternation(_lower(lang, "quote_cues_after.txt"))
    suffix = alternation(frozenset(suffixes))
    return QuoteTables(
        cues_after=re.compile(rf"(?i)\b(?:{back}|{after})\b"),
        cues_back=re.compile(rf"(?i)(?:{back})\b"),
        verbs=re.compile(rf"(?i)\b(?:{alternation(verbs)})\b"),
        bahwa_verbs=bahwa_verbs,
        clause_predicates=_lower(lang, "quote_clause_predicates.txt"),
        relativizers=_lower(lang, "quote_relativizers.txt"),
        complementizers=_lower(lang, "quote_complementizers.txt"),
        verb_objects={noun.casefold(): kind for noun, kind in rows(lang, "quote_verb_objects.tsv")},
        according=re.compile(rf"(?i)\b(?:{according})(?:(?P<suffix>{suffix})\b)?"),
        pronouns=_lower(lang, "quote_pronouns.txt"),
        pronoun_suffixes=suffixes,
        determiners=_lower(lang, "quote_determiners.txt"),
        titles=_lower(lang, "quote_titles.txt"),
        relay_tail=re.compile(rf"(?i),\s*(?:\w+\s+)?(?:{alternation(strong_relays)})\b"),
        unnamed=_lower(lang, "quote_unnamed.txt"),
        skip=_lower(lang, "quote_skip.txt"),
        adverbs=_lower(lang, "quote_adverbs.txt"),
        negations=_lower(lang, "quote_negations.txt"),
        prepositions=_lower(lang, "quote_prepositions.txt"),
        phrase_stops=_lower(lang, "quote_phrase_stops.txt"),
        verb_prefixes=tuple(words(lang, "quote_verb_prefixes.txt")),
        abbreviations=_lower(lang, "quote_abbreviations.txt"),
        days=_lower(lang, "clean_days.txt"),
        name_joins=_lower(lang, "entity_org_connectors.txt"),
    )


@dataclass(frozen=True, slots=True)
class RelayTables:
    """Relay cues, medium descriptors and known media of one language."""

    cues: re.Pattern[str]
    vouched_cues: frozenset[str]
    descriptors: re.Pattern[str]
    labels: re.Pattern[str]
    verbs: re.Pattern[str]
    separators: re.Pattern[str]
    connectors: frozenset[str]
    media: frozenset[str]
    media_by_length: tuple[str, ...]
    stops: frozenset[str]


@cache
def relay_tables(lang: str) -> RelayTables:
    cue_rows = rows(lang, "relay_cues.tsv")
    cues = frozenset(row[0].casefold() for row in cue_rows)
    vouched = frozenset(" ".join(r[0].casefold().split()) for r in cue_rows if r[1] == "vouched")
    media = frozenset(m.casefold() for m in words(lang, "relay_media.txt"))
    separators = alternation(_lower(lang, "relay_separators.txt"))
    return RelayTables(
        cues=re.compile(rf"(?i)\b(?:{alternation(cues)})\b"),
        vouched_cues=vouched,
        descriptors=re.compile(rf"(?i)(?:{alternation(_lower(lang, 'relay_descriptors.txt'))})\b"),
        labels=re.compile(
            rf"(?i)^\s*\(?\s*(?:{alternation(_lower(lang, 'relay_labels.txt'))})\s*:\s*"
        ),
        verbs=re.compile(rf"(?i)\b(?:{alternation(_lower(lang, 'relay_verbs.txt'))})\b"),
        separators=re.compile(rf"\s*(?:[,;/&]|\b(?:{separators})\b)\s*"),
        connectors=_lower(lang, "relay_name_connectors.txt"),
        media=media,
        media_by_length=tuple(sorted(media, key=len, reverse=True)),
        stops=frozenset(words(lang, "relay_stops.txt")),
    )
