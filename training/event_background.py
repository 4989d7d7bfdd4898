"""Build ``lang/id/event_background_df.tsv``: document frequencies of Indonesian news words.

Clustering weighs words by TF-IDF. A store that holds few articles, or articles
of one story only, gives useless frequencies ("Putin" in every article looks
like a function word), so the store's counts are added to these background
counts from public news sentences (NERGrit, POSP, UD-GSD in ../shared/data),
grouped into pseudo-documents of ``GROUP`` consecutive sentences.

Run: .venv/bin/python training/event_background.py [../shared/data]
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

GROUP = 20
MIN_DF = 2
WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
SOURCES = (
    ("indonlu-nergrit/train_preprocess.txt", "tsv"),
    ("indonlu-posp/train_preprocess.txt", "tsv"),
    ("ud-id-gsd/id_gsd-ud-train.UDv2.0-2017.conllu", "conllu"),
)
OUT = Path(__file__).resolve().parents[1] / "src/pantau/lang/id/event_background_df.tsv"


def sentences(path: Path, kind: str) -> list[list[str]]:
    """Token lists of a one-token-per-line file (blank line between sentences)."""
    found, current = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if current:
                found.append(current)
            current = []
        elif not line.startswith("#"):
            cells = line.split("\t")
            current.append(cells[1] if kind == "conllu" else cells[0])
    if current:
        found.append(current)
    return found


def main(root: Path) -> None:
    documents, df = 0, Counter()
    for name, kind in SOURCES:
        path = root / name
        if not path.exists():
            print(f"skipping {path}: not found")
            continue
        sents = sentences(path, kind)
        for start in range(0, len(sents), GROUP):
            words = {
                w.lower() for s in sents[start : start + GROUP] for w in WORD.findall(" ".join(s))
            }
            df.update(words)
            documents += 1
    rows = sorted((w, n) for w, n in df.items() if n >= MIN_DF)
    header = (
        "# Document frequencies of words in public Indonesian news sentences, in\n"
        f"# pseudo-documents of {GROUP} sentences (training/event_background.py).\n"
        "# word<TAB>df; the first row counts the documents.\n"
    )
    body = "".join(f"{w}\t{n}\n" for w, n in rows)
    OUT.write_text(f"{header}__documents__\t{documents}\n{body}", encoding="utf-8")
    print(f"{OUT}: {len(rows)} words over {documents} documents")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data"))
