"""Per-article bounds: size before any stage, paragraph length after cleaning, time.

Some stages compare every sentence with every mention, so their cost grows
faster than the text; news articles are far below these bounds, and an input
above one is skipped with the bound it broke rather than holding the batch.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from pantau.doc import Doc, RawDoc
from pantau.errors import InputError
from pantau.options import Options


class AnalysisTimeout(Exception):
    """An article's analysis ran past ``Options.max_seconds``."""


def check_input(raw: RawDoc, options: Options) -> None:
    """Raise InputError for a text, HTML page or text paragraph over its bound."""
    if raw.text is not None:
        _check(raw.source, "text", len(raw.text), options.max_text_chars)
        longest = max(map(len, raw.text.splitlines()), default=0)
        _check(raw.source, "a paragraph", longest, options.max_paragraph_chars)
    if raw.html is not None:
        _check(raw.source, "HTML", len(raw.html), options.max_html_chars)


def check_paragraphs(doc: Doc, options: Options) -> None:
    """The bounds stage: after cleaning, no body paragraph over the paragraph bound."""
    longest = max(map(len, doc.article.body), default=0)
    _check(doc.raw.source, "a paragraph", longest, options.max_paragraph_chars)


def _check(source: str, what: str, size: int, limit: int) -> None:
    if size > limit:
        raise InputError(source, f"{what} of {size:,} characters is over the {limit:,} limit")


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise AnalysisTimeout in the block after ``seconds`` (main thread only, Unix).

    A pool worker runs its tasks on its main thread; elsewhere (a web server's
    thread) the block runs unbounded, as signals only reach the main thread.
    """
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _raise_timeout)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _raise_timeout(signum: int, frame: object) -> None:
    raise AnalysisTimeout
