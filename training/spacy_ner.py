"""The peer model family: a spaCy NER pipeline on ``spacy.blank("id")``, from scratch.

Trained on the same sentences as the CRF, for the comparison in RECORD.md.
spaCy is only needed here (the ``train`` extra), never at run time.
"""

from __future__ import annotations

import random
import time

from pantau.nlp.conll import Sentence, score


def _example(nlp, words: list[str], labels: list[str]):
    from spacy.tokens import Doc
    from spacy.training import Example, iob_to_biluo

    doc = Doc(nlp.vocab, words=words)
    return Example.from_dict(doc, {"words": words, "entities": iob_to_biluo(labels)})


def train(sentences: list[Sentence], epochs: int, seed: int = 0):
    """A blank Indonesian pipeline with a default ``ner`` trained for ``epochs``."""
    import spacy
    from spacy.util import minibatch

    random.seed(seed)
    spacy.util.fix_random_seed(seed)
    nlp = spacy.blank("id")
    nlp.add_pipe("ner")
    examples = [_example(nlp, w, labels) for w, labels in sentences]
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(epochs):
        random.shuffle(examples)
        losses: dict = {}
        for batch in minibatch(examples, size=32):
            nlp.update(batch, sgd=optimizer, drop=0.2, losses=losses)
    return nlp


def evaluate(nlp, sentences: list[Sentence]) -> tuple[dict, float]:
    """Span scores and words per second, on the gold tokenisation."""
    from spacy.tokens import Doc

    docs = [Doc(nlp.vocab, words=w) for w, _ in sentences]
    began = time.perf_counter()
    tagged = list(nlp.pipe(docs))
    seconds = time.perf_counter() - began
    predicted = [
        [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_iob_ in ("B", "I") else "O" for t in doc]
        for doc in tagged
    ]
    words = sum(len(w) for w, _ in sentences)
    return score((labels for _, labels in sentences), predicted), words / seconds
