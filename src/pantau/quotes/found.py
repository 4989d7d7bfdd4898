"""A quote as found in the text, before its speaker reference is resolved."""

from __future__ import annotations

from dataclasses import dataclass

from pantau.quotes.phrases import SpeakerRef
from pantau.records import Span


@dataclass(frozen=True, slots=True)
class Found:
    """Quoted words, where they are (for reading order), their cue and speaker reference,
    and the spans of the words and of the cue.

    ``inherit`` marks a direct quote with no cue of its own that continues the
    quote just before it, and so takes that quote's speaker.
    """

    para: int
    pos: int
    text: str
    kind: str
    cue: str | None
    ref: SpeakerRef | None
    inherit: bool = False
    spans: tuple[Span, ...] = ()
    cue_span: Span | None = None
