import json
import re
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from pantau.cli import app
from pantau.store import Store
from pantau.store.export import EXPORTS

runner = CliRunner()


@pytest.fixture
def inputs(tmp_path: Path, article_text: str) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(article_text, encoding="utf-8")
    (folder / "b.json").write_text(
        json.dumps(
            {
                "id": "b",
                "url": "https://www.antaranews.com/berita/1",
                "text": "Harga beras naik di Jakarta pada Senin.",
            }
        ),
        encoding="utf-8",
    )
    (folder / "c.txt").write_bytes(b"")
    return folder


def test_analyze_writes_records_in_input_order_and_reports_skips(tmp_path, inputs):
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["analyze", str(inputs), "-o", str(out), "--workers", "2"])
    assert result.exit_code == 1
    assert "c.txt: empty file" in result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["a", "b"]
    assert records[0]["body"] and records[1]["source"] == "https://www.antaranews.com/berita/1"


def test_run_is_idempotent_and_writes_the_report(tmp_path, inputs):
    db, report = tmp_path / "p.db", tmp_path / "report"
    (inputs / "c.txt").unlink()
    first = runner.invoke(app, ["run", str(inputs), "--db", str(db), "--report", str(report)])
    assert first.exit_code == 0, first.output
    assert "stored 2" in first.output
    again = runner.invoke(app, ["run", str(inputs), "--db", str(db)])
    assert again.exit_code == 0
    with Store(db) as store:
        assert store.count() == 2
    assert (report / "index.html").exists()
    assert len(list((report / "articles").glob("*.html"))) == 2


def test_run_without_inputs_uses_the_demo_corpus(tmp_path):
    db = tmp_path / "demo.db"
    result = runner.invoke(app, ["run", "--db", str(db), "--workers", "1"])
    assert result.exit_code == 0, result.output
    with Store(db) as store:
        assert store.count() == 5


def test_run_refuses_a_file_that_is_not_a_store(tmp_path, inputs):
    db = tmp_path / "not.db"
    db.write_bytes(b"garbage" * 1000)
    result = runner.invoke(app, ["run", str(inputs), "--db", str(db)])
    assert result.exit_code == 2
    assert "not a pantau store" in result.output


@pytest.mark.parametrize("what", list(EXPORTS))
@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_every_kind_and_format(tmp_path, inputs, what, fmt):
    db = tmp_path / "p.db"
    runner.invoke(app, ["run", str(inputs), "--db", str(db)])
    out = tmp_path / f"out.{fmt}"
    result = runner.invoke(
        app, ["export", "--db", str(db), "--what", what, "--format", fmt, "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert out.exists()
    if what in ("articles", "clusters") and fmt == "parquet":
        assert pq.read_table(out).num_rows == 2
    if what == "clusters" and fmt == "jsonl":
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert [set(r) for r in rows] == [{"id", "event", "story", "date"}] * 2


def test_export_validates_its_options(tmp_path):
    missing = runner.invoke(app, ["export", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 2 and "no such store" in missing.output
    bad = runner.invoke(app, ["export", "--db", str(tmp_path / "x.db"), "--what", "nonsense"])
    assert bad.exit_code == 2 and "--what must be one of" in bad.output


def test_eval_prints_every_metric_and_checks_floors(tmp_path):
    gold = tmp_path / "gold.jsonl"
    pred = tmp_path / "pred.jsonl"
    gold.write_text(
        json.dumps({"id": "a", "outlet": "kompas.com", "relays": [{"source": "TASS"}]}) + "\n",
        encoding="utf-8",
    )
    pred.write_text(
        json.dumps({"id": "a", "outlet": "kompas.com", "relays": []}) + "\n", encoding="utf-8"
    )
    floors = tmp_path / "floors.json"
    floors.write_text(
        json.dumps({"metadata.outlet.accuracy": 1.0, "relays.recall": 0.5}), encoding="utf-8"
    )
    result = runner.invoke(
        app, ["eval", "--gold", str(gold), "--pred", str(pred), "--floors", str(floors)]
    )
    assert result.exit_code == 1
    assert "metadata.outlet.accuracy" in result.output and "1.000" in result.output
    assert "relays.recall: 0.000 is below its floor 0.500" in result.output
    assert re.search(r"boilerplate.f1\s+n/a", result.output)


def test_eval_runs_analysis_when_no_predictions(tmp_path, article_text):
    (tmp_path / "a.txt").write_text(article_text, encoding="utf-8")
    gold = tmp_path / "g.jsonl"
    gold.write_text(
        json.dumps(
            {"id": "banjir", "text_file": "a.txt", "language": "id", "story": "s", "event": "e"}
        )
        + "\n",
        encoding="utf-8",
    )
    (tmp_path / "g-timeline.jsonl").write_text(
        json.dumps({"story": "s", "date": "2024-03-05", "event": "e"}) + "\n", encoding="utf-8"
    )
    result = runner.invoke(app, ["eval", "--gold", str(gold), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "clusters.event.bcubed_f1" in result.output
    assert "articles.predicted" in result.output and "timeline.dates.f1" in result.output


def test_messages_show_file_names_with_brackets_as_written(tmp_path):
    odd = tmp_path / "[bold]berita[red].txt"
    odd.write_bytes(b"")
    result = runner.invoke(app, ["analyze", str(odd), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 1
    assert "[bold]berita[red].txt: empty file" in result.output


def test_eval_on_the_demo_gold_prints_every_gold_md_metric():
    gold = Path(__file__).parents[1] / "gold" / "seeds.jsonl"
    result = runner.invoke(app, ["eval", "--gold", str(gold), "--workers", "1"])
    assert result.exit_code == 0, result.output
    families = ["boilerplate.f1", "metadata.outlet.accuracy", "metadata.title.accuracy",
                "metadata.published.accuracy", "metadata.dateline.accuracy", "metadata.authors.accuracy",
                "entities.PER.f1", "entities.ORG.f1", "entities.LOC.f1", "entities.f1",
                "entities.roles.recall", "timexes.recall", "timexes.value_accuracy", "timexes.precision",
                "quotes.direct.recall", "quotes.direct.speaker_accuracy", "quotes.indirect.recall",
                "relays.f1", "clusters.event.bcubed_f1", "clusters.story.bcubed_f1",
                "events.main_date.accuracy", "timeline.dates.f1"]  # fmt: skip
    for metric in families:
        assert metric in result.output, metric


def test_analyze_never_reads_its_own_output_file(tmp_path, inputs):
    out = inputs / "out.jsonl"
    out.write_text(json.dumps({"id": "old", "text": "Rekaman lama."}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(inputs), "-o", str(out), "--workers", "1"])
    assert f"{out}:" not in re.sub(r"\s+", "", result.output)
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert ids == ["a", "b"]
