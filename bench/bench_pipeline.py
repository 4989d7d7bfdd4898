"""Whole analysis speed on one core, on distinct real-shaped articles, against spaCy's tokenizer.

Input: ``realshape.articles(N, seed)`` (bench/realshape.py), every article a
different text in the shape of a scraped news page, so batch statistics and
caches see what a day of real news would give them. Three figures, one run:

- in-process: ``analyze_many(workers=1)`` in this process, models loaded
  first, with the time of each stage;
- whole-process: ``pantau analyze --workers 1`` on the same articles written as
  files (start-up, reading, model loading and writing the records included);
- spaCy: ``blank("id")``'s tokenizer alone on the same texts, in this process.

Memory is peak resident size: of this process before spaCy is loaded (ours,
in-process), of the ``pantau analyze`` child, and of this process at the end.
Prints a Markdown section.

Run: .venv/bin/python bench/bench_pipeline.py [N]

Real pages: ``bench/bench_pipeline.py --gold ../shared/real-dev/gold.jsonl [GOLD ...]``
times the in-process analysis and spaCy's tokenizer on gold sets' inputs
(read as ``pantau eval`` reads them), without the whole-process run: real text
is not committed, and a gold set is too small for start-up to mean anything.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import spacy
from realshape import articles, write_corpus

from pantau.doc import RawDoc
from pantau.eval.gold import gold_inputs, load_jsonl
from pantau.options import Options
from pantau.pipeline import analyze, analyze_many
from pantau.stages import STAGES

N = 2000
SEED = 1
WARM_UP = 20


def _words(raws: list[RawDoc]) -> int:
    return sum(len((raw.text or "").split()) for raw in raws)


def _in_process(raws: list[RawDoc]) -> tuple[float, dict[str, float]]:
    """Seconds for the whole batch, and seconds per stage, on one core."""
    for raw in articles(WARM_UP, seed=SEED + 1):  # models and tables loaded, not timed
        analyze(raw)
    spent: dict[str, float] = defaultdict(float)
    original = list(STAGES)
    STAGES[:] = [replace(stage, func=_timed(stage.name, stage.func, spent)) for stage in original]
    try:
        began = time.perf_counter()
        for _ in analyze_many(raws, workers=1):
            pass
        elapsed = time.perf_counter() - began
    finally:
        STAGES[:] = original
    return elapsed, spent


def _timed(name, func, spent):
    def run(doc, options):
        began = time.perf_counter()
        func(doc, options)
        spent[name] += time.perf_counter() - began

    return run


def _whole_process(n: int) -> tuple[float, float]:
    """Seconds and peak MiB of ``pantau analyze --workers 1`` on the articles as files."""
    pantau = Path(sys.executable).with_name("pantau")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        write_corpus(folder, n, seed=SEED)
        began = time.perf_counter()
        subprocess.run(
            [str(pantau), "analyze", str(folder), "-o", str(Path(tmp) / "out.jsonl"), "-w", "1"],
            check=True,
            capture_output=True,
        )
        elapsed = time.perf_counter() - began
    return elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def _spacy(raws: list[RawDoc]) -> float:
    """The faster of two passes (a shared machine slows one now and then)."""
    nlp = spacy.blank("id")
    nlp.tokenizer(raws[0].text or "")
    passes = []
    for _ in range(2):
        began = time.perf_counter()
        for raw in raws:
            nlp.tokenizer(raw.text or "")
        passes.append(time.perf_counter() - began)
    return min(passes)


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _gold_raws(path: Path) -> list[RawDoc]:
    """A gold set's inputs, as ``pantau eval`` reads them (unreadable ones left out)."""
    items = gold_inputs(load_jsonl(path), path, Options().max_bytes)
    return [item for item in items if isinstance(item, RawDoc)]


def _print_stages(stages: dict[str, float], words: int) -> None:
    total = sum(stages.values())
    print("\n| stage | seconds | share | words/s |")
    print("| --- | --- | --- | --- |")
    for name, seconds in stages.items():
        print(f"| {name} | {seconds:.2f} | {seconds / total:.0%} | {words / seconds:,.0f} |")


def gold_main(paths: list[Path]) -> None:
    """The in-process run and spaCy's tokenizer on gold sets' real pages."""
    raws = [raw for path in paths for raw in _gold_raws(path)]
    words = _words(raws)
    ours, stages = _in_process(raws)
    theirs = _spacy(raws)
    names = ", ".join(map(str, paths))
    print(f"### Whole analysis on one core, {names} ({len(raws)} pages, {words:,} words)\n")
    print("| run | seconds | articles/s | words/s | ratio to spaCy |")
    print("| --- | --- | --- | --- | --- |")
    for name, seconds in (("pantau in-process", ours), ("spaCy blank('id') tokenizer", theirs)):
        print(
            f"| {name} | {seconds:.2f} | {len(raws) / seconds:.0f} | {words / seconds:,.0f} "
            f"| {theirs / seconds:.3f} |"
        )
    _print_stages(stages, words)


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--gold":
        gold_main([Path(arg) for arg in sys.argv[2:]])
        return
    n = int(sys.argv[1]) if len(sys.argv) > 1 else N
    raws = articles(n, seed=SEED)
    words = _words(raws)
    ours, stages = _in_process(raws)
    ours_mib = _peak_mib()
    whole, whole_mib = _whole_process(n)
    theirs = _spacy(raws)
    theirs_mib = _peak_mib()
    print("### Whole analysis on one core (bench_pipeline.py)\n")
    print(
        f"{n:,} distinct real-shaped articles (bench/realshape.py, seed {SEED}), {words:,} words."
        " pantau: all stages, one process (`--workers 1`); spaCy: blank('id') tokenizer only,"
        " on the same texts in the same run.\n"
    )
    print("| run | seconds | articles/s | words/s | ratio to spaCy | peak memory MiB |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, seconds, mib in (
        ("pantau in-process (analyze_many, models loaded)", ours, ours_mib),
        ("pantau whole process (`pantau analyze -w 1`)", whole, whole_mib),
        ("spaCy blank('id') tokenizer", theirs, theirs_mib),
    ):
        print(
            f"| {name} | {seconds:.2f} | {n / seconds:.0f} | {words / seconds:,.0f} "
            f"| {theirs / seconds:.3f} | {mib:.0f} |"
        )
    _print_stages(stages, words)
    print(
        "\nThe spaCy process's memory includes pantau's (same process, loaded first);"
        " the whole-process figure is the `pantau analyze` child alone.\n"
    )


if __name__ == "__main__":
    main()
