"""Fuzz the readers: any bytes, in any supported format, give RawDocs or Skipped, never raise."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from pantau.doc import RawDoc, Skipped
    from pantau.read import read_inputs

SUFFIXES = [".txt", ".html", ".json", ".jsonl", ".warc", ".gz"]
FOLDER = Path(tempfile.mkdtemp(prefix="pantau-fuzz-"))


def one_input(data: bytes) -> None:
    if not data:
        return
    path = FOLDER / f"input{SUFFIXES[data[0] % len(SUFFIXES)]}"
    path.write_bytes(data[1:])
    for item in read_inputs([path], 1_000_000):
        assert isinstance(item, RawDoc | Skipped)


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
