"""Token features for the CRF tagger, shared by training and run time.

One function makes the features for both, so the shipped model always sees
what it was trained on. Features are plain ``name=value`` strings, which
python-crfsuite takes without conversion: word form, shape, affixes, a
two-token context window, gazetteer membership, and the word table learnt
from unlabelled text (distributional clusters, mid-sentence capitalisation).
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Sequence
from functools import lru_cache
from operator import methodcaller
from pathlib import Path

from pantau.nlp.gazetteer import Gazetteer

_SHAPE_RUNS = re.compile(r"(.)\1+")
# The run's character, as the replacement of a run: a C call per match, where the
# template r"\1" is expanded by Python code each time.
_RUN_CHAR = methodcaller("group", 1)
_DIGITS = re.compile(r"\d")
# Upper bounds of the capitalisation buckets (share of mid-sentence capitalised uses).
_CAPITAL_BUCKETS = (0.05, 0.3, 0.7, 0.95)


@lru_cache(maxsize=65536)
def normalise(word: str) -> str:
    """The key a word is looked up under in the word table: lower case, digits as 0."""
    return _DIGITS.sub("0", word.lower())


def _bucket(ratio: float) -> int:
    return sum(ratio > bound for bound in _CAPITAL_BUCKETS)


class WordTable:
    """Facts about words learnt from unlabelled text: cluster ids and a capitalisation bucket.

    Stored as a gzip TSV ``word<TAB>coarse<TAB>fine<TAB>capital`` (empty cells
    for unknown facts) beside the model that was trained with it.
    """

    def __init__(self, clusters: dict[str, tuple[int, ...]], capitals: dict[str, float]) -> None:
        self.rows: dict[str, tuple[str, ...]] = {}
        for word in sorted(clusters.keys() | capitals.keys()):
            ids = clusters.get(word)
            cap = capitals.get(word)
            self.rows[word] = (
                *(("", "") if ids is None else (str(ids[0]), str(ids[1]))),
                "" if cap is None else str(_bucket(cap)),
            )

    @classmethod
    def load(cls, path: Path) -> WordTable:
        """Read a table written by :meth:`save`."""
        table = cls({}, {})
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                word, *cells = line.rstrip("\n").split("\t")
                table.rows[word] = tuple(cells)
        return table

    def save(self, path: Path) -> None:
        """Write the rows sorted, so the shipped file is reproducible."""
        text = "".join(f"{w}\t{chr(9).join(cells)}\n" for w, cells in sorted(self.rows.items()))
        with gzip.GzipFile(path, "wb", mtime=0) as raw:
            raw.write(text.encode("utf-8"))

    def lookup(self, word: str) -> tuple[str, ...]:
        """Coarse cluster, fine cluster and capitalisation bucket ('' when unknown)."""
        return self.rows.get(normalise(word), ("", "", ""))


@lru_cache(maxsize=65536)
def _word_features(word: str) -> tuple[str, str, tuple[str, ...]]:
    """Lower form, short shape, and the context-free features of one word."""
    lower = word.lower()
    shape = word.translate(_ASCII_SHAPE) if word.isascii() else _shape(word)
    short = _SHAPE_RUNS.sub(_RUN_CHAR, shape)
    feats = [
        "w=" + lower,
        "s=" + short,
        "p2=" + lower[:2],
        "p3=" + lower[:3],
        "x2=" + lower[-2:],
        "x3=" + lower[-3:],
        "x4=" + lower[-4:],
        "L=" + str(min(len(word), 8)),
    ]
    if word[:1].isupper():
        feats.append("cap")
    if len(word) > 1 and word.isupper():
        feats.append("upper")
    if "-" in word:
        feats.append("hyphen")
    return lower, short, tuple(feats)


def _shape(word: str) -> str:
    """Each character as X (upper case), x (lower case), d (digit) or itself."""
    return "".join(
        "X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else c for c in word
    )


# ``_shape`` of the ASCII characters as one table: most words are ASCII, and a
# translation is one C call where ``_shape`` tests every character in Python.
_ASCII_SHAPE = {ord(c): _shape(c) for c in map(chr, range(128)) if _shape(c) != c}


@lru_cache(maxsize=65536)
def _own(base: tuple[str, ...], gaz: str, facts: tuple[str, ...]) -> tuple[str, ...]:
    """The features of a token about itself: form, gazetteer tag, word-table facts."""
    coarse, fine, capital = facts
    feats = ["b", *base]
    if gaz:
        feats.append("g=" + gaz)
    if coarse:
        feats += ["k1=" + coarse, "k2=" + fine]
    if capital:
        feats.append("cr=" + capital)
    return tuple(feats)


@lru_cache(maxsize=262144)
def _seen_from(d: int, lower: str, shape: str, gaz: str, facts: tuple[str, ...]) -> tuple[str, ...]:
    """What a token sees of its neighbour at offset ``d`` (cached: news repeats words)."""
    coarse, fine, capital = facts
    feats = [f"{d}w={lower}", f"{d}s={shape}"]
    if gaz:
        feats.append(f"{d}g={gaz}")
    if coarse:
        feats.append(f"{d}k1={coarse}")
    if abs(d) == 1 and fine:
        feats.append(f"{d}k2={fine}")
    if abs(d) == 1 and capital:
        feats.append(f"{d}cr={capital}")
    return tuple(feats)


# A part is a call, ``(function, *arguments)``, that gives a tuple of feature
# strings, or, where it is a single feature, that string itself (a word pair, a
# capitalisation pair, a sentence edge): most word pairs are new to the tagger
# and unknown to the model, and a string tells that by one lookup.
Part = tuple | str


def sentence_features(
    words: Sequence[str], gazetteer: Gazetteer | None, table: WordTable | None = None
) -> list[list[str]]:
    """The feature strings of every token of one sentence."""
    return [
        [feature for part in parts for feature in part_features(part)]
        for parts in sentence_parts(words, gazetteer, table)
    ]


def part_features(part: Part) -> tuple[str, ...]:
    """The feature strings of one part."""
    return (part,) if isinstance(part, str) else part[0](*part[1:])


def sentence_parts(
    words: Sequence[str], gazetteer: Gazetteer | None, table: WordTable | None = None
) -> list[list[Part]]:
    """Per token, its features as parts that recur across sentences.

    A part's strings depend on its arguments alone (a word's own features,
    what a token sees of one neighbour, one pair of adjacent words), so a
    tagger can score a part once and keep the score under the part itself.
    The two forms of a pair are lower case, the capitalisations ``c``/``n``.
    """
    n = len(words)
    lowered = [w.lower() for w in words]
    gaz = gazetteer.tags(lowered) if gazetteer is not None else [""] * n
    caps = [_cap(w) for w in words]
    out: list[list[Part]] = []
    for i, word in enumerate(words):
        parts: list[Part] = [(own_features, word, gaz[i], table)]
        if i == 0:
            parts.append("BOS")
        if i == n - 1:
            parts.append("EOS")
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                parts.append((seen_features, d, words[j], gaz[j], table))
        if i > 0:
            parts.append(f"-1w|w={lowered[i - 1]}|{lowered[i]}")
            parts.append(f"-1c|c={caps[i - 1]}{caps[i]}")
        if i < n - 1:
            parts.append(f"w|1w={lowered[i]}|{lowered[i + 1]}")
            parts.append(f"c|1c={caps[i]}{caps[i + 1]}")
        out.append(parts)
    return out


def own_features(word: str, gaz: str, table: WordTable | None) -> tuple[str, ...]:
    """A token's features about itself: form, shape, affixes, gazetteer tag, word-table facts."""
    return _own(_word_features(word)[2], gaz, _facts(word, table))


def seen_features(d: int, word: str, gaz: str, table: WordTable | None) -> tuple[str, ...]:
    """What a token sees of the neighbour ``word`` at offset ``d``."""
    lower, shape, _ = _word_features(word)
    return _seen_from(d, lower, shape, gaz, _facts(word, table))


def _cap(word: str) -> str:
    return "c" if word[:1].isupper() else "n"


def _facts(word: str, table: WordTable | None) -> tuple[str, ...]:
    return table.lookup(word) if table is not None else ("", "", "")
