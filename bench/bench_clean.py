"""Boilerplate removal on the seeds gold: our clean stage against jusText and trafilatura.

Input: the five demo articles as the reader hands them over, and their gold
``removed`` lines (gold/seeds.jsonl). jusText (Indonesian stoplist) and
trafilatura read HTML, so each article's lines are given to them as one
``<p>`` per line in a bare page; a line they drop counts as removed. Scores
are set precision/recall/F1 of removed lines against gold (GOLD.md), plus the
article lines lost: lines from the dateline lead down that gold keeps but the
output body lacks. Speed is articles per second over repeated runs.
Prints a Markdown section.
"""

from __future__ import annotations

import html
import json
import time
from collections.abc import Callable
from pathlib import Path

import justext
import trafilatura

from pantau.clean import dateline
from pantau.clean.stage import clean
from pantau.clean.text import key, norm
from pantau.doc import Doc, RawDoc
from pantau.options import Options
from pantau.read import read_file
from pantau.records import Article

ROOT = Path(__file__).resolve().parents[1]
REPEATS = 20

Cleaner = Callable[[RawDoc], tuple[set[str], set[str]]]


def _page(raw: RawDoc) -> str:
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in _lines(raw))
    return f"<html><body><article>{paragraphs}</article></body></html>"


def _lines(raw: RawDoc) -> list[str]:
    return [line for line in map(norm, (raw.text or "").splitlines()) if line]


def ours(raw: RawDoc) -> tuple[set[str], set[str]]:
    doc = Doc(raw, Article(raw.id, raw.source))
    clean(doc, Options())
    return {key(r.text) for r in doc.article.removed}, {key(line) for line in doc.article.body}


def jus(raw: RawDoc) -> tuple[set[str], set[str]]:
    found = justext.justext(_page(raw), justext.get_stoplist("Indonesian"))
    kept = {key(p.text) for p in found if not p.is_boilerplate}
    return {key(line) for line in _lines(raw)} - kept, kept


def trafi(raw: RawDoc) -> tuple[set[str], set[str]]:
    text = trafilatura.extract(_page(raw), include_comments=False, include_tables=False) or ""
    kept = {key(line) for line in text.splitlines() if line.strip()}
    return {key(line) for line in _lines(raw)} - kept, kept


def _article_lines(raw: RawDoc, gold_removed: set[str]) -> set[str]:
    lines = _lines(raw)
    lead = next((i for i, line in enumerate(lines) if (d := dateline.parse(line)) and d.rest), 0)
    return {key(line) for line in lines[lead:]} - gold_removed


def _score(cleaner: Cleaner, cases: list[tuple[RawDoc, set[str]]]) -> dict[str, float]:
    tp = fp = fn = lost = 0
    for raw, gold in cases:
        removed, body = cleaner(raw)
        tp, fp, fn = tp + len(removed & gold), fp + len(removed - gold), fn + len(gold - removed)
        lost += len(_article_lines(raw, gold) - body)
    start = time.perf_counter()
    for _ in range(REPEATS):
        for raw, _gold in cases:
            cleaner(raw)
    rate = REPEATS * len(cases) / (time.perf_counter() - start)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"P": precision, "R": recall, "F1": f1, "lost": lost, "rate": rate}


def _cases() -> list[tuple[RawDoc, set[str]]]:
    cases = []
    for line in (ROOT / "gold" / "seeds.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        raw = next(iter(read_file(ROOT / "gold" / gold["text_file"], 10**7)))
        cases.append((raw, {key(r["text"]) for r in gold["removed"]}))
    return cases


def main() -> None:
    cases = _cases()
    results = {"pantau clean": ours, "jusText (Indonesian)": jus, "trafilatura": trafi}
    scores = {name: _score(cleaner, cases) for name, cleaner in results.items()}
    base = scores["pantau clean"]
    print("### Clean: boilerplate removal on the seeds gold\n")
    print(
        f"Five demo articles, {sum(len(g) for _, g in cases)} gold removed lines. Peers get each "
        "line as a `<p>` of a bare page. `lost`: article lines (dateline lead and below, "
        f"not in gold `removed`) missing from the body. Speed over {REPEATS} runs.\n"
    )
    print(
        "| cleaner | precision | recall | F1 | article lines lost | articles/s | our speed ratio |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for name, s in scores.items():
        ratio = base["rate"] / s["rate"]
        print(
            f"| {name} | {s['P']:.3f} | {s['R']:.3f} | {s['F1']:.3f} | {s['lost']} "
            f"| {s['rate']:.0f} | {ratio:.2f}x |"
        )


if __name__ == "__main__":
    main()
