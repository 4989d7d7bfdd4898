"""Fuzz the cleaner, timex finder and quote finder on arbitrary text: none may raise."""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from pantau.clean.stage import clean
    from pantau.doc import Doc, RawDoc
    from pantau.options import Options
    from pantau.quotes.stage import find_quotes
    from pantau.records import Article
    from pantau.time.timex import find

OPTIONS = Options()


def one_input(data: bytes) -> None:
    text = atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(4096)
    for match in find(text):
        assert text[match.start : match.end] == match.text
    if not text.strip():
        return
    doc = Doc(raw=RawDoc("f", "f.txt", text=text), article=Article(id="f", source="f.txt"))
    clean(doc, OPTIONS)
    find_quotes(doc, OPTIONS.lang)


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
