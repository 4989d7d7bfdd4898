"""Where the article's entities are named: the mentions the speaker resolver walks.

The entities stage fills ``article.entities`` and ``doc.mentions``. A speaker
phrase is matched against every surface form of an entity (name, aliases, and
for people the surname or given name when no other entity shares it), and the
mentions are completed by a scan of those forms, so a name the tagger missed in
one sentence is still found there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pantau.doc import Mention
from pantau.records import Entity


@dataclass(frozen=True, slots=True)
class Anchor:
    """One place an entity is named: paragraph, character span, entity name, type."""

    para: int
    start: int
    end: int
    entity: str
    type: str


def surface_forms(entities: list[Entity]) -> dict[str, Entity]:
    """Every written form of an entity (case-folded) -> the entity, unambiguous ones only."""
    forms: dict[str, Entity] = {}
    for entity in entities:
        for form in (entity.name, *entity.aliases):
            forms.setdefault(form.casefold(), entity)
    parts: dict[str, list[Entity]] = {}
    for entity in entities:
        tokens = entity.name.split()
        if entity.type == "PER" and len(tokens) > 1:
            for token in {tokens[0], tokens[-1]}:
                if len(token) > 2 and token[0].isupper():
                    parts.setdefault(token.casefold(), []).append(entity)
    for token, owners in parts.items():
        if len(owners) == 1:
            forms.setdefault(token, owners[0])
    return forms


def forms_pattern(forms: dict[str, Entity]) -> re.Pattern[str] | None:
    """One pattern for all surface forms, longest first, on word boundaries."""
    if not forms:
        return None
    ordered = sorted(forms, key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(re.escape(w) for w in f.split()) for f in ordered)
    return re.compile(rf"(?i)(?<![\w-])(?:{alternatives})(?![\w-])")


def _person_at_tail(mention: Mention, entity: Entity, people: dict[str, Entity]) -> Anchor:
    """The mention as an anchor; a non-person mention ending in a person's name
    ("Kementerian Luar Negeri Rusia Maria Zakharova", a title read as part of a
    name) is re-read as that person, who is the one speaking."""
    if entity.type != "PER":
        words = mention.text.split()
        for size in range(len(words) - 1, 0, -1):
            tail = " ".join(words[-size:])
            person = people.get(tail.casefold())
            if person is not None:
                start = mention.end - len(tail)
                return Anchor(mention.paragraph, start, mention.end, person.name, "PER")
    return Anchor(mention.paragraph, mention.start, mention.end, entity.name, entity.type)


def find_anchors(body: list[str], entities: list[Entity], mentions: list[Mention]) -> list[Anchor]:
    """Mentions from the entities stage plus a scan of surface forms, in reading order."""
    forms = surface_forms(entities)
    by_name = {e.name: e for e in entities}
    people = {form: e for form, e in forms.items() if e.type == "PER"}
    anchors = [
        _person_at_tail(m, by_name[m.entity], people)
        for m in mentions
        if m.entity in by_name and 0 <= m.paragraph < len(body)
    ]
    taken = {(a.para, i) for a in anchors for i in range(a.start, a.end)}
    pattern = forms_pattern(forms)
    for para, text in enumerate(body):
        for match in pattern.finditer(text) if pattern else ():
            if not match.group()[0].isupper() or any(
                (para, i) in taken for i in range(match.start(), match.end())
            ):
                continue
            entity = forms[" ".join(match.group().split()).casefold()]
            anchors.append(Anchor(para, match.start(), match.end(), entity.name, entity.type))
    return sorted(anchors, key=lambda a: (a.para, a.start))
