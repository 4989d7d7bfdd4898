"""Short extractive summaries that cite their sources and do not repeat themselves.

Sentences come from several outlets: each outlet's best sentence first (the
main-event sentence before a recalled mention), then the rest; a sentence that
mostly repeats one already taken is dropped. Every sentence keeps the id of the
article it came from, and the summary text marks it with ``[n]``, the sentence's
article's place in the cited list, and its span in that article's body (null
for a headline, which is no body sentence).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pantau.records import Span

_TOKEN = re.compile(r"\w+", re.UNICODE)
MAX_SENTENCES = 3
NEAR_DUPLICATE = 0.5
IDEAL_LENGTH = 160


@dataclass(frozen=True, slots=True)
class Candidate:
    """A sentence that may go into a summary, and where it came from."""

    text: str
    article: str
    outlet: str | None
    main: bool
    span: Span | None = None


@dataclass(slots=True)
class Summary:
    text: str
    sentences: list[dict[str, Any]]
    articles: list[str]


def near_duplicate(a: str, b: str) -> bool:
    """Whether two sentences share most of their words (overlap over the smaller set)."""
    ta, tb = set(_TOKEN.findall(a.lower())), set(_TOKEN.findall(b.lower()))
    if not ta or not tb:
        return False
    return len(ta & tb) / min(len(ta), len(tb)) >= NEAR_DUPLICATE


def summarize(candidates: list[Candidate], limit: int = MAX_SENTENCES) -> Summary:
    """Up to ``limit`` sentences, one per outlet first, no near-duplicates, each cited."""
    ordered = sorted(candidates, key=lambda c: (not c.main, abs(len(c.text) - IDEAL_LENGTH)))
    chosen: list[Candidate] = []
    outlets: set[str | None] = set()
    for pass_outlets in (True, False):
        for candidate in ordered:
            if len(chosen) >= limit or candidate in chosen:
                continue
            if pass_outlets and candidate.outlet in outlets:
                continue
            if any(near_duplicate(candidate.text, c.text) for c in chosen):
                continue
            chosen.append(candidate)
            outlets.add(candidate.outlet)
    articles = list(dict.fromkeys(c.article for c in chosen))
    text = " ".join(f"{c.text.strip()} [{articles.index(c.article) + 1}]" for c in chosen)
    sentences = [
        {"text": c.text.strip(), "article": c.article, "span": c.span.as_json() if c.span else None}
        for c in chosen
    ]
    return Summary(text, sentences, articles)
