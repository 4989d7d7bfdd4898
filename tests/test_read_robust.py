"""A torn WARC record ends its file with one line; the next file is read."""

from __future__ import annotations

from pathlib import Path

import pytest

from badinputs import malformed_warcs, warc_record
from pantau.doc import RawDoc, Skipped
from pantau.read import formats, read_inputs

GOOD = warc_record("https://contoh.co.id/baik", b"<p>Berita yang baik.</p>")


@pytest.mark.parametrize("name", sorted(malformed_warcs()))
def test_malformed_warc_gives_one_skip_and_the_next_file_is_read(tmp_path: Path, name: str):
    bad = tmp_path / f"a-{name}"
    bad.write_bytes(malformed_warcs()[name])
    (tmp_path / "z-good.warc").write_bytes(GOOD)
    items = list(read_inputs([tmp_path], 1_000_000))
    skips = [item for item in items if isinstance(item, Skipped)]
    assert len(skips) == 1 and str(bad) in skips[0].source
    assert "\n" not in skips[0].reason and "Traceback" not in skips[0].reason
    assert isinstance(items[-1], RawDoc) and items[-1].url == "https://contoh.co.id/baik"


def test_records_before_a_torn_one_are_kept(tmp_path: Path):
    path = tmp_path / "torn.warc"
    path.write_bytes(malformed_warcs()["torn-second.warc"])
    first, skip = read_inputs([path], 1_000_000)
    assert first.url == "https://contoh.co.id/w/1" and isinstance(skip, Skipped)


def test_a_parser_library_bug_skips_the_file_not_the_run(tmp_path: Path, monkeypatch):
    def broken(*args: object) -> None:
        raise AttributeError("library bug")

    monkeypatch.setitem(formats.PARSERS, ".txt", broken)
    (tmp_path / "a.txt").write_text("isi", encoding="utf-8")
    (tmp_path / "b.json").write_text('{"text": "isi"}', encoding="utf-8")
    items = list(read_inputs([tmp_path], 1_000_000))
    assert isinstance(items[0], Skipped) and "AttributeError: library bug" in items[0].reason
    assert isinstance(items[1], RawDoc)


def test_json_nested_too_deeply_is_one_skip_and_the_next_line_is_read(tmp_path: Path):
    path = tmp_path / "deep.jsonl"
    path.write_bytes(b"[" * 100_000 + b'\n{"id": "next", "text": "Isi berita."}\n')
    skip, doc = read_inputs([path], 1_000_000)
    assert skip.reason == "invalid JSON (nested too deeply)" and doc.id == "next"
