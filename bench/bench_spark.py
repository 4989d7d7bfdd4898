"""The same articles through the process pool and through Spark local[W], side by side.

Input: ``realshape.write_corpus(N, seed=1)``, N distinct real-shaped articles
as ``.json`` files. Each side is a whole command, start-up included, timed
from outside: ``pantau analyze --workers W`` and ``pantau spark --master
local[W] --jsonl``; their records are compared line by line. Spark's start-up
(a session and one trivial job) is timed alone in a child. Then the store:
``pantau run --workers W`` against ``pantau ingest`` of the Spark folder, and
the two stores compared table by table (``store_content.store_tables``).
Prints a Markdown section.

Run: SPARK_LOCAL_IP=127.0.0.1 .venv/bin/python bench/bench_spark.py [N] [W]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from realshape import write_corpus
from store_content import store_tables

BIN = Path(sys.executable).parent
STARTUP = """
import time
t = time.perf_counter()
from pantau.spark import spark_session
spark = spark_session("local[{w}]")
spark.sparkContext.parallelize(range(10), {w}).count()
print(time.perf_counter() - t)
"""


def timed(args: list[str]) -> float:
    """Wall seconds of one command; exit status 0 or 1 (skips) both count as done."""
    start = time.perf_counter()
    done = subprocess.run(args, capture_output=True, text=True, env=os.environ)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args)} failed:\n{done.stderr[-2000:]}")
    return time.perf_counter() - start


def main(n: int, workers: int) -> None:
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write_corpus(root / "corpus", n, seed=1)
        corpus = str(root / "corpus")
        pool = timed([str(BIN / "pantau"), "analyze", corpus, "-o", str(root / "pool.jsonl"),
                      "-w", str(workers)])  # fmt: skip
        startup = float(
            subprocess.run(
                [sys.executable, "-c", STARTUP.format(w=workers)],
                capture_output=True, text=True, check=True,
            ).stdout.split()[-1]
        )  # fmt: skip
        spark = timed([str(BIN / "pantau"), "spark", corpus, "--out", str(root / "spark"),
                       "--master", f"local[{workers}]", "--jsonl"])  # fmt: skip
        parts = sorted((root / "spark" / "records-jsonl").glob("part-*"))
        same = "".join(p.read_text(encoding="utf-8") for p in parts) == (
            root / "pool.jsonl"
        ).read_text(encoding="utf-8")
        run = timed([str(BIN / "pantau"), "run", corpus, "--db", str(root / "run.db"),
                     "-w", str(workers)])  # fmt: skip
        ingest = timed([str(BIN / "pantau"), "ingest", str(root / "spark"),
                        "--db", str(root / "ingest.db")])  # fmt: skip
        stores = store_tables(root / "run.db") == store_tables(root / "ingest.db")
    print("### Spark local[2] against the process pool (bench_spark.py)\n")
    print(f"{n:,} distinct real-shaped articles (seed 1), {workers} workers each side.\n")
    print("| path | wall s | articles/s | per core, articles/s |")
    print("| --- | ---: | ---: | ---: |")
    print(f"| `pantau analyze -w {workers}` (process pool) | {pool:.1f} | {n / pool:.0f} | "
          f"{n / pool / workers:.0f} |")  # fmt: skip
    print(f"| `pantau spark --master local[{workers}]` | {spark:.1f} | {n / spark:.0f} | "
          f"{n / spark / workers:.0f} |")  # fmt: skip
    net = spark - startup
    print(f"| Spark less its start-up ({startup:.1f} s) | {net:.1f} | {n / net:.0f} | "
          f"{n / net / workers:.0f} |")  # fmt: skip
    print(f"\nRecords identical, line by line: {'yes' if same else 'NO'}.\n")
    print("| store | wall s | articles/s |")
    print("| --- | ---: | ---: |")
    print(f"| `pantau run -w {workers}` (analyze + store + corpus) | {run:.1f} | {n / run:.0f} |")
    print(f"| `pantau ingest` of the Spark folder (store + corpus) | {ingest:.1f} | "
          f"{n / ingest:.0f} |")  # fmt: skip
    print(f"\nStores the same, table by table: {'yes' if stores else 'NO'}.")


if __name__ == "__main__":
    main(
        int(sys.argv[1]) if len(sys.argv) > 1 else 2000,
        int(sys.argv[2]) if len(sys.argv) > 2 else 2,
    )
