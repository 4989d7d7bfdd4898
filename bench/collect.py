"""Run every bench/bench_*.py and write their sections to bench/RESULTS.md.

Each benchmark prints a Markdown section measuring pantau beside a peer in
the same run; this script adds the date and the machine they ran on.
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).parent


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    cores = os.cpu_count()
    python = platform.python_version()
    system = f"{platform.system()} {platform.machine()}"
    return f"{system}, {cores} cores ({cpu}), {memory:.0f} GiB, Python {python}"


def main() -> int:
    sections = []
    failed = []
    for script in sorted(HERE.glob("bench_*.py")):
        done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True)
        if done.returncode != 0:
            failed.append(script.name)
            sections.append(f"### {script.name}\n\nFailed:\n\n```\n{done.stderr[-2000:]}\n```\n")
        else:
            sections.append(done.stdout.strip() + "\n")
        print(sections[-1])
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    header = f"# Benchmarks\n\nRun by `make bench` on {stamp}.\nMachine: {machine()}.\n\n"
    (HERE / "RESULTS.md").write_text(header + "\n".join(sections), encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
