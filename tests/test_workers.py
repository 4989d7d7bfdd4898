"""Pool workers die with the run that started them, even after kill -9."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from badinputs import good_inputs, write

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")


def _children(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def _wait(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return stat.exists() and stat.read_text().rsplit(")", 1)[1].split()[0] != "Z"


def test_workers_exit_after_kill_9_of_the_run(tmp_path: Path) -> None:
    inputs = write(tmp_path / "in", good_inputs(60))
    cli = Path(sys.executable).with_name("pantau")
    run = subprocess.Popen(
        [cli, "run", str(inputs[0].parent), "--db", str(tmp_path / "s.db"), "-w", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert _wait(lambda: len(_children(run.pid)) >= 2, 120), "no pool workers started"
        workers = _children(run.pid)
        os.kill(run.pid, signal.SIGKILL)
        run.wait(timeout=30)
        assert _wait(lambda: not any(_alive(pid) for pid in workers), 30)
    finally:
        run.kill()
