"""pantau spark on local[2]: the same records as the local run, and the same store after ingest."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pantau.cli import app, demo_corpus
from pantau.doc import Skipped
from pantau.ingest import ingest
from pantau.pipeline import analyze_many
from pantau.read import read_inputs
from pantau.records import Article
from pantau.runner import store_batches
from pantau.store import Store

pytest.importorskip("pyspark", reason="pyspark is not installed: pip install 'pantau[spark]'")

from pantau.spark import analyze_on_spark, spark_session

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from realshape import write_corpus
from store_content import store_tables

SMALL_BATCH = 7


@pytest.fixture(scope="module")
def spark():
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    session = spark_session("local[2]", app_name="pantau-tests")
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def mixed_corpus(tmp_path_factory) -> Path:
    """Real-shaped articles of a few outlets across several small batches, and bad inputs."""
    folder = tmp_path_factory.mktemp("mixed")
    write_corpus(folder / "a", 30, seed=3)
    (folder / "a" / "empty.txt").write_text("  \n", encoding="utf-8")
    (folder / "a" / "broken.json").write_text("{not json", encoding="utf-8")
    lines = [json.dumps({"id": "l1", "text": "Satu baris berita.\nBaris kedua."}), "{bad", ""]
    (folder / "a" / "lines.jsonl").write_text("\n".join(lines), encoding="utf-8")
    return folder


def _local(inputs: list[str], batch_size: int) -> list[Article | Skipped]:
    items = read_inputs(inputs, max_bytes=20 * 1024 * 1024)
    return [
        item for batch in analyze_many(items, workers=1, batch_size=batch_size) for item in batch
    ]


def _spark_records(out: Path) -> list[dict]:
    lines = "".join(p.read_text(encoding="utf-8") for p in sorted(out.glob("records-jsonl/part-*")))
    return [json.loads(line) for line in lines.splitlines()]


def _assert_same_records(local: list[Article | Skipped], out: Path) -> None:
    expected = [item.to_dict() for item in local if isinstance(item, Article)]
    got = _spark_records(out)
    assert len(got) == len(expected)
    for mine, theirs in zip(got, expected, strict=True):
        for name in theirs:
            assert mine[name] == theirs[name], (theirs["id"], name)
        assert mine.keys() == theirs.keys()


def test_demo_records_are_identical_to_analyze(spark, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = analyze_on_spark([str(demo_corpus())], out, jsonl=True, spark=spark)
    local = _local([str(demo_corpus())], batch_size=500)
    _assert_same_records(local, out)
    assert result.records == 5 and result.skipped == []
    assert len(list((out / "records").glob("part-*.parquet"))) >= 1


def test_batches_and_skips_match_the_local_run(spark, mixed_corpus: Path, tmp_path: Path) -> None:
    inputs = [str(mixed_corpus / "a"), str(mixed_corpus / "missing.json")]
    out = tmp_path / "out"
    result = analyze_on_spark(inputs, out, jsonl=True, spark=spark, batch_size=SMALL_BATCH)
    local = _local(inputs, batch_size=SMALL_BATCH)
    _assert_same_records(local, out)
    assert result.skipped == [item for item in local if isinstance(item, Skipped)]
    assert {s.reason for s in result.skipped} >= {"no such file or folder", "empty file"}
    removed = [r["reason"] for record in _spark_records(out) for r in record["removed"]]
    assert "duplicate" in removed  # the batch statistics were at work


def test_ingest_builds_the_store_run_builds(spark, mixed_corpus: Path, tmp_path: Path) -> None:
    inputs = [str(mixed_corpus / "a")]
    out = tmp_path / "out"
    analyze_on_spark(inputs, out, spark=spark, batch_size=SMALL_BATCH)
    with Store(tmp_path / "ingest.db") as store:
        stats = ingest([out], store, batch_size=SMALL_BATCH)
    with Store(tmp_path / "run.db") as store:
        items = read_inputs(inputs, max_bytes=20 * 1024 * 1024)
        expected = store_batches(analyze_many(items, workers=1, batch_size=SMALL_BATCH), store)
    assert (stats.read, stats.stored, stats.skipped) == (
        expected.read,
        expected.stored,
        expected.skipped,
    )
    assert store_tables(tmp_path / "ingest.db") == store_tables(tmp_path / "run.db")


def test_hadoop_paths_read_like_local_ones(spark, mixed_corpus: Path, tmp_path: Path) -> None:
    folder = mixed_corpus / "a"
    out = tmp_path / "out"
    uris = [f"file://{folder}/rs-*.json", f"file://{folder}/nothing-*.json"]
    result = analyze_on_spark(uris, out, jsonl=True, spark=spark)
    local = _local([str(folder / "rs-*.json")], batch_size=500)
    _assert_same_records(local, out)  # these inputs carry URLs, so the sources agree
    assert [s.reason for s in result.skipped] == ["no file matches this pattern"]


def test_cli_spark_then_ingest_matches_run(spark, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "out"
    done = runner.invoke(app, ["spark", str(demo_corpus()), "--out", str(out), "--jsonl"])
    assert done.exit_code == 0, done.output
    assert "records: 5 written" in done.output
    done = runner.invoke(app, ["ingest", str(out), "--db", str(tmp_path / "ingest.db")])
    assert done.exit_code == 0, done.output
    done = runner.invoke(app, ["run", "--db", str(tmp_path / "run.db"), "-w", "1"])
    assert done.exit_code == 0, done.output
    assert store_tables(tmp_path / "ingest.db") == store_tables(tmp_path / "run.db")
    jsonl = runner.invoke(
        app, ["ingest", str(out / "records-jsonl"), "--db", str(tmp_path / "j.db")]
    )
    assert jsonl.exit_code == 0, jsonl.output
    assert store_tables(tmp_path / "j.db") == store_tables(tmp_path / "run.db")


def test_ingest_names_a_broken_record_line(tmp_path: Path) -> None:
    bad = tmp_path / "records.jsonl"
    bad.write_text('{"id": "a", "source": "a.txt"}\n{"id": 1, "entities": [1]}\n', encoding="utf-8")
    done = CliRunner().invoke(app, ["ingest", str(bad), "--db", str(tmp_path / "s.db")])
    assert done.exit_code == 2
    assert f"{bad}:2: not an article record" in done.output
