"""CoNLL-style NER files and exact-span scoring.

A file holds one token per line, the token in the first column and its IOB2
label in the last, with a blank line between sentences. Corpora name the three
types differently; ``LABELS`` maps every known name to PER, ORG or LOC and
every other label (TIME, EVT, ...) is read as outside.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

LABELS = {
    "PER": "PER",
    "PERSON": "PER",
    "PPL": "PER",
    "ORG": "ORG",
    "ORGANIZATION": "ORG",
    "ORGANISATION": "ORG",
    "LOC": "LOC",
    "LOCATION": "LOC",
    "PLACE": "LOC",
    "PLC": "LOC",
}
TYPES = ("PER", "ORG", "LOC")

Sentence = tuple[list[str], list[str]]
Span = tuple[int, int, str]


def map_label(label: str) -> str:
    """``B-PERSON`` -> ``B-PER``; labels of other types -> ``O``."""
    prefix, _, kind = label.strip().partition("-")
    if prefix not in ("B", "I") or kind.upper() not in LABELS:
        return "O"
    return f"{prefix}-{LABELS[kind.upper()]}"


def read_conll(path: str | Path) -> list[Sentence]:
    """The sentences of a CoNLL-style file as (tokens, mapped IOB2 labels)."""
    sentences: list[Sentence] = []
    words: list[str] = []
    labels: list[str] = []
    with open(path, encoding="utf-8", newline="") as handle:
        for line in handle:
            cells = line.split()
            if not cells:
                if words:
                    sentences.append((words, labels))
                words, labels = [], []
                continue
            words.append(cells[0])
            labels.append(map_label(cells[-1]) if len(cells) > 1 else "O")
    if words:
        sentences.append((words, labels))
    return sentences


def spans(labels: Sequence[str]) -> list[Span]:
    """Exact entity spans ``(start, end, type)`` of an IOB2 sequence.

    An ``I-`` that does not continue a span of its type opens a new one, as
    conlleval does.
    """
    out: list[Span] = []
    start, kind = -1, ""
    for i, label in enumerate((*labels, "O")):
        prefix, _, this = label.partition("-")
        if kind and (prefix != "I" or this != kind):
            out.append((start, i, kind))
            kind = ""
        if prefix == "B" or (prefix == "I" and not kind):
            start, kind = i, this
    return out


def score(gold: Iterable[Sequence[str]], predicted: Iterable[Sequence[str]]) -> dict:
    """Precision, recall and F1 per type and overall, by exact span match."""
    counts: Counter[tuple[str, str]] = Counter()
    for gold_labels, pred_labels in zip(gold, predicted, strict=True):
        g, p = set(spans(gold_labels)), set(spans(pred_labels))
        for _, _, kind in g & p:
            counts["tp", kind] += 1
        for _, _, kind in p - g:
            counts["fp", kind] += 1
        for _, _, kind in g - p:
            counts["fn", kind] += 1
    result = {
        kind: _prf(counts["tp", kind], counts["fp", kind], counts["fn", kind]) for kind in TYPES
    }
    result["overall"] = _prf(
        *(sum(counts[part, kind] for kind in TYPES) for part in ("tp", "fp", "fn"))
    )
    return result


def _prf(tp: int, fp: int, fn: int) -> dict:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "support": tp + fn}
