"""The per-article stages, in order, with the record fields each needs and fills.

The order is checked once at start (``check_order``), as spaCy checks its
factories' ``requires``/``assigns``: a stage may only read what an earlier
stage filled. Later capabilities plug in by adding a line to ``STAGES``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pantau.bounds import check_paragraphs
from pantau.clean.stage import clean
from pantau.doc import Doc
from pantau.events import events_stage
from pantau.nlp.entities import entities_stage
from pantau.options import Options
from pantau.quotes.stage import quotes_stage
from pantau.time.stage import numbers, timexes

StageFunc = Callable[[Doc, Options], None]


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    func: StageFunc
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


STAGES: list[Stage] = [
    Stage(
        "clean",
        clean,
        ("raw",),
        ("body", "removed", "title", "dateline", "authors", "outlet", "published", "language"),
    ),
    Stage("bounds", check_paragraphs, ("body",), ()),
    Stage("entities", entities_stage, ("body",), ("entities",)),
    Stage("timexes", timexes, ("body", "published"), ("timexes",)),
    Stage("numbers", numbers, ("body",), ("numbers",)),
    Stage("quotes", quotes_stage, ("body", "entities"), ("quotes", "relays")),
    Stage("events", events_stage, ("body", "entities", "timexes"), ("events",)),
]


def check_order(stages: list[Stage]) -> None:
    """Raise when a stage requires a field that no earlier stage assigns."""
    filled = {"raw"}
    for stage in stages:
        missing = [name for name in stage.requires if name not in filled]
        if missing:
            raise ValueError(f"stage {stage.name!r} requires {missing} before it runs")
        filled.update(stage.assigns)
