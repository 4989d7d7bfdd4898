"""A compact name list (person, organisation, place) matched over token sequences.

The tagger uses gazetteer membership as a feature, not as an answer: the lists
are noisy (DBpedia titles, BPS region names), and the CRF learns how far to
trust them. Names are stored lower-cased, one ``TYPE<TAB>name`` per line, in a
gzip file shipped beside the model.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable, Sequence
from pathlib import Path


class Gazetteer:
    """Lower-cased token tuples mapped to the entity types they are listed under."""

    def __init__(self, entries: Iterable[tuple[str, tuple[str, ...]]]) -> None:
        self.names: dict[tuple[str, ...], str] = {}
        prefixes: set[tuple[str, ...]] = set()
        for kind, tokens in entries:
            if not tokens:
                continue
            known = self.names.get(tokens, "")
            if kind[0] not in known:
                self.names[tokens] = "".join(sorted(known + kind[0]))
            prefixes.update(tokens[:n] for n in range(1, len(tokens)))
        self.prefixes = frozenset(prefixes)

    @classmethod
    def load(cls, path: Path) -> Gazetteer:
        """Read a ``TYPE<TAB>space separated tokens`` gzip file."""
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            rows = (line.rstrip("\n").split("\t", 1) for line in handle)
            return cls((kind, tuple(name.split(" "))) for kind, name in rows)

    def save(self, path: Path) -> None:
        """Write the entries sorted, so the shipped file is reproducible."""
        lines = sorted(
            f"{kind}\t{' '.join(tokens)}\n"
            for tokens, kinds in self.names.items()
            for kind in kinds
        )
        with gzip.GzipFile(path, "wb", mtime=0) as raw:
            raw.write("".join(lines).encode("utf-8"))

    def tags(self, lowered: Sequence[str]) -> list[str]:
        """Per token, the BIO gazetteer tags of the longest listed names covering it.

        A tag looks like ``B-L`` or ``I-PO`` (the initials of every type the
        name is listed under); tokens covered by no name get an empty string.
        """
        out = [""] * len(lowered)
        i, n = 0, len(lowered)
        while i < n:
            best, kinds, j = 0, "", i
            key: tuple[str, ...] = ()
            while j < n:
                key = (*key, lowered[j])
                found = self.names.get(key)
                if found:
                    best, kinds = j + 1 - i, found
                if key not in self.prefixes:
                    break
                j += 1
            if best:
                out[i] = "B-" + kinds
                for k in range(i + 1, i + best):
                    out[k] = "I-" + kinds
                i += best
            else:
                i += 1
        return out
