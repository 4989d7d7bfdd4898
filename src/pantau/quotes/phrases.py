"""Speaker phrases: what the words next to a cue say about who spoke.

A phrase is read into a ``SpeakerRef``: an entity named in it, a pronoun to
resolve, a description ("Presiden Rusia itu") to match against entity roles,
or an explicitly unnamed speaker ("seorang sumber", "media Rusia"). Resolving
pronouns and descriptions needs the article's history and is done by
``speakers.Resolver``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pantau.quotes.anchors import Anchor
from pantau.quotes.tables import QuoteTables
from pantau.quotes.text import QUOTE_MARKS, WORD

_MARKS = re.escape(QUOTE_MARKS)
_PHRASE_END = re.compile(rf"[,.;:()!?]|(?<!\w)[{_MARKS}]|[{_MARKS}](?!\w)|\s[-–—]\s")
_NAME_WORD = r"[A-Z][\w’'-]*"
_APPOSED_NAME = re.compile(
    rf"\s*,\s*({_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})(?=\s*(?:[,.;()]|$|\s[a-z]))"
)
_DESCRIPTION_WORDS = 5
RELATIVE_CHARS = 40
_BRACKET_TAIL = re.compile(r"\s*\([^()]*\)\s*$")
_AGE_TAIL = re.compile(r"\s*\((?:\d{1,3}|[A-Z][A-Za-z-]{1,12})\)\s*$")


@dataclass(frozen=True, slots=True)
class SpeakerRef:
    """Who a phrase points at.

    ``entity`` (value: the name), ``pronoun`` (value: the pronoun), ``role`` (a
    description or title, "Presiden Rusia itu", "Wapres": matched loosely
    against roles, else the salient person), ``exact`` (capitalised words that
    are no known name, "Peskov": an exact role, else nobody), ``body`` (a bare
    noun for an organisation, "Pengadilan": a body whose name holds it, else the
    body acting in the stretch), ``stretch`` (no cue at all: whoever just spoke or
    was the subject), ``none`` (unnamed).
    """

    kind: str
    value: str | None = None


UNNAMED = SpeakerRef("none")


def _anchors_in(anchors: list[Anchor], para: int, start: int, end: int) -> list[Anchor]:
    return [a for a in anchors if a.para == para and start <= a.start and a.end <= end]


def _opening(anchors: list[Anchor], para: int, start: int) -> list[Anchor]:
    """A name that opens the phrase and runs past its cut ("Pusat Kajian Iklim dan Mitigasi")."""
    return [a for a in anchors if a.para == para and a.start == start]


def _cut_forward(text: str, tables: QuoteTables) -> str:
    """The phrase up to its first punctuation or stop word (kept: the first word)."""
    end = _PHRASE_END.search(text)
    phrase = text[: end.start()] if end else text
    for index, match in enumerate(WORD.finditer(phrase)):
        if index > 0 and match.group().casefold() in tables.phrase_stops:
            return phrase[: match.start()]
    return phrase


def _from_anchors(found: list[Anchor], head_unnamed: bool, head_start: int) -> SpeakerRef | None:
    """People first, then organisations; a place only when it opens the phrase."""
    for kind in ("PER", "ORG"):
        named = [a for a in found if a.type == kind]
        if named and not (head_unnamed and kind != "PER"):
            return SpeakerRef("entity", named[0].entity)
    places = [a for a in found if a.start == head_start and not head_unnamed]
    return SpeakerRef("entity", places[0].entity) if places else None


def forward_phrase(
    text: str, para: int, offset: int, anchors: list[Anchor], tables: QuoteTables
) -> SpeakerRef | None:
    """Read the phrase after a cue ("kata Vladimir Putin kepada ..."); None when empty.

    ``text`` starts right after the cue; ``offset`` is its position in the paragraph.
    """
    phrase = _cut_forward(text, tables)
    tokens = [m for m in WORD.finditer(phrase) if m.group().casefold() not in tables.skip]
    if not tokens:
        return None
    head = tokens[0].group().casefold()
    if head in tables.pronouns:
        return SpeakerRef("pronoun", head)
    if head in tables.prepositions:
        return SpeakerRef("pronoun", "nya")
    if head in tables.phrase_stops:
        return None
    head_unnamed = head in tables.unnamed
    found = _anchors_in(anchors, para, offset, offset + len(phrase)) or _opening(
        anchors, para, offset + tokens[0].start()
    )
    names = [t.group() for t in tokens]
    described = names[0].islower() or head in tables.titles
    apposed = _apposed(text, len(phrase), para, offset, anchors, tables, any_type=described)
    if apposed is not None:
        return apposed
    if _is_description(names, found, tables):
        return SpeakerRef("role", " ".join(names[:-1]))
    ref = _from_anchors(found, head_unnamed, offset + tokens[0].start())
    if ref is not None:
        return ref
    if head_unnamed:
        return UNNAMED
    if names[-1].casefold() in tables.determiners and len(names) > 1:
        return SpeakerRef("role", " ".join(names[:-1]))
    if names[0].casefold() in tables.titles:
        return SpeakerRef("role", " ".join(names))
    return SpeakerRef("exact", " ".join(names))


def _is_description(names: list[str], found: list[Anchor], tables: QuoteTables) -> bool:
    """ "politikus Partai NasDem itu": a lower-case noun, a body in it, a determiner.

    The body only describes the person; the phrase points back at a person.
    """
    return (
        len(names) > 2
        and names[0].islower()
        and names[0].casefold() not in tables.unnamed
        and names[-1].casefold() in tables.determiners
        and not any(a.type == "PER" for a in found)
    )


def _apposed(
    text: str,
    phrase_end: int,
    para: int,
    offset: int,
    anchors: list[Anchor],
    tables: QuoteTables,
    *,
    any_type: bool,
) -> SpeakerRef | None:
    """The person named after a description and a comma: "kata petugas BMKG, Rina,".

    After a title or a lower-case description ("Kepala Stasiun X, Rina") the name
    is taken even when the tagger typed it as a place or missed it; after a bare
    name only a person is (a list or a date may follow it: "kata BMKG, Senin").
    """
    match = _APPOSED_NAME.match(text, phrase_end)
    if match is None or match.group(1).casefold() in tables.days:
        return None
    if _joins_on(text, match.end(1), tables):
        return _person_ahead(text, match.start(1), para, offset, anchors)
    start = offset + match.start(1)
    named = [a for a in anchors if a.para == para and a.start == start]
    people = [a for a in named if a.type == "PER"]
    if people or (named and any_type):
        return SpeakerRef("entity", (people or named)[0].entity)
    return SpeakerRef("entity", match.group(1)) if any_type else None


def _joins_on(text: str, end: int, tables: QuoteTables) -> bool:
    """Whether a name runs on with a joining word ("Pusat Data, Informasi dan Komunikasi
    ..."): the comma before it was inside one body's name, not before a person's."""
    after = WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    return after is not None and after.group().casefold() in tables.name_joins


def _person_ahead(
    text: str, start: int, para: int, offset: int, anchors: list[Anchor]
) -> SpeakerRef | None:
    """The first person named from ``start`` up to the next punctuation: the one the
    long title ends on ("Kepala Pusat Data, Informasi dan Komunikasi BNPB Rina")."""
    stop = _PHRASE_END.search(text, start)
    end = offset + (stop.start() if stop else len(text))
    people = [a for a in _anchors_in(anchors, para, offset + start, end) if a.type == "PER"]
    return SpeakerRef("entity", people[0].entity) if people else None


def _strip_tail(text: str, tables: QuoteTables) -> tuple[str, bool]:
    """Drop trailing commas, adverbs and an age ("Hasan (47),"); report a negation."""
    while True:
        trimmed = _AGE_TAIL.sub("", text.rstrip().rstrip(",").rstrip())
        last = WORD.findall(trimmed[-30:])
        word = last[-1].casefold() if last else ""
        if word in tables.negations:
            return trimmed, True
        if word not in tables.adverbs or not word:
            return trimmed, False
        text = trimmed[: len(trimmed) - len(last[-1])]


def _apposed_person(
    paragraph: str, start: int, anchor: Anchor, anchors: list[Anchor]
) -> Anchor | None:
    """The person a sentence opens with when a description in commas follows ("Lina,
    seorang warga Desa Sukamaju, Kecamatan Baru, menggambarkan ..."): people speak,
    the places of their description do not."""
    if anchor.type == "PER":
        return None
    opening = paragraph[start : anchor.start]
    lead = len(opening) - len(opening.lstrip())
    first = next((a for a in anchors if a.para == anchor.para and a.start == start + lead), None)
    if first is None or first.type != "PER" or first is anchor:
        return None
    return first if paragraph[first.end : first.end + 1] == "," else None


def _head_of_relative(text: str, tables: QuoteTables) -> str:
    """The subject before a short relative clause: "Suswono yang ikut hadir" -> "Suswono"
    (not "pihak yang", where the clause is the verb itself)."""
    tail = text[-RELATIVE_CHARS:]
    words = list(WORD.finditer(tail))
    cuts = [m.start() for m in words[:-1] if m.group().casefold() in tables.relativizers]
    if not cuts or cuts[-1] == 0 or tail[cuts[-1] - 1] != " ":
        return text
    return text[: len(text) - len(tail) + cuts[-1]].rstrip().rstrip(",").rstrip()


def _ending_at(anchors: list[Anchor], para: int, start: int, end: int) -> list[Anchor]:
    return [a for a in anchors if a.para == para and a.end == end and a.start >= start]


def subject_before(
    paragraph: str, start: int, cut: int, para: int, anchors: list[Anchor], tables: QuoteTables
) -> SpeakerRef | None:
    """Read the subject ending ``paragraph[start:cut]`` (the words before a reporting verb).

    None when there is no recognisable subject, or when the verb is negated.
    """
    trimmed, negated = _strip_tail(paragraph[start:cut], tables)
    if negated or not trimmed.strip():
        return None
    end = start + len(trimmed)
    ending = _ending_at(anchors, para, start, end) or _ending_at(
        anchors, para, start, start + len(_head_of_relative(trimmed, tables))
    )
    if ending:
        anchor = _past_place(paragraph, start, ending[-1], anchors, tables)
        anchor = _apposed_person(paragraph, start, anchor, anchors) or anchor
        words_before = WORD.findall(paragraph[max(start, anchor.start - 40) : anchor.start])
        if anchor.type != "PER" and any(w.casefold() in tables.unnamed for w in words_before[-3:]):
            return UNNAMED
        return SpeakerRef("entity", anchor.entity)
    tail = re.split(r"[,;:()]|\s[-–—]\s", trimmed)[-1]
    names = WORD.findall(tail)[-_DESCRIPTION_WORDS:]
    if not names:
        return None
    last = names[-1].casefold()
    if last in tables.pronouns:
        return SpeakerRef("pronoun", last)
    if last in tables.determiners and len(names) > 1:
        return _description(names[:-1], tables)
    if any(n.casefold() in tables.unnamed for n in names[-3:]):
        return UNNAMED
    titled = [i for i, n in enumerate(names) if n.casefold() in tables.titles]
    return SpeakerRef("role", " ".join(names[titled[0] :])) if titled else None


def _past_place(
    paragraph: str, start: int, anchor: Anchor, anchors: list[Anchor], tables: QuoteTables
) -> Anchor:
    """For "KBRI di Tokyo menyatakan" the subject is the body before "di Tokyo"."""
    if anchor.type != "LOC":
        return anchor
    head = paragraph[start : anchor.start].rstrip()
    words = WORD.findall(head[-15:])
    if not words or words[-1].casefold() not in tables.prepositions:
        return anchor
    head = _BRACKET_TAIL.sub("", head[: len(head) - len(words[-1])].rstrip())
    end = start + len(head)
    before = [
        a
        for a in anchors
        if a.para == anchor.para and a.end == end and a.start >= start and a.type != "LOC"
    ]
    return before[-1] if before else anchor


def _description(names: list[str], tables: QuoteTables) -> SpeakerRef:
    """ "Presiden Rusia itu" points at a role; "sumber tersebut" at nobody."""
    capital = next((i for i, n in enumerate(names) if n[0].isupper()), None)
    words = names[capital:] if capital is not None else names[-2:]
    if words[0].casefold() in tables.unnamed:
        return UNNAMED
    return SpeakerRef("role", " ".join(words))
