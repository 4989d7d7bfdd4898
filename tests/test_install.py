"""A plain ``pip install .`` (the pip Python 3.11 ships) gives a CLI that starts.

Slow (a fresh venv, every dependency installed): ``make test-install`` runs
it with ``PANTAU_TEST_INSTALL=1``; CI calls that target after ``make test``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(not os.environ.get("PANTAU_TEST_INSTALL"), reason="make test-install")
def test_plain_pip_install_starts_the_cli(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", str(ROOT)]
    subprocess.run(pip, check=True, timeout=1200, capture_output=True)
    done = subprocess.run(
        [str(venv / "bin" / "pantau"), "--help"], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert "Usage" in done.stdout and "analyze" in done.stdout
