"""Whole analysis speed: every per-article stage on 2 processes, against spaCy's tokenizer.

Input: the five demo articles, each copied 40 times with a counter in its
lines so no two are the same (200 articles). Ours is ``analyze_many`` with all
stages (clean, entities, timexes, numbers, quotes, events) on two worker
processes, pool start-up and model loading included; the reference is
spaCy's ``blank("id")`` tokenizer alone on the same text in one process.
Prints a Markdown section.
"""

from __future__ import annotations

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


def _spacy(raws: list[RawDoc]) -> float:
    nlp = spacy.blank("id")
    began = time.perf_counter()
    for raw in raws:
        nlp.tokenizer(raw.text or "")
    return time.perf_counter() - began


def main() -> None:
    raws = _raws()
    words = sum(len((raw.text or "").split()) for raw in raws)
    ours, done = _ours(raws)
    theirs = _spacy(raws)
    print("### Whole analysis (bench_pipeline.py)\n")
    print(
        f"{len(raws)} articles, {words:,} words (the demo articles, varied copies). "
        f"pantau: all stages, {WORKERS} processes, start-up included; "
        "spaCy: blank('id') tokenizer only, 1 process.\n"
    )
    print("| run | seconds | articles/s | words/s |")
    print("| --- | --- | --- | --- |")
    print(f"| pantau analyze_many | {ours:.2f} | {done / ours:.0f} | {words / ours:,.0f} |")
    print(f"| spaCy tokenizer | {theirs:.2f} | {len(raws) / theirs:.0f} | {words / theirs:,.0f} |")
    print(f"\nRatio pantau / spaCy tokenizer (words/s): {theirs / ours:.3f}\n")


if __name__ == "__main__":
    main()
