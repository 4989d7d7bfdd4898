"""One options object, built at the entry point and passed down to every stage.

Nothing is read at import time, and the object pickles, so the same stages run
in a process pool or a Spark partition.
"""

from __future__ import annotations

from dataclasses import dataclass, field

MAX_INPUT_BYTES = 20 * 1024 * 1024
MAX_TEXT_CHARS = 300_000
MAX_HTML_CHARS = 5_000_000
MAX_PARAGRAPH_CHARS = 20_000
MAX_SECONDS = 60.0


@dataclass(frozen=True, slots=True)
class Options:
    """Settings of one analysis run.

    ``boilerplate_lines`` holds lines found repeated across many articles of an
    outlet in the batch (outlet -> lines); the clean stage removes them. The
    ``max_*`` bounds (``pantau.bounds``) turn an input too large to analyze in
    bounded time into a skip with its reason.
    """

    lang: str = "id"
    max_bytes: int = MAX_INPUT_BYTES
    max_text_chars: int = MAX_TEXT_CHARS
    max_html_chars: int = MAX_HTML_CHARS
    max_paragraph_chars: int = MAX_PARAGRAPH_CHARS
    max_seconds: float = MAX_SECONDS
    boilerplate_lines: dict[str, frozenset[str]] = field(default_factory=dict)
