"""A folder of every kind of bad input beside good ones: one line each, all good stored."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import threading
from pathlib import Path

from badinputs import bad_inputs, good_inputs, odd_but_good, write
from pantau.doc import RawDoc, Skipped
from pantau.read import read_inputs
from pantau.store import Store

# Inputs that may decode to some text and be read; every other bad input must be skipped.
MAY_BE_READ = {"invalid-utf8.txt", "deep.html"}


def _run(folder: Path, db: Path) -> subprocess.CompletedProcess[str]:
    cli = Path(sys.executable).with_name("pantau")
    return subprocess.run(
        [cli, "run", str(folder), "--db", str(db), "-w", "2"],
        capture_output=True,
        text=True,
        timeout=300,  # hang guard: the run takes well under a minute
        env={**os.environ, "COLUMNS": "300"},
    )


def test_bad_inputs_are_one_line_each_and_good_ones_all_stored(tmp_path: Path) -> None:
    good = {**good_inputs(9), **odd_but_good()}
    folder = tmp_path / "in"
    write(folder, {**bad_inputs(), **good})
    done = _run(folder, tmp_path / "s.db")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    lines = [line for line in done.stderr.splitlines() if line.startswith("skipped /")]
    for name in set(bad_inputs()) - MAY_BE_READ:
        assert sum(f"/in/{name}" in line for line in lines) >= 1, name
    assert not any(f"/in/{name}" in line for line in lines for name in good)
    with Store(tmp_path / "s.db") as store:
        stored = store.rows("SELECT source FROM articles")
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    sources = {Path(row["source"]).name for row in stored} | {row["source"] for row in stored}
    assert all(
        name in sources or f"https://contoh.co.id/g/{name[5:-5]}" in sources for name in good
    )


def test_a_file_that_vanishes_while_read_is_one_skip(tmp_path: Path, monkeypatch) -> None:
    files = write(tmp_path, {"a-gone.txt": b"isi", **good_inputs(1)})
    real_read = Path.read_bytes

    def vanish(path: Path) -> bytes:
        if path.name == "a-gone.txt":
            path.unlink()
        return real_read(path)

    monkeypatch.setattr(Path, "read_bytes", vanish)
    items = list(read_inputs([tmp_path], 1_000_000))
    assert isinstance(items[0], Skipped) and "unreadable" in items[0].reason
    assert str(files[0]) == items[0].source and isinstance(items[1], RawDoc)


def test_reading_the_bad_corpus_stays_within_bounded_memory(tmp_path: Path) -> None:
    paths = write(tmp_path, bad_inputs())
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    reader = threading.Thread(target=lambda: list(read_inputs(paths, 20 * 1024 * 1024)))
    reader.start()
    reader.join(timeout=120)  # hang guard
    assert not reader.is_alive()
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 600
