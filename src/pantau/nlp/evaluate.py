"""``pantau eval-ner``: the shipped NER scored on a CoNLL-style file."""

from __future__ import annotations

from pathlib import Path

from pantau.errors import GoldError
from pantau.nlp.conll import TYPES, read_conll, score
from pantau.nlp.ner import Tagger, shipped_tagger


def eval_ner(path: str | Path, tagger: Tagger | None = None) -> dict:
    """Exact-span precision, recall and F1 per type and overall on the file's own tokens."""
    if not Path(path).is_file():
        raise GoldError(f"{path}: no such file")
    sentences = read_conll(path)
    if not sentences:
        raise GoldError(f"{path}: no sentences")
    tagger = tagger or shipped_tagger()
    predicted = [tagger.tag(words) for words, _ in sentences]
    result = score((labels for _, labels in sentences), predicted)
    result["sentences"] = len(sentences)
    result["tokens"] = sum(len(words) for words, _ in sentences)
    return result


def format_scores(scores: dict) -> str:
    """A plain-text table of the scores, one row per type and one overall."""
    lines = [
        f"{scores['sentences']} sentences, {scores['tokens']} tokens",
        f"{'type':<8} {'precision':>9} {'recall':>7} {'f1':>7} {'support':>8}",
    ]
    for kind in (*TYPES, "overall"):
        s = scores[kind]
        numbers = f"{s['precision']:>9.4f} {s['recall']:>7.4f} {s['f1']:>7.4f}"
        lines.append(f"{kind:<8} {numbers} {s['support']:>8}")
    return "\n".join(lines)
