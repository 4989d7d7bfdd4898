"""Our temporal tagger against dateparser's ``search_dates(languages=["id"])`` on the same texts.

Inputs: the five demo articles (every non-empty line a paragraph) scored
against the gold timexes of gold/seeds.jsonl, and a few short sentences
written for this bench covering the forms the tagger is meant to read. Both
tools get the same reference date: the anchor our tagger chose (the seeds
have no publication date), or the sentence's stated anchor. A gold timex is
found when a predicted text overlaps it; a dateparser hit is right when its
datetime, printed at the gold value's grain (day, month, year, ISO week,
clock), equals the gold value: it has no way to say a duration. Speed is
articles per second over repeated passes. Prints a Markdown section.
"""

from __future__ import annotations

import json
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pantau.eval.normalize import norm, tokens
from pantau.time.tagger import tag_article
from pantau.time.timex import find, resolve_paragraph

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "gold" / "seeds.jsonl"
PASSES = 20

# Sentences written for this bench: (anchor, text, [(gold text, gold value)]).
SENTENCES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "2024-03-06",
        "Banjir merendam desa itu pada Selasa (5/3/2024) malam.",
        [("Selasa (5/3/2024)", "2024-03-05")],
    ),
    (
        "2024-03-06",
        "Hujan mulai turun kemarin dan berhenti pagi ini.",
        [("kemarin", "2024-03-05"), ("pagi ini", "2024-03-06")],
    ),
    (
        "2024-03-06",
        "Rapat digelar 16 Oktober 2023 di balai kota.",
        [("16 Oktober 2023", "2023-10-16")],
    ),
    ("2024-03-06", "Surat itu bertanggal 16/10/2023.", [("16/10/2023", "2023-10-16")]),
    (
        "2024-03-06",
        "Ia dibebaskan pada 15 Februari setelah ditahan lebih dari 500 hari.",
        [("15 Februari", "2024-02-15"), ("lebih dari 500 hari", "P500D")],
    ),
    (
        "2024-03-06",
        "Bulan lalu harga beras naik, dan tahun depan diperkirakan naik lagi.",
        [("Bulan lalu", "2024-02"), ("tahun depan", "2025")],
    ),
    ("2024-03-06", "Ia berbicara pekan lalu di depan wartawan.", [("pekan lalu", "2024-W09")]),
    ("2024-03-06", "Kapal itu tenggelam dua hari lalu.", [("dua hari lalu", "2024-03-04")]),
    (
        "2024-03-06",
        "Sidang dimulai pukul 08.30 WIB dan berlangsung selama 50 menit.",
        [("pukul 08.30 WIB", "2024-03-06T08:30"), ("selama 50 menit", "PT50M")],
    ),
    (
        "2024-03-06",
        "Festival itu digelar setiap tahun sejak Oktober 2019.",
        [("setiap tahun", "P1Y"), ("Oktober 2019", "2019-10")],
    ),
    (
        "2024-03-06",
        "Acara berlangsung Minggu, 10 Desember 2023 di Bandung.",
        [("Minggu, 10 Desember 2023", "2023-12-10")],
    ),
    (
        "2024-03-06",
        "Sidang dilanjutkan besok, lalu lusa putusan dibacakan.",
        [("besok", "2024-03-07"), ("lusa", "2024-03-08")],
    ),
]


@dataclass
class Case:
    anchor: str
    paragraphs: list[str]
    gold: list[tuple[str, str]]


def _cases() -> tuple[list[Case], list[Case]]:
    seeds = []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        text = record.get("text") or (GOLD.parent / record["text_file"]).read_text(encoding="utf-8")
        body = [p.strip() for p in text.splitlines() if p.strip()]
        anchor = tag_article(None, body).anchor.value or "2000-01-01"
        seeds.append(Case(anchor, body, [(t["text"], t["value"]) for t in record["timexes"]]))
    written = [Case(anchor, [text], gold) for anchor, text, gold in SENTENCES]
    return seeds, written


def _overlaps(a: str, b: str) -> bool:
    a, b = norm(a), norm(b)
    if a in b or b in a:
        return True
    ta, tb = tokens(a), tokens(b)
    return sum((ta & tb).values()) >= 0.5 * min(sum(ta.values()), sum(tb.values()))


def _ours(case: Case) -> list[tuple[str, str | None]]:
    if len(case.paragraphs) == 1:
        located = resolve_paragraph(find(case.paragraphs[0]), 0, case.anchor)
    else:
        located = tag_article(None, case.paragraphs).timexes
    return [(t.text, t.value) for t in located]


def _grain(moment: datetime, gold: str) -> str:
    if gold.startswith("P"):
        return ""
    if "T" in gold:
        return moment.strftime("%Y-%m-%dT%H:%M")
    if "-W" in gold:
        year, week, _ = moment.isocalendar()
        return f"{year}-W{week:02d}"
    return moment.strftime("%Y-%m-%d")[: len(gold)]


def _dateparser(case: Case) -> list[tuple[str, datetime]]:
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": datetime.fromisoformat(case.anchor), "PREFER_DATES_FROM": "past"}
    found = []
    for paragraph in case.paragraphs:
        found += search_dates(paragraph, languages=["id"], settings=settings) or []
    return found


def _score(cases: list[Case], predict: Callable, right: Callable) -> tuple[float, float]:
    gold_count = found = correct = 0
    for case in cases:
        predicted = predict(case)
        for text, value in case.gold:
            gold_count += 1
            hits = [p for p in predicted if _overlaps(p[0], text)]
            found += bool(hits)
            correct += any(right(p[1], value) for p in hits)
    return found / gold_count, correct / found if found else 0.0


def _speed(cases: list[Case], predict: Callable) -> float:
    predict(cases[0])
    began = time.perf_counter()
    for _ in range(PASSES):
        for case in cases:
            predict(case)
    return PASSES * len(cases) / (time.perf_counter() - began)


def _ratio(ours: float, theirs: float) -> str:
    return f"{ours / theirs:.2f}x" if theirs else "n/a"


def main() -> None:
    warnings.simplefilter("ignore")
    seeds, written = _cases()

    def ours_right(value, gold):
        return value == gold

    def theirs_right(moment, gold):
        return _grain(moment, gold) == gold

    print("### Temporal expressions: pantau vs dateparser\n")
    print(
        'dateparser `search_dates(text, languages=["id"])`, reference date set to the same '
        "anchor ours uses, `PREFER_DATES_FROM=past`. Seeds: 5 demo articles against the "
        f"{sum(len(c.gold) for c in seeds)} gold timexes of gold/seeds.jsonl; written: "
        f"{len(written)} hand-written sentences with {sum(len(c.gold) for c in written)} "
        "timexes. dateparser's hits are judged at the gold value's grain; it cannot give "
        "durations or sets.\n"
    )
    print("| input | metric | pantau | dateparser | ratio (pantau/dateparser) |")
    print("| --- | --- | --- | --- | --- |")
    for name, cases in (("seeds", seeds), ("written", written)):
        ours = _score(cases, _ours, ours_right)
        theirs = _score(cases, _dateparser, theirs_right)
        for label, a, b in (("recall", ours[0], theirs[0]), ("value accuracy", ours[1], theirs[1])):
            print(f"| {name} | {label} | {a:.3f} | {b:.3f} | {_ratio(a, b)} |")
    ours_speed, theirs_speed = _speed(seeds, _ours), _speed(seeds, _dateparser)
    print(
        f"| seeds | articles/s | {ours_speed:,.0f} | {theirs_speed:,.0f} | "
        f"{_ratio(ours_speed, theirs_speed)} |"
    )


if __name__ == "__main__":
    main()
