"""One options object, built at the entry point and passed down to every stage.

Nothing is read at import time, and the object pickles, so the same stages run
in a process pool or a Spark partition.
"""

from __future__ import annotations

from dataclasses import dataclass, field

MAX_INPUT_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Options:
    """Settings of one analysis run.

    ``boilerplate_lines`` holds lines found repeated across many articles of an
    outlet in the batch (outlet -> lines); the clean stage removes them.
    """

    lang: str = "id"
    max_bytes: int = MAX_INPUT_BYTES
    boilerplate_lines: dict[str, frozenset[str]] = field(default_factory=dict)
