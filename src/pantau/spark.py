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

import math
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
    read_file,
    supported,
)
from pantau.records import Article
from pantau.stages import STAGES, check_order

if TYPE_CHECKING:
    from pyspark import RDD
    from pyspark.sql import SparkSession

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
FILES_PER_SLICE = 250
RECORD_COLUMNS = ("id", "source", "outlet", "language", "title", "published", "dateline")


@dataclass(frozen=True, slots=True)
class InputFile:
    """One file to read: a local path the executors open, or a Hadoop path Spark reads.

    ``source`` names it in records and skips, as the local reader does; a
    Hadoop file's ``name`` is the path part, for its format and fallback id.
    """

    source: str
    hadoop: bool = False
    name: str = ""


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
    batch_size: int = BATCH_SIZE,
) -> SparkResult:
    """Analyze files, folders, globs or Hadoop paths on Spark; write the records to ``out``.

    ``out`` is a local folder or a Hadoop path; ``jsonl`` adds ``records-jsonl/``.
    ``batch_size`` is the local run's (``analyze_many``), whose batches it rebuilds.
    """
    check_order(STAGES)
    options = options or Options()
    spark = spark or spark_session(master)
    listed = list_inputs(spark, inputs, options.max_bytes)
    positioned = _positioned(spark, listed, options.max_bytes)
    stats = spark.sparkContext.broadcast(batch_statistics(positioned, options, batch_size))
    rows = positioned.mapPartitions(
        lambda part: _analyze_partition(part, options, stats.value, batch_size)
    )
    rows.persist()  # the range sort reads its input twice (sample, shuffle): analyze once
    # a range sort into as many partitions as the analysis had, not 200 tiny files
    results = spark.createDataFrame(rows, _result_schema())
    results = results.repartitionByRange(positioned.getNumPartitions(), "position")
    results = results.sortWithinPartitions("position").persist()
    try:
        return _write(results, str(out), jsonl)
    finally:
        results.unpersist()
        rows.unpersist()
        positioned.unpersist()
        stats.destroy()


def list_inputs(spark: SparkSession, inputs: Iterable[str], max_bytes: int) -> list[Any]:
    """Every file to read, or a Skipped, in the order the local reader yields them."""
    listed: list[InputFile | Skipped] = []
    for item in inputs:
        if is_hadoop_path(item):
            listed.extend(_hadoop_files(spark, item, max_bytes))
        else:
            listed.extend(
                entry if isinstance(entry, Skipped) else InputFile(str(entry))
                for entry in expand_inputs([item])
            )
    return listed


def _hadoop_files(spark: SparkSession, item: str, max_bytes: int) -> list[InputFile | Skipped]:
    """Files a Hadoop path, folder or glob names: folders recursively, each sorted."""
    context = spark.sparkContext
    jvm = context._jvm
    path = jvm.org.apache.hadoop.fs.Path(item)
    fs = path.getFileSystem(context._jsc.hadoopConfiguration())
    glob = any(char in item for char in "*?[{")
    statuses = sorted(fs.globStatus(path) or [], key=lambda s: s.getPath().toString())
    if glob:  # as a local glob: the files it matches, folders left out
        files = [_hadoop_file(s, max_bytes, named=True) for s in statuses if not s.isDirectory()]
        return files or [Skipped(item, "no file matches this pattern")]
    if not statuses:
        return [Skipped(item, "no such file or folder")]
    if statuses[0].isDirectory():
        return _hadoop_folder(fs, statuses[0].getPath(), max_bytes)
    return [_hadoop_file(statuses[0], max_bytes, named=True)]


def _hadoop_folder(fs: Any, folder: Any, max_bytes: int) -> list[InputFile | Skipped]:
    files = fs.listFiles(folder, True)
    statuses = []
    while files.hasNext():
        statuses.append(files.next())
    statuses.sort(key=lambda s: s.getPath().toString())
    found = [_hadoop_file(s, max_bytes, named=False) for s in statuses]
    return [entry for entry in found if entry is not None]


def _hadoop_file(status: Any, max_bytes: int, named: bool) -> Any:
    """An InputFile or a Skipped; None for an unsupported or hidden file of a folder."""
    key = status.getPath().toString()
    name = PurePosixPath(unquote(status.getPath().toUri().getPath()))
    if not named and not supported(name):
        return None
    try:
        parser_for(name, key)
        check_size(status.getLen(), key, max_bytes)
    except InputError as error:
        return Skipped(error.source, error.problem)
    return InputFile(source=key, hadoop=True, name=str(name))


def _positioned(spark: SparkSession, listed: list[Any], max_bytes: int) -> RDD:
    """(position, RawDoc or Skipped) for every input, numbered as the local reader yields them.

    Files are parsed once and cached; their item counts, collected to the
    driver, give each file its first position, so no input is shuffled.
    """
    context = spark.sparkContext
    parsed = _parsed(spark, listed, max_bytes)
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


def _parsed(spark: SparkSession, listed: list[Any], max_bytes: int) -> RDD:
    """(file index, item number in the file, item) for every listed file.

    Local files are read by the executors' Python with the local reader itself;
    Hadoop files through Spark's ``binaryFile`` source, then the same parsers.
    """
    context = spark.sparkContext
    local = [
        (i, e.source) for i, e in enumerate(listed) if isinstance(e, InputFile) and not e.hadoop
    ]
    remote = {
        unquote(e.source): (i, e)
        for i, e in enumerate(listed)
        if isinstance(e, InputFile) and e.hadoop
    }
    parts = []
    if local:
        slices = max(context.defaultParallelism, math.ceil(len(local) / FILES_PER_SLICE))
        parts.append(
            context.parallelize(local, min(slices, len(local))).flatMap(
                lambda file: _read_local(file, max_bytes)
            )
        )
    if remote:
        frame = spark.read.format("binaryFile").load([entry.source for _, entry in remote.values()])
        by_key = context.broadcast(remote)
        parts.append(
            frame.select("path", "content").rdd.flatMap(
                lambda row: _read_hadoop(row, by_key.value, max_bytes)
            )
        )
    return context.union(parts) if parts else context.emptyRDD()


def _read_local(file: tuple[int, str], max_bytes: int) -> Iterator[tuple[int, int, Any]]:
    index, source = file
    items = items_or_skip(read_file(Path(source), max_bytes), source)
    for number, item in enumerate(items):
        yield index, number, item


def _read_hadoop(
    row: Any, files: dict[str, tuple[int, InputFile]], max_bytes: int
) -> Iterator[tuple[int, int, Any]]:
    index, entry = files[unquote(row.path)]
    items = parse_bytes(bytes(row.content), PurePosixPath(entry.name), entry.source, max_bytes)
    for number, item in enumerate(items_or_skip(items, entry.source)):
        yield index, number, item


def batch_statistics(
    positioned: RDD, options: Options, batch_size: int = BATCH_SIZE
) -> dict[int, dict[str, frozenset[str]]]:
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
        return [] if found is None else [((position // batch_size, found[0]), (position, found[1]))]

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
    batch_size: int,
) -> Iterator[tuple[Any, ...]]:
    """Result rows of one partition's inputs; models load once per Python worker."""
    for position, item in items:
        if isinstance(item, RawDoc):
            batch = replace(options, boilerplate_lines=stats.get(position // batch_size, {}))
            item = analyze_or_skip(item, batch)
        if isinstance(item, Article):
            columns = [getattr(item, name) for name in RECORD_COLUMNS]
            yield (position, *columns, item.to_json(), None)
        else:
            columns = [item.source if name == "source" else None for name in RECORD_COLUMNS]
            yield (position, *columns, None, item.reason)


def _result_schema() -> Any:
    """One row per input: a record's columns and JSON line, or a skipped input's reason."""
    from pyspark.sql.types import LongType, StringType, StructField, StructType

    return StructType(
        [StructField("position", LongType(), False)]
        + [StructField(name, StringType(), name != "source") for name in RECORD_COLUMNS]
        + [StructField("record", StringType()), StructField("reason", StringType())]
    )


def _write(results: Any, out: str, jsonl: bool) -> SparkResult:
    """Records as Parquet (and JSON Lines), skipped inputs as JSON Lines, in input order."""
    records = results.where("record IS NOT NULL").drop("reason")
    records.write.mode("overwrite").parquet(f"{out}/records")
    if jsonl:
        records.select("record").write.mode("overwrite").text(f"{out}/records-jsonl")
    skipped = results.where("reason IS NOT NULL").select("position", "source", "reason")
    skipped.coalesce(1).write.mode("overwrite").json(f"{out}/skipped")
    skips = [Skipped(row.source, row.reason) for row in skipped.collect()]
    return SparkResult(out, records.count(), skips)
