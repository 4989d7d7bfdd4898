"""Per-article bounds: a too-large input is skipped with the bound it broke."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from pantau import stages
from pantau.doc import RawDoc, Skipped
from pantau.options import Options
from pantau.pipeline import analyze_many
from pantau.stages import Stage

LEAD = "KOTA CONTOH - Warga kota merayakan hari jadi kota dengan pawai budaya pada Minggu pagi."


def _one(raw: RawDoc, options: Options) -> Skipped:
    [[item]] = list(analyze_many([raw], options, workers=1))
    assert isinstance(item, Skipped)
    return item


def test_text_over_the_size_bound_is_skipped() -> None:
    raw = RawDoc("big", "big.txt", text=(LEAD + "\n") * 200)
    skip = _one(raw, Options(max_text_chars=5_000))
    assert skip.reason.startswith("text of 17,") and "over the 5,000 limit" in skip.reason


def test_a_text_paragraph_over_its_bound_is_skipped() -> None:
    raw = RawDoc("long", "long.txt", text="Judul\n" + LEAD * 30)
    assert "a paragraph of" in _one(raw, Options(max_paragraph_chars=1_000)).reason


def test_an_html_paragraph_over_its_bound_is_skipped_after_cleaning() -> None:
    raw = RawDoc("page", "page.html", html=f"<html><body><p>{LEAD * 30}</p></body></html>")
    assert "a paragraph of" in _one(raw, Options(max_paragraph_chars=1_000)).reason


def _stall(doc: object, options: Options) -> None:
    time.sleep(30)


def test_analysis_over_its_time_bound_is_skipped(monkeypatch) -> None:
    slow = Stage("stall", _stall, requires=("body",), assigns=())
    monkeypatch.setattr("pantau.pipeline.STAGES", [*stages.STAGES, slow])
    started = time.monotonic()
    skip = _one(RawDoc("s", "s.txt", text=f"Judul\n{LEAD}"), Options(max_seconds=0.5))
    assert skip.reason == "analysis over the 0.5-second limit"
    assert time.monotonic() - started < 25  # hang guard: the stall is 30 s


def test_a_10_mb_one_line_file_ends_skipped(tmp_path: Path) -> None:
    path = tmp_path / "one-line.txt"
    path.write_bytes(b"kata " * 2_000_000 + b"\n")
    out = tmp_path / "out" / "records.jsonl"
    out.parent.mkdir()
    cli = Path(sys.executable).with_name("pantau")
    done = subprocess.run(
        [cli, "analyze", str(path), "-o", str(out), "-w", "1"],
        capture_output=True,
        text=True,
        timeout=180,  # hang guard, far above the few seconds it takes
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "over the 300,000 limit" in done.stderr and out.read_text() == ""
