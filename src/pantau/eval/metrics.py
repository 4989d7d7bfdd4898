"""Counting helpers shared by the scorers: precision/recall/F1 and B-cubed."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass


@dataclass(slots=True)
class PRF:
    """True positives, predicted and gold counts; precision, recall and F1 from them."""

    tp: float = 0
    pred: float = 0
    gold: float = 0

    def add(self, tp: float, pred: float, gold: float) -> None:
        self.tp += tp
        self.pred += pred
        self.gold += gold

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def bcubed(
    gold: Mapping[str, Hashable], pred: Mapping[str, Hashable]
) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of predicted clusters against gold, over gold's items."""
    items = list(gold)
    if not items:
        return 1.0, 1.0, 1.0
    gold_members: dict[Hashable, set[str]] = defaultdict(set)
    pred_members: dict[Hashable, set[str]] = defaultdict(set)
    for item in items:
        gold_members[gold[item]].add(item)
        pred_members[_pred_label(pred, item)].add(item)
    precision = recall = 0.0
    for item in items:
        g = gold_members[gold[item]]
        p = pred_members[_pred_label(pred, item)]
        both = len(g & p)
        precision += both / len(p)
        recall += both / len(g)
    precision /= len(items)
    recall /= len(items)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _pred_label(pred: Mapping[str, Hashable], item: str) -> Hashable:
    """An item with no predicted cluster is a cluster of its own."""
    label = pred.get(item)
    return ("singleton", item) if label is None else ("cluster", label)
