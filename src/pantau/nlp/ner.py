"""The shipped Indonesian NER: a CRF over token features, with a gazetteer.

The model (``models/ner.crfsuite``), its gazetteer (``models/ner_gazetteer.tsv.gz``)
and its word table of clusters and capitalisation (``models/ner_words.tsv.gz``)
are trained by ``training/ner.py`` from public corpora and loaded once per
process. Nothing is downloaded.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from pantau.nlp.conll import spans
from pantau.nlp.crf import Model
from pantau.nlp.features import WordTable, sentence_parts
from pantau.nlp.gazetteer import Gazetteer
from pantau.nlp.tokenize import sentences, tokenize

MODEL_FILE = "ner.crfsuite"
GAZETTEER_FILE = "ner_gazetteer.tsv.gz"
WORDS_FILE = "ner_words.tsv.gz"


class Span(NamedTuple):
    """An entity span in a text: ``[start, end)`` characters, surface text and type."""

    start: int
    end: int
    text: str
    type: str


class Tagger:
    """A CRF model and the gazetteer and word table its features were trained with."""

    def __init__(
        self, model: Path, gazetteer: Gazetteer | None, table: WordTable | None = None
    ) -> None:
        self._crf = Model(model)
        self.gazetteer = gazetteer
        self.table = table

    def tag(self, words: Sequence[str]) -> list[str]:
        """IOB2 labels for one sentence of tokens."""
        return self.tag_many([words])[0]

    def tag_many(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """IOB2 labels for several sentences, decoded together (faster than one by one)."""
        return self._crf.tag_many(
            [sentence_parts(words, self.gazetteer, self.table) for words in sentences]
        )

    def find(self, text: str) -> list[Span]:
        """Entity spans of a text, with character offsets into it."""
        found: list[Span] = []
        for sentence in sentences(tokenize(text)):
            labels = self.tag([t.text for t in sentence])
            for start, end, kind in spans(labels):
                first, last = sentence[start].start, sentence[end - 1].end
                found.append(Span(first, last, text[first:last], kind))
        return found


def _models_dir() -> Path:
    return Path(str(resources.files("pantau.models")))


@cache
def shipped_tagger() -> Tagger:
    """The packaged tagger, loaded once per process."""
    folder = _models_dir()
    gazetteer = Gazetteer.load(folder / GAZETTEER_FILE)
    return Tagger(folder / MODEL_FILE, gazetteer, WordTable.load(folder / WORDS_FILE))


def known_place(text: str) -> bool:
    """True when the shipped gazetteer lists the text as a place (``ST. PETERSBURG``, ``Tuban``)."""
    tokens = tuple(text.casefold().replace(".", " ").split())
    return "L" in shipped_tagger().gazetteer.names.get(tokens, "")
