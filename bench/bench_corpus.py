"""Corpus stages at scale: time per added article and store size as the store grows.

Synthetic article records (people meeting, calling, visiting one another on
dated days, reported by one to four outlets, in date order) are stored in
batches of ``BATCH`` through the ordinary path, ``Store.ingest`` then
``update_corpus`` (entity identities, event clusters, stories, timelines),
until the store holds each size; at each size the next ``PROBE`` articles are
timed, ingest and corpus update apart. The cost per article should stay flat:
every corpus stage finds its candidates through blocking keys and indexes,
not by reading the corpus.

Run: .venv/bin/python bench/bench_corpus.py [--store PATH] [SIZE ...]   (default
10000 100000; ``make bench-corpus`` adds 1000000, which takes hours and stays out
of make bench). ``--store PATH`` builds into that file and keeps it; run again
with the same path and it resumes from the articles already there, so a build
to 1,000,000 interrupted by the end of a session is not lost. The record
stream is seeded, so the resumed articles are the ones a single run would add.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from itertools import islice
from pathlib import Path

from pantau.corpus import update_corpus
from pantau.records import Article, Entity, Event, Timex
from pantau.store import Store

SIZES = (10_000, 100_000)
BATCH = 2_000
PROBE = 1_000
VERBS = {"menelepon": "call", "bertemu": "meeting", "mengunjungi": "visit"}
FILLER = ("yang", "dan", "di", "ke", "dari", "pada", "untuk", "dengan", "dalam", "itu", "juga")
ARTICLES_PER_DAY = 400


def _word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice("bdgkmnprstlwh") + rng.choice("aiueo") for _ in range(syllables))


def records(seed: int = 11) -> Iterator[Article]:
    """An endless stream of distinct article records in publication order."""
    rng = random.Random(seed)
    start = date(2020, 1, 1)
    number = 0
    while True:
        day = start + timedelta(days=number // ARTICLES_PER_DAY)
        people = [f"{_word(rng, 2).title()} {_word(rng, 3).title()}" for _ in range(2)]
        topic = [_word(rng, 3) for _ in range(8)]
        verb = rng.choice(list(VERBS))
        for outlet in range(rng.randint(1, 4)):
            yield _article(rng, f"a{number}-{outlet}", outlet, people, topic, verb, day)
        number += 1


def _article(rng, aid, outlet, people, topic, verb, day) -> Article:
    def sentence() -> str:
        picks = rng.sample(topic, 4) + rng.sample(FILLER, 4)
        rng.shuffle(picks)
        return " ".join(picks) + "."

    iso = day.isoformat()
    body = [f"{people[0]} {verb} {people[1]} pada {iso}. {sentence()}"]
    body += [sentence() + " " + sentence() for _ in range(3)]
    return Article(
        id=aid,
        source=aid,
        outlet=f"outlet{outlet}.id",
        title=f"{people[0]} {verb} {people[1]} {' '.join(rng.sample(topic, 2))}",
        published=iso,
        body=body,
        entities=[Entity(p, "PER") for p in people],
        timexes=[Timex(iso, iso, "DATE")],
        events=[Event(VERBS[verb], verb, list(people), iso, None, True)],
    )


def _add(store: Store, batch: list[Article]) -> tuple[float, float]:
    began = time.perf_counter()
    stored = store.ingest(batch).stored
    ingested = time.perf_counter()
    update_corpus(store, stored)
    return ingested - began, time.perf_counter() - ingested


def _size_mib(path: Path) -> float:
    files = [path, path.with_name(path.name + "-wal")]
    return sum(f.stat().st_size for f in files if f.exists()) / 2**20


def measure(sizes: tuple[int, ...], path: Path) -> list[tuple[int, float, float, float]]:
    """Per size: (ms/article ingest, ms/article corpus update, store MiB) of the probe batch."""
    out = []
    with Store(path) as store:
        held = store.count()
        stream = islice(records(), held, None)
        for size in sorted(s for s in sizes if s >= held):
            while held < size:
                batch = list(islice(stream, min(BATCH, size - held)))
                _add(store, batch)
                held += len(batch)
            ingest, corpus = _add(store, list(islice(stream, PROBE)))
            held += PROBE
            out.append((size, 1000 * ingest / PROBE, 1000 * corpus / PROBE, _size_mib(path)))
            print(
                f"  {size:,}: ingest {out[-1][1]:.2f} ms, corpus {out[-1][2]:.2f} ms",
                file=sys.stderr,
                flush=True,
            )
    return out


def _arguments(argv: list[str]) -> tuple[Path | None, tuple[int, ...]]:
    if argv[:1] == ["--store"]:
        return Path(argv[1]), tuple(int(a) for a in argv[2:]) or SIZES
    return None, tuple(int(a) for a in argv) or SIZES


def main() -> None:
    kept, sizes = _arguments(sys.argv[1:])
    if kept is not None:
        rows = measure(sizes, kept)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            rows = measure(sizes, Path(tmp) / "corpus.db")
    print("### Corpus stages at scale (bench_corpus.py)\n")
    print(
        f"Synthetic article records (two people, one event, 1-4 outlets, {ARTICLES_PER_DAY}"
        f" events a day, in date order) stored in batches of {BATCH:,} by `Store.ingest` and"
        f" `update_corpus`; at each size the next {PROBE:,} articles are timed.\n"
    )
    print(
        "| store size (articles) | ingest ms/article | corpus update ms/article"
        " | total ms/article | store MiB | KiB/article |"
    )
    print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    for size, ingest, corpus, mib in rows:
        print(
            f"| {size:,} | {ingest:.2f} | {corpus:.2f} | {ingest + corpus:.2f} | {mib:,.0f}"
            f" | {1024 * mib / (size + PROBE):.1f} |"
        )
    first, last = rows[0], rows[-1]
    ratio = (last[1] + last[2]) / (first[1] + first[2])
    print(f"\nCost per added article at {last[0]:,} / at {first[0]:,}: {ratio:.2f}x.\n")


if __name__ == "__main__":
    main()
