"""Readers: files, folders and globs of any supported format, to RawDocs.

``read_inputs`` yields a RawDoc per article, or a ``Skipped`` naming the file
and the problem; one bad file never stops the batch.
"""

from __future__ import annotations

from pantau.read.files import expand_inputs, read_file, read_inputs

__all__ = ["expand_inputs", "read_file", "read_inputs"]
