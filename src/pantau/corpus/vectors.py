"""TF-IDF vectors kept up to date incrementally: document frequencies live in the store.

Adding an article updates the frequency of its own terms only, and weighing an
article reads only the frequencies of its own terms, so the cost per article
does not grow with the corpus. The store's counts add to background counts from
public news text (``event_background_df.tsv``), so that a young or one-story
store still knows that "yang" is common and a name is rare. Centroids are sums
of unit vectors, trimmed to their heaviest terms to keep a profile a fixed size.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable
from functools import cache

from pantau.lang import rows
from pantau.store import Store

CENTROID_TERMS = 120
Vector = dict[str, float]


def add_documents(store: Store, term_sets: Iterable[Iterable[str]]) -> None:
    """Count each document's distinct terms into the store's document frequencies."""
    counts: Counter[str] = Counter()
    documents = 0
    for terms in term_sets:
        counts.update(set(terms))
        documents += 1
    store.conn.executemany(
        "INSERT INTO term_df (term, df) VALUES (?, ?)"
        " ON CONFLICT (term) DO UPDATE SET df = df + excluded.df",
        list(counts.items()),
    )
    store.conn.execute(
        "INSERT INTO corpus_counts (name, value) VALUES ('documents', ?)"
        " ON CONFLICT (name) DO UPDATE SET value = value + excluded.value",
        (documents,),
    )


@cache
def background(lang: str) -> tuple[int, dict[str, int]]:
    """The background document count and word frequencies of ``lang``."""
    table = {word: int(df) for word, df in rows(lang, "event_background_df.tsv")}
    return table.pop("__documents__", 0), table


def _background_df(term: str, table: dict[str, int]) -> int:
    """A word's background frequency; a name key counts as its rarest word."""
    if term.startswith("e:"):
        return min((table.get(word, 0) for word in term[2:].split()), default=0)
    return table.get(term, 0)


def weigh(store: Store, terms: Counter[str], lang: str = "id") -> Vector:
    """The unit TF-IDF vector of a term count, with the store's current frequencies."""
    total = store.conn.execute(
        "SELECT value FROM corpus_counts WHERE name = 'documents'"
    ).fetchone()
    base_documents, base = background(lang)
    documents = (total[0] if total else 0) + base_documents
    frequencies = _frequencies(store, list(terms))
    vector = {}
    for term, count in terms.items():
        df = frequencies.get(term, 0) + _background_df(term, base)
        vector[term] = (1.0 + math.log(count)) * (math.log((documents + 1) / (df + 1)) + 1.0)
    return unit(vector)


def _frequencies(store: Store, terms: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for start in range(0, len(terms), 500):
        chunk = terms[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in store.conn.execute(
            f"SELECT term, df FROM term_df WHERE term IN ({marks})", chunk
        ):
            found[row[0]] = row[1]
    return found


def unit(vector: Vector) -> Vector:
    norm = math.sqrt(sum(value * value for value in vector.values()))
    return {term: value / norm for term, value in vector.items()} if norm else {}


def cosine(a: Vector, b: Vector) -> float:
    """Cosine of two vectors (neither needs to be unit length)."""
    if len(a) > len(b):
        a, b = b, a
    dot = sum(value * b.get(term, 0.0) for term, value in a.items())
    norm_a = math.sqrt(sum(v * v for v in a.values()))
    norm_b = math.sqrt(sum(v * v for v in b.values()))
    return dot / (norm_a * norm_b) if norm_a and norm_b else 0.0


def merge(centroid: Vector, vector: Vector) -> Vector:
    """A centroid with one more member, trimmed to its heaviest terms."""
    summed = Counter(centroid)
    summed.update(vector)
    return dict(summed.most_common(CENTROID_TERMS))


def dumps(vector: Vector) -> str:
    return json.dumps({term: round(value, 5) for term, value in vector.items()}, ensure_ascii=False)


def loads(text: str) -> Vector:
    return json.loads(text)
