"""Which corpora of ``../shared/data`` train and evaluate the NER, and where they live.

idner-news-2k and NER-UGM are the same sentences with conflicting labels, so
only idner-news-2k is used. NERP is lower-cased and has no organisation type;
it is left out of the default mix (see RECORD.md for the comparison).
"""

from __future__ import annotations

import os
from pathlib import Path

from pantau.nlp.conll import Sentence, read_conll

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data"

TRAIN = {
    "idner-news-2k": "idner-news-2k/train.txt",
    "ner-ui": "indolem-nerui/train.01.tsv",
    "nergrit": "indonlu-nergrit/train_preprocess.txt",
}
EXTRA_TRAIN = {"nerp": "indonlu-nerp/train_preprocess.txt"}
DEV = {
    "idner-news-2k": "idner-news-2k/dev.txt",
    "ner-ui": "indolem-nerui/dev.01.tsv",
    "nergrit": "indonlu-nergrit/valid_preprocess.txt",
}
HEADLINE_DEV = ("idner-news-2k", "ner-ui")
MIX = ("idner-news-2k", "ner-ui")


def data_root(override: str | None = None) -> Path:
    """The data folder: the argument, else ``$PANTAU_DATA``, else ``../shared/data``."""
    return Path(override or os.environ.get("PANTAU_DATA") or DEFAULT_DATA)


def load(root: Path, files: dict[str, str]) -> dict[str, list[Sentence]]:
    """Each named corpus file read as mapped sentences."""
    return {name: read_conll(root / rel) for name, rel in files.items()}
