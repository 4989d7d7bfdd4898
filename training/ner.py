"""Train the shipped NER and write its training record.

Run from the repository root: ``.venv/bin/python -m training.ner`` (``make train``).
It compiles the gazetteer and the word table (clusters and capitalisation
from unlabelled train text, ``training/wordtable.py``), trains the CRF on
idner-news-2k + NER-UI, scores it and a spaCy pipeline trained on the same
data on every dev split, and writes ``src/pantau/models/`` and
``training/RECORD.md``. Data: ``../shared/data`` or ``--data``.
"""

from __future__ import annotations

import argparse
import platform
import time
from datetime import date
from pathlib import Path

from pantau.nlp.features import WordTable
from pantau.nlp.gazetteer import Gazetteer
from pantau.nlp.ner import GAZETTEER_FILE, MODEL_FILE, WORDS_FILE, Tagger
from training import crf, datasets, gazetteer, spacy_ner, wordtable
from training.record import render

MODELS = datasets.REPO / "src" / "pantau" / "models"
RECORD = datasets.REPO / "training" / "RECORD.md"


def _args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", help="corpus folder (default ../shared/data or $PANTAU_DATA)")
    parser.add_argument("--out", type=Path, default=MODELS)
    parser.add_argument("--record", type=Path, default=RECORD)
    parser.add_argument("--c1", type=float, default=crf.CrfSettings.c1)
    parser.add_argument("--c2", type=float, default=crf.CrfSettings.c2)
    parser.add_argument("--iterations", type=int, default=crf.CrfSettings.max_iterations)
    parser.add_argument("--spacy-epochs", type=int, default=10, help="0 skips the peer")
    return parser.parse_args()


def main() -> None:
    args = _args()
    root = datasets.data_root(args.data)
    train_sets = datasets.load(root, datasets.TRAIN)
    dev_sets = datasets.load(root, datasets.DEV)
    sentences = [s for name in datasets.MIX for s in train_sets[name]]
    gaz = gazetteer.build(root, gazetteer.common_words(sentences))
    args.out.mkdir(parents=True, exist_ok=True)
    gaz.save(args.out / GAZETTEER_FILE)
    table = wordtable.build(root)
    table.save(args.out / WORDS_FILE)
    settings = crf.CrfSettings(args.c1, args.c2, args.iterations)
    seconds = crf.train(sentences, gaz, table, settings, args.out / MODEL_FILE)
    tagger = Tagger(
        args.out / MODEL_FILE,
        Gazetteer.load(args.out / GAZETTEER_FILE),
        WordTable.load(args.out / WORDS_FILE),
    )
    results = {"crf": {name: crf.evaluate(tagger, s) for name, s in dev_sets.items()}}
    times = {"crf": seconds}
    if args.spacy_epochs:
        began = time.perf_counter()
        nlp = spacy_ner.train(sentences, args.spacy_epochs)
        times["spacy"] = time.perf_counter() - began
        results["spacy"] = {name: spacy_ner.evaluate(nlp, s) for name, s in dev_sets.items()}
    sizes = {path.name: path.stat().st_size for path in sorted(args.out.glob("ner*"))}
    context = {
        "date": date.today().isoformat(),
        "machine": f"{platform.machine()}, {platform.system()}, Python {platform.python_version()}",
        "train": {name: len(train_sets[name]) for name in datasets.MIX},
        "settings": settings,
        "spacy_epochs": args.spacy_epochs,
        "gazetteer_names": len(gaz.names),
        "table_words": len(table.rows),
        "sizes": sizes,
    }
    args.record.write_text(render(results, times, context), encoding="utf-8")


if __name__ == "__main__":
    main()
