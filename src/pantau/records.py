"""The article record of GOLD.md: the per-article output, and the gold shape.

Every field name and meaning is fixed by GOLD.md. Fields the format does not
name survive a round trip through ``extra`` so that gold files (``text``,
``text_file``, ``event``, ``story``) and later additions load and dump losslessly.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from typing import Any, Literal

EntityType = Literal["PER", "ORG", "LOC"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
QuoteKind = Literal["direct", "indirect"]


@dataclass(slots=True)
class Span:
    """Where an item's words are: ``body[p][start:end]``.

    A span in a line the cleaner took out of the body (a relay's "Sumber :
    Reuters") has ``p`` None and ``removed`` the line's index in ``removed``
    instead; the unused key is left out of the JSON.
    """

    p: int | None
    start: int
    end: int
    removed: int | None = None

    def as_json(self) -> dict[str, int]:
        """The span's JSON object, as ``Article.to_dict`` writes it."""
        if self.p is not None:
            return {"p": self.p, "start": self.start, "end": self.end}
        return {"start": self.start, "end": self.end, "removed": self.removed or 0}

    def text(self, article: Article) -> str:
        """The words the span points at."""
        if self.p is not None:
            return article.body[self.p][self.start : self.end]
        return article.removed[self.removed or 0].text[self.start : self.end]


def span_id(span: Span) -> str:
    """The anchor id of a body span on its article page (``s<p>-<start>-<end>``)."""
    return f"s{span.p}-{span.start}-{span.end}"


@dataclass(slots=True)
class Removed:
    """A line taken out of the body, why, and its index among the input's non-blank lines."""

    text: str
    reason: str
    line: int | None = None


@dataclass(slots=True)
class Entity:
    """One distinct entity of an article; ``name`` is its fullest form."""

    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Timex:
    """A temporal expression as written, with its TIMEX3 value."""

    text: str
    value: str | None
    type: str
    spans: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Number:
    """A quantity, what it counts, and its qualifier's meaning ("about", "at-least")."""

    text: str
    value: float | int | None
    what: str | None
    qualifier: str | None = None
    spans: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Quote:
    """Words attributed to a speaker (an entity name, or None when unnamed).

    ``spans`` are the quoted words (several when the quote is broken by its cue
    or runs over paragraphs; their texts joined by spaces give ``text``);
    ``speaker_span`` is the mention of the speaker nearest the quote.
    """

    text: str
    speaker: str | None
    kind: str
    cue: str | None = None
    spans: list[Span] = field(default_factory=list)
    cue_span: Span | None = None
    speaker_span: Span | None = None


@dataclass(slots=True)
class Relay:
    """A medium the outlet says it took the news from."""

    source: str
    cue: str | None = None
    spans: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Event:
    """Who did what to whom, when and where.

    ``spans`` hold the trigger; ``participant_spans[i]`` the mentions of
    ``participants[i]`` in the event's sentence.
    """

    type: str
    trigger: str
    participants: list[str] = field(default_factory=list)
    date: str | None = None
    place: str | None = None
    main: bool = False
    spans: list[Span] = field(default_factory=list)
    participant_spans: list[list[Span]] = field(default_factory=list)


_LIST_TYPES: dict[str, type] = {
    "removed": Removed,
    "entities": Entity,
    "timexes": Timex,
    "numbers": Number,
    "quotes": Quote,
    "relays": Relay,
    "events": Event,
}


@dataclass(slots=True)
class Article:
    """The per-article record; a pure function of one input."""

    id: str
    source: str
    outlet: str | None = None
    language: str = "id"
    title: str | None = None
    published: str | None = None
    dateline: str | None = None
    authors: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    numbers: list[Number] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    relays: list[Relay] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The GOLD.md JSON object; ``extra`` keys are merged in at the end."""
        data = _plain(self)
        extra = data.pop("extra")
        for key, value in extra.items():
            data.setdefault(key, value)
        return data

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Build a record from its JSON object; unknown keys go to ``extra``."""
        known = {f.name for f in fields(cls)} - {"extra"}
        kwargs: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        for key, value in data.items():
            if key not in known:
                extra[key] = value
            elif key in _LIST_TYPES and value is not None:
                item_type = _LIST_TYPES[key]
                kwargs[key] = [_item(item_type, item) for item in value]
            elif value is not None or key not in ("authors", "body", "language"):
                kwargs[key] = value
        kwargs.setdefault("source", data.get("url") or "")
        return cls(extra=extra, **kwargs)

    @classmethod
    def from_json(cls, line: str) -> Article:
        return cls.from_dict(json.loads(line))

    @property
    def text(self) -> str:
        """The clean body as one string, paragraphs separated by blank lines."""
        return "\n\n".join(self.body)


def _plain(value: Any) -> Any:
    """``dataclasses.asdict`` for records, in a fraction of its time (it deep-copies every
    leaf; records hold hundreds of spans), and with spans in their JSON shape."""
    if isinstance(value, Span):
        return value.as_json()
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if hasattr(value, "__dataclass_fields__"):
        return {name: _plain(getattr(value, name)) for name in value.__dataclass_fields__}
    return value


_SPAN_KEYS = frozenset({"spans", "cue_span", "speaker_span", "participant_spans"})


def _spans(value: Any) -> Any:
    """Span objects from their JSON: one, a list of them, or a list of lists."""
    if value is None:
        return None
    if isinstance(value, dict):
        return Span(value.get("p"), value["start"], value["end"], value.get("removed"))
    if value and isinstance(value[0], dict):
        return [Span(s.get("p"), s["start"], s["end"], s.get("removed")) for s in value]
    return [_spans(item) for item in value]


def _item(item_type: type, data: dict[str, Any]) -> Any:
    """One list item of a record; spans, when the JSON has them, become Span objects."""
    if _SPAN_KEYS.isdisjoint(data):
        return item_type(**data)
    return item_type(
        **{key: _spans(value) if key in _SPAN_KEYS else value for key, value in data.items()}
    )


def read_jsonl(path: str) -> list[dict[str, Any]]:
    """Load a JSON Lines file of records or gold lines as plain dicts."""
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]
