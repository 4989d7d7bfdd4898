"""Expanding inputs to files, and reading each file with the parser of its format."""

from __future__ import annotations

import glob
from collections.abc import Iterable, Iterator
from pathlib import Path

from pantau.doc import RawDoc, Skipped
from pantau.errors import InputError
from pantau.read.formats import PARSERS, SUFFIXES, gunzip, inner_suffix


def expand_inputs(inputs: Iterable[str | Path]) -> Iterator[Path | Skipped]:
    """Files named, found under folders (recursively, sorted) or matched by globs."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and _supported(p))
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


def _supported(path: Path) -> bool:
    return inner_suffix(path) in SUFFIXES and not path.name.startswith(".")


def read_file(path: Path, max_bytes: int) -> Iterator[RawDoc | Skipped]:
    """The articles of one file; raises InputError when the file as a whole is unusable."""
    source = str(path)
    suffix = inner_suffix(path)
    parser = PARSERS.get(suffix)
    if parser is None:
        raise InputError(source, f"unsupported format {suffix or '(no suffix)'!r}")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(source, f"file of {size:,} bytes is over the {max_bytes:,}-byte limit")
        data = path.read_bytes()
    except OSError as error:
        raise InputError(source, f"unreadable ({error.strerror or error})") from None
    if path.suffix.lower() == ".gz":
        data = gunzip(data, source, max_bytes)
    yield from parser(data, path, source)


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
        try:
            yield from read_file(item, max_bytes)
        except InputError as error:
            yield Skipped(error.source, error.problem)
        except Exception as error:  # a parser library's own bug: one line, the next file
            yield Skipped(str(item), f"unreadable: {type(error).__name__}: {error}")
