"""Resolving speaker references to entity names, in reading order.

Pronouns ("ia", "ujarnya") and descriptions ("Presiden Rusia itu") point back
at the most salient earlier speaker: the speaker of an earlier quote, or a
person or organisation that was the subject of a sentence ("Zakharova
menyebut, ..."). Names in appositions and lists ("Kepala Rabi Rusia, Berl
Lazar, dan ...") are not subjects and are only used when nothing else is near.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from pantau.quotes.anchors import Anchor
from pantau.quotes.marks import QuotedIndex
from pantau.quotes.phrases import SpeakerRef
from pantau.quotes.tables import QuoteTables
from pantau.quotes.text import WORD, sentence_at, sentence_spans

_WINDOW = 3
_RELATIVE = re.compile(r"^\s*,\s*(?:yang\b)?[^,.]{1,60},")
_PERSONAL = frozenset({"PER"})
_AGENTS = frozenset({"PER", "ORG"})
_BODIES = frozenset({"ORG"})


class Candidate(NamedTuple):
    """An earlier name that may be the current speaker: where, who, type, whether
    it spoke or was a sentence subject (active) or was merely named, and whether it spoke."""

    place: tuple[int, int]
    name: str
    kind: str
    active: bool
    spoke: bool = False


class Resolver:
    """Turns SpeakerRefs into entity names; remembers the speakers resolved so far."""

    def __init__(
        self,
        body: list[str],
        anchors: list[Anchor],
        roles: dict[str, list[str]],
        tables: QuoteTables,
        quoted: QuotedIndex,
    ) -> None:
        self.body = body
        self.anchors = anchors
        self.roles = roles
        self.tables = tables
        self.quoted = quoted
        self.types = {a.entity: a.type for a in anchors}
        self.subjects = [a for a in anchors if a.type in _AGENTS and self._is_subject(a, quoted)]
        self.history: list[tuple[int, int, str]] = []

    def _is_subject(self, anchor: Anchor, quoted: QuotedIndex) -> bool:
        """A name followed by an active verb ("Putin pun membahas", "Dia menambahkan"),
        perhaps past a relative clause or an apposition ("Arhan, yang menendang penalti
        terakhir, mengaku"; "Rina, warga Desa Sukamaju, merasakan")."""
        if (anchor.para, anchor.start) in quoted:
            return False
        following = _RELATIVE.sub(" ", self.body[anchor.para][anchor.end : anchor.end + 160])[:60]
        for match in WORD.finditer(re.sub(r"^\s*,", " ", following)):
            word = match.group().casefold()
            if word in self.tables.adverbs:
                continue
            is_verb = self.tables.verbs.fullmatch(word) is not None
            return is_verb or (len(word) > 4 and word.startswith(self.tables.verb_prefixes))
        return False

    def note(self, para: int, pos: int, speaker: str | None) -> None:
        """Remember a resolved speaker as the most recent one at this place."""
        if speaker is not None:
            self.history.append((para, pos, speaker))

    def resolve(self, ref: SpeakerRef | None, para: int, pos: int) -> str | None:
        if ref is None or ref.kind == "none":
            return None
        if ref.kind == "entity":
            return ref.value
        if ref.kind == "body":
            return self._body(ref.value or "", para, pos)
        if ref.kind == "stretch":
            return self.salient(para, pos, _AGENTS, window=1, active=True)
        if ref.kind == "pronoun":
            personal = ref.value in self.tables.pronouns
            in_sentence = self._earlier_in_sentence(para, pos) if personal else None
            return in_sentence or self.salient(para, pos, _PERSONAL if personal else _AGENTS)
        exact = self._by_role(ref.value or "", exact=True, para=para, pos=pos)
        if exact is not None or ref.kind == "exact":
            return exact
        loose = self._by_role(ref.value or "", exact=False, para=para, pos=pos)
        return loose if loose is not None else self.salient(para, pos, _PERSONAL)

    def _body(self, noun: str, para: int, pos: int) -> str | None:
        """The body a bare noun stands for: one whose name holds the noun
        ("Kementerian" for "Kementerian Luar Negeri"), else the body that is the
        current agent of the stretch ("Pengadilan" for the court named before)."""
        wanted = set(noun.casefold().split())
        named = [
            a.entity
            for a in self.anchors
            if a.type == "ORG"
            and (a.para, a.start) < (para, pos)
            and wanted <= set(a.entity.casefold().split())
        ]
        return named[-1] if named else self.salient(para, pos, _BODIES, active=True)

    def _earlier_in_sentence(self, para: int, pos: int) -> str | None:
        """For "ia" inside a sentence ("komentar Halperin, di mana ia mengatakan"):
        the nearest person named before it in the same sentence, outside quotes."""
        spans = sentence_spans(self.body[para], self.tables.abbreviations)
        start, _ = sentence_at(spans, pos)
        named = [
            a.entity
            for a in self.anchors
            if a.para == para
            and start <= a.start
            and a.end <= pos
            and a.type in _PERSONAL
            and (a.para, a.start) not in self.quoted
        ]
        return named[-1] if named else None

    def salient(
        self,
        para: int,
        pos: int,
        types: frozenset[str],
        *,
        window: int = _WINDOW,
        active: bool = False,
    ) -> str | None:
        """The current speaker of the stretch: a decision over earlier candidates.

        Within a few paragraphs back, people (and whoever spoke earlier in this
        paragraph) come before bodies: the governor who spoke, not his bank.
        Among them, earlier speakers and sentence subjects come before names
        merely mentioned; then the latest. A body merely named speaks for nobody.
        A quote with no cue looks only one paragraph back, at active candidates.
        """
        here = (para, pos)
        ranked = [
            (c.kind == "PER" or (c.spoke and c.place[0] == para), c.active, c.place, c.name)
            for c in self._candidates()
            if c.place < here
            and c.place[0] >= para - window
            and c.kind in types
            and (c.active or not active)
        ]
        return max(ranked)[3] if ranked else None

    def _candidates(self) -> list[Candidate]:
        """Speakers resolved so far, sentence subjects, and people named outside quotes."""
        found = [Candidate((a.para, a.start), a.entity, a.type, True) for a in self.subjects]
        found += [
            Candidate((p, s), n, self.types.get(n, "PER"), True, True) for p, s, n in self.history
        ]
        found += [
            Candidate((a.para, a.start), a.entity, a.type, False)
            for a in self.anchors
            if a.type == "PER" and (a.para, a.start) not in self.quoted
        ]
        return found

    def _by_role(self, description: str, *, exact: bool, para: int, pos: int) -> str | None:
        """The entity whose role is the description (exact) or shares most of its words."""
        wanted = description.casefold().split()
        best: tuple[int, tuple[int, int], str] | None = None
        for name, roles in self.roles.items():
            for role in roles:
                words = role.casefold().split()
                if exact:
                    score = len(words) if words == wanted[-len(words) :] else 0
                else:
                    score = len(set(words) & set(wanted))
                if score:
                    key = (score, self._last_seen(name, para, pos), name)
                    best = max(best, key) if best else key
        return best[2] if best else None

    def _last_seen(self, name: str, para: int, pos: int) -> tuple[int, int]:
        seen = [(a.para, a.start) for a in self.anchors if a.entity == name]
        before = [s for s in seen if s < (para, pos)]
        return max(before) if before else (-1, -1)
