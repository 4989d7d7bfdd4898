"""``pantau eval``: score records against gold files in the GOLD.md format.

With no predictions given, the articles of the gold file are run through the
whole main job (analysis, a temporary store, the corpus stages) and the
records, clusters and timeline that come out are scored.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pantau.eval.gold import gold_inputs, load_jsonl, timeline_beside
from pantau.eval.scorer import Metrics, score
from pantau.options import Options
from pantau.runner import run_items
from pantau.store import Store
from pantau.store.export import export_rows

__all__ = ["Evaluation", "check_floors", "evaluate", "predict"]


@dataclass(slots=True)
class Evaluation:
    metrics: Metrics
    skipped: list[str]


def predict(
    gold: list[dict[str, Any]], gold_path: Path, options: Options, workers: int | None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[str]]:
    """Records (with their event and story clusters) and timeline rows for the gold's articles."""
    with (
        tempfile.TemporaryDirectory(prefix="pantau-eval-") as tmp,
        Store(Path(tmp) / "eval.db") as store,
    ):
        stats = run_items(gold_inputs(gold, gold_path, options.max_bytes), store, options, workers)
        clusters = {row["id"]: row for row in export_rows(store, "clusters")}
        records = []
        for article in store.articles():
            record = article.to_dict()
            record["event"] = clusters[article.id]["event"]
            record["story"] = clusters[article.id]["story"]
            _date_by_occurrence(record, clusters[article.id]["date"])
            records.append(record)
        timeline = export_rows(store, "timeline")
    skipped = [str(item) for item in stats.skipped]
    skipped += [f"{dup}: duplicate of {orig}" for dup, orig in stats.duplicates.items()]
    return records, timeline, skipped


def _date_by_occurrence(record: dict[str, Any], date: str | None) -> None:
    """A stored article's main event takes the date its event cluster's reports give
    (``corpus.dating``), as the store's clusters, timeline and pages show it."""
    for event in record["events"]:
        if event.get("main") and date:
            event["date"] = date


def evaluate(
    gold_path: Path,
    pred_path: Path | None = None,
    timeline_path: Path | None = None,
    options: Options | None = None,
    workers: int | None = None,
) -> Evaluation:
    """Every GOLD.md metric of predictions (or of a fresh run) against a gold file."""
    options = options or Options()
    gold = load_jsonl(gold_path)
    gold_timeline_path = timeline_beside(gold_path)
    gold_timeline = load_timeline(gold_timeline_path) if gold_timeline_path else None
    if pred_path is None:
        pred, pred_timeline, skipped = predict(gold, gold_path, options, workers)
    else:
        pred, skipped = load_jsonl(pred_path), []
        pred_timeline = load_timeline(timeline_path) if timeline_path else []
    return Evaluation(score(gold, pred, gold_timeline, pred_timeline), skipped)


def load_timeline(path: Path) -> list[dict[str, Any]]:
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def check_floors(metrics: Metrics, floors: dict[str, Any]) -> list[str]:
    """The metrics below their floor, above their ceiling (the ``ceilings`` key) or not scored."""
    limits = [(name, value, False) for name, value in floors.items() if name != "ceilings"]
    limits += [(name, value, True) for name, value in floors.get("ceilings", {}).items()]
    return [
        line for name, limit, ceiling in limits if (line := _failure(metrics, name, limit, ceiling))
    ]


def _failure(metrics: Metrics, name: str, limit: float, ceiling: bool) -> str | None:
    value = metrics.get(name)
    if name not in metrics:
        return f"{name}: missing (floor {limit:.3f})"
    if value is None:
        return f"{name}: n/a, no gold line annotates it (floor {limit:.3f})"
    if ceiling and value > limit + 1e-9:
        return f"{name}: {value:.3f} is above its ceiling {limit:.3f}"
    if not ceiling and value + 1e-9 < limit:
        return f"{name}: {value:.3f} is below its floor {limit:.3f}"
    return None
