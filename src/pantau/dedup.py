"""Near-duplicate texts: word shingles, MinHash band keys, and a Jaccard check.

A re-crawl, or the AMP, mobile and desktop URL of one page, gives texts that
differ in a few lines. Band keys of a MinHash signature find candidates
cheaply (in a batch, or through the store's ``near_keys`` table); the exact
Jaccard of the shingle sets then decides, so a key collision never merges
two articles.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from functools import cache

from datasketch import MinHash

SHINGLE_WORDS = 5
NUM_PERM = 64
BAND_ROWS = 4
NEAR_JACCARD = 0.8
MIN_LINE_WORDS = 8
_WORD = re.compile(r"\w+")


def shingles(lines: Iterable[str]) -> frozenset[str]:
    """Word 5-grams of the long lines (short lines are mostly an outlet's template).

    An input whose lines are all short is shingled whole, so it still has a set.
    """
    lines = list(lines)
    words = [_WORD.findall(line.lower()) for line in lines]
    long = [w for w in words if len(w) >= MIN_LINE_WORDS] or words
    grams: set[str] = set()
    for line in long:
        if len(line) < SHINGLE_WORDS:
            grams.add(" ".join(line))
        grams.update(
            " ".join(line[i : i + SHINGLE_WORDS]) for i in range(len(line) - SHINGLE_WORDS + 1)
        )
    grams.discard("")
    return frozenset(grams)


def band_keys(grams: frozenset[str], scope: str) -> list[str]:
    """LSH band keys of ``grams``, prefixed with ``scope`` (the outlet) so only its texts meet."""
    if not grams:
        return []
    permutations, scheme = _scheme()
    signature = MinHash(num_perm=NUM_PERM, seed=1, permutations=permutations, scheme=scheme)
    signature.update_batch([gram.encode("utf-8") for gram in grams])
    values = signature.hashvalues
    keys = []
    for band in range(NUM_PERM // BAND_ROWS):
        rows = values[band * BAND_ROWS : (band + 1) * BAND_ROWS].tobytes()
        keys.append(f"{scope}:{band}:{hashlib.blake2b(rows, digest_size=8).hexdigest()}")
    return keys


@cache
def _scheme() -> tuple[object, str]:
    """The signature's hash permutations, drawn once (datasketch draws them per MinHash)."""
    reference = MinHash(num_perm=NUM_PERM, seed=1)
    return reference.permutations, reference.scheme


def similar(a: frozenset[str], b: frozenset[str]) -> bool:
    """True when the shingle sets overlap by ``NEAR_JACCARD`` or more."""
    if not a or not b:
        return a == b
    return len(a & b) / len(a | b) >= NEAR_JACCARD
