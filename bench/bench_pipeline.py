"""Whole analysis speed: every per-article stage on 2 processes, against spaCy's tokenizer.

Input: the five demo articles, each copied 40 times with a counter in its
lines so no two are the same (200 articles). Ours is ``analyze_many`` with all
stages (clean, entities, timexes, numbers, quotes, events) on two worker
processes, pool start-up and model loading included; the reference is
spaCy's ``blank("id")`` tokenizer alone on the same text in one process.
Memory is the peak resident size: of the largest worker process for ours (the
pool is started fresh, so it is the analysis's own), of this process for spaCy.
Prints a Markdown section.
"""

from __future__ import annotations

import resource
import time
from importlib import resources

import spacy

from pantau.doc import RawDoc
from pantau.pipeline import analyze_many

COPIES = 40
WORKERS = 2


def _raws() -> list[RawDoc]:
    demo = resources.files("pantau.data").joinpath("demo")
    texts = [p.read_text(encoding="utf-8") for p in sorted(demo.iterdir(), key=lambda p: p.name)]
    return [
        RawDoc(id=f"{n}-{i}", source=f"{n}-{i}.txt", text=text.replace("\n\n", f"\n\n({n}) ", 1))
        for n in range(COPIES)
        for i, text in enumerate(texts)
    ]


def _ours(raws: list[RawDoc]) -> tuple[float, int]:
    began = time.perf_counter()
    done = sum(1 for batch in analyze_many(raws, workers=WORKERS) for _ in batch)
    return time.perf_counter() - began, done


def _peak_mib(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def _spacy(raws: list[RawDoc]) -> float:
    nlp = spacy.blank("id")
    nlp.tokenizer(raws[0].text or "")
    began = time.perf_counter()
    for raw in raws:
        nlp.tokenizer(raw.text or "")
    return time.perf_counter() - began


def main() -> None:
    raws = _raws()
    words = sum(len((raw.text or "").split()) for raw in raws)
    ours, done = _ours(raws)
    ours_mib = _peak_mib(resource.RUSAGE_CHILDREN)
    theirs = _spacy(raws)
    theirs_mib = _peak_mib(resource.RUSAGE_SELF)
    print("### Whole analysis (bench_pipeline.py)\n")
    print(
        f"{len(raws)} articles, {words:,} words (the demo articles, varied copies). "
        f"pantau: all stages, {WORKERS} processes, start-up included; "
        "spaCy: blank('id') tokenizer only, 1 process.\n"
    )
    print("| run | seconds | articles/s | words/s | peak memory MiB |")
    print("| --- | --- | --- | --- | --- |")
    print(
        f"| pantau analyze_many | {ours:.2f} | {done / ours:.0f} | {words / ours:,.0f} "
        f"| {ours_mib:.0f} per worker |"
    )
    print(
        f"| spaCy tokenizer | {theirs:.2f} | {len(raws) / theirs:.0f} | {words / theirs:,.0f} "
        f"| {theirs_mib:.0f} |"
    )
    ratios = f"words/s {theirs / ours:.3f}, peak memory {ours_mib / theirs_mib:.2f}"
    print(f"\nRatios pantau / spaCy tokenizer: {ratios}\n")


if __name__ == "__main__":
    main()
