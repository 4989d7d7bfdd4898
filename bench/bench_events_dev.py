"""Event and story clusters on the hand-written dev set beside TF-IDF + agglomerative.

The articles of ``gold/dev-events`` (look-alike events: the same leaders
calling twice, two rate decisions, two quakes in one province, a team's two
matches, same-day occurrences in other places) go through pantau's whole job;
the peer is scikit-learn TF-IDF over the raw text with average-linkage
agglomerative clustering, its distance threshold tuned on the answers for each
level. Quality is B-cubed F1 against the gold ``event`` and ``story`` ids.

Run: .venv/bin/python bench/bench_events_dev.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from pantau.eval import evaluate
from pantau.eval.gold import load_jsonl
from pantau.eval.metrics import bcubed

GOLD = Path(__file__).resolve().parent.parent / "gold" / "dev-events" / "gold.jsonl"
THRESHOLDS = [round(0.05 * step, 2) for step in range(2, 20)]


def peer(gold: list[dict]) -> dict[str, float] | None:
    """Best B-cubed F1 per level over the thresholds (an upper bound for the peer)."""
    try:
        from sklearn.cluster import AgglomerativeClustering
        from sklearn.feature_extraction.text import TfidfVectorizer
    except ImportError:
        return None
    texts = [(GOLD.parent / g["text_file"]).read_text(encoding="utf-8") for g in gold]
    matrix = TfidfVectorizer(sublinear_tf=True).fit_transform(texts).toarray()
    best = {}
    for level in ("event", "story"):
        truth = {g["id"]: g[level] for g in gold}
        scores = []
        for threshold in THRESHOLDS:
            labels = AgglomerativeClustering(
                n_clusters=None, metric="cosine", linkage="average", distance_threshold=threshold
            ).fit_predict(matrix)
            pred = {g["id"]: int(label) for g, label in zip(gold, labels, strict=True)}
            scores.append(bcubed(truth, pred)[2])
        best[level] = max(scores)
    return best


def main() -> None:
    print("### Event and story clusters on gold/dev-events\n")
    if not GOLD.exists():
        print("gold/dev-events/gold.jsonl is missing; skipped.\n")
        return
    gold = load_jsonl(GOLD)
    ours = evaluate(GOLD, workers=1).metrics
    theirs = peer(gold)
    print(
        f"{len(gold)} hand-written articles, {len({g['story'] for g in gold})} stories, "
        f"{len({g['event'] for g in gold})} events. pantau: whole job, one run. "
        "Peer: TF-IDF + average-linkage agglomerative, threshold tuned on the answers.\n"
    )
    print("| level | pantau B-cubed F1 | peer B-cubed F1 | ratio |")
    print("|---|---:|---:|---:|")
    for level in ("event", "story"):
        mine = ours[f"clusters.{level}.bcubed_f1"]
        other = theirs[level] if theirs else None
        ratio = f"{mine / other:.2f}" if other else "n/a"
        shown = f"{other:.3f}" if other is not None else "n/a (scikit-learn absent)"
        print(f"| {level} | {mine:.3f} | {shown} | {ratio} |")
    print(
        f"\nMain-event date accuracy: {ours['events.main_date.accuracy']:.3f}; "
        f"timeline date F1: {ours['timeline.dates.f1']:.3f}.\n"
    )


if __name__ == "__main__":
    sys.exit(main())
