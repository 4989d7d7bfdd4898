"""Build the word table the NER features read: distributional clusters and capitalisation.

Labelled NER data is small (about 3,000 sentences), so most words of a news
article were never seen in training. Two facts learnt from unlabelled text
generalise to them:

- a cluster id, from k-means over the words' left and right neighbours
  (positive PMI counts reduced by SVD), at a coarse and a fine granularity,
  so ``Jokowi`` and ``Prabowo`` or ``Bandung`` and ``Surabaya`` look alike;
- how often the word is capitalised away from the start of a sentence, which
  separates names from words that are capitalised only at a sentence start.

The text is the train splits of every corpus in ``../shared/data`` that has
running text (never a dev or test split). Run by ``training/ner.py``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np

from pantau.nlp.features import WordTable, normalise

# (file, column of the token, cased?)
SOURCES = (
    ("idner-news-2k/train.txt", 0, True),
    ("indolem-nerui/train.01.tsv", 0, True),
    ("indonlu-nergrit/train_preprocess.txt", 0, True),
    ("indonlu-bapos/train_preprocess.txt", 0, True),
    ("indonlu-keps/train_preprocess.txt", 0, True),
    ("indonlu-posp/train_preprocess.txt", 0, False),
    ("ud-id-gsd/id_gsd-ud-train.UDv2.0-2017.conllu", 1, True),
    ("ud-id-csui/id_csui-ud-train.conllu", 1, True),
    ("ner-wiki-gold-luthfi2014/goldstandard-0811.txt", 0, True),
)
MIN_COUNT = 3
CONTEXTS = 1000
DIMENSIONS = 80
GRANULARITIES = (64, 512)
SEED = 13


def _token(line: str, column: int) -> str | None:
    """The token of one line, or None for comments and CoNLL-U multiword ranges."""
    if line.startswith("#"):
        return None
    cells = line.split("\t")
    if column and ("-" in cells[0] or "." in cells[0]):
        return None
    return cells[column].strip() or None


def read_text(root: Path) -> Iterator[tuple[list[str], bool]]:
    """Token lists of every source sentence, with whether the source keeps case."""
    for rel, column, cased in SOURCES:
        current: list[str] = []
        for line in (root / rel).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                if current:
                    yield current, cased
                current = []
            elif (token := _token(line, column)) is not None:
                current.append(token)
        if current:
            yield current, cased


def capital_ratios(text: Iterable[tuple[list[str], bool]]) -> dict[str, float]:
    """Per word, the share of its mid-sentence occurrences written with a capital."""
    seen, capped = Counter(), Counter()
    for words, cased in text:
        if not cased:
            continue
        for word in words[1:]:
            if word[:1].isalpha():
                key = normalise(word)
                seen[key] += 1
                capped[key] += word[:1].isupper()
    return {w: capped[w] / n for w, n in seen.items() if n >= 2}


def _context_matrix(sents: list[list[str]], vocab: list[str]) -> np.ndarray:
    index = {w: i for i, w in enumerate(vocab)}
    ctx = {w: i for i, w in enumerate(vocab[:CONTEXTS])}
    counts = np.zeros((len(vocab), 2 * CONTEXTS), dtype=np.float32)
    for words in sents:
        padded = ["<s>", *words, "</s>"]
        for k in range(1, len(padded) - 1):
            row = index.get(padded[k])
            if row is None:
                continue
            left, right = ctx.get(padded[k - 1]), ctx.get(padded[k + 1])
            if left is not None:
                counts[row, left] += 1
            if right is not None:
                counts[row, CONTEXTS + right] += 1
    total = counts.sum()
    expected = counts.sum(1, keepdims=True) * counts.sum(0, keepdims=True) / total
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log(counts / np.maximum(expected, 1e-9))
    return np.where(counts > 0, np.maximum(pmi, 0), 0).astype(np.float32)


def _kmeans(points: np.ndarray, k: int, rng: np.random.Generator, rounds: int = 30) -> np.ndarray:
    """Spherical k-means: cluster ids of unit-length ``points``."""
    centres = points[rng.choice(len(points), k, replace=False)].copy()
    assign = np.zeros(len(points), dtype=np.int64)
    for _ in range(rounds):
        assign = np.argmax(points @ centres.T, axis=1)
        sums = np.zeros_like(centres)
        np.add.at(sums, assign, points)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        centres = np.where(norms > 0, sums / np.maximum(norms, 1e-9), centres)
    return assign


def clusters(sents: list[list[str]]) -> dict[str, tuple[int, ...]]:
    """Per frequent word, its cluster id at each granularity."""
    counts = Counter(w for words in sents for w in words)
    vocab = [w for w, c in counts.most_common() if c >= MIN_COUNT]
    u, s, _ = np.linalg.svd(_context_matrix(sents, vocab), full_matrices=False)
    points = u[:, :DIMENSIONS] * np.sqrt(s[:DIMENSIONS])
    points /= np.maximum(np.linalg.norm(points, axis=1, keepdims=True), 1e-9)
    rng = np.random.default_rng(SEED)
    ids = [_kmeans(points, k, rng) for k in GRANULARITIES]
    return {w: tuple(int(a[i]) for a in ids) for i, w in enumerate(vocab)}


def build(root: Path) -> WordTable:
    """The word table of the unlabelled text under ``root``."""
    text = list(read_text(root))
    sents = [[normalise(w) for w in words] for words, _ in text]
    return WordTable(clusters(sents), capital_ratios(text))
