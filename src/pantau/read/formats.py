"""One parser per input format; each turns one file's text or bytes into RawDocs.

Formats: ``.txt`` (scraped text), ``.html``/``.htm``, ``.json`` (one object),
``.jsonl`` (one object per line), ``.warc`` and ``.warc.gz`` (HTML responses),
and ``.gz`` of any of these.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import io
import json
from collections.abc import Callable, Iterator
from pathlib import PurePath
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from pantau.doc import RawDoc, Skipped
from pantau.errors import InputError
from pantau.read.decode import decode_bytes, undo_scraper_escapes

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
WARC_SUFFIXES = {".warc"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | WARC_SUFFIXES
TOO_DEEP = "invalid JSON (nested too deeply)"


def content_id(text: str) -> str:
    """A stable id from content, for articles that carry no id of their own."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def inner_suffix(path: PurePath) -> str:
    """The format suffix of a path, looking through a trailing ``.gz``."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def stem(path: PurePath) -> str:
    """The file name without its format suffixes (``a.jsonl.gz`` gives ``a``)."""
    name = path.name
    for suffix in reversed(path.suffixes):
        if suffix.lower() in SUFFIXES | {".gz"}:
            name = name[: -len(suffix)]
    return name


def gunzip(data: bytes, source: str, max_bytes: int) -> bytes:
    """Decompress at most ``max_bytes``, refusing larger payloads (gzip bombs)."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as handle:
            out = handle.read(max_bytes + 1)
    except (OSError, EOFError) as error:
        raise InputError(source, f"broken gzip data ({error})") from None
    if len(out) > max_bytes:
        raise InputError(source, f"decompressed size over the {max_bytes:,}-byte limit")
    return out


def parse_text(data: bytes, path: PurePath, source: str) -> Iterator[RawDoc]:
    text = undo_scraper_escapes(decode_bytes(data, source))
    if not text.strip():
        raise InputError(source, "no text after decoding")
    yield RawDoc(id=stem(path), source=source, text=text)


def parse_html(data: bytes, path: PurePath, source: str) -> Iterator[RawDoc]:
    html = decode_bytes(data, source)
    yield RawDoc(id=stem(path), source=source, html=html)


def from_object(obj: Any, source: str, fallback_id: str | None) -> RawDoc:
    """A RawDoc from a JSON object with ``id``, ``url``, ``text`` or ``html`` and hints."""
    if not isinstance(obj, dict):
        raise InputError(source, f"expected a JSON object, found {type(obj).__name__}")
    text, html = obj.get("text"), obj.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        raise InputError(source, "JSON object has neither a 'text' nor an 'html' string")
    if isinstance(text, str):
        text = undo_scraper_escapes(text)
    body = text if isinstance(text, str) else html
    if not body.strip():
        raise InputError(source, "empty 'text'/'html'")
    given_id = obj.get("id")
    article_id = str(given_id) if given_id not in (None, "") else fallback_id or content_id(body)
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    return RawDoc(
        id=article_id,
        source=url or source,
        text=text if isinstance(text, str) else None,
        html=html if not isinstance(text, str) else None,
        url=url,
        title=_optional_str(obj.get("title")),
        published=_optional_str(obj.get("published")),
        outlet=_optional_str(obj.get("outlet")),
    )


def _optional_str(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def parse_json(data: bytes, path: PurePath, source: str) -> Iterator[RawDoc]:
    text = decode_bytes(data, source)
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(source, f"invalid JSON ({error})") from None
    except RecursionError:
        raise InputError(source, TOO_DEEP) from None
    yield from_object(obj, source, stem(path))


def parse_jsonl(data: bytes, path: PurePath, source: str) -> Iterator[RawDoc | Skipped]:
    """One article per line; a bad line is skipped with its line number, the rest go on."""
    text = decode_bytes(data, source)
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            yield from_object(json.loads(line), where, None)
        except json.JSONDecodeError as error:
            yield Skipped(where, f"invalid JSON ({error.msg})")
        except RecursionError:
            yield Skipped(where, TOO_DEEP)
        except InputError as error:
            yield Skipped(where, error.problem)


def parse_warc(data: bytes, path: PurePath, source: str) -> Iterator[RawDoc | Skipped]:
    """HTML response records; other records (requests, metadata, images) are passed over.

    A malformed record (a Content-Length past the data, a torn header) gives
    one Skipped naming the problem; the records before it are kept. warcio's
    warnings on stderr are silenced: their count becomes that one line.
    """
    if not data.lstrip().startswith(b"WARC/"):
        raise InputError(source, "not a readable WARC file (no WARC header)")
    with contextlib.redirect_stderr(io.StringIO()):
        items = _warc_records(data, source)
    yield from items


def _warc_records(data: bytes, source: str) -> list[RawDoc | Skipped]:
    """Every HTML response of the archive, then a Skipped if a record could not be parsed."""
    items: list[RawDoc | Skipped] = []
    records = ArchiveIterator(io.BytesIO(data))
    try:
        for record in records:
            if record.rec_type != "response" or record.http_headers is None:
                continue
            if "html" not in (record.http_headers.get_header("Content-Type") or "").lower():
                continue
            items.append(_warc_doc(record, source))
    except ArchiveLoadFailed as error:
        reason = str(error).strip().splitlines()[0]
        items.append(Skipped(source, f"not a readable WARC file ({reason})"))
    except Exception as error:  # warcio fails in many ways on torn records: one line, go on
        problem = f"{type(error).__name__}: {error}"
        items.append(Skipped(source, f"malformed WARC record, torn or truncated ({problem})"))
    if records.err_count and not (items and isinstance(items[-1], Skipped)):
        items.append(Skipped(source, f"{records.err_count} WARC record(s) with a wrong length"))
    return items


def _warc_doc(record: Any, source: str) -> RawDoc | Skipped:
    url = record.rec_headers.get_header("WARC-Target-URI") or source
    payload = record.content_stream().read()
    if getattr(record.raw_stream, "limit", 0) > 0:
        return Skipped(f"{source} {url}", "truncated record: Content-Length runs past the data")
    try:
        html = decode_bytes(payload, url)
    except InputError as error:
        return Skipped(f"{source} {url}", error.problem)
    return RawDoc(id=content_id(url + html), source=url, html=html, url=url)


Parser = Callable[[bytes, PurePath, str], Iterator[RawDoc | Skipped]]

PARSERS: dict[str, Parser] = {
    **{suffix: parse_text for suffix in TEXT_SUFFIXES},
    **{suffix: parse_html for suffix in HTML_SUFFIXES},
    **{suffix: parse_json for suffix in JSON_SUFFIXES},
    **{suffix: parse_jsonl for suffix in JSONL_SUFFIXES},
    **{suffix: parse_warc for suffix in WARC_SUFFIXES},
}
