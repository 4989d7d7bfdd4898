"""Compile the shipped gazetteer from the DBpedia name lists and the BPS regions.

The raw lists are noisy; entries are kept when they are 1 to 4 tokens long,
hold no digit, and (for one-token names) are not an ordinary lower-case word
of the training text, so ``baru`` or ``timur`` never fire as places.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from pantau.nlp.conll import Sentence
from pantau.nlp.gazetteer import Gazetteer
from pantau.nlp.tokenize import tokenize

DBPEDIA = {"person.txt": "PER", "organization.txt": "ORG", "place.txt": "LOC"}
REGION_FILES = ("provinces.csv", "regencies.csv", "districts.csv")
REGION_PREFIXES = ("kabupaten ", "kota ")
MAX_TOKENS = 4


def common_words(corpus: Iterable[Sentence], min_count: int = 3) -> frozenset[str]:
    """Words seen lower-case at least ``min_count`` times in the training text."""
    counts = Counter(w for words, _ in corpus for w in words if w.islower())
    return frozenset(w for w, c in counts.items() if c >= min_count)


def _dbpedia(root: Path) -> Iterator[tuple[str, str]]:
    for folder in ("mdee_gazetteer", "original_dbpedia"):
        for name, kind in DBPEDIA.items():
            path = root / "gazetteer-dbpedia-id" / folder / name
            for line in path.read_text(encoding="utf-8").splitlines():
                yield kind, line.strip()


def _regions(root: Path) -> Iterator[tuple[str, str]]:
    for name in REGION_FILES:
        with open(root / "gazetteer-wilayah-id" / name, encoding="utf-8") as handle:
            for row in csv.reader(handle):
                region = row[-1].strip().lower()
                yield "LOC", region
                for prefix in REGION_PREFIXES:
                    if region.startswith(prefix):
                        yield "LOC", region[len(prefix) :]


def build(root: Path, common: frozenset[str]) -> Gazetteer:
    """The filtered gazetteer of every list under ``root``."""

    def entries() -> Iterator[tuple[str, tuple[str, ...]]]:
        for kind, name in (*_dbpedia(root), *_regions(root)):
            tokens = tuple(t.text.lower() for t in tokenize(name))
            if not 0 < len(tokens) <= MAX_TOKENS or any(c.isdigit() for c in name):
                continue
            if len(tokens) == 1 and (tokens[0] in common or len(tokens[0]) < 3):
                continue
            yield kind, tokens

    return Gazetteer(entries())
