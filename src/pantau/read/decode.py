"""Bytes to clean text: encoding detection, mojibake repair, scraper escapes.

Scrapers leave traces that are not part of the article: backslash-escaped
quotes (``\\”``, ``\\"``) and literal ``\\n`` sequences where a newline was
meant. Those are undone here, once, for every plain-text input.
"""

from __future__ import annotations

import re

import ftfy
from charset_normalizer import from_bytes

from pantau.errors import InputError

_BOMS = (
    ("utf-32", b"\xff\xfe\x00\x00"),
    ("utf-32", b"\x00\x00\xfe\xff"),
    ("utf-8-sig", b"\xef\xbb\xbf"),
    ("utf-16", b"\xff\xfe"),
    ("utf-16", b"\xfe\xff"),
)
_ESCAPED_QUOTE = re.compile(r"\\([\"'“”‘’])")
_LITERAL_BREAK = re.compile(r"\\r\\n|\\n|\\r")
_LITERAL_TAB = re.compile(r"\\t")
DETECT_SAMPLE_BYTES = 64 * 1024
# encoding, code unit width, offsets that are NUL for Latin text, offset that holds the letter
_BOMLESS = (
    ("utf-32-le", 4, (2, 3), 0),
    ("utf-32-be", 4, (0, 1), 3),
    ("utf-16-le", 2, (1,), 0),
    ("utf-16-be", 2, (0,), 1),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def looks_binary(data: bytes) -> bool:
    """True for data that is no text in any encoding: NUL bytes or many control bytes."""
    sample = data[:8192]
    if any(sample.startswith(bom) for _, bom in _BOMS):
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte < 9 or 13 < byte < 32)
    return controls > len(sample) * 0.05


def decode_bytes(data: bytes, source: str) -> str:
    """Decode ``data`` in its detected encoding and repair mojibake."""
    if not data.strip():
        raise InputError(source, "empty file")
    if (bomless := _bomless_utf(data)) is not None:
        return _fix(bomless)
    if looks_binary(data):
        raise InputError(source, "binary data, not text")
    for encoding, bom in _BOMS:
        if data.startswith(bom):
            return _fix(data.decode(encoding, errors="replace"))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode(_detect(data, source), errors="replace")
    return _fix(text)


def _detect(data: bytes, source: str) -> str:
    """The encoding of non-UTF-8 data, guessed on a sample: detection on all of a
    large file costs seconds per megabyte."""
    best = from_bytes(data[:DETECT_SAMPLE_BYTES]).best()
    if best is None:
        raise InputError(source, "undecodable: no text encoding fits")
    return best.encoding


def _bomless_utf(data: bytes) -> str | None:
    """UTF-16 or UTF-32 text without a byte-order mark, told by where its NUL bytes fall.

    Latin text in UTF-16-LE has a NUL in (nearly) every high byte and none in
    the low ones; NULs strewn through a file (binary data) fit no such pattern.
    """
    sample = data[:8192]
    if b"\x00" not in sample:
        return None
    for encoding, width, zeros, char in _BOMLESS:
        if len(data) % width or _zero_share(sample, width, zeros) < 0.5:
            continue
        if _zero_share(sample, width, (char,)) > 0.05:
            continue
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def _zero_share(sample: bytes, width: int, offsets: tuple[int, ...]) -> float:
    """The share of NUL bytes at the given offsets of each ``width``-byte unit."""
    picked = [byte for i, byte in enumerate(sample) if i % width in offsets]
    return picked.count(0) / len(picked) if picked else 0.0


def _fix(text: str) -> str:
    """Repair mojibake but keep the article's own typography (curly quotes stay)."""
    return ftfy.fix_text(text, uncurl_quotes=False, normalization="NFC")


def undo_scraper_escapes(text: str) -> str:
    """Turn ``\\”`` into ``”``, ``\\"`` into ``"`` and literal ``\\n`` into a newline."""
    text = _ESCAPED_QUOTE.sub(r"\1", text)
    text = _LITERAL_BREAK.sub("\n", text)
    text = _LITERAL_TAB.sub("\t", text)
    return _CONTROL.sub("", text)
