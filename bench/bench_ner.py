"""Speed of the entities stage against spaCy's blank("id") tokenizer on the same text.

Input: the five demo articles, every non-empty line a paragraph, repeated to
about 100,000 words. The reference is the cheapest thing spaCy does (its
rule tokenizer, no model); our figure is the whole stage (tokenizer, CRF
features and decoding, roles, merging). Prints a Markdown section.
"""

from __future__ import annotations

import time
from importlib import resources

from pantau.doc import Doc, RawDoc
from pantau.nlp.entities import entities_stage
from pantau.nlp.ner import shipped_tagger
from pantau.options import Options
from pantau.records import Article

TARGET_WORDS = 100_000


def _paragraphs() -> list[str]:
    demo = resources.files("pantau.data").joinpath("demo")
    lines = [
        line.strip()
        for path in sorted(demo.iterdir(), key=lambda p: p.name)
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    words = sum(len(line.split()) for line in lines)
    return lines * max(1, TARGET_WORDS // words)


def _ours(articles: list[list[str]]) -> float:
    shipped_tagger()
    began = time.perf_counter()
    for i, body in enumerate(articles):
        doc = Doc(RawDoc(str(i), ""), Article(id=str(i), source="", body=body))
        entities_stage(doc, Options())
    return time.perf_counter() - began


def _spacy(paragraphs: list[str]) -> float | None:
    try:
        import spacy
    except ImportError:
        return None
    nlp = spacy.blank("id")
    began = time.perf_counter()
    for _ in nlp.pipe(paragraphs, batch_size=256):
        pass
    return time.perf_counter() - began


def main() -> None:
    paragraphs = _paragraphs()
    words = sum(len(p.split()) for p in paragraphs)
    articles = [paragraphs[i : i + 20] for i in range(0, len(paragraphs), 20)]
    ours = _ours(articles)
    peer = _spacy(paragraphs)
    print("### NER: entities stage vs spaCy blank tokenizer\n")
    print(f"{words:,} words (the demo articles repeated), one process, same run.\n")
    print("| what | seconds | words/s | ratio to spaCy tokenizer |")
    print("| --- | --- | --- | --- |")
    ratio = f"{peer / ours:.2f}" if peer else "n/a"
    print(
        f"| pantau entities stage (tokenize + CRF NER + roles + merge) | {ours:.2f} "
        f"| {words / ours:,.0f} | {ratio} |"
    )
    if peer is None:
        print("| spaCy blank('id') tokenizer | not installed (pip install '.[train]') | | |")
    else:
        print(f"| spaCy blank('id') tokenizer only | {peer:.2f} | {words / peer:,.0f} | 1.00 |")


if __name__ == "__main__":
    main()
