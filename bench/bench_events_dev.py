"""Event and story clusters on the dev sets beside a tuned TF-IDF + agglomerative peer.

Two sets, one run: the hand-written ``gold/dev-events`` (look-alike events: the
same leaders calling twice, two rate decisions, two quakes in one province, a
team's two matches, same-day occurrences in other places) and, when present,
the real crawled pages of ``../shared/real-dev`` (look-alike pairs, pages as
stored: menus, captions, wrong dates). Each goes through pantau's whole job;
the peer is the baseline a user would try first: scikit-learn 1-2-gram TF-IDF
over the stored text with average-linkage agglomerative clustering on cosine
distance, its threshold tuned on the answers for each level (an upper bound
for the peer). Quality is B-cubed F1 against the gold ``event`` and ``story``
ids, and precision beside it for events (look-alikes kept apart).

Run: .venv/bin/python bench/bench_events_dev.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pantau.eval import evaluate
from pantau.eval.gold import load_jsonl
from pantau.eval.metrics import bcubed

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "gold/dev-events": ROOT / "gold" / "dev-events" / "gold.jsonl",
    "../shared/real-dev": ROOT.parent / "shared" / "real-dev" / "gold.jsonl",
}
THRESHOLDS = [round(0.05 * step, 2) for step in range(2, 20)]


def stored_text(gold_path: Path, record: dict) -> str:
    """The article as stored: a plain text file, or the ``text`` of a crawled page's JSON."""
    text = (gold_path.parent / record["text_file"]).read_text(encoding="utf-8")
    return json.loads(text)["text"] if record["text_file"].endswith(".json") else text


def peer(gold_path: Path, gold: list[dict]) -> dict[str, tuple[float, float, float]] | None:
    """Per level, the (precision, recall, F1) of the threshold with the best F1."""
    try:
        from sklearn.cluster import AgglomerativeClustering
        from sklearn.feature_extraction.text import TfidfVectorizer
    except ImportError:
        return None
    texts = [stored_text(gold_path, g) for g in gold]
    vectorizer = TfidfVectorizer(sublinear_tf=True, ngram_range=(1, 2))
    matrix = vectorizer.fit_transform(texts).toarray()
    best = {}
    for level in ("event", "story"):
        truth = {g["id"]: g[level] for g in gold}
        scores = []
        for threshold in THRESHOLDS:
            labels = AgglomerativeClustering(
                n_clusters=None, metric="cosine", linkage="average", distance_threshold=threshold
            ).fit_predict(matrix)
            pred = {g["id"]: int(label) for g, label in zip(gold, labels, strict=True)}
            scores.append(bcubed(truth, pred))
        best[level] = max(scores, key=lambda s: s[2])
    return best


def report(name: str, gold_path: Path) -> None:
    print(f"### Event and story clusters on {name}\n")
    if not gold_path.exists():
        print(f"{gold_path} is missing; skipped.\n")
        return
    gold = load_jsonl(gold_path)
    ours = evaluate(gold_path, workers=1).metrics
    theirs = peer(gold_path, gold)
    print(
        f"{len(gold)} articles, {len({g['story'] for g in gold})} stories, "
        f"{len({g['event'] for g in gold})} events. pantau: whole job, one run. "
        "Peer: 1-2-gram TF-IDF + average-linkage agglomerative (cosine), threshold tuned "
        "on the answers.\n"
    )
    print("| level | pantau B-cubed P / F1 | peer B-cubed P / F1 | F1 ratio |")
    print("|---|---:|---:|---:|")
    for level in ("event", "story"):
        mine = ours[f"clusters.{level}.bcubed_f1"], ours[f"clusters.{level}.bcubed_precision"]
        other = theirs[level] if theirs else None
        ratio = f"{mine[0] / other[2]:.2f}" if other else "n/a"
        shown = f"{other[0]:.3f} / {other[2]:.3f}" if other else "n/a (scikit-learn absent)"
        print(f"| {level} | {mine[1]:.3f} / {mine[0]:.3f} | {shown} | {ratio} |")
    print(
        f"\nMain-event date accuracy: {ours['events.main_date.accuracy']:.3f}; "
        f"timeline date F1: {ours['timeline.dates.f1']:.3f}.\n"
    )


def main() -> None:
    for name, path in SETS.items():
        report(name, path)


if __name__ == "__main__":
    sys.exit(main())
