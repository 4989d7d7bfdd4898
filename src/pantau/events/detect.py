"""Event mentions of one article: a typed trigger per sentence, its people, date and place.

One sentence gives at most one event, named by its most specific trigger
(``event_types.tsv`` ranks) among those not backgrounded by a clause after an
occurrence ("tewas setelah menghadiri pelantikan": death, not appointment;
``event_subordinators.txt``). Participants are the entities mentioned in the
sentence, the date the sentence's DATE timex nearest the trigger (not one that
ends a span, "sejak 12 Mei", nor one that dates the speaking, "kata Heru, Rabu
(23/7)"), the place a
LOC participant right after a locative preposition ("di Bishkek").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pantau.doc import Mention
from pantau.events.lexicon import Lexicon
from pantau.events.sentences import sentence_spans
from pantau.records import Entity, Event, Timex
from pantau.records import Span as RecordSpan
from pantau.time.calendar import parse_day, year_slip
from pantau.time.tables import lookup, time_tables

SPEECH_WINDOW = 60
REPORTING_RANK = 4
_QUOTE_MARKS = ('"', "\u201c", "\u201d")


@dataclass(slots=True)
class Span:
    """A located thing in the body: paragraph index and character offsets."""

    paragraph: int
    start: int
    end: int
    label: str
    kind: str = ""


@dataclass(slots=True)
class Found:
    """An event with where its sentence sits, for main-event choice and summaries."""

    event: Event
    paragraph: int
    sentence: tuple[int, int]
    rank: int


def entity_spans(body: list[str], entities: list[Entity], mentions: list[Mention]) -> list[Span]:
    """Entity occurrences: the mentions when given, else every name or alias found in the body."""
    types = {entity.name: entity.type for entity in entities}
    if mentions:
        return [
            Span(m.paragraph, m.start, m.end, m.entity or m.text, types.get(m.entity or "", m.type))
            for m in mentions
        ]
    spans = []
    for entity in entities:
        for form in {entity.name, *entity.aliases}:
            spans.extend(_occurrences(body, form, entity.name, entity.type))
    return spans


def timex_spans(
    body: list[str], timexes: list[Timex], located: list | None = None, lang: str = "id"
) -> list[Span]:
    """Where the article's valued DATE timexes sit: as the timex stage located them
    (``doc.notes["tagged"]``) when it did, else every occurrence of their text; each
    labelled with the day it dates (``occurrence_day``)."""
    if located is not None:
        return [
            Span(t.paragraph, t.start, t.end, occurrence_day(t.text, t.value, lang), t.type)
            for t in located
            if t.type == "DATE" and t.value
        ]
    spans = []
    for timex in timexes:
        if timex.type == "DATE" and timex.value:
            day = occurrence_day(timex.text, timex.value, lang)
            spans.extend(_occurrences(body, timex.text, day, timex.type))
    return spans


def occurrence_day(text: str, value: str, lang: str) -> str:
    """The day a timex dates an event by: its value (an interval's last day, the day a
    two-day meeting decides), unless its day name fits only the year before or after
    ("Jumat, 26 Januari 2023" for Friday 26 January 2024, a slipped year). The timex
    keeps what is written; the event follows the weight of evidence."""
    if "/" in value:
        return value.rsplit("/", 1)[1]
    words = text.split()
    weekday = lookup(time_tables(lang).days, words[0].strip(",")) if words else None
    day = parse_day(value) if weekday else None
    if day is None or day.isoweekday() == weekday:
        return value
    slipped = year_slip(day, weekday)
    return slipped.isoformat() if slipped else value


def _occurrences(body: list[str], form: str, label: str, kind: str) -> list[Span]:
    if not form.strip():
        return []
    pattern = re.compile(rf"(?<!\w){re.escape(form)}(?!\w)", re.IGNORECASE)
    return [
        Span(index, match.start(), match.end(), label, kind)
        for index, paragraph in enumerate(body)
        for match in pattern.finditer(paragraph)
    ]


def find_events(
    body: list[str], people: list[Span], dates: list[Span], lex: Lexicon
) -> list[Found]:
    """One event per sentence that holds a trigger, in body order."""
    found = []
    people_in, dates_in = _by_paragraph(people), _by_paragraph(dates)
    for index, paragraph in enumerate(body):
        here, days = people_in.get(index, []), dates_in.get(index, [])
        for start, end in sentence_spans(paragraph):
            event = _sentence_event(paragraph, index, start, end, here, days, lex)
            if event is not None:
                found.append(event)
    return found


def _by_paragraph(spans: list[Span]) -> dict[int, list[Span]]:
    """Spans by paragraph, in their order: a sentence looks at its own paragraph's only
    (every sentence reading every span of the article grew with the square of its length)."""
    grouped: dict[int, list[Span]] = {}
    for span in spans:
        grouped.setdefault(span.paragraph, []).append(span)
    return grouped


def _sentence_event(
    paragraph: str,
    index: int,
    start: int,
    end: int,
    people: list[Span],
    dates: list[Span],
    lex: Lexicon,
) -> Found | None:
    triggers = list(lex.triggers.finditer(paragraph, start, end))
    if not triggers:
        return None
    best = max(_foreground(paragraph, triggers, lex), key=lambda m: _rank(m, lex))
    inside = [s for s in people if s.paragraph == index and start <= s.start < end]
    participants: dict[str, list[RecordSpan]] = {}
    for s in inside:
        participants.setdefault(s.label, []).append(RecordSpan(index, s.start, s.end))
    event = Event(
        type=lex.type_of(best.group()),
        trigger=best.group(),
        participants=list(participants),
        date=_nearest_date(paragraph, index, start, end, best.start(), dates, lex),
        place=_place(paragraph, inside, lex),
        spans=[RecordSpan(index, best.start(), best.end())],
        participant_spans=list(participants.values()),
    )
    return Found(event, index, (start, end), lex.ranks.get(event.type, 0))


def _rank(trigger: re.Match[str], lex: Lexicon) -> int:
    return lex.ranks.get(lex.type_of(trigger.group()), 0)


def _foreground(paragraph: str, triggers: list[re.Match[str]], lex: Lexicon) -> list[re.Match[str]]:
    """The triggers before a clause that backgrounds what follows it: once an occurrence
    is named, "setelah", "dalam", "saat" ... open what came before or around it ("tewas
    setelah menghadiri pelantikan", "tewas dalam serangan"), however specific that is."""
    for index, trigger in enumerate(triggers[:-1]):
        if _rank(trigger, lex) <= REPORTING_RANK:
            continue
        following = triggers[index + 1]
        if lex.subordinators.search(paragraph, trigger.end(), following.start()):
            return triggers[: index + 1]
    return triggers


def _nearest_date(
    paragraph: str,
    index: int,
    start: int,
    end: int,
    at: int,
    dates: list[Span],
    lex: Lexicon,
) -> str | None:
    usable = [
        s
        for s in dates
        if s.paragraph == index
        and start <= s.start < end
        and not lex.date_blockers.search(paragraph[max(start, s.start - 20) : s.start])
        and not lex.speech_tail.search(paragraph[max(start, s.start - SPEECH_WINDOW) : s.start])
        and not _across_quote(paragraph, at, s.start)
    ]
    if not usable:
        return None
    return min(usable, key=lambda s: abs(s.start - at)).label


def _across_quote(paragraph: str, a: int, b: int) -> bool:
    """Whether a quotation mark opens or closes between two offsets: a date inside a quote
    dates what the speaker speaks of, not the saying ("... di akhir tahun," ucap X)."""
    between = paragraph[min(a, b) : max(a, b)]
    return sum(between.count(mark) for mark in _QUOTE_MARKS) % 2 == 1


def _place(paragraph: str, inside: list[Span], lex: Lexicon) -> str | None:
    for span in inside:
        before = paragraph[: span.start].rsplit(maxsplit=1)
        if span.kind == "LOC" and before and before[-1].lower() in lex.place_preps:
            return span.label
    return None
