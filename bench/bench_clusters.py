"""Event clustering: pantau's incremental blocking clusterer beside TF-IDF + agglomerative.

Synthetic stories of look-alike events (the same two people, the same event type,
other days) are reported by one to four outlets each, in their own words. pantau
adds articles in batches to one growing store and its time per article is
measured at each size; the peer (scikit-learn TF-IDF + average-linkage
agglomerative clustering, its threshold tuned on the answers) must re-cluster the
whole corpus, and is timed at the same sizes. Quality is B-cubed F1 of events.

Run: .venv/bin/python bench/bench_clusters.py
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from pantau.corpus import update_corpus
from pantau.eval.metrics import bcubed
from pantau.records import Article, Entity, Event, Timex
from pantau.store import Store

BATCH = 250
SIZES = (1000, 2000, 4000)
PEER_SIZES = (1000, 2000)
THRESHOLDS = (0.45, 0.6, 0.75, 0.9)
TYPES = ("menelepon", "bertemu", "mengunjungi", "menandatangani", "mengumumkan")
KINDS = {"menelepon": "call", "bertemu": "meeting", "mengunjungi": "visit"}
FILLER = (
    "yang",
    "dan",
    "di",
    "ke",
    "dari",
    "pada",
    "untuk",
    "dengan",
    "dalam",
    "itu",
    "ini",
    "juga",
)


def word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice("bdgkmnprst") + rng.choice("aiueo") for _ in range(syllables))


def corpus(n_articles: int, seed: int = 7) -> list[tuple[Article, str]]:
    """Articles with their true event id, in publication order."""
    rng = random.Random(seed)
    items: list[tuple[Article, str]] = []
    start = date(2024, 1, 1)
    story = 0
    while len(items) < n_articles:
        people = [f"{word(rng, 2).title()} {word(rng, 3).title()}" for _ in range(2)]
        topic = [word(rng, 3) for _ in range(8)]
        day = start + timedelta(days=rng.randrange(700))
        for event in range(rng.randint(2, 6)):
            day += timedelta(days=rng.choice((2, 4, 7, 30, 60)))
            verb = rng.choice(TYPES)
            detail = [word(rng, 3) for _ in range(4)]
            for outlet in range(rng.randint(1, 4)):
                aid = f"s{story}e{event}o{outlet}"
                items.append(
                    (
                        _article(rng, aid, outlet, people, topic, detail, verb, day),
                        aid[: aid.index("o")],
                    )
                )
        story += 1
    items.sort(key=lambda pair: (pair[0].published, pair[0].id))
    return items[:n_articles]


def _article(rng, aid, outlet, people, topic, detail, verb, day) -> Article:
    def sentence() -> str:
        picks = rng.sample(topic, 3) + rng.sample(detail, 2) + rng.sample(FILLER, 4)
        rng.shuffle(picks)
        return " ".join(picks) + "."

    surname = [p.split()[-1] if rng.random() < 0.5 else p for p in people]
    iso = day.isoformat()
    body = [f"{surname[0]} {verb} {surname[1]} pada {iso}. {sentence()}"]
    body += [sentence() + " " + sentence() for _ in range(3)]
    return Article(
        id=aid,
        source=aid,
        outlet=f"outlet{outlet}.id",
        title=f"{people[0]} {verb} {people[1]} {' '.join(rng.sample(detail, 2))}",
        published=(day + timedelta(days=rng.choice((0, 0, 1)))).isoformat(),
        body=body,
        entities=[Entity(p, "PER") for p in people],
        timexes=[Timex(iso, iso, "DATE")],
        events=[Event(KINDS.get(verb, "statement"), verb, list(people), iso, None, True)],
    )


def ours(items: list[tuple[Article, str]]) -> dict[int, tuple[float, float]]:
    """Per store size: (ms per article of the latest batch, event B-cubed F1 so far)."""
    truth = {a.id: event for a, event in items}
    results = {}
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
        for start in range(0, len(items), BATCH):
            batch = [a for a, _ in items[start : start + BATCH]]
            stored = store.ingest(batch).stored
            began = time.perf_counter()
            update_corpus(store, stored)
            elapsed = time.perf_counter() - began
            size = start + len(batch)
            if size in SIZES:
                pred = {
                    r["id"]: r["event_cluster"]
                    for r in store.rows("SELECT id, event_cluster FROM articles")
                }
                gold = {k: truth[k] for k in pred}
                results[size] = (1000 * elapsed / len(batch), bcubed(gold, pred)[2])
    return results


def peer(items: list[tuple[Article, str]]) -> tuple[float, float] | None:
    """(seconds to cluster all, best event B-cubed F1 over thresholds), or None without sklearn."""
    try:
        from sklearn.cluster import AgglomerativeClustering
        from sklearn.feature_extraction.text import TfidfVectorizer
    except ImportError:
        return None
    texts = [f"{a.title}\n" + "\n".join(a.body) for a, _ in items]
    gold = {a.id: event for a, event in items}
    began = time.perf_counter()
    matrix = TfidfVectorizer(sublinear_tf=True).fit_transform(texts).toarray()
    seconds, best = 0.0, 0.0
    for threshold in THRESHOLDS:
        model = AgglomerativeClustering(
            n_clusters=None, distance_threshold=threshold, metric="cosine", linkage="average"
        )
        labels = model.fit_predict(matrix)
        seconds = seconds or time.perf_counter() - began
        pred = {a.id: int(label) for (a, _), label in zip(items, labels, strict=True)}
        best = max(best, bcubed(gold, pred)[2])
    return seconds, best


def main() -> None:
    items = corpus(max(SIZES))
    mine = ours(items)
    print("### Event clustering: incremental blocking vs TF-IDF + agglomerative\n")
    print(
        f"Synthetic look-alike stories ({max(SIZES)} articles, 1-4 outlets per event, the same"
        f" people meeting again days or weeks later), added in batches of {BATCH}. pantau: time"
        " per article of the batch that brought the store to that size (the whole corpus"
        " update: clusters, stories, timelines). Peer: scikit-learn TfidfVectorizer +"
        " AgglomerativeClustering (cosine, average linkage) re-clustering the whole corpus,"
        f" threshold tuned on the answers over {THRESHOLDS},"
        " time per article = one clustering / size.\n"
    )
    print(
        "| articles | pantau ms/article | peer ms/article | ratio"
        " | pantau event F1 | peer event F1 |"
    )
    print("|---:|---:|---:|---:|---:|---:|")
    for size in SIZES:
        ms, f1 = mine[size]
        result = peer(items[:size]) if size in PEER_SIZES else None
        if result is None:
            print(f"| {size} | {ms:.2f} | n/a | n/a | {f1:.3f} | n/a |")
            continue
        seconds, peer_f1 = result
        peer_ms = 1000 * seconds / size
        print(
            f"| {size} | {ms:.2f} | {peer_ms:.2f} | {peer_ms / ms:.1f}x"
            f" | {f1:.3f} | {peer_f1:.3f} |"
        )
    print(
        f"\nThe peer runs only up to {max(PEER_SIZES)} articles: its time grows with the square"
        " of the corpus (a full re-cluster on every addition); n/a past that, or without"
        " scikit-learn (pip install -e .[bench])."
    )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
