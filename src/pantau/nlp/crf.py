"""Viterbi decoding of a crfsuite CRF1d model, with scores cached per part of the features.

python-crfsuite takes every feature string of every token anew (about thirty
per token), though they come in parts that recur (``features.sentence_parts``):
the features of a word about itself, what a token sees of a neighbour word.
Here the model's weights are read from its file once, a part's score per label
is summed on first sight and kept, and a token's score is the sum of the rows
of its parts. The decoding is crfsuite's own (``crf1d_viterbi``: state plus transition scores,
the first best label kept on ties), so the labels are the same.

The file layout (``lib/crf/src/crf1d_model.c`` and ``lib/cqdb`` of crfsuite):
a header of offsets; a FEAT chunk of (type, source, target, weight) records,
type 0 an attribute-label weight, type 1 a label-label transition; label and
attribute names in CQDB chunks, found by id through their backward arrays.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from pantau.nlp.features import Part, part_features

_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_CHUNK = struct.Struct("<4sII")
_FEATURE = struct.Struct("<iiid")
_CQDB = struct.Struct("<4sIIIII")
_RECORD = struct.Struct("<iI")
_STATE, _TRANSITION = 0, 1
MAX_CACHED_PARTS = 500_000
_ZERO_ROW = 0


class Model:
    """A CRF1d model's labels, per-attribute label weights and transitions."""

    def __init__(self, path: Path) -> None:
        data = Path(path).read_bytes()
        magic, _, kind, _, _, n_labels, n_attrs, features, labels, attrs, *_ = _HEADER.unpack_from(
            data
        )
        if magic != b"lCRF" or kind != b"FOMC":
            raise ValueError(f"{path} is not a crfsuite CRF1d model")
        self.labels = _names(data, labels, n_labels)
        names = _names(data, attrs, n_attrs)
        self._attrs = {name: index for index, name in enumerate(names)}
        self._weights = np.zeros((n_attrs, n_labels))
        self._transitions = np.zeros((n_labels, n_labels))
        _, _, count = _CHUNK.unpack_from(data, features)
        first = features + _CHUNK.size
        for kind_, source, target, weight in _FEATURE.iter_unpack(
            data[first : first + count * _FEATURE.size]
        ):
            if kind_ == _STATE:
                self._weights[source, target] += weight
            elif kind_ == _TRANSITION:
                self._transitions[source, target] += weight
        self._rows: dict[Part, int] = {}
        self._scores = np.zeros((1024, n_labels))  # row 0 stays zero: parts the model lacks
        self._filled = _ZERO_ROW + 1

    def tag_many(self, sentences: Sequence[Sequence[Sequence[Part]]]) -> list[list[str]]:
        """Labels of sentences given each token's feature parts (``pantau.nlp.features``),
        scored together and decoded side by side (``_viterbi_many``)."""
        state = self._state([token for parts in sentences for token in parts])
        ends = np.cumsum([len(parts) for parts in sentences if parts])
        paths = iter(self._viterbi_many(np.split(state, ends[:-1])) if len(ends) else [])
        return [[self.labels[i] for i in next(paths)] if parts else [] for parts in sentences]

    def _state(self, tokens: Sequence[Sequence[Part]]) -> np.ndarray:
        """Per token, the score of each label: the sum of its parts' rows, the parts
        seen first scored in one array operation."""
        if len(self._rows) >= MAX_CACHED_PARTS:
            self._rows.clear()
            self._filled = _ZERO_ROW + 1
        rows: list[int] = []
        starts: list[int] = []
        fresh: list[tuple[int, list[int]]] = []
        seen = self._rows.get  # bound once: this loop runs for every part of every token
        attrs = self._attrs
        for token in tokens:
            starts.append(len(rows))
            for part in token:
                row = seen(part)
                if row is None:
                    row = _ZERO_ROW if _unknown(part, attrs) else self._new(part, fresh)
                rows.append(row)
        if fresh:
            self._fill(fresh)
        return np.add.reduceat(self._scores[rows], starts) if starts else self._scores[:0]

    def _new(self, part: Part, fresh: list[tuple[int, list[int]]]) -> int:
        """A row for a part seen first: the zero row if the model knows none of its
        features, else a new row, filled with the batch's other new rows at once."""
        attrs = self._attrs
        known = [index for f in part_features(part) if (index := attrs.get(f)) is not None]
        row = _ZERO_ROW
        if known:
            row, self._filled = self._filled, self._filled + 1
            fresh.append((row, known))
        self._rows[part] = row
        return row

    def _fill(self, fresh: list[tuple[int, list[int]]]) -> None:
        """Sum the label weights of new rows, all in one array operation."""
        while self._filled > len(self._scores):
            self._scores = np.concatenate([self._scores, np.zeros_like(self._scores)])
        flat = [attr for _, known in fresh for attr in known]
        offsets = np.cumsum([0] + [len(known) for _, known in fresh[:-1]])
        self._scores[[row for row, _ in fresh]] = np.add.reduceat(self._weights[flat], offsets)

    def _viterbi_many(self, states: list[np.ndarray]) -> list[list[int]]:
        """crfsuite's decoding of each sentence: the best path, the first best label kept
        on ties. The sentences go side by side, longest first, so a step of the
        recursion is one array operation over every sentence still that long, not one
        per token; each sentence's sums are the ones it would get alone."""
        order = sorted(range(len(states)), key=lambda k: -len(states[k]))
        lengths = [len(states[k]) for k in order]
        padded = np.zeros((len(order), lengths[0], len(self.labels)))
        for row, k in enumerate(order):
            padded[row, : lengths[row]] = states[k]
        current = padded[:, 0].copy()
        back: list[list[list[int]]] = []
        alive = len(order)
        for t in range(1, lengths[0]):
            while lengths[alive - 1] <= t:
                alive -= 1
            options = current[:alive, :, None] + self._transitions
            back.append(options.argmax(axis=1).tolist())
            current[:alive] = options.max(axis=1) + padded[:alive, t]
        paths: list[list[int]] = [[] for _ in states]
        for row, (k, label) in enumerate(zip(order, current.argmax(axis=1).tolist(), strict=True)):
            path = [label]
            for pointers in reversed(back[: lengths[row] - 1]):
                label = pointers[row][label]
                path.append(label)
            paths[k] = path[::-1]
        return paths


def _unknown(part: Part, attrs: dict[str, int]) -> bool:
    """A single-feature part the model lacks: its row is the zero row, and it is not
    kept (word pairs are mostly new and unknown; keeping them only fills the cache)."""
    return part.__class__ is str and part not in attrs


def _names(data: bytes, offset: int, count: int) -> list[str]:
    """The names of a CQDB chunk in id order, read through its backward array."""
    _, _, _, _, size, backward = _CQDB.unpack_from(data, offset)
    names = []
    table = data[offset + backward : offset + backward + 4 * size]
    for (position,) in struct.iter_unpack("<I", table):
        _, length = _RECORD.unpack_from(data, offset + position)
        start = offset + position + _RECORD.size
        names.append(data[start : start + length - 1].decode("utf-8"))
    return names[:count]
