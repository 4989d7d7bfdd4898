"""The 1,650-input case of issue 14: 165 distinct articles, each given ten times.

Writes the inputs (real-dev's 93 pages, then hand-written dev texts) as JSON
files with distinct ids, runs ``pantau run`` into a fresh store, and prints
what was stored, recorded as duplicate and skipped. Run once by hand:
``.venv/bin/python scripts/repeat_run.py`` (a few minutes); the figures are
in docs/reliability.md.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pantau.store import Store

ROOT = Path(__file__).resolve().parents[1]
REAL_DEV = ROOT.parent / "shared" / "real-dev" / "articles"
DEV_TEXTS = ["dev-events", "dev-content", "dev-clean"]
DISTINCT, COPIES = 165, 10


def distinct_articles() -> list[dict[str, str]]:
    """The 165 articles: real-dev pages (id, url, text), then dev-set texts."""
    found = [json.loads(path.read_text("utf-8")) for path in sorted(REAL_DEV.glob("*.json"))]
    for name in DEV_TEXTS:
        for path in sorted((ROOT / "gold" / name / "texts").glob("*.txt")):
            found.append({"id": f"{name}-{path.stem}", "text": path.read_text("utf-8")})
    return found[:DISTINCT]


def write_inputs(folder: Path, articles: list[dict[str, str]], copies: int) -> None:
    """Round by round, so every batch of 500 holds about three copies of each article."""
    for round_ in range(copies):
        for article in articles:
            copy = {**article, "id": f"{article['id']}~{round_}"}
            (folder / f"{round_:02d}-{article['id']}.json").write_text(json.dumps(copy), "utf-8")


def run(copies: int, work: Path) -> dict[str, object]:
    folder, db = work / f"in-{copies}", work / f"store-{copies}.db"
    folder.mkdir()
    write_inputs(folder, distinct_articles(), copies)
    started = time.monotonic()
    cli = Path(sys.executable).with_name("pantau")
    done = subprocess.run(
        [cli, "run", str(folder), "--db", str(db)], capture_output=True, text=True
    )
    with Store(db) as store:
        stored = [row["id"].split("~")[0] for row in store.rows("SELECT id FROM articles")]
        duplicates = len(store.duplicates())
        integrity = store.conn.execute("PRAGMA integrity_check").fetchone()[0]
    return {
        "inputs": copies * DISTINCT,
        "seconds": round(time.monotonic() - started),
        "stored": len(stored),
        "distinct stored once": len(set(stored)) == len(stored),
        "duplicates recorded": duplicates,
        "skipped": done.stderr.count("\nskipped ") + done.stderr.startswith("skipped "),
        "integrity": integrity,
        "stored ids": sorted(set(stored)),
    }


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        once, repeated = run(1, Path(tmp)), run(COPIES, Path(tmp))
    same = once.pop("stored ids") == repeated.pop("stored ids")
    print(json.dumps({"once": once, "ten times": repeated, "same articles stored": same}, indent=1))


if __name__ == "__main__":
    main()
