"""Records analyzed elsewhere (``pantau spark``, ``pantau analyze``) into the store.

The records go through the store's own batches (``runner.store_batches``):
the same idempotent ingest and the same incremental corpus stages as
``pantau run``. A ``pantau spark`` folder numbers every input, skipped ones
included, so its records are stored in exactly the batches ``pantau run``
forms from the same inputs, and the store comes out the same. JSON Lines
carry no positions: their records are stored ``BATCH_SIZE`` at a time.
"""

from __future__ import annotations

import heapq
import json
from collections.abc import Callable, Iterable, Iterator
from itertools import groupby, islice
from pathlib import Path

import pyarrow.parquet as pq

from pantau.doc import Skipped
from pantau.errors import InputError
from pantau.pipeline import BATCH_SIZE
from pantau.records import Article
from pantau.runner import RunStats, store_batches
from pantau.store import Store

Item = Article | Skipped


def ingest(
    inputs: Iterable[str | Path],
    store: Store,
    on_article: Callable[[], None] | None = None,
    batch_size: int = BATCH_SIZE,
) -> RunStats:
    """Store the records of ``pantau spark`` folders or JSON Lines files, and update the corpus.

    ``batch_size`` is the one the records were analyzed with (``analyze_on_spark``).
    """
    return store_batches(_batches(inputs, batch_size), store, on_article)


def _batches(inputs: Iterable[str | Path], batch_size: int) -> Iterator[list[Item]]:
    for item in inputs:
        path = Path(item)
        if (path / "records").is_dir():
            yield from spark_batches(path, batch_size)
        elif path.is_file() or path.is_dir():
            records = (entry for file in _jsonl_files(path) for entry in _jsonl_records(file))
            while batch := list(islice(records, batch_size)):
                yield batch
        else:
            raise InputError(str(path), "no such file or folder")


def spark_batches(folder: Path, batch_size: int = BATCH_SIZE) -> Iterator[list[Item]]:
    """The records and skipped inputs of a ``pantau spark`` folder, in the local run's batches."""
    merged = heapq.merge(_parquet_records(folder / "records"), _skipped(folder / "skipped"))
    for _, group in groupby(merged, key=lambda entry: entry[0] // batch_size):
        yield [item for _, item in group]


def _parquet_records(folder: Path) -> Iterator[tuple[int, Item]]:
    """(position, record) from the part files in name order, which is position order."""
    for part in sorted(folder.glob("part-*.parquet")):
        for table in pq.ParquetFile(part).iter_batches(columns=["position", "record"]):
            for position, record in zip(*table.to_pydict().values(), strict=True):
                yield position, _article(record, str(part))


def _skipped(folder: Path) -> Iterator[tuple[int, Item]]:
    for part in sorted(folder.glob("part-*.json")):
        for line in part.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            yield row["position"], Skipped(row["source"], row["reason"])


def _jsonl_files(path: Path) -> list[Path]:
    """A JSON Lines file, or a folder's ``*.jsonl`` and Spark ``part-*`` text files."""
    if path.is_file():
        return [path]
    return sorted(p for p in path.iterdir() if p.suffix == ".jsonl" or p.name.startswith("part-"))


def _jsonl_records(path: Path) -> Iterator[Item]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                yield _article(line, f"{path}:{number}")


def _article(line: str, where: str) -> Article:
    """One record from its JSON line; a broken line is an error naming where it is."""
    try:
        return Article.from_json(line)
    except (ValueError, TypeError) as error:
        raise InputError(where, f"not an article record ({error})") from None
