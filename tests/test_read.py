import gzip
import io
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pantau.doc import RawDoc, Skipped
from pantau.errors import InputError
from pantau.read import read_inputs
from pantau.read.decode import decode_bytes, undo_scraper_escapes

LIMIT = 1_000_000


def read_all(*inputs, limit=LIMIT):
    return list(read_inputs([str(i) for i in inputs], limit))


def test_txt_uses_file_stem_and_undoes_escapes(tmp_path: Path):
    path = tmp_path / "berita-1.txt"
    path.write_text('Judul\n\\”Kami siap,\\” katanya.\\nBaris baru \\"kutip\\"', encoding="utf-8")
    [doc] = read_all(path)
    assert doc.id == "berita-1"
    assert doc.text == 'Judul\n”Kami siap,” katanya.\nBaris baru "kutip"'


def test_escapes_only_touch_scraper_sequences():
    assert undo_scraper_escapes("C:\\data") == "C:\\data"
    assert undo_scraper_escapes("a\\r\\nb") == "a\nb"


def test_cp1252_is_detected_and_mojibake_fixed(tmp_path: Path):
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Café “kutipan” di Jakarta, harga naik lagi minggu ini.".encode("cp1252"))
    broken = tmp_path / "mojibake.txt"
    broken.write_text("Perdana Menteri berkata â€œsiapâ€\x9d untuk membantu.", encoding="utf-8")
    docs = read_all(latin, broken)
    assert docs[0].text == "Café “kutipan” di Jakarta, harga naik lagi minggu ini."
    assert "“siap”" in docs[1].text


def test_html_is_kept_for_the_clean_stage(tmp_path: Path):
    path = tmp_path / "page.html"
    path.write_text("<html><body><p>Isi berita.</p></body></html>", encoding="utf-8")
    [doc] = read_all(path)
    assert doc.html.startswith("<html>") and doc.text is None and doc.id == "page"


def test_json_object_fields(tmp_path: Path):
    path = tmp_path / "one.json"
    obj = {"id": 42, "url": "https://www.kompas.com/a", "text": "Isi", "title": "T", "outlet": "x"}
    path.write_text(json.dumps(obj), encoding="utf-8")
    [doc] = read_all(path)
    assert (doc.id, doc.source, doc.url, doc.title, doc.outlet) == (
        "42", "https://www.kompas.com/a", "https://www.kompas.com/a", "T", "x",
    )  # fmt: skip


def test_jsonl_ids_and_bad_lines(tmp_path: Path):
    path = tmp_path / "many.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "Satu"}),
        "{not json",
        json.dumps({"html": "<p>Dua</p>"}),
        json.dumps({"id": "c", "title": "tanpa isi"}),
        json.dumps(["bukan", "objek"]),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read_all(path)
    docs = [i for i in items if isinstance(i, RawDoc)]
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert docs[0].id == "a"
    assert len(docs[1].id) == 16 and docs[1].html == "<p>Dua</p>"
    assert [s.source for s in skipped] == [f"{path}:2", f"{path}:4", f"{path}:5"]
    assert "invalid JSON" in skipped[0].reason


def test_content_hash_id_is_stable(tmp_path: Path):
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps({"text": "Sama"}) + "\n", encoding="utf-8")
    assert read_all(path)[0].id == read_all(path)[0].id


def _warc_bytes() -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    for url, ctype, body in [
        ("https://news.example.id/a", "text/html; charset=utf-8", b"<p>Berita A</p>"),
        ("https://news.example.id/logo.png", "image/png", b"\x89PNG..."),
    ]:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=headers
        )
        writer.write_record(record)
    return buffer.getvalue()


def test_warc_and_warc_gz_keep_html_responses(tmp_path: Path):
    plain = tmp_path / "crawl.warc"
    plain.write_bytes(_warc_bytes())
    packed = tmp_path / "crawl.warc.gz"
    packed.write_bytes(gzip.compress(_warc_bytes()))
    docs = read_all(plain, packed)
    assert [d.url for d in docs] == ["https://news.example.id/a"] * 2
    assert docs[0].html == "<p>Berita A</p>" and docs[0].id == docs[1].id


def test_gz_of_any_format(tmp_path: Path):
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(b"Isi berita"))
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(b'{"id": "b", "text": "Dua"}\n'))
    docs = read_all(tmp_path)
    assert [(d.id, d.text) for d in docs] == [("a", "Isi berita"), ("b", "Dua")]


def test_folder_is_recursive_and_glob_works(tmp_path: Path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("B", encoding="utf-8")
    (tmp_path / "a.txt").write_text("A", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    assert [d.id for d in read_all(tmp_path)] == ["a", "b"]
    assert [d.id for d in read_all(tmp_path / "**" / "*.txt")] == ["a", "b"]


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n ", "empty file"),
        ("binary.txt", b"\x00\x01\x02PNG\x00\x00" * 50, "binary data"),
        ("broken.txt.gz", b"\x1f\x8b\x08\x00garbage", "broken gzip"),
        ("bad.json", b"{", "invalid JSON"),
        ("list.json", b"[1, 2]", "expected a JSON object"),
        ("thing.pdf", b"%PDF-1.4", "unsupported format"),
        ("bad.warc", b"this is not a warc file at all", "not a readable WARC"),
    ],
)
def test_bad_inputs_are_skipped_with_a_reason(tmp_path: Path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_text("Berita baik", encoding="utf-8")
    items = read_all(path, good)
    assert isinstance(items[0], Skipped) and reason in items[0].reason
    assert str(path) in str(items[0])
    assert isinstance(items[1], RawDoc)


def test_oversized_and_missing(tmp_path: Path):
    big = tmp_path / "big.txt"
    big.write_text("x" * 200, encoding="utf-8")
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"a" * 5000))
    items = read_all(big, bomb, tmp_path / "nope.txt", tmp_path / "*.none", limit=100)
    reasons = [item.reason for item in items]
    assert "over the 100-byte limit" in reasons[0]
    assert "over the 100-byte limit" in reasons[1]
    assert reasons[2:] == ["no such file or folder", "no file matches this pattern"]


def test_unreadable_file(tmp_path: Path):
    folder_named_txt = tmp_path / "dir.txt"
    folder_named_txt.mkdir()
    (folder_named_txt / "inner.txt").write_text("isi", encoding="utf-8")
    [doc] = read_all(folder_named_txt)
    assert doc.id == "inner"


@given(st.binary(max_size=2000))
def test_decoding_arbitrary_bytes_only_raises_input_error(data):
    try:
        text = decode_bytes(data, "fuzz")
    except InputError as error:
        assert error.source == "fuzz"
    else:
        assert isinstance(text, str)
