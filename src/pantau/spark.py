"""Scale-out: the per-article half as a Spark job, with records identical to a local run.

``analyze_on_spark`` reads the same inputs as ``pantau analyze`` (local paths,
or any Hadoop path the Spark installation reads: ``s3a://``, ``hdfs://``),
numbers every input in the order the local reader yields it, and so rebuilds
the local run's batches of ``BATCH_SIZE``. The batch statistics are a Spark
aggregation per (batch, outlet), broadcast before the per-article stages run
in ``mapPartitions``. Each record is the same as ``pantau analyze`` gives.

Output folder: ``records/`` (Parquet: ``position``, the scalar fields as
columns for querying, and ``record``, the record's JSON line, which keeps every
field losslessly), ``skipped/`` (JSON Lines: position, source, reason) and, on
request, ``records-jsonl/`` (the JSON lines alone, as ``pantau analyze`` writes
them). ``position`` orders the inputs, so ``pantau ingest`` stores the same
batches as ``pantau run``.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from pantau.clean.batch import outlet_and_lines, outlet_repeated_lines
from pantau.doc import RawDoc, Skipped
from pantau.errors import InputError
from pantau.options import Options
from pantau.pipeline import BATCH_SIZE, analyze_or_skip, within_bounds
from pantau.read.files import (
    check_size,
    expand_inputs,
    items_or_skip,
    parse_bytes,
    parser_for,
    supported,
)
from pantau.records import Article
from pantau.stages import STAGES, check_order

if TYPE_CHECKING:
    from pyspark import RDD
    from pyspark.sql import SparkSession

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
RECORD_COLUMNS = ("id", "source", "outlet", "language", "title", "published", "dateline")


@dataclass(frozen=True, slots=True)
class InputFile:
    """One file to read: ``key`` as Spark names it, ``source`` as the local reader does."""

    key: str
    source: str
    name: str


@dataclass(slots=True)
class SparkResult:
    """What one job wrote: counts of records and the skipped inputs with reasons."""

    out: str
    records: int = 0
    skipped: list[Skipped] = field(default_factory=list)


def is_hadoop_path(item: str) -> bool:
    """True for a URI with a scheme (``s3a://``, ``hdfs://``, ``file://``) Spark resolves."""
    return bool(_SCHEME.match(item))


def spark_session(master: str | None = None, app_name: str = "pantau") -> SparkSession:
    """A session on ``master`` (default: what spark-submit set, else ``local[*]``)."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise InputError("pyspark", "not installed: pip install 'pantau[spark]'") from None
    builder = SparkSession.builder.appName(app_name).config("spark.ui.showConsoleProgress", "false")
    if master is not None:
        builder = builder.master(master)
    if master is None or master.startswith("local"):
        # in local mode the workers are this machine's: run them on this interpreter,
        # which has pantau; a cluster's executors name their own (PYSPARK_PYTHON)
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    return builder.getOrCreate()


def analyze_on_spark(
    inputs: Iterable[str],
    out: str | Path,
    master: str | None = None,
    jsonl: bool = False,
    options: Options | None = None,
    spark: SparkSession | None = None,
) -> SparkResult:
    """Analyze files, folders, globs or Hadoop paths on Spark; write the records to ``out``.

    ``out`` is a local folder or a Hadoop path; ``jsonl`` adds ``records-jsonl/``.
    """
    check_order(STAGES)
    options = options or Options()
    spark = spark or spark_session(master)
    listed = list_inputs(spark, inputs, options.max_bytes)
    positioned = _positioned(spark, listed, options.max_bytes)
    stats = spark.sparkContext.broadcast(batch_statistics(positioned, options))
    results = positioned.mapPartitions(lambda part: _analyze_partition(part, options, stats.value))
    results.persist()
    try:
        return _write(spark, results, str(out), jsonl)
    finally:
        results.unpersist()
        positioned.unpersist()
        stats.destroy()


def list_inputs(spark: SparkSession, inputs: Iterable[str], max_bytes: int) -> list[Any]:
    """Every file to read, or a Skipped, in the order the local reader yields them."""
    listed: list[InputFile | Skipped] = []
    for item in inputs:
        if is_hadoop_path(item):
            listed.extend(_hadoop_files(spark, item, max_bytes))
        else:
            listed.extend(_local_file(spark, entry, max_bytes) for entry in expand_inputs([item]))
    return listed


def _local_file(spark: SparkSession, entry: Path | Skipped, max_bytes: int) -> InputFile | Skipped:
    """A local file checked as ``read_file`` checks it, named as Spark will name it."""
    if isinstance(entry, Skipped):
        return entry
    source = str(entry)
    try:
        parser_for(entry, source)
        check_size(entry.stat().st_size, source, max_bytes)
    except InputError as error:
        return Skipped(error.source, error.problem)
    except OSError as error:
        return Skipped(source, f"unreadable ({error.strerror or error})")
    jvm = spark.sparkContext._jvm
    key = jvm.org.apache.hadoop.fs.Path(f"file://{entry.resolve()}").toString()
    return InputFile(key=key, source=source, name=source)


def _hadoop_files(spark: SparkSession, item: str, max_bytes: int) -> list[InputFile | Skipped]:
    """Files a Hadoop path, folder or glob names: folders recursively, each sorted."""
    context = spark.sparkContext
    jvm = context._jvm
    path = jvm.org.apache.hadoop.fs.Path(item)
    fs = path.getFileSystem(context._jsc.hadoopConfiguration())
    statuses = fs.globStatus(path) or []
    if not statuses:
        glob = any(char in item for char in "*?[{")
        return [Skipped(item, "no file matches this pattern" if glob else "no such file or folder")]
    found: list[InputFile | Skipped] = []
    for status in sorted(statuses, key=lambda s: s.getPath().toString()):
        if status.isDirectory():
            found.extend(_hadoop_folder(fs, status.getPath(), max_bytes))
        else:
            found.append(_hadoop_file(status, max_bytes, named=True))
    return [entry for entry in found if entry is not None]


def _hadoop_folder(fs: Any, folder: Any, max_bytes: int) -> list[InputFile | Skipped]:
    files = fs.listFiles(folder, True)
    statuses = []
    while files.hasNext():
        statuses.append(files.next())
    statuses.sort(key=lambda s: s.getPath().toString())
    return [_hadoop_file(s, max_bytes, named=False) for s in statuses]


def _hadoop_file(status: Any, max_bytes: int, named: bool) -> InputFile | Skipped | None:
    """A listed Hadoop file; in a folder, unsupported and hidden files are passed over."""
    key = status.getPath().toString()
    name = PurePosixPath(unquote(status.getPath().toUri().getPath()))
    if not named and not supported(name):
        return None
    try:
        parser_for(name, key)
        check_size(status.getLen(), key, max_bytes)
    except InputError as error:
        return Skipped(error.source, error.problem)
    return InputFile(key=key, source=key, name=str(name))


def _positioned(spark: SparkSession, listed: list[Any], max_bytes: int) -> RDD:
    """(position, RawDoc or Skipped) for every input, numbered as the local reader yields them.

    Files are parsed once and cached; their item counts, collected to the
    driver, give each file its first position, so no input is shuffled.
    """
    context = spark.sparkContext
    files = {
        unquote(entry.key): (index, entry)
        for index, entry in enumerate(listed)
        if isinstance(entry, InputFile)
    }
    if files:
        frame = spark.read.format("binaryFile").load([entry.key for _, entry in files.values()])
        by_key = context.broadcast(files)
        parsed = frame.select("path", "content").rdd.mapPartitions(
            lambda rows: _parse_partition(rows, by_key.value, max_bytes)
        )
    else:
        parsed = context.emptyRDD()
    parsed.persist()
    counts = parsed.map(lambda item: item[0]).countByValue()
    offsets, position = {}, 0
    driver_skips = []
    for index, entry in enumerate(listed):
        offsets[index] = position
        if isinstance(entry, Skipped):
            driver_skips.append((position, entry))
            position += 1
        else:
            position += counts.get(index, 0)
    start = context.broadcast(offsets)
    numbered = parsed.map(lambda item: (start.value[item[0]] + item[1], item[2]))
    if driver_skips:
        numbered = numbered.union(context.parallelize(driver_skips, 1))
    numbered.persist()
    numbered.count()
    parsed.unpersist()
    return numbered


def _parse_partition(
    rows: Iterable[Any], files: dict[str, tuple[int, InputFile]], max_bytes: int
) -> Iterator[tuple[int, int, RawDoc | Skipped]]:
    """(file index, item number in the file, item) for the files of one partition."""
    for row in rows:
        index, entry = files[unquote(row.path)]
        items = parse_bytes(bytes(row.content), PurePosixPath(entry.name), entry.source, max_bytes)
        for number, item in enumerate(items_or_skip(items, entry.source)):
            yield index, number, item


def batch_statistics(positioned: RDD, options: Options) -> dict[int, dict[str, frozenset[str]]]:
    """Batch -> outlet -> repeated lines, as ``batch_options`` finds them for a local batch.

    An aggregation per (batch, outlet): each outlet's inputs of a batch meet in
    one group and are counted in input order, as the local run counts them.
    """
    lang = options.lang

    def outlet_texts(item: tuple[int, RawDoc | Skipped]) -> list[tuple[Any, Any]]:
        position, raw = item
        if not isinstance(raw, RawDoc) or not within_bounds(raw, options):
            return []
        found = outlet_and_lines(raw, lang)
        return [] if found is None else [((position // BATCH_SIZE, found[0]), (position, found[1]))]

    groups = positioned.flatMap(outlet_texts).groupByKey()
    lines = groups.map(
        lambda group: (
            group[0],
            outlet_repeated_lines(group[0][1], [text for _, text in sorted(group[1])]),
        )
    ).collect()
    stats: dict[int, dict[str, frozenset[str]]] = {}
    for (batch, outlet), repeated in lines:
        stats.setdefault(batch, {})[outlet] = repeated
    return stats


def _analyze_partition(
    items: Iterable[tuple[int, RawDoc | Skipped]],
    options: Options,
    stats: dict[int, dict[str, frozenset[str]]],
) -> Iterator[tuple[int, Article | Skipped]]:
    """The per-article stages over one partition; models load once per Python worker."""
    for position, item in items:
        if isinstance(item, Skipped):
            yield position, item
            continue
        batch = replace(options, boilerplate_lines=stats.get(position // BATCH_SIZE, {}))
        yield position, analyze_or_skip(item, batch)


def _write(spark: SparkSession, results: RDD, out: str, jsonl: bool) -> SparkResult:
    """Records as Parquet (and JSON Lines), skipped inputs as JSON Lines, in input order."""
    from pyspark.sql.types import LongType, StringType, StructField, StructType

    record_schema = StructType(
        [StructField("position", LongType(), False)]
        + [StructField(name, StringType(), name not in ("id", "source")) for name in RECORD_COLUMNS]
        + [StructField("record", StringType(), False)]
    )
    records = spark.createDataFrame(
        results.filter(lambda item: isinstance(item[1], Article)).map(_record_row), record_schema
    ).orderBy("position")
    skipped_schema = StructType(
        [
            StructField("position", LongType(), False),
            StructField("source", StringType(), False),
            StructField("reason", StringType(), False),
        ]
    )
    skipped_rows = results.filter(lambda item: isinstance(item[1], Skipped)).map(
        lambda item: (item[0], item[1].source, item[1].reason)
    )
    skipped = spark.createDataFrame(skipped_rows, skipped_schema).orderBy("position")
    records.write.mode("overwrite").parquet(f"{out}/records")
    if jsonl:
        records.select("record").write.mode("overwrite").text(f"{out}/records-jsonl")
    skipped.coalesce(1).write.mode("overwrite").json(f"{out}/skipped")
    result = SparkResult(out=out, records=records.count())
    result.skipped = [Skipped(row.source, row.reason) for row in skipped.collect()]
    return result


def _record_row(item: tuple[int, Article]) -> tuple[Any, ...]:
    position, article = item
    return (position, *(getattr(article, name) for name in RECORD_COLUMNS), article.to_json())
