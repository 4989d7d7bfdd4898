"""Boilerplate removal on gold sets: our clean stage against jusText and trafilatura.

Input: the five demo articles as the reader hands them over, and their gold
``removed`` lines (gold/seeds.jsonl); the scraped-text articles of the dev set
written in the house styles of dozens of other outlets (gold/dev-clean; its
few HTML pages are left out, as the peers would get them in another form);
and, when ``../shared/real-dev`` is beside the project, the 93 real crawled
pages of 67 outlets. jusText (Indonesian stoplist) and trafilatura read HTML,
so each article's lines are given to them as one ``<p>`` per line in a bare
page, and on the real pages also as the text the crawler stored, whole, in
the page's body; a line they drop counts as removed. Scores are set
precision/recall/F1 of removed lines
against gold (GOLD.md), the title line left out, plus the article lines lost:
lines from the dateline lead down that gold keeps but the output body lacks.
Speed is articles per second over repeated runs. Prints a Markdown section.
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
Case = tuple[RawDoc, set[str], str]


def _page(raw: RawDoc) -> str:
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in _lines(raw))
    return f"<html><body><article>{paragraphs}</article></body></html>"


def _stored(raw: RawDoc) -> str:
    """The crawler's text as it was stored, one block in a bare page (lines kept by <br>)."""
    body = "<br>\n".join(html.escape(line) for line in (raw.text or "").splitlines())
    return f"<html><body><article><div>{body}</div></article></body></html>"


def _lines(raw: RawDoc) -> list[str]:
    return [line for line in map(norm, (raw.text or "").splitlines()) if line]


def ours(raw: RawDoc) -> tuple[set[str], set[str]]:
    doc = Doc(raw, Article(raw.id, raw.source))
    clean(doc, Options())
    return {key(r.text) for r in doc.article.removed}, {key(line) for line in doc.article.body}


def _jus(page: Callable[[RawDoc], str]) -> Cleaner:
    def run(raw: RawDoc) -> tuple[set[str], set[str]]:
        found = justext.justext(page(raw), justext.get_stoplist("Indonesian"))
        kept = {key(line) for p in found if not p.is_boilerplate for line in p.text.splitlines()}
        return {key(line) for line in _lines(raw)} - kept, kept

    return run


def _trafi(page: Callable[[RawDoc], str]) -> Cleaner:
    def run(raw: RawDoc) -> tuple[set[str], set[str]]:
        text = trafilatura.extract(page(raw), include_comments=False, include_tables=True) or ""
        kept = {key(line) for line in text.splitlines() if line.strip()}
        return {key(line) for line in _lines(raw)} - kept, kept

    return run


def _article_lines(raw: RawDoc, gold_removed: set[str]) -> set[str]:
    lines = _lines(raw)
    lead = next((i for i, line in enumerate(lines) if (d := dateline.parse(line)) and d.rest), 0)
    return {key(line) for line in lines[lead:]} - gold_removed


def _score(cleaner: Cleaner, cases: list[Case]) -> dict[str, float]:
    """Set P/R/F1 of removed lines (the title line is left out) and article lines lost."""
    tp = fp = fn = lost = 0
    for raw, gold, title in cases:
        removed, body = cleaner(raw)
        removed -= {title}
        tp, fp, fn = tp + len(removed & gold), fp + len(removed - gold), fn + len(gold - removed)
        lost += len(_article_lines(raw, gold) - {title} - body)
    start = time.perf_counter()
    for _ in range(REPEATS):
        for raw, _gold, _title in cases:
            cleaner(raw)
    rate = REPEATS * len(cases) / (time.perf_counter() - start)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"P": precision, "R": recall, "F1": f1, "lost": lost, "rate": rate}


def _cases(gold_file: Path) -> list[Case]:
    """Scraped-text articles of a gold file, each with its gold removed lines (as keys)."""
    cases = []
    for line in gold_file.read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        raw = next(iter(read_file(gold_file.parent / gold["text_file"], 10**7)))
        if raw.text is None:
            continue
        title = key(gold.get("title") or "")
        cases.append((raw, {key(r["text"]) for r in gold["removed"]}, title))
    return cases


def main() -> None:
    for name, gold_file in (
        ("the seeds gold", ROOT / "gold" / "seeds.jsonl"),
        ("the dev-clean set (other outlets)", ROOT / "gold" / "dev-clean" / "gold.jsonl"),
    ):
        _table(name, _cases(gold_file), PER_LINE)
    real = ROOT.parent / "shared" / "real-dev" / "gold.jsonl"
    if real.exists():
        _table("the real-dev pages (93 real crawled pages, 67 outlets)", _cases(real), BOTH)


PER_LINE = {
    "pantau clean": ours,
    "jusText (Indonesian), <p> per line": _jus(_page),
    "trafilatura, <p> per line": _trafi(_page),
}
BOTH = {
    **PER_LINE,
    "jusText (Indonesian), stored text": _jus(_stored),
    "trafilatura, stored text": _trafi(_stored),
}


def _table(name: str, cases: list[Case], cleaners: dict[str, Cleaner]) -> None:
    scores = {name: _score(cleaner, cases) for name, cleaner in cleaners.items()}
    base = scores["pantau clean"]
    print(f"### Clean: boilerplate removal on {name}\n")
    print(
        f"{len(cases)} articles, {sum(len(g) for _, g, _ in cases)} gold removed lines. Peers get "
        "each line as a `<p>` of a bare page (or the stored text whole, where shown). `lost`: "
        "article lines (dateline lead and below, not in gold `removed`, not the title) missing "
        f"from the body. Speed over {REPEATS} runs.\n"
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
    print()


if __name__ == "__main__":
    main()
