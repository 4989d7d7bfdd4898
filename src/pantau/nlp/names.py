"""Name comparison shared by the in-article merge and the cross-article identities.

Names are compared as tuples of case-folded tokens, each spelling variant
mapped to one spelling (``entity_name_variants.tsv``: Benyamin -> Benjamin,
Mahmud -> Mahmoud), so transliterations compare equal.
"""

from __future__ import annotations

from collections.abc import Sequence

from pantau.nlp.lexicon import Lexicon
from pantau.nlp.tokenize import tokenize


def fold(text: str) -> str:
    """A name compared across mentions: spaces collapsed, case folded."""
    return " ".join(text.split()).casefold()


def initials(name: str) -> str:
    """The capitals of a name's capitalised words ("International Court of Justice": ICJ)."""
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def tokens_of(name: str, lex: Lexicon) -> tuple[str, ...]:
    """The name's word tokens, case-folded and spelling-normalised; punctuation dropped."""
    out = []
    for token in tokenize(name):
        word = token.text.casefold()
        if word[:1].isalnum():
            out.append(lex.name_variants.get(word, word))
    return tuple(out)


def within(short: Sequence[str], full: Sequence[str]) -> bool:
    """Whether ``short`` is a contiguous run of ``full``'s tokens."""
    n = len(short)
    return n > 0 and any(tuple(full[i : i + n]) == tuple(short) for i in range(len(full) - n + 1))


def runs(name: tuple[str, ...]) -> set[tuple[str, ...]]:
    """Every contiguous run of a name's tokens, the whole name included."""
    return {name[a:b] for a in range(len(name)) for b in range(a + 1, len(name) + 1)}


def name_keys(kind: str, surfaces: Sequence[str], lex: Lexicon) -> set[str]:
    """An identity's blocking keys: each spelling whole (``PER=joko widodo``) and each
    shorter run of it (``PER<widodo``), so a lookup finds equal and containing names
    without reading every name that shares a common token."""
    keys = set()
    for surface in surfaces:
        form = tokens_of(surface, lex)
        if not form:
            continue
        keys.add(f"{kind}={' '.join(form)}")
        keys.update(f"{kind}<{' '.join(run)}" for run in runs(form) - {form})
    return keys
