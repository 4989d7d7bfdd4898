"""Batch statistics: a line printed in many articles of one outlet is that outlet's template.

``repeated_lines`` runs once over a batch before the per-article stages; its
result goes into ``Options.boilerplate_lines`` and the clean stage removes
those lines as ``duplicate``. A long line (a possible sentence of narrative an
outlet reuses as background) needs a larger share of the outlet's articles.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from pantau.clean.segment import split_lines
from pantau.clean.stage import find_outlet, page_of
from pantau.clean.text import key, word_count
from pantau.dedup import band_keys, shingles, similar
from pantau.doc import RawDoc

LONG_LINE_WORDS = 12


def repeated_lines(
    raws: Iterable[RawDoc],
    *,
    lang: str = "id",
    min_articles: int = 3,
    min_share: float = 0.2,
    long_share: float = 0.5,
) -> dict[str, frozenset[str]]:
    """Outlet -> comparison keys of lines found in many of its articles in the batch.

    A line counts when it appears in at least ``min_articles`` articles of the
    outlet and in at least ``min_share`` of them (``long_share`` for lines of
    ``LONG_LINE_WORDS`` words or more). Inputs without text or outlet, and
    near-duplicates of an input already counted, are skipped. Each outlet's
    statistics depend on its own articles alone, in input order, which is what
    lets a Spark job compute them as an aggregation per outlet.
    """
    by_outlet: dict[str, list[list[str]]] = defaultdict(list)
    for raw in raws:
        found = outlet_and_lines(raw, lang)
        if found is not None:
            by_outlet[found[0]].append(found[1])
    return {
        outlet: outlet_repeated_lines(
            outlet,
            texts,
            min_articles=min_articles,
            min_share=min_share,
            long_share=long_share,
        )
        for outlet, texts in by_outlet.items()
    }


def outlet_and_lines(raw: RawDoc, lang: str = "id") -> tuple[str, list[str]] | None:
    """The outlet of one input and its page's lines; None without text or outlet."""
    if raw.text is None and raw.html is None:
        return None
    try:
        page = page_of(raw)
    except Exception:  # its own analysis reports it; the batch's statistics go on
        return None
    lines = split_lines(page.text)
    outlet = find_outlet(raw, page, lines, lang)
    return None if outlet is None else (outlet, lines)


def outlet_repeated_lines(
    outlet: str,
    texts: Iterable[list[str]],
    *,
    min_articles: int = 3,
    min_share: float = 0.2,
    long_share: float = 0.5,
) -> frozenset[str]:
    """The keys of lines repeated across one outlet's texts, given in input order."""
    total = 0
    seen: Counter[str] = Counter()
    longest: dict[str, int] = {}
    distinct = _Distinct()
    for lines in texts:
        if not distinct.add(outlet, lines):
            continue
        total += 1
        keys = {key(line): word_count(line) for line in lines}
        seen.update(keys.keys())
        longest.update(keys)
    return frozenset(
        line
        for line, count in seen.items()
        if line
        and count >= min_articles
        and count / total >= (long_share if longest[line] >= LONG_LINE_WORDS else min_share)
    )


class _Distinct:
    """The texts counted so far, found again by band key and compared by Jaccard."""

    def __init__(self) -> None:
        self.by_key: dict[str, list[frozenset[str]]] = defaultdict(list)

    def add(self, outlet: str, lines: list[str]) -> bool:
        """Remember the text and say True, or say False for a near-copy of one remembered."""
        grams = shingles(lines)
        keys = band_keys(grams, outlet) or [f"{outlet}:empty"]
        if any(similar(grams, other) for k in keys for other in self.by_key[k]):
            return False
        for k in keys:
            self.by_key[k].append(grams)
        return True
