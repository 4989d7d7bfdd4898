"""Properties over generated inputs: readers, cleaner, timex and quote finders never
raise and only ever point at text that is there. A short profile (the repeatable
one, few examples) runs in ``make test``; HYPOTHESIS_PROFILE=explore searches afresh."""

from __future__ import annotations

import gzip
import tempfile
from itertools import pairwise
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from pantau.clean.segment import split_lines
from pantau.clean.stage import clean
from pantau.doc import Doc, RawDoc, Skipped
from pantau.options import Options
from pantau.pipeline import analyze
from pantau.read import read_inputs
from pantau.records import Article
from pantau.time.timex import find

WORDS = [
    "Senin",
    "Selasa",
    "5",
    "Maret",
    "2024",
    "(5/3/2024)",
    "pukul",
    "10.00",
    "WIB",
    "kemarin",
    "pekan",
    "lalu",
    "JAKARTA",
    "-",
    "KOMPAS.com",
    "kata",
    "ujar",
    "Rina",
    "Wulandari",
    "mengatakan",
    "bahwa",
    "“Kami",
    "siap,”",
    '"Kami',
    'siap,"',
    "Baca",
    "juga:",
    "Menteri",
    "Keuangan",
    "Sri",
    "Mulyani",
    "Rp",
    "5",
    "triliun",
    "banjir",
    ".",
    ",",
    "\n",
    "\n\n",
    "'",
]
news = st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join)
texts = st.one_of(news, st.text(max_size=300))
SHORT = settings(max_examples=40, deadline=None)
SUFFIXES = [".txt", ".html", ".json", ".jsonl", ".warc", ".txt.gz"]


@SHORT
@given(st.binary(max_size=1500), st.sampled_from(SUFFIXES))
def test_readers_yield_docs_or_skips_for_any_bytes(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(gzip.compress(data) if suffix.endswith(".gz") else data)
        items = list(read_inputs([path], 1_000_000))
    assert items and all(isinstance(item, RawDoc | Skipped) for item in items)


@SHORT
@given(texts)
def test_cleaner_keeps_only_lines_of_the_input(text: str) -> None:
    raw = RawDoc("p", "p.txt", text=text)
    doc = Doc(raw=raw, article=Article(id="p", source="p.txt"))
    clean(doc, Options())
    joined = " ".join(split_lines(text))
    kept = [*doc.article.body, *(removed.text for removed in doc.article.removed)]
    assert all(line in joined for line in kept)


@SHORT
@given(texts)
def test_timexes_are_ordered_disjoint_spans_of_the_text(text: str) -> None:
    found = find(text)
    assert all(text[m.start : m.end] == m.text for m in found)
    assert all(a.end <= b.start for a, b in pairwise(found))


@SHORT
@given(news)
def test_quotes_found_are_in_the_body(text: str) -> None:
    article = analyze(RawDoc("q", "q.txt", text=f"Judul\nJAKARTA - {text}"))
    body = " ".join(article.body)
    assert all(quote.text in body for quote in article.quotes if quote.kind == "direct")
