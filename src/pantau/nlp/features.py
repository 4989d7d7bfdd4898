"""Token features for the CRF tagger, shared by training and run time.

One function makes the features for both, so the shipped model always sees
what it was trained on. Features are plain ``name=value`` strings, which
python-crfsuite takes without conversion: word form, shape, affixes, a
two-token context window, and gazetteer membership.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pantau.nlp.gazetteer import Gazetteer

_SHAPE_RUNS = re.compile(r"(.)\1+")


@lru_cache(maxsize=65536)
def _word_features(word: str) -> tuple[str, str, tuple[str, ...]]:
    """Lower form, short shape, and the context-free features of one word."""
    lower = word.lower()
    shape = "".join(
        "X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else c for c in word
    )
    short = _SHAPE_RUNS.sub(r"\1", shape)
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


def sentence_features(words: Sequence[str], gazetteer: Gazetteer | None) -> list[list[str]]:
    """The feature strings of every token of one sentence."""
    base = [_word_features(w) for w in words]
    lowered = [b[0] for b in base]
    shapes = [b[1] for b in base]
    caps = ["c" if w[:1].isupper() else "n" for w in words]
    gaz = gazetteer.tags(lowered) if gazetteer is not None else [""] * len(words)
    n = len(words)
    out: list[list[str]] = []
    for i in range(n):
        feats = ["b", *base[i][2]]
        if gaz[i]:
            feats.append("g=" + gaz[i])
        if i == 0:
            feats.append("BOS")
        if i == n - 1:
            feats.append("EOS")
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                feats.append(f"{d}w={lowered[j]}")
                feats.append(f"{d}s={shapes[j]}")
                if gaz[j]:
                    feats.append(f"{d}g={gaz[j]}")
        if i > 0:
            feats.append(f"-1w|w={lowered[i - 1]}|{lowered[i]}")
            feats.append(f"-1c|c={caps[i - 1]}{caps[i]}")
        if i < n - 1:
            feats.append(f"w|1w={lowered[i]}|{lowered[i + 1]}")
            feats.append(f"c|1c={caps[i]}{caps[i + 1]}")
        out.append(feats)
    return out
