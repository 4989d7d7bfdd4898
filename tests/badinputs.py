"""A corpus of bad inputs, written at test time (no binaries checked in).

Each entry is a file name and its bytes; ``good_inputs`` are articles that
must be stored whatever lies beside them.
"""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ARTICLE = (
    "Judul Berita Percobaan Nomor {n}\n"
    "KOTA CONTOH - Pemerintah Kota Contoh meresmikan jembatan nomor {n} pada Senin pagi "
    "setelah pembangunan selama dua tahun.\n"
    "Wali Kota Contoh, Budi Santoso, mengatakan jembatan nomor {n} akan mempersingkat "
    "perjalanan warga dari desa ke pasar.\n"
)


def warc_record(url: str, body: bytes, content_type: str = "text/html") -> bytes:
    """One WARC response record, as a crawler writes it."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        url, "response", payload=io.BytesIO(body), http_headers=headers
    )
    writer.write_record(record)
    return buffer.getvalue()


def _page(n: int) -> bytes:
    paragraphs = "".join(f"<p>{line}</p>" for line in ARTICLE.format(n=n).splitlines())
    return f"<html><body>{paragraphs}</body></html>".encode()


def malformed_warcs() -> dict[str, bytes]:
    """WARC files torn in several ways."""
    good = warc_record("https://contoh.co.id/w/1", _page(1))
    second = warc_record("https://contoh.co.id/w/2", _page(2))
    return {
        "overlong.warc": good.replace(b"Content-Length: ", b"Content-Length: 9", 1),
        "torn-second.warc": (good + second)[: len(good) + 60],
        "garbage-after.warc": good + b"GARBAGE\r\n\r\nnot a record",
        "bad-length.warc": good.replace(b"Content-Length: ", b"Content-Length: x", 1),
        "header-only.warc": b"WARC/1.0\r\nWARC-Type: response\r\n",
        "not-warc.warc": b"this is no archive at all",
    }


def bad_inputs() -> dict[str, bytes]:
    """File name -> bytes of every kind of bad input the readers must survive."""
    text = ARTICLE.format(n=0)
    bomb = gzip.compress(b"\x00" * (30 * 1024 * 1024))
    return {
        "binary.txt": bytes(range(256)) * 40,
        "empty.txt": b"",
        "nul-bytes.txt": text.encode().replace(b" ", b"\x00"),
        "invalid-utf8.txt": b"\xff\xfe\xfa" * 10 + b"\xc3\x28\xa0\xa1" * 100,
        "bomb.txt.gz": bomb,
        "truncated.txt.gz": gzip.compress(text.encode() * 50)[:40],
        "wrong-type.json": json.dumps({"id": 7, "text": ["not", "a", "string"]}).encode(),
        "list.json": b"[1, 2, 3]",
        "number.json": b"42",
        "broken-lines.jsonl": b'{"id": "x1", "text": 5}\n{not json\n\xff\xfe\n[1]\n',
        "deep.json": b"[" * 100_000 + b"]" * 100_000,
        "deep-line.jsonl": b"[" * 100_000
        + b"\n"
        + json.dumps({"id": "after-deep", "text": text}).encode(),
        "deep.html": b"<div>" * 50_000 + b"<p>isi</p>" + b"</div>" * 50_000,
        "one-line.txt": b"kata " * 2_000_000,
        **malformed_warcs(),
    }


def odd_but_good() -> dict[str, bytes]:
    """Inputs in unusual encodings that still hold a readable article each."""
    return {
        "utf16-bom.txt": ARTICLE.format(n=101).encode("utf-16"),
        "utf16le-nobom.txt": ARTICLE.format(n=102).encode("utf-16-le"),
        "utf32-bom.txt": ARTICLE.format(n=103).encode("utf-32"),
        "utf32le-nobom.txt": ARTICLE.format(n=104).encode("utf-32-le"),
        "mojibake.txt": ARTICLE.format(n=105)
        .replace("Kota", "Kota “Baru”")
        .encode()
        .decode("cp1252", "replace")
        .encode(),
    }


def good_inputs(count: int) -> dict[str, bytes]:
    """Plain, distinct articles: ``count`` of them, in several formats."""
    files: dict[str, bytes] = {}
    for n in range(count):
        body = ARTICLE.format(n=200 + n)
        if n % 3 == 0:
            files[f"good-{n}.txt"] = body.encode()
        elif n % 3 == 1:
            files[f"good-{n}.json"] = json.dumps({"id": f"good-{n}", "text": body}).encode()
        else:
            files[f"good-{n}.warc"] = warc_record(f"https://contoh.co.id/g/{n}", _page(200 + n))
    return files


def write(folder: Path, files: dict[str, bytes]) -> list[Path]:
    """Write each file under ``folder``; the paths, in name order."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return sorted(folder / name for name in files)
