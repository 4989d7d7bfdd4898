"""The benchmarks' article generator: distinct, repeatable, and read like a crawl."""

from __future__ import annotations

import sys
from pathlib import Path

from pantau.read import read_inputs

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from realshape import articles, write_corpus


def test_articles_are_distinct_and_repeatable() -> None:
    first = articles(300, seed=4)
    assert len({raw.text for raw in first}) == 300
    assert [raw.text for raw in articles(300, seed=4)] == [raw.text for raw in first]
    assert articles(1, seed=5)[0].text != first[0].text


def test_written_corpus_reads_back_with_urls(tmp_path: Path) -> None:
    write_corpus(tmp_path, 20, seed=2)
    raws = [item for item in read_inputs([tmp_path], max_bytes=1 << 20) if hasattr(item, "url")]
    assert len(raws) == 20
    assert all(raw.url and raw.url.startswith("https://") for raw in raws)
