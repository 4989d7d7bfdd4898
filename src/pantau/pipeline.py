"""The per-article half: RawDoc in, Article record out, one batch at a time.

``analyze`` is a pure function of one input. ``analyze_many`` runs it over a
batch on a process pool, in input order, after one pass of batch statistics
(lines an outlet repeats across its articles). An article whose analysis fails
comes back as ``Skipped`` with the reason, and the batch goes on.
"""

from __future__ import annotations

import gc
import os
import threading
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from itertools import islice

from pantau.bounds import AnalysisTimeout, check_input, time_limit
from pantau.clean.batch import repeated_lines
from pantau.doc import Doc, RawDoc, Skipped
from pantau.errors import InputError
from pantau.options import Options
from pantau.records import Article
from pantau.stages import STAGES, check_order

BATCH_SIZE = 500
PARENT_POLL_SECONDS = 0.5


def analyze(raw: RawDoc, options: Options | None = None) -> Article:
    """The article record of one input."""
    options = options or Options()
    doc = Doc(raw=raw, article=Article(id=raw.id, source=raw.source))
    for stage in STAGES:
        stage.func(doc, options)
    return doc.article


def analyze_or_skip(raw: RawDoc, options: Options) -> Article | Skipped:
    """Failures of one article are recorded, not raised, so a batch never stops."""
    try:
        check_input(raw, options)
        with time_limit(options.max_seconds):
            article = analyze(raw, options)
    except InputError as error:
        return Skipped(raw.source, error.problem)
    except AnalysisTimeout:
        return Skipped(raw.source, f"analysis over the {options.max_seconds:g}-second limit")
    except Exception as error:  # the batch boundary: record, go on
        return Skipped(raw.source, f"analysis failed: {type(error).__name__}: {error}")
    freeze_tables()
    if not any(paragraph.strip() for paragraph in article.body):
        return Skipped(raw.source, "no article text left after cleaning")
    return article


_frozen = False


def freeze_tables() -> None:
    """Once a process has analysed an article, keep what it loaded out of the collector's walks.

    The models and tables load on first use and live as long as the process
    (the NER gazetteer's name prefixes, py3langid's automaton, tldextract's
    suffix sets: some 850,000 references). A full collection walks them all,
    0.1-0.2 s each time, and the tagger's cached parts set one off every few
    dozen articles. ``gc.freeze`` puts every object alive now where no
    collection looks; a cycle that is already garbage then is kept, once per
    process. Records do not change.
    """
    global _frozen
    if not _frozen:
        gc.freeze()
        _frozen = True


def watch_parent(parent: int) -> None:
    """Pool initializer: the worker ends itself once the process that started it is gone.

    A ``kill -9`` of the run gives it no chance to shut its pool down, and
    orphaned workers would go on for minutes.
    """
    threading.Thread(target=_exit_when_orphaned, args=(parent,), daemon=True).start()


def _exit_when_orphaned(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_POLL_SECONDS)
    os._exit(1)


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1)


def batch_options(raws: list[RawDoc], options: Options) -> Options:
    """Options for one batch, carrying the lines its outlets repeat across articles.

    Inputs over a bound are left out: they will be skipped, and reading them
    here would cost what the bound saves.
    """
    usable = [raw for raw in raws if within_bounds(raw, options)]
    return replace(options, boilerplate_lines=repeated_lines(usable, lang=options.lang))


def within_bounds(raw: RawDoc, options: Options) -> bool:
    try:
        check_input(raw, options)
    except InputError:
        return False
    return True


def analyze_many(
    items: Iterable[RawDoc | Skipped],
    options: Options | None = None,
    workers: int | None = None,
    batch_size: int = BATCH_SIZE,
) -> Iterator[list[Article | Skipped]]:
    """Batches of results, in input order; reader skips pass straight through."""
    check_order(STAGES)
    options = options or Options()
    workers = workers or default_workers()
    iterator = iter(items)
    pool = None
    if workers > 1:
        pool = ProcessPoolExecutor(workers, initializer=watch_parent, initargs=(os.getpid(),))
    try:
        while batch := list(islice(iterator, batch_size)):
            yield _run_batch(batch, options, pool, workers)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def _run_batch(
    batch: list[RawDoc | Skipped],
    options: Options,
    pool: ProcessPoolExecutor | None,
    workers: int,
) -> list[Article | Skipped]:
    raws = [item for item in batch if isinstance(item, RawDoc)]
    batch_opts = batch_options(raws, options)
    if pool is None or len(raws) < 2:
        done = iter([analyze_or_skip(raw, batch_opts) for raw in raws])
    else:
        chunk = max(1, len(raws) // (workers * 4))
        done = pool.map(analyze_or_skip, raws, [batch_opts] * len(raws), chunksize=chunk)
    return [item if isinstance(item, Skipped) else next(done) for item in batch]
