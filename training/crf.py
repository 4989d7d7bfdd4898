"""Train and evaluate the CRF tagger (python-crfsuite, L-BFGS with L1 and L2)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite

from pantau.nlp.conll import Sentence, score
from pantau.nlp.features import WordTable, sentence_features
from pantau.nlp.gazetteer import Gazetteer
from pantau.nlp.ner import Tagger


@dataclass(frozen=True)
class CrfSettings:
    c1: float = 0.01
    c2: float = 0.2
    max_iterations: int = 200
    min_freq: int = 1


def train(
    sentences: list[Sentence],
    gazetteer: Gazetteer,
    table: WordTable,
    settings: CrfSettings,
    out: Path,
) -> float:
    """Fit the model to ``sentences``, write it to ``out``; return seconds taken."""
    began = time.perf_counter()
    trainer = pycrfsuite.Trainer(verbose=False)
    for words, labels in sentences:
        trainer.append(sentence_features(words, gazetteer, table), labels)
    trainer.set_params(
        {
            "c1": settings.c1,
            "c2": settings.c2,
            "max_iterations": settings.max_iterations,
            "feature.minfreq": settings.min_freq,
            "feature.possible_transitions": True,
        }
    )
    trainer.train(str(out))
    return time.perf_counter() - began


def evaluate(tagger: Tagger, sentences: list[Sentence]) -> tuple[dict, float]:
    """Span scores on ``sentences`` and the tagging speed in words per second."""
    began = time.perf_counter()
    predicted = [tagger.tag(words) for words, _ in sentences]
    seconds = time.perf_counter() - began
    words = sum(len(w) for w, _ in sentences)
    return score((labels for _, labels in sentences), predicted), words / seconds
