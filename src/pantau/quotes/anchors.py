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


class FormFinder:
    """Where the surface forms occur in a text: what ``forms_pattern`` finds, without
    compiling a pattern per article (an article's forms are its own; compiling
    them cost more than the search).

    Forms are tried, longest first, at each word start whose first word could
    open them; a text or form whose case folding a lower-case comparison could
    get wrong (non-ASCII forms, a dotless i or long s in the text) goes to the
    pattern instead.
    """

    def __init__(self, forms: dict[str, Entity]) -> None:
        ordered = sorted(forms, key=len, reverse=True)
        self._forms = forms
        self._pattern: re.Pattern[str] | None = None
        self._by_head: dict[str, list[list[str]]] = {}
        self._simple = all(f.isascii() and _HEAD.match(f) for f in ordered)
        for form in ordered if self._simple else ():
            head = _HEAD.match(form).group().lower()
            self._by_head.setdefault(head, []).append([w.lower() for w in form.split()])

    def spans(self, text: str) -> list[tuple[int, int]]:
        """The ``[start, end)`` spans of the forms in ``text``, left to right, not overlapping."""
        if not self._simple or not _FOLDS_APART.isdisjoint(text):
            self._pattern = self._pattern or forms_pattern(self._forms)
            return [m.span() for m in self._pattern.finditer(text)] if self._pattern else []
        found: list[tuple[int, int]] = []
        end = 0
        for head in _WORD_START.finditer(text):
            start = head.start()
            if start < end:
                continue
            for words in self._by_head.get(head.group().lower(), ()):
                stop = _match_words(text, start, words)
                if stop:
                    found.append((start, stop))
                    end = stop
                    break
        return found


_HEAD = re.compile(r"\w+")
_WORD_START = re.compile(r"(?<![\w-])\w+")
_FOLDS_APART = frozenset("\u0130\u0131\u017f\u212a")


def _match_words(text: str, at: int, words: list[str]) -> int:
    """The end of the form's words matched at ``at`` (any spaces between, case aside), or 0."""
    position = at
    for index, word in enumerate(words):
        if index:
            gap = position
            while gap < len(text) and text[gap].isspace():
                gap += 1
            if gap == position:
                return 0
            position = gap
        if text[position : position + len(word)].lower() != word:
            return 0
        position += len(word)
    after = text[position : position + 1]
    return 0 if after and (after == "-" or after.isalnum() or after == "_") else position


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
    finder = FormFinder(forms)
    for para, text in enumerate(body):
        for start, end in finder.spans(text):
            if not text[start].isupper() or any((para, i) in taken for i in range(start, end)):
                continue
            entity = forms[" ".join(text[start:end].split()).casefold()]
            anchors.append(Anchor(para, start, end, entity.name, entity.type))
    return sorted(anchors, key=lambda a: (a.para, a.start))
