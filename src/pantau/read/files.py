"""Expanding inputs to files, and reading each file with the parser of its format."""

from __future__ import annotations

import glob
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePath

from pantau.doc import RawDoc, Skipped
from pantau.errors import InputError
from pantau.read.formats import PARSERS, SUFFIXES, Parser, gunzip, inner_suffix


def expand_inputs(inputs: Iterable[str | Path]) -> Iterator[Path | Skipped]:
    """Files named, found under folders (recursively, sorted) or matched by globs."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and supported(p))
        elif path.exists():
            yield path
        elif glob.has_magic(str(item)):
            matches = sorted(Path(p) for p in glob.glob(str(item), recursive=True))
            files = [p for p in matches if p.is_file()]
            if not files:
                yield Skipped(str(item), "no file matches this pattern")
            yield from files
        else:
            yield Skipped(str(item), "no such file or folder")


def supported(path: PurePath) -> bool:
    """A file a folder's expansion reads: a known format, not hidden."""
    return inner_suffix(path) in SUFFIXES and not path.name.startswith(".")


def read_file(path: Path, max_bytes: int) -> Iterator[RawDoc | Skipped]:
    """The articles of one file; raises InputError when the file as a whole is unusable."""
    source = str(path)
    parser_for(path, source)
    try:
        check_size(path.stat().st_size, source, max_bytes)
        data = path.read_bytes()
    except OSError as error:
        raise InputError(source, f"unreadable ({error.strerror or error})") from None
    yield from parse_bytes(data, path, source, max_bytes)


def parser_for(name: PurePath, source: str) -> Parser:
    """The parser of a file's format, or InputError naming the unsupported suffix."""
    suffix = inner_suffix(name)
    parser = PARSERS.get(suffix)
    if parser is None:
        raise InputError(source, f"unsupported format {suffix or '(no suffix)'!r}")
    return parser


def check_size(size: int, source: str, max_bytes: int) -> None:
    """Refuse a file over the bound before reading it."""
    if size > max_bytes:
        raise InputError(source, f"file of {size:,} bytes is over the {max_bytes:,}-byte limit")


def parse_bytes(
    data: bytes, name: PurePath, source: str, max_bytes: int
) -> Iterator[RawDoc | Skipped]:
    """The articles in one file's bytes, however they were fetched.

    ``name`` gives the format and the fallback id; a Spark executor passes the
    bytes it read from any Hadoop path (``s3a://``, ``hdfs://``) here.
    """
    parser = parser_for(name, source)
    if name.suffix.lower() == ".gz":
        data = gunzip(data, source, max_bytes)
    yield from parser(data, name, source)


def items_or_skip(items: Iterable[RawDoc | Skipped], source: str) -> Iterator[RawDoc | Skipped]:
    """The items of one file, ending in a Skipped naming it when reading it fails."""
    try:
        yield from items
    except InputError as error:
        yield Skipped(error.source, error.problem)
    except Exception as error:  # a parser library's own bug: one line, the next file
        yield Skipped(source, f"unreadable: {type(error).__name__}: {error}")


def read_inputs(
    inputs: Iterable[str | Path], max_bytes: int, exclude: Iterable[Path] = ()
) -> Iterator[RawDoc | Skipped]:
    """Every article of every input, in input order; bad inputs become Skipped.

    Files in ``exclude`` (the command's own output) are never read.
    """
    excluded = {path.resolve() for path in exclude}
    for item in expand_inputs(inputs):
        if isinstance(item, Skipped):
            yield item
            continue
        if item.resolve() in excluded:
            continue
        yield from items_or_skip(read_file(item, max_bytes), str(item))
