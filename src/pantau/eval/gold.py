"""Loading gold files and turning their articles into inputs for analysis."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pantau.doc import RawDoc, Skipped
from pantau.errors import GoldError, InputError
from pantau.read import read_file
from pantau.read.formats import from_object


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    """JSON Lines of objects; a broken line is a GoldError naming file and line."""
    records = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise GoldError(f"{path}: unreadable ({error})") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise GoldError(f"{path}:{number}: invalid JSON ({error.msg})") from None
        if not isinstance(record, dict) or "id" not in record:
            raise GoldError(f"{path}:{number}: expected an object with an 'id'")
        records.append(record)
    return records


def gold_inputs(
    gold: list[dict[str, Any]], gold_path: Path, max_bytes: int
) -> list[RawDoc | Skipped]:
    """The raw article of each gold line, from ``text`` or ``text_file`` beside the gold."""
    items: list[RawDoc | Skipped] = []
    for record in gold:
        where = f"{gold_path}:{record['id']}"
        try:
            items.append(_gold_input(record, gold_path, max_bytes))
        except InputError as error:
            items.append(Skipped(where, error.problem))
    return items


def _gold_input(record: dict[str, Any], gold_path: Path, max_bytes: int) -> RawDoc:
    if record.get("text_file"):
        path = gold_path.parent / record["text_file"]
        docs = [doc for doc in read_file(path, max_bytes) if isinstance(doc, RawDoc)]
        if len(docs) != 1:
            raise InputError(str(path), f"expected one article, found {len(docs)}")
        docs[0].id = record["id"]
        return docs[0]
    if record.get("text"):
        return from_object(
            {"id": record["id"], "text": record["text"], "url": record.get("source")},
            str(gold_path),
            None,
        )
    raise InputError(
        str(gold_path), f"gold line {record['id']!r} has neither 'text' nor 'text_file'"
    )


def timeline_beside(gold_path: Path) -> Path | None:
    """The gold timeline of a gold file: ``<stem>-timeline.jsonl`` or ``timeline.jsonl``."""
    for name in (f"{gold_path.stem}-timeline.jsonl", "timeline.jsonl"):
        candidate = gold_path.parent / name
        if candidate.exists() and candidate != gold_path:
            return candidate
    return None
